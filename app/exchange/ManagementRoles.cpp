#include "ManagementRoles.h"

#include <QList>
#include <utility>

namespace exchange {

namespace {

const QList<std::pair<QString, QStringList>> &roleTable()
{
    static const QList<std::pair<QString, QStringList>> table = {
        {QStringLiteral("Journaling"),
         {QStringLiteral("New-JournalRule"), QStringLiteral("Set-JournalRule"),
          QStringLiteral("Get-JournalRule"), QStringLiteral("Enable-JournalRule"),
          QStringLiteral("Disable-JournalRule"), QStringLiteral("Remove-JournalRule"),
          QStringLiteral("Get-Recipient")}},
        {QStringLiteral("Organization Transport Settings"),
         {QStringLiteral("Get-TransportConfig"), QStringLiteral("Set-TransportConfig")}},
        {QStringLiteral("Remote and Accepted Domains"),
         {QStringLiteral("New-RemoteDomain"), QStringLiteral("Set-RemoteDomain"),
          QStringLiteral("Get-RemoteDomain"), QStringLiteral("Remove-RemoteDomain"),
          QStringLiteral("Get-AcceptedDomain")}},
        {QStringLiteral("Send Connectors"),
         {QStringLiteral("New-SendConnector"), QStringLiteral("Set-SendConnector"),
          QStringLiteral("Get-SendConnector"), QStringLiteral("Remove-SendConnector"),
          QStringLiteral("Get-ExchangeServer"), QStringLiteral("Get-TransportService")}},
    };
    return table;
}

} // namespace

QString ManagementRoles::roleFor(const QString &cmdlet)
{
    for (const auto &row : roleTable())
        if (row.second.contains(cmdlet, Qt::CaseInsensitive))
            return row.first;
    return {};
}

QStringList ManagementRoles::requiredCmdlets(const JournalingSettings &settings)
{
    QStringList out = {QStringLiteral("Get-TransportConfig"), QStringLiteral("Set-TransportConfig"),
                       QStringLiteral("Get-JournalRule"),     QStringLiteral("New-JournalRule"),
                       QStringLiteral("Enable-JournalRule"),  QStringLiteral("Disable-JournalRule"),
                       QStringLiteral("Remove-JournalRule"),  QStringLiteral("Get-Recipient"),
                       QStringLiteral("Get-AcceptedDomain")};
    if (settings.remoteDomainEnabled)
        out << QStringLiteral("Get-RemoteDomain") << QStringLiteral("New-RemoteDomain")
            << QStringLiteral("Set-RemoteDomain") << QStringLiteral("Remove-RemoteDomain");
    if (settings.connectorEnabled)
        out << QStringLiteral("Get-SendConnector") << QStringLiteral("New-SendConnector")
            << QStringLiteral("Remove-SendConnector") << QStringLiteral("Get-TransportService");
    return out;
}

QStringList ManagementRoles::queriedCmdlets(const JournalingSettings &settings)
{
    QStringList out = requiredCmdlets(settings);
    for (const QString &c :
         {QStringLiteral("Get-OrganizationConfig"), QStringLiteral("Get-ExchangeServer"),
          QStringLiteral("Get-RemoteDomain"), QStringLiteral("Get-SendConnector"),
          QStringLiteral("Get-TransportService")})
        if (!out.contains(c))
            out << c;
    return out;
}

QStringList ManagementRoles::rolesFor(const QStringList &missingCmdlets)
{
    QStringList roles;
    for (const auto &row : roleTable()) {
        for (const QString &c : missingCmdlets) {
            if (row.second.contains(c, Qt::CaseInsensitive) && !roles.contains(row.first)) {
                roles << row.first;
                break;
            }
        }
    }
    return roles;
}

} // namespace exchange
