// A password round trip through the real system keychain (Linux: gnome-keyring's Secret
// Service under dbus-run-session, see run-with-keyring.sh; Windows: the Credential Manager,
// under Wine in .ci/windows), and proof that it reaches neither the settings file nor the log.
#include "KeychainCredentialStore.h"
#include "SetupController.h"

#include <gtest/gtest.h>

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using credentials::KeychainCredentialStore;

namespace {

QString g_log;

void captureLog(QtMsgType, const QMessageLogContext &ctx, const QString &message)
{
    g_log += QString::fromLatin1(ctx.category ? ctx.category : "") + QLatin1Char(' ') + message
             + QLatin1Char('\n');
}

struct ReadResult
{
    bool done = false, ok = false;
    QString secret, error;
};

ReadResult readBack(KeychainCredentialStore &store, const QString &server, const QString &user)
{
    ReadResult r;
    store.readPassword(server, user, [&r](bool ok, const QString &secret, const QString &error) {
        r = {true, ok, secret, error};
    });
    EXPECT_TRUE(QTest::qWaitFor([&] { return r.done; }, 20000));
    return r;
}

} // namespace

TEST(KeychainTest, KeyIsPrefixedPerServerAndUser)
{
    EXPECT_EQ(credentials::CredentialStore::keyFor(QStringLiteral(" EX01.Contoso.com "),
                                                   QStringLiteral("admin")),
              QStringLiteral("securestore-setup/ex01.contoso.com/admin"));
}

TEST(KeychainTest, PasswordRoundTripThroughTheRealKeyring)
{
#ifndef Q_OS_WIN
    // CTest runs this through run-with-keyring.sh; without its D-Bus session the keyring is
    // missing, which must fail rather than pass unseen. (Windows: the Credential Manager.)
    ASSERT_FALSE(qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        << "no D-Bus session: run through tests/wizard/run-with-keyring.sh";
#endif
    qputenv("QT_LOGGING_RULES", "securestore.*=true");
    QtMessageHandler previous = qInstallMessageHandler(captureLog);

    KeychainCredentialStore store;
    const QString server
        = QStringLiteral("ex-%1.test").arg(QUuid::createUuid().toString(QUuid::Id128).left(8));
    const QString user = QStringLiteral("CONTOSO\\admin");
    const QString secret
        = QStringLiteral("Pa55-%1-ü€").arg(QUuid::createUuid().toString(QUuid::Id128));

    bool written = false, writeOk = false;
    QString writeError;
    store.writePassword(server, user, secret, [&](bool ok, const QString &error) {
        written = true;
        writeOk = ok;
        writeError = error;
    });
    ASSERT_TRUE(QTest::qWaitFor([&] { return written; }, 20000));
    ASSERT_TRUE(writeOk) << writeError.toStdString();

    ReadResult r = readBack(store, server, user);
    ASSERT_TRUE(r.ok) << r.error.toStdString();
    EXPECT_EQ(r.secret, secret);

    // The controller restores it asynchronously for a remembered server.
    QTemporaryDir dir;
    const QString ini = dir.filePath(QStringLiteral("settings.ini"));
    {
        wizard::SetupController c;
        c.setSettingsFile(ini);
        c.setServer(server);
        c.setAuthChoice(wizard::SetupController::AuthChoice::Ntlm);
        c.setUserName(user);
        c.setRememberPassword(true);
        c.saveRemembered();
    }
    wizard::SetupController restored;
    restored.setSettingsFile(ini);
    restored.setCredentialStore(&store);
    QSignalSpy loaded(&restored, &wizard::SetupController::passwordLoaded);
    restored.loadLastServer();
    EXPECT_FALSE(restored.hasPassword()); // not synchronously: no blocking keychain call
    ASSERT_TRUE(loaded.wait(20000));
    EXPECT_TRUE(restored.hasPassword());
    EXPECT_EQ(restored.sessionOptions().password, secret);

    bool deleted = false, deleteOk = false;
    store.deletePassword(server, user, [&](bool ok, const QString &) {
        deleted = true;
        deleteOk = ok;
    });
    ASSERT_TRUE(QTest::qWaitFor([&] { return deleted; }, 20000));
    EXPECT_TRUE(deleteOk);
    r = readBack(store, server, user);
    EXPECT_FALSE(r.ok);
    EXPECT_FALSE(r.error.isEmpty());

    qInstallMessageHandler(previous);
    QFile f(ini);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    const QByteArray settings = f.readAll();
    EXPECT_FALSE(settings.contains(secret.toUtf8()));
    EXPECT_TRUE(settings.contains("rememberPassword=true"));
    EXPECT_FALSE(g_log.isEmpty()); // the keychain operations were logged...
    EXPECT_FALSE(g_log.contains(secret)) << g_log.toStdString(); // ...never the secret
}
