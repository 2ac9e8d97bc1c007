#pragma once

#include "CommandRunner.h"
#include "Error.h"
#include "JournalingSettings.h"
#include "Organisation.h"
#include "Plan.h"

#include <QMetaType>

#include <QObject>
#include <QString>

namespace exchange {

enum class StepState { Waiting, Applying, Verifying, Verified, Failed, Skipped, NoChange };
QString stepStateName(StepState state); // "Waiting", "Applying", ...

struct StepOutcome
{
    StepKind kind = StepKind::NdrMailbox;
    StepState state = StepState::Waiting;
    QString message;  // what was done / why it failed, for the user
    QString detail;   // technical (FullyQualifiedErrorId, ...)
    QString identity; // the object acted on
    qint64 elapsedMs = 0;
    bool refused = false; // undo: not undone because the live object is not the run's (Failed)
};

struct ApplyResult
{
    bool success = false; // every step verified or had nothing to change
    bool cancelled = false;
    // Undo only: refused as a whole (another organisation, or an object changed since or
    // never this run's); nothing was changed. A conflict for the user to decide.
    bool refused = false;
    QList<StepOutcome> steps;
    QString journalPath; // the change journal written by this run (empty if nothing changed)
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
    // Discovery also lists up to Discovery::mailboxListSize user and shared mailboxes
    // (Organisation::mailboxes, for the wizard's type-ahead). Off by default: it costs bytes.
    void setListMailboxes(bool enabled);

    // Reads the whole current configuration in one pipeline -> discovered() | failed().
    void discover(const JournalingSettings &settings);
    const Organisation &organisation() const;

    // Pure: validation + per-step plan from the last discovery.
    Plan plan(const JournalingSettings &settings) const;

    // Applies every Create/Update step with read-back -> stepChanged()..., finished(). The
    // changes and their read-backs are the statements of one pipeline (-ErrorAction Stop: the
    // first failure ends it); every journal entry is written before it is sent, and each step
    // is reported as soon as its read-back arrives.
    void apply(const JournalingSettings &settings, const Plan &plan);
    // Why a run is stopped; only the wording of the steps it leaves out differs.
    enum class StopReason {
        Cancelled, // the user's cancel (the wizard's Cancel, the CLI's Ctrl-C)
        Deadline   // the server took too long (the CLI's --timeout)
    };
    // Discovery: stops reading. Apply: stops the pipeline (PSRP stop signal); the change the
    // server is running completes as Exchange lets it and is read back before it is
    // reported; later steps are not run (Skipped, journaled not-run).
    void cancel(StopReason reason = StopReason::Cancelled);
    bool isBusy() const;

    // Rolls back a change journal (newest entry first): restores the previous NDR address,
    // disables a rule it enabled, restores remote domain settings, removes what it created;
    // each verified by a read-back -> stepChanged()..., finished() (journalPath = that journal).
    // Reads the live state first and changes nothing (ApplyResult::refused) when the journal
    // was made for another organisation or any object is not as the run left it.
    void undo(const QString &journalPath);

    // The log of this engine's runs (AppDataLocation/logs/<timestamp>.log); empty before the
    // first operation. setLogPath() before the first operation chooses the file instead.
    QString logPath() const;
    void setLogPath(const QString &path);
    // Wall time of the last discovery's first pipeline (diagnose's round trip), ms.
    qint64 lastRoundTripMs() const;
    // The first cmdlet of the pipeline waiting for the server, and for how long (ms) it has
    // waited; empty when none is (for "still waiting for …" and request deadlines).
    QString commandInFlight(qint64 *waitingMs = nullptr) const;
    // The change journal of the apply or undo in progress; empty before its first change and
    // when idle (finished() carries it then).
    QString journalPath() const;

Q_SIGNALS:
    void discovered(const exchange::Organisation &organisation);
    void failed(const remoting::Error &error);
    void stepChanged(int index, const exchange::StepOutcome &outcome);
    void logLine(const QString &line);
    void finished(const exchange::ApplyResult &result);

private:
    // False (and failed() emitted) while busy or without a runner.
    bool canStart();

    class Private;
    Private *d;
};

} // namespace exchange

Q_DECLARE_METATYPE(exchange::Organisation)
Q_DECLARE_METATYPE(exchange::StepOutcome)
Q_DECLARE_METATYPE(exchange::ApplyResult)
