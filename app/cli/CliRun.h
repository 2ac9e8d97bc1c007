#pragma once

#include "CliOptions.h"
#include "HealthCheck.h"
#include "JournalingEngine.h"
#include "RemoteSession.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QObject>
#include <QTextStream>

#include <functional>

namespace cli {

// One subcommand run, driven by the event loop: open the session, run the engine, report,
// close the session (WS-Man Delete), then QCoreApplication::exit(exitCode).
class CliRun : public QObject
{
    Q_OBJECT
public:
    CliRun(CliOptions options, QString password, QObject *parent = nullptr);
    ~CliRun() override;

    void start();
    int exitCode() const { return m_exitCode; }

Q_SIGNALS:
    void done(int exitCode);

private:
    void onOpened();
    void onSessionFailed(const remoting::Error &error);
    void onDiscovered(const exchange::Organisation &org);
    void onEngineFailed(const remoting::Error &error);
    void onStepChanged(int index, const exchange::StepOutcome &outcome);
    void onFinished(const exchange::ApplyResult &result);
    void startCheck();
    void onCheckProgress(const exchange::HealthReport &report);
    void onCheckFinished(const exchange::HealthReport &report);
    void finish(int exitCode);
    void reallyExit();
    void say(const QString &text);      // human output: stdout, or stderr with --json
    void complain(const QString &text); // stderr
    int exitForPlan(const exchange::Plan &plan) const; // 2/1/3/0 before any change

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
    bool m_opened = false;
    bool m_finishing = false;
    bool m_exited = false;
    int m_exitCode = 1;
};

} // namespace cli
