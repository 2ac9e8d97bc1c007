#pragma once

#include "JournalingSettings.h"
#include "Organisation.h"
#include "Plan.h"
#include "RemoteSession.h"

#include <QObject>
#include <QString>

namespace exchange {

enum class StepState { Waiting, Applying, Verifying, Verified, Failed, Skipped, NoChange };

struct StepOutcome
{
    StepKind kind = StepKind::NdrMailbox;
    StepState state = StepState::Waiting;
    QString message; // what was done / why it failed, for the user
    QString detail;  // technical (FullyQualifiedErrorId, ...)
};

struct ApplyResult
{
    bool success = false;   // every step verified or had nothing to change
    bool cancelled = false;
    QList<StepOutcome> steps;
    QString journalPath;    // the change journal written by this run (empty if nothing changed)
    QString logPath;
};

// The engine, driven by the wizard and the CLI alike: discover -> plan -> apply -> verify,
// on a CommandRunner (a RemoteSession in production). Asynchronous; one operation at a time.
class JournalingEngine : public QObject
{
    Q_OBJECT
public:
    explicit JournalingEngine(QObject *parent = nullptr);
    ~JournalingEngine() override;

    void setRunner(remoting::CommandRunner *runner, const QString &serverLabel);

    // Reads the whole current configuration in one pipeline -> discovered() | failed().
    void discover(const JournalingSettings &settings);
    const Organisation &organisation() const;

    // Pure: validation + per-step plan from the last discovery.
    Plan plan(const JournalingSettings &settings) const;

    // Applies every Create/Update step with read-back -> stepChanged()..., finished().
    void apply(const JournalingSettings &settings, const Plan &plan);
    // Stops between steps (never half-way through a change).
    void cancel();
    bool isBusy() const;

Q_SIGNALS:
    void discovered(const exchange::Organisation &organisation);
    void failed(const remoting::Error &error);
    void stepChanged(int index, const exchange::StepOutcome &outcome);
    void logLine(const QString &line);
    void finished(const exchange::ApplyResult &result);

private:
    class Private;
    Private *d;
};

} // namespace exchange
