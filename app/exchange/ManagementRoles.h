#pragma once

#include "JournalingSettings.h"

#include <QString>
#include <QStringList>

namespace exchange {

// The Exchange RBAC management roles the engine's cmdlets need (EXCHANGE.md "RBAC").
class ManagementRoles
{
public:
    // The role that grants a cmdlet (the one to ask for when it is missing); empty if unknown.
    static QString roleFor(const QString &cmdlet);
    // Every cmdlet a plan (and its undo) for these settings may run, reads included.
    static QStringList requiredCmdlets(const JournalingSettings &settings);
    // Every cmdlet the engine might ever ask Get-Command about (the settings' and the optional
    // reads like Get-ExchangeServer).
    static QStringList queriedCmdlets(const JournalingSettings &settings);
    // The distinct roles for a list of missing cmdlets, in table order.
    static QStringList rolesFor(const QStringList &missingCmdlets);
};

} // namespace exchange
