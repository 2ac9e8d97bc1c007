#include "OrganisationModel.h"

namespace fake {

QString RecipientInfo::recipientType() const
{
    const QString &d = recipientTypeDetails;
    if (d.endsWith(QLatin1String("Mailbox")))
        return QStringLiteral("UserMailbox");
    if (d == QLatin1String("MailContact") || d == QLatin1String("MailUser")
        || d == QLatin1String("MailUniversalDistributionGroup")
        || d == QLatin1String("MailUniversalSecurityGroup")
        || d == QLatin1String("DynamicDistributionGroup"))
        return d;
    if (d == QLatin1String("RoomList"))
        return QStringLiteral("MailUniversalDistributionGroup");
    return d;
}

bool RecipientInfo::isMailbox() const
{
    return recipientTypeDetails.endsWith(QLatin1String("Mailbox"));
}

QString OrganisationModel::configurationDn() const
{
    QStringList dcs;
    for (const QString &label : adDomain.split(QLatin1Char('.'), Qt::SkipEmptyParts))
        dcs.append(QStringLiteral("DC=") + label);
    return QStringLiteral("CN=Configuration,") + dcs.join(QLatin1Char(','));
}

QString OrganisationModel::organizationDn() const
{
    return QStringLiteral("CN=%1,CN=Microsoft Exchange,CN=Services,%2")
        .arg(organizationName, configurationDn());
}

} // namespace fake
