#pragma once

#include "HealthReport.h"
#include "PsValue.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace exchange {

// One Get-MessageTrackingLog event (HEALTH.md 2.2).
struct TrackingEvent
{
    QString timestamp; // as the server wrote it
    QDateTime time;    // parsed (invalid when the text is not ISO 8601)
    QString eventId;
    QString source;
    QString sourceContext;
    QString messageId;
    QString internalMessageId;
    QStringList recipients; // lower-case SMTP
    QStringList recipientStatus;
    QStringList references;
    QString subject;
    QString sender;
    QString returnPath;
    QString serverHostname;
    QString serverIp;
    QString connectorId;

    // The RecipientStatus that belongs to address (same index), else the first one.
    QString statusFor(const QString &address) const;
};

// Follows journal reports to the journaling address through message tracking: created
// (RECEIVE/AGENT), then SEND/SENDEXTERNAL with 2xx to the archive, DEFER, or FAIL (+ DSN and
// the NDR delivered to the NDR mailbox). A SEND to another Exchange server is a hop, not the
// hand-off. Pure: no I/O.
class TrackingTrace
{
public:
    static QList<TrackingEvent> events(const QList<remoting::PsValue> &output);
    // exchangeServers: names (or FQDNs) of the organisation's transport servers.
    static QList<JournalReportTrace> follow(const QList<TrackingEvent> &events,
                                            const QString &journalAddress,
                                            const QString &ndrAddress,
                                            const QStringList &exchangeServers);
};

} // namespace exchange
