#include "RecipientLookup.h"

namespace fake {

QList<const RecipientInfo *> RecipientLookup::find(const OrganisationModel &model,
                                                   const QString &identity)
{
    QString id = identity.trimmed();
    if (id.startsWith(QLatin1String("smtp:"), Qt::CaseInsensitive))
        id = id.mid(5);
    const QUuid guid = QUuid::fromString(id);
    const QString ouPrefix = model.adDomain + QStringLiteral("/Users/");
    QList<const RecipientInfo *> out;
    for (const RecipientInfo &r : model.recipients) {
        bool match
            = r.alias.compare(id, Qt::CaseInsensitive) == 0
              || r.name.compare(id, Qt::CaseInsensitive) == 0
              || r.displayName.compare(id, Qt::CaseInsensitive) == 0
              || r.primarySmtpAddress.compare(id, Qt::CaseInsensitive) == 0
              || (!guid.isNull() && r.guid == guid)
              || (ouPrefix + r.name).compare(id, Qt::CaseInsensitive) == 0
              || id.compare(QStringLiteral("CN=%1,CN=Users,%2")
                                .arg(r.name, model.configurationDn().section(QLatin1Char(','), 1)),
                            Qt::CaseInsensitive)
                     == 0;
        for (const QString &proxy : r.emailAddresses)
            if (proxy.startsWith(QLatin1String("smtp:"), Qt::CaseInsensitive)
                && proxy.mid(5).compare(id, Qt::CaseInsensitive) == 0)
                match = true;
        if (match)
            out.append(&r);
    }
    return out;
}

} // namespace fake
