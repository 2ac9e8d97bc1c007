#include "CmdletCatalog.h"

#include "Cmdlets.h"

namespace fake {

const ParameterSpec *CmdletSpec::parameter(const QString &n) const
{
    for (const ParameterSpec &p : parameters)
        if (p.name.compare(n, Qt::CaseInsensitive) == 0)
            return &p;
    return nullptr;
}

namespace {

using T = ParameterSpec::Type;

ParameterSpec text(const QString &name)
{
    return {name, T::Text, false, false, QStringLiteral("System.String"), {}};
}
ParameterSpec required(const QString &name)
{
    return {name, T::Text, true, true, QStringLiteral("System.String"), {}};
}
ParameterSpec identity(bool mandatory)
{
    return {QStringLiteral("Identity"),      T::Text, mandatory, true,
            QStringLiteral("System.String"), {}};
}
ParameterSpec boolean(const QString &name)
{
    return {name, T::Bool, false, false, QStringLiteral("System.Boolean"), {}};
}
ParameterSpec nullableBool(const QString &name)
{
    return {
        name, T::NullableBool, false, false, QStringLiteral("System.Nullable`1[System.Boolean]"),
        {}};
}
ParameterSpec integer(const QString &name)
{
    return {name, T::Int, false, false, QStringLiteral("System.Int32"), {}};
}
ParameterSpec list(const QString &name, bool mandatory = false)
{
    return {name, T::List, mandatory, mandatory, QStringLiteral("System.String[]"), {}};
}
ParameterSpec enumeration(const QString &name, const QString &type, const QStringList &values)
{
    return {name, T::Enum, false, false, type, values};
}
ParameterSpec enumList(const QString &name, const QString &type, const QStringList &values)
{
    return {name, T::EnumList, false, false, type, values};
}
ParameterSpec resultSize()
{
    return {QStringLiteral("ResultSize"),
            T::ResultSize,
            false,
            false,
            QStringLiteral("Microsoft.Exchange.Data.Unlimited`1[System.UInt32]"),
            {}};
}

const QString kSysConfig
    = QStringLiteral("Microsoft.Exchange.Management.SystemConfigurationTasks.");
const QString kJournaling = QStringLiteral("Microsoft.Exchange.MessagingPolicies.Journaling.");
const QString kRecipientTasks = QStringLiteral("Microsoft.Exchange.Management.RecipientTasks.");

const QStringList kRecipientTypeDetails = {QStringLiteral("UserMailbox"),
                                           QStringLiteral("SharedMailbox"),
                                           QStringLiteral("RoomMailbox"),
                                           QStringLiteral("EquipmentMailbox"),
                                           QStringLiteral("MailContact"),
                                           QStringLiteral("MailUser"),
                                           QStringLiteral("MailUniversalDistributionGroup"),
                                           QStringLiteral("MailUniversalSecurityGroup"),
                                           QStringLiteral("DynamicDistributionGroup"),
                                           QStringLiteral("RoomList"),
                                           QStringLiteral("LinkedMailbox"),
                                           QStringLiteral("DiscoveryMailbox"),
                                           QStringLiteral("User"),
                                           QStringLiteral("Contact")};
const QStringList kRecipientTypes = {QStringLiteral("UserMailbox"),
                                     QStringLiteral("MailContact"),
                                     QStringLiteral("MailUser"),
                                     QStringLiteral("MailUniversalDistributionGroup"),
                                     QStringLiteral("MailUniversalSecurityGroup"),
                                     QStringLiteral("DynamicDistributionGroup"),
                                     QStringLiteral("User"),
                                     QStringLiteral("Contact")};
const QString kRecipientTypeDetailsType
    = QStringLiteral("Microsoft.Exchange.Data.Directory.Recipient.RecipientTypeDetails");

QList<ParameterSpec> sendConnectorSettings()
{
    return {list(QStringLiteral("AddressSpaces")),
            boolean(QStringLiteral("DNSRoutingEnabled")),
            list(QStringLiteral("SmartHosts")),
            list(QStringLiteral("SourceTransportServers")),
            boolean(QStringLiteral("RequireTLS")),
            enumeration(QStringLiteral("TlsAuthLevel"),
                        QStringLiteral("Microsoft.Exchange.Data.TlsAuthLevel"),
                        {QStringLiteral("EncryptionOnly"), QStringLiteral("CertificateValidation"),
                         QStringLiteral("DomainValidation")}),
            boolean(QStringLiteral("Enabled")),
            integer(QStringLiteral("Port")),
            text(QStringLiteral("Comment")),
            text(QStringLiteral("Fqdn")),
            text(QStringLiteral("MaxMessageSize"))};
}

QList<CmdletSpec> buildCatalog()
{
    using namespace cmdlets;
    const QString id = QStringLiteral("Identity");
    QList<CmdletSpec> c;
    c.append({QStringLiteral("Get-ExchangeServer"),
              kSysConfig + QStringLiteral("GetExchangeServer"),
              {identity(false)},
              id,
              false,
              getExchangeServer});
    c.append({QStringLiteral("Get-OrganizationConfig"),
              kSysConfig + QStringLiteral("GetOrganizationConfig"),
              {identity(false)},
              id,
              false,
              getOrganizationConfig});
    c.append({QStringLiteral("Get-AcceptedDomain"),
              kSysConfig + QStringLiteral("GetAcceptedDomain"),
              {identity(false)},
              id,
              false,
              getAcceptedDomain});
    c.append({QStringLiteral("Get-Recipient"),
              kRecipientTasks + QStringLiteral("GetRecipient"),
              {identity(false), resultSize(),
               enumList(QStringLiteral("RecipientTypeDetails"), kRecipientTypeDetailsType,
                        kRecipientTypeDetails),
               enumList(QStringLiteral("RecipientType"),
                        QStringLiteral("Microsoft.Exchange.Data.Directory.Recipient.RecipientType"),
                        kRecipientTypes)},
              id,
              false,
              getRecipient});
    c.append({QStringLiteral("Get-Mailbox"),
              kRecipientTasks + QStringLiteral("GetMailbox"),
              {identity(false), resultSize(),
               enumList(QStringLiteral("RecipientTypeDetails"), kRecipientTypeDetailsType,
                        kRecipientTypeDetails)},
              id,
              false,
              getMailbox});
    c.append({QStringLiteral("Get-TransportService"),
              kSysConfig + QStringLiteral("GetTransportService"),
              {identity(false)},
              id,
              false,
              getTransportService});
    c.append({QStringLiteral("Get-Command"),
              QStringLiteral("Microsoft.PowerShell.Commands.GetCommandCommand"),
              {list(QStringLiteral("Name"))},
              QStringLiteral("Name"),
              false,
              getCommand});
    // Select-Object as Exchange's remote session exposes it (-First, -Last, -Skip, -Property,
    // -InputObject).
    CmdletSpec select{QStringLiteral("Select-Object"),
                      QStringLiteral("Microsoft.PowerShell.Commands.SelectObjectCommand"),
                      {list(QStringLiteral("Property")),
                       integer(QStringLiteral("First")),
                       integer(QStringLiteral("Last")),
                       integer(QStringLiteral("Skip")),
                       // bound as given (a marker string is what the engine passes)
                       {QStringLiteral("InputObject"),
                        T::Text,
                        false,
                        false,
                        QStringLiteral("System.Management.Automation.PSObject"),
                        {}}},
                      QStringLiteral("Property"),
                      false,
                      selectObject};
    select.inputObjects = true;
    c.append(select);

    c.append({QStringLiteral("Get-TransportConfig"),
              kSysConfig + QStringLiteral("GetTransportConfig"),
              {},
              {},
              false,
              getTransportConfig});
    c.append({QStringLiteral("Set-TransportConfig"),
              kSysConfig + QStringLiteral("SetTransportConfig"),
              {text(QStringLiteral("JournalingReportNdrTo")), text(QStringLiteral("MaxSendSize")),
               text(QStringLiteral("MaxReceiveSize")),
               integer(QStringLiteral("MaxRecipientEnvelopeLimit")),
               text(QStringLiteral("ExternalPostmasterAddress"))},
              {},
              true,
              setTransportConfig});

    const ParameterSpec scope = enumeration(
        QStringLiteral("Scope"), kJournaling + QStringLiteral("JournalRuleScope"),
        {QStringLiteral("Global"), QStringLiteral("Internal"), QStringLiteral("External")});
    c.append({QStringLiteral("Get-JournalRule"),
              kJournaling + QStringLiteral("GetJournalRule"),
              {identity(false)},
              id,
              false,
              getJournalRule});
    c.append({QStringLiteral("New-JournalRule"),
              kJournaling + QStringLiteral("NewJournalRule"),
              {required(QStringLiteral("Name")), required(QStringLiteral("JournalEmailAddress")),
               scope, text(QStringLiteral("Recipient")), boolean(QStringLiteral("Enabled"))},
              QStringLiteral("Name"),
              true,
              newJournalRule});
    c.append(
        {QStringLiteral("Set-JournalRule"),
         kJournaling + QStringLiteral("SetJournalRule"),
         {identity(true), text(QStringLiteral("Name")), text(QStringLiteral("JournalEmailAddress")),
          scope, text(QStringLiteral("Recipient"))},
         id,
         true,
         setJournalRule});
    c.append({QStringLiteral("Enable-JournalRule"),
              kJournaling + QStringLiteral("EnableJournalRule"),
              {identity(true)},
              id,
              true,
              enableJournalRule});
    c.append({QStringLiteral("Disable-JournalRule"),
              kJournaling + QStringLiteral("DisableJournalRule"),
              {identity(true)},
              id,
              true,
              disableJournalRule});
    c.append({QStringLiteral("Remove-JournalRule"),
              kJournaling + QStringLiteral("RemoveJournalRule"),
              {identity(true)},
              id,
              true,
              removeJournalRule});

    c.append({QStringLiteral("Get-RemoteDomain"),
              kSysConfig + QStringLiteral("GetRemoteDomain"),
              {identity(false)},
              id,
              false,
              getRemoteDomain});
    c.append({QStringLiteral("New-RemoteDomain"),
              kSysConfig + QStringLiteral("NewRemoteDomain"),
              {required(QStringLiteral("Name")), required(QStringLiteral("DomainName"))},
              QStringLiteral("Name"),
              true,
              newRemoteDomain});
    c.append(
        {QStringLiteral("Set-RemoteDomain"),
         kSysConfig + QStringLiteral("SetRemoteDomain"),
         {identity(true), text(QStringLiteral("Name")),
          enumeration(QStringLiteral("AllowedOOFType"),
                      QStringLiteral(
                          "Microsoft.Exchange.Data.Directory.SystemConfiguration.AllowedOOFType"),
                      {QStringLiteral("External"), QStringLiteral("ExternalLegacy"),
                       QStringLiteral("InternalLegacy"), QStringLiteral("None")}),
          nullableBool(QStringLiteral("TNEFEnabled")), boolean(QStringLiteral("AutoReplyEnabled")),
          boolean(QStringLiteral("AutoForwardEnabled")),
          boolean(QStringLiteral("DeliveryReportEnabled")), boolean(QStringLiteral("NDREnabled")),
          boolean(QStringLiteral("MeetingForwardNotificationEnabled")),
          boolean(QStringLiteral("IsInternal")),
          enumeration(
              QStringLiteral("ContentType"),
              QStringLiteral("Microsoft.Exchange.Data.Directory.SystemConfiguration.ContentType"),
              {QStringLiteral("MimeHtmlText"), QStringLiteral("MimeText"),
               QStringLiteral("MimeHtml")}),
          text(QStringLiteral("CharacterSet"))},
         id,
         true,
         setRemoteDomain});
    c.append({QStringLiteral("Remove-RemoteDomain"),
              kSysConfig + QStringLiteral("RemoveRemoteDomain"),
              {identity(true)},
              id,
              true,
              removeRemoteDomain});

    c.append({QStringLiteral("Get-SendConnector"),
              kSysConfig + QStringLiteral("GetSendConnector"),
              {identity(false)},
              id,
              false,
              getSendConnector});
    QList<ParameterSpec> newConnector
        = {required(QStringLiteral("Name")),
           enumeration(QStringLiteral("Usage"),
                       kSysConfig + QStringLiteral("NewSendConnector+UsageType"),
                       {QStringLiteral("Custom"), QStringLiteral("Internal"),
                        QStringLiteral("Internet"), QStringLiteral("Partner")})};
    newConnector += sendConnectorSettings();
    for (ParameterSpec &p : newConnector)
        if (p.name == QLatin1String("AddressSpaces"))
            p.mandatory = p.notEmpty = true;
    c.append({QStringLiteral("New-SendConnector"), kSysConfig + QStringLiteral("NewSendConnector"),
              newConnector, QStringLiteral("Name"), true, newSendConnector});
    QList<ParameterSpec> setConnector = {identity(true), text(QStringLiteral("Name"))};
    setConnector += sendConnectorSettings();
    c.append({QStringLiteral("Set-SendConnector"), kSysConfig + QStringLiteral("SetSendConnector"),
              setConnector, id, true, setSendConnector});
    c.append({QStringLiteral("Remove-SendConnector"),
              kSysConfig + QStringLiteral("RemoveSendConnector"),
              {identity(true)},
              id,
              true,
              removeSendConnector});

    // Mail flow (MailFlowCmdlets.cpp, ../MAILFLOW.md).
    const QString kQueueTasks = QStringLiteral("Microsoft.Exchange.Management.QueueViewerTasks.");
    c.append({QStringLiteral("Get-Queue"),
              kQueueTasks + QStringLiteral("GetQueue"),
              {identity(false), text(QStringLiteral("Server")), text(QStringLiteral("Filter")),
               list(QStringLiteral("Include")), list(QStringLiteral("Exclude")), resultSize(),
               text(QStringLiteral("SortOrder"))},
              id,
              false,
              getQueue});
    c.append({QStringLiteral("Get-Message"),
              kQueueTasks + QStringLiteral("GetMessageInfo"),
              {identity(false),
               text(QStringLiteral("Queue")),
               text(QStringLiteral("Server")),
               text(QStringLiteral("Filter")),
               {QStringLiteral("IncludeRecipientInfo"),
                T::Switch,
                false,
                false,
                QStringLiteral("System.Management.Automation.SwitchParameter"),
                {}},
               resultSize(),
               text(QStringLiteral("SortOrder"))},
              id,
              false,
              getMessage});
    c.append(
        {QStringLiteral("Get-MessageTrackingLog"),
         QStringLiteral("Microsoft.Exchange.Management.TransportLogSearchTasks."
                        "GetMessageTrackingLog"),
         {text(QStringLiteral("Server")), text(QStringLiteral("Start")),
          text(QStringLiteral("End")), text(QStringLiteral("Sender")),
          list(QStringLiteral("Recipients")), text(QStringLiteral("EventId")),
          text(QStringLiteral("MessageId")), text(QStringLiteral("MessageSubject")),
          text(QStringLiteral("InternalMessageId")), text(QStringLiteral("Reference")),
          text(QStringLiteral("Source")), text(QStringLiteral("NetworkMessageId")), resultSize()},
         {},
         false,
         getMessageTrackingLog});
    c.append({QStringLiteral("Test-Mailflow"),
              QStringLiteral("Microsoft.Exchange.Monitoring.TestMailflow"),
              {identity(false),
               list(QStringLiteral("TargetMailboxServer")),
               text(QStringLiteral("TargetDatabase")),
               text(QStringLiteral("TargetEmailAddress")),
               {QStringLiteral("AutoDiscoverTargetMailboxServer"),
                T::Switch,
                false,
                false,
                QStringLiteral("System.Management.Automation.SwitchParameter"),
                {}},
               integer(QStringLiteral("ExecutionTimeout")),
               integer(QStringLiteral("ErrorLatency")),
               integer(QStringLiteral("ActiveDirectoryTimeout")),
               boolean(QStringLiteral("MonitoringContext"))},
              id,
              false,
              testMailflow});
    return c;
}

} // namespace

const QList<CmdletSpec> &CmdletCatalog::all()
{
    static const QList<CmdletSpec> catalog = buildCatalog();
    return catalog;
}

const CmdletSpec *CmdletCatalog::find(const QString &name)
{
    for (const CmdletSpec &s : all())
        if (s.name.compare(name, Qt::CaseInsensitive) == 0)
            return &s;
    return nullptr;
}

QStringList CmdletCatalog::commonParameters()
{
    return {QStringLiteral("Verbose"),           QStringLiteral("Debug"),
            QStringLiteral("ErrorAction"),       QStringLiteral("WarningAction"),
            QStringLiteral("InformationAction"), QStringLiteral("ErrorVariable"),
            QStringLiteral("WarningVariable"),   QStringLiteral("InformationVariable"),
            QStringLiteral("OutVariable"),       QStringLiteral("OutBuffer"),
            QStringLiteral("PipelineVariable"),  QStringLiteral("DomainController")};
}

QStringList CmdletCatalog::shouldProcessParameters()
{
    return {QStringLiteral("Confirm"), QStringLiteral("WhatIf")};
}

ExchangeObjects::ParameterInfo CmdletCatalog::commonParameterInfo(const QString &name)
{
    static const QList<ExchangeObjects::ParameterInfo> known = {
        {QStringLiteral("Verbose"), QStringLiteral("System.Management.Automation.SwitchParameter"),
         true},
        {QStringLiteral("Debug"), QStringLiteral("System.Management.Automation.SwitchParameter"),
         true},
        {QStringLiteral("ErrorAction"),
         QStringLiteral("System.Management.Automation.ActionPreference"), false},
        {QStringLiteral("WarningAction"),
         QStringLiteral("System.Management.Automation.ActionPreference"), false},
        {QStringLiteral("InformationAction"),
         QStringLiteral("System.Management.Automation.ActionPreference"), false},
        {QStringLiteral("ErrorVariable"), QStringLiteral("System.String"), false},
        {QStringLiteral("WarningVariable"), QStringLiteral("System.String"), false},
        {QStringLiteral("InformationVariable"), QStringLiteral("System.String"), false},
        {QStringLiteral("OutVariable"), QStringLiteral("System.String"), false},
        {QStringLiteral("OutBuffer"), QStringLiteral("System.Int32"), false},
        {QStringLiteral("PipelineVariable"), QStringLiteral("System.String"), false},
        {QStringLiteral("DomainController"), QStringLiteral("Microsoft.Exchange.Data.Fqdn"), false},
        {QStringLiteral("Confirm"), QStringLiteral("System.Management.Automation.SwitchParameter"),
         true},
        {QStringLiteral("WhatIf"), QStringLiteral("System.Management.Automation.SwitchParameter"),
         true},
    };
    for (const auto &info : known)
        if (info.name.compare(name, Qt::CaseInsensitive) == 0)
            return info;
    return {name, QStringLiteral("System.Object"), false};
}

} // namespace fake
