// The widget-free controller: inputs, verification state, remembered settings, async failure.
#include "SetupController.h"

#include <gtest/gtest.h>

#include <QFile>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>

using wizard::SetupController;

namespace {

const QString kFingerprint = QStringLiteral("AB:CD:EF:01:23:45:67:89:AB:CD:EF:01:23:45:67:89:AB:CD:"
                                            "EF:01:23:45:67:89:AB:CD:EF:01:23:45:67:89");

} // namespace

TEST(SetupControllerTest, StartsIdleUnverifiedAndForgetful)
{
    SetupController c;
    EXPECT_FALSE(c.isBusy());
    EXPECT_FALSE(c.isConnectionVerified());
    EXPECT_FALSE(c.rememberPassword());
    EXPECT_EQ(c.authChoice(), SetupController::AuthChoice::CurrentUser);
    EXPECT_FALSE(c.connectionInputError().isEmpty());
    EXPECT_EQ(c.settings().ruleName, exchange::JournalingSettings::defaultRuleName());
    EXPECT_TRUE(c.settings().remoteDomainEnabled);
    EXPECT_FALSE(c.settings().connectorEnabled);
}

TEST(SetupControllerTest, InputErrorsInOrder)
{
    SetupController c;
    c.setServer(QStringLiteral("ex01.contoso.com"));
    EXPECT_TRUE(c.connectionInputError().isEmpty()); // current user: nothing else needed
    c.setAuthChoice(SetupController::AuthChoice::Ntlm);
    EXPECT_TRUE(c.connectionInputError().contains(QStringLiteral("user name")));
    c.setUserName(QStringLiteral("CONTOSO\\admin"));
    EXPECT_TRUE(c.connectionInputError().contains(QStringLiteral("password")));
    c.setPassword(QStringLiteral("pw"));
    EXPECT_TRUE(c.connectionInputError().isEmpty());
    c.setAuthChoice(SetupController::AuthChoice::Basic);
    EXPECT_TRUE(c.connectionInputError().contains(QStringLiteral("https://")));
    c.setServer(QStringLiteral("https://ex01.contoso.com/PowerShell"));
    EXPECT_TRUE(c.connectionInputError().isEmpty());
}

TEST(SetupControllerTest, SessionOptionsFollowTheChoice)
{
    SetupController c;
    c.setServer(QStringLiteral("ex01.contoso.com"));
    c.setUserName(QStringLiteral("admin"));
    c.setPassword(QStringLiteral("secret"));
    remoting::SessionOptions o = c.sessionOptions();
    EXPECT_EQ(o.endpoint, QUrl(QStringLiteral("http://ex01.contoso.com/PowerShell")));
    EXPECT_EQ(o.auth, remoting::AuthMethod::Kerberos);
    EXPECT_TRUE(o.userName.isEmpty()); // the current user: no explicit credentials sent
    EXPECT_TRUE(o.password.isEmpty());
    c.setAuthChoice(SetupController::AuthChoice::Ntlm);
    o = c.sessionOptions();
    EXPECT_EQ(o.auth, remoting::AuthMethod::Ntlm);
    EXPECT_EQ(o.userName, QStringLiteral("admin"));
    EXPECT_EQ(o.password, QStringLiteral("secret"));
    c.setAuthChoice(SetupController::AuthChoice::Basic);
    EXPECT_EQ(c.sessionOptions().auth, remoting::AuthMethod::Basic);
}

TEST(SetupControllerTest, FingerprintPinnedPerServer)
{
    SetupController c;
    EXPECT_FALSE(c.setTrustedFingerprint(kFingerprint)); // no server yet
    c.setServer(QStringLiteral("https://127.0.0.1:4443/PowerShell"));
    EXPECT_FALSE(c.setTrustedFingerprint(QStringLiteral("abcd")));
    EXPECT_FALSE(c.setTrustedFingerprint(QString(64, QLatin1Char('z'))));
    ASSERT_TRUE(c.setTrustedFingerprint(kFingerprint));
    EXPECT_EQ(c.pinnedSha256().size(), 32);
    EXPECT_EQ(SetupController::fingerprintText(c.pinnedSha256()), kFingerprint);
    EXPECT_EQ(c.sessionOptions().pinnedSha256, c.pinnedSha256());
    c.setServer(QStringLiteral("https://other.example.net/PowerShell"));
    EXPECT_TRUE(c.pinnedSha256().isEmpty());
    c.setServer(QStringLiteral("https://127.0.0.1:4443/wsman"));
    EXPECT_EQ(c.pinnedSha256().size(), 32); // same host and port
}

TEST(SetupControllerTest, InvalidInputFailsWithoutGoingBusy)
{
    SetupController c;
    QSignalSpy tested(&c, &SetupController::connectionTested);
    QSignalSpy activity(&c, &SetupController::activityChanged);
    c.testConnection();
    ASSERT_EQ(tested.count(), 1);
    EXPECT_FALSE(tested.at(0).at(0).toBool());
    EXPECT_EQ(activity.count(), 0);
    EXPECT_FALSE(c.errorText().isEmpty());
}

TEST(SetupControllerTest, RefusedConnectionIsExplainedAsynchronously)
{
    // A port that was just free: nothing listens there.
    QTcpServer probe;
    ASSERT_TRUE(probe.listen(QHostAddress::LocalHost));
    const quint16 port = probe.serverPort();
    probe.close();

    SetupController c;
    c.setServer(QStringLiteral("http://127.0.0.1:%1/PowerShell").arg(port));
    c.setAuthChoice(SetupController::AuthChoice::Ntlm);
    c.setUserName(QStringLiteral("CONTOSO\\admin"));
    c.setPassword(QStringLiteral("pw"));
    QSignalSpy tested(&c, &SetupController::connectionTested);
    c.testConnection();
    EXPECT_TRUE(c.isBusy()); // returned at once; the work continues in the event loop
    EXPECT_EQ(c.activity(), SetupController::Activity::Connecting);
    ASSERT_TRUE(tested.count() == 1 || tested.wait(20000)) << c.errorDetail().toStdString();
    EXPECT_FALSE(tested.at(0).at(0).toBool());
    EXPECT_FALSE(c.isBusy());
    EXPECT_FALSE(c.isConnectionVerified());
    EXPECT_FALSE(c.errorText().isEmpty());
    EXPECT_FALSE(c.errorDetail().isEmpty());
    EXPECT_TRUE(c.errorText().contains(QStringLiteral("127.0.0.1"))) << c.errorText().toStdString();
}

TEST(SetupControllerTest, EditsInvalidateAndSettingsAreRememberedPerServerWithoutSecrets)
{
    QTemporaryDir dir;
    const QString ini = dir.filePath(QStringLiteral("settings.ini"));
    {
        SetupController c;
        c.setSettingsFile(ini);
        QSignalSpy changed(&c, &SetupController::connectionInputsChanged);
        c.setServer(QStringLiteral("ex01.contoso.com"));
        c.setAuthChoice(SetupController::AuthChoice::Ntlm);
        c.setUserName(QStringLiteral("CONTOSO\\admin"));
        c.setPassword(QStringLiteral("S3cret-Pa55!"));
        EXPECT_EQ(changed.count(), 4);
        c.updateSettings([](exchange::JournalingSettings &s) {
            s.journalAddress = QStringLiteral("j-1@archive.example.net");
            s.ndrMailbox = QStringLiteral("ndr@contoso.com");
            s.replaceExistingNdr = true;
        });
        c.saveRemembered();
    }
    QFile file(ini);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray content = file.readAll();
    EXPECT_FALSE(content.contains("S3cret-Pa55!"));
    EXPECT_TRUE(content.contains("j-1@archive.example.net"));

    SetupController restored;
    restored.setSettingsFile(ini);
    restored.loadLastServer();
    EXPECT_EQ(restored.server(), QStringLiteral("ex01.contoso.com"));
    EXPECT_EQ(restored.authChoice(), SetupController::AuthChoice::Ntlm);
    EXPECT_EQ(restored.userName(), QStringLiteral("CONTOSO\\admin"));
    EXPECT_FALSE(restored.hasPassword());
    EXPECT_EQ(restored.settings().journalAddress, QStringLiteral("j-1@archive.example.net"));
    EXPECT_EQ(restored.settings().ndrMailbox, QStringLiteral("ndr@contoso.com"));
    EXPECT_FALSE(restored.settings().replaceExistingNdr); // consent is asked again
}

TEST(SetupControllerTest, ApplyRefusedWithoutACurrentPlan)
{
    SetupController c;
    c.apply();
    EXPECT_FALSE(c.isBusy());
    EXPECT_FALSE(c.hasApplied());
    EXPECT_FALSE(c.errorText().isEmpty());
    c.refreshPlan(); // never tested: refuses and says why
    EXPECT_FALSE(c.isBusy());
    EXPECT_FALSE(c.isPlanCurrent());
    EXPECT_TRUE(c.errorText().contains(QStringLiteral("test")));
}
