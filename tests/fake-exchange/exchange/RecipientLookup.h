#pragma once

#include "OrganisationModel.h"

#include <QList>

namespace fake {

// Resolves a recipient identity the way Exchange's RecipientIdParameter does (case-insensitive):
// any SMTP proxy address (with or without "smtp:"), alias, name, display name, GUID,
// "domain/Users/Name" identity or distinguished name.
class RecipientLookup
{
public:
    static QList<const RecipientInfo *> find(const OrganisationModel &model,
                                             const QString &identity);
};

} // namespace fake
