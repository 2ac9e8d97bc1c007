// The controller end to end against bin/fake-exchange over loopback (https with a generated
// certificate, Basic auth, the built-in demo organisation): untrusted certificate -> pin ->
// connect -> plan -> apply -> verified; a second plan has nothing to change.
// WizardFlowTest drives the same flow through the pages with clicks.
#include "FakeExchangeProcess.h"
#include "SetupController.h"
#include "TestPaths.h"
#include "WsmanTransport.h"
#include "wsman/Wsman.h"

#include <gtest/gtest.h>

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using wizard::SetupController;

TEST(ControllerFlowTest, FreshOrganisationAppliedAndVerifiedThenNothingToChange)
{
    ASSERT_TRUE(testsupport::fakeExchangeAvailable())
        << "fake-exchange is not built: " << testsupport::fakeExchangeProgram().toStdString();
    QStandardPaths::setTestModeEnabled(
        true); // the engine's logs and journals stay out of the user's data
    QTemporaryDir dir;
    testsupport::FakeExchangeProcess::Options options;
    options.https = true; // a generated certificate this computer does not trust
    options.state = dir.filePath(QStringLiteral("state.json"));
    options.statsFile = dir.filePath(QStringLiteral("stats.json"));
    testsupport::FakeExchangeProcess fx(options);
    ASSERT_TRUE(fx.start()) << fx.errorString().toStdString();

    SetupController c;
    c.setSettingsFile(dir.filePath(QStringLiteral("settings.ini")));
    c.setServer(fx.url().toString());
    c.setAuthChoice(SetupController::AuthChoice::Basic);
    c.setUserName(QStringLiteral("admin"));
    c.setPassword(QStringLiteral("Contoso!Admin1"));

    // Untrusted: the controller reports the certificate; trusting it pins it and retests.
    QSignalSpy untrusted(&c, &SetupController::certificateUntrusted);
    QSignalSpy tested(&c, &SetupController::connectionTested);
    c.testConnection();
    ASSERT_TRUE(tested.wait(30000)) << c.errorText().toStdString();
    ASSERT_FALSE(tested.last().at(0).toBool());
    ASSERT_EQ(untrusted.count(), 1) << c.errorDetail().toStdString();
    const QSslCertificate cert = untrusted.first().at(0).value<QSslCertificate>();
    EXPECT_EQ(SetupController::fingerprintText(cert.digest(QCryptographicHash::Sha256)),
              fx.fingerprintHex());
    c.trustCertificate(cert);
    ASSERT_TRUE(tested.wait(30000));
    ASSERT_TRUE(tested.last().at(0).toBool())
        << c.errorText().toStdString() << " / " << c.errorDetail().toStdString();
    EXPECT_TRUE(c.isConnectionVerified());
    EXPECT_FALSE(c.organisation().acceptedDomains.isEmpty());

    c.updateSettings([](exchange::JournalingSettings &s) {
        s.journalAddress = QStringLiteral("j-1a2b3c@archive.example.net");
        s.ndrMailbox = QStringLiteral("administrator@contoso.com");
    });
    QSignalSpy planned(&c, &SetupController::planChanged);
    c.refreshPlan();
    ASSERT_TRUE(planned.wait(30000));
    ASSERT_TRUE(c.isPlanCurrent()) << c.errorText().toStdString();
    for (const auto &issue : c.plan().issues)
        ADD_FAILURE() << issue.field.toStdString() << ": " << issue.message.toStdString();
    ASSERT_TRUE(c.plan().hasChanges());
    EXPECT_TRUE(c.script().contains(QStringLiteral("New-JournalRule")));

    QSignalSpy finished(&c, &SetupController::applyFinished);
    c.apply();
    EXPECT_TRUE(c.isBusy());
    ASSERT_TRUE(finished.wait(60000));
    EXPECT_TRUE(c.applyResult().success);
    EXPECT_FALSE(c.applyResult().journalPath.isEmpty());
    ASSERT_EQ(c.stepOutcomes().size(), c.plan().steps.size());
    for (const auto &o : c.stepOutcomes()) {
        EXPECT_TRUE(o.state == exchange::StepState::Verified
                    || o.state == exchange::StepState::NoChange
                    || o.state == exchange::StepState::Skipped)
            << o.message.toStdString() << " " << o.detail.toStdString();
    }

    c.refreshPlan();
    ASSERT_TRUE(planned.wait(30000));
    ASSERT_TRUE(c.isPlanCurrent());
    EXPECT_FALSE(c.plan().hasChanges());

    // Finishing the wizard deletes the remote shell (Exchange limits shells per user).
    bool shutDown = false;
    c.shutdown([&] { shutDown = true; });
    ASSERT_TRUE(QTest::qWaitFor([&] { return shutDown; }, 10000));
    fx.stop();
    QFile stats(options.statsFile);
    ASSERT_TRUE(stats.open(QIODevice::ReadOnly));
    EXPECT_EQ(QJsonDocument::fromJson(stats.readAll())
                  .object()
                  .value(QStringLiteral("openShells"))
                  .toInt(-1),
              0);
}

TEST(ControllerFlowTest, ShutdownWhileConnectingStillDeletesTheShell)
{
    QStandardPaths::setTestModeEnabled(true);
    QTemporaryDir dir;
    testsupport::FakeExchangeProcess::Options options;
    options.https = true;
    options.statsFile = dir.filePath(QStringLiteral("stats.json"));
    options.latencyMs = 200; // the Create is still on its way when the wizard closes
    testsupport::FakeExchangeProcess fx(options);
    ASSERT_TRUE(fx.start()) << fx.errorString().toStdString();

    SetupController c;
    c.setSettingsFile(dir.filePath(QStringLiteral("settings.ini")));
    c.setServer(fx.url().toString());
    c.setAuthChoice(SetupController::AuthChoice::Basic);
    c.setUserName(QStringLiteral("admin"));
    c.setPassword(QStringLiteral("Contoso!Admin1"));
    ASSERT_TRUE(c.setTrustedFingerprint(fx.fingerprintHex()));
    c.testConnection();
    QTest::qWait(50);
    bool shutDown = false;
    c.shutdown([&] { shutDown = true; }, 10000);
    ASSERT_TRUE(QTest::qWaitFor([&] { return shutDown; }, 15000));
    fx.stop();
    QFile stats(options.statsFile);
    ASSERT_TRUE(stats.open(QIODevice::ReadOnly));
    const QJsonObject counters = QJsonDocument::fromJson(stats.readAll()).object();
    EXPECT_EQ(counters.value(QStringLiteral("openShells")).toInt(-1), 0);
    EXPECT_GE(counters.value(QStringLiteral("requests")).toInt(), 2)
        << "the Create and the Delete reached the server";
}

// A wizard left idle between pages: refreshPlan() first asks the server whether it still has
// the shell (one WS-Man Get) and, when the server dropped it, connects again and plans
// without bothering the user. Quicker flows send no probe.
TEST(ControllerFlowTest, IdleSessionIsProbedAndReopenedWhenTheServerDroppedIt)
{
    ASSERT_TRUE(testsupport::fakeExchangeAvailable())
        << "fake-exchange is not built: " << testsupport::fakeExchangeProgram().toStdString();
    QStandardPaths::setTestModeEnabled(true);
    QTemporaryDir dir;
    testsupport::FakeExchangeProcess::Options options;
    options.https = true;
    options.state = dir.filePath(QStringLiteral("state.json"));
    testsupport::FakeExchangeProcess fx(options);
    ASSERT_TRUE(fx.start()) << fx.errorString().toStdString();

    SetupController c;
    c.setSettingsFile(dir.filePath(QStringLiteral("settings.ini")));
    c.setServer(fx.url().toString());
    c.setAuthChoice(SetupController::AuthChoice::Basic);
    c.setUserName(QStringLiteral("admin"));
    c.setPassword(QStringLiteral("Contoso!Admin1"));
    ASSERT_TRUE(c.setTrustedFingerprint(fx.fingerprintHex()));
    EXPECT_EQ(c.idleProbeAfterMs(), 5 * 60 * 1000);
    QSignalSpy tested(&c, &SetupController::connectionTested);
    c.testConnection();
    ASSERT_TRUE(tested.wait(30000));
    ASSERT_TRUE(tested.last().at(0).toBool()) << c.errorText().toStdString();
    c.updateSettings([](exchange::JournalingSettings &s) {
        s.journalAddress = QStringLiteral("j-1a2b3c@archive.example.net");
        s.ndrMailbox = QStringLiteral("administrator@contoso.com");
    });

    QSignalSpy planned(&c, &SetupController::planChanged);
    auto plan = [&]() -> quint64 {
        const quint64 before = c.session() ? c.session()->stats().requests : 0;
        c.refreshPlan();
        EXPECT_TRUE(planned.wait(30000));
        EXPECT_TRUE(c.isPlanCurrent()) << c.errorText().toStdString();
        EXPECT_TRUE(c.errorText().isEmpty()) << c.errorText().toStdString();
        return c.session() ? c.session()->stats().requests - before : 0;
    };
    // Not idle long enough: no probe. Idle (threshold 0): exactly one request more.
    const quint64 quick = plan();
    ASSERT_GT(quick, 0u);
    c.setIdleProbeAfterMs(0);
    EXPECT_EQ(plan(), quick + 1);

    // The server drops the shell while the user reads a page: the probe notices, the
    // controller opens a new session with the same inputs and plans; the user sees no error.
    const QString oldShell = c.session()->info().shellId;
    {
        remoting::WsmanTransport other(c.sessionOptions());
        ASSERT_TRUE(other.prepare().ok());
        remoting::wsman::Endpoint ep;
        ep.to = fx.url().toString();
        ep.resourceUri = c.sessionOptions().resourceUri();
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
    c.refreshPlan();
    ASSERT_TRUE(planned.wait(30000));
    EXPECT_TRUE(c.isPlanCurrent()) << c.errorText().toStdString();
    EXPECT_TRUE(c.errorText().isEmpty()) << c.errorText().toStdString();
    ASSERT_TRUE(c.session());
    EXPECT_NE(c.session()->info().shellId, oldShell);
    EXPECT_TRUE(c.isConnectionVerified());
    EXPECT_TRUE(c.plan().hasChanges());

    // Never probing (negative): the same flow costs what it did before.
    c.setIdleProbeAfterMs(-1);
    EXPECT_EQ(plan(), quick);

    bool shutDown = false;
    c.shutdown([&] { shutDown = true; });
    ASSERT_TRUE(QTest::qWaitFor([&] { return shutDown; }, 10000));
}
