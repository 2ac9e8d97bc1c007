#include "JournalingEngine.h"

#include "ChangeJournal.h"
#include "Discovery.h"
#include "Planner.h"
#include "ReadBack.h"
#include "RunLog.h"
#include "ScriptRenderer.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHostAddress>
#include <QHostInfo>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QPointer>
#include <QTimer>

#include <algorithm>

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
    bool cancelRequested = false;
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
    ApplyResult result;
    QElapsedTimer stepTimer;

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
    QString markJournal(int index, const QString &status);
    void nextOperation();
    void sendCurrentChange();
    void changeFinished(const InvocationResult &r);
    void setOutcome(StepState state, const QString &message, const QString &detail = {});
    void finishRun();
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

Plan JournalingEngine::plan(const JournalingSettings &settings) const
{
    return Planner::plan(settings, d->organisation);
}

void JournalingEngine::cancel()
{
    d->cancelRequested = true;
    if (d->mode == Private::Mode::Discover && d->job)
        d->job->cancel(); // reads only: safe to stop mid-pipeline
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
    const int id = QHostInfo::lookupHost(host, q, [done](const QHostInfo &info) {
        if (info.error() == QHostInfo::NoError && !info.addresses().isEmpty())
            done(true, QString());
        else
            done(false, info.errorString());
    });
    QObject::connect(guard, &QTimer::timeout, q, [id, done] {
        QHostInfo::abortHostLookup(id);
        done(false, tr("no answer from DNS within 5 seconds"));
    });
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
    d->result = ApplyResult();
    d->operations.clear();
    d->outcomeIndex.clear();
    d->journal = ChangeJournal();
    d->journalCreated = false;
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
    d->startOperations();
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
            journal.setServer(serverLabel);
            journal.setPath(ChangeJournal::newPath(serverLabel));
            journalCreated = true;
            result.journalPath = journal.path();
        }
        op.entry.time = QDateTime::currentDateTimeUtc();
        op.entry.status = QStringLiteral("pending");
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
                    .arg(stepKindName(op.kind), op.entry.operation, op.identity));
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

    auto fail = [&](const QString &message, const QString &detail) {
        logLine(QStringLiteral("step failed: %1 [%2]").arg(message, detail));
        if (mode == Mode::Apply && op.journalIndex >= 0)
            markJournal(op.journalIndex, QStringLiteral("failed"));
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
        fail(tr("Exchange refused the change: %1").arg(r.failure->message),
             errorDetail(*r.failure));
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
            fail(tr("Exchange refused the change: %1").arg(e.message), errorDetail(e));
        }
        return;
    }
    // the transport configuration is a singleton: found by type alone
    const QString readBackName = op.kind == StepKind::NdrMailbox ? QString() : op.identity;
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
        journalProblem
            = markJournal(op.journalIndex, mode == Mode::Apply ? QStringLiteral("verified")
                                                               : QStringLiteral("undone"));
    logLine(QStringLiteral("verified: %1 %2").arg(stepKindName(op.kind), op.identity));
    setOutcome(StepState::Verified, op.doneMessage, journalProblem);
    ++current;
    nextOperation();
}

QString JournalingEngine::Private::markJournal(int index, const QString &status)
{
    const remoting::Status written = journal.setStatus(index, status);
    if (written)
        return {};
    const QString problem = tr("The change journal could not record this step as %1: %2")
                                .arg(status, written.error().message);
    logLine(problem);
    return problem;
}

void JournalingEngine::Private::setOutcome(StepState state, const QString &message,
                                           const QString &detail)
{
    const int idx = outcomeIndex.at(current);
    StepOutcome &o = result.steps[idx];
    o.state = state;
    o.message = message;
    o.detail = detail;
    Q_EMIT q->stepChanged(idx, o);
}

void JournalingEngine::Private::finishRun()
{
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
    Q_EMIT q->finished(result);
}

// ---------------------------------------------------------------- undo

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
    d->result = ApplyResult();
    d->result.journalPath = journalPath;
    d->operations.clear();
    d->outcomeIndex.clear();
    d->logLine(QStringLiteral("undo: journal=%1 server=%2").arg(journalPath, d->serverLabel));

    const QList<JournalEntry> &entries = d->journal.entries();
    for (int i = entries.size() - 1; i >= 0; --i) {
        const JournalEntry &e = entries.at(i);
        if (e.status == QLatin1String("undone"))
            continue;
        Operation op;
        op.kind = e.step;
        op.identity = e.identity;
        op.journalIndex = i;
        const auto removal = [&](const char *remove, const char *get, const char *type) {
            op.changes = {Command(QLatin1String(remove))
                              .add(QStringLiteral("Identity"), e.identity)
                              .add(QStringLiteral("Confirm"), false)};
            op.readBack = {Command(QLatin1String(get)).add(QStringLiteral("Identity"), e.identity)};
            op.readBackType = QLatin1String(type);
            op.expectAbsent = true;
            op.doneMessage = tr("Removed \"%1\", which the run had created.").arg(e.identity);
        };
        if (e.step == StepKind::NdrMailbox) {
            QString prev = e.previous.value(QLatin1String("JournalingReportNdrTo")).toString();
            if (prev.trimmed().isEmpty())
                prev = QStringLiteral("<>");
            op.identity = QStringLiteral("TransportConfig");
            op.changes = {Command(QStringLiteral("Set-TransportConfig"))
                              .add(QStringLiteral("JournalingReportNdrTo"), prev)};
            op.readBack = {Command(QStringLiteral("Get-TransportConfig"))};
            op.readBackType = QStringLiteral("TransportConfigContainer");
            op.expected = {{QStringLiteral("JournalingReportNdrTo"), prev, ValueKind::Smtp}};
            op.doneMessage
                = prev == QLatin1String("<>")
                      ? tr("Cleared the mailbox for undeliverable journal reports (it was unset).")
                      : tr("Restored %1 as the mailbox for undeliverable journal reports.")
                            .arg(prev);
        } else if (e.step == StepKind::JournalRule && e.operation == QLatin1String("create")) {
            removal("Remove-JournalRule", "Get-JournalRule", "JournalRuleObject");
        } else if (e.step == StepKind::JournalRule && e.operation == QLatin1String("enable")) {
            op.changes = {Command(QStringLiteral("Disable-JournalRule"))
                              .add(QStringLiteral("Identity"), e.identity)};
            op.readBack = {Command(QStringLiteral("Get-JournalRule"))
                               .add(QStringLiteral("Identity"), e.identity)};
            op.readBackType = QStringLiteral("JournalRuleObject");
            op.expected = {{QStringLiteral("Enabled"), QStringLiteral("False"), ValueKind::Bool}};
            op.doneMessage = tr("Disabled the journal rule \"%1\" again.").arg(e.identity);
        } else if (e.step == StepKind::RemoteDomain && e.operation == QLatin1String("create")) {
            removal("Remove-RemoteDomain", "Get-RemoteDomain", "DomainContentConfig");
        } else if (e.step == StepKind::RemoteDomain && e.operation == QLatin1String("update")) {
            const QString oof = e.previous.value(QLatin1String("AllowedOOFType")).toString();
            const QString tnef
                = ReadBack::boolText(e.previous.value(QLatin1String("TNEFEnabled")).toString());
            Command set(QStringLiteral("Set-RemoteDomain"));
            set.add(QStringLiteral("Identity"), e.identity);
            if (!oof.isEmpty())
                set.add(QStringLiteral("AllowedOOFType"), oof);
            if (tnef.isEmpty())
                set.addNull(QStringLiteral("TNEFEnabled"));
            else
                set.add(QStringLiteral("TNEFEnabled"), tnef == QLatin1String("True"));
            op.changes = {set};
            op.readBack = {Command(QStringLiteral("Get-RemoteDomain"))
                               .add(QStringLiteral("Identity"), e.identity)};
            op.readBackType = QStringLiteral("DomainContentConfig");
            if (!oof.isEmpty())
                op.expected << ExpectedValue{QStringLiteral("AllowedOOFType"), oof,
                                             ValueKind::Name};
            op.expected << ExpectedValue{QStringLiteral("TNEFEnabled"), tnef, ValueKind::Bool};
            op.doneMessage
                = tr("Restored the settings of the remote domain \"%1\".").arg(e.identity);
        } else if (e.step == StepKind::SendConnector && e.operation == QLatin1String("create")) {
            removal("Remove-SendConnector", "Get-SendConnector", "SmtpSendConnectorConfig");
        } else {
            // Never skipped silently: the run must not report that everything was undone.
            d->logLine(QStringLiteral("undo: entry %1 has an unknown operation '%2'")
                           .arg(i)
                           .arg(e.operation));
            StepOutcome unknown;
            unknown.kind = e.step;
            unknown.identity = e.identity;
            unknown.state = StepState::Failed;
            unknown.message = tr("This change (%1 \"%2\") cannot be undone automatically; "
                                 "undo it by hand.")
                                  .arg(e.operation, e.identity);
            d->result.steps << unknown;
            continue;
        }
        StepOutcome outcome;
        outcome.kind = op.kind;
        outcome.identity = op.identity;
        outcome.message = op.doneMessage;
        d->outcomeIndex << d->result.steps.size();
        d->result.steps << outcome;
        d->operations << op;
    }
    for (int i = 0; i < d->result.steps.size(); ++i)
        if (d->result.steps.at(i).state == StepState::Failed)
            Q_EMIT stepChanged(i, d->result.steps.at(i));
    d->startOperations();
}

} // namespace exchange
