#include "MailFlowModel.h"

namespace fake {

ArchiveBehaviourInfo MailFlowSettings::archiveFor(const QString &domain) const
{
    const QString d = domain.toLower();
    for (const ArchiveBehaviourInfo &a : archives)
        if (a.domain == d)
            return a;
    for (const ArchiveBehaviourInfo &a : archives)
        if (a.domain == QLatin1String("*"))
            return a;
    return ArchiveBehaviourInfo();
}

TransportSettingsInfo MailFlowSettings::transportFor(const QString &server) const
{
    for (const TransportSettingsInfo &t : servers)
        if (t.server.compare(server, Qt::CaseInsensitive) == 0)
            return t;
    TransportSettingsInfo t;
    t.server = server;
    return t;
}

} // namespace fake
