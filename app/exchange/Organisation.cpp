#include "Organisation.h"

#include <QRegularExpression>

namespace exchange {

bool OrganisationIdentity::sameAs(const OrganisationIdentity &other) const
{
    if (!guid.isEmpty() && !other.guid.isEmpty())
        return guid.compare(other.guid, Qt::CaseInsensitive) == 0;
    return !distinguishedName.isEmpty()
           && distinguishedName.compare(other.distinguishedName, Qt::CaseInsensitive) == 0;
}

QString OrganisationIdentity::display() const
{
    static const QRegularExpression firstRdn(QStringLiteral("^CN=([^,]*)"),
                                             QRegularExpression::CaseInsensitiveOption);
    const auto m = firstRdn.match(distinguishedName);
    const QString name = m.hasMatch() ? m.captured(1) : distinguishedName;
    if (guid.isEmpty())
        return name.isEmpty() ? QStringLiteral("?") : name;
    return name.isEmpty() ? QStringLiteral("{%1}").arg(guid)
                          : QStringLiteral("%1 {%2}").arg(name, guid);
}

QString OrganisationIdentity::fromObjectDn(const QString &dn)
{
    static const QRegularExpression org(
        QStringLiteral("(CN=[^,]+,CN=Microsoft Exchange,CN=Services,CN=Configuration,.+)$"),
        QRegularExpression::CaseInsensitiveOption);
    const auto m = org.match(dn.trimmed());
    return m.hasMatch() ? m.captured(1) : QString();
}

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
