// Errors carry the reason they were born with, and one advice table (exchange::ErrorAdvice)
// turns it into what to do, so the wizard and the command line say the same thing in every
// language. Real failures only: a refused loopback port, an unresolvable .invalid name, the
// fake's untrusted certificate and a wrong password against the fake, each through a real
// RemoteSession, the wizard's SetupController and the securestore-setup binary, in English
// and with the German translation loaded.
#include "CliReport.h"
#include "ErrorAdvice.h"
#include "FakeExchangeProcess.h"
#include "RemoteSession.h"
#include "SetupController.h"
#include "TestPaths.h"

#include <gtest/gtest.h>

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTranslator>

#ifdef Q_OS_WIN
#include "WineUnixProcess.h"
#endif

using remoting::Error;
using wizard::SetupController;

namespace {

const QString kAdmin = QStringLiteral("admin");
const QString kAdminPassword = QStringLiteral("Contoso!Admin1");

struct Failure
{
    const char *name;
    QUrl server;
    QString password;
    Error::Reason reason;
};

// The error a real session gets for these options.
Error sessionError(const remoting::SessionOptions &options)
{
    remoting::RemoteSession session;
    QSignalSpy opened(&session, &remoting::RemoteSession::opened);
    QSignalSpy failed(&session, &remoting::RemoteSession::failed);
    session.open(options);
    EXPECT_TRUE(failed.wait(30000))
        << "no failure for " << options.endpoint.toString().toStdString();
    EXPECT_EQ(opened.size(), 0);
    return failed.isEmpty() ? Error() : failed.first().at(0).value<Error>();
}

struct CliOutcome
{
    int exitCode = -1;
    QString err;
    QJsonObject error; // --json's "error"
};

// `securestore-setup [--lang LANG] plan --json` with Basic credentials for `server`.
CliOutcome runCli(const QUrl &server, const QString &password, const QString &pin,
                  const QString &language, const QTemporaryDir &dir)
{
    QStringList args;
    if (!language.isEmpty())
        args << QStringLiteral("--lang") << language;
    args << QStringLiteral("plan") << QStringLiteral("--json") << QStringLiteral("--server")
         << server.toString() << QStringLiteral("--auth") << QStringLiteral("basic")
         << QStringLiteral("--user") << kAdmin << QStringLiteral("--password-stdin")
         << QStringLiteral("--journal-address") << QStringLiteral("abc123@archive.securestore.net")
         << QStringLiteral("--ndr-mailbox") << QStringLiteral("journal-ndr@contoso.com");
    if (!pin.isEmpty())
        args << QStringLiteral("--trust-fingerprint") << pin;
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_DATA_HOME"), dir.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("*.debug=false"));
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    p.setProcessEnvironment(env);
    p.start(testsupport::binDir() + QStringLiteral("/securestore-setup"), args);
    CliOutcome out;
    if (!p.waitForStarted(10000))
        return out;
    p.write(password.toUtf8() + '\n');
    p.closeWriteChannel();
    if (!p.waitForFinished(60000)) {
        p.kill();
        p.waitForFinished();
        return out;
    }
    out.exitCode = p.exitCode();
    out.err = QString::fromUtf8(p.readAllStandardError());
    out.error = QJsonDocument::fromJson(p.readAllStandardOutput())
                    .object()
                    .value(QStringLiteral("error"))
                    .toObject();
    return out;
}

class ErrorAdviceTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(testsupport::fakeExchangeAvailable());
        QStandardPaths::setTestModeEnabled(true);
        ASSERT_TRUE(m_dir.isValid());
        testsupport::FakeExchangeProcess::Options options;
        options.https = true; // its generated certificate: not trusted here
        m_fake = std::make_unique<testsupport::FakeExchangeProcess>(options);
        ASSERT_TRUE(m_fake->start()) << m_fake->errorString().toStdString();

        quint16 closedPort = 0;
        {
            QTcpServer probe;
            ASSERT_TRUE(probe.listen(QHostAddress::LocalHost, 0));
            closedPort = probe.serverPort();
        }
        m_failures = {
            {"refused", QUrl(QStringLiteral("https://127.0.0.1:%1/PowerShell").arg(closedPort)),
             kAdminPassword, Error::Reason::ConnectionRefused},
            {"dns", QUrl(QStringLiteral("https://ex01.no-such-host.invalid/PowerShell")),
             kAdminPassword, Error::Reason::HostNotFound},
            {"untrusted", m_fake->url(), kAdminPassword, Error::Reason::TlsUntrusted},
        };
        // Under Wine (.ci/windows) a connection to the port the probe just closed is neither
        // refused nor answered within 30 s (seen there, not explained; on Linux it is refused at
        // once). The refused case is left to the Linux run until it is understood on Windows.
#ifdef Q_OS_WIN
        if (testsupport::WineUnixProcess::underWine())
            m_failures.removeFirst();
#endif
    }

    // Checks that the wizard and the CLI give `failure` the same reason and the same advice,
    // the one ErrorAdvice has for the reason the session error was born with. Returns it.
    QString expectSameAdvice(const Failure &failure, const QString &language,
                             const QString &pin = {})
    {
        SetupController c;
        c.setSettingsFile(m_dir.filePath(QStringLiteral("settings.ini")));
        c.setServer(failure.server.toString());
        c.setAuthChoice(SetupController::AuthChoice::Basic);
        c.setUserName(kAdmin);
        c.setPassword(failure.password);
        if (!pin.isEmpty()) {
            EXPECT_TRUE(c.setTrustedFingerprint(pin));
        }
        const remoting::SessionOptions options = c.sessionOptions();

        const Error error = sessionError(options);
        EXPECT_EQ(Error::reasonName(error.reason), Error::reasonName(failure.reason))
            << failure.name << ": " << error.toLogString().toStdString();
        const QString advice
            = exchange::ErrorAdvice::nextStep(error, exchange::ErrorAdvice::Context::of(options));
        EXPECT_FALSE(advice.isEmpty()) << failure.name;

        QSignalSpy tested(&c, &SetupController::connectionTested);
        c.testConnection();
        EXPECT_TRUE(tested.wait(30000)) << failure.name;
        EXPECT_FALSE(!tested.isEmpty() && tested.last().at(0).toBool()) << failure.name;
        EXPECT_EQ(c.errorText().toStdString(),
                  (error.message + QLatin1Char('\n') + advice).toStdString())
            << failure.name;

        {
            const CliOutcome cli = runCli(failure.server, failure.password, pin, language, m_dir);
            EXPECT_EQ(cli.exitCode, 1) << failure.name << "\n" << cli.err.toStdString();
            EXPECT_EQ(cli.error.value(QStringLiteral("reason")).toString().toStdString(),
                      Error::reasonName(failure.reason))
                << failure.name;
            EXPECT_EQ(cli.error.value(QStringLiteral("advice")).toString().toStdString(),
                      advice.toStdString())
                << failure.name;
            EXPECT_TRUE(cli.err.contains(cli::CliReport::adviceLine(advice)))
                << failure.name << "\n"
                << cli.err.toStdString();
            // (In German the process also has Qt's own German texts, e.g. for TLS errors.)
            if (language.isEmpty()) {
                EXPECT_TRUE(cli.err.contains(error.message)) << failure.name << "\n"
                                                             << cli.err.toStdString();
            }
        }
        return advice;
    }

    QTemporaryDir m_dir;
    std::unique_ptr<testsupport::FakeExchangeProcess> m_fake;
    QList<Failure> m_failures;
};

} // namespace

TEST_F(ErrorAdviceTest, WizardAndCommandLineGiveTheSameAdviceForEachReason)
{
    QStringList seen;
    for (const Failure &f : qAsConst(m_failures))
        seen << expectSameAdvice(f, QString());
    // Each reason has its own advice.
    seen.removeDuplicates();
    EXPECT_EQ(seen.size(), m_failures.size());

    // A wrong password is rejected by the server (the certificate pinned so TLS passes).
    const Failure wrongPassword{"wrong password", m_fake->url(), QStringLiteral("not-the-password"),
                                Error::Reason::AuthRejected};
    const QString rejected = expectSameAdvice(wrongPassword, QString(), m_fake->fingerprintHex());
    EXPECT_TRUE(rejected.contains(QStringLiteral("Basic"))) << "advice for the chosen method";
}

// With the German translation loaded the advice is still chosen by reason: each failure gets
// the advice of its reason, the same in the wizard and the command line (--lang de).
TEST_F(ErrorAdviceTest, GermanAdviceIsChosenByReasonNotByText)
{
    QStringList english;
    for (const Failure &f : qAsConst(m_failures))
        english << expectSameAdvice(f, QString());

    QTranslator german;
    ASSERT_TRUE(german.load(QStringLiteral(":/i18n/securestore_de.qm")));
    QCoreApplication::installTranslator(&german);
    // German is really in use: the command line's own "error: %1" and the remoting layer's
    // texts that are already translated come out German.
    ASSERT_NE(QCoreApplication::translate("cli::CliRun", "error: %1"), QStringLiteral("error: %1"));

    QStringList seen;
    for (const Failure &f : qAsConst(m_failures))
        seen << expectSameAdvice(f, QStringLiteral("de"));
    // ... and it is German (DNS failure, refused connection, untrusted certificate).
    for (int i = 0; i < m_failures.size(); ++i)
        EXPECT_NE(seen.at(i), english.at(i)) << m_failures.at(i).name << ": still English";
    seen.removeDuplicates();
    EXPECT_EQ(seen.size(), m_failures.size());
    QCoreApplication::removeTranslator(&german);
}

// Every reason the remoting layer can give has advice or, by design, none; the advice depends
// on what it may mention (port, sign-in method) but never on the message.
TEST(ErrorAdvice, EveryReasonHasItsOwnAdviceIndependentOfTheMessage)
{
    exchange::ErrorAdvice::Context ctx;
    ctx.endpoint = QUrl(QStringLiteral("https://ex01.contoso.com/PowerShell"));
    ctx.auth = remoting::AuthMethod::Basic;
    ctx.currentUser = false;
    QStringList all;
    for (int r = int(Error::Reason::Unclassified); r <= int(Error::Reason::Cancelled); ++r) {
        const auto reason = Error::Reason(r);
        Error e = Error::make(Error::Kind::Network, reason, QStringLiteral("refused not found"));
        const QString advice = exchange::ErrorAdvice::nextStep(e, ctx);
        e.message = QStringLiteral("something else entirely");
        EXPECT_EQ(exchange::ErrorAdvice::nextStep(e, ctx), advice) << Error::reasonName(reason);
        const bool silent
            = reason == Error::Reason::Unclassified || reason == Error::Reason::InvalidInput
              || reason == Error::Reason::RemoteCommand || reason == Error::Reason::Cancelled;
        EXPECT_EQ(advice.isEmpty(), silent) << Error::reasonName(reason);
        if (!advice.isEmpty())
            all << advice;
    }
    const int count = all.size();
    all.removeDuplicates();
    EXPECT_EQ(all.size(), count) << "two reasons share one advice";

    const Error refused
        = Error::make(Error::Kind::Network, Error::Reason::ConnectionRefused, QString());
    EXPECT_TRUE(exchange::ErrorAdvice::nextStep(refused, ctx).contains(QStringLiteral("443")));
    ctx.endpoint = QUrl(QStringLiteral("http://ex01.contoso.com:5985/wsman"));
    EXPECT_TRUE(
        exchange::ErrorAdvice::nextStep(refused, ctx).contains(QStringLiteral("port 5985")));

    Error rejected = Error::make(Error::Kind::Auth, Error::Reason::AuthRejected, QString());
    ctx.auth = remoting::AuthMethod::Kerberos;
    EXPECT_TRUE(exchange::ErrorAdvice::nextStep(rejected, ctx).contains(QStringLiteral("HTTP/")));
    ctx.auth = remoting::AuthMethod::Ntlm;
    EXPECT_TRUE(
        exchange::ErrorAdvice::nextStep(rejected, ctx).contains(QStringLiteral("DOMAIN\\user")));

    Error unavailable = Error::make(Error::Kind::Auth, Error::Reason::AuthUnavailable, QString());
    ctx.auth = remoting::AuthMethod::Kerberos;
    ctx.currentUser = true;
    EXPECT_TRUE(
        exchange::ErrorAdvice::nextStep(unavailable, ctx).contains(QStringLiteral("kinit")));

    Error busy = Error::make(Error::Kind::Http, Error::Reason::ServerFault, QString());
    const QString fault = exchange::ErrorAdvice::nextStep(busy, ctx);
    busy.httpStatus = 503;
    EXPECT_NE(exchange::ErrorAdvice::nextStep(busy, ctx), fault);
}
