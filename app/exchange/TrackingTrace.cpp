#include "TrackingTrace.h"

#include "HealthAssumptions.h"
#include "ReadBack.h"
#include "SmtpReply.h"

#include <QMap>

#include <algorithm>

namespace exchange {

using remoting::PsValue;

namespace {

QString prop(const PsValue &v, const char *name)
{
    return ReadBack::textOf(v.property(QLatin1String(name)));
}

QStringList listProp(const PsValue &v, const char *name)
{
    const PsValue p = v.property(QLatin1String(name));
    if (p.isObject() && p.obj()->collection != remoting::PsObject::Collection::None)
        return p.toStringList();
    const QString t = p.toString().trimmed();
    return t.isEmpty() ? QStringList() : QStringList{t};
}

QDateTime parseTime(const QString &text)
{
    QString t = text.trimmed();
    // .NET writes up to 7 fractional digits; Qt reads at most 3.
    const int dot = t.indexOf(QLatin1Char('.'));
    if (dot > 0) {
        int end = dot + 1;
        while (end < t.size() && t.at(end).isDigit())
            ++end;
        if (end - dot - 1 > 3)
            t.remove(dot + 4, end - dot - 4);
    }
    QDateTime d = QDateTime::fromString(t, Qt::ISODateWithMs);
    if (!d.isValid())
        d = QDateTime::fromString(t, Qt::ISODate);
    return d;
}

bool isExchangeHost(const QString &host, const QStringList &servers)
{
    const QString h = host.trimmed().toLower();
    if (h.isEmpty())
        return false;
    const QString shortName = h.section(QLatin1Char('.'), 0, 0);
    for (const QString &s : servers) {
        const QString n = s.trimmed().toLower();
        if (n == h || n == shortName || n.section(QLatin1Char('.'), 0, 0) == shortName)
            return true;
    }
    return false;
}

bool earlier(const TrackingEvent &a, const TrackingEvent &b)
{
    if (a.time.isValid() && b.time.isValid())
        return a.time < b.time;
    return a.timestamp < b.timestamp;
}

} // namespace

QString TrackingEvent::statusFor(const QString &address) const
{
    const QString a = ReadBack::smtp(address);
    const int i = int(recipients.indexOf(a));
    if (i >= 0 && i < recipientStatus.size())
        return recipientStatus.at(i);
    return recipientStatus.value(0);
}

QList<TrackingEvent> TrackingTrace::events(const QList<PsValue> &output)
{
    QList<TrackingEvent> out;
    for (const PsValue &v : output) {
        if (!v.isObject())
            continue;
        const bool typed = v.obj()->isA(QStringLiteral("MessageTrackingEvent"));
        if (!typed
            && !(v.obj()->findProperty(QStringLiteral("EventId"))
                 && v.obj()->findProperty(QStringLiteral("MessageId"))))
            continue;
        TrackingEvent e;
        e.timestamp = prop(v, "Timestamp");
        e.time = parseTime(e.timestamp);
        e.eventId = prop(v, "EventId").toUpper();
        e.source = prop(v, "Source");
        e.sourceContext = prop(v, "SourceContext");
        e.messageId = prop(v, "MessageId");
        e.internalMessageId = prop(v, "InternalMessageId");
        for (const QString &r : listProp(v, "Recipients"))
            e.recipients << ReadBack::smtp(r);
        e.recipientStatus = listProp(v, "RecipientStatus");
        e.references = listProp(v, "Reference");
        e.subject = prop(v, "MessageSubject");
        e.sender = ReadBack::smtp(prop(v, "Sender"));
        e.returnPath = ReadBack::smtp(prop(v, "ReturnPath"));
        e.serverHostname = prop(v, "ServerHostname");
        e.serverIp = prop(v, "ServerIp");
        e.connectorId = prop(v, "ConnectorId");
        out << e;
    }
    return out;
}

QList<JournalReportTrace> TrackingTrace::follow(const QList<TrackingEvent> &all,
                                                const QString &journalAddress,
                                                const QString &ndrAddress,
                                                const QStringList &exchangeServers)
{
    const QString journal = ReadBack::smtp(journalAddress);
    const QString ndr = ReadBack::smtp(ndrAddress);
    QList<TrackingEvent> sorted = all;
    std::stable_sort(sorted.begin(), sorted.end(), earlier);

    // Journal reports: the Message-ID form, addressed to the journaling address.
    QMap<QString, QList<TrackingEvent>> byId;
    QStringList order;
    for (const TrackingEvent &e : sorted) {
        if (!HealthAssumptions::isJournalReportId(e.messageId))
            continue;
        if (!journal.isEmpty() && !e.recipients.contains(journal)
            && e.eventId != QLatin1String("DSN"))
            continue;
        const QString id = e.messageId.trimmed().toLower();
        if (!byId.contains(id))
            order << id;
        byId[id] << e;
    }
    // DSNs (their Reference names the journal report) and deliveries to the NDR mailbox.
    QList<TrackingEvent> dsns, ndrDeliveries;
    for (const TrackingEvent &e : sorted) {
        if (e.eventId == QLatin1String("DSN"))
            dsns << e;
        else if (e.eventId == QLatin1String("DELIVER") && !ndr.isEmpty()
                 && e.recipients.contains(ndr))
            ndrDeliveries << e;
    }

    QList<JournalReportTrace> out;
    for (const QString &id : order) {
        const QList<TrackingEvent> &events = byId[id];
        JournalReportTrace t;
        t.messageId = events.first().messageId;
        t.createdAt = events.first().timestamp;
        QDateTime failedTime;
        for (const TrackingEvent &e : events) {
            if (t.subject.isEmpty())
                t.subject = e.subject;
            if (e.eventId == QLatin1String("RECEIVE") && t.createdAt.isEmpty())
                t.createdAt = e.timestamp;
            const QString status = e.statusFor(journal);
            if (HealthAssumptions::isSendEvent(e.eventId)) {
                if (isExchangeHost(e.serverHostname, exchangeServers))
                    continue; // a hop inside the organisation; follow on
                const SmtpReply reply = SmtpReply::parse(status);
                if (!status.isEmpty() && !reply.isSuccess() && reply.code != 0)
                    continue;
                t.outcome = JournalReportTrace::Outcome::Sent;
            } else if (e.eventId == QLatin1String("FAIL")) {
                t.outcome = JournalReportTrace::Outcome::Failed;
                failedTime = e.time;
            } else if (e.eventId == QLatin1String("DEFER")) {
                if (t.outcome == JournalReportTrace::Outcome::Sent
                    || t.outcome == JournalReportTrace::Outcome::Failed)
                    continue;
                t.outcome = JournalReportTrace::Outcome::Deferred;
            } else {
                continue;
            }
            t.eventId = e.eventId;
            t.at = e.timestamp;
            t.host = e.serverHostname;
            t.ip = e.serverIp;
            t.connector = e.connectorId;
            t.status = status;
        }
        if (t.outcome == JournalReportTrace::Outcome::Failed) {
            // The DSN names the journal report; the NDR delivered to the NDR mailbox carries
            // the DSN's Message-ID (or, defensively, references the report, or follows it).
            QStringList dsnIds;
            for (const TrackingEvent &d : dsns)
                for (const QString &r : d.references)
                    if (r.trimmed().compare(t.messageId.trimmed(), Qt::CaseInsensitive) == 0)
                        dsnIds << d.messageId.trimmed().toLower();
            for (const TrackingEvent &d : ndrDeliveries) {
                bool linked = dsnIds.contains(d.messageId.trimmed().toLower());
                for (const QString &r : d.references)
                    linked
                        = linked
                          || r.trimmed().compare(t.messageId.trimmed(), Qt::CaseInsensitive) == 0;
                if (!linked && dsnIds.isEmpty() && failedTime.isValid() && d.time.isValid())
                    linked = d.time >= failedTime;
                if (linked) {
                    t.ndrDelivered = true;
                    t.ndrAt = d.timestamp;
                    break;
                }
            }
        }
        out << t;
    }
    return out;
}

} // namespace exchange
