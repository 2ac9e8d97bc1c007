#include "JournalingSettings.h"

#include <QJsonArray>

namespace exchange {

QString JournalingSettings::journalDomain() const
{
    const int at = journalAddress.lastIndexOf(QLatin1Char('@'));
    if (at < 0)
        return {};
    return journalAddress.mid(at + 1).trimmed().toLower();
}

QJsonObject JournalingSettings::toJson() const
{
    QJsonObject o;
    o[QStringLiteral("journalAddress")] = journalAddress;
    o[QStringLiteral("ndrMailbox")] = ndrMailbox;
    o[QStringLiteral("ruleName")] = ruleName;
    o[QStringLiteral("remoteDomain")] = remoteDomainEnabled;
    o[QStringLiteral("remoteDomainName")] = remoteDomainName;
    o[QStringLiteral("connector")] = connectorEnabled;
    o[QStringLiteral("connectorName")] = connectorName;
    o[QStringLiteral("smartHost")] = smartHost;
    o[QStringLiteral("sourceServers")] = QJsonArray::fromStringList(sourceServers);
    o[QStringLiteral("requireTls")] = requireTls;
    o[QStringLiteral("replaceExistingNdr")] = replaceExistingNdr;
    return o;
}

JournalingSettings JournalingSettings::fromJson(const QJsonObject &o)
{
    JournalingSettings s;
    auto str = [&](const char *key, QString &target) {
        const auto v = o.value(QLatin1String(key));
        if (v.isString())
            target = v.toString();
    };
    auto flag = [&](const char *key, bool &target) {
        const auto v = o.value(QLatin1String(key));
        if (v.isBool())
            target = v.toBool();
    };
    str("journalAddress", s.journalAddress);
    str("ndrMailbox", s.ndrMailbox);
    str("ruleName", s.ruleName);
    flag("remoteDomain", s.remoteDomainEnabled);
    str("remoteDomainName", s.remoteDomainName);
    flag("connector", s.connectorEnabled);
    str("connectorName", s.connectorName);
    str("smartHost", s.smartHost);
    const auto servers = o.value(QLatin1String("sourceServers"));
    if (servers.isArray()) {
        s.sourceServers.clear();
        for (const auto &v : servers.toArray())
            s.sourceServers.append(v.toString());
    }
    flag("requireTls", s.requireTls);
    flag("replaceExistingNdr", s.replaceExistingNdr);
    if (!s.smartHost.isEmpty() && !o.contains(QLatin1String("connector")))
        s.connectorEnabled = true;
    return s;
}

} // namespace exchange
