#include "Organisation.h"

namespace exchange {

const Recipient *Organisation::recipient(const QString &query) const
{
    const QString q = query.trimmed();
    for (const Recipient &r : recipients)
        if (r.query.compare(q, Qt::CaseInsensitive) == 0)
            return &r;
    return nullptr;
}

} // namespace exchange

namespace exchange {

bool Recipient::isMailbox() const
{
    const QString t = recipientTypeDetails.isEmpty() ? recipientType : recipientTypeDetails;
    return t.endsWith(QLatin1String("Mailbox"), Qt::CaseInsensitive)
           && !t.contains(QLatin1String("Group"), Qt::CaseInsensitive)
           && !t.startsWith(QLatin1String("Remote"), Qt::CaseInsensitive)
           && t.compare(QLatin1String("DiscoveryMailbox"), Qt::CaseInsensitive) != 0;
}

bool Recipient::isGroup() const
{
    return recipientTypeDetails.contains(QLatin1String("Group"), Qt::CaseInsensitive)
           || recipientType.contains(QLatin1String("Group"), Qt::CaseInsensitive);
}

bool Recipient::isMailContact() const
{
    return recipientTypeDetails.compare(QLatin1String("MailContact"), Qt::CaseInsensitive) == 0
           || recipientType.compare(QLatin1String("MailContact"), Qt::CaseInsensitive) == 0;
}

} // namespace exchange
