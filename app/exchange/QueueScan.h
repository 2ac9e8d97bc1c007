#pragma once

#include "HealthReport.h"
#include "PsValue.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace exchange {

// A transport queue as Get-Queue shows it (HEALTH.md 1.3).
struct QueueInfo
{
    QString server; // the part of the identity before '\'
    QString identity;
    QString deliveryType;
    QString nextHopDomain;
    QString nextHopConnector;
    QString status; // Active, Ready, Retry, Suspended, Connecting, ...
    qint64 messageCount = 0;
    QString lastError;
    qint64 retryCount = 0;
    QString firstRetryTime;
    QString nextRetryTime;
};

// A message in a queue as Get-Message shows it (HEALTH.md 1.7).
struct QueuedMessage
{
    QString identity;
    QString queue;
    QString subject;
    QString fromAddress;
    QString internetMessageId;
    QString status;
    QString lastError;
    QString dateReceived;
    QStringList recipients; // with -IncludeRecipientInfo; lower-case addresses
};

// Reads the queues and queued messages of a scan and classifies the archive's queues:
// nothing pending, draining, Retry (with the parsed LastError), Suspended, journal reports in
// Unreachable or waiting in Submission. Pure: no I/O.
class QueueScan
{
    Q_DECLARE_TR_FUNCTIONS(exchange::QueueScan)

public:
    struct Targets
    {
        QString journalAddress;
        QStringList nextHops; // archive domain, smart hosts, connector names (any case)
        QStringList connectorGuids;
    };

    static QList<QueueInfo> queues(const QList<remoting::PsValue> &output);
    static QList<QueuedMessage> messages(const QList<remoting::PsValue> &output);
    static bool isArchiveQueue(const QueueInfo &queue, const Targets &targets);
    static bool isJournalReport(const QueuedMessage &message, const QString &journalAddress);

    // The Queues findings (at least one: "nothing pending" when all is clear).
    static QList<HealthFinding> classify(const QList<QueueInfo> &queues,
                                         const QList<QueuedMessage> &messages,
                                         const Targets &targets, const QStringList &servers,
                                         const QDateTime &nowUtc);
    // Plain-words advice for a failed delivery attempt (queue LastError or RecipientStatus).
    static QString adviceFor(const QString &lastError, const QString &journalAddress);
};

} // namespace exchange
