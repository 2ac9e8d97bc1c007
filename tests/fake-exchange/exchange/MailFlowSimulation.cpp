#include "MailFlowSimulation.h"

#include "MailFlowJson.h"

#include <QLocale>
#include <QMap>

#include <algorithm>

namespace fake {

namespace {

constexpr qint64 kInternalIdBase = 21474836480LL; // 0x500000000, as Exchange's record ids look
constexpr int kMaxGeneratedMessages = 2000;
constexpr qint64 kQueueMaxIdleSeconds = 180;    // QueueMaxIdleTime
constexpr qint64 kTransientRetrySeconds = 300;  // TransientFailureRetryInterval
constexpr int kTransientRetryCount = 6;         // TransientFailureRetryCount
constexpr qint64 kConnectionRetrySeconds = 600; // OutboundConnectionFailureRetryInterval
constexpr qint64 kAttemptDelaySeconds = 2;      // routed -> first delivery attempt
const QString kExchangeRecipientAlias
    = QStringLiteral("MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e");
const QString kUnreachableError
    = QStringLiteral("A matching connector cannot be found to route the external recipient");
const QString kExpired = QStringLiteral("550 4.4.7 QUEUE.Expired; message expired");

QString domainOf(const QString &address)
{
    return address.section(QLatin1Char('@'), -1).toLower();
}

bool sameAddress(const QString &a, const QString &b)
{
    return a.compare(b, Qt::CaseInsensitive) == 0;
}

// FNV-1a: a stable number per next hop (qHash is seeded per process).
quint32 stableHash(const QString &text)
{
    quint32 h = 2166136261u;
    for (const char c : text.toLower().toUtf8()) {
        h ^= quint8(c);
        h *= 16777619u;
    }
    return h;
}

QString lrtText(const QDateTime &t)
{
    return QLocale(QLocale::English, QLocale::UnitedStates)
        .toString(t.toUTC(), QStringLiteral("M/d/yyyy h:mm:ss AP"));
}

// The time of the first attempt of a queue whose attempts started at `first`, that is at or
// after `t`; with `count` set to the number of attempts up to and including it.
QDateTime attemptAtOrAfter(const QDateTime &first, const QDateTime &t, int *count)
{
    QDateTime a = first;
    int n = 1;
    while (a < t) {
        a = a.addSecs(n <= kTransientRetryCount ? kTransientRetrySeconds : kConnectionRetrySeconds);
        ++n;
    }
    if (count)
        *count = n;
    return a;
}

// Attempts in [first, until]: how many, the last one and the next one after `until`.
void attemptsUntil(const QDateTime &first, const QDateTime &until, int *count, QDateTime *last,
                   QDateTime *next)
{
    *count = 0;
    QDateTime a = first;
    int n = 1;
    while (a <= until) {
        *count = n;
        *last = a;
        a = a.addSecs(n <= kTransientRetryCount ? kTransientRetrySeconds : kConnectionRetrySeconds);
        ++n;
    }
    *next = a;
}

// The SMTP error a deferring archive gives (HEALTH.md 1.5).
QString deferText(const ArchiveBehaviourInfo &a, const QString &ip)
{
    if (a.deferReason == QLatin1String("dns"))
        return QStringLiteral("451 4.4.0 DNS query failed. The error was: "
                              "SMTPSEND.DNS.NonExistentDomain; nonexistent domain");
    const QString code = a.deferReason == QLatin1String("timeout") ? QStringLiteral("10060")
                                                                   : QStringLiteral("10061");
    return QStringLiteral("441 4.4.1 Error encountered while communicating with primary target IP "
                          "address: \"Failed to connect. Winsock error code: %1, Win32 error "
                          "code: %1.\" Attempted failover to alternate host, but that did not "
                          "succeed. Either there are no alternate hosts, or delivery failed to "
                          "all alternate hosts. The last endpoint attempted was %2:25")
        .arg(code, ip);
}

} // namespace

struct MailFlowSimulation::Original
{
    qint64 ordinal = 0; // generated k -> 2k, fixture message i -> 2i + 1
    QDateTime time;
    QString from;
    QStringList to;
    QString subject;
    QString server;
    qint64 size = 0;
    qint64 internalId() const { return kInternalIdBase + ordinal * 16; }
    QString messageId;
};

struct MailFlowSimulation::Route
{
    enum class Kind { Local, Remote, Unreachable };
    Kind kind = Kind::Unreachable;
    QString deliveryType;
    QString nextHopDomain;
    QUuid connectorGuid;
    QString connectorName;
    QStringList sourceServers; // the connector's; empty = any server
    QString host;
    QString ip;
    ArchiveBehaviourInfo archive;
};

struct MailFlowSimulation::Report
{
    Original original;
    int index = 0; // among the original's journal reports
    QString address;
    QString ruleGuid;
    QDateTime created;
    QDateTime routed;
    QDateTime leaves;       // leaves its queue (sent, failed or expired); invalid = never
    QDateTime firstAttempt; // defer: its first (failing) attempt
    QDateTime episodeStart; // defer: first attempt of its queue's retry episode
    Route route;
    QString server;           // where it is queued and sent from (the connector's source server)
    QDateTime leftOrigin;     // relayed: when it left the original's server for `server`
    QDateTime routedAtOrigin; // relayed: when it entered the relay queue on the original's server
    qint64 internalId() const { return original.internalId() + 1 + index; }
    QString messageId;
    qint64 size() const { return original.size + 2500; }
    QDateTime expires;
};

MailFlowSimulation::MailFlowSimulation(const OrganisationModel &org, const QDateTime &now,
                                       const QDateTime &clockStart)
    : m_org(org)
    , m_now(now.toUTC())
    , m_servers(transportServerNames(org))
{
    build(clockStart.toUTC());
}

QStringList MailFlowSimulation::transportServerNames(const OrganisationModel &org)
{
    QStringList out;
    for (const ExchangeServerInfo &s : org.servers)
        if (s.transport && !s.roles.contains(QStringLiteral("Edge"), Qt::CaseInsensitive))
            out.append(s.name);
    return out;
}

QString MailFlowSimulation::defaultDomain(const OrganisationModel &org)
{
    for (const AcceptedDomainInfo &d : org.acceptedDomains)
        if (d.isDefault)
            return d.domainName;
    for (const AcceptedDomainInfo &d : org.acceptedDomains)
        if (!d.domainName.startsWith(QLatin1Char('*')))
            return d.domainName;
    return org.adDomain;
}

QString MailFlowSimulation::exchangeRecipient(const OrganisationModel &org)
{
    return kExchangeRecipientAlias + QLatin1Char('@') + defaultDomain(org);
}

bool MailFlowSimulation::isInternalAddress(const OrganisationModel &org, const QString &address)
{
    const QString d = domainOf(address);
    for (const AcceptedDomainInfo &a : org.acceptedDomains) {
        const QString ad = a.domainName.toLower();
        if (ad.startsWith(QLatin1String("*."))) {
            if (d.endsWith(ad.mid(1)) || d == ad.mid(2))
                return true;
        } else if (d == ad) {
            return true;
        }
    }
    return false;
}

QString MailFlowSimulation::systemMailbox(const OrganisationModel &org, const QString &server)
{
    const QUuid mdb
        = QUuid::createUuidV5(org.organizationGuid, QStringLiteral("mdb/") + server.toLower());
    return QStringLiteral("SystemMailbox%1@%2").arg(mdb.toString(), defaultDomain(org));
}

QString MailFlowSimulation::fqdn(const QString &server) const
{
    for (const ExchangeServerInfo &s : m_org.servers)
        if (s.name.compare(server, Qt::CaseInsensitive) == 0)
            return s.fqdn;
    return server.toLower() + QLatin1Char('.') + m_org.adDomain;
}

QString MailFlowSimulation::serverIp(const QString &server) const
{
    for (int i = 0; i < m_org.servers.size(); ++i)
        if (m_org.servers.at(i).name.compare(server, Qt::CaseInsensitive) == 0)
            return QStringLiteral("10.0.0.%1").arg(11 + i);
    return QStringLiteral("10.0.0.10");
}

qint64 MailFlowSimulation::expirationSeconds(const QString &server) const
{
    const qint64 s = MailFlowJson::timeSpanSeconds(
        m_org.mailFlow.transportFor(server).messageExpirationTimeout);
    return s > 0 ? s : 2 * 86400;
}

QString MailFlowSimulation::sendEventId(const QString &server) const
{
    if (!m_org.mailFlow.sendEventId.isEmpty())
        return m_org.mailFlow.sendEventId;
    for (const ExchangeServerInfo &s : m_org.servers)
        if (s.name.compare(server, Qt::CaseInsensitive) == 0
            && s.version.contains(QLatin1String("15.2")))
            return QStringLiteral("SENDEXTERNAL");
    return QStringLiteral("SEND");
}

QList<MailFlowSimulation::Original> MailFlowSimulation::originals(const QDateTime &since) const
{
    QList<Original> out;
    if (m_servers.isEmpty())
        return out;
    qint64 horizon = 0;
    for (const QString &s : m_servers)
        horizon = std::max(horizon, expirationSeconds(s));
    horizon += 3600;
    const QDateTime oldest = m_now.addSecs(-horizon);
    const QString ndr = m_org.transportConfig.journalingReportNdrTo;
    const QUuid ns = m_org.organizationGuid;

    auto finish = [&](Original &o) {
        o.size = 8000 + (o.ordinal * 997) % 40000;
        o.messageId = QStringLiteral("<%1@%2>").arg(
            QString::fromLatin1(QUuid::createUuidV5(ns, QStringLiteral("msg/%1").arg(o.ordinal))
                                    .toByteArray(QUuid::Id128)),
            fqdn(o.server));
        out.append(o);
    };

    QStringList mailboxes;
    for (const RecipientInfo &r : m_org.recipients)
        if (r.recipientTypeDetails == QLatin1String("UserMailbox")
            && !sameAddress(r.primarySmtpAddress, ndr))
            mailboxes.append(r.primarySmtpAddress.toLower());
    std::sort(mailboxes.begin(), mailboxes.end());
    const int rate = m_org.mailFlow.internalMessagesPerHour;
    if (rate > 0 && !mailboxes.isEmpty() && since <= m_now) {
        const qint64 interval = 3600000LL / rate;
        const qint64 kMax = since.msecsTo(m_now) / interval;
        qint64 kMin = std::max<qint64>(0, kMax - kMaxGeneratedMessages + 1);
        const qint64 sinceToOldest = since.msecsTo(oldest);
        if (sinceToOldest > 0)
            kMin = std::max(kMin, (sinceToOldest + interval - 1) / interval);
        const int n = int(mailboxes.size());
        for (qint64 k = kMin; k <= kMax; ++k) {
            Original o;
            o.ordinal = 2 * k;
            o.time = since.addMSecs(k * interval);
            o.from = mailboxes.at(int(k % n));
            o.to = {mailboxes.at(int((k + 1) % n))};
            o.subject = QStringLiteral("Internal message %1").arg(k);
            o.server = m_servers.at(int(k % m_servers.size()));
            finish(o);
        }
    }
    const QList<MailMessageInfo> &seeds = m_org.mailFlow.messages;
    for (int i = 0; i < seeds.size(); ++i) {
        const MailMessageInfo &m = seeds.at(i);
        if (m.time > m_now || m.time < oldest)
            continue;
        Original o;
        o.ordinal = 2 * qint64(i) + 1;
        o.time = m.time;
        o.from = m.from;
        o.to = m.to;
        o.subject = m.subject;
        o.server = m_servers.first();
        for (const QString &s : m_servers)
            if (s.compare(m.server, Qt::CaseInsensitive) == 0)
                o.server = s;
        finish(o);
    }
    std::stable_sort(out.begin(), out.end(),
                     [](const Original &a, const Original &b) { return a.time < b.time; });
    return out;
}

MailFlowSimulation::Route MailFlowSimulation::route(const QString &address) const
{
    Route r;
    const QString d = domainOf(address);
    r.archive = m_org.mailFlow.archiveFor(d);
    if (isInternalAddress(m_org, address)) {
        r.kind = Route::Kind::Local;
        return r;
    }
    // Most specific matching address space, then lowest cost, then name.
    const SendConnectorInfo *best = nullptr;
    int bestSpecificity = -1, bestCost = 0;
    for (const SendConnectorInfo &c : m_org.sendConnectors) {
        if (!c.enabled)
            continue;
        for (const QString &space : c.addressSpaces) {
            QString s = space.trimmed();
            if (s.startsWith(QLatin1String("SMTP:"), Qt::CaseInsensitive))
                s = s.mid(5);
            const int semi = s.indexOf(QLatin1Char(';'));
            const int cost = semi >= 0 ? s.mid(semi + 1).toInt() : 1;
            const QString pattern = (semi >= 0 ? s.left(semi) : s).trimmed().toLower();
            int specificity = -1;
            if (pattern == QLatin1String("*"))
                specificity = 0;
            else if (pattern.startsWith(QLatin1String("*.")))
                specificity
                    = d.endsWith(pattern.mid(1)) || d == pattern.mid(2) ? int(pattern.size()) : -1;
            else if (pattern == d)
                specificity = 1000 + int(pattern.size());
            if (specificity < 0)
                continue;
            if (!best || specificity > bestSpecificity
                || (specificity == bestSpecificity
                    && (cost < bestCost || (cost == bestCost && c.name < best->name)))) {
                best = &c;
                bestSpecificity = specificity;
                bestCost = cost;
            }
        }
    }
    r.ip = r.archive.ip;
    if (best) {
        r.kind = Route::Kind::Remote;
        r.connectorGuid = best->guid;
        r.connectorName = best->name;
        r.sourceServers = best->sourceTransportServers;
        if (!best->dnsRoutingEnabled && !best->smartHosts.isEmpty()) {
            r.deliveryType = QStringLiteral("SmartHostConnectorDelivery");
            r.nextHopDomain = best->smartHosts.join(QLatin1Char(','));
            QString first = best->smartHosts.first().trimmed();
            if (first.startsWith(QLatin1Char('[')) && first.endsWith(QLatin1Char(']'))) {
                first = first.mid(1, first.size() - 2);
                r.ip = first;
            }
            r.host = first;
        } else {
            r.deliveryType = QStringLiteral("DnsConnectorDelivery");
            r.nextHopDomain = d;
            r.host = QStringLiteral("mx1.") + d;
        }
    } else if (m_org.mailFlow.internetRouting) {
        r.kind = Route::Kind::Remote;
        r.connectorName = QStringLiteral("Internet");
        r.deliveryType = QStringLiteral("DnsConnectorDelivery");
        r.nextHopDomain = d;
        r.host = QStringLiteral("mx1.") + d;
    } else {
        r.kind = Route::Kind::Unreachable;
        return r;
    }
    if (!r.archive.host.isEmpty())
        r.host = r.archive.host;
    return r;
}

TrackingEvent MailFlowSimulation::reportEvent(const Report &r, const QDateTime &at,
                                              const QString &eventId, const QString &source) const
{
    const QString ndr = m_org.transportConfig.journalingReportNdrTo;
    TrackingEvent e;
    e.timestamp = at;
    e.server = r.server;
    e.clientIp = serverIp(e.server);
    e.clientHostname = fqdn(e.server);
    e.serverHostname = e.server;
    e.source = source;
    e.eventId = eventId;
    e.internalMessageId = r.internalId();
    e.messageId = r.messageId;
    e.networkMessageId
        = QUuid::createUuidV5(m_org.organizationGuid, QStringLiteral("net/") + r.messageId)
              .toString(QUuid::WithoutBraces);
    e.recipients = {r.address};
    e.totalBytes = int(r.size());
    e.messageSubject = r.original.subject;
    e.sender = exchangeRecipient(m_org);
    e.returnPath = ndr.isEmpty() ? QStringLiteral("<>") : ndr;
    return e;
}

void MailFlowSimulation::addOriginalEvents(const Original &o, const QList<Report> &reports)
{
    TrackingEvent base;
    base.server = o.server;
    base.clientIp = serverIp(o.server);
    base.clientHostname = fqdn(o.server);
    base.serverHostname = o.server;
    base.internalMessageId = o.internalId();
    base.messageId = o.messageId;
    base.networkMessageId
        = QUuid::createUuidV5(m_org.organizationGuid, QStringLiteral("net/") + o.messageId)
              .toString(QUuid::WithoutBraces);
    base.recipients = o.to;
    base.totalBytes = int(o.size);
    base.messageSubject = o.subject;
    base.sender = o.from;
    base.returnPath = o.from;

    TrackingEvent e = base;
    e.timestamp = o.time;
    e.eventId = QStringLiteral("RECEIVE");
    e.source = QStringLiteral("STOREDRIVER");
    e.sourceContext = QStringLiteral("MDB:%1").arg(
        QUuid::createUuidV5(m_org.organizationGuid, QStringLiteral("mdb/") + o.server.toLower())
            .toString(QUuid::WithoutBraces));
    for (int i = 0; i < o.to.size(); ++i)
        e.recipientStatus.append(QStringLiteral("To"));
    m_events.append(e);
    e.eventId = QStringLiteral("SUBMIT");
    e.recipientStatus.clear();
    m_events.append(e);

    e = base;
    e.timestamp = o.time.addSecs(1);
    e.eventId = QStringLiteral("RECEIVE");
    e.source = QStringLiteral("SMTP");
    e.connectorId = QStringLiteral("%1\\Default %1").arg(o.server);
    e.serverIp = serverIp(o.server);
    e.serverHostname = fqdn(o.server);
    m_events.append(e);

    for (const Report &r : reports) {
        e = base;
        e.timestamp = o.time.addSecs(2);
        e.eventId = QStringLiteral("AGENTINFO");
        e.source = QStringLiteral("AGENT");
        e.sourceContext = QStringLiteral("Journal Agent");
        e.eventData = {{QStringLiteral("JA"), QStringLiteral("ORIG")},
                       {QStringLiteral("type"), QStringLiteral("tenant")},
                       {QStringLiteral("ruleid"), r.ruleGuid},
                       {QStringLiteral("mid"), r.messageId},
                       {QStringLiteral("dest"), r.address}};
        m_events.append(e);
    }

    QStringList internal;
    for (const QString &to : o.to)
        if (isInternalAddress(m_org, to))
            internal.append(to);
    if (!internal.isEmpty()) {
        e = base;
        e.timestamp = o.time.addSecs(3);
        e.eventId = QStringLiteral("DELIVER");
        e.source = QStringLiteral("STOREDRIVER");
        e.recipients = internal;
        for (int i = 0; i < internal.size(); ++i)
            e.recipientStatus.append(QString());
        e.serverHostname = o.server;
        m_events.append(e);
    }
}

void MailFlowSimulation::addNdr(const Report &r, const QDateTime &failedAt)
{
    const QString ndr = m_org.transportConfig.journalingReportNdrTo;
    if (ndr.isEmpty())
        return; // the envelope sender is <>: no DSN, the report is lost
    const qint64 dsnId = r.original.internalId() + 8 + r.index;
    const QString dsnMessageId = QStringLiteral("<%1@%2>").arg(
        QString::fromLatin1(
            QUuid::createUuidV5(m_org.organizationGuid, QStringLiteral("dsn/") + r.messageId)
                .toByteArray(QUuid::Id128)),
        fqdn(r.server));
    TrackingEvent e;
    e.server = r.server;
    e.clientIp = serverIp(e.server);
    e.clientHostname = fqdn(e.server);
    e.serverHostname = e.server;
    e.internalMessageId = dsnId;
    e.messageId = dsnMessageId;
    e.networkMessageId
        = QUuid::createUuidV5(m_org.organizationGuid, QStringLiteral("net/") + dsnMessageId)
              .toString(QUuid::WithoutBraces);
    e.recipients = {ndr};
    e.recipientStatus = {QString()};
    e.reference = {r.messageId};
    e.totalBytes = int(r.size() + 4000);
    e.messageSubject = QStringLiteral("Undeliverable: ") + r.original.subject;
    e.sender = exchangeRecipient(m_org);
    e.returnPath = QStringLiteral("<>");
    e.timestamp = failedAt.addSecs(1);
    e.eventId = QStringLiteral("DSN");
    e.source = QStringLiteral("DSN");
    m_events.append(e);
    if (isInternalAddress(m_org, ndr)) {
        e.timestamp = failedAt.addSecs(2);
        e.eventId = QStringLiteral("DELIVER");
        e.source = QStringLiteral("STOREDRIVER");
        m_events.append(e);
    }
}

// A connector whose source servers do not include the original's server: the report is
// relayed to the first source server (SmtpRelayToConnectorSourceServers, NextHopDomain = the
// connector's name; an intermediate SEND / RECEIVE pair) and leaves the organisation there.
QString MailFlowSimulation::relayTarget(const Report &r) const
{
    if (r.route.kind != Route::Kind::Remote || r.route.sourceServers.isEmpty())
        return {};
    for (const QString &s : r.route.sourceServers)
        if (s.compare(r.original.server, Qt::CaseInsensitive) == 0)
            return {};
    for (const QString &s : r.route.sourceServers)
        for (const QString &t : m_servers)
            if (s.compare(t, Qt::CaseInsensitive) == 0)
                return t;
    return {}; // no source server runs transport: sent from here (not emulated further)
}

void MailFlowSimulation::relay(Report &r, const QString &target)
{
    const QDateTime at = r.routed.addSecs(1);
    TrackingEvent e = reportEvent(r, at, QStringLiteral("SEND"), QStringLiteral("SMTP"));
    e.connectorId = QStringLiteral("Intra-Organization SMTP Send Connector");
    e.serverHostname = fqdn(target);
    e.serverIp = serverIp(target);
    e.recipientStatus = {QStringLiteral("250 2.1.5 Recipient OK")};
    m_events.append(e);
    r.routedAtOrigin = r.routed;
    r.leftOrigin = at;
    r.server = target;
    r.routed = at;
    e = reportEvent(r, at, QStringLiteral("RECEIVE"), QStringLiteral("SMTP"));
    e.connectorId = QStringLiteral("%1\\Default %1").arg(target);
    e.clientHostname = fqdn(r.original.server);
    e.clientIp = serverIp(r.original.server);
    e.serverHostname = fqdn(target);
    e.serverIp = serverIp(target);
    e.recipientStatus = {QString()};
    m_events.append(e);
}

void MailFlowSimulation::addReportOutcomes(QList<Report> &reports)
{
    // Queues are per server and next hop; a deferring queue retries as a whole.
    std::stable_sort(reports.begin(), reports.end(),
                     [](const Report &a, const Report &b) { return a.routed < b.routed; });
    QMap<QString, QPair<QDateTime, QDateTime>> episodes; // hop -> (first attempt, busy until)
    for (Report &r : reports) {
        const ArchiveBehaviourInfo &a = r.route.archive;
        const QString hop = r.server.toLower() + QLatin1Char('|') + r.route.nextHopDomain.toLower();
        if (r.route.kind == Route::Kind::Local) {
            r.leaves = r.routed.addSecs(kAttemptDelaySeconds);
            TrackingEvent e = reportEvent(r, r.leaves, QStringLiteral("DELIVER"),
                                          QStringLiteral("STOREDRIVER"));
            e.recipientStatus = {QString()};
            m_events.append(e);
            continue;
        }
        if (r.route.kind == Route::Kind::Unreachable || a.suspended) {
            r.leaves = r.expires;
        } else if (a.behaviour == QLatin1String("accept")
                   || a.behaviour == QLatin1String("reject")) {
            r.leaves = r.routed.addSecs(kAttemptDelaySeconds);
            const bool accept = a.behaviour == QLatin1String("accept");
            TrackingEvent e
                = reportEvent(r, r.leaves, accept ? sendEventId(r.server) : QStringLiteral("FAIL"),
                              QStringLiteral("SMTP"));
            e.connectorId = r.route.connectorName;
            e.serverHostname = r.route.host;
            e.serverIp = r.route.ip;
            if (accept)
                e.recipientStatus = {
                    a.acceptStatus.isEmpty()
                        ? QStringLiteral("250 2.6.0 %1 Queued mail for delivery").arg(r.messageId)
                        : a.acceptStatus};
            else
                e.recipientStatus
                    = {a.rejectStatus.isEmpty()
                           ? QStringLiteral("550 5.1.1 RESOLVER.ADR.RecipNotFound; not found")
                           : a.rejectStatus};
            m_events.append(e);
            if (!accept)
                addNdr(r, r.leaves);
            continue;
        } else { // defer
            auto it = episodes.find(hop);
            if (it == episodes.end() || r.routed >= it->second)
                it = episodes.insert(hop, {r.routed.addSecs(kAttemptDelaySeconds), r.expires});
            else if (r.expires > it->second)
                it->second = r.expires;
            r.episodeStart = it->first;
            r.firstAttempt = attemptAtOrAfter(r.episodeStart, r.routed, nullptr);
            r.leaves = r.expires;
            if (r.firstAttempt < r.expires) {
                TrackingEvent e = reportEvent(r, r.firstAttempt, QStringLiteral("DEFER"),
                                              QStringLiteral("SMTP"));
                e.connectorId = r.route.connectorName;
                e.serverHostname = r.route.host;
                e.recipientStatus = {deferText(a, r.route.ip)};
                m_events.append(e);
            }
        }
        // Expired while queued.
        TrackingEvent e
            = reportEvent(r, r.expires, QStringLiteral("FAIL"), QStringLiteral("QUEUE"));
        e.recipientStatus = {kExpired};
        m_events.append(e);
        addNdr(r, r.expires);
    }
}

void MailFlowSimulation::build(const QDateTime &clockStart)
{
    const MailFlowSettings &flow = m_org.mailFlow;
    const QDateTime since = flow.since.value_or(clockStart).toUTC();
    const QString ndr = m_org.transportConfig.journalingReportNdrTo;
    QList<Report> reports;

    for (const Original &o : originals(since)) {
        const bool senderInternal = isInternalAddress(m_org, o.from);
        bool anyInternal = false, anyExternal = !senderInternal;
        bool onlyNdr = !ndr.isEmpty();
        for (const QString &to : o.to) {
            (isInternalAddress(m_org, to) ? anyInternal : anyExternal) = true;
            if (!sameAddress(to, ndr))
                onlyNdr = false;
        }
        QList<Report> mine;
        if (!onlyNdr) {
            for (const JournalRuleInfo &rule : m_org.journalRules) {
                if (!rule.enabled || rule.whenChanged > o.time)
                    continue;
                const bool inScope
                    = rule.scope == QLatin1String("Global")
                      || (rule.scope == QLatin1String("Internal") && senderInternal && anyInternal)
                      || (rule.scope == QLatin1String("External") && anyExternal);
                if (!inScope)
                    continue;
                if (!rule.recipient.isEmpty()) {
                    bool matches = sameAddress(rule.recipient, o.from);
                    for (const QString &to : o.to)
                        matches = matches || sameAddress(rule.recipient, to);
                    if (!matches)
                        continue;
                }
                bool duplicate = false;
                for (const Report &r : qAsConst(mine))
                    duplicate = duplicate || sameAddress(r.address, rule.journalEmailAddress);
                if (duplicate)
                    continue;
                Report r;
                r.original = o;
                r.index = int(mine.size());
                r.address = rule.journalEmailAddress;
                r.ruleGuid = rule.guid.toString(QUuid::WithoutBraces);
                r.messageId = QStringLiteral("<%1@journal.report.generator>")
                                  .arg(QUuid::createUuidV5(
                                           m_org.organizationGuid,
                                           QStringLiteral("jr/%1/%2").arg(o.ordinal).arg(r.index))
                                           .toString(QUuid::WithoutBraces));
                r.created = o.time.addSecs(2);
                r.routed = r.created.addSecs(flow.submissionDelaySeconds);
                r.expires = r.created.addSecs(expirationSeconds(o.server));
                r.route = route(r.address);
                r.server = o.server;
                mine.append(r);
            }
        }
        addOriginalEvents(o, mine);
        for (const Report &r : qAsConst(mine)) {
            TrackingEvent e
                = reportEvent(r, r.created, QStringLiteral("RECEIVE"), QStringLiteral("AGENT"));
            e.sourceContext = QStringLiteral("Journaling");
            e.reference = {QString::number(o.internalId())};
            e.recipientStatus = {QStringLiteral("To")};
            m_events.append(e);
            e = reportEvent(r, r.routed, QStringLiteral("AGENTINFO"), QStringLiteral("AGENT"));
            e.sourceContext = QStringLiteral("Journal Agent");
            e.eventData = {{QStringLiteral("JA"), QStringLiteral("JR")},
                           {QStringLiteral("type"), QStringLiteral("tenant")},
                           {QStringLiteral("ruleid"), r.ruleGuid},
                           {QStringLiteral("orig"), o.messageId}};
            m_events.append(e);
        }
        for (Report &r : mine) {
            const QString target = relayTarget(r);
            if (!target.isEmpty())
                relay(r, target);
        }
        reports += mine;
    }
    addReportOutcomes(reports);

    // Queues now.
    for (const QString &server : qAsConst(m_servers)) {
        QueueState submission;
        submission.server = server;
        submission.name = QStringLiteral("Submission");
        submission.deliveryType = QStringLiteral("Undefined");
        submission.nextHopDomain = QStringLiteral("Submission");
        submission.nextHopCategory = QStringLiteral("Internal");
        submission.status = QStringLiteral("Ready");
        QueueState unreachable = submission;
        unreachable.name = QStringLiteral("Unreachable");
        unreachable.deliveryType = QStringLiteral("Unreachable");
        unreachable.nextHopDomain = QStringLiteral("Unreachable Domain");
        unreachable.nextHopCategory = QStringLiteral("External");
        QMap<int, QueueState> delivery;
        QMap<int, QDateTime> lastLeave;

        for (const Report &r : qAsConst(reports)) {
            if (r.created > m_now || r.route.kind == Route::Kind::Local)
                continue;
            const bool relayed = r.leftOrigin.isValid();
            if (relayed && r.original.server == server) {
                // On the original's server: Submission, then the relay queue.
                if (m_now >= r.routedAtOrigin) {
                    const int number = 10 + int(stableHash(r.route.connectorName) % 990);
                    QueueState &q = delivery[number];
                    if (q.name.isEmpty()) {
                        q.server = server;
                        q.name = QString::number(number);
                        q.deliveryType = QStringLiteral("SmtpRelayToConnectorSourceServers");
                        q.nextHopDomain = r.route.connectorName;
                        q.nextHopCategory = QStringLiteral("Internal");
                        q.nextHopConnector = r.route.connectorGuid;
                        q.status = QStringLiteral("Ready");
                    }
                    if (m_now >= r.leftOrigin) {
                        if (!lastLeave.contains(number) || lastLeave[number] < r.leftOrigin)
                            lastLeave[number] = r.leftOrigin;
                        continue;
                    }
                }
            } else if (r.server != server || (relayed && m_now < r.routed)) {
                continue;
            }
            QueuedMessage m;
            m.subject = r.original.subject;
            m.fromAddress = ndr.isEmpty() ? QStringLiteral("<>") : ndr;
            m.originalFromAddress = r.original.from;
            m.internetMessageId = r.messageId;
            m.dateReceived = r.created;
            m.expirationTime = r.expires;
            m.size = r.size();
            m.recipient = r.address;
            m.finalDestination = r.address;
            if (m_now < (relayed ? r.routedAtOrigin : r.routed)) {
                m.number = r.internalId();
                m.status = QStringLiteral("Ready");
                m.recipientStatus = QStringLiteral("Ready");
                submission.messages.append(m);
                continue;
            }
            m.number = r.internalId();
            if (relayed && r.original.server == server) {
                m.status = QStringLiteral("Active");
                m.recipientStatus = QStringLiteral("Ready");
                lastLeave[10 + int(stableHash(r.route.connectorName) % 990)] = m_now;
                delivery[10 + int(stableHash(r.route.connectorName) % 990)].status
                    = QStringLiteral("Active");
                delivery[10 + int(stableHash(r.route.connectorName) % 990)].messages.append(m);
                continue;
            }
            if (r.route.kind == Route::Kind::Unreachable) {
                if (m_now < r.expires) {
                    m.status = QStringLiteral("Ready");
                    m.recipientStatus = QStringLiteral("Ready");
                    m.lastError = kUnreachableError;
                    unreachable.messages.append(m);
                }
                continue;
            }
            const int number = 10 + int(stableHash(r.route.nextHopDomain) % 990);
            QueueState &q = delivery[number];
            if (q.name.isEmpty()) {
                q.server = server;
                q.name = QString::number(number);
                q.deliveryType = r.route.deliveryType;
                q.nextHopDomain = r.route.nextHopDomain;
                q.nextHopCategory = QStringLiteral("External");
                q.nextHopConnector = r.route.connectorGuid;
                q.status = QStringLiteral("Ready");
            }
            const ArchiveBehaviourInfo &a = r.route.archive;
            if (r.leaves <= m_now) {
                if (!lastLeave.contains(number) || lastLeave[number] < r.leaves)
                    lastLeave[number] = r.leaves;
                continue;
            }
            // In the queue now.
            lastLeave[number] = m_now;
            if (a.suspended) {
                q.status = QStringLiteral("Suspended");
                m.status = QStringLiteral("Ready");
                m.recipientStatus = QStringLiteral("Ready");
            } else if (a.behaviour == QLatin1String("defer") && r.episodeStart <= m_now) {
                int count = 0;
                QDateTime last, next;
                attemptsUntil(r.episodeStart, m_now, &count, &last, &next);
                const QString led = deferText(a, r.route.ip);
                const QString ip = a.deferReason == QLatin1String("dns") ? QString() : r.route.ip;
                q.status = QStringLiteral("Retry");
                q.lastError = QStringLiteral("[{LRT=%1};{LED=%2};{FQDN=%3};{IP=%4}]")
                                  .arg(lrtText(last), led, r.route.host, ip);
                q.retryCount = count;
                q.firstRetryTime = r.episodeStart;
                q.lastRetryTime = last;
                q.nextRetryTime = next;
                int mine = 0;
                if (r.firstAttempt <= m_now) {
                    int before = 0;
                    attemptAtOrAfter(r.episodeStart, r.firstAttempt, &before);
                    mine = count - before + 1;
                }
                m.status = mine > 0 ? QStringLiteral("Retry") : QStringLiteral("Ready");
                m.recipientStatus = m.status;
                m.retryCount = mine;
                m.lastError = mine > 0 ? q.lastError : QString();
            } else {
                if (q.status == QLatin1String("Ready"))
                    q.status = QStringLiteral("Active");
                m.status = QStringLiteral("Active");
                m.recipientStatus = QStringLiteral("Ready");
            }
            q.messages.append(m);
        }
        if (!submission.messages.isEmpty())
            submission.status = QStringLiteral("Active");
        m_queues.append(submission);
        m_queues.append(unreachable);
        for (auto it = delivery.begin(); it != delivery.end(); ++it) {
            // An empty queue lingers QueueMaxIdleTime after its last message left.
            if (it->messages.isEmpty()
                && lastLeave.value(it.key()).secsTo(m_now) >= kQueueMaxIdleSeconds)
                continue;
            if (it->messages.isEmpty() && it->status != QLatin1String("Suspended"))
                it->status = QStringLiteral("Ready");
            m_queues.append(*it);
        }
    }

    // Visible tracking entries, per server oldest first.
    const qint64 delay = flow.trackingLogDelaySeconds;
    QList<TrackingEvent> visible;
    for (TrackingEvent &e : m_events) {
        if (e.timestamp.addSecs(delay) > m_now)
            continue;
        const TransportSettingsInfo t = flow.transportFor(e.server);
        if (!t.messageTrackingLogEnabled)
            continue;
        if (!t.messageTrackingLogSubjectLoggingEnabled)
            e.messageSubject.clear();
        visible.append(e);
    }
    std::stable_sort(
        visible.begin(), visible.end(),
        [](const TrackingEvent &a, const TrackingEvent &b) { return a.timestamp < b.timestamp; });
    m_events = visible;
}

QList<TrackingEvent> MailFlowSimulation::events(const QString &server) const
{
    if (server.isEmpty())
        return m_events;
    QList<TrackingEvent> out;
    for (const TrackingEvent &e : m_events)
        if (e.server.compare(server, Qt::CaseInsensitive) == 0)
            out.append(e);
    return out;
}

QList<QueueState> MailFlowSimulation::queues(const QString &server) const
{
    QList<QueueState> out;
    for (const QueueState &q : m_queues)
        if (q.server.compare(server, Qt::CaseInsensitive) == 0)
            out.append(q);
    return out;
}

} // namespace fake
