#pragma once

#include <QString>
#include <QStringList>

namespace exchange {

// Every fact the health check relies on that HEALTH.md marks M (one source, or behaviour
// reported outside Microsoft's documentation) or L (field reports, inference): kept here, in
// one place, so a lab finding changes one file. Each entry names its HEALTH.md section.
// The code that uses them is defensive: it accepts the documented alternatives too.
class HealthAssumptions
{
public:
    // 2.4 (H for the suffix, M for the rest): a journal report's Message-ID ends with this.
    static QString journalReportIdSuffix() { return QStringLiteral("@journal.report.generator>"); }
    static bool isJournalReportId(const QString &messageId);

    // 2.3 (M, S10): SENDEXTERNAL is undocumented on-premises but logged by 2016 CU+/2019 for
    // mail leaving the organisation; SEND and SENDEXTERNAL both mean "handed on".
    static QStringList sendEventIds();
    // 2.3: DEFER = transient failure, FAIL = permanent, DSN = the NDR was generated,
    // DELIVER = delivered to a mailbox (the NDR to the NDR mailbox).
    static bool isSendEvent(const QString &eventId);

    // 1.4 (H; S21/S22 M for the spelling): delivery types of a queue that carries mail to the
    // archive (directly, or to the connector's source servers / another site / Edge).
    static QStringList archiveDeliveryTypes();
    // 1.4: the persistent queues, by DeliveryType (Unreachable) and NextHopDomain (Submission).
    static bool isUnreachableQueue(const QString &identity, const QString &deliveryType);
    static bool isSubmissionQueue(const QString &identity, const QString &nextHopDomain);

    // 1.5 (L-M): LastError is often wrapped as [{LRT=..};{LED=<text>};{FQDN=..};{IP=..}];
    // the SMTP reply is the first "NNN N.N.N" inside LED= (or the whole text).
    // Winsock 10061 = connection refused, 10060 = timed out (L, field knowledge).
    static QString refusedMarker() { return QStringLiteral("10061"); }
    static QString timedOutMarker() { return QStringLiteral("10060"); }
    // 1.7 (H): Exchange's text for an unroutable recipient.
    static QStringList noRouteMarkers();

    // 1.10 / 2.6 (M): the role that grants Get-MessageTrackingLog is "Message Tracking";
    // Get-Queue / Get-Message / Get-TransportService are in "View-Only Configuration";
    // Test-Mailflow's role is not confirmed (S17 names the Server Management group).
    static QString roleFor(const QString &cmdlet);

    // 2.4 (M): Timestamp is server-local time; the check passes -Start as a DateTime (L-M)
    // with an explicit UTC offset so no culture or time zone guess is involved.
    // 2.5 (L): tracking entries appear seconds to a minute after the event; a journal report's
    // SEND within minutes. How far back the check looks without --since (the log keeps 30
    // days by default, but a day covers "since the setup" and "today's mail").
    static int defaultLookBackHours() { return 24; }
    // Poll interval while waiting: HEALTH.md 2.5 suggests 15 s; shorter waits poll faster
    // so that a wait of a few seconds still polls more than once.
    static int pollIntervalMs(qint64 waitMs);
    // 1.3 / Step 2 (H for the table): journal reports held in Submission this long mean a
    // categorizer / agent backlog.
    static int submissionBacklogMinutes() { return 5; }

    // 2.4 (M): the journal report's envelope sender (ReturnPath / FromAddress) is the
    // JournalingReportNdrTo address, so its NDR reaches that mailbox.
};

} // namespace exchange
