#pragma once

#include "JournalingSettings.h"
#include "Organisation.h"
#include "Plan.h"

namespace exchange {

// Validation + per-step plan (NoChange/Create/Update/Conflict/Skip) from a discovered
// organisation, following EXCHANGE.md "Validations before applying". Pure.
class Planner
{
public:
    static Plan plan(const JournalingSettings &settings, const Organisation &organisation);

    static PlannedStep ndrStep(const JournalingSettings &settings,
                               const Organisation &organisation);
    static PlannedStep ruleStep(const JournalingSettings &settings,
                                const Organisation &organisation);
    static PlannedStep remoteDomainStep(const JournalingSettings &settings,
                                        const Organisation &organisation);
    static PlannedStep connectorStep(const JournalingSettings &settings,
                                     const Organisation &organisation);

    // The rules themselves, each in one place; the wizard's pages ask these too.

    // A rule that journals internal mail of all recipients to this address.
    static bool isEquivalentRule(const JournalRule &rule, const QString &journalAddress);
    // EXCHANGE.md validation 6: an enabled Internal or Global rule that journals to another
    // address than the journaling address (SMTP compare) makes messages archived twice.
    static bool archivesTwice(const JournalRule &rule, const QString &journalAddress);
    // The one wording of that warning.
    static QString doubleArchivingWarning(const JournalRule &rule);
    // The warnings for every such rule except the one the rule step reuses or names
    // (exactly ruleStep()'s warnings).
    static QStringList doubleArchivingWarnings(const JournalingSettings &settings,
                                               const Organisation &organisation);
    // The remote domain whose DomainName covers the domain (<d> or *.<d>), or nullptr.
    static const RemoteDomain *remoteDomainCovering(const QString &domain,
                                                    const QList<RemoteDomain> &remoteDomains);
    // The remote domain with this name (case-insensitive), or nullptr.
    static const RemoteDomain *remoteDomainNamed(const QString &name,
                                                 const QList<RemoteDomain> &remoteDomains);
    // The one wording of "that remote domain name is taken".
    static QString remoteDomainNameTaken(const RemoteDomain &remoteDomain);
    // The connector's address spaces include the domain (SMTP:<d>;cost or SMTP:*.<d>).
    static bool routesDomain(const SendConnector &connector, const QString &domain);
    // The names of the connectors that route the domain, in discovery order.
    static QStringList connectorsRouting(const QString &domain,
                                         const QList<SendConnector> &connectors);
};

} // namespace exchange
