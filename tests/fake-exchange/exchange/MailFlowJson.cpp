#include "MailFlowJson.h"

#include "SimulatedClock.h"
#include "SmtpSyntax.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace fake {

namespace {

// First problem wins, with its JSON path.
class SectionReader
{
public:
    QString error;

    bool fail(const QString &path, const QString &message)
    {
        if (error.isEmpty())
            error = path + QStringLiteral(": ") + message;
        return false;
    }
    bool object(const QJsonValue &v, const QString &path, QJsonObject *out)
    {
        if (!v.isObject())
            return fail(path, QStringLiteral("must be an object"));
        *out = v.toObject();
        return true;
    }
    void keys(const QJsonObject &o, const QString &path, const QStringList &allowed)
    {
        for (auto it = o.begin(); it != o.end(); ++it)
            if (!allowed.contains(it.key()))
                fail(path, QStringLiteral("unknown key \"%1\" (expected one of: %2)")
                               .arg(it.key(), allowed.join(QStringLiteral(", "))));
    }
    QString str(const QJsonObject &o, const QString &key, const QString &path,
                const QString &def = {})
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined() || v.isNull())
            return def;
        if (!v.isString()) {
            fail(path, QStringLiteral("\"%1\" must be a string").arg(key));
            return def;
        }
        return v.toString();
    }
    QString choice(const QJsonObject &o, const QString &key, const QString &path,
                   const QStringList &allowed, const QString &def)
    {
        const QString s = str(o, key, path, def);
        for (const QString &a : allowed)
            if (a.compare(s, Qt::CaseInsensitive) == 0)
                return a;
        fail(path, QStringLiteral("\"%1\" is \"%2\"; expected one of: %3")
                       .arg(key, s, allowed.join(QStringLiteral(", "))));
        return def;
    }
    bool boolean(const QJsonObject &o, const QString &key, const QString &path, bool def)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined())
            return def;
        if (!v.isBool()) {
            fail(path, QStringLiteral("\"%1\" must be true or false").arg(key));
            return def;
        }
        return v.toBool();
    }
    int integer(const QJsonObject &o, const QString &key, const QString &path, int def, int min,
                int max)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined())
            return def;
        if (!v.isDouble() || v.toDouble() != double(v.toInt()) || v.toInt() < min
            || v.toInt() > max) {
            fail(path, QStringLiteral("\"%1\" must be an integer from %2 to %3")
                           .arg(key)
                           .arg(min)
                           .arg(max));
            return def;
        }
        return v.toInt();
    }
    QDateTime time(const QJsonObject &o, const QString &key, const QString &path)
    {
        const QString s = str(o, key, path);
        if (s.isEmpty())
            return {};
        const QDateTime t = SimulatedClock::parseStart(s);
        if (!t.isValid())
            fail(path, QStringLiteral("\"%1\" is not an ISO 8601 time: \"%2\"").arg(key, s));
        return t;
    }
    QStringList list(const QJsonObject &o, const QString &key, const QString &path)
    {
        const QJsonValue v = o.value(key);
        QStringList out;
        if (v.isUndefined() || v.isNull())
            return out;
        if (!v.isArray()) {
            fail(path, QStringLiteral("\"%1\" must be an array of strings").arg(key));
            return out;
        }
        for (const QJsonValue &item : v.toArray()) {
            if (!item.isString()) {
                fail(path, QStringLiteral("\"%1\" must be an array of strings").arg(key));
                return {};
            }
            out.append(item.toString());
        }
        return out;
    }
    QList<QJsonObject> objects(const QJsonObject &o, const QString &key, const QString &path)
    {
        QList<QJsonObject> out;
        const QJsonValue v = o.value(key);
        if (v.isUndefined() || v.isNull())
            return out;
        if (!v.isArray()) {
            fail(path, QStringLiteral("\"%1\" must be an array of objects").arg(key));
            return out;
        }
        const QJsonArray a = v.toArray();
        for (int i = 0; i < a.size(); ++i) {
            QJsonObject item;
            if (!object(a.at(i), QStringLiteral("%1.%2[%3]").arg(path, key).arg(i), &item))
                return {};
            out.append(item);
        }
        return out;
    }
    void address(const QString &value, const QString &key, const QString &path)
    {
        if (!SmtpSyntax::isValidAddress(value))
            fail(path,
                 QStringLiteral("\"%1\" is not a valid SMTP address: \"%2\"").arg(key, value));
    }
};

QString timeText(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

} // namespace

qint64 MailFlowJson::timeSpanSeconds(const QString &text)
{
    static const QRegularExpression re(
        QStringLiteral("^(?:(\\d+)\\.)?(\\d{1,2}):(\\d{2}):(\\d{2})(?:\\.\\d+)?$"));
    const auto m = re.match(text.trimmed());
    if (!m.hasMatch())
        return -1;
    return m.captured(1).toLongLong() * 86400 + m.captured(2).toLongLong() * 3600
           + m.captured(3).toLongLong() * 60 + m.captured(4).toLongLong();
}

bool MailFlowJson::parse(const QJsonValue &section, MailFlowSettings *out, QString *error)
{
    SectionReader r;
    MailFlowSettings s;
    const QString p = QStringLiteral("mailFlow");
    QJsonObject o;
    if (r.object(section, p, &o)) {
        r.keys(o, p,
               {QStringLiteral("since"), QStringLiteral("internalMessagesPerHour"),
                QStringLiteral("internetRouting"), QStringLiteral("submissionDelaySeconds"),
                QStringLiteral("trackingLogDelaySeconds"), QStringLiteral("sendEventId"),
                QStringLiteral("testMailflowResult"), QStringLiteral("archives"),
                QStringLiteral("servers"), QStringLiteral("messages")});
        const QDateTime since = r.time(o, QStringLiteral("since"), p);
        if (since.isValid())
            s.since = since;
        s.internalMessagesPerHour
            = r.integer(o, QStringLiteral("internalMessagesPerHour"), p, 0, 0, 36000);
        s.internetRouting = r.boolean(o, QStringLiteral("internetRouting"), p, true);
        s.submissionDelaySeconds
            = r.integer(o, QStringLiteral("submissionDelaySeconds"), p, 1, 0, 86400 * 7);
        s.trackingLogDelaySeconds
            = r.integer(o, QStringLiteral("trackingLogDelaySeconds"), p, 0, 0, 3600);
        if (o.contains(QStringLiteral("sendEventId")))
            s.sendEventId = r.choice(o, QStringLiteral("sendEventId"), p,
                                     {QStringLiteral("SEND"), QStringLiteral("SENDEXTERNAL")},
                                     QStringLiteral("SEND"));
        s.testMailflowResult
            = r.str(o, QStringLiteral("testMailflowResult"), p, s.testMailflowResult);

        const QList<QJsonObject> archives = r.objects(o, QStringLiteral("archives"), p);
        for (int i = 0; i < archives.size(); ++i) {
            const QJsonObject &a = archives.at(i);
            const QString ap = QStringLiteral("mailFlow.archives[%1]").arg(i);
            r.keys(a, ap,
                   {QStringLiteral("domain"), QStringLiteral("behaviour"),
                    QStringLiteral("deferReason"), QStringLiteral("suspended"),
                    QStringLiteral("host"), QStringLiteral("ip"), QStringLiteral("acceptStatus"),
                    QStringLiteral("rejectStatus")});
            ArchiveBehaviourInfo b;
            b.domain = r.str(a, QStringLiteral("domain"), ap, b.domain).toLower();
            if (b.domain != QLatin1String("*") && !SmtpSyntax::isValidDomain(b.domain, false))
                r.fail(ap, QStringLiteral("\"domain\" is not a domain: \"%1\"").arg(b.domain));
            b.behaviour = r.choice(
                a, QStringLiteral("behaviour"), ap,
                {QStringLiteral("accept"), QStringLiteral("defer"), QStringLiteral("reject")},
                b.behaviour);
            b.deferReason = r.choice(
                a, QStringLiteral("deferReason"), ap,
                {QStringLiteral("dns"), QStringLiteral("refused"), QStringLiteral("timeout")},
                b.deferReason);
            b.suspended = r.boolean(a, QStringLiteral("suspended"), ap, false);
            b.host = r.str(a, QStringLiteral("host"), ap);
            b.ip = r.str(a, QStringLiteral("ip"), ap, b.ip);
            b.acceptStatus = r.str(a, QStringLiteral("acceptStatus"), ap);
            b.rejectStatus = r.str(a, QStringLiteral("rejectStatus"), ap);
            for (const ArchiveBehaviourInfo &other : qAsConst(s.archives))
                if (other.domain == b.domain)
                    r.fail(ap, QStringLiteral("duplicate domain \"%1\"").arg(b.domain));
            s.archives.append(b);
        }

        const QList<QJsonObject> servers = r.objects(o, QStringLiteral("servers"), p);
        for (int i = 0; i < servers.size(); ++i) {
            const QJsonObject &t = servers.at(i);
            const QString tp = QStringLiteral("mailFlow.servers[%1]").arg(i);
            r.keys(t, tp,
                   {QStringLiteral("name"), QStringLiteral("messageTrackingLogEnabled"),
                    QStringLiteral("messageTrackingLogSubjectLoggingEnabled"),
                    QStringLiteral("messageExpirationTimeout")});
            TransportSettingsInfo ts;
            ts.server = r.str(t, QStringLiteral("name"), tp);
            if (ts.server.isEmpty())
                r.fail(tp, QStringLiteral("\"name\" is required"));
            ts.messageTrackingLogEnabled
                = r.boolean(t, QStringLiteral("messageTrackingLogEnabled"), tp, true);
            ts.messageTrackingLogSubjectLoggingEnabled
                = r.boolean(t, QStringLiteral("messageTrackingLogSubjectLoggingEnabled"), tp, true);
            ts.messageExpirationTimeout = r.str(t, QStringLiteral("messageExpirationTimeout"), tp,
                                                ts.messageExpirationTimeout);
            if (timeSpanSeconds(ts.messageExpirationTimeout) <= 0)
                r.fail(tp, QStringLiteral("\"messageExpirationTimeout\" is not a positive "
                                          "TimeSpan like \"2.00:00:00\": \"%1\"")
                               .arg(ts.messageExpirationTimeout));
            s.servers.append(ts);
        }

        const QList<QJsonObject> messages = r.objects(o, QStringLiteral("messages"), p);
        for (int i = 0; i < messages.size(); ++i) {
            const QJsonObject &m = messages.at(i);
            const QString mp = QStringLiteral("mailFlow.messages[%1]").arg(i);
            r.keys(m, mp,
                   {QStringLiteral("time"), QStringLiteral("from"), QStringLiteral("to"),
                    QStringLiteral("subject"), QStringLiteral("server"), QStringLiteral("kind")});
            MailMessageInfo msg;
            msg.time = r.time(m, QStringLiteral("time"), mp);
            if (!msg.time.isValid())
                r.fail(mp, QStringLiteral("\"time\" is required"));
            msg.from = r.str(m, QStringLiteral("from"), mp);
            r.address(msg.from, QStringLiteral("from"), mp);
            msg.to = r.list(m, QStringLiteral("to"), mp);
            if (msg.to.isEmpty())
                r.fail(mp, QStringLiteral("\"to\" needs at least one address"));
            for (const QString &a : qAsConst(msg.to))
                r.address(a, QStringLiteral("to"), mp);
            msg.subject = r.str(m, QStringLiteral("subject"), mp);
            msg.server = r.str(m, QStringLiteral("server"), mp);
            msg.kind
                = r.choice(m, QStringLiteral("kind"), mp,
                           {QStringLiteral("seed"), QStringLiteral("Test-Mailflow")}, msg.kind);
            s.messages.append(msg);
        }
    }
    if (!r.error.isEmpty()) {
        *error = r.error;
        return false;
    }
    *out = s;
    return true;
}

QJsonObject MailFlowJson::toJson(const MailFlowSettings &s)
{
    QJsonObject o;
    if (s.since)
        o.insert(QStringLiteral("since"), timeText(*s.since));
    o.insert(QStringLiteral("internalMessagesPerHour"), s.internalMessagesPerHour);
    o.insert(QStringLiteral("internetRouting"), s.internetRouting);
    o.insert(QStringLiteral("submissionDelaySeconds"), s.submissionDelaySeconds);
    o.insert(QStringLiteral("trackingLogDelaySeconds"), s.trackingLogDelaySeconds);
    if (!s.sendEventId.isEmpty())
        o.insert(QStringLiteral("sendEventId"), s.sendEventId);
    o.insert(QStringLiteral("testMailflowResult"), s.testMailflowResult);
    QJsonArray archives;
    for (const ArchiveBehaviourInfo &a : s.archives)
        archives.append(QJsonObject{{QStringLiteral("domain"), a.domain},
                                    {QStringLiteral("behaviour"), a.behaviour},
                                    {QStringLiteral("deferReason"), a.deferReason},
                                    {QStringLiteral("suspended"), a.suspended},
                                    {QStringLiteral("host"), a.host},
                                    {QStringLiteral("ip"), a.ip},
                                    {QStringLiteral("acceptStatus"), a.acceptStatus},
                                    {QStringLiteral("rejectStatus"), a.rejectStatus}});
    o.insert(QStringLiteral("archives"), archives);
    QJsonArray servers;
    for (const TransportSettingsInfo &t : s.servers)
        servers.append(
            QJsonObject{{QStringLiteral("name"), t.server},
                        {QStringLiteral("messageTrackingLogEnabled"), t.messageTrackingLogEnabled},
                        {QStringLiteral("messageTrackingLogSubjectLoggingEnabled"),
                         t.messageTrackingLogSubjectLoggingEnabled},
                        {QStringLiteral("messageExpirationTimeout"), t.messageExpirationTimeout}});
    o.insert(QStringLiteral("servers"), servers);
    QJsonArray messages;
    for (const MailMessageInfo &m : s.messages)
        messages.append(QJsonObject{{QStringLiteral("time"), timeText(m.time)},
                                    {QStringLiteral("from"), m.from},
                                    {QStringLiteral("to"), QJsonArray::fromStringList(m.to)},
                                    {QStringLiteral("subject"), m.subject},
                                    {QStringLiteral("server"), m.server},
                                    {QStringLiteral("kind"), m.kind}});
    o.insert(QStringLiteral("messages"), messages);
    return o;
}

} // namespace fake
