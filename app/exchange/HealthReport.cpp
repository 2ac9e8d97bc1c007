#include "HealthReport.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace exchange {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("exchange::HealthReport", text);
}

int severity(FindingState state)
{
    switch (state) {
    case FindingState::Ok:
        return 0;
    case FindingState::Info:
        return 1;
    case FindingState::Warning:
        return 2;
    case FindingState::Failed:
        return 3;
    }
    return 0;
}

} // namespace

QString HealthReport::verdictName(HealthVerdict verdict)
{
    switch (verdict) {
    case HealthVerdict::Proven:
        return QStringLiteral("proven");
    case HealthVerdict::NotYetProven:
        return QStringLiteral("not-yet-proven");
    case HealthVerdict::Failing:
        return QStringLiteral("failing");
    }
    return {};
}

QString HealthReport::reasonName(NotProvenReason reason)
{
    switch (reason) {
    case NotProvenReason::None:
        return {};
    case NotProvenReason::NoMailYet:
        return QStringLiteral("no-mail-yet");
    case NotProvenReason::InFlight:
        return QStringLiteral("in-flight");
    case NotProvenReason::TrackingNotGranted:
        return QStringLiteral("tracking-not-granted");
    case NotProvenReason::TrackingOff:
        return QStringLiteral("tracking-off");
    case NotProvenReason::TimedOut:
        return QStringLiteral("timed-out");
    case NotProvenReason::Cancelled:
        return QStringLiteral("cancelled");
    }
    return {};
}

QString HealthReport::areaName(HealthArea area)
{
    switch (area) {
    case HealthArea::Configuration:
        return QStringLiteral("configuration");
    case HealthArea::Queues:
        return QStringLiteral("queues");
    case HealthArea::Delivery:
        return QStringLiteral("delivery");
    }
    return {};
}

QString HealthReport::stateName(FindingState state)
{
    switch (state) {
    case FindingState::Ok:
        return QStringLiteral("ok");
    case FindingState::Info:
        return QStringLiteral("info");
    case FindingState::Warning:
        return QStringLiteral("warning");
    case FindingState::Failed:
        return QStringLiteral("failed");
    }
    return {};
}

QString HealthReport::outcomeName(JournalReportTrace::Outcome outcome)
{
    switch (outcome) {
    case JournalReportTrace::Outcome::Created:
        return QStringLiteral("created");
    case JournalReportTrace::Outcome::Deferred:
        return QStringLiteral("deferred");
    case JournalReportTrace::Outcome::Sent:
        return QStringLiteral("sent");
    case JournalReportTrace::Outcome::Failed:
        return QStringLiteral("failed");
    }
    return {};
}

FindingState HealthReport::areaState(HealthArea area) const
{
    FindingState worst = FindingState::Ok;
    for (const HealthFinding &f : findings)
        if (f.area == area && severity(f.state) > severity(worst))
            worst = f.state;
    return worst;
}

QList<HealthFinding> HealthReport::findingsIn(HealthArea area) const
{
    QList<HealthFinding> out;
    for (const HealthFinding &f : findings)
        if (f.area == area)
            out << f;
    return out;
}

bool HealthReport::hasFinding(const QString &code) const
{
    for (const HealthFinding &f : findings)
        if (f.code == code)
            return true;
    return false;
}

const JournalReportTrace *HealthReport::proof() const
{
    for (int i = int(reports.size()) - 1; i >= 0; --i)
        if (reports.at(i).outcome == JournalReportTrace::Outcome::Sent)
            return &reports.at(i);
    return nullptr;
}

QString HealthReport::describe(const JournalReportTrace &t)
{
    const QString subject = t.subject.isEmpty() ? tr("(subject not logged)") : t.subject;
    switch (t.outcome) {
    case JournalReportTrace::Outcome::Sent:
        return tr("journal report for '%1' handed to %2 at %3 (%4)")
            .arg(subject, t.host.isEmpty() ? (t.ip.isEmpty() ? t.connector : t.ip) : t.host, t.at,
                 t.status);
    case JournalReportTrace::Outcome::Failed:
        return tr("journal report for '%1' rejected at %2 (%3)").arg(subject, t.at, t.status);
    case JournalReportTrace::Outcome::Deferred:
        return tr("journal report for '%1' deferred at %2 (%3)").arg(subject, t.at, t.status);
    case JournalReportTrace::Outcome::Created:
        return tr("journal report for '%1' created at %2, not yet handed on")
            .arg(subject, t.createdAt);
    }
    return {};
}

QString HealthReport::headline() const
{
    switch (verdict) {
    case HealthVerdict::Proven:
        return tr("Proven: journal reports leave the organisation for the archive.");
    case HealthVerdict::Failing:
        return tr("Failing: journal reports do not reach the archive; the findings say why and "
                  "what to do.");
    case HealthVerdict::NotYetProven:
        break;
    }
    switch (reason) {
    case NotProvenReason::TrackingNotGranted:
        return tr("Not yet proven: reading message tracking needs the Message Tracking role "
                  "(Organization Management, Records Management or Recipient Management). "
                  "Nothing is stuck in the queues.");
    case NotProvenReason::TrackingOff:
        return tr("Not yet proven: message tracking is turned off on the transport servers, so "
                  "delivery cannot be followed. Nothing is stuck in the queues.");
    case NotProvenReason::InFlight:
        return tr("Not yet proven: journal reports were created but none has been handed to the "
                  "archive yet. Check again in a few minutes.");
    case NotProvenReason::TimedOut:
        return tr("Not yet proven: no journal report left the organisation within the wait. "
                  "Nothing is stuck in the queues; check again later.");
    case NotProvenReason::Cancelled:
        return tr("Not yet proven: the check was stopped before a journal report was seen.");
    case NotProvenReason::NoMailYet:
    case NotProvenReason::None:
        break;
    }
    return tr("Not yet proven: no journal report since %1 yet (internal mail creates them). "
              "Nothing is stuck in the queues; check again later or wait for one.")
        .arg(since);
}

QJsonObject HealthReport::toJson() const
{
    QJsonObject o;
    o[QStringLiteral("verdict")] = verdictName(verdict);
    if (verdict == HealthVerdict::NotYetProven)
        o[QStringLiteral("reason")] = reasonName(reason);
    o[QStringLiteral("headline")] = headline();
    o[QStringLiteral("journalAddress")] = journalAddress;
    o[QStringLiteral("since")] = since;
    o[QStringLiteral("servers")] = QJsonArray::fromStringList(servers);
    o[QStringLiteral("pipelines")] = pipelines;
    QJsonArray fs;
    for (const HealthFinding &f : findings) {
        QJsonObject j;
        j[QStringLiteral("area")] = areaName(f.area);
        j[QStringLiteral("state")] = stateName(f.state);
        j[QStringLiteral("code")] = f.code;
        j[QStringLiteral("message")] = f.message;
        if (!f.evidence.isEmpty())
            j[QStringLiteral("evidence")] = f.evidence;
        if (!f.advice.isEmpty())
            j[QStringLiteral("advice")] = f.advice;
        if (!f.commands.isEmpty())
            j[QStringLiteral("commands")] = QJsonArray::fromStringList(f.commands);
        fs.append(j);
    }
    o[QStringLiteral("findings")] = fs;
    QJsonArray rs;
    for (const JournalReportTrace &t : reports) {
        QJsonObject j;
        j[QStringLiteral("messageId")] = t.messageId;
        j[QStringLiteral("subject")] = t.subject;
        j[QStringLiteral("createdAt")] = t.createdAt;
        j[QStringLiteral("outcome")] = outcomeName(t.outcome);
        j[QStringLiteral("eventId")] = t.eventId;
        j[QStringLiteral("at")] = t.at;
        j[QStringLiteral("host")] = t.host;
        j[QStringLiteral("ip")] = t.ip;
        j[QStringLiteral("connector")] = t.connector;
        j[QStringLiteral("status")] = t.status;
        j[QStringLiteral("ndrDelivered")] = t.ndrDelivered;
        rs.append(j);
    }
    o[QStringLiteral("journalReports")] = rs;
    return o;
}

} // namespace exchange
