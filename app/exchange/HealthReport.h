#pragma once

#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace exchange {

// The overall answer of the journaling health check (issue 9).
enum class HealthVerdict {
    NotYetProven, // nothing wrong found, but no journal report was seen leaving (see reason)
    Proven,       // a journal report to the journaling address left the organisation (2xx)
    Failing,      // evidence that journal reports do not reach the archive (see findings)
};

// Why the verdict is "not yet proven".
enum class NotProvenReason {
    None,
    NoMailYet,          // tracking readable, no journal report since the start time
    InFlight,           // journal reports created, none handed to the archive yet
    TrackingNotGranted, // Get-MessageTrackingLog is not granted (the Message Tracking role)
    TrackingOff,        // message tracking is disabled on the transport servers
    TimedOut,           // the wait ended before a journal report was seen leaving
    Cancelled,          // the user stopped the check
};

enum class HealthArea { Configuration, Queues, Delivery };
enum class FindingState { Ok, Info, Warning, Failed };

// One observation with its evidence and, for problems, advice in plain words.
struct HealthFinding
{
    HealthArea area = HealthArea::Configuration;
    FindingState state = FindingState::Ok;
    QString code;         // stable identifier, e.g. "queue-retry", "rule-disabled" (JSON, tests)
    QString message;      // what was found, for the user
    QString evidence;     // the data it rests on (queue identity, LastError, event, ...)
    QString advice;       // what to do about it (problems only)
    QStringList commands; // commands the administrator may run (never run by the check)
};

// One journal report followed through message tracking.
struct JournalReportTrace
{
    enum class Outcome { Created, Deferred, Sent, Failed };
    QString messageId;
    QString subject; // copied from the original message; empty when subject logging is off
    QString createdAt;
    Outcome outcome = Outcome::Created;
    QString eventId; // the event that decided the outcome (SEND, SENDEXTERNAL, DEFER, FAIL)
    QString at;      // its timestamp, as the server wrote it
    QString host;    // ServerHostname (the archive host) for a send
    QString ip;      // ServerIp
    QString connector;
    QString status; // RecipientStatus for the journaling address, e.g. "250 2.6.0 ..."
    bool ndrDelivered = false;
    QString ndrAt;
};

struct HealthReport
{
    HealthVerdict verdict = HealthVerdict::NotYetProven;
    NotProvenReason reason = NotProvenReason::NoMailYet;
    QString journalAddress;
    QString since; // ISO 8601 (UTC) start of the tracking search
    QStringList servers;
    QList<HealthFinding> findings;
    QList<JournalReportTrace> reports; // newest last
    int pipelines = 0;                 // remote round trips the check made
    // Progress, for live displays: the configuration was read; the queues were scanned;
    // the check is waiting (polling) for a journal report to leave; it has ended.
    bool configurationChecked = false;
    bool queuesChecked = false;
    bool waiting = false;
    bool finished = false;

    static QString verdictName(HealthVerdict verdict); // "proven", "not-yet-proven", "failing"
    static QString reasonName(NotProvenReason reason); // "no-mail-yet", ...
    static QString areaName(HealthArea area);          // "configuration", "queues", "delivery"
    static QString stateName(FindingState state);      // "ok", "info", "warning", "failed"
    static QString outcomeName(JournalReportTrace::Outcome outcome);

    // The worst state of an area's findings (Ok when it has none).
    FindingState areaState(HealthArea area) const;
    QList<HealthFinding> findingsIn(HealthArea area) const;
    bool hasFinding(const QString &code) const;
    // The journal report that proves delivery (the newest sent one), or nullptr.
    const JournalReportTrace *proof() const;

    // The verdict in one translated sentence, with the why for "not yet proven".
    QString headline() const;
    // "journal report for '<subject>' handed to <host> at <time> (250 …)"
    static QString describe(const JournalReportTrace &trace);
    QJsonObject toJson() const;
};

} // namespace exchange

Q_DECLARE_METATYPE(exchange::HealthReport)
