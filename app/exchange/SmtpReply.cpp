#include "SmtpReply.h"

#include "HealthAssumptions.h"

#include <QRegularExpression>

namespace exchange {

namespace {

QString wrapped(const QString &text, const QString &key)
{
    // [{LRT=...};{LED=...};{FQDN=...};{IP=...}] — the value runs to the next "};{" or "}]".
    const QString open = QLatin1Char('{') + key + QLatin1Char('=');
    const int start = text.indexOf(open, 0, Qt::CaseInsensitive);
    if (start < 0)
        return {};
    const int from = start + open.size();
    int end = text.indexOf(QLatin1String("};{"), from);
    if (end < 0)
        end = text.indexOf(QLatin1String("}]"), from);
    if (end < 0)
        end = text.indexOf(QLatin1Char('}'), from);
    return (end < 0 ? text.mid(from) : text.mid(from, end - from)).trimmed();
}

} // namespace

SmtpReply SmtpReply::parse(const QString &lastError)
{
    SmtpReply r;
    r.raw = lastError.trimmed();
    if (r.raw.isEmpty())
        return r;
    const QString led = wrapped(r.raw, QStringLiteral("LED"));
    r.text = led.isEmpty() ? r.raw : led;
    r.host = wrapped(r.raw, QStringLiteral("FQDN"));
    r.ip = wrapped(r.raw, QStringLiteral("IP"));

    static const QRegularExpression reply(
        QStringLiteral("\\b([245]\\d\\d)(?:[ -]([245])\\.(\\d{1,3})\\.(\\d{1,3}))?\\b"));
    const auto m = reply.match(r.text);
    if (m.hasMatch()) {
        r.code = m.captured(1).toInt();
        if (!m.captured(2).isEmpty())
            r.enhanced
                = QStringLiteral("%1.%2.%3").arg(m.captured(2), m.captured(3), m.captured(4));
    }

    const QString t = r.text;
    auto has = [&t](const QString &needle) { return t.contains(needle, Qt::CaseInsensitive); };
    bool noRoute = false;
    for (const QString &marker : HealthAssumptions::noRouteMarkers())
        noRoute = noRoute || has(marker);
    if (r.isSuccess())
        r.cause = Cause::Accepted;
    else if (r.enhanced == QLatin1String("4.4.7") || has(QStringLiteral("QUEUE.Expired")))
        r.cause = Cause::Expired;
    else if (noRoute)
        r.cause = Cause::NoRoute;
    else if (has(QStringLiteral("DNS")) || has(QStringLiteral("NonExistentDomain")))
        r.cause = Cause::Dns;
    else if (has(HealthAssumptions::refusedMarker()) || has(QStringLiteral("refused")))
        r.cause = Cause::ConnectionRefused;
    else if (has(HealthAssumptions::timedOutMarker()) || has(QStringLiteral("timed out"))
             || has(QStringLiteral("timeout")))
        r.cause = Cause::ConnectionTimedOut;
    else if (r.enhanced.startsWith(QLatin1String("5.1.")) || has(QStringLiteral("RecipNotFound")))
        r.cause = Cause::AddressRejected;
    else if (r.enhanced == QLatin1String("5.3.4") || r.enhanced == QLatin1String("5.2.3"))
        r.cause = Cause::SizeLimit;
    else if (r.enhanced.startsWith(QLatin1String("5.7.")))
        r.cause = Cause::AccessDenied;
    else if (r.code == 421 || r.enhanced.startsWith(QLatin1String("4.3."))
             || r.enhanced.startsWith(QLatin1String("4.7.")))
        r.cause = Cause::Throttled;
    else
        r.cause = Cause::Other;
    return r;
}

QString SmtpReply::shortText() const
{
    if (code == 0)
        return text.left(80);
    return enhanced.isEmpty() ? QString::number(code)
                              : QStringLiteral("%1 %2").arg(code).arg(enhanced);
}

} // namespace exchange
