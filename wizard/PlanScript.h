#pragma once

#include "Plan.h"

#include <QCoreApplication>
#include <QString>

namespace wizard {

// The plan as PowerShell text for the admin to read, copy or save as .ps1. Display only:
// the wizard always sends typed commands. Strings are single-quoted with quotes doubled.
class PlanScript
{
    Q_DECLARE_TR_FUNCTIONS(wizard::PlanScript)
public:
    static QString render(const exchange::Plan &plan, const QString &serverLabel);
    static QString renderCommand(const remoting::Command &command);
    static QString quote(const QString &text);
    static QString renderValue(const remoting::PsValue &value);
};

} // namespace wizard
