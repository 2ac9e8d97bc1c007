#pragma once
// Builders for deserialized objects shaped like Exchange's (type names, property bags), and
// organisation snapshots for the planner tests.

#include "Invocation.h"
#include "Organisation.h"
#include "PsValue.h"

#include <QStringList>

#include <memory>
#include <utility>

namespace shapes {

using remoting::PsObject;
using remoting::PsValue;

inline PsValue object(const QString &type, const QList<std::pair<QString, PsValue>> &props,
                      const QString &toString = {})
{
    auto o = std::make_shared<PsObject>();
    o->typeNames
        = {QStringLiteral("Deserialized.") + type, QStringLiteral("Deserialized.System.Object")};
    for (const auto &p : props)
        o->adapted.append({p.first, p.second});
    if (!toString.isEmpty()) {
        o->toString = toString;
        o->hasToString = true;
    }
    return PsValue(remoting::PsObjectPtr(std::move(o)));
}

inline PsValue s(const QString &text)
{
    return PsValue::string(text);
}
inline PsValue b(bool v)
{
    return PsValue::boolean(v);
}
inline PsValue list(const QStringList &items)
{
    return PsValue::stringList(items);
}

inline PsValue journalRule(const QString &name, const QString &address,
                           const QString &scope = QStringLiteral("Internal"), bool enabled = true,
                           const QString &recipient = {})
{
    return object(
        QStringLiteral("Microsoft.Exchange.MessagingPolicies.Journaling.JournalRuleObject"),
        {{QStringLiteral("Name"), s(name)},
         {QStringLiteral("Identity"), s(name)},
         {QStringLiteral("JournalEmailAddress"), s(address)},
         {QStringLiteral("Scope"), s(scope)},
         {QStringLiteral("Recipient"), recipient.isEmpty() ? PsValue() : s(recipient)},
         {QStringLiteral("Enabled"), s(enabled ? QStringLiteral("True") : QStringLiteral("False"))},
         {QStringLiteral("RuleType"), s(QStringLiteral("Journaling"))}},
        name);
}

inline PsValue organizationConfig(const QString &name, const QString &guid)
{
    return object(QStringLiteral("Microsoft.Exchange.Data.Directory.Management.OrganizationConfig"),
                  {{QStringLiteral("Name"), s(name)},
                   {QStringLiteral("Guid"), s(guid)},
                   {QStringLiteral("DistinguishedName"),
                    s(QStringLiteral("CN=%1,CN=Microsoft Exchange,CN=Services,CN=Configuration,"
                                     "DC=contoso,DC=com")
                          .arg(name))}});
}

inline PsValue transportConfig(const QString &ndr)
{
    return object(
        QStringLiteral(
            "Microsoft.Exchange.Data.Directory.SystemConfiguration.TransportConfigContainer"),
        {{QStringLiteral("JournalingReportNdrTo"), s(ndr)}});
}

inline PsValue remoteDomain(const QString &name, const QString &domain, const QString &oof,
                            const QString &tnef, const QString &guid = {})
{
    QList<std::pair<QString, PsValue>> props{
        {QStringLiteral("Name"), s(name)},
        {QStringLiteral("Identity"), s(name)},
        {QStringLiteral("DomainName"), s(domain)},
        {QStringLiteral("AllowedOOFType"), s(oof)},
        {QStringLiteral("TNEFEnabled"), tnef.isEmpty() ? PsValue() : s(tnef)}};
    if (!guid.isEmpty())
        props.append({QStringLiteral("Guid"), s(guid)});
    return object(
        QStringLiteral("Microsoft.Exchange.Data.Directory.SystemConfiguration.DomainContentConfig"),
        props, name);
}

inline PsValue sendConnector(const QString &name, const QString &addressSpaces,
                             const QString &smartHosts, bool dns, const QString &sources)
{
    return object(
        QStringLiteral(
            "Microsoft.Exchange.Data.Directory.SystemConfiguration.SmtpSendConnectorConfig"),
        {{QStringLiteral("Name"), s(name)},
         {QStringLiteral("Identity"), s(name)},
         {QStringLiteral("AddressSpaces"), s(addressSpaces)},
         {QStringLiteral("SmartHosts"), s(smartHosts)},
         {QStringLiteral("DNSRoutingEnabled"), b(dns)},
         {QStringLiteral("SourceTransportServers"), s(sources)},
         {QStringLiteral("Enabled"), b(true)},
         {QStringLiteral("RequireTLS"), b(false)}},
        name);
}

inline PsValue acceptedDomain(const QString &domain, bool isDefault = false)
{
    return object(
        QStringLiteral("Microsoft.Exchange.Data.Directory.SystemConfiguration.AcceptedDomain"),
        {{QStringLiteral("Name"), s(domain)},
         {QStringLiteral("DomainName"), s(domain)},
         {QStringLiteral("DomainType"), s(QStringLiteral("Authoritative"))},
         {QStringLiteral("Default"), b(isDefault)}});
}

inline PsValue recipient(const QString &address, const QString &typeDetails,
                         const QString &type = {})
{
    return object(QStringLiteral("Microsoft.Exchange.Data.Directory.Management.ReducedRecipient"),
                  {{QStringLiteral("Name"), s(address.section(QLatin1Char('@'), 0, 0))},
                   {QStringLiteral("DisplayName"), s(address.section(QLatin1Char('@'), 0, 0))},
                   {QStringLiteral("PrimarySmtpAddress"), s(address)},
                   {QStringLiteral("RecipientType"), s(type.isEmpty() ? typeDetails : type)},
                   {QStringLiteral("RecipientTypeDetails"), s(typeDetails)},
                   {QStringLiteral("EmailAddresses"), list({QStringLiteral("SMTP:") + address})}});
}

inline PsValue exchangeServer(const QString &name, const QString &version)
{
    return object(QStringLiteral("Microsoft.Exchange.Data.Directory.Management.ExchangeServer"),
                  {{QStringLiteral("Name"), s(name)},
                   {QStringLiteral("AdminDisplayVersion"), s(version)},
                   {QStringLiteral("ServerRole"), s(QStringLiteral("Mailbox"))}});
}

inline PsValue transportServer(const QString &name)
{
    return object(QStringLiteral("Microsoft.Exchange.Data.Directory.Management.TransportServer"),
                  {{QStringLiteral("Name"), s(name)}});
}

inline PsValue cmdlet(const QString &name)
{
    return object(QStringLiteral("System.Management.Automation.CmdletInfo"),
                  {{QStringLiteral("Name"), s(name)},
                   {QStringLiteral("CommandType"), s(QStringLiteral("Cmdlet"))}},
                  name);
}

inline remoting::ErrorRecord notFound(const QString &cmd, const QString &target,
                                      const QString &task)
{
    remoting::ErrorRecord e;
    e.message
        = QStringLiteral("The operation couldn't be performed because '%1' couldn't be found.")
              .arg(target);
    e.fullyQualifiedErrorId
        = QStringLiteral("[Server=EX01,RequestId=1,TimeStamp=now] "
                         "[FailureCategory=Cmdlet-ManagementObjectNotFoundException] "
                         "1A2B3C4D,Microsoft.Exchange.Management.%1")
              .arg(task);
    e.category = QStringLiteral("NotSpecified");
    e.activity = cmd;
    e.targetName = target;
    return e;
}

// PowerShell's answer to a cmdlet the session does not offer (a management role not granted).
inline remoting::ErrorRecord commandNotFound(const QString &cmdlet)
{
    remoting::ErrorRecord e;
    e.message = QStringLiteral("The term '%1' is not recognized as the name of a cmdlet, function, "
                               "script file, or operable program.")
                    .arg(cmdlet);
    e.fullyQualifiedErrorId = QStringLiteral("CommandNotFoundException");
    e.category = QStringLiteral("ObjectNotFound");
    e.reason = QStringLiteral("CommandNotFoundException");
    e.targetName = cmdlet;
    return e;
}

inline QStringList allCmdlets()
{
    return {QStringLiteral("Get-ExchangeServer"),   QStringLiteral("Get-AcceptedDomain"),
            QStringLiteral("Get-TransportConfig"),  QStringLiteral("Set-TransportConfig"),
            QStringLiteral("Get-JournalRule"),      QStringLiteral("New-JournalRule"),
            QStringLiteral("Enable-JournalRule"),   QStringLiteral("Disable-JournalRule"),
            QStringLiteral("Remove-JournalRule"),   QStringLiteral("Get-Recipient"),
            QStringLiteral("Get-RemoteDomain"),     QStringLiteral("New-RemoteDomain"),
            QStringLiteral("Set-RemoteDomain"),     QStringLiteral("Remove-RemoteDomain"),
            QStringLiteral("Get-SendConnector"),    QStringLiteral("New-SendConnector"),
            QStringLiteral("Remove-SendConnector"), QStringLiteral("Get-TransportService")};
}

// A fresh organisation: contoso.com accepted, ndr mailbox exists, nothing configured.
inline exchange::Organisation freshOrg()
{
    exchange::Organisation org;
    org.discovered = true;
    org.identity = {QStringLiteral("CN=Contoso,CN=Microsoft Exchange,CN=Services,"
                                   "CN=Configuration,DC=contoso,DC=com"),
                    QStringLiteral("2a4c7e5e-9d3b-4b8f-a1c2-3d4e5f607182")};
    org.serverName = QStringLiteral("EX01");
    org.exchangeVersion = QStringLiteral("Version 15.1 (Build 2507.6)");
    org.acceptedDomains = {{QStringLiteral("contoso.com"), QStringLiteral("Authoritative"), true}};
    org.transportConfigKnown = true;
    org.transportServers = {QStringLiteral("EX01")};
    exchange::Recipient ndr;
    ndr.query = QStringLiteral("journal-ndr@contoso.com");
    ndr.found = true;
    ndr.primarySmtpAddress = ndr.query;
    ndr.recipientType = QStringLiteral("UserMailbox");
    ndr.recipientTypeDetails = QStringLiteral("SharedMailbox");
    exchange::Recipient journal;
    journal.query = QStringLiteral("contoso@archive.securestore.example");
    org.recipients = {ndr, journal};
    org.availableCmdlets = allCmdlets();
    return org;
}

} // namespace shapes
