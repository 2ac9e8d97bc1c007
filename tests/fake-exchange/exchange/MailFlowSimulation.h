#pragma once

#include "OrganisationModel.h"

#include <QDateTime>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QUuid>

namespace fake {

// One message-tracking-log entry (Get-MessageTrackingLog's MessageTrackingEvent).
struct TrackingEvent
{
    QDateTime timestamp;
    QString server; // the server whose log holds it
    QString clientIp;
    QString clientHostname;
    QString serverIp;
    QString serverHostname;
    QString sourceContext;
    QString connectorId;
    QString source;
    QString eventId;
    qint64 internalMessageId = 0;
    QString messageId;
    QString networkMessageId;
    QStringList recipients;
    QStringList recipientStatus;
    QStringList reference;
    int totalBytes = 0;
    QString relatedRecipientAddress;
    QString messageSubject;
    QString sender;
    QString returnPath;
    QString directionality = QStringLiteral("Originating");
    QList<QPair<QString, QString>> eventData;
};

// A message in a queue (Get-Message).
struct QueuedMessage
{
    qint64 number = 0; // the message's integer in S\Q\N (its InternalMessageId on S)
    QString subject;
    QString fromAddress;
    QString originalFromAddress;
    QString internetMessageId;
    QString status; // Active, Ready, Retry
    QString lastError;
    int retryCount = 0;
    QDateTime dateReceived;
    QDateTime expirationTime;
    qint64 size = 0;
    QString recipient; // the journal address
    QString recipientStatus;
    QString finalDestination;
    QString messageSourceName = QStringLiteral("Journaling");
};

// A queue on one server at the simulated time (Get-Queue).
struct QueueState
{
    QString server;
    QString name; // "Submission", "Unreachable" or the delivery queue's integer
    QString deliveryType;
    QString nextHopDomain;
    QString nextHopCategory;
    QUuid nextHopConnector;
    QString status;
    QString lastError;
    int retryCount = 0;
    QDateTime firstRetryTime; // invalid = $null
    QDateTime lastRetryTime;
    QDateTime nextRetryTime;
    QList<QueuedMessage> messages;

    QString identity() const { return server + QLatin1Char('\\') + name; }
};

// The organisation's mail flow at one simulated instant, derived from the configuration and
// the "mailFlow" settings only (../MAILFLOW.md): generated and seeded internal messages, the
// journal reports enabled rules create, their routing, the archive's answers, retries,
// expiry and NDRs. Building it changes nothing; the same inputs give the same result.
class MailFlowSimulation
{
public:
    MailFlowSimulation(const OrganisationModel &org, const QDateTime &now,
                       const QDateTime &clockStart);

    QDateTime now() const { return m_now; }
    // Servers running the Transport service (Get-TransportService), in fixture order.
    QStringList transportServers() const { return m_servers; }
    // Tracking entries visible now on `server` (all when empty), oldest first.
    QList<TrackingEvent> events(const QString &server = {}) const;
    // Queues of `server` now: Submission, Unreachable, then delivery queues by integer.
    QList<QueueState> queues(const QString &server) const;

    // The Microsoft Exchange recipient (journal reports' and NDRs' Sender).
    static QString exchangeRecipient(const OrganisationModel &org);
    static QString defaultDomain(const OrganisationModel &org);
    static bool isInternalAddress(const OrganisationModel &org, const QString &address);
    // SystemMailbox{<guid>}@<default domain> of a server's (single, emulated) database.
    static QString systemMailbox(const OrganisationModel &org, const QString &server);
    static QStringList transportServerNames(const OrganisationModel &org);

private:
    struct Original;
    struct Route;
    struct Report;

    void build(const QDateTime &clockStart);
    QList<Original> originals(const QDateTime &since) const;
    Route route(const QString &address) const;
    void addOriginalEvents(const Original &o, const QList<Report> &reports);
    void addReportOutcomes(QList<Report> &reports);
    // The connector source server a report must be relayed to first (empty: none).
    QString relayTarget(const Report &r) const;
    void relay(Report &r, const QString &target);
    void addNdr(const Report &r, const QDateTime &failedAt);
    TrackingEvent reportEvent(const Report &r, const QDateTime &at, const QString &eventId,
                              const QString &source) const;
    QString fqdn(const QString &server) const;
    QString serverIp(const QString &server) const;
    qint64 expirationSeconds(const QString &server) const;
    QString sendEventId(const QString &server) const;

    const OrganisationModel &m_org;
    QDateTime m_now;
    QStringList m_servers;
    QList<TrackingEvent> m_events;
    QList<QueueState> m_queues;
};

} // namespace fake
