#pragma once

#include <QString>
#include <QStringList>

namespace fake {

// Exchange RBAC as EXCHANGE.md's table describes it: which management roles grant which
// cmdlets (and, for Journaling's Set-TransportConfig, which parameters).
//
// - Journaling: New/Set/Get/Enable/Disable/Remove-JournalRule, Get-Recipient,
//   Set-TransportConfig -JournalingReportNdrTo only.
// - Organization Transport Settings: Get/Set-TransportConfig, Get-OrganizationConfig.
// - Remote and Accepted Domains: New/Set/Get/Remove-RemoteDomain, Get-AcceptedDomain.
// - Send Connectors: New/Set/Get/Remove-SendConnector, Get-ExchangeServer,
//   Get-TransportService.
// - View-Only Configuration: Get-TransportConfig, Get-JournalRule, Get-RemoteDomain,
//   Get-SendConnector, Get-OrganizationConfig, and (HEALTH.md 1.10) Get-ExchangeServer,
//   Get-TransportService, Get-Queue, Get-Message.
// - View-Only Recipients: Get-Recipient, Get-Mailbox (not in EXCHANGE.md; needed for
//   Get-Mailbox).
// - Transport Queues: Get-Queue, Get-Message. Message Tracking: Get-MessageTrackingLog.
//   Monitoring: Test-Mailflow (HEALTH.md: the role granting it is unconfirmed).
// - Organization Management: everything.
// Get-Command and Select-Object are available to every user (as in Exchange's remote session).
// Parameters common to all cmdlets (ErrorAction, Confirm, WhatIf...) are never restricted.
class ManagementRoles
{
public:
    static const QString organizationManagement;

    struct Grant
    {
        bool granted = false;
        bool allParameters = false;
        QStringList parameters; // when !allParameters: the only role-granted parameters
    };

    static QStringList knownRoles();
    static bool isKnownRole(const QString &role);      // case-insensitive
    static QString canonicalRole(const QString &role); // exact spelling, or empty
    static Grant grantFor(const QStringList &roles, const QString &cmdlet);
    static QStringList rolesGranting(const QString &cmdlet); // excluding Organization Management
};

} // namespace fake
