#include "ExchangeObjects.h"

#include <memory>

namespace fake {

using remoting::PsObject;
using remoting::PsProperty;
using remoting::PsValue;

namespace {

// Collects properties in order, then freezes them into a PsValue.
class Bag
{
public:
    Bag(const QStringList &typeNames, const QString &toString)
        : m_obj(std::make_shared<PsObject>())
    {
        m_obj->typeNames = typeNames;
        m_obj->typeNames.append(QStringLiteral("System.Object"));
        m_obj->toString = toString;
        m_obj->hasToString = true;
    }
    Bag &s(const QString &name, const QString &value)
    {
        m_obj->adapted.append({name, PsValue::string(value)});
        return *this;
    }
    Bag &b(const QString &name, bool value)
    {
        m_obj->adapted.append({name, PsValue::boolean(value)});
        return *this;
    }
    Bag &i(const QString &name, int value)
    {
        m_obj->adapted.append({name, PsValue::int32(value)});
        return *this;
    }
    Bag &v(const QString &name, const PsValue &value)
    {
        m_obj->adapted.append({name, value});
        return *this;
    }
    Bag &list(const QString &name, const QStringList &values)
    {
        return v(name, PsValue::stringList(values));
    }
    Bag &optional(const QString &name, const QString &value)
    {
        return v(name, value.isEmpty() ? PsValue::nil() : PsValue::string(value));
    }
    Bag &time(const QString &name, const QDateTime &t)
    {
        return v(name, PsValue(PsValue::Type::DateTime, t.toUTC().toString(Qt::ISODateWithMs)));
    }
    PsValue value() { return PsValue::object(std::move(m_obj)); }

private:
    std::shared_ptr<PsObject> m_obj;
};

QString guidText(const QUuid &g)
{
    return g.toString(QUuid::WithoutBraces);
}

const QStringList kAdConfigBase
    = {QStringLiteral("Microsoft.Exchange.Data.Directory.ADConfigurationObject"),
       QStringLiteral("Microsoft.Exchange.Data.Directory.ADObject"),
       QStringLiteral("Microsoft.Exchange.Data.Directory.ADRawEntry"),
       QStringLiteral("Microsoft.Exchange.Data.ConfigurableObject")};

QStringList configTypes(const QString &mostDerived, const QStringList &middle = {})
{
    return QStringList{mostDerived} + middle + kAdConfigBase;
}

QString serverDn(const OrganisationModel &org, const QString &name)
{
    return QStringLiteral("CN=%1,CN=Servers,CN=Exchange Administrative Group (FYDIBOHF23SPDLT),"
                          "CN=Administrative Groups,%2")
        .arg(name, org.organizationDn());
}

} // namespace

QString ExchangeObjects::journalRuleDn(const OrganisationModel &org, const QString &name)
{
    return QStringLiteral("CN=%1,CN=JournalingVersioned,CN=Rules,CN=Transport Settings,%2")
        .arg(name, org.organizationDn());
}

QString ExchangeObjects::remoteDomainDn(const OrganisationModel &org, const QString &name)
{
    return QStringLiteral("CN=%1,CN=Internet Message Formats,CN=Global Settings,%2")
        .arg(name, org.organizationDn());
}

QString ExchangeObjects::sendConnectorDn(const OrganisationModel &org, const QString &name)
{
    return QStringLiteral(
               "CN=%1,CN=Connections,CN=Exchange Routing Group (DWBGZMFD01QNBJR),CN=Routing Groups,"
               "CN=Exchange Administrative Group (FYDIBOHF23SPDLT),CN=Administrative Groups,%2")
        .arg(name, org.organizationDn());
}

PsValue ExchangeObjects::exchangeServer(const OrganisationModel &org, const ExchangeServerInfo &s)
{
    Bag bag({QStringLiteral("Microsoft.Exchange.Data.Directory.Management.ExchangeServer"),
             QStringLiteral("Microsoft.Exchange.Data.Directory.ADPresentationObject"),
             QStringLiteral("Microsoft.Exchange.Data.Directory.ADObject"),
             QStringLiteral("Microsoft.Exchange.Data.ConfigurableObject")},
            s.name);
    return bag.s(QStringLiteral("Name"), s.name)
        .s(QStringLiteral("Fqdn"), s.fqdn)
        .s(QStringLiteral("Domain"), org.adDomain)
        .s(QStringLiteral("Edition"), s.edition)
        .s(QStringLiteral("ServerRole"), s.roles.join(QStringLiteral(", ")))
        .s(QStringLiteral("Site"), s.site)
        .s(QStringLiteral("AdminDisplayVersion"), s.version)
        .b(QStringLiteral("IsMailboxServer"),
           s.roles.contains(QStringLiteral("Mailbox"), Qt::CaseInsensitive))
        .b(QStringLiteral("IsHubTransportServer"), s.transport)
        .b(QStringLiteral("IsEdgeServer"),
           s.roles.contains(QStringLiteral("Edge"), Qt::CaseInsensitive))
        .s(QStringLiteral("OrganizationalUnit"),
           org.adDomain + QStringLiteral("/Microsoft Exchange Security Groups"))
        .s(QStringLiteral("Identity"), s.name)
        .s(QStringLiteral("DistinguishedName"), serverDn(org, s.name))
        .s(QStringLiteral("Guid"), guidText(s.guid))
        .value();
}

PsValue ExchangeObjects::transportService(const OrganisationModel &org, const ExchangeServerInfo &s)
{
    Bag bag(configTypes(QStringLiteral(
                "Microsoft.Exchange.Data.Directory.SystemConfiguration.TransportServer")),
            s.name);
    return bag.s(QStringLiteral("Name"), s.name)
        .s(QStringLiteral("Fqdn"), s.fqdn)
        .s(QStringLiteral("AdminDisplayVersion"), s.version)
        .b(QStringLiteral("AntispamAgentsEnabled"), false)
        // Mail-flow settings (HEALTH.md 1.6, 1.9); tracking flags from the "mailFlow" section.
        .b(QStringLiteral("MessageTrackingLogEnabled"),
           org.mailFlow.transportFor(s.name).messageTrackingLogEnabled)
        .b(QStringLiteral("MessageTrackingLogSubjectLoggingEnabled"),
           org.mailFlow.transportFor(s.name).messageTrackingLogSubjectLoggingEnabled)
        .s(QStringLiteral("MessageTrackingLogMaxAge"), QStringLiteral("30.00:00:00"))
        .s(QStringLiteral("MessageExpirationTimeout"),
           org.mailFlow.transportFor(s.name).messageExpirationTimeout)
        .s(QStringLiteral("QueueMaxIdleTime"), QStringLiteral("00:03:00"))
        .s(QStringLiteral("TransientFailureRetryInterval"), QStringLiteral("00:05:00"))
        .i(QStringLiteral("TransientFailureRetryCount"), 6)
        .s(QStringLiteral("OutboundConnectionFailureRetryInterval"), QStringLiteral("00:10:00"))
        .s(QStringLiteral("MessageRetryInterval"), QStringLiteral("00:15:00"))
        .s(QStringLiteral("DelayNotificationTimeout"), QStringLiteral("04:00:00"))
        .s(QStringLiteral("Identity"), s.name)
        .s(QStringLiteral("DistinguishedName"), serverDn(org, s.name))
        .s(QStringLiteral("Guid"), guidText(s.guid))
        .value();
}

PsValue ExchangeObjects::organizationConfig(const OrganisationModel &org)
{
    Bag bag(configTypes(
                QStringLiteral("Microsoft.Exchange.Data.Directory.Management.OrganizationConfig")),
            org.organizationName);
    return bag.s(QStringLiteral("Name"), org.organizationName)
        .s(QStringLiteral("DisplayName"), org.organizationName)
        .s(QStringLiteral("AdminDisplayVersion"), QStringLiteral("0.20 (15.0.0.0)"))
        .b(QStringLiteral("IsDehydrated"), false)
        .s(QStringLiteral("Identity"), org.organizationName)
        .s(QStringLiteral("DistinguishedName"), org.organizationDn())
        .s(QStringLiteral("Guid"), guidText(org.organizationGuid))
        .value();
}

PsValue ExchangeObjects::acceptedDomain(const OrganisationModel &org, const AcceptedDomainInfo &d)
{
    Bag bag(configTypes(QStringLiteral(
                "Microsoft.Exchange.Data.Directory.SystemConfiguration.AcceptedDomain")),
            d.name);
    return bag.s(QStringLiteral("DomainName"), d.domainName)
        .s(QStringLiteral("DomainType"), d.domainType)
        .b(QStringLiteral("Default"), d.isDefault)
        .b(QStringLiteral("AddressBookEnabled"), d.domainType == QLatin1String("Authoritative"))
        .b(QStringLiteral("MatchSubDomains"), d.domainName.startsWith(QLatin1String("*.")))
        .s(QStringLiteral("Name"), d.name)
        .s(QStringLiteral("Identity"), d.name)
        .s(QStringLiteral("DistinguishedName"),
           QStringLiteral("CN=%1,CN=Accepted Domains,CN=Transport Settings,%2")
               .arg(d.name, org.organizationDn()))
        .s(QStringLiteral("Guid"), guidText(d.guid))
        .value();
}

namespace {

Bag &recipientCommon(Bag &bag, const OrganisationModel &org, const RecipientInfo &r)
{
    const QString ou = org.adDomain + QStringLiteral("/Users");
    return bag.s(QStringLiteral("Name"), r.name)
        .s(QStringLiteral("Alias"), r.alias)
        .s(QStringLiteral("DisplayName"), r.displayName)
        .s(QStringLiteral("PrimarySmtpAddress"), r.primarySmtpAddress)
        .list(QStringLiteral("EmailAddresses"), r.emailAddresses)
        .s(QStringLiteral("RecipientType"), r.recipientType())
        .s(QStringLiteral("RecipientTypeDetails"), r.recipientTypeDetails)
        .optional(QStringLiteral("ExternalEmailAddress"),
                  r.externalEmailAddress.isEmpty()
                      ? QString()
                      : QStringLiteral("SMTP:") + r.externalEmailAddress)
        .s(QStringLiteral("OrganizationalUnit"), ou)
        .s(QStringLiteral("Identity"), ou + QLatin1Char('/') + r.name)
        .s(QStringLiteral("DistinguishedName"),
           QStringLiteral("CN=%1,CN=Users,%2")
               .arg(r.name, org.configurationDn().section(QLatin1Char(','), 1)))
        .s(QStringLiteral("Guid"), guidText(r.guid));
}

} // namespace

PsValue ExchangeObjects::reducedRecipient(const OrganisationModel &org, const RecipientInfo &r)
{
    Bag bag({QStringLiteral("Microsoft.Exchange.Data.Directory.Management.ReducedRecipient"),
             QStringLiteral("Microsoft.Exchange.Data.Directory.ADObject"),
             QStringLiteral("Microsoft.Exchange.Data.ConfigurableObject")},
            r.name);
    return recipientCommon(bag, org, r).value();
}

PsValue ExchangeObjects::mailbox(const OrganisationModel &org, const RecipientInfo &r)
{
    Bag bag({QStringLiteral("Microsoft.Exchange.Data.Directory.Management.Mailbox"),
             QStringLiteral("Microsoft.Exchange.Data.Directory.Management.MailEnabledOrgPerson"),
             QStringLiteral("Microsoft.Exchange.Data.Directory.Management.MailEnabledRecipient"),
             QStringLiteral("Microsoft.Exchange.Data.Directory.ADPresentationObject"),
             QStringLiteral("Microsoft.Exchange.Data.Directory.ADObject"),
             QStringLiteral("Microsoft.Exchange.Data.ConfigurableObject")},
            r.name);
    recipientCommon(bag, org, r);
    return bag.s(QStringLiteral("UserPrincipalName"), r.alias + QLatin1Char('@') + org.adDomain)
        .b(QStringLiteral("IsShared"), r.recipientTypeDetails == QLatin1String("SharedMailbox"))
        .s(QStringLiteral("ServerName"),
           org.servers.isEmpty() ? QString() : org.servers.first().name.toLower())
        .s(QStringLiteral("Database"), QStringLiteral("Mailbox Database 0123456789"))
        .value();
}

PsValue ExchangeObjects::transportConfig(const OrganisationModel &org)
{
    const TransportConfigInfo &t = org.transportConfig;
    Bag bag(configTypes(QStringLiteral(
                "Microsoft.Exchange.Data.Directory.SystemConfiguration.TransportConfigContainer")),
            QStringLiteral("Transport Settings"));
    return bag
        .s(QStringLiteral("JournalingReportNdrTo"),
           t.journalingReportNdrTo.isEmpty() ? QStringLiteral("<>") : t.journalingReportNdrTo)
        .s(QStringLiteral("MaxSendSize"), t.maxSendSize)
        .s(QStringLiteral("MaxReceiveSize"), t.maxReceiveSize)
        .s(QStringLiteral("MaxRecipientEnvelopeLimit"),
           QString::number(t.maxRecipientEnvelopeLimit))
        .s(QStringLiteral("ExternalPostmasterAddress"), t.externalPostmasterAddress)
        .b(QStringLiteral("VoicemailJournalingEnabled"), true)
        .s(QStringLiteral("Name"), QStringLiteral("Transport Settings"))
        .s(QStringLiteral("Identity"), QStringLiteral("Transport Settings"))
        .s(QStringLiteral("DistinguishedName"),
           QStringLiteral("CN=Transport Settings,") + org.organizationDn())
        .value();
}

PsValue ExchangeObjects::journalRule(const OrganisationModel &org, const JournalRuleInfo &r)
{
    Bag bag({QStringLiteral("Microsoft.Exchange.MessagingPolicies.Journaling.JournalRuleObject"),
             QStringLiteral(
                 "Microsoft.Exchange.MessagingPolicies.Rules.Tasks.RulePresentationObjectBase"),
             QStringLiteral("Microsoft.Exchange.Data.Directory.ADPresentationObject"),
             QStringLiteral("Microsoft.Exchange.Data.ConfigurableObject")},
            r.name);
    return bag.s(QStringLiteral("JournalEmailAddress"), r.journalEmailAddress)
        .s(QStringLiteral("Scope"), r.scope)
        .optional(QStringLiteral("Recipient"), r.recipient)
        .b(QStringLiteral("Enabled"), r.enabled)
        .s(QStringLiteral("RuleType"), QStringLiteral("Journaling"))
        .b(QStringLiteral("IsValid"), true)
        .s(QStringLiteral("Name"), r.name)
        .s(QStringLiteral("Identity"), r.name)
        .s(QStringLiteral("DistinguishedName"), journalRuleDn(org, r.name))
        .s(QStringLiteral("Guid"), guidText(r.guid))
        .time(QStringLiteral("WhenChanged"), r.whenChanged)
        .value();
}

PsValue ExchangeObjects::remoteDomain(const OrganisationModel &org, const RemoteDomainInfo &d)
{
    Bag bag(configTypes(QStringLiteral(
                "Microsoft.Exchange.Data.Directory.SystemConfiguration.DomainContentConfig")),
            d.name);
    return bag.s(QStringLiteral("DomainName"), d.domainName)
        .b(QStringLiteral("IsInternal"), d.isInternal)
        .s(QStringLiteral("AllowedOOFType"), d.allowedOofType)
        .b(QStringLiteral("AutoReplyEnabled"), d.autoReplyEnabled)
        .b(QStringLiteral("AutoForwardEnabled"), d.autoForwardEnabled)
        .b(QStringLiteral("DeliveryReportEnabled"), d.deliveryReportEnabled)
        .b(QStringLiteral("NDREnabled"), d.ndrEnabled)
        .b(QStringLiteral("MeetingForwardNotificationEnabled"), d.meetingForwardNotificationEnabled)
        .s(QStringLiteral("ContentType"), d.contentType)
        .optional(QStringLiteral("CharacterSet"), d.characterSet)
        .v(QStringLiteral("TNEFEnabled"),
           d.tnefEnabled ? PsValue::boolean(*d.tnefEnabled) : PsValue::nil())
        .s(QStringLiteral("Name"), d.name)
        .s(QStringLiteral("Identity"), d.name)
        .s(QStringLiteral("DistinguishedName"), remoteDomainDn(org, d.name))
        .s(QStringLiteral("Guid"), guidText(d.guid))
        .time(QStringLiteral("WhenChanged"), d.whenChanged)
        .value();
}

PsValue ExchangeObjects::sendConnector(const OrganisationModel &org, const SendConnectorInfo &c)
{
    Bag bag(
        configTypes(
            QStringLiteral(
                "Microsoft.Exchange.Data.Directory.SystemConfiguration.SmtpSendConnectorConfig"),
            {QStringLiteral("Microsoft.Exchange.Data.Directory.SystemConfiguration.SendConnector"),
             QStringLiteral("Microsoft.Exchange.Data.Directory.SystemConfiguration.MailGateway")}),
        c.name);
    return bag.list(QStringLiteral("AddressSpaces"), c.addressSpaces)
        .list(QStringLiteral("SmartHosts"), c.smartHosts)
        .s(QStringLiteral("SmartHostsString"), c.smartHosts.join(QLatin1Char(',')))
        .b(QStringLiteral("DNSRoutingEnabled"), c.dnsRoutingEnabled)
        .list(QStringLiteral("SourceTransportServers"), c.sourceTransportServers)
        .b(QStringLiteral("Enabled"), c.enabled)
        .i(QStringLiteral("Port"), c.port)
        .b(QStringLiteral("RequireTLS"), c.requireTls)
        .optional(QStringLiteral("TlsAuthLevel"), c.tlsAuthLevel)
        .s(QStringLiteral("Comment"), c.comment)
        .optional(QStringLiteral("Fqdn"), c.fqdn)
        .s(QStringLiteral("MaxMessageSize"), c.maxMessageSize)
        .s(QStringLiteral("SmartHostAuthMechanism"), QStringLiteral("None"))
        .b(QStringLiteral("IsScopedConnector"), false)
        .s(QStringLiteral("Name"), c.name)
        .s(QStringLiteral("Identity"), c.name)
        .s(QStringLiteral("DistinguishedName"), sendConnectorDn(org, c.name))
        .s(QStringLiteral("Guid"), guidText(c.guid))
        .time(QStringLiteral("WhenChanged"), c.whenChanged)
        .value();
}

PsValue ExchangeObjects::cmdletInfo(const QString &name, const QStringList &parameters)
{
    auto dict = std::make_shared<PsObject>();
    dict->typeNames
        = {QStringLiteral(
               "System.Collections.Generic.Dictionary`2[[System.String, mscorlib],"
               "[System.Management.Automation.ParameterMetadata, System.Management.Automation]]"),
           QStringLiteral("System.Object")};
    dict->collection = PsObject::Collection::Dictionary;
    for (const QString &p : parameters)
        dict->entries.append(
            {PsValue::string(p),
             PsValue::string(QStringLiteral("System.Management.Automation.ParameterMetadata"))});

    Bag bag({QStringLiteral("System.Management.Automation.CmdletInfo"),
             QStringLiteral("System.Management.Automation.CommandInfo")},
            name);
    return bag.s(QStringLiteral("Name"), name)
        .s(QStringLiteral("CommandType"), QStringLiteral("Cmdlet"))
        .s(QStringLiteral("Verb"), name.section(QLatin1Char('-'), 0, 0))
        .s(QStringLiteral("Noun"), name.section(QLatin1Char('-'), 1))
        .s(QStringLiteral("ModuleName"), QString())
        .s(QStringLiteral("Definition"), name)
        .v(QStringLiteral("Parameters"), PsValue::object(std::move(dict)))
        .value();
}

namespace {

const QString kPsCustomObject = QStringLiteral("System.Management.Automation.PSCustomObject");

std::shared_ptr<PsObject> selectedObject(const QString &type)
{
    auto o = std::make_shared<PsObject>();
    o->typeNames
        = {QStringLiteral("Selected.") + type, kPsCustomObject, QStringLiteral("System.Object")};
    return o;
}

PsValue typedList(const QString &type, const QStringList &items)
{
    auto o = std::make_shared<PsObject>();
    o->typeNames = {type, QStringLiteral("System.Object")};
    o->collection = PsObject::Collection::List;
    for (const QString &s : items)
        o->items.append(PsValue::string(s));
    return PsValue::object(std::move(o));
}

} // namespace

PsValue ExchangeObjects::commandMetadataCount(int count)
{
    auto o = selectedObject(QStringLiteral("Microsoft.PowerShell.Commands.GenericMeasureInfo"));
    o->extended.append({QStringLiteral("Count"), PsValue::int32(count)});
    return PsValue::object(std::move(o));
}

PsValue ExchangeObjects::commandMetadata(const QString &name, const QString &moduleName,
                                         const QList<ParameterInfo> &parameters)
{
    auto commandType = std::make_shared<PsObject>();
    commandType->typeNames = {QStringLiteral("System.Management.Automation.CommandTypes"),
                              QStringLiteral("System.Enum"), QStringLiteral("System.ValueType"),
                              QStringLiteral("System.Object")};
    commandType->toString = QStringLiteral("Cmdlet");
    commandType->hasToString = true;
    commandType->baseValue = PsValue::int32(8);

    auto dict = std::make_shared<PsObject>();
    dict->typeNames
        = {QStringLiteral("System.Collections.Generic.Dictionary`2[[System.String, mscorlib, "
                          "Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089],"
                          "[System.Management.Automation.ParameterMetadata, "
                          "System.Management.Automation, Version=3.0.0.0, Culture=neutral, "
                          "PublicKeyToken=31bf3856ad364e35]]"),
           QStringLiteral("System.Object")};
    dict->collection = PsObject::Collection::Dictionary;
    for (const ParameterInfo &p : parameters) {
        auto meta = std::make_shared<PsObject>();
        meta->typeNames = {QStringLiteral("System.Management.Automation.ParameterMetadata"),
                           QStringLiteral("System.Object")};
        meta->toString = QStringLiteral("System.Management.Automation.ParameterMetadata");
        meta->hasToString = true;
        meta->adapted = {
            {QStringLiteral("Name"), PsValue::string(p.name)},
            {QStringLiteral("ParameterType"), PsValue::string(p.type)},
            {QStringLiteral("Aliases"),
             typedList(QStringLiteral("System.Collections.ObjectModel.Collection`1[[System.String, "
                                      "mscorlib, Version=4.0.0.0, Culture=neutral, "
                                      "PublicKeyToken=b77a5c561934e089]]"),
                       {})},
            {QStringLiteral("IsDynamic"), PsValue::boolean(false)},
            {QStringLiteral("SwitchParameter"), PsValue::boolean(p.isSwitch)},
        };
        dict->entries.append({PsValue::string(p.name), PsValue::object(std::move(meta))});
    }

    auto o = selectedObject(QStringLiteral("System.Management.Automation.CmdletInfo"));
    o->extended = {
        {QStringLiteral("Name"), PsValue::string(name)},
        {QStringLiteral("Namespace"), PsValue::string(moduleName)},
        {QStringLiteral("HelpUri"), PsValue::string(QString())},
        {QStringLiteral("CommandType"), PsValue::object(std::move(commandType))},
        {QStringLiteral("ResolvedCommandName"), PsValue::nil()},
        {QStringLiteral("OutputType"),
         typedList(QStringLiteral("System.Collections.ObjectModel.ReadOnlyCollection`1[[System."
                                  "Management.Automation.PSTypeName, System.Management.Automation, "
                                  "Version=3.0.0.0, Culture=neutral, "
                                  "PublicKeyToken=31bf3856ad364e35]]"),
                   {})},
        {QStringLiteral("Parameters"), PsValue::object(std::move(dict))},
    };
    return PsValue::object(std::move(o));
}

} // namespace fake
