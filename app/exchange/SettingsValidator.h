#pragma once

#include "JournalingSettings.h"
#include "Organisation.h"
#include "Plan.h"

#include <QList>

namespace exchange {

// EXCHANGE.md "Validations before applying" 1, 2, 3, 5 (syntax part) and 8. Pure.
// Without an organisation only what can be checked offline is (the CLI does that before it
// connects); with one, the checks against what discovery found are added.
class SettingsValidator
{
public:
    static constexpr int maxNameLength = 64;

    static QList<ValidationIssue> validate(const JournalingSettings &settings,
                                           const Organisation *organisation = nullptr);

    // A rule / remote domain / connector name: trimmed, 1-64 characters, no control characters.
    static bool isValidName(const QString &name, QString *reason = nullptr);
    // The domain is an accepted domain or lies under a "*." accepted domain.
    static const AcceptedDomain *acceptedDomainCovering(const QString &domain,
                                                        const Organisation &organisation);
};

} // namespace exchange
