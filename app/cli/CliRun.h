#pragma once

#include "CliOptions.h"
#include "HealthCheck.h"
#include "JournalingEngine.h"
#include "RemoteSession.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QObject>
#include <QTextStream>
#include <QTimer>

#include <functional>

namespace cli {

// One subcommand run, driven by the event loop: open the session, run the engine, report,
// close the session (WS-Man Delete), then QCoreApplication::exit(exitCode).
// While the server has not answered for a while it says so on stderr every few seconds;
// after --timeout seconds the request is given up. During apply's changes the change
// pipeline is then stopped as interrupt(1) stops it (the step in flight read back, later
// steps not run, the shell deleted; exit 1), within CliOptions::stopSeconds(); a server that
// does not confirm the stop by then, or a deadline in any other phase, ends the run at once
// (a change in flight reported unconfirmed, with the undo command). interrupt(1) stops after
// the step in flight has been read back (exit 130); interrupt(2) stops at once.
class CliRun : public QObject
{
    Q_OBJECT
public:
    static constexpr int kWaitNoticeMs = 4000; // "still waiting for …" every 4 s

    CliRun(CliOptions options, QString password, QObject *parent = nullptr);
    ~CliRun() override;

    void start();
    void interrupt(int count); // count: interruptions so far (InterruptHandler)
    int exitCode() const { return m_exitCode; }

Q_SIGNALS:
    void done(int exitCode);

private:
    // What the run is waiting for, for notices, deadlines and interruption.
    enum class Phase {
        Starting,
        Connecting,
        Discovering,
        Confirming,
        Changing,
        Stopping, // apply after --timeout: the change pipeline is being stopped and read back
        Checking, // check: read-only, may wait on purpose (--wait)
        Closing
    };

    void onOpened();
    void onSessionFailed(const remoting::Error &error);
    void onDiscovered(const exchange::Organisation &org);
    void onEngineFailed(const remoting::Error &error);
    void onStepChanged(int index, const exchange::StepOutcome &outcome);
    void onFinished(const exchange::ApplyResult &result);
    void startCheck();
    void onCheckProgress(const exchange::HealthReport &report);
    void onCheckFinished(const exchange::HealthReport &report);
    void checkWaiting();
    void giveUpWaiting(const QString &what);
    void stopAfterDeadline(); // apply's changes passed --timeout: stop them (Phase::Stopping)
    void reportTimedOutResult(const exchange::ApplyResult &result);
    void abortNow();
    void reportError(const remoting::Error &error);
    void finish(int exitCode);
    void reallyExit();
    // Without --yes, asks before undoing; false when the run ends here (no, or interrupted).
    bool confirmUndo();
    // Asks `question` on stderr and reads the answer: true for yes; otherwise says `interrupted`
    // (exit 130) or `declined` (exit 1) and finishes.
    bool confirm(const QString &question, const QString &interrupted, const QString &declined);
    void enter(Phase phase);
    void say(const QString &text);      // human output: stdout, or stderr with --json
    void complain(const QString &text); // stderr
    QString host() const;
    QString undoCommand(const QString &journalPath) const;
    QString rollBackAdvice(const QString &journalPath) const; // "To roll back …: <undo>"
    int exitForPlan(const exchange::Plan &plan) const;        // 2/1/3/0 before any change

    CliOptions m_options;
    QString m_password;
    remoting::RemoteSession *m_session = nullptr;
    exchange::JournalingEngine *m_engine = nullptr;
    exchange::HealthCheck *m_check = nullptr;
    bool m_printedConfiguration = false;
    bool m_printedQueues = false;
    bool m_printedWaiting = false;
    std::function<QString()> m_readLine;
    QElapsedTimer m_elapsed;
    QJsonObject m_json;
    Phase m_phase = Phase::Starting;
    QElapsedTimer m_phaseTimer;
    QTimer m_waitTimer;
    QString m_waitingFor;
    qint64 m_waitedMs = 0;
    int m_noticesGiven = 0;
    QString m_stepInFlight; // "[rule] Journaling to SecureStore Archive"
    QString m_lastJournal;  // from finished()
    bool m_sessionStarted = false;
    bool m_opened = false;
    bool m_interrupted = false;
    bool m_timedOut = false;   // apply's changes passed --timeout and were stopped
    QString m_deadlineMessage; // "<host> did not answer <cmdlet> within …" (then)
    bool m_finishing = false;
    bool m_exited = false;
    int m_exitCode = 1;
};

} // namespace cli
