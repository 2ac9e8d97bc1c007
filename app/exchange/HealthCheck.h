#pragma once

#include "CommandRunner.h"
#include "Error.h"
#include "HealthReport.h"
#include "Invocation.h"
#include "JournalingSettings.h"

#include <QDateTime>
#include <QObject>

namespace exchange {

struct HealthCheckOptions
{
    QDateTime since;        // start of the tracking search; invalid = the default look-back
    qint64 waitMs = 0;      // how long to wait for a journal report to leave; 0 = look once
    int pollIntervalMs = 0; // 0 = HealthAssumptions::pollIntervalMs(waitMs)
};

// The journaling health check (issue 9, HEALTH.md 5). Read-only: it never changes anything.
// One pipeline re-reads the configuration and which cmdlets are granted; one pipeline per
// look scans the queues of every transport server and follows journal reports to the
// journaling address in message tracking. While nothing is proven and nothing is wrong it
// looks again on a timer until the wait ends. Asynchronous; cancel() stops it cleanly.
class HealthCheck : public QObject
{
    Q_OBJECT
public:
    explicit HealthCheck(QObject *parent = nullptr);
    ~HealthCheck() override;

    void setRunner(remoting::CommandRunner *runner);
    // -> progress()..., finished(report) | failed(error)
    void start(const JournalingSettings &settings, const HealthCheckOptions &options = {});
    // Stops waiting (and the pipeline in flight): finished() with what was found so far.
    void cancel();
    bool isBusy() const;
    const HealthReport &report() const;

    // The configuration pipeline: journal rules, transport config, transport services, send
    // connectors, remote domains, and Get-Command for every cmdlet the check may use.
    static QList<remoting::Command> configurationStatements();
    // The scan pipeline for these servers (Get-Queue, Get-Message and Get-MessageTrackingLog
    // only where granted; tracking only on servers with tracking enabled).
    struct ScanPlan
    {
        QStringList servers;
        QStringList trackingServers;
        bool messagesGranted = true;
        bool trackingGranted = true;
        QString journalAddress;
        QString ndrAddress;
        QDateTime since;
    };
    static QList<remoting::Command> scanStatements(const ScanPlan &plan);
    // Pure evaluation of one configuration result and one scan result (scan may be null
    // before the first scan).
    static HealthReport evaluate(const JournalingSettings &settings,
                                 const remoting::InvocationResult &configuration,
                                 const remoting::InvocationResult *scan, const QDateTime &since,
                                 const QDateTime &nowUtc);
    static ScanPlan scanPlan(const JournalingSettings &settings,
                             const remoting::InvocationResult &configuration,
                             const QDateTime &since);

Q_SIGNALS:
    void progress(const exchange::HealthReport &report);
    void finished(const exchange::HealthReport &report);
    void failed(const remoting::Error &error);
    void logLine(const QString &line);

private:
    class Private;
    Private *d;
};

} // namespace exchange
