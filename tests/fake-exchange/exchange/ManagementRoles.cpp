#include "ManagementRoles.h"

#include <QMap>

namespace fake {

const QString ManagementRoles::organizationManagement = QStringLiteral("Organization Management");

namespace {

struct RoleEntry
{
    QString cmdlet;
    QStringList parameters; // empty = all
};

const QMap<QString, QList<RoleEntry>> &roleTable()
{
    static const QMap<QString, QList<RoleEntry>> table = {
        {QStringLiteral("Journaling"),
         {{QStringLiteral("New-JournalRule"), {}},
          {QStringLiteral("Set-JournalRule"), {}},
          {QStringLiteral("Get-JournalRule"), {}},
          {QStringLiteral("Enable-JournalRule"), {}},
          {QStringLiteral("Disable-JournalRule"), {}},
          {QStringLiteral("Remove-JournalRule"), {}},
          {QStringLiteral("Get-Recipient"), {}},
          {QStringLiteral("Set-TransportConfig"), {QStringLiteral("JournalingReportNdrTo")}}}},
        {QStringLiteral("Organization Transport Settings"),
         {{QStringLiteral("Get-TransportConfig"), {}},
          {QStringLiteral("Set-TransportConfig"), {}},
          {QStringLiteral("Get-OrganizationConfig"), {}}}},
        {QStringLiteral("Remote and Accepted Domains"),
         {{QStringLiteral("New-RemoteDomain"), {}},
          {QStringLiteral("Set-RemoteDomain"), {}},
          {QStringLiteral("Get-RemoteDomain"), {}},
          {QStringLiteral("Remove-RemoteDomain"), {}},
          {QStringLiteral("Get-AcceptedDomain"), {}}}},
        {QStringLiteral("Send Connectors"),
         {{QStringLiteral("New-SendConnector"), {}},
          {QStringLiteral("Set-SendConnector"), {}},
          {QStringLiteral("Get-SendConnector"), {}},
          {QStringLiteral("Remove-SendConnector"), {}},
          {QStringLiteral("Get-ExchangeServer"), {}},
          {QStringLiteral("Get-TransportService"), {}}}},
        {QStringLiteral("View-Only Configuration"),
         {{QStringLiteral("Get-TransportConfig"), {}},
          {QStringLiteral("Get-JournalRule"), {}},
          {QStringLiteral("Get-RemoteDomain"), {}},
          {QStringLiteral("Get-SendConnector"), {}},
          {QStringLiteral("Get-OrganizationConfig"), {}},
          {QStringLiteral("Get-ExchangeServer"), {}},
          {QStringLiteral("Get-TransportService"), {}},
          {QStringLiteral("Get-Queue"), {}},
          {QStringLiteral("Get-Message"), {}}}},
        // HEALTH.md 1.10: queues, message tracking, Test-Mailflow (the last role is assumed).
        {QStringLiteral("Transport Queues"),
         {{QStringLiteral("Get-Queue"), {}}, {QStringLiteral("Get-Message"), {}}}},
        {QStringLiteral("Message Tracking"), {{QStringLiteral("Get-MessageTrackingLog"), {}}}},
        {QStringLiteral("Monitoring"), {{QStringLiteral("Test-Mailflow"), {}}}},
        {QStringLiteral("View-Only Recipients"),
         {{QStringLiteral("Get-Recipient"), {}}, {QStringLiteral("Get-Mailbox"), {}}}},
    };
    return table;
}

bool isEveryonesCmdlet(const QString &cmdlet)
{
    return cmdlet.compare(QLatin1String("Get-Command"), Qt::CaseInsensitive) == 0
           || cmdlet.compare(QLatin1String("Select-Object"), Qt::CaseInsensitive) == 0;
}

} // namespace

QStringList ManagementRoles::knownRoles()
{
    QStringList roles = roleTable().keys();
    roles.append(organizationManagement);
    return roles;
}

QString ManagementRoles::canonicalRole(const QString &role)
{
    for (const QString &r : knownRoles())
        if (r.compare(role.trimmed(), Qt::CaseInsensitive) == 0)
            return r;
    return {};
}

bool ManagementRoles::isKnownRole(const QString &role)
{
    return !canonicalRole(role).isEmpty();
}

ManagementRoles::Grant ManagementRoles::grantFor(const QStringList &roles, const QString &cmdlet)
{
    Grant g;
    if (isEveryonesCmdlet(cmdlet)) {
        g.granted = g.allParameters = true;
        return g;
    }
    for (const QString &role : roles) {
        const QString canonical = canonicalRole(role);
        if (canonical == organizationManagement) {
            g.granted = g.allParameters = true;
            return g;
        }
        const auto it = roleTable().constFind(canonical);
        if (it == roleTable().constEnd())
            continue;
        for (const RoleEntry &e : *it) {
            if (e.cmdlet.compare(cmdlet, Qt::CaseInsensitive) != 0)
                continue;
            g.granted = true;
            if (e.parameters.isEmpty())
                g.allParameters = true;
            else
                for (const QString &p : e.parameters)
                    if (!g.parameters.contains(p, Qt::CaseInsensitive))
                        g.parameters.append(p);
        }
    }
    return g;
}

QStringList ManagementRoles::rolesGranting(const QString &cmdlet)
{
    QStringList out;
    for (auto it = roleTable().constBegin(); it != roleTable().constEnd(); ++it)
        for (const RoleEntry &e : it.value())
            if (e.cmdlet.compare(cmdlet, Qt::CaseInsensitive) == 0 && !out.contains(it.key()))
                out.append(it.key());
    return out;
}

} // namespace fake
