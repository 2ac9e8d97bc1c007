#pragma once

#include "HealthReport.h"
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
    QString script;         // the rendered PowerShell
    bool checkOnly = false; // a health check of an existing configuration, nothing applied
    bool hasHealth = false; // the health check ran (health holds its verdict and evidence)
    exchange::HealthReport health;

    QString toHtml() const;

    static QString stateName(exchange::StepState state);
    static QString actionName(exchange::StepAction action);
    static QString healthAreaName(exchange::HealthArea area);
    static QString healthStateMark(exchange::FindingState state); // ✓ • ! ✗
    // The CLI command that rolls this run back.
    static QString undoCommand(const QString &serverUrl, const QString &journalPath);
};

} // namespace wizard
