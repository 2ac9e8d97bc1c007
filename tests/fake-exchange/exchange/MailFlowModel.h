#pragma once

// The mail-flow part of the emulated organisation (fixture key "mailFlow", see
// ../MAILFLOW.md): how much internal mail arrives, how the archive answers, per-server
// transport settings and explicit (seed / Test-Mailflow) messages. Plain data; the queues and
// the tracking log are derived from it by MailFlowSimulation.

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace fake {

// How the receiving side of one archive domain answers.
struct ArchiveBehaviourInfo
{
    QString domain = QStringLiteral("*");         // journal address domain; "*" = any other
    QString behaviour = QStringLiteral("accept"); // accept, defer, reject
    QString deferReason = QStringLiteral("dns");  // dns, refused, timeout (behaviour defer)
    bool suspended = false;                       // an admin suspended the queue to it
    QString host;                                 // empty: first smart host, else "mx1.<domain>"
    QString ip = QStringLiteral("203.0.113.25");
    QString acceptStatus; // empty: "250 2.6.0 <id> Queued mail for delivery"
    QString rejectStatus; // empty: "550 5.1.1 RESOLVER.ADR.RecipNotFound; not found"
};

// Transport settings of one server (Get-TransportService); servers not listed use defaults.
struct TransportSettingsInfo
{
    QString server;
    bool messageTrackingLogEnabled = true;
    bool messageTrackingLogSubjectLoggingEnabled = true;
    QString messageExpirationTimeout = QStringLiteral("2.00:00:00");
};

// A message that arrives at a fixed time (seed) or was sent by Test-Mailflow.
struct MailMessageInfo
{
    QDateTime time;
    QString from;
    QStringList to;
    QString subject;
    QString server;                        // empty: the first transport server
    QString kind = QStringLiteral("seed"); // seed, Test-Mailflow
};

struct MailFlowSettings
{
    std::optional<QDateTime> since; // unset: the simulated clock's start
    int internalMessagesPerHour = 0;
    bool internetRouting = true; // an implicit Internet send connector (address space "*")
    int submissionDelaySeconds = 1;
    int trackingLogDelaySeconds = 0;
    QString sendEventId; // SEND or SENDEXTERNAL; empty: SENDEXTERNAL on 15.2, else SEND
    QString testMailflowResult = QStringLiteral("Success");
    QList<ArchiveBehaviourInfo> archives;
    QList<TransportSettingsInfo> servers;
    QList<MailMessageInfo> messages;

    // The behaviour for a journal address domain (exact, then "*", then accept).
    ArchiveBehaviourInfo archiveFor(const QString &domain) const;
    TransportSettingsInfo transportFor(const QString &server) const;
};

} // namespace fake
