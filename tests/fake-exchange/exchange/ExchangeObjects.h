#pragma once

#include "OrganisationModel.h"
#include "PsValue.h"

#include <QStringList>

namespace fake {

// The objects the emulated cmdlets write: property bags with Exchange's type names and
// mostly string values, as a client sees deserialized Exchange objects (booleans stay
// booleans, multi-valued properties are lists of strings, unset values are Nil).
class ExchangeObjects
{
public:
    static remoting::PsValue exchangeServer(const OrganisationModel &org,
                                            const ExchangeServerInfo &server);
    static remoting::PsValue transportService(const OrganisationModel &org,
                                              const ExchangeServerInfo &server);
    static remoting::PsValue organizationConfig(const OrganisationModel &org);
    static remoting::PsValue acceptedDomain(const OrganisationModel &org,
                                            const AcceptedDomainInfo &domain);
    static remoting::PsValue reducedRecipient(const OrganisationModel &org,
                                              const RecipientInfo &recipient);
    static remoting::PsValue mailbox(const OrganisationModel &org, const RecipientInfo &recipient);
    static remoting::PsValue transportConfig(const OrganisationModel &org);
    static remoting::PsValue journalRule(const OrganisationModel &org, const JournalRuleInfo &rule);
    static remoting::PsValue remoteDomain(const OrganisationModel &org,
                                          const RemoteDomainInfo &domain);
    static remoting::PsValue sendConnector(const OrganisationModel &org,
                                           const SendConnectorInfo &connector);
    // Get-Command's CmdletInfo: Name, CommandType, Verb, Noun, Parameters (dictionary keyed by
    // name).
    static remoting::PsValue cmdletInfo(const QString &name, const QStringList &parameters);

    // GET_COMMAND_METADATA's answer (as recorded from a real server): first the count
    // (Selected.Microsoft.PowerShell.Commands.GenericMeasureInfo), then per command a
    // Selected.System.Management.Automation.CmdletInfo with Name, Namespace, HelpUri,
    // CommandType, ResolvedCommandName, OutputType and Parameters (ParameterMetadata).
    struct ParameterInfo
    {
        QString name;
        QString type; // .NET type name
        bool isSwitch = false;
    };
    static remoting::PsValue commandMetadataCount(int count);
    static remoting::PsValue commandMetadata(const QString &name, const QString &moduleName,
                                             const QList<ParameterInfo> &parameters);

    static QString journalRuleDn(const OrganisationModel &org, const QString &name);
    static QString remoteDomainDn(const OrganisationModel &org, const QString &name);
    static QString sendConnectorDn(const OrganisationModel &org, const QString &name);
};

} // namespace fake
