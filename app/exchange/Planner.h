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

    // A rule that journals internal mail of all recipients to this address.
    static bool isEquivalentRule(const JournalRule &rule, const QString &journalAddress);
    // The connector's address spaces include the domain (SMTP:<d>;cost or SMTP:*.<d>).
    static bool routesDomain(const SendConnector &connector, const QString &domain);
};

} // namespace exchange
