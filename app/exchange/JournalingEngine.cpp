#include "JournalingEngine.h"

#include "ChangeJournal.h"
#include "Discovery.h"
#include "JournalLock.h"
#include "Planner.h"
#include "ReadBack.h"
#include "RunLog.h"
#include "ScriptRenderer.h"
#include "StepTable.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHostAddress>
#include <QHostInfo>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QPointer>
#include <QThreadPool>
#include <QTimer>
#include <QUuid>

#include <algorithm>
#include <memory>

Q_LOGGING_CATEGORY(lcEngine, "securestore.engine")

namespace exchange {

using remoting::Command;
using remoting::Error;
using remoting::ErrorRecord;
using remoting::InvocationResult;
using remoting::PipelineJob;

namespace {

QString errorDetail(const ErrorRecord &e)
{
    return e.fullyQualifiedErrorId.isEmpty() ? e.failureCategory() : e.fullyQualifiedErrorId;
}

// One change (or undo) to send: the command, its read-backs, what the read-back must show.
struct Operation
{
    StepKind kind = StepKind::NdrMailbox;
    QString identity;
    QList<Command> changes; // one pipeline each (with the read-back appended)
    QList<Command> readBack;
    QString readBackType;
    QList<ExpectedValue> expected;
    bool expectAbsent = false;
    bool confirmingAbsence = false; // undo: the removal found nothing; only the read-back runs
    int journalIndex = -1;          // apply: entry written before; undo: entry being undone
    bool writeEntry = false;        // apply: append `entry` to the journal before the first change
    JournalEntry entry;
    QString doneMessage;
};

} // namespace

QString stepStateName(StepState state)
{
    switch (state) {
    case StepState::Waiting:
        return QStringLiteral("Waiting");
    case StepState::Applying:
        return QStringLiteral("Applying");
    case StepState::Verifying:
        return QStringLiteral("Verifying");
    case StepState::Verified:
        return QStringLiteral("Verified");
    case StepState::Failed:
        return QStringLiteral("Failed");
    case StepState::Skipped:
        return QStringLiteral("Skipped");
    case StepState::NoChange:
        return QStringLiteral("NoChange");
    }
    return {};
}

class JournalingEngine::Private
{
public:
    enum class Mode { Idle, Discover, Apply, Undo };

    JournalingEngine *q = nullptr;
    remoting::CommandRunner *runner = nullptr;
    QString serverLabel;
    Mode mode = Mode::Idle;
    QPointer<PipelineJob> job;
    QString jobCommand; // the first cmdlet of `job`
    bool cancelRequested = false;
    StopReason stopReason = StopReason::Cancelled; // why cancelRequested
    bool listMailboxes = false;

    // discovery
    JournalingSettings settings;
    Organisation organisation;
    QList<InvocationResult> discoveryResults;
    int discoveryPhase = 0;
    qint64 roundTripMs = 0;

    // apply / undo
    QList<Operation> operations;
    QList<int> outcomeIndex; // operations[i] -> result.steps index
    int current = 0;
    int currentChange = 0;
    ChangeJournal journal;
    bool journalCreated = false;
    std::unique_ptr<JournalLock> journalLock; // held while this run changes or undoes
    OrganisationIdentity bindTo;              // apply: the organisation the plan was made for
    ApplyResult result;
    QElapsedTimer stepTimer;

    // ---- apply: every change of the plan, each followed by its read-back, as statements
    // of ONE pipeline (see the comment above startApplyPipeline) ----
    struct Statement
    {
        enum Kind { Change, ReadBack };
        int op = 0;     // operations index
        int change = 0; // operations[op].changes index this statement changes / reads back
        Kind kind = Change;
        Command command;
    };
    QList<Statement> statements; // the engine's statements, without the markers
    QString markerPrefix;        // this run's marker text (a random nonce)
    int statementsDone = 0;      // markers seen: statements[0..statementsDone) completed
    qsizetype outputsSeen = 0;   // of the pipeline's output, already attributed
    qsizetype errorsSeen = 0;    // of its error records, already attributed
    QList<QList<remoting::PsValue>> statementOutput;
    QList<QList<ErrorRecord>> statementErrors;
    QList<bool> decided;            // per operation: its outcome is final
    QList<qint64> opStartedMs;      // per operation: when its first statement started
    QElapsedTimer runTimer;         // since the pipeline was sent
    QElapsedTimer statementTimer;   // since the statement in flight started
    bool stopSent = false;          // the pipeline was asked to stop (cancel, failed step)
    bool stoppedForFailure = false; // ... because a step failed (not the user's cancel)
    int followUpOp = -1;            // the operation being read back after a stop
    // What one answer of the server brought is handled as one batch: the journal is written
    // once for it (not once per entry and field), and the outcomes decided meanwhile are
    // announced after that write, each naming the journal's problem when the write failed.
    bool holdingAnswer = false;
    QList<std::pair<int, StepOutcome>> heldOutcomes; // (result.steps index, outcome), in order

    RunLog log;
    QString requestedLogPath;

    void ensureLog()
    {
        if (!log.isOpen() && !log.open(requestedLogPath))
            qCWarning(lcEngine) << "cannot open the run log" << log.path();
    }
    void logLine(const QString &line)
    {
        ensureLog();
        log.write(line);
        qCDebug(lcEngine).noquote() << line;
        Q_EMIT q->logLine(line);
    }
    PipelineJob *send(const QList<Command> &statements)
    {
        QStringList rendered;
        for (const Command &c : statements)
            rendered << ScriptRenderer::command(c);
        logLine(QStringLiteral("send: ") + rendered.join(QStringLiteral(" ; ")));
        stepTimer.start();
        jobCommand = statements.isEmpty() ? QString() : statements.first().name;
        job = runner->invoke(statements);
        return job;
    }

    // ---- discovery ----
    void discoveryFinished(const InvocationResult &r);
    void finishDiscovery();
    void failDiscovery(const Error &e);

    // ---- apply / undo ----
    void startOperations();
    void lookUpSmartHost();
    // Records a step's status in the journal; returns a problem to show, or empty.
    QString markJournal(int index, JournalStatus status);
    static QString journalProblem(JournalStatus status, const Error &error)
    {
        return tr("The change journal could not record this step as %1: %2")
            .arg(ChangeJournal::statusName(status), error.message);
    }
    // Apply: what the read-back showed after this run's change, kept in the journal entry.
    void recordObserved(const Operation &op, const remoting::PsObject &object);
    void nextOperation();
    void sendCurrentChange();
    void changeFinished(const InvocationResult &r);
    // The outcome of operation `op`, or of the current one; emits stepChanged.
    void setOutcome(StepState state, const QString &message, const QString &detail = {});
    void setOutcomeOf(int op, StepState state, const QString &message, const QString &detail = {});
    void finishRun();

    // ---- apply in one pipeline ----
    void startApplyPipeline();
    QString markerFor(int statement) const;
    int opInFlight() const; // the operation of the statement in flight; -1: none
    void consume(const InvocationResult &soFar);
    void holdAnswer();
    void releaseAnswer(); // the journal write and the held outcomes; nothing when not holding
    void statementCompleted(int index);
    void decideFailed(int op, const QString &message, const QString &detail, JournalStatus status);
    void decideVerified(int op);
    void decideNotRun(int from, const QString &message);
    void requestStop(const QString &why);
    void applyPipelineFinished(const InvocationResult &r);
    void followUpFinished(const InvocationResult &r);
    void finishApply();

    // ---- undo ----
    struct UndoEntry
    {
        int journalIndex = -1;
        int outcome = -1; // result.steps index
    };
    struct UndoVerdict
    {
        enum Kind { Undo, NothingToDo, Refuse };
        UndoVerdict(Kind k = Refuse, const QString &why = {}, const QString &guid = {})
            : kind(k)
            , reason(why)
            , target(guid)
        {}
        Kind kind;
        QString reason; // for the user (NothingToDo, Refuse)
        QString target; // Undo: the Guid of the object matched, when known
    };
    QList<UndoEntry> undoEntries; // newest first
    void undoCheckFinished(const InvocationResult &r);
    UndoVerdict judgeUndo(const JournalEntry &entry, const remoting::PsObject *live) const;
    bool asFirstCommandLeftIt(const JournalEntry &entry, const remoting::PsObject &live) const;
    // Refuses the whole undo: nothing is changed. perEntry: (journal index, reason) of the
    // entries that cannot be undone; empty: `reason` applies to every entry.
    void refuseUndo(const QString &reason, const QList<std::pair<int, QString>> &perEntry = {});
};

JournalingEngine::JournalingEngine(QObject *parent)
    : QObject(parent)
    , d(new Private)
{
    d->q = this;
    qRegisterMetaType<exchange::Organisation>();
    qRegisterMetaType<exchange::StepOutcome>();
    qRegisterMetaType<exchange::ApplyResult>();
    qRegisterMetaType<remoting::Error>();
}

JournalingEngine::~JournalingEngine()
{
    if (d->job && !d->job->isFinished()) {
        d->job->disconnect(this);
        d->job->cancel();
    }
    delete d;
}

void JournalingEngine::setListMailboxes(bool enabled)
{
    d->listMailboxes = enabled;
}

void JournalingEngine::setRunner(remoting::CommandRunner *runner, const QString &serverLabel)
{
    d->runner = runner;
    d->serverLabel = serverLabel;
}

const Organisation &JournalingEngine::organisation() const
{
    return d->organisation;
}

bool JournalingEngine::isBusy() const
{
    return d->mode != Private::Mode::Idle;
}

QString JournalingEngine::logPath() const
{
    return d->log.isOpen() ? d->log.path() : QString();
}

void JournalingEngine::setLogPath(const QString &path)
{
    d->requestedLogPath = path;
}

qint64 JournalingEngine::lastRoundTripMs() const
{
    return d->roundTripMs;
}

QString JournalingEngine::commandInFlight(qint64 *waitingMs) const
{
    if (!d->job || d->job->isFinished())
        return {};
    if (d->mode == Private::Mode::Apply && d->followUpOp < 0
        && d->statementsDone < d->statements.size()) {
        // The apply pipeline: the statement the server is working on, since it started.
        if (waitingMs)
            *waitingMs = d->statementTimer.elapsed();
        return d->statements.at(d->statementsDone).command.name;
    }
    if (waitingMs)
        *waitingMs = d->stepTimer.elapsed();
    return d->jobCommand;
}

QString JournalingEngine::journalPath() const
{
    return d->mode == Private::Mode::Idle ? QString() : d->result.journalPath;
}

Plan JournalingEngine::plan(const JournalingSettings &settings) const
{
    return Planner::plan(settings, d->organisation);
}

void JournalingEngine::cancel(StopReason reason)
{
    if (!d->cancelRequested)
        d->stopReason = reason;
    d->cancelRequested = true;
    if (d->mode == Private::Mode::Discover && d->job)
        d->job->cancel(); // reads only: safe to stop mid-pipeline
    if (d->mode == Private::Mode::Apply)
        d->requestStop(QStringLiteral("cancelled"));
}

// ---------------------------------------------------------------- discovery

bool JournalingEngine::canStart()
{
    if (isBusy()) {
        Q_EMIT failed(Error::make(Error::Kind::Usage,
                                  tr("The engine is busy; wait for the current operation.")));
        return false;
    }
    if (!d->runner) {
        Q_EMIT failed(Error::make(Error::Kind::Usage, tr("Not connected to Exchange.")));
        return false;
    }
    return true;
}

void JournalingEngine::discover(const JournalingSettings &settings)
{
    if (!canStart())
        return;
    d->mode = Private::Mode::Discover;
    d->cancelRequested = false;
    d->stopReason = StopReason::Cancelled;
    d->settings = settings;
    d->discoveryResults.clear();
    d->discoveryPhase = 1;
    d->logLine(QStringLiteral("discover: server=%1 settings=%2")
                   .arg(d->serverLabel,
                        QString::fromUtf8(
                            QJsonDocument(settings.toJson()).toJson(QJsonDocument::Compact))));
    PipelineJob *job = d->send(Discovery::statements(settings, nullptr, d->listMailboxes));
    connect(job, &PipelineJob::finished, this, [this, job](const InvocationResult &r) {
        job->deleteLater();
        d->discoveryFinished(r);
    });
}

void JournalingEngine::Private::failDiscovery(const Error &e)
{
    logLine(QStringLiteral("discover failed: ") + e.toLogString());
    mode = Mode::Idle;
    Q_EMIT q->failed(e);
}

void JournalingEngine::Private::discoveryFinished(const InvocationResult &r)
{
    const qint64 ms = stepTimer.elapsed();
    if (discoveryPhase == 1)
        roundTripMs = ms;
    logLine(QStringLiteral("discover phase %1 (%2 ms): %3")
                .arg(discoveryPhase)
                .arg(ms)
                .arg(RunLog::describe(r)));
    if (r.transportError) {
        failDiscovery(*r.transportError);
        return;
    }
    if (cancelRequested || r.state == remoting::PipelineState::Stopped) {
        failDiscovery(Error::make(Error::Kind::Cancelled, tr("Cancelled.")));
        return;
    }
    if (discoveryPhase == 1 && Discovery::isCommandNotFound(r)) {
        // Some read is not granted: learn what is, then read what we may.
        discoveryPhase = 2;
        PipelineJob *j = send({Discovery::getCommand(settings)});
        QObject::connect(j, &PipelineJob::finished, q, [this, j](const InvocationResult &res) {
            j->deleteLater();
            discoveryFinished(res);
        });
        return;
    }
    if (!r.succeeded() && r.failure) {
        failDiscovery(Error::make(
            Error::Kind::Remote,
            tr("Exchange could not report its configuration: %1").arg(r.failure->message),
            errorDetail(*r.failure)));
        return;
    }
    discoveryResults << r;
    if (discoveryPhase == 2) {
        Organisation partial = Discovery::parse({r}, settings, serverLabel, listMailboxes);
        QStringList granted;
        for (const QString &c : Discovery::readCmdlets())
            if (partial.availableCmdlets.contains(c, Qt::CaseInsensitive))
                granted << c;
        if (!granted.isEmpty()) {
            discoveryPhase = 3;
            QList<Command> reads = Discovery::statements(settings, &granted, listMailboxes);
            reads.removeLast(); // Get-Command already answered
            if (!reads.isEmpty()) {
                PipelineJob *j = send(reads);
                QObject::connect(j, &PipelineJob::finished, q,
                                 [this, j](const InvocationResult &res) {
                                     j->deleteLater();
                                     discoveryFinished(res);
                                 });
                return;
            }
        }
    }
    finishDiscovery();
}

void JournalingEngine::Private::finishDiscovery()
{
    organisation = Discovery::parse(discoveryResults, settings, serverLabel, listMailboxes);
    logLine(
        QStringLiteral("discovered: server=%1 version=%2 rules=%3 remoteDomains=%4 connectors=%5 "
                       "transportServers=%6 ndr=%7 missingCmdlets=%8 missingRoles=%9")
            .arg(organisation.serverName, organisation.exchangeVersion)
            .arg(organisation.journalRules.size())
            .arg(organisation.remoteDomains.size())
            .arg(organisation.sendConnectors.size())
            .arg(organisation.transportServers.join(QLatin1Char(',')),
                 organisation.journalingReportNdrTo.isEmpty() ? QStringLiteral("<>")
                                                              : organisation.journalingReportNdrTo,
                 organisation.missingCmdlets.join(QLatin1Char(',')),
                 organisation.missingRoles.join(QLatin1Char(','))));
    for (const QString &e : organisation.discoveryErrors)
        logLine(QStringLiteral("discovery error: ") + e);
    lookUpSmartHost();
}

// EXCHANGE.md validation 8: the smart host must resolve. Looked up asynchronously (with a
// bound), from this computer; the plan warns when it does not resolve.
void JournalingEngine::Private::lookUpSmartHost()
{
    QString host = settings.smartHost.trimmed();
    if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']')))
        host = host.mid(1, host.size() - 2);
    if (!settings.connectorEnabled || host.isEmpty() || !QHostAddress(host).isNull()) {
        mode = Mode::Idle;
        Q_EMIT q->discovered(organisation);
        return;
    }
    auto *guard = new QTimer(q);
    guard->setSingleShot(true);
    auto finished = std::make_shared<bool>(false);
    auto done = [this, host, guard, finished](bool resolved, const QString &error) {
        if (*finished)
            return;
        *finished = true;
        guard->deleteLater();
        organisation.smartHostLookedUp = host;
        organisation.smartHostResolved = resolved;
        organisation.smartHostLookupError = error;
        logLine(QStringLiteral("smart host %1: %2")
                    .arg(host, resolved ? QStringLiteral("resolves") : error));
        mode = Mode::Idle;
        Q_EMIT q->discovered(organisation);
    };
    // On the application's thread pool, not QHostInfo::lookupHost's own: the application
    // joins its pool before it ends (QCoreApplication's destructor), so no lookup thread is
    // still being torn down while the process exits. A lookup that outlives the guard is
    // left to finish: the resolver's own timeouts bound it.
    QPointer<JournalingEngine> self(q);
    QThreadPool::globalInstance()->start([self, host, done] {
        const QHostInfo info = QHostInfo::fromName(host);
        const bool resolved = info.error() == QHostInfo::NoError && !info.addresses().isEmpty();
        const QString error = resolved ? QString() : info.errorString();
        QMetaObject::invokeMethod(
            qApp,
            [self, done, resolved, error] {
                if (self)
                    done(resolved, error);
            },
            Qt::QueuedConnection);
    });
    QObject::connect(guard, &QTimer::timeout, q,
                     [done] { done(false, tr("no answer from DNS within 5 seconds")); });
    guard->start(5000);
}

// ---------------------------------------------------------------- apply

void JournalingEngine::apply(const JournalingSettings &settings, const Plan &plan)
{
    if (!canStart())
        return;
    if (!plan.isValid() || !plan.missingRoles.isEmpty() || plan.hasConflicts()) {
        Q_EMIT failed(Error::make(
            Error::Kind::Usage,
            tr("The plan has invalid input, missing permissions or conflicts; nothing was "
               "changed.")));
        return;
    }
    d->settings = settings;
    d->mode = Private::Mode::Apply;
    d->cancelRequested = false;
    d->stopReason = StopReason::Cancelled;
    d->result = ApplyResult();
    d->operations.clear();
    d->outcomeIndex.clear();
    d->journal = ChangeJournal();
    d->journalCreated = false;
    d->bindTo = plan.organisation;
    d->logLine(QStringLiteral("apply: server=%1").arg(d->serverLabel));
    for (const PlannedStep &step : plan.steps) {
        StepOutcome outcome;
        outcome.kind = step.kind;
        outcome.identity = step.identity;
        if (step.action == StepAction::Create || step.action == StepAction::Update) {
            Operation op;
            op.kind = step.kind;
            op.identity = step.identity;
            op.changes = step.changes;
            op.readBack = step.readBack;
            op.readBackType = step.readBackType;
            op.expected = step.expected;
            op.doneMessage = step.intent;
            op.writeEntry = true;
            op.entry.server = d->serverLabel;
            op.entry.step = step.kind;
            op.entry.operation = step.operation;
            op.entry.expected = step.expected;
            op.entry.identity = step.identity;
            op.entry.previous = step.previous;
            op.entry.desired = step.desired;
            d->operations << op;
            d->outcomeIndex << d->result.steps.size();
            outcome.state = StepState::Waiting;
            outcome.message = step.intent;
        } else {
            outcome.state
                = step.action == StepAction::NoChange ? StepState::NoChange : StepState::Skipped;
            outcome.message = step.action == StepAction::NoChange ? step.found : step.intent;
        }
        d->result.steps << outcome;
    }
    for (int i = 0; i < d->result.steps.size(); ++i)
        if (d->result.steps.at(i).state != StepState::Waiting)
            Q_EMIT stepChanged(i, d->result.steps.at(i));
    d->startApplyPipeline();
}

void JournalingEngine::Private::startOperations()
{
    current = 0;
    nextOperation();
}

void JournalingEngine::Private::nextOperation()
{
    if (current >= operations.size()) {
        finishRun();
        return;
    }
    if (cancelRequested) {
        result.cancelled = true;
        for (int i = current; i < operations.size(); ++i) {
            StepOutcome &o = result.steps[outcomeIndex.at(i)];
            o.state = StepState::Skipped;
            o.message = tr("Cancelled before this step: nothing was changed here.");
            Q_EMIT q->stepChanged(outcomeIndex.at(i), o);
        }
        logLine(QStringLiteral("cancelled before step %1").arg(current));
        finishRun();
        return;
    }
    Operation &op = operations[current];
    if (op.writeEntry) {
        if (!journalCreated) {
            QString lockError;
            journalLock = JournalLock::createNew(serverLabel, &lockError);
            if (!journalLock) {
                setOutcome(StepState::Failed,
                           tr("Nothing was changed: the change journal could not be written. %1")
                               .arg(lockError));
                finishRun();
                return;
            }
            journal.setServer(serverLabel);
            journal.setOrganisation(bindTo);
            journal.setPath(journalLock->journalPath());
            journalCreated = true;
            result.journalPath = journal.path();
        }
        op.entry.time = QDateTime::currentDateTimeUtc();
        op.entry.status = JournalStatus::Pending;
        const remoting::Status written = journal.append(op.entry);
        if (!written) {
            setOutcome(StepState::Failed,
                       tr("Nothing was changed: the change journal could not be written. %1")
                           .arg(written.error().message));
            finishRun();
            return;
        }
        op.journalIndex = journal.entries().size() - 1;
        logLine(QStringLiteral("journal: %1 entry %2 (%3 %4 %5)")
                    .arg(journal.path())
                    .arg(op.journalIndex)
                    .arg(stepKindName(op.kind), ChangeJournal::operationName(op.entry.operation),
                         op.identity));
    }
    currentChange = 0;
    setOutcome(StepState::Applying, op.doneMessage);
    sendCurrentChange();
}

void JournalingEngine::Private::sendCurrentChange()
{
    const Operation &op = operations.at(current);
    QList<Command> statements{op.changes.at(currentChange)};
    statements += op.readBack;
    PipelineJob *j = send(statements);
    QObject::connect(j, &PipelineJob::finished, q, [this, j](const InvocationResult &r) {
        j->deleteLater();
        changeFinished(r);
    });
}

void JournalingEngine::Private::changeFinished(const InvocationResult &r)
{
    const qint64 ms = stepTimer.elapsed();
    Operation &op = operations[current];
    const Command &change = op.changes.at(currentChange);
    logLine(QStringLiteral("result (%1 ms) %2: %3").arg(ms).arg(change.name, RunLog::describe(r)));
    result.steps[outcomeIndex.at(current)].elapsedMs += ms;

    // Apply: Exchange refusing the change means it did not happen (Failed); anything else
    // leaves it unconfirmed, and undo will check the live object before touching it.
    auto fail = [&](const QString &message, const QString &detail,
                    JournalStatus status = JournalStatus::Unconfirmed) {
        logLine(QStringLiteral("step failed: %1 [%2]").arg(message, detail));
        if (mode == Mode::Apply && op.journalIndex >= 0)
            markJournal(op.journalIndex, status);
        setOutcome(StepState::Failed, message, detail);
        finishRun();
    };

    if (r.transportError) {
        fail(tr("The connection failed while changing %1, so the change is unconfirmed: %2 Run "
                "verify, or undo "
                "from the change journal.")
                 .arg(op.identity, r.transportError->message),
             r.transportError->toLogString());
        return;
    }
    if (r.failure && op.expectAbsent && ReadBack::isNotFound(*r.failure)) {
        // Undo of a create whose change never reached Exchange (e.g. the connection failed
        // before the command ran): the object is not there, which is the state undo wants.
        // Confirm it with the read-back alone instead of stopping the whole undo.
        if (!op.confirmingAbsence && !op.readBack.isEmpty()) {
            logLine(QStringLiteral("undo: %1 %2 does not exist; confirming with the read-back")
                        .arg(stepKindName(op.kind), op.identity));
            op.confirmingAbsence = true;
            op.changes[currentChange] = op.readBack.first();
            op.readBack.clear();
            op.doneMessage = tr("\"%1\" does not exist (the run's change never reached Exchange); "
                                "nothing to remove.")
                                 .arg(op.identity);
            sendCurrentChange();
            return;
        }
        // the read-back itself reports it not found: confirmed absent (checked below)
    } else if (r.failure) {
        const QString cmd
            = !r.failure->activity.isEmpty() ? r.failure->activity : r.failure->commandName;
        const bool fromReadBack
            = std::any_of(op.readBack.cbegin(), op.readBack.cend(), [&](const Command &c) {
                  return c.name.compare(cmd, Qt::CaseInsensitive) == 0;
              });
        fail(tr("Exchange refused the change: %1").arg(r.failure->message), errorDetail(*r.failure),
             fromReadBack ? JournalStatus::Unconfirmed : JournalStatus::Failed);
        return;
    }
    if (r.state == remoting::PipelineState::Stopped) {
        fail(tr("The change was stopped before it completed; it is unconfirmed. Run verify."),
             QStringLiteral("Stopped"));
        return;
    }
    for (const ErrorRecord &e : r.errors) {
        const QString cmd = !e.activity.isEmpty() ? e.activity : e.commandName;
        const bool fromReadBack
            = std::any_of(op.readBack.cbegin(), op.readBack.cend(), [&](const Command &c) {
                  return c.name.compare(cmd, Qt::CaseInsensitive) == 0;
              });
        if (op.expectAbsent && ReadBack::isNotFound(e))
            continue; // already gone / confirmed gone
        if (fromReadBack) {
            fail(tr("The change was sent but could not be read back: %1").arg(e.message),
                 errorDetail(e));
        } else {
            fail(tr("Exchange refused the change: %1").arg(e.message), errorDetail(e),
                 JournalStatus::Failed);
        }
        return;
    }
    // the transport configuration is a singleton: found by type alone
    const QString readBackName = StepTable::isSingleton(op.kind) ? QString() : op.identity;
    const remoting::PsObject *obj = ReadBack::find(r.output, op.readBackType, readBackName);
    if (op.expectAbsent) {
        if (obj) {
            fail(tr("\"%1\" still exists after removing it.").arg(op.identity), op.readBackType);
            return;
        }
    } else {
        if (!obj) {
            fail(tr("The change was sent but \"%1\" could not be read back, so it is not verified.")
                     .arg(op.identity),
                 op.readBackType);
            return;
        }
        if (mode == Mode::Apply)
            recordObserved(op, *obj);
        if (currentChange + 1 < op.changes.size()) {
            ++currentChange;
            sendCurrentChange();
            return;
        }
        const QStringList mismatches = ReadBack::compare(*obj, op.expected);
        if (!mismatches.isEmpty()) {
            fail(tr("Read back does not match: %1").arg(mismatches.join(QStringLiteral("; "))),
                 op.readBackType);
            return;
        }
    }
    QString journalProblem;
    if (op.journalIndex >= 0)
        journalProblem = markJournal(op.journalIndex, mode == Mode::Apply ? JournalStatus::Verified
                                                                          : JournalStatus::Undone);
    logLine(QStringLiteral("verified: %1 %2").arg(stepKindName(op.kind), op.identity));
    setOutcome(StepState::Verified, op.doneMessage, journalProblem);
    ++current;
    nextOperation();
}

QString JournalingEngine::Private::markJournal(int index, JournalStatus status)
{
    const remoting::Status written = journal.setStatus(index, status);
    if (written)
        return {};
    const QString problem = journalProblem(status, written.error());
    logLine(problem);
    return problem;
}

void JournalingEngine::Private::recordObserved(const Operation &op,
                                               const remoting::PsObject &object)
{
    if (op.journalIndex < 0)
        return;
    QJsonObject observed;
    for (const char *key : {"Guid", "Identity", "DistinguishedName"}) {
        const QString v = object.property(QLatin1String(key)).toString().trimmed();
        if (!v.isEmpty())
            observed[QLatin1String(key)] = v;
    }
    for (const ExpectedValue &e : op.expected)
        observed[e.property]
            = e.kind == ValueKind::HostList
                  ? ReadBack::listOf(object.property(e.property)).join(QLatin1Char(','))
                  : ReadBack::textOf(object.property(e.property));
    const remoting::Status written = journal.setObserved(op.journalIndex, observed);
    if (!written)
        logLine(QStringLiteral("journal: cannot record the read-back of entry %1: %2")
                    .arg(op.journalIndex)
                    .arg(written.error().message));
}

void JournalingEngine::Private::setOutcome(StepState state, const QString &message,
                                           const QString &detail)
{
    setOutcomeOf(current, state, message, detail);
}

void JournalingEngine::Private::finishRun()
{
    releaseAnswer(); // the steps' outcomes come before the run's end
    bool ok = !result.cancelled;
    for (const StepOutcome &o : std::as_const(result.steps))
        if (o.state != StepState::Verified && o.state != StepState::NoChange
            && o.state != StepState::Skipped)
            ok = false;
    result.success = ok;
    result.logPath = log.path();
    logLine(QStringLiteral("%1 finished: success=%2 cancelled=%3 journal=%4")
                .arg(mode == Mode::Undo ? QStringLiteral("undo") : QStringLiteral("apply"))
                .arg(ok)
                .arg(result.cancelled)
                .arg(result.journalPath));
    mode = Mode::Idle;
    journalLock.reset();
    Q_EMIT q->finished(result);
}

void JournalingEngine::Private::setOutcomeOf(int op, StepState state, const QString &message,
                                             const QString &detail)
{
    const int idx = outcomeIndex.at(op);
    StepOutcome &o = result.steps[idx];
    o.state = state;
    o.message = message;
    o.detail = detail;
    if (holdingAnswer)
        heldOutcomes.append({idx, o});
    else
        Q_EMIT q->stepChanged(idx, o);
}

void JournalingEngine::Private::holdAnswer()
{
    holdingAnswer = true;
    journal.holdWrites();
}

void JournalingEngine::Private::releaseAnswer()
{
    if (!holdingAnswer)
        return;
    holdingAnswer = false;
    const remoting::Status written = journal.writeHeld();
    if (!written)
        logLine(QStringLiteral("journal: cannot write %1: %2")
                    .arg(journal.path(), written.error().message));
    QList<std::pair<int, StepOutcome>> held;
    held.swap(heldOutcomes);
    for (auto &[idx, o] : held) {
        const bool recorded = o.state == StepState::Verified || o.state == StepState::Failed
                              || o.state == StepState::Skipped;
        if (!written && recorded) {
            const int op = int(outcomeIndex.indexOf(idx));
            const int entry = op >= 0 ? operations.at(op).journalIndex : -1;
            if (entry >= 0) {
                o.detail = journalProblem(journal.entries().at(entry).status, written.error());
                if (result.steps[idx].state == o.state)
                    result.steps[idx].detail = o.detail;
            }
        }
        Q_EMIT q->stepChanged(idx, o);
    }
}

// ---------------------------------------------------------------- apply in one pipeline
//
// Every change of the plan, each followed by its read-back, is a statement of ONE pipeline:
//   change1 -ErrorAction Stop; <marker 0>; read-back1 -ErrorAction Stop; <marker 1>; change2 …
// -ErrorAction Stop turns any error of a change or read-back into a terminating one, and a
// terminating error ends the whole pipeline (Failed): as before, no later step runs after a
// failed one. Every journal entry is written as pending before the pipeline is sent.
//
// Attribution: after every statement a marker statement (Select-Object -InputObject <text>,
// which Exchange's remote session always offers) writes a string naming this run and the
// statement. Output and error records arrive on one ordered stream, so everything between
// marker k-1 and marker k belongs to statement k, and a terminating error belongs to the
// statement after the last marker seen. This is more robust than attributing by object type
// or by the error's command name: a change may write objects of the read-back's type
// (New-JournalRule writes the rule), the same cmdlet appears twice (Get-RemoteDomain after
// New- and Set-RemoteDomain), and how many objects a cmdlet writes differs between Exchange
// versions; the markers do not depend on any of it.
//
// Each step is decided from its own read-back objects, exactly as with one pipeline per
// change, as soon as its last marker arrives (the job publishes every Receive that brought
// output, so progress streams while the server works). A stop (cancel, or a step found
// failed while later statements still run) sends the PSRP stop signal; once the pipeline has
// ended, the step whose statement was in flight is read back in a small read-only pipeline
// before it is reported, and the steps after it are known not to have run.

QString JournalingEngine::Private::markerFor(int statement) const
{
    return markerPrefix + QString::number(statement);
}

int JournalingEngine::Private::opInFlight() const
{
    return statementsDone < statements.size() ? statements.at(statementsDone).op : -1;
}

void JournalingEngine::Private::startApplyPipeline()
{
    statements.clear();
    statementsDone = 0;
    outputsSeen = 0;
    errorsSeen = 0;
    statementOutput.clear();
    statementErrors.clear();
    decided = QList<bool>(operations.size(), false);
    opStartedMs = QList<qint64>(operations.size(), -1);
    stopSent = false;
    stoppedForFailure = false;
    followUpOp = -1;
    markerPrefix = QStringLiteral("securestore-setup statement done %1 #")
                       .arg(QUuid::createUuid().toString(QUuid::WithoutBraces));
    if (operations.isEmpty()) {
        finishRun();
        return;
    }

    // The journal first: every entry pending before anything is sent, under its lock (an
    // undo of this journal refuses while the run goes on).
    QString lockError;
    journalLock = JournalLock::createNew(serverLabel, &lockError);
    if (!journalLock) {
        decided[0] = true;
        setOutcomeOf(
            0, StepState::Failed,
            tr("Nothing was changed: the change journal could not be written. %1").arg(lockError));
        decideNotRun(1, tr("Not attempted: nothing was changed."));
        finishRun();
        return;
    }
    journal.setServer(serverLabel);
    journal.setOrganisation(bindTo);
    journal.setPath(journalLock->journalPath());
    journalCreated = true;
    result.journalPath = journal.path();
    journal.holdWrites(); // every entry, then one write
    for (int i = 0; i < operations.size(); ++i) {
        Operation &op = operations[i];
        op.entry.time = QDateTime::currentDateTimeUtc();
        op.entry.status = JournalStatus::Pending;
        journal.append(op.entry); // in memory until writeHeld()
        op.journalIndex = int(journal.entries().size()) - 1;
    }
    if (const remoting::Status written = journal.writeHeld(); !written) {
        decided[0] = true;
        setOutcomeOf(0, StepState::Failed,
                     tr("Nothing was changed: the change journal could not be written. %1")
                         .arg(written.error().message));
        decideNotRun(1, tr("Not attempted: nothing was changed."));
        finishRun();
        return;
    }
    for (const Operation &op : std::as_const(operations))
        logLine(QStringLiteral("journal: %1 entry %2 (%3 %4 %5) pending")
                    .arg(journal.path())
                    .arg(op.journalIndex)
                    .arg(stepKindName(op.kind), ChangeJournal::operationName(op.entry.operation),
                         op.identity));

    QList<Command> commands;
    auto stop = [](Command c) { return c.add(QStringLiteral("ErrorAction"), "Stop"); };
    for (int i = 0; i < operations.size(); ++i) {
        const Operation &op = operations.at(i);
        for (int c = 0; c < op.changes.size(); ++c) {
            statements << Statement{i, c, Statement::Change, stop(op.changes.at(c))};
            for (const Command &read : op.readBack)
                statements << Statement{i, c, Statement::ReadBack, stop(read)};
        }
    }
    QStringList rendered;
    for (int k = 0; k < statements.size(); ++k) {
        commands << statements.at(k).command;
        commands << Command(QStringLiteral("Select-Object"))
                        .add(QStringLiteral("InputObject"), markerFor(k));
        rendered << ScriptRenderer::command(statements.at(k).command);
    }
    statementOutput = QList<QList<remoting::PsValue>>(statements.size());
    statementErrors = QList<QList<ErrorRecord>>(statements.size());

    logLine(QStringLiteral("send (one pipeline, %1 statements, a marker after each): %2")
                .arg(statements.size())
                .arg(rendered.join(QStringLiteral(" ; "))));
    stepTimer.start();
    runTimer.start();
    statementTimer.start();
    jobCommand = commands.first().name;
    opStartedMs[0] = 0;
    setOutcomeOf(0, StepState::Applying, operations.first().doneMessage);
    PipelineJob *j = runner->invoke(commands);
    job = j;
    QObject::connect(j, &PipelineJob::received, q, [this, j](const InvocationResult &soFar) {
        if (job == j)
            consume(soFar);
    });
    QObject::connect(j, &PipelineJob::finished, q, [this, j](const InvocationResult &r) {
        j->deleteLater();
        applyPipelineFinished(r);
    });
    if (cancelRequested)
        requestStop(QStringLiteral("cancelled"));
}

// Attributes what arrived since the last call to the statements, in stream order.
void JournalingEngine::Private::consume(const InvocationResult &soFar)
{
    holdAnswer();
    auto takeErrors = [&](qsizetype outputsBefore) {
        while (errorsSeen < soFar.errors.size()) {
            const ErrorRecord &e = soFar.errors.at(errorsSeen);
            // Unknown position (a runner that does not say): with the output it came with.
            if (e.outputsBefore >= 0 && e.outputsBefore > outputsBefore)
                return;
            if (statementsDone < statements.size())
                statementErrors[statementsDone] << e;
            else
                logLine(QStringLiteral("error record after the last statement: %1 [%2]")
                            .arg(e.message, errorDetail(e)));
            ++errorsSeen;
        }
    };
    for (; outputsSeen < soFar.output.size(); ++outputsSeen) {
        takeErrors(outputsSeen);
        const remoting::PsValue &v = soFar.output.at(outputsSeen);
        const int done = statementsDone;
        if (done < statements.size() && !v.isObject() && v.toString() == markerFor(done)) {
            statementsDone = done + 1;
            statementTimer.start();
            statementCompleted(done);
            continue;
        }
        if (done < statements.size())
            statementOutput[done] << v;
    }
    takeErrors(outputsSeen);
    releaseAnswer();
}

void JournalingEngine::Private::statementCompleted(int index)
{
    const Statement &st = statements.at(index);
    const int opIndex = st.op;
    Operation &op = operations[opIndex];
    logLine(QStringLiteral("statement %1 done (%2 ms): %3, %4 object(s), %5 error(s)")
                .arg(index)
                .arg(runTimer.elapsed())
                .arg(st.command.name)
                .arg(statementOutput.at(index).size())
                .arg(statementErrors.at(index).size()));
    if (decided.at(opIndex))
        return;
    // A statement that starts the next step.
    auto nextStarts = [&] {
        const int next = index + 1;
        if (next < statements.size() && statements.at(next).op != opIndex && !stopSent) {
            opStartedMs[statements.at(next).op] = runTimer.elapsed();
            setOutcomeOf(statements.at(next).op, StepState::Applying,
                         operations.at(statements.at(next).op).doneMessage);
        }
    };
    if (!statementErrors.at(index).isEmpty()) {
        // -ErrorAction Stop makes errors terminating; a record here is unexpected: the
        // statement did not do what was asked.
        const ErrorRecord &e = statementErrors.at(index).first();
        if (st.kind == Statement::Change)
            decideFailed(opIndex, tr("Exchange refused the change: %1").arg(e.message),
                         errorDetail(e), JournalStatus::Failed);
        else
            decideFailed(opIndex,
                         tr("The change was sent but could not be read back: %1").arg(e.message),
                         errorDetail(e), JournalStatus::Unconfirmed);
        requestStop(QStringLiteral("step failed"));
        return;
    }
    // the transport configuration is a singleton: found by type alone
    const QString readBackName = StepTable::isSingleton(op.kind) ? QString() : op.identity;
    if (st.kind == Statement::Change) {
        // Its read-back decides. What the change itself wrote (a New- cmdlet writes the object
        // it made) identifies the object as this run's even when the read-back fails.
        if (const remoting::PsObject *made
            = ReadBack::find(statementOutput.at(index), op.readBackType, readBackName))
            recordObserved(op, *made);
        return;
    }
    const remoting::PsObject *obj
        = ReadBack::find(statementOutput.at(index), op.readBackType, readBackName);
    if (!obj) {
        decideFailed(
            opIndex,
            tr("The change was sent but \"%1\" could not be read back, so it is not verified.")
                .arg(op.identity),
            op.readBackType, JournalStatus::Unconfirmed);
        requestStop(QStringLiteral("step failed"));
        return;
    }
    recordObserved(op, *obj);
    const bool lastOfStep
        = index + 1 >= statements.size() || statements.at(index + 1).op != opIndex;
    if (!lastOfStep)
        return;
    const QStringList mismatches = ReadBack::compare(*obj, op.expected);
    if (!mismatches.isEmpty()) {
        decideFailed(opIndex,
                     tr("Read back does not match: %1").arg(mismatches.join(QStringLiteral("; "))),
                     op.readBackType, JournalStatus::Unconfirmed);
        requestStop(QStringLiteral("step failed"));
        return;
    }
    decideVerified(opIndex);
    nextStarts();
}

void JournalingEngine::Private::decideFailed(int opIndex, const QString &message,
                                             const QString &detail, JournalStatus status)
{
    if (decided.at(opIndex))
        return;
    decided[opIndex] = true;
    const Operation &op = operations.at(opIndex);
    logLine(QStringLiteral("step failed: %1 %2: %3 [%4]")
                .arg(stepKindName(op.kind), op.identity, message, detail));
    QString shown = detail;
    if (op.journalIndex >= 0) {
        const QString problem = markJournal(op.journalIndex, status);
        if (!problem.isEmpty())
            shown = problem;
    }
    if (opStartedMs.at(opIndex) >= 0)
        result.steps[outcomeIndex.at(opIndex)].elapsedMs
            = runTimer.elapsed() - opStartedMs.at(opIndex);
    setOutcomeOf(opIndex, StepState::Failed, message, shown);
}

void JournalingEngine::Private::decideVerified(int opIndex)
{
    decided[opIndex] = true;
    const Operation &op = operations.at(opIndex);
    const QString journalProblem = markJournal(op.journalIndex, JournalStatus::Verified);
    logLine(QStringLiteral("verified: %1 %2").arg(stepKindName(op.kind), op.identity));
    if (opStartedMs.at(opIndex) >= 0)
        result.steps[outcomeIndex.at(opIndex)].elapsedMs
            = runTimer.elapsed() - opStartedMs.at(opIndex);
    setOutcomeOf(opIndex, StepState::Verified, op.doneMessage, journalProblem);
}

// Operations from `from` on never started: the pipeline ended before their first statement.
void JournalingEngine::Private::decideNotRun(int from, const QString &message)
{
    for (int i = std::max(0, from); i < operations.size(); ++i) {
        if (decided.value(i))
            continue;
        if (i < decided.size())
            decided[i] = true;
        const Operation &op = operations.at(i);
        QString problem;
        if (op.journalIndex >= 0)
            problem = markJournal(op.journalIndex, JournalStatus::NotRun);
        setOutcomeOf(i, StepState::Skipped, message, problem);
    }
}

void JournalingEngine::Private::requestStop(const QString &why)
{
    if (why == QLatin1String("step failed"))
        stoppedForFailure = true;
    if (stopSent || !job || job->isFinished() || followUpOp >= 0)
        return;
    stopSent = true;
    logLine(
        QStringLiteral("stopping the pipeline (%1) at statement %2").arg(why).arg(statementsDone));
    job->cancel();
}

void JournalingEngine::Private::applyPipelineFinished(const InvocationResult &r)
{
    consume(r);
    logLine(QStringLiteral("pipeline ended (%1 ms) after %2 of %3 statements: %4")
                .arg(runTimer.elapsed())
                .arg(statementsDone)
                .arg(statements.size())
                .arg(RunLog::describe(r)));
    const int inFlight = opInFlight();

    if (r.transportError) {
        // The server's pipeline may have gone on (or not): what was not confirmed by a
        // marker and its read-back is unconfirmed, never assumed either way.
        if (inFlight >= 0)
            decideFailed(inFlight,
                         tr("The connection failed while changing %1, so the change is "
                            "unconfirmed: %2 Run verify, or undo from the change journal.")
                             .arg(operations.at(inFlight).identity, r.transportError->message),
                         r.transportError->toLogString(), JournalStatus::Unconfirmed);
        for (int i = 0; i < operations.size(); ++i)
            if (!decided.at(i))
                decideFailed(i,
                             tr("Unconfirmed: the connection failed before this change was "
                                "confirmed; it may or may not have been made. Run verify, or "
                                "undo from the change journal."),
                             r.transportError->toLogString(), JournalStatus::Unconfirmed);
        finishApply();
        return;
    }

    if (r.state == remoting::PipelineState::Stopped && inFlight >= 0) {
        const QString notRun
            = stoppedForFailure && !cancelRequested
                  ? tr("Not attempted: an earlier step failed, so nothing was changed here.")
              : stopReason == StopReason::Deadline
                  ? tr("Not attempted: the changes were stopped because the server took too "
                       "long; nothing was changed here.")
                  : tr("Cancelled before this step: nothing was changed here.");
        decideNotRun(inFlight + 1, notRun);
        if (decided.at(inFlight)) {
            finishApply();
            return;
        }
        // The step in flight may or may not have been made: read it back before reporting.
        followUpOp = inFlight;
        const Operation &op = operations.at(inFlight);
        logLine(QStringLiteral("stopped during %1 %2: reading it back")
                    .arg(stepKindName(op.kind), op.identity));
        setOutcomeOf(inFlight, StepState::Verifying, op.doneMessage);
        PipelineJob *j = send(op.readBack);
        QObject::connect(j, &PipelineJob::finished, q, [this, j](const InvocationResult &res) {
            j->deleteLater();
            followUpFinished(res);
        });
        return;
    }

    // Stopped carries a PipelineStoppedException record too: it is not a refusal.
    if (r.state != remoting::PipelineState::Stopped
        && (r.state == remoting::PipelineState::Failed || r.failure)) {
        const ErrorRecord failure = r.failure.value_or(ErrorRecord{});
        const QString cmd = !failure.activity.isEmpty() ? failure.activity : failure.commandName;
        if (inFlight >= 0) {
            // The failed statement is the one after the last marker, or that marker itself
            // (Select-Object): then it is not known whether the statement completed.
            const Statement &st = statements.at(statementsDone);
            const bool markerFailed
                = cmd.compare(QLatin1String("Select-Object"), Qt::CaseInsensitive) == 0
                  && st.command.name.compare(cmd, Qt::CaseInsensitive) != 0;
            if (!markerFailed && st.kind == Statement::Change)
                decideFailed(inFlight, tr("Exchange refused the change: %1").arg(failure.message),
                             errorDetail(failure), JournalStatus::Failed);
            else if (!markerFailed)
                decideFailed(
                    inFlight,
                    tr("The change was sent but could not be read back: %1").arg(failure.message),
                    errorDetail(failure), JournalStatus::Unconfirmed);
            else
                decideFailed(inFlight,
                             tr("The pipeline failed while changing %1 (%2), so the change is "
                                "unconfirmed. Run verify.")
                                 .arg(operations.at(inFlight).identity, failure.message),
                             errorDetail(failure), JournalStatus::Unconfirmed);
            decideNotRun(inFlight + 1,
                         tr("Not attempted: an earlier step failed, so nothing was changed here."));
        } else {
            logLine(QStringLiteral("pipeline failed after its last statement: %1 [%2]")
                        .arg(failure.message, errorDetail(failure)));
        }
        finishApply();
        return;
    }

    // Completed (or stopped after the last statement): every step has its markers, unless
    // the server's output was not what the statements write.
    for (int i = 0; i < operations.size(); ++i)
        if (!decided.at(i))
            decideFailed(i,
                         tr("Exchange ended the pipeline without confirming this change, so it "
                            "is unconfirmed. Run verify."),
                         QStringLiteral("%1 of %2 statements confirmed, state %3")
                             .arg(statementsDone)
                             .arg(statements.size())
                             .arg(int(r.state)),
                         JournalStatus::Unconfirmed);
    finishApply();
}

// After a stop: what the step in flight looks like now decides it.
void JournalingEngine::Private::followUpFinished(const InvocationResult &r)
{
    const int opIndex = followUpOp;
    followUpOp = -1;
    Operation &op = operations[opIndex];
    logLine(QStringLiteral("read back after the stop (%1 ms): %2")
                .arg(stepTimer.elapsed())
                .arg(RunLog::describe(r)));
    const QString unconfirmed
        = tr("Stopped while changing %1; it could not be read back, so the change is "
             "unconfirmed. Run verify, or undo from the change journal.")
              .arg(op.identity);
    if (r.transportError) {
        decideFailed(opIndex, unconfirmed, r.transportError->toLogString(),
                     JournalStatus::Unconfirmed);
        finishApply();
        return;
    }
    const ErrorRecord *readError = r.failure ? &*r.failure : nullptr;
    for (const ErrorRecord &e : r.errors)
        if (!readError && !ReadBack::isNotFound(e))
            readError = &e;
    if (readError && !ReadBack::isNotFound(*readError)) {
        decideFailed(opIndex, unconfirmed, errorDetail(*readError), JournalStatus::Unconfirmed);
        finishApply();
        return;
    }
    const QString readBackName = StepTable::isSingleton(op.kind) ? QString() : op.identity;
    const remoting::PsObject *obj = ReadBack::find(r.output, op.readBackType, readBackName);
    if (obj && ReadBack::compare(*obj, op.expected).isEmpty()) {
        recordObserved(op, *obj);
        decideVerified(opIndex);
        finishApply();
        return;
    }
    // Not as intended: as before the run (nothing was made), or part-way.
    const UndoAction before
        = StepTable::undo(op.kind, op.entry.operation, op.identity, op.entry.previous);
    const bool unchanged = before.expectAbsent
                               ? obj == nullptr
                               : obj && ReadBack::compare(*obj, before.expected).isEmpty();
    if (unchanged && statements.at(statementsDone).change == 0
        && statements.at(statementsDone).kind == Statement::Change) {
        decided[opIndex] = true;
        markJournal(op.journalIndex, JournalStatus::NotRun);
        logLine(QStringLiteral("not made: %1 %2 is as before the run")
                    .arg(stepKindName(op.kind), op.identity));
        setOutcomeOf(opIndex, StepState::Skipped,
                     stopReason == StopReason::Deadline
                         ? tr("Stopped because the server took too long while this change was "
                              "being sent; read back, it was not made: nothing was changed here.")
                         : tr("Cancelled while this change was being sent; read back, it was not "
                              "made: nothing was changed here."));
        finishApply();
        return;
    }
    if (obj)
        recordObserved(op, *obj);
    decideFailed(
        opIndex,
        tr("Stopped part-way through changing %1: read back, it is neither as before "
           "nor as intended%2. Run apply again, or undo from the change journal.")
            .arg(op.identity, obj ? QStringLiteral(" (%1)").arg(
                                  ReadBack::compare(*obj, op.expected).join(QStringLiteral("; ")))
                                  : QString()),
        op.readBackType, JournalStatus::Unconfirmed);
    finishApply();
}

void JournalingEngine::Private::finishApply()
{
    job.clear();
    // Cancelled: the user's stop left a step undone (a stop that came after the last
    // statement changed nothing, and the run is reported as it completed).
    bool allVerified = true;
    for (int i = 0; i < operations.size(); ++i)
        allVerified
            = allVerified && result.steps.at(outcomeIndex.at(i)).state == StepState::Verified;
    result.cancelled = cancelRequested && !allVerified;
    finishRun();
}

// ---------------------------------------------------------------- undo
//
// Undo reverses only what this run is known to have made, and only while the live object is
// still the one it made. One read pipeline first reads the organisation's identity and every
// journaled object; each entry is then judged against the live state (judgeUndo):
//   - made by this run and unchanged since (same Guid as read back at apply; the values the run
//     left or meant to leave) -> undone, each undo verified by its read-back;
//   - not there / already as before the run -> nothing to undo (recorded as undone);
//   - anything else (changed since, replaced, or never this run's: Exchange refused the run's
//     create and someone else's object stands there) -> refused.
// A journal made for another organisation, or any refused entry, refuses the whole undo:
// nothing is changed, the reasons are shown, and the CLI exits 3.

void JournalingEngine::undo(const QString &journalPath)
{
    if (!canStart())
        return;
    auto loaded = ChangeJournal::load(journalPath);
    if (!loaded) {
        Q_EMIT failed(loaded.error());
        return;
    }
    d->journal = std::move(loaded.value());
    d->journalCreated = true;
    d->mode = Private::Mode::Undo;
    d->cancelRequested = false;
    d->stopReason = StopReason::Cancelled;
    d->result = ApplyResult();
    d->result.journalPath = journalPath;
    d->operations.clear();
    d->outcomeIndex.clear();
    d->undoEntries.clear();
    d->logLine(QStringLiteral("undo: journal=%1 server=%2 (journal made on %3 for %4)")
                   .arg(journalPath, d->serverLabel, d->journal.server(),
                        d->journal.organisation().display()));

    const QList<JournalEntry> &entries = d->journal.entries();
    for (int i = entries.size() - 1; i >= 0; --i) {
        const JournalEntry &e = entries.at(i);
        if (e.status == JournalStatus::Undone || e.status == JournalStatus::NotRun)
            continue;
        StepOutcome outcome;
        outcome.kind = e.step;
        outcome.identity = e.identity;
        if (StepTable::undo(e.step, e.operation, e.identity, e.previous).commands.isEmpty()) {
            // Never skipped silently: the run must not report that everything was undone.
            d->logLine(QStringLiteral("undo: entry %1 has an unknown step '%2' or operation '%3'")
                           .arg(i)
                           .arg(e.stepKnown ? stepKindName(e.step) : e.stepName, e.operationName));
            outcome.state = StepState::Failed;
            outcome.message = tr("This change (%1 \"%2\") cannot be undone automatically; "
                                 "undo it by hand.")
                                  .arg(e.operationName, e.identity);
            d->result.steps << outcome;
            Q_EMIT stepChanged(int(d->result.steps.size()) - 1, outcome);
            continue;
        }
        outcome.state = StepState::Waiting;
        d->undoEntries << Private::UndoEntry{i, int(d->result.steps.size())};
        d->result.steps << outcome;
    }
    if (d->undoEntries.isEmpty()) {
        d->finishRun();
        return;
    }
    QString holder;
    d->journalLock = JournalLock::acquire(journalPath, &holder);
    if (!d->journalLock) {
        d->refuseUndo(tr("The run that writes this change journal is still going (%1): undoing "
                         "now could remove what it is creating. Nothing was undone: run undo "
                         "again when that run has finished.")
                          .arg(holder));
        return;
    }
    if (d->journal.organisation().isEmpty()) {
        d->refuseUndo(tr("This change journal does not record which Exchange organisation it "
                         "was made for (an older version wrote it), so undo cannot make sure it "
                         "acts on the same one. Nothing was undone: reverse its changes by hand."));
        return;
    }
    // Read the organisation and every journaled object in one pipeline.
    QList<Command> reads;
    QStringList seen;
    if (!d->journal.organisation().guid.isEmpty())
        reads << Command(QStringLiteral("Get-OrganizationConfig"));
    else
        reads << StepTable::readBack(StepKind::NdrMailbox, {}); // its DN names the organisation
    for (const Private::UndoEntry &u : std::as_const(d->undoEntries)) {
        const JournalEntry &e = entries.at(u.journalIndex);
        const Command read = StepTable::readBack(e.step, e.identity);
        const QString key = ScriptRenderer::command(read).toLower();
        bool duplicate = false;
        for (const Command &c : std::as_const(reads))
            duplicate |= ScriptRenderer::command(c).toLower() == key;
        if (!duplicate)
            reads << read;
    }
    d->logLine(QStringLiteral("undo: checking the live state first"));
    PipelineJob *j = d->send(reads);
    connect(j, &PipelineJob::finished, this, [this, j](const InvocationResult &r) {
        j->deleteLater();
        d->undoCheckFinished(r);
    });
}

void JournalingEngine::Private::refuseUndo(const QString &reason,
                                           const QList<std::pair<int, QString>> &perEntry)
{
    logLine(QStringLiteral("undo refused: %1").arg(reason));
    result.refused = true;
    for (const UndoEntry &u : std::as_const(undoEntries)) {
        StepOutcome &o = result.steps[u.outcome];
        QString why;
        for (const auto &p : perEntry)
            if (p.first == u.journalIndex)
                why = p.second;
        o.refused = !why.isEmpty() || perEntry.isEmpty();
        if (o.refused) {
            o.state = StepState::Failed;
            o.message = why.isEmpty() ? reason : why;
        } else {
            o.state = StepState::Skipped; // could be undone, but not alone
            o.message = tr("Not undone: %1.").arg(reason);
        }
        Q_EMIT q->stepChanged(u.outcome, o);
    }
    finishRun();
}

void JournalingEngine::Private::undoCheckFinished(const InvocationResult &r)
{
    logLine(
        QStringLiteral("undo check (%1 ms): %2").arg(stepTimer.elapsed()).arg(RunLog::describe(r)));
    auto cannotCheck = [this](const QString &why, const QString &detail) {
        logLine(QStringLiteral("undo: cannot check the live state: %1 [%2]").arg(why, detail));
        for (const UndoEntry &u : std::as_const(undoEntries)) {
            StepOutcome &o = result.steps[u.outcome];
            o.state = StepState::Failed;
            o.message = why;
            o.detail = detail;
            Q_EMIT q->stepChanged(u.outcome, o);
        }
        finishRun();
    };
    if (r.transportError) {
        cannotCheck(tr("The live configuration could not be read to check it against the change "
                       "journal, so nothing was undone: %1")
                        .arg(r.transportError->message),
                    r.transportError->toLogString());
        return;
    }
    if (cancelRequested || r.state == remoting::PipelineState::Stopped) {
        result.cancelled = true;
        cannotCheck(tr("Cancelled before anything was undone."), QStringLiteral("Stopped"));
        return;
    }
    if (r.failure) {
        cannotCheck(tr("Exchange could not report the objects of the change journal, so nothing "
                       "was undone: %1")
                        .arg(r.failure->message),
                    errorDetail(*r.failure));
        return;
    }
    for (const ErrorRecord &e : r.errors) {
        if (ReadBack::isNotFound(e))
            continue; // absent: judged below
        cannotCheck(tr("Exchange could not report the objects of the change journal, so nothing "
                       "was undone: %1")
                        .arg(e.message),
                    errorDetail(e));
        return;
    }

    // The organisation the journal was made for, and this one.
    OrganisationIdentity live;
    for (const remoting::PsValue &v : r.output) {
        if (!v.isObject())
            continue;
        if (v.obj()->isA(QStringLiteral("OrganizationConfig"))) {
            live.guid = v.property(QStringLiteral("Guid")).toString().trimmed();
            live.distinguishedName
                = v.property(QStringLiteral("DistinguishedName")).toString().trimmed();
        } else if (live.distinguishedName.isEmpty()) {
            live.distinguishedName = OrganisationIdentity::fromObjectDn(
                v.property(QStringLiteral("DistinguishedName")).toString());
        }
    }
    const OrganisationIdentity madeFor = journal.organisation();
    if (!madeFor.sameAs(live)) {
        refuseUndo(tr("This change journal was made on %1 for the Exchange organisation %2, but "
                      "%3 belongs to the organisation %4. Nothing was undone: run undo against "
                      "the organisation the journal was made for.")
                       .arg(journal.server(), madeFor.display(), serverLabel,
                            live.isEmpty() ? tr("(unknown)") : live.display()));
        return;
    }
    if (journal.server().compare(serverLabel, Qt::CaseInsensitive) != 0)
        logLine(QStringLiteral("undo: journal made on %1, undoing through %2 (same organisation)")
                    .arg(journal.server(), serverLabel));

    // Judge every entry before changing anything.
    QList<std::pair<int, QString>> refusals;
    QList<UndoVerdict> verdicts;
    for (const UndoEntry &u : std::as_const(undoEntries)) {
        const JournalEntry &e = journal.entries().at(u.journalIndex);
        const remoting::PsObject *object
            = ReadBack::find(r.output, StepTable::readBackType(e.step),
                             StepTable::isSingleton(e.step) ? QString() : e.identity);
        UndoVerdict v = judgeUndo(e, object);
        logLine(QStringLiteral("undo: entry %1 (%2 %3 %4, %5): %6 — %7")
                    .arg(u.journalIndex)
                    .arg(stepKindName(e.step), ChangeJournal::operationName(e.operation),
                         e.identity, ChangeJournal::statusName(e.status),
                         v.kind == UndoVerdict::Undo          ? QStringLiteral("undo")
                         : v.kind == UndoVerdict::NothingToDo ? QStringLiteral("nothing to do")
                                                              : QStringLiteral("refused"),
                         v.reason));
        if (v.kind == UndoVerdict::Refuse)
            refusals.append({u.journalIndex, v.reason});
        verdicts << v;
    }
    if (!refusals.isEmpty()) {
        refuseUndo(refusals.size() == 1
                       ? tr("one change of the journal cannot be undone safely (see above), and "
                            "undoing the others alone would leave a mix")
                       : tr("%1 changes of the journal cannot be undone safely (see above)")
                             .arg(refusals.size()),
                   refusals);
        return;
    }
    for (int k = 0; k < undoEntries.size(); ++k) {
        const UndoEntry &u = undoEntries.at(k);
        const JournalEntry &e = journal.entries().at(u.journalIndex);
        if (verdicts.at(k).kind == UndoVerdict::NothingToDo) {
            StepOutcome &o = result.steps[u.outcome];
            o.state = StepState::Verified;
            o.message = verdicts.at(k).reason;
            o.detail = markJournal(u.journalIndex, JournalStatus::Undone);
            Q_EMIT q->stepChanged(u.outcome, o);
            continue;
        }
        const UndoAction action
            = StepTable::undo(e.step, e.operation, e.identity, e.previous, verdicts.at(k).target);
        Operation op;
        op.kind = e.step;
        op.identity = e.identity;
        op.journalIndex = u.journalIndex;
        op.changes = action.commands;
        op.readBack = {StepTable::readBack(e.step, e.identity)};
        op.readBackType = StepTable::readBackType(e.step);
        op.expected = action.expected;
        op.expectAbsent = action.expectAbsent;
        op.doneMessage = action.message;
        outcomeIndex << u.outcome;
        result.steps[u.outcome].message = action.message;
        operations << op;
    }
    startOperations();
}

// A create made of several commands (New-RemoteDomain, then Set-RemoteDomain) whose outcome
// the run never read back may have stopped after its first command: the object then shows
// what that command set and defaults for the rest. It is as the run left it when every
// expected value the first command sets matches.
bool JournalingEngine::Private::asFirstCommandLeftIt(const JournalEntry &e,
                                                     const remoting::PsObject &live) const
{
    const QList<remoting::Command> commands
        = StepTable::applyCommands(e.step, e.operation, e.identity, e.desired);
    if (commands.size() < 2)
        return false;
    QList<ExpectedValue> setByFirst;
    for (const ExpectedValue &v : e.expected)
        for (const remoting::CommandParameter &p : commands.first().parameters)
            if (p.name.compare(v.property, Qt::CaseInsensitive) == 0)
                setByFirst << v;
    return !setByFirst.isEmpty() && ReadBack::compare(live, setByFirst).isEmpty();
}

// What the live object says about one journal entry (see the comment above undo()).
JournalingEngine::Private::UndoVerdict
JournalingEngine::Private::judgeUndo(const JournalEntry &e, const remoting::PsObject *live) const
{
    const UndoAction action = StepTable::undo(e.step, e.operation, e.identity, e.previous);
    const QString recordedGuid = e.observed.value(QLatin1String("Guid")).toString();
    const QString liveGuid
        = live ? live->property(QStringLiteral("Guid")).toString().trimmed() : QString();
    // The values this run left behind: what its read-back showed, else what it meant to set.
    QList<ExpectedValue> left = e.expected;
    for (ExpectedValue &v : left)
        if (e.observed.contains(v.property))
            v.value = e.observed.value(v.property).toString();
    const bool refusedByExchange = e.status == JournalStatus::Failed;

    if (live && !recordedGuid.isEmpty() && !liveGuid.isEmpty()
        && recordedGuid.compare(liveGuid, Qt::CaseInsensitive) != 0)
        return {UndoVerdict::Refuse,
                tr("\"%1\" is no longer the object this run changed (its Guid is %2; the run "
                   "recorded %3): it was removed and made again since. It is left as it is.")
                    .arg(e.identity, liveGuid, recordedGuid)};
    const bool oursByGuid = live && !recordedGuid.isEmpty() && !liveGuid.isEmpty();
    const QStringList differsFromIntended
        = live ? ReadBack::compare(*live, e.expected) : QStringList();
    bool asLeft
        = live && (ReadBack::compare(*live, left).isEmpty() || differsFromIntended.isEmpty());
    if (live && !asLeft && e.operation == ChangeOperation::Create && e.observed.isEmpty())
        asLeft = asFirstCommandLeftIt(e, *live);

    if (e.operation == ChangeOperation::Create) {
        if (!live)
            return {UndoVerdict::NothingToDo,
                    tr("\"%1\" does not exist (the run's change never took effect or it was "
                       "removed since); nothing to remove.")
                        .arg(e.identity)};
        if (!oursByGuid && refusedByExchange)
            return {UndoVerdict::Refuse,
                    tr("Exchange refused this run's creation of \"%1\", so the \"%1\" that exists "
                       "now was made by someone else (another run or an administrator). It is "
                       "left as it is.")
                        .arg(e.identity)};
        if (asLeft)
            return {UndoVerdict::Undo, {}, oursByGuid ? liveGuid : QString()};
        return {UndoVerdict::Refuse,
                tr("\"%1\" changed since this run made it (%2). It is left as it is: remove it "
                   "by hand if it should go.")
                    .arg(e.identity, differsFromIntended.join(QStringLiteral("; ")))};
    }
    // set-ndr, enable, update: an object that existed before the run
    if (!live)
        return {UndoVerdict::Refuse,
                tr("\"%1\" no longer exists, so its previous settings cannot be restored.")
                    .arg(e.identity)};
    if (differsFromIntended.isEmpty()) {
        if (refusedByExchange && !oursByGuid)
            return {UndoVerdict::Refuse,
                    tr("Exchange refused this run's change of \"%1\", yet it now has the values "
                       "the run wanted: someone else set them. They are left as they are.")
                        .arg(e.identity)};
        return {UndoVerdict::Undo, {}, oursByGuid ? liveGuid : QString()};
    }
    if (ReadBack::compare(*live, action.expected).isEmpty())
        return {
            UndoVerdict::NothingToDo,
            tr("\"%1\" is already as it was before the run; nothing to restore.").arg(e.identity)};
    return {UndoVerdict::Refuse,
            tr("\"%1\" changed since this run (%2). It is left as it is: restore it by hand if "
               "needed.")
                .arg(e.identity, differsFromIntended.join(QStringLiteral("; ")))};
}

} // namespace exchange
