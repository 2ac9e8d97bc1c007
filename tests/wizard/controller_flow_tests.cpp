// The controller end to end against bin/fake-exchange over loopback (https with a generated
// certificate, Basic auth, the built-in demo organisation): the whole flow, and each cancel and
// failure branch of its state machine driven directly, with real sessions made by the
// controller's session factory. WizardFlowTest drives the same flows through the pages.
#include "FakeExchangeProcess.h"
#include "SetupController.h"
#include "TestPaths.h"
#include "WsmanTransport.h"
#include "wsman/Wsman.h"

#include <gtest/gtest.h>

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <memory>

using wizard::SetupController;
using State = wizard::SetupController::State;
using testsupport::FakeExchangeProcess;

namespace {

const QString kAdmin = QStringLiteral("admin");
const QString kAdminPassword = QStringLiteral("Contoso!Admin1");

class ControllerFlowTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(testsupport::fakeExchangeAvailable())
            << "fake-exchange is not built: " << testsupport::fakeExchangeProgram().toStdString();
        // The engine's logs and journals stay out of the user's data.
        QStandardPaths::setTestModeEnabled(true);
        ASSERT_TRUE(m_dir.isValid());
        m_controller.setSettingsFile(m_dir.filePath(QStringLiteral("settings.ini")));
        // Real sessions, remembered so a test can follow each one to its end.
        m_controller.setSessionFactory([this](QObject *parent) -> remoting::CommandSession * {
            auto *session = new remoting::RemoteSession(parent);
            m_sessions.append(session);
            return session;
        });
    }

    bool startFake(const QStringList &faults = {}, int latencyMs = 0)
    {
        FakeExchangeProcess::Options o;
        o.https = true; // a generated certificate this computer does not trust
        o.state = m_dir.filePath(QStringLiteral("state.json"));
        o.statsFile = m_dir.filePath(QStringLiteral("stats.json"));
        o.faults = faults;
        o.latencyMs = latencyMs;
        m_fake = std::make_unique<FakeExchangeProcess>(o);
        if (!m_fake->start()) {
            ADD_FAILURE() << m_fake->errorString().toStdString();
            return false;
        }
        return true;
    }

    // Server, Basic sign-in and the fake's certificate pinned: Test connection can start.
    void enterConnection(const QString &password = kAdminPassword)
    {
        m_controller.setServer(m_fake->url().toString());
        m_controller.setAuthChoice(SetupController::AuthChoice::Basic);
        m_controller.setUserName(kAdmin);
        m_controller.setPassword(password);
        ASSERT_TRUE(m_controller.setTrustedFingerprint(m_fake->fingerprintHex()));
    }

    void testConnection()
    {
        QSignalSpy tested(&m_controller, &SetupController::connectionTested);
        m_controller.testConnection();
        ASSERT_TRUE(tested.wait(30000)) << m_controller.errorText().toStdString();
        ASSERT_TRUE(tested.last().at(0).toBool()) << m_controller.errorDetail().toStdString();
        ASSERT_EQ(m_controller.state(), State::Verified);
    }

    void plan()
    {
        m_controller.updateSettings([](exchange::JournalingSettings &s) {
            s.journalAddress = QStringLiteral("j-1a2b3c@archive.example.net");
            s.ndrMailbox = QStringLiteral("administrator@contoso.com");
        });
        QSignalSpy planned(&m_controller, &SetupController::planChanged);
        m_controller.refreshPlan();
        ASSERT_TRUE(planned.wait(30000));
        ASSERT_EQ(m_controller.state(), State::Planned) << m_controller.errorText().toStdString();
        ASSERT_TRUE(m_controller.plan().hasChanges());
    }

    // Closes the session as the wizard does on Finish, stops the fake and reads its counters.
    QJsonObject shutdownAndStop()
    {
        bool shutDown = false;
        m_controller.shutdown([&] { shutDown = true; }, 10000);
        EXPECT_TRUE(QTest::qWaitFor([&] { return shutDown; }, 15000));
        return stopAndReadStats();
    }

    QJsonObject stopAndReadStats()
    {
        m_fake->stop();
        QFile stats(m_dir.filePath(QStringLiteral("stats.json")));
        EXPECT_TRUE(stats.open(QIODevice::ReadOnly));
        return QJsonDocument::fromJson(stats.readAll()).object();
    }

    QTemporaryDir m_dir;
    SetupController m_controller;
    QList<QPointer<remoting::RemoteSession>> m_sessions;
    std::unique_ptr<FakeExchangeProcess> m_fake;
};

QList<State> statesOf(const QSignalSpy &spy)
{
    QList<State> out;
    for (const QList<QVariant> &args : spy)
        out << args.at(0).value<State>();
    return out;
}

} // namespace

TEST_F(ControllerFlowTest, FreshOrganisationAppliedAndVerifiedThenNothingToChange)
{
    ASSERT_TRUE(startFake());
    SetupController &c = m_controller;
    c.setServer(m_fake->url().toString());
    c.setAuthChoice(SetupController::AuthChoice::Basic);
    c.setUserName(kAdmin);
    c.setPassword(kAdminPassword);

    // Untrusted: the controller reports the certificate; trusting it pins it and retests.
    QSignalSpy untrusted(&c, &SetupController::certificateUntrusted);
    QSignalSpy tested(&c, &SetupController::connectionTested);
    c.testConnection();
    ASSERT_TRUE(tested.wait(30000)) << c.errorText().toStdString();
    ASSERT_FALSE(tested.last().at(0).toBool());
    EXPECT_EQ(c.state(), State::Unverified);
    ASSERT_EQ(untrusted.count(), 1) << c.errorDetail().toStdString();
    const QSslCertificate cert = untrusted.first().at(0).value<QSslCertificate>();
    EXPECT_EQ(SetupController::fingerprintText(cert.digest(QCryptographicHash::Sha256)),
              m_fake->fingerprintHex());
    c.trustCertificate(cert);
    ASSERT_TRUE(tested.wait(30000));
    ASSERT_TRUE(tested.last().at(0).toBool())
        << c.errorText().toStdString() << " / " << c.errorDetail().toStdString();
    EXPECT_TRUE(c.isConnectionVerified());
    EXPECT_FALSE(c.organisation().acceptedDomains.isEmpty());

    plan();
    ASSERT_FALSE(HasFatalFailure());
    for (const auto &issue : c.plan().issues)
        ADD_FAILURE() << issue.field.toStdString() << ": " << issue.message.toStdString();
    EXPECT_TRUE(c.script().contains(QStringLiteral("New-JournalRule")));

    QSignalSpy finished(&c, &SetupController::applyFinished);
    c.apply();
    EXPECT_EQ(c.state(), State::Applying);
    EXPECT_TRUE(c.isBusy());
    ASSERT_TRUE(finished.wait(60000));
    EXPECT_EQ(c.state(), State::Applied);
    EXPECT_TRUE(c.applyResult().success);
    EXPECT_FALSE(c.applyResult().journalPath.isEmpty());
    // One outcome per plan step, matched by index: the finished result and the live ones agree.
    ASSERT_EQ(c.stepOutcomes().size(), c.plan().steps.size());
    ASSERT_EQ(c.applyResult().steps.size(), c.plan().steps.size());
    for (int i = 0; i < c.stepOutcomes().size(); ++i) {
        const exchange::StepOutcome &o = c.stepOutcomes().at(i);
        EXPECT_EQ(o.kind, c.plan().steps.at(i).kind) << i;
        EXPECT_TRUE(o.state == exchange::StepState::Verified
                    || o.state == exchange::StepState::NoChange
                    || o.state == exchange::StepState::Skipped)
            << o.message.toStdString() << " " << o.detail.toStdString();
    }

    // Re-discovering after apply: the plan is current again and has nothing to change; the
    // run's result stays and apply() does not run a second time.
    QSignalSpy planned(&c, &SetupController::planChanged);
    c.refreshPlan();
    EXPECT_EQ(c.state(), State::Planning);
    ASSERT_TRUE(planned.wait(30000));
    EXPECT_EQ(c.state(), State::Planned);
    ASSERT_TRUE(c.isPlanCurrent());
    EXPECT_FALSE(c.plan().hasChanges());
    EXPECT_TRUE(c.hasApplied());
    EXPECT_TRUE(c.applyResult().success);
    c.apply();
    EXPECT_EQ(c.state(), State::Planned);
    EXPECT_EQ(finished.count(), 1);
    EXPECT_EQ(m_sessions.size(), 2) << "the refused test, then one session for everything else";

    // Finishing the wizard deletes the remote shell (Exchange limits shells per user).
    EXPECT_EQ(shutdownAndStop().value(QStringLiteral("openShells")).toInt(-1), 0);
}

TEST_F(ControllerFlowTest, ShutdownWhileConnectingStillDeletesTheShell)
{
    ASSERT_TRUE(startFake({}, 200)); // the Create is still on its way when the wizard closes
    enterConnection();
    m_controller.testConnection();
    ASSERT_EQ(m_controller.activity(), SetupController::Activity::Connecting);
    const QJsonObject counters = shutdownAndStop();
    EXPECT_EQ(counters.value(QStringLiteral("openShells")).toInt(-1), 0);
    EXPECT_GE(counters.value(QStringLiteral("requests")).toInt(), 2)
        << "the Create and the Delete reached the server";
}

TEST_F(ControllerFlowTest, ShutdownWhileDiscoveringStillDeletesTheShell)
{
    ASSERT_TRUE(startFake({QStringLiteral("slow-receive:1500")}));
    enterConnection();
    m_controller.testConnection();
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return m_controller.activity() == SetupController::Activity::Discovering; }, 30000));
    EXPECT_EQ(shutdownAndStop().value(QStringLiteral("openShells")).toInt(-1), 0);
}

TEST_F(ControllerFlowTest, CancelWhileConnectingEndsAtOnceAndTheShellIsDeleted)
{
    ASSERT_TRUE(startFake({}, 300));
    enterConnection();
    QSignalSpy tested(&m_controller, &SetupController::connectionTested);
    QSignalSpy states(&m_controller, &SetupController::stateChanged);
    m_controller.testConnection();
    ASSERT_EQ(m_controller.activity(), SetupController::Activity::Connecting);
    m_controller.cancel();
    // Nothing was read yet: the test ends at once, without waiting for the server.
    EXPECT_EQ(statesOf(states), (QList<State>{State::Testing, State::Unverified}));
    ASSERT_EQ(tested.count(), 1);
    EXPECT_FALSE(tested.at(0).at(0).toBool());
    EXPECT_FALSE(m_controller.isBusy());
    EXPECT_FALSE(m_controller.isConnectionVerified());
    EXPECT_EQ(m_controller.errorText(), QStringLiteral("Cancelled."));
    EXPECT_EQ(m_controller.session(), nullptr);
    // The abandoned session still deletes the shell its Create made.
    const QJsonObject counters = stopAndReadStats();
    EXPECT_EQ(counters.value(QStringLiteral("openShells")).toInt(-1), 0);
}

TEST_F(ControllerFlowTest, CancelWhileDiscoveringStopsThePipelineAndKeepsNothing)
{
    // Discovery's answer is 2 s away: time to cancel while it runs.
    ASSERT_TRUE(startFake({QStringLiteral("slow-receive:2000")}));
    enterConnection();
    QSignalSpy tested(&m_controller, &SetupController::connectionTested);
    QSignalSpy states(&m_controller, &SetupController::stateChanged);
    m_controller.testConnection();
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return m_controller.activity() == SetupController::Activity::Discovering; }, 30000));
    m_controller.cancel();
    EXPECT_EQ(m_controller.state(), State::TestCancelling);
    EXPECT_EQ(m_controller.activity(), SetupController::Activity::Cancelling);
    ASSERT_TRUE(tested.wait(30000));
    EXPECT_FALSE(tested.last().at(0).toBool());
    EXPECT_EQ(statesOf(states),
              (QList<State>{State::Testing, State::TestCancelling, State::Unverified}));
    EXPECT_EQ(m_controller.errorText(), QStringLiteral("Cancelled."));
    EXPECT_FALSE(m_controller.isConnectionVerified());
    EXPECT_TRUE(m_controller.organisation().acceptedDomains.isEmpty());
    // The half-tested session is retired: it deletes its shell, then itself.
    ASSERT_EQ(m_sessions.size(), 1);
    const QPointer<remoting::RemoteSession> retired = m_sessions.first();
    ASSERT_TRUE(QTest::qWaitFor([&] { return retired.isNull(); }, 15000));
    EXPECT_EQ(stopAndReadStats().value(QStringLiteral("openShells")).toInt(-1), 0);
}

TEST_F(ControllerFlowTest, RejectedSignInLeavesTheConnectionUnverifiedWithAdvice)
{
    ASSERT_TRUE(startFake());
    enterConnection(QStringLiteral("not-the-password"));
    QSignalSpy tested(&m_controller, &SetupController::connectionTested);
    QSignalSpy states(&m_controller, &SetupController::stateChanged);
    m_controller.testConnection();
    ASSERT_TRUE(tested.wait(30000));
    EXPECT_FALSE(tested.last().at(0).toBool());
    EXPECT_EQ(statesOf(states), (QList<State>{State::Testing, State::Unverified}));
    EXPECT_FALSE(m_controller.errorText().isEmpty());
    EXPECT_FALSE(m_controller.errorDetail().isEmpty());
    EXPECT_FALSE(m_controller.errorText().contains(QStringLiteral("not-the-password")));
    EXPECT_FALSE(m_controller.errorDetail().contains(QStringLiteral("not-the-password")));
    EXPECT_EQ(m_controller.session(), nullptr);
    // Nothing to plan from: refreshPlan() says to test again and stays put.
    m_controller.refreshPlan();
    EXPECT_EQ(m_controller.state(), State::Unverified);

    // The right password then verifies, in a new session.
    m_controller.setPassword(kAdminPassword);
    testConnection();
    ASSERT_FALSE(HasFatalFailure());
    EXPECT_TRUE(m_controller.errorText().isEmpty());
    EXPECT_EQ(m_sessions.size(), 2);
    EXPECT_EQ(shutdownAndStop().value(QStringLiteral("openShells")).toInt(-1), 0);
}

TEST_F(ControllerFlowTest, EditingTheConnectionUnverifiesItAndRefreshIsRefused)
{
    ASSERT_TRUE(startFake());
    enterConnection();
    testConnection();
    ASSERT_FALSE(HasFatalFailure());
    plan();
    ASSERT_FALSE(HasFatalFailure());
    // A setting edit makes the plan stale but keeps the connection.
    m_controller.updateSettings([](exchange::JournalingSettings &s) { s.ruleName += 'x'; });
    EXPECT_EQ(m_controller.state(), State::Verified);
    EXPECT_TRUE(m_controller.isConnectionVerified());
    // A connection edit makes the test stale.
    m_controller.setUserName(QStringLiteral("someone-else"));
    EXPECT_EQ(m_controller.state(), State::Unverified);
    EXPECT_FALSE(m_controller.isConnectionVerified());
    QSignalSpy planned(&m_controller, &SetupController::planChanged);
    m_controller.refreshPlan();
    EXPECT_EQ(planned.count(), 1);
    EXPECT_EQ(m_controller.state(), State::Unverified);
    EXPECT_TRUE(m_controller.errorText().contains(QStringLiteral("test")));
    m_controller.apply();
    EXPECT_FALSE(m_controller.hasApplied());
    EXPECT_EQ(shutdownAndStop().value(QStringLiteral("openShells")).toInt(-1), 0);
}

TEST_F(ControllerFlowTest, CancelDuringApplyStopsBetweenStepsThenReDiscoveryShowsWhatIsLeft)
{
    // The first change takes 1 s on the server: time to cancel while it runs. The apply is
    // one pipeline; cancel stops it, the change in flight completes and is read back.
    ASSERT_TRUE(startFake({QStringLiteral("cmdlet-slow:Set-TransportConfig:1000")}));
    enterConnection();
    testConnection();
    ASSERT_FALSE(HasFatalFailure());
    plan();
    ASSERT_FALSE(HasFatalFailure());
    const int steps = int(m_controller.plan().steps.size());

    QSignalSpy finished(&m_controller, &SetupController::applyFinished);
    QObject::connect(&m_controller, &SetupController::stepChanged, &m_controller,
                     [this](int, const exchange::StepOutcome &o) {
                         if (o.state == exchange::StepState::Applying)
                             m_controller.cancel(); // the second call is ignored
                     });
    m_controller.apply();
    ASSERT_TRUE(finished.wait(60000));
    EXPECT_EQ(m_controller.state(), State::Applied);
    const exchange::ApplyResult &r = m_controller.applyResult();
    EXPECT_TRUE(r.cancelled);
    EXPECT_FALSE(r.success);
    ASSERT_EQ(m_controller.stepOutcomes().size(), steps);
    int verified = 0;
    for (const exchange::StepOutcome &o : m_controller.stepOutcomes())
        verified += o.state == exchange::StepState::Verified;
    EXPECT_EQ(verified, 1) << "the running step finished; nothing after it ran";

    // Re-discovery after the cancelled apply plans what was not done yet.
    QSignalSpy planned(&m_controller, &SetupController::planChanged);
    m_controller.refreshPlan();
    ASSERT_TRUE(planned.wait(60000));
    EXPECT_EQ(m_controller.state(), State::Planned);
    EXPECT_TRUE(m_controller.plan().hasChanges());
    EXPECT_TRUE(m_controller.hasApplied());
    EXPECT_EQ(shutdownAndStop().value(QStringLiteral("openShells")).toInt(-1), 0);
}

TEST_F(ControllerFlowTest, ServerLostMidApplyFailsTheStepAndNothingLaterIsVerified)
{
    // The rule's creation takes 2 s on the server, so the first change's read-back arrives
    // (streamed from the one apply pipeline) while the rest is still running.
    ASSERT_TRUE(startFake({QStringLiteral("cmdlet-slow:New-JournalRule:2000")}));
    enterConnection();
    testConnection();
    ASSERT_FALSE(HasFatalFailure());
    plan();
    ASSERT_FALSE(HasFatalFailure());

    // The server goes away as soon as the first change is verified.
    int firstVerified = -1;
    QObject::connect(&m_controller, &SetupController::stepChanged, &m_controller,
                     [&](int index, const exchange::StepOutcome &o) {
                         if (o.state == exchange::StepState::Verified && firstVerified < 0) {
                             firstVerified = index;
                             m_fake->stop();
                         }
                     });
    QSignalSpy finished(&m_controller, &SetupController::applyFinished);
    m_controller.apply();
    ASSERT_TRUE(finished.wait(60000));
    EXPECT_EQ(m_controller.state(), State::Applied);
    ASSERT_GE(firstVerified, 0);
    const exchange::ApplyResult &r = m_controller.applyResult();
    EXPECT_FALSE(r.success);
    EXPECT_FALSE(r.cancelled);
    const QList<exchange::StepOutcome> &outcomes = m_controller.stepOutcomes();
    int failed = 0;
    for (int i = 0; i < outcomes.size(); ++i) {
        if (i == firstVerified) {
            EXPECT_EQ(outcomes.at(i).state, exchange::StepState::Verified);
        } else if (i > firstVerified) {
            EXPECT_NE(outcomes.at(i).state, exchange::StepState::Verified) << i;
        }
        failed += outcomes.at(i).state == exchange::StepState::Failed;
    }
    EXPECT_GE(failed, 1) << "the step the server never answered is failed, not left waiting";
}

// A wizard left idle between pages: refreshPlan() first asks the server whether it still has
// the shell (one WS-Man Get, through the session factory's CommandSession) and, when the
// server dropped it, connects again and plans without bothering the user (all in Planning).
// Quicker flows send no probe; cancel() while the probe is out ends at its answer.
TEST_F(ControllerFlowTest, IdleSessionIsProbedAndReopenedWhenTheServerDroppedIt)
{
    ASSERT_TRUE(startFake());
    enterConnection();
    EXPECT_EQ(m_controller.idleProbeAfterMs(), 5 * 60 * 1000);
    testConnection();
    m_controller.updateSettings([](exchange::JournalingSettings &s) {
        s.journalAddress = QStringLiteral("j-1a2b3c@archive.example.net");
        s.ndrMailbox = QStringLiteral("administrator@contoso.com");
    });

    auto remote = [&] { return qobject_cast<remoting::RemoteSession *>(m_controller.session()); };
    QSignalSpy planned(&m_controller, &SetupController::planChanged);
    auto plan = [&]() -> quint64 {
        const quint64 before = remote() ? remote()->stats().requests : 0;
        m_controller.refreshPlan();
        EXPECT_EQ(m_controller.state(), State::Planning);
        EXPECT_TRUE(planned.wait(30000));
        EXPECT_EQ(m_controller.state(), State::Planned) << m_controller.errorText().toStdString();
        EXPECT_TRUE(m_controller.errorText().isEmpty()) << m_controller.errorText().toStdString();
        return remote() ? remote()->stats().requests - before : 0;
    };
    // Not idle long enough: no probe. Idle (threshold 0): exactly one request more.
    const quint64 quick = plan();
    ASSERT_GT(quick, 0u);
    m_controller.setIdleProbeAfterMs(0);
    EXPECT_EQ(plan(), quick + 1);

    // Cancel while the probe is out: no discovery follows, back to Verified on the same
    // session.
    {
        remoting::RemoteSession *session = remote();
        ASSERT_TRUE(session);
        const quint64 before = session->stats().requests;
        QSignalSpy states(&m_controller, &SetupController::stateChanged);
        m_controller.refreshPlan();
        ASSERT_EQ(m_controller.state(), State::Planning);
        m_controller.cancel();
        EXPECT_EQ(m_controller.state(), State::PlanCancelling);
        ASSERT_TRUE(planned.wait(30000));
        EXPECT_EQ(statesOf(states),
                  (QList<State>{State::Planning, State::PlanCancelling, State::Verified}));
        EXPECT_EQ(m_controller.errorText(), QStringLiteral("Cancelled."));
        EXPECT_EQ(session->stats().requests - before, 1u) << "the probe only";
        EXPECT_EQ(remote(), session);
        EXPECT_TRUE(m_controller.isConnectionVerified());
    }

    // The server drops the shell while the user reads a page: the probe notices, the
    // controller opens a new session with the same inputs and plans; the user sees no error.
    ASSERT_TRUE(remote());
    const int sessionsBefore = m_sessions.size();
    const QString oldShell = remote()->info().shellId;
    {
        remoting::WsmanTransport other(m_controller.sessionOptions());
        ASSERT_TRUE(other.prepare().ok());
        remoting::wsman::Endpoint ep;
        ep.to = m_fake->url().toString();
        ep.resourceUri = m_controller.sessionOptions().resourceUri();
        ep.sessionId = QUuid::createUuid().toString(QUuid::WithoutBraces);
        const auto del = remoting::wsman::buildDelete(ep, oldShell);
        std::optional<remoting::Status> deleted;
        other.post(del.xml, [&](const remoting::Expected<QByteArray> &soap) {
            deleted = soap ? remoting::wsman::parseEmptyResponse(*soap, del.messageId)
                           : remoting::Status(soap.error());
        });
        ASSERT_TRUE(QTest::qWaitFor([&] { return deleted.has_value(); }, 20000));
        ASSERT_TRUE(deleted->ok()) << deleted->error().toLogString().toStdString();
    }
    QSignalSpy states(&m_controller, &SetupController::stateChanged);
    m_controller.refreshPlan();
    ASSERT_TRUE(planned.wait(30000));
    EXPECT_EQ(statesOf(states), (QList<State>{State::Planning, State::Planned}))
        << "reopening stays in Planning";
    EXPECT_EQ(m_controller.state(), State::Planned) << m_controller.errorText().toStdString();
    EXPECT_TRUE(m_controller.errorText().isEmpty()) << m_controller.errorText().toStdString();
    ASSERT_TRUE(remote());
    EXPECT_NE(remote()->info().shellId, oldShell);
    EXPECT_EQ(m_sessions.size(), sessionsBefore + 1) << "the new session came from the factory";
    EXPECT_TRUE(m_controller.isConnectionVerified());
    EXPECT_TRUE(m_controller.plan().hasChanges());

    // Never probing (negative): the same flow costs what it did before.
    m_controller.setIdleProbeAfterMs(-1);
    EXPECT_EQ(plan(), quick);

    EXPECT_EQ(shutdownAndStop().value(QStringLiteral("openShells")).toInt(-1), 0);
}
