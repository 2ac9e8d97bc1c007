// The engine's apply/undo sequencing over a scripted CommandRunner (the end-to-end runs against
// the real fake Exchange are the integration tests'): journal before each change, change +
// read-back in one pipeline, stop at the first failure, undo verified.
#include "ChangeJournal.h"
#include "ExchangeShapes.h"
#include "JournalingEngine.h"
#include "Planner.h"

#include <QDir>
#include <QFile>
#include <QPointer>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>

#include <functional>
#include <optional>

#include <gtest/gtest.h>

using namespace exchange;
using remoting::Command;
using remoting::InvocationResult;
using remoting::PipelineState;

namespace {

// A statement's ErrorAction parameter, as PowerShell applies it.
bool stopsOnError(const Command &c)
{
    const auto *p = c.parameter(QStringLiteral("ErrorAction"));
    return p && p->value.toString().compare(QLatin1String("Stop"), Qt::CaseInsensitive) == 0;
}

class ScriptedJob : public remoting::PipelineJob
{
public:
    using PipelineJob::PipelineJob;
    void cancel() override { m_cancelled = true; }
    void complete(InvocationResult r) { finish(std::move(r)); }
    bool cancelled() const { return m_cancelled; }

private:
    bool m_cancelled = false;
};

// Answers each pipeline with a function of its statements, asynchronously. A pipeline
// cancelled before it is answered runs only its first statement (the one in flight) and ends
// Stopped, as a PSRP stop signal does.
class ScriptedRunner : public QObject, public remoting::CommandRunner
{
public:
    std::function<InvocationResult(const QList<Command> &)> answer;
    QList<QList<Command>> sent;
    std::function<void()> onSend;
    remoting::PipelineJob *invoke(const QList<Command> &statements) override
    {
        sent << statements;
        auto *job = new ScriptedJob(this);
        m_last = job;
        if (onSend)
            onSend();
        QTimer::singleShot(0, job, [this, job, statements] {
            if (!job->cancelled()) {
                job->complete(answer(statements));
                return;
            }
            InvocationResult r = answer(statements.mid(0, 1));
            if (r.state == PipelineState::Completed)
                r.state = PipelineState::Stopped;
            job->complete(r);
        });
        return job;
    }
    remoting::PipelineJob *lastJob() const { return m_last; }

private:
    QPointer<remoting::PipelineJob> m_last;
};

JournalingSettings settings()
{
    JournalingSettings s;
    s.journalAddress = QStringLiteral("contoso@archive.securestore.example");
    s.ndrMailbox = QStringLiteral("journal-ndr@contoso.com");
    return s;
}

// A tiny in-memory state answering the engine's commands the way Exchange would.
struct State
{
    QString ndr = QStringLiteral("<>");
    bool rule = false;
    bool ruleEnabled = false;
    bool remote = false;
    QString oof = QStringLiteral("External");
    QString tnef;
    QString failOn; // cmdlet that errors
    QString orgName = QStringLiteral("Contoso");
    QString orgGuid = shapes::freshOrg().identity.guid;
    QString remoteGuid; // the remote domain's Guid as Exchange reports it (empty: none)

    // Runs the statements in order as PowerShell does: an error of a statement with
    // -ErrorAction Stop ends the pipeline (Failed) and no later statement runs.
    InvocationResult run(const QList<Command> &statements)
    {
        InvocationResult r;
        r.state = PipelineState::Completed;
        for (const Command &c : statements) {
            const qsizetype errorsBefore = r.errors.size();
            runOne(c, r);
            for (qsizetype i = errorsBefore; i < r.errors.size(); ++i)
                r.errors[i].outputsBefore = int(r.output.size());
            if (r.errors.size() > errorsBefore && stopsOnError(c)) {
                r.failure = r.errors.takeLast();
                r.state = PipelineState::Failed;
                return r;
            }
        }
        return r;
    }

    void runOne(const Command &c, InvocationResult &r)
    {
        {
            const auto p = [&](const char *n) {
                const auto *param = c.parameter(QLatin1String(n));
                return param ? param->value.toString() : QString();
            };
            if (c.name == failOn) {
                remoting::ErrorRecord e;
                e.message = QStringLiteral("A journal rule with that name already exists.");
                e.fullyQualifiedErrorId = QStringLiteral(
                    "[Server=EX01] [FailureCategory=Cmdlet-ArgumentException] "
                    "8A1D3C06,Microsoft.Exchange.MessagingPolicies.Journaling.NewJournalRule");
                e.activity = c.name;
                e.outputsBefore = int(r.output.size());
                r.errors << e;
                return;
            }
            if (c.name == QLatin1String("Select-Object"))
                r.output << c.parameter(QStringLiteral("InputObject"))->value;
            else if (c.name == QLatin1String("Get-OrganizationConfig"))
                r.output << shapes::organizationConfig(orgName, orgGuid);
            else if (c.name == QLatin1String("Set-TransportConfig"))
                ndr = p("JournalingReportNdrTo");
            else if (c.name == QLatin1String("Get-TransportConfig"))
                r.output << shapes::transportConfig(ndr);
            else if (c.name == QLatin1String("New-JournalRule")) {
                rule = true;
                ruleEnabled = c.parameter(QStringLiteral("Enabled"))->value.toBool();
            } else if (c.name == QLatin1String("Remove-JournalRule"))
                rule = false;
            else if (c.name == QLatin1String("Get-JournalRule")) {
                if (rule)
                    r.output << shapes::journalRule(
                        QStringLiteral("Journaling to SecureStore Archive"),
                        settings().journalAddress, QStringLiteral("Internal"), ruleEnabled);
                else
                    r.errors << shapes::notFound(c.name, p("Identity"),
                                                 QStringLiteral("GetJournalRule"));
            } else if (c.name == QLatin1String("New-RemoteDomain"))
                remote = true;
            else if (c.name == QLatin1String("Set-RemoteDomain")) {
                oof = p("AllowedOOFType");
                tnef = p("TNEFEnabled");
            } else if (c.name == QLatin1String("Remove-RemoteDomain"))
                remote = false;
            else if (c.name == QLatin1String("Get-RemoteDomain")) {
                if (remote)
                    r.output << shapes::remoteDomain(QStringLiteral("SecureStore Archiving"),
                                                     QStringLiteral("archive.securestore.example"),
                                                     oof, tnef, remoteGuid);
                else
                    r.errors << shapes::notFound(c.name, p("Identity"),
                                                 QStringLiteral("GetRemoteDomain"));
            }
        }
    }
};

QList<StepState> statesOf(const ApplyResult &result)
{
    QList<StepState> states;
    for (const StepOutcome &o : result.steps)
        states << o.state;
    return states;
}

// The statuses of a journal's entries in order; none when it cannot be read.
QList<JournalStatus> statusesIn(const QString &journalPath)
{
    auto journal = ChangeJournal::load(journalPath);
    QList<JournalStatus> statuses;
    if (journal.ok()) {
        for (const JournalEntry &e : journal->entries())
            statuses << e.status;
    }
    return statuses;
}

bool sentAnyChange(const QList<QList<Command>> &pipelines)
{
    for (const QList<Command> &p : pipelines)
        for (const Command &c : p)
            if (!c.name.startsWith(QLatin1String("Get-")))
                return true;
    return false;
}

} // namespace

// Names, not bytes, in gtest's messages (found by argument-dependent lookup).
namespace exchange {
static void PrintTo(StepState state, std::ostream *os)
{
    *os << stepStateName(state).toStdString();
}
static void PrintTo(JournalStatus status, std::ostream *os)
{
    *os << ChangeJournal::statusName(status).toStdString();
}
} // namespace exchange

// Every test drives m_engine over m_runner, which answers as m_state would unless the test
// scripts m_runner.answer itself; m_runner.onSend runs as each pipeline is sent.
class EngineTest : public ::testing::Test
{
protected:
    // A home of its own: CTest runs test processes in parallel, and "the latest journal"
    // must be this test's, not another process's.
    void SetUp() override
    {
        ASSERT_TRUE(m_home.isValid());
        m_previousHome = qgetenv("HOME");
        qputenv("HOME", QFile::encodeName(m_home.path()));
        QStandardPaths::setTestModeEnabled(true);
        m_runner.answer = [this](const QList<Command> &s) { return m_state.run(s); };
        m_engine.setRunner(&m_runner, QStringLiteral("ex01.contoso.com"));
    }
    void TearDown() override { qputenv("HOME", m_previousHome); }

    // Applies the fresh organisation's plan; its result, or none (a failure recorded).
    std::optional<ApplyResult> applyFreshPlan()
    {
        const Plan plan = Planner::plan(settings(), shapes::freshOrg());
        if (!plan.isValid()) {
            ADD_FAILURE() << "the fresh organisation's plan is not valid";
            return std::nullopt;
        }
        return awaitFinished([&] { m_engine.apply(settings(), plan); });
    }

    std::optional<ApplyResult> undo(const QString &journalPath)
    {
        return awaitFinished([&] { m_engine.undo(journalPath); });
    }

    std::optional<ApplyResult> awaitFinished(const std::function<void()> &start)
    {
        QSignalSpy finished(&m_engine, &JournalingEngine::finished);
        start();
        // With nothing to send, finished() comes before start() returns.
        if (finished.isEmpty() && !finished.wait(5000)) {
            ADD_FAILURE() << "the engine did not finish within 5 s";
            return std::nullopt;
        }
        return finished.first().first().value<ApplyResult>();
    }

    QTemporaryDir m_home;
    QByteArray m_previousHome;
    State m_state;
    ScriptedRunner m_runner;
    JournalingEngine m_engine;
};

TEST_F(EngineTest, ApplyJournalsBeforeEachChangeVerifiesAndUndoRestores)
{
    // Before the pipeline is sent, the journal on disk already holds every entry, pending.
    int pipelines = 0;
    m_runner.onSend = [&] {
        ++pipelines;
        EXPECT_EQ(statusesIn(ChangeJournal::latestPath()),
                  QList<JournalStatus>(3, JournalStatus::Pending));
    };
    const auto result = applyFreshPlan();
    ASSERT_TRUE(result);
    EXPECT_TRUE(result->success);
    ASSERT_EQ(pipelines, 1);
    // Every change (NDR, rule, remote domain new + set) and its read-back, -ErrorAction Stop,
    // each followed by a marker statement: one pipeline.
    const QList<Command> &sent = m_runner.sent.first();
    const QStringList expected{
        QStringLiteral("Set-TransportConfig"), QStringLiteral("Get-TransportConfig"),
        QStringLiteral("New-JournalRule"),     QStringLiteral("Get-JournalRule"),
        QStringLiteral("New-RemoteDomain"),    QStringLiteral("Get-RemoteDomain"),
        QStringLiteral("Set-RemoteDomain"),    QStringLiteral("Get-RemoteDomain")};
    ASSERT_EQ(sent.size(), 2 * expected.size());
    for (int i = 0; i < expected.size(); ++i) {
        EXPECT_EQ(sent.at(2 * i).name, expected.at(i));
        EXPECT_TRUE(stopsOnError(sent.at(2 * i))) << i;
        EXPECT_EQ(sent.at(2 * i + 1).name, QStringLiteral("Select-Object"));
        EXPECT_FALSE(stopsOnError(sent.at(2 * i + 1)));
    }
    EXPECT_EQ(statesOf(*result), (QList<StepState>{StepState::Verified, StepState::Verified,
                                                   StepState::Verified, StepState::Skipped}));
    EXPECT_EQ(m_state.ndr, settings().ndrMailbox);
    EXPECT_TRUE(m_state.rule && m_state.ruleEnabled && m_state.remote);
    EXPECT_FALSE(result->logPath.isEmpty());
    QFile log(result->logPath);
    ASSERT_TRUE(log.open(QIODevice::ReadOnly));
    EXPECT_TRUE(
        log.readAll().contains("New-JournalRule -Name 'Journaling to SecureStore Archive'"));
    EXPECT_EQ(statusesIn(result->journalPath), QList<JournalStatus>(3, JournalStatus::Verified));

    // Undo restores the original state, newest first, each verified.
    m_runner.onSend = nullptr;
    const auto undone = undo(result->journalPath);
    ASSERT_TRUE(undone);
    EXPECT_TRUE(undone->success);
    EXPECT_EQ(m_state.ndr, QStringLiteral("<>"));
    EXPECT_FALSE(m_state.rule);
    EXPECT_FALSE(m_state.remote);
    EXPECT_EQ(m_runner.sent.last().first().name, QStringLiteral("Set-TransportConfig"));
    EXPECT_EQ(statusesIn(result->journalPath), QList<JournalStatus>(3, JournalStatus::Undone));
}

// What one answer decides is journaled in one write after the answer; when that write
// fails, every step it decided says so (the change was made and verified, the journal does
// not show it), and the run is not reported as a plain success.
TEST_F(EngineTest, AJournalWriteThatFailsAfterAnAnswerIsShownOnEveryStepItDecided)
{
    m_runner.onSend = [&] {
        // The pending entries are on disk; from now on the journal cannot be replaced.
        const QString path = ChangeJournal::latestPath();
        ASSERT_FALSE(path.isEmpty());
        ASSERT_TRUE(QFile::remove(path));
        ASSERT_TRUE(QDir().mkdir(path));
    };
    QSignalSpy changed(&m_engine, &JournalingEngine::stepChanged);
    const auto result = applyFreshPlan();
    ASSERT_TRUE(result);
    EXPECT_EQ(statesOf(*result), (QList<StepState>{StepState::Verified, StepState::Verified,
                                                   StepState::Verified, StepState::Skipped}));
    EXPECT_EQ(m_state.ndr, settings().ndrMailbox);
    for (int i = 0; i < 3; ++i)
        EXPECT_TRUE(result->steps.at(i).detail.contains(
            QStringLiteral("could not record this step as verified")))
            << i << ": " << result->steps.at(i).detail.toStdString();
    // The announced outcomes carry it too (they come after the write).
    int announcedWithProblem = 0;
    for (const QList<QVariant> &args : std::as_const(changed)) {
        const auto o = args.at(1).value<StepOutcome>();
        if (o.state == StepState::Verified)
            announcedWithProblem += o.detail.contains(QStringLiteral("could not record")) ? 1 : 0;
    }
    EXPECT_EQ(announcedWithProblem, 3);
    QFile log(result->logPath);
    ASSERT_TRUE(log.open(QIODevice::ReadOnly));
    EXPECT_TRUE(log.readAll().contains("journal: cannot write"));
}

TEST_F(EngineTest, StopsAtTheFirstFailedStepAndNeverReportsUnverifiedSuccess)
{
    m_state.failOn = QStringLiteral("New-JournalRule");
    const auto result = applyFreshPlan();
    ASSERT_TRUE(result);
    EXPECT_FALSE(result->success);
    // The remote domain step is never attempted.
    ASSERT_EQ(statesOf(*result), (QList<StepState>{StepState::Verified, StepState::Failed,
                                                   StepState::Skipped, StepState::Skipped}));
    EXPECT_TRUE(result->steps.at(1).message.contains(QStringLiteral("already exists")));
    EXPECT_TRUE(result->steps.at(1).detail.contains(QStringLiteral("NewJournalRule")));
    EXPECT_FALSE(m_state.remote);
    EXPECT_EQ(statusesIn(result->journalPath),
              (QList<JournalStatus>{JournalStatus::Verified, JournalStatus::Failed,
                                    JournalStatus::NotRun}));

    // undo of that journal: the rule was never created (not found is fine), NDR restored
    m_state.failOn.clear();
    const auto undone = undo(result->journalPath);
    ASSERT_TRUE(undone);
    EXPECT_TRUE(undone->success);
    EXPECT_EQ(m_state.ndr, QStringLiteral("<>"));
}

TEST_F(EngineTest, ReadBackMismatchFailsTheStep)
{
    m_runner.answer = [this](const QList<Command> &s) {
        InvocationResult r = m_state.run(s);
        // Exchange reads back another NDR mailbox than the one set.
        for (remoting::PsValue &v : r.output)
            if (v.isObject() && v.obj()->isA(QStringLiteral("TransportConfigContainer")))
                v = shapes::transportConfig(QStringLiteral("someone-else@contoso.com"));
        return r;
    };
    const auto result = applyFreshPlan();
    ASSERT_TRUE(result);
    EXPECT_FALSE(result->success);
    ASSERT_FALSE(result->steps.isEmpty());
    EXPECT_EQ(result->steps.at(0).state, StepState::Failed);
    EXPECT_TRUE(result->steps.at(0).message.contains(QStringLiteral("someone-else@contoso.com")));
    EXPECT_EQ(m_runner.sent.size(), 1);
}

TEST_F(EngineTest, CancelStopsThePipelineAndReadsBackTheStepInFlight)
{
    m_runner.onSend = [this] { m_engine.cancel(); }; // during the first change
    const auto result = applyFreshPlan();
    ASSERT_TRUE(result);
    EXPECT_TRUE(result->cancelled);
    EXPECT_FALSE(result->success);
    // The running change completed; the stopped pipeline never read it back, so a read-only
    // pipeline did, and verified it. The later steps never ran.
    EXPECT_EQ(statesOf(*result), (QList<StepState>{StepState::Verified, StepState::Skipped,
                                                   StepState::Skipped, StepState::Skipped}));
    EXPECT_EQ(m_state.ndr, settings().ndrMailbox);
    EXPECT_FALSE(m_state.rule);
    ASSERT_EQ(m_runner.sent.size(), 2);
    EXPECT_EQ(m_runner.sent.at(1),
              (QList<Command>{Command(QStringLiteral("Get-TransportConfig"))}));
    EXPECT_EQ(statusesIn(result->journalPath),
              (QList<JournalStatus>{JournalStatus::Verified, JournalStatus::NotRun,
                                    JournalStatus::NotRun}));
}

TEST_F(EngineTest, DiscoveryFallsBackWhenAReadIsNotGranted)
{
    int pipelines = 0;
    m_runner.answer = [&](const QList<Command> &s) {
        ++pipelines;
        InvocationResult r;
        bool asksTransportConfig = false;
        for (const Command &c : s)
            asksTransportConfig |= c.name == QLatin1String("Get-TransportConfig");
        if (asksTransportConfig) { // the Journaling role alone: Get-TransportConfig is not granted
            r.state = PipelineState::Failed;
            r.failure = shapes::commandNotFound(QStringLiteral("Get-TransportConfig"));
            return r;
        }
        r.state = PipelineState::Completed;
        for (const Command &c : s) {
            if (c.name == QLatin1String("Get-Command")) {
                for (const QString &n : shapes::allCmdlets())
                    if (n != QLatin1String("Get-TransportConfig")
                        && n != QLatin1String("Set-TransportConfig"))
                        r.output << shapes::cmdlet(n);
            } else if (c.name == QLatin1String("Get-JournalRule")) {
                r.output << shapes::journalRule(QStringLiteral("Old"),
                                                QStringLiteral("x@old.example"));
            }
        }
        return r;
    };
    QSignalSpy discovered(&m_engine, &JournalingEngine::discovered);
    m_engine.discover(settings());
    ASSERT_TRUE(discovered.wait(5000));
    EXPECT_EQ(pipelines, 3);
    const Organisation org = m_engine.organisation();
    EXPECT_EQ(org.missingRoles, QStringList{QStringLiteral("Organization Transport Settings")});
    EXPECT_EQ(org.journalRules.size(), 1);
    ASSERT_EQ(m_runner.sent.size(), 3);
    for (const Command &c : m_runner.sent.at(2))
        EXPECT_NE(c.name, QStringLiteral("Get-TransportConfig"));
    const Plan plan = m_engine.plan(settings());
    EXPECT_FALSE(plan.missingRoles.isEmpty());
    QSignalSpy failed(&m_engine, &JournalingEngine::failed);
    m_engine.apply(settings(), plan); // refused: nothing is sent
    EXPECT_EQ(failed.size(), 1);
    EXPECT_EQ(m_runner.sent.size(), 3);
}

TEST_F(EngineTest, UndoNeverSkipsAnEntryItCannotUndoSilently)
{
    ChangeJournal journal;
    journal.setServer(QStringLiteral("ex01.contoso.com"));
    journal.setPath(m_home.filePath(QStringLiteral("journal.json")));
    JournalEntry strange;
    strange.server = QStringLiteral("ex01.contoso.com");
    strange.step = StepKind::SendConnector;
    strange.operationName = QStringLiteral("retarget"); // written by a newer version, say
    strange.identity = QStringLiteral("Some connector");
    strange.time = QDateTime::currentDateTimeUtc();
    strange.status = JournalStatus::Verified;
    ASSERT_TRUE(journal.append(strange).ok());

    const auto u = undo(journal.path());
    ASSERT_TRUE(u);
    EXPECT_FALSE(u->success);
    ASSERT_EQ(u->steps.size(), 1);
    EXPECT_EQ(u->steps.first().state, StepState::Failed);
    EXPECT_TRUE(u->steps.first().message.contains(QStringLiteral("Some connector")));
    EXPECT_TRUE(m_runner.sent.isEmpty()) << "nothing was sent for an entry it cannot undo";
}

// The journal binds to the organisation it was made for (issue 12 item 2).
TEST_F(EngineTest, UndoRefusesAnotherOrganisationNamingBoth)
{
    const auto applied = applyFreshPlan();
    ASSERT_TRUE(applied && applied->success);
    ASSERT_TRUE(m_state.rule);
    auto j = ChangeJournal::load(applied->journalPath);
    ASSERT_TRUE(j.ok());
    EXPECT_EQ(j->organisation().guid, shapes::freshOrg().identity.guid);

    // The same objects exist in another organisation reached through another server.
    m_state.orgName = QStringLiteral("Fabrikam");
    m_state.orgGuid = QStringLiteral("9e8d7c6b-5a49-4838-a271-605f4e3d2c1b");
    m_engine.setRunner(&m_runner, QStringLiteral("ex02.fabrikam.com"));
    m_runner.sent.clear();
    const auto u = undo(applied->journalPath);
    ASSERT_TRUE(u);
    EXPECT_FALSE(u->success);
    EXPECT_TRUE(u->refused);
    ASSERT_EQ(u->steps.size(), 3);
    for (const StepOutcome &o : u->steps) {
        EXPECT_TRUE(o.refused);
        EXPECT_TRUE(o.message.contains(QStringLiteral("Contoso"))) << o.message.toStdString();
        EXPECT_TRUE(o.message.contains(QStringLiteral("Fabrikam"))) << o.message.toStdString();
        EXPECT_TRUE(o.message.contains(QStringLiteral("ex02.fabrikam.com")));
    }
    EXPECT_EQ(m_runner.sent.size(), 1) << "only the read of the live state";
    EXPECT_FALSE(sentAnyChange(m_runner.sent));
    EXPECT_TRUE(m_state.rule && m_state.remote);
    EXPECT_EQ(m_state.ndr, settings().ndrMailbox);
}

// An object changed since the apply is not the run's to undo; nothing at all is undone.
TEST_F(EngineTest, UndoRefusesAnObjectChangedSinceAndUndoesNothing)
{
    const auto applied = applyFreshPlan();
    ASSERT_TRUE(applied && applied->success);
    ASSERT_TRUE(m_state.rule);

    m_state.oof = QStringLiteral("External"); // an administrator changed the remote domain since
    m_runner.sent.clear();
    const auto u = undo(applied->journalPath);
    ASSERT_TRUE(u);
    EXPECT_TRUE(u->refused);
    EXPECT_FALSE(u->success);
    EXPECT_FALSE(sentAnyChange(m_runner.sent));
    int refused = 0;
    for (const StepOutcome &o : u->steps) {
        if (!o.refused) {
            EXPECT_EQ(o.state, StepState::Skipped);
            continue;
        }
        ++refused;
        EXPECT_EQ(o.kind, StepKind::RemoteDomain);
        EXPECT_TRUE(o.message.contains(QStringLiteral("AllowedOOFType")))
            << o.message.toStdString();
    }
    EXPECT_EQ(refused, 1);
    EXPECT_TRUE(m_state.rule && m_state.remote);
    EXPECT_EQ(m_state.ndr, settings().ndrMailbox);
    EXPECT_EQ(statusesIn(applied->journalPath), QList<JournalStatus>(3, JournalStatus::Verified))
        << "a refused undo records nothing as undone";
}

// Exchange refused the run's create because the object already existed (another run won):
// that object is not this run's, and nothing of the run is undone (issue 12 item 1).
TEST_F(EngineTest, UndoNeverRemovesWhatExchangeRefusedToCreate)
{
    m_state.failOn = QStringLiteral("New-JournalRule");
    m_state.rule = true; // the winner's rule
    m_state.ruleEnabled = true;
    const auto result = applyFreshPlan();
    ASSERT_TRUE(result);
    ASSERT_GE(result->steps.size(), 2);
    EXPECT_EQ(result->steps.at(1).state, StepState::Failed);

    m_state.failOn.clear();
    m_runner.sent.clear();
    const auto u = undo(result->journalPath);
    ASSERT_TRUE(u);
    EXPECT_TRUE(u->refused);
    EXPECT_FALSE(sentAnyChange(m_runner.sent));
    EXPECT_TRUE(m_state.rule) << "the winner's rule was removed";
    EXPECT_EQ(m_state.ndr, settings().ndrMailbox) << "the NDR address was cleared";
    bool named = false;
    for (const StepOutcome &o : u->steps)
        named |= o.refused && o.kind == StepKind::JournalRule
                 && o.message.contains(QStringLiteral("someone else"));
    EXPECT_TRUE(named);
}

// Exchange refused the second change of a step (Set-RemoteDomain after New-RemoteDomain): the
// object the first change made is the run's (its Guid was read back), so undo removes it -
// addressed by that Guid - and restores the rest.
TEST_F(EngineTest, UndoRemovesWhatTheRunMadeBeforeExchangeRefusedItsNextChange)
{
    m_state.failOn = QStringLiteral("Set-RemoteDomain");
    m_state.remoteGuid = QStringLiteral("5d1e0c2b-7a69-4e3f-9b8a-0c1d2e3f4a5b");
    const auto result = applyFreshPlan();
    ASSERT_TRUE(result);
    ASSERT_GE(result->steps.size(), 3);
    EXPECT_EQ(result->steps.at(2).state, StepState::Failed);
    EXPECT_TRUE(m_state.remote);
    auto journal = ChangeJournal::load(result->journalPath);
    ASSERT_TRUE(journal.ok());
    ASSERT_FALSE(journal->entries().isEmpty());
    const JournalEntry &rd = journal->entries().last();
    EXPECT_EQ(rd.status, JournalStatus::Failed);
    EXPECT_EQ(rd.observed.value(QLatin1String("Guid")).toString(), m_state.remoteGuid);

    m_state.failOn.clear();
    m_runner.sent.clear();
    const auto u = undo(result->journalPath);
    ASSERT_TRUE(u);
    EXPECT_TRUE(u->success);
    EXPECT_FALSE(u->refused);
    EXPECT_FALSE(m_state.remote);
    EXPECT_FALSE(m_state.rule);
    EXPECT_EQ(m_state.ndr, QStringLiteral("<>"));
    bool byGuid = false;
    for (const QList<Command> &p : m_runner.sent)
        for (const Command &c : p)
            if (c.name == QLatin1String("Remove-RemoteDomain"))
                byGuid = c.parameter(QStringLiteral("Identity"))->value.toString()
                         == m_state.remoteGuid;
    EXPECT_TRUE(byGuid) << "the removal names the object that was checked";
}
