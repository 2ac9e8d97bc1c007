#pragma once

#include "ErrorAdvice.h"
#include "HealthCheck.h"
#include "HealthReport.h"
#include "JournalingSettings.h"

#include <QObject>
#include <QPointer>

namespace remoting {
class CommandSession;
}

namespace wizard {

// The state of the journaling health check for the Finish page, without any widget: the three
// live lines (configuration, queues, delivery), the verdict and the report. Started after
// Apply, or on its own for an already configured organisation; the user may finish without
// waiting (cancel() stops cleanly). Tests drive it directly.
class HealthCheckController : public QObject
{
    Q_OBJECT
public:
    enum class LineState { Pending, Running, Ok, Warning, Failed };
    Q_ENUM(LineState)

    explicit HealthCheckController(QObject *parent = nullptr);
    ~HealthCheckController() override;

    // How long to wait for the first journal report to leave (default 10 minutes: HEALTH.md
    // allows 5 for creation and 15 for the send; internal mail is usually much sooner).
    void setWaitMs(qint64 waitMs) { m_waitMs = waitMs; }
    qint64 waitMs() const { return m_waitMs; }
    void setPollIntervalMs(int ms) { m_pollIntervalMs = ms; }

    // The wizard was started to check an existing configuration, not to change it.
    void setCheckOnly(bool checkOnly) { m_checkOnly = checkOnly; }
    bool isCheckOnly() const { return m_checkOnly; }

    // Runs the check on the session (read-only) -> changed()..., finished(). A failure is
    // explained with exchange::ErrorAdvice for `connection` (the settings it was opened with).
    void start(remoting::CommandSession *session, const exchange::JournalingSettings &settings,
               const exchange::ErrorAdvice::Context &connection = {});
    // Stops waiting; the report keeps what was found so far.
    void cancel();
    bool isRunning() const;
    bool hasStarted() const { return m_started; }
    const exchange::HealthReport &report() const { return m_report; }
    QString errorText() const { return m_errorText; }

    LineState configurationState() const;
    QString configurationText() const;
    LineState queuesState() const;
    QString queuesText() const;
    LineState deliveryState() const;
    QString deliveryText() const;
    // The verdict in one sentence once finished; empty while running.
    QString verdictText() const;

Q_SIGNALS:
    void changed();
    void finished(const exchange::HealthReport &report);

private:
    void onProgress(const exchange::HealthReport &report);
    void onFinished(const exchange::HealthReport &report);
    void onFailed(const remoting::Error &error);

    exchange::HealthCheck *m_check;
    QPointer<remoting::CommandSession> m_session;
    exchange::HealthReport m_report;
    QString m_errorText;
    exchange::ErrorAdvice::Context m_connection;
    qint64 m_waitMs = 10 * 60 * 1000;
    int m_pollIntervalMs = 0;
    bool m_checkOnly = false;
    bool m_started = false;
};

} // namespace wizard
