#pragma once

#include "JournalingEngine.h"

#include <QCoreApplication>
#include <QString>

namespace wizard {

// The record of one run as a self-contained HTML page: what was found, planned, changed
// and verified, where the log and change journal are, and how to undo.
struct RunReport
{
    Q_DECLARE_TR_FUNCTIONS(wizard::RunReport)
public:
    QString serverLabel;
    exchange::Organisation organisation;
    exchange::JournalingSettings settings;
    exchange::Plan plan;
    exchange::ApplyResult result;
    QString script; // the rendered PowerShell

    QString toHtml() const;

    static QString stateName(exchange::StepState state);
    static QString actionName(exchange::StepAction action);
    // The CLI command that rolls this run back.
    static QString undoCommand(const QString &serverUrl, const QString &journalPath);
};

} // namespace wizard
