// RemoteSession against the real fake-exchange process over loopback: real HTTP(S), real
// TLS certificates, a real MIT KDC and gss-ntlmssp, every fault kind the fake injects.
#include "FakeExchangeProcess.h"
#include "SessionTestUtil.h"
#include "TestKdc.h"
#include "auth/Auth.h"
#include "http/HttpConnection.h"
#include "psrp/Psrp.h"
#include "wsman/Wsman.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpServer>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace remoting;
using testsupport::FakeExchangeProcess;

namespace {

const QString kAdmin = QStringLiteral("admin");
const QString kAdminPassword = QStringLiteral("Contoso!Admin1");

SessionOptions basicOptions(const FakeExchangeProcess &fake)
{
    SessionOptions o = testsupport::basicSessionOptions(fake, kAdmin, kAdminPassword);
    o.connectTimeoutMs = 5000;
    o.readTimeoutMs = 20000;
    return o;
}

QJsonObject readStats(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object();
}

const PsObject *firstOfType(const InvocationResult &r, const QString &suffix)
{
    for (const PsValue &v : r.output)
        if (v.isObject() && v.obj()->isA(suffix))
            return v.obj();
    return nullptr;
}

class BasicHttpsSession : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        FakeExchangeProcess::Options o;
        o.https = true;
        o.state = m_dir.filePath(QStringLiteral("state.json"));
        o.statsFile = m_dir.filePath(QStringLiteral("stats.json"));
        m_fake = std::make_unique<FakeExchangeProcess>(o);
        ASSERT_TRUE(m_fake->start()) << m_fake->errorString().toStdString();
        ASSERT_EQ(m_fake->fingerprint().size(), 32);
    }

    QTemporaryDir m_dir;
    std::unique_ptr<FakeExchangeProcess> m_fake;
};

} // namespace

TEST_F(BasicHttpsSession, OpensRunsStatementsAndDeletesTheShell)
{
    RemoteSession session;
    const auto error = testsupport::openSession(session, basicOptions(*m_fake));
    ASSERT_FALSE(error) << error->toLogString().toStdString();
    EXPECT_FALSE(session.info().protocolVersion.isEmpty());
    EXPECT_FALSE(session.info().shellId.isEmpty());

    const auto result = testsupport::run(session, {Command(QStringLiteral("Get-ExchangeServer")),
                                                   Command(QStringLiteral("Get-AcceptedDomain"))});
    ASSERT_TRUE(result.succeeded()) << testsupport::describe(result).toStdString();
    const PsObject *server = firstOfType(result, QStringLiteral("ExchangeServer"));
    ASSERT_NE(server, nullptr);
    EXPECT_EQ(server->property(QStringLiteral("Name")).toString(), QStringLiteral("EX01"));
    EXPECT_TRUE(server->property(QStringLiteral("AdminDisplayVersion"))
                    .toString()
                    .startsWith(QStringLiteral("Version 15.")));
    QStringList domains;
    for (const PsValue &v : result.output)
        if (v.isObject() && v.obj()->isA(QStringLiteral("AcceptedDomain")))
            domains << v.property(QStringLiteral("DomainName")).toString();
    EXPECT_TRUE(domains.contains(QStringLiteral("contoso.com")))
        << domains.join(QLatin1Char(',')).toStdString();

    // Create, two pool Receives (capability + private data, then Opened: what real servers
    // answer), Command, Receive: one connection, Basic on every request, no auth probe.
    const TrafficStats stats = session.stats();
    EXPECT_EQ(stats.requests, 5u);
    EXPECT_GT(stats.bytesReceived, 0u);

    ASSERT_TRUE(testsupport::closeSession(session));
    m_fake->stop();
    const QJsonObject fakeStats = readStats(m_dir.filePath(QStringLiteral("stats.json")));
    EXPECT_EQ(fakeStats.value(QStringLiteral("openShells")).toInt(-1), 0)
        << "the shell must be deleted on close";
    EXPECT_EQ(quint64(fakeStats.value(QStringLiteral("requests")).toDouble()),
              stats.requests + 1); // + Delete
}

// `A | B` is one pipeline (issue 8 item 3): the output flows into Select-Object, and an
// unknown command fails the whole pipeline before anything runs.
TEST_F(BasicHttpsSession, PipelinesFlowIntoTheNextCommandAndFailAsAWhole)
{
    RemoteSession session;
    const auto error = testsupport::openSession(session, basicOptions(*m_fake));
    ASSERT_FALSE(error) << error->toLogString().toStdString();

    Command selectFirst(QStringLiteral("Select-Object"));
    selectFirst.add(QStringLiteral("First"), 1);
    auto result = testsupport::run(
        session, {Command(QStringLiteral("Get-AcceptedDomain")).pipeToNext(), selectFirst});
    ASSERT_TRUE(result.succeeded()) << testsupport::describe(result).toStdString();
    ASSERT_EQ(result.output.size(), 1);
    EXPECT_NE(firstOfType(result, QStringLiteral("AcceptedDomain")), nullptr);

    Command selectName(QStringLiteral("Select-Object"));
    selectName.add(QStringLiteral("Property"), QStringList{QStringLiteral("Name")});
    result = testsupport::run(session, {Command(QStringLiteral("Get-ExchangeServer")).pipeToNext(),
                                        selectName, Command(QStringLiteral("Get-AcceptedDomain"))});
    ASSERT_TRUE(result.succeeded()) << testsupport::describe(result).toStdString();
    ASSERT_GE(result.output.size(), 2); // the selected server, then every accepted domain
    EXPECT_EQ(result.output.first().property(QStringLiteral("Name")).toString(),
              QStringLiteral("EX01"));
    EXPECT_TRUE(result.output.first().property(QStringLiteral("AdminDisplayVersion")).isNil());

    result = testsupport::run(session, {Command(QStringLiteral("Get-AcceptedDomain")).pipeToNext(),
                                        Command(QStringLiteral("No-Such-Cmdlet"))});
    EXPECT_FALSE(result.succeeded());
    EXPECT_EQ(result.state, PipelineState::Failed);
    EXPECT_TRUE(result.output.isEmpty()) << testsupport::describe(result).toStdString();
    EXPECT_TRUE(result.errors.isEmpty());
    ASSERT_TRUE(result.failure);
    EXPECT_EQ(result.failure->fullyQualifiedErrorId, QStringLiteral("CommandNotFoundException"));
    EXPECT_TRUE(result.failure->message.contains(QLatin1String("No-Such-Cmdlet")));

    // The session is still usable.
    EXPECT_TRUE(
        testsupport::run(session, {Command(QStringLiteral("Get-ExchangeServer"))}).succeeded());
    EXPECT_TRUE(testsupport::closeSession(session));
}

TEST_F(BasicHttpsSession, UntrustedCertificateIsRefusedWithItsFingerprint)
{
    SessionOptions o = basicOptions(*m_fake);
    o.pinnedSha256.clear();
    RemoteSession session;
    const auto error = testsupport::openSession(session, o);
    ASSERT_TRUE(error);
    EXPECT_EQ(error->kind, Error::Kind::Tls) << error->toLogString().toStdString();
    EXPECT_EQ(error->reason, Error::Reason::TlsUntrusted) << error->toLogString().toStdString();
    EXPECT_TRUE(error->message.contains(m_fake->fingerprintHex(), Qt::CaseInsensitive))
        << error->message.toStdString() << " vs " << m_fake->fingerprintHex().toStdString();
    EXPECT_FALSE(error->certificateChain.isEmpty());

    o.pinnedSha256 = QByteArray(32, '\x42'); // a different certificate's pin
    RemoteSession again;
    const auto wrongPin = testsupport::openSession(again, o);
    ASSERT_TRUE(wrongPin);
    EXPECT_EQ(wrongPin->kind, Error::Kind::Tls);
    EXPECT_EQ(wrongPin->reason, Error::Reason::TlsPinMismatch)
        << wrongPin->toLogString().toStdString();
}

TEST_F(BasicHttpsSession, WrongPasswordIsAnAuthErrorAndLeaksNothing)
{
    SessionOptions o = basicOptions(*m_fake);
    o.password = QStringLiteral("Not-The-Password-9");
    RemoteSession session;
    const auto error = testsupport::openSession(session, o);
    ASSERT_TRUE(error);
    EXPECT_EQ(error->kind, Error::Kind::Auth);
    EXPECT_EQ(error->reason, Error::Reason::AuthRejected) << error->toLogString().toStdString();
    EXPECT_EQ(error->httpStatus, 401);
    EXPECT_FALSE(error->toLogString().contains(o.password));
}

TEST_F(BasicHttpsSession, TraceShowsDecodedTrafficWithSecretsRedacted)
{
    RemoteSession session;
    session.setTraceEnabled(true);
    QStringList lines;
    QObject::connect(&session, &RemoteSession::trace, [&](const QString &line) { lines << line; });
    ASSERT_FALSE(testsupport::openSession(session, basicOptions(*m_fake)));
    const QString secret = QStringLiteral("Sup3r-Secret-Value");
    Command command(QStringLiteral("Get-Recipient"));
    command.add(QStringLiteral("Identity"), QStringLiteral("journal-ndr@contoso.com"));
    command.add(QStringLiteral("Password"),
                secret); // the fake refuses it; the trace must not show it
    testsupport::run(session, {command});
    const QString all = lines.join(QLatin1Char('\n'));
    EXPECT_TRUE(all.contains(QStringLiteral("journal-ndr@contoso.com")))
        << "the trace shows the command";
    EXPECT_TRUE(all.contains(QStringLiteral("CREATE_PIPELINE")));
    EXPECT_FALSE(all.contains(secret));
    EXPECT_FALSE(all.contains(kAdminPassword));
}

TEST(SessionUsage, BasicOverHttpIsRefusedBeforeSendingAnything)
{
    QTemporaryDir dir;
    FakeExchangeProcess::Options fo;
    fo.https = false;
    fo.statsFile = dir.filePath(QStringLiteral("stats.json"));
    FakeExchangeProcess fake(fo);
    ASSERT_TRUE(fake.start()) << fake.errorString().toStdString();

    SessionOptions o;
    o.endpoint = fake.url();
    o.auth = AuthMethod::Basic;
    o.userName = kAdmin;
    o.password = kAdminPassword;
    RemoteSession session;
    const auto error = testsupport::openSession(session, o);
    ASSERT_TRUE(error);
    EXPECT_EQ(error->kind, Error::Kind::Auth);
    EXPECT_EQ(error->reason, Error::Reason::InsecureTransport)
        << error->toLogString().toStdString();
    EXPECT_TRUE(error->message.contains(QStringLiteral("HTTPS"))) << error->message.toStdString();
    fake.stop();
    EXPECT_EQ(readStats(fo.statsFile).value(QStringLiteral("requests")).toInt(-1), 0);
}

TEST(SessionUsage, MalformedUrlIsAUsageError)
{
    SessionOptions o;
    o.endpoint = QUrl(QStringLiteral("ftp://ex01/PowerShell"));
    RemoteSession session;
    const auto error = testsupport::openSession(session, o);
    ASSERT_TRUE(error);
    EXPECT_EQ(error->kind, Error::Kind::Usage);
    EXPECT_EQ(error->reason, Error::Reason::InvalidInput);
}

// Failures before any byte reaches a server get their reason from the socket error, not from
// its text: an unresolvable name (.invalid never resolves) and a closed loopback port.
TEST(SessionUsage, UnresolvableNameAndClosedPortCarryTheirReason)
{
    SessionOptions o; // Basic over https: no credentials are needed before connecting
    o.auth = AuthMethod::Basic;
    o.userName = kAdmin;
    o.password = kAdminPassword;
    o.endpoint = QUrl(QStringLiteral("https://ex01.no-such-host.invalid/PowerShell"));
    RemoteSession dns;
    const auto notFound = testsupport::openSession(dns, o);
    ASSERT_TRUE(notFound);
    EXPECT_EQ(notFound->kind, Error::Kind::Network);
    EXPECT_EQ(notFound->reason, Error::Reason::HostNotFound)
        << notFound->toLogString().toStdString();
    EXPECT_TRUE(notFound->message.contains(QStringLiteral("ex01.no-such-host.invalid")));

    quint16 port = 0;
    {
        QTcpServer probe;
        ASSERT_TRUE(probe.listen(QHostAddress::LocalHost, 0));
        port = probe.serverPort();
    }
    o.endpoint = QUrl(QStringLiteral("https://127.0.0.1:%1/PowerShell").arg(port));
    RemoteSession closed;
    const auto refused = testsupport::openSession(closed, o);
    ASSERT_TRUE(refused);
    EXPECT_EQ(refused->kind, Error::Kind::Network);
    EXPECT_EQ(refused->reason, Error::Reason::ConnectionRefused)
        << refused->toLogString().toStdString();
}

TEST_F(BasicHttpsSession, ExchangeErrorsArriveWithExactTextAndCategory)
{
    RemoteSession session;
    ASSERT_FALSE(testsupport::openSession(session, basicOptions(*m_fake)));

    Command rule(QStringLiteral("New-JournalRule"));
    rule.add(QStringLiteral("Name"), QStringLiteral("Dup"))
        .add(QStringLiteral("JournalEmailAddress"), QStringLiteral("a@archive.example"))
        .add(QStringLiteral("Scope"), QStringLiteral("Internal"))
        .add(QStringLiteral("Enabled"), true);
    const auto first = testsupport::run(session, {rule});
    ASSERT_TRUE(first.succeeded()) << testsupport::describe(first).toStdString();
    ASSERT_EQ(first.output.size(), 1);
    EXPECT_EQ(first.output.first().property(QStringLiteral("Enabled")).toString(),
              QStringLiteral("True"));

    const auto second = testsupport::run(session, {rule});
    const ErrorRecord *record = second.failure
                                    ? &*second.failure
                                    : (second.errors.isEmpty() ? nullptr : &second.errors.first());
    ASSERT_NE(record, nullptr) << testsupport::describe(second).toStdString();
    EXPECT_EQ(record->message, QStringLiteral("A journal rule with that name already exists."));
    EXPECT_EQ(record->failureCategory(), QStringLiteral("ArgumentException"));
    EXPECT_TRUE(record->fullyQualifiedErrorId.contains(QStringLiteral("NewJournalRule")))
        << record->fullyQualifiedErrorId.toStdString();

    Command bad(QStringLiteral("New-JournalRule"));
    bad.add(QStringLiteral("Name"), QStringLiteral("Other"))
        .add(QStringLiteral("JournalEmailAddress"), QStringLiteral("not an address"))
        .add(QStringLiteral("Enabled"), true);
    const auto third = testsupport::run(session, {bad});
    const ErrorRecord *r3 = third.failure
                                ? &*third.failure
                                : (third.errors.isEmpty() ? nullptr : &third.errors.first());
    ASSERT_NE(r3, nullptr);
    EXPECT_EQ(r3->message, QStringLiteral("No recipient matched the specified parameter value."));
    EXPECT_TRUE(testsupport::closeSession(session));
}

TEST_F(BasicHttpsSession, ValuesReachExchangeLiterally)
{
    RemoteSession session;
    ASSERT_FALSE(testsupport::openSession(session, basicOptions(*m_fake)));
    const QString name = QStringLiteral("O'Brien; $(Remove-Item x) `n \"q\" Zürich ✓ <b>&amp;");
    Command rule(QStringLiteral("New-JournalRule"));
    rule.add(QStringLiteral("Name"), name)
        .add(QStringLiteral("JournalEmailAddress"), QStringLiteral("a@archive.example"))
        .add(QStringLiteral("Scope"), QStringLiteral("Internal"))
        .add(QStringLiteral("Enabled"), true);
    const auto created
        = testsupport::run(session, {rule, Command(QStringLiteral("Get-JournalRule"))});
    ASSERT_TRUE(created.succeeded()) << testsupport::describe(created).toStdString();
    QStringList names;
    for (const PsValue &v : created.output)
        names << v.property(QStringLiteral("Name")).toString();
    EXPECT_TRUE(names.contains(name)) << names.join(QLatin1Char('|')).toStdString();
}

TEST_F(BasicHttpsSession, ScriptTextIsRefusedInTheNoLanguageSession)
{
    RemoteSession session;
    ASSERT_FALSE(testsupport::openSession(session, basicOptions(*m_fake)));
    Command script(QStringLiteral("Get-ExchangeServer | ForEach-Object { $_.Name }"));
    script.isScript = true;
    const auto result = testsupport::run(session, {script});
    EXPECT_FALSE(result.succeeded());
    ASSERT_TRUE(result.failure || !result.errors.isEmpty())
        << testsupport::describe(result).toStdString();
    const QString message
        = result.failure ? result.failure->message : result.errors.first().message;
    EXPECT_TRUE(message.startsWith(QStringLiteral("The syntax is not supported by this runspace.")))
        << message.toStdString();
}

TEST_F(BasicHttpsSession, CmdletOutsideTheUsersRolesIsNotRecognized)
{
    SessionOptions o = basicOptions(*m_fake);
    o.userName = QStringLiteral("helpdesk");
    o.password = QStringLiteral("Contoso!Help1");
    RemoteSession session;
    const auto error = testsupport::openSession(session, o);
    ASSERT_FALSE(error) << error->toLogString().toStdString();
    Command connector(QStringLiteral("New-SendConnector"));
    connector.add(QStringLiteral("Name"), QStringLiteral("x"));
    const auto result = testsupport::run(session, {connector});
    EXPECT_FALSE(result.succeeded());
    const ErrorRecord *record = result.failure
                                    ? &*result.failure
                                    : (result.errors.isEmpty() ? nullptr : &result.errors.first());
    ASSERT_NE(record, nullptr);
    EXPECT_TRUE(record->message.startsWith(
        QStringLiteral("The term 'New-SendConnector' is not recognized as the name of a cmdlet")))
        << record->message.toStdString();
}

TEST(SessionState, ChangesPersistInTheStateFileAcrossRestarts)
{
    QTemporaryDir dir;
    FakeExchangeProcess::Options fo;
    fo.state = dir.filePath(QStringLiteral("state.json"));
    {
        FakeExchangeProcess fake(fo);
        ASSERT_TRUE(fake.start()) << fake.errorString().toStdString();
        RemoteSession session;
        ASSERT_FALSE(testsupport::openSession(session, basicOptions(fake)));
        Command rule(QStringLiteral("New-JournalRule"));
        rule.add(QStringLiteral("Name"), QStringLiteral("Persisted rule"))
            .add(QStringLiteral("JournalEmailAddress"), QStringLiteral("keep@archive.example"))
            .add(QStringLiteral("Enabled"), true);
        ASSERT_TRUE(testsupport::run(session, {rule}).succeeded());
        testsupport::closeSession(session);
    }
    QFile state(fo.state);
    ASSERT_TRUE(state.open(QIODevice::ReadOnly));
    EXPECT_TRUE(state.readAll().contains("Persisted rule"));
    state.close();

    FakeExchangeProcess again(fo);
    ASSERT_TRUE(again.start()) << again.errorString().toStdString();
    RemoteSession session;
    ASSERT_FALSE(testsupport::openSession(session, basicOptions(again)));
    const auto rules = testsupport::run(session, {Command(QStringLiteral("Get-JournalRule"))});
    ASSERT_TRUE(rules.succeeded());
    ASSERT_EQ(rules.output.size(), 1);
    EXPECT_EQ(rules.output.first().property(QStringLiteral("JournalEmailAddress")).toString(),
              QStringLiteral("keep@archive.example"));
}

// --- faults --------------------------------------------------------------------------

namespace {

struct FaultRun
{
    std::optional<Error> openError;
    std::optional<InvocationResult> result;
};

FaultRun runWithFault(const QString &fault, int operationTimeoutSeconds = 5)
{
    FakeExchangeProcess::Options fo;
    fo.faults = {fault};
    FakeExchangeProcess fake(fo);
    FaultRun run;
    if (!fake.start()) {
        ADD_FAILURE() << fake.errorString().toStdString();
        return run;
    }
    SessionOptions o = basicOptions(fake);
    o.operationTimeoutSeconds = operationTimeoutSeconds;
    RemoteSession session;
    run.openError = testsupport::openSession(session, o);
    if (!run.openError)
        run.result = testsupport::run(session, {Command(QStringLiteral("Get-ExchangeServer"))});
    return run;
}

} // namespace

TEST(SessionFaults, EveryRequestIndexEndsInSuccessOrAClearError)
{
    // Walk each request of open + one pipeline with each fault kind: never a hang or a
    // crash, and every failure carries a message.
    for (const char *kind : {"drop", "http500", "http503", "wsman"}) {
        for (int index = 1; index <= 5; ++index) {
            const QString spec = QStringLiteral("%1@%2").arg(QLatin1String(kind)).arg(index);
            SCOPED_TRACE(spec.toStdString());
            const FaultRun run = runWithFault(spec);
            if (run.openError) {
                EXPECT_FALSE(run.openError->message.isEmpty());
                continue;
            }
            ASSERT_TRUE(run.result);
            if (!run.result->succeeded()) {
                const QString message = run.result->transportError
                                            ? run.result->transportError->message
                                        : run.result->failure ? run.result->failure->message
                                                              : QString();
                EXPECT_FALSE(message.isEmpty()) << testsupport::describe(*run.result).toStdString();
            }
        }
    }
}

TEST(SessionFaults, HttpErrorsShowTheStatus)
{
    const FaultRun run = runWithFault(QStringLiteral("http503@1"));
    ASSERT_TRUE(run.openError);
    EXPECT_EQ(run.openError->kind, Error::Kind::Http);
    EXPECT_EQ(run.openError->httpStatus, 503);
    EXPECT_EQ(run.openError->reason, Error::Reason::ServerFault);
    EXPECT_TRUE(run.openError->message.contains(QStringLiteral("503")));

    const FaultRun run500 = runWithFault(QStringLiteral("http500@1"));
    ASSERT_TRUE(run500.openError);
    EXPECT_EQ(run500.openError->httpStatus, 500);
    EXPECT_EQ(run500.openError->reason, Error::Reason::ServerFault);
}

TEST(SessionFaults, CloseAfterAFailedOpeningWaitsUntilTheShellIsDeleted)
{
    // 1 Create (the server makes the shell), 2 the first pool Receive: 503, so opening
    // fails; the shell's Delete (3) is answered half a second late. closed() comes after
    // that answer, so a caller leaving on closed() (the CLI exits) leaves no shell behind.
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    FakeExchangeProcess::Options fo;
    fo.faults = {QStringLiteral("http503@2"), QStringLiteral("latency:500@3")};
    fo.statsFile = dir.filePath(QStringLiteral("stats.json"));
    FakeExchangeProcess fake(fo);
    ASSERT_TRUE(fake.start()) << fake.errorString().toStdString();
    {
        RemoteSession session;
        const auto error = testsupport::openSession(session, basicOptions(fake));
        ASSERT_TRUE(error);
        EXPECT_EQ(error->httpStatus, 503) << error->toLogString().toStdString();
        EXPECT_TRUE(testsupport::closeSession(session));
    } // gone, as the CLI is once closed() came
    fake.stop();
    EXPECT_EQ(readStats(fo.statsFile).value(QStringLiteral("openShells")).toInt(-1), 0);

    // The Create itself refused: no shell, nothing to delete; closed() comes without another
    // request to the server.
    FakeExchangeProcess::Options refused;
    refused.faults = {QStringLiteral("http503@1")};
    refused.statsFile = dir.filePath(QStringLiteral("stats2.json"));
    FakeExchangeProcess fake2(refused);
    ASSERT_TRUE(fake2.start()) << fake2.errorString().toStdString();
    {
        RemoteSession session;
        ASSERT_TRUE(testsupport::openSession(session, basicOptions(fake2)));
        EXPECT_TRUE(testsupport::closeSession(session, 5000));
    }
    fake2.stop();
    EXPECT_EQ(readStats(refused.statsFile).value(QStringLiteral("requests")).toInt(-1), 1);
}

TEST(SessionFaults, WsManFaultIsTyped)
{
    const FaultRun run = runWithFault(QStringLiteral("wsman@1"));
    ASSERT_TRUE(run.openError);
    EXPECT_EQ(run.openError->kind, Error::Kind::WsMan)
        << run.openError->toLogString().toStdString();
    EXPECT_NE(run.openError->wsmanCode, 0u);
    EXPECT_EQ(run.openError->reason, Error::Reason::ServerFault);
}

TEST(SessionFaults, DroppedConnectionDuringReceiveIsResentAndTheShellSurvives)
{
    // Request 2 is the first pool Receive: safe to send again on a new connection.
    const FaultRun run = runWithFault(QStringLiteral("drop@2"));
    ASSERT_FALSE(run.openError) << run.openError->toLogString().toStdString();
    ASSERT_TRUE(run.result);
    EXPECT_TRUE(run.result->succeeded()) << testsupport::describe(*run.result).toStdString();
}

TEST(SessionFaults, SlowReceiveTimesOutAndIsReceivedAgain)
{
    // Output is ready 2.5 s after the Command; with a 1 s OperationTimeout the client gets
    // WS-Man TimedOut faults and must keep receiving.
    const FaultRun run = runWithFault(QStringLiteral("slow-receive:2500"), 1);
    ASSERT_FALSE(run.openError) << run.openError->toLogString().toStdString();
    ASSERT_TRUE(run.result);
    EXPECT_TRUE(run.result->succeeded()) << testsupport::describe(*run.result).toStdString();
}

TEST(SessionFaults, CancelStopsARunningPipeline)
{
    FakeExchangeProcess::Options fo;
    fo.faults = {QStringLiteral("slow-receive:3000")};
    FakeExchangeProcess fake(fo);
    ASSERT_TRUE(fake.start()) << fake.errorString().toStdString();
    SessionOptions o = basicOptions(fake);
    o.operationTimeoutSeconds = 1;
    RemoteSession session;
    ASSERT_FALSE(testsupport::openSession(session, o));
    PipelineJob *job = session.invoke({Command(QStringLiteral("Get-ExchangeServer"))});
    QTest::qWait(300);
    job->cancel();
    ASSERT_TRUE(QTest::qWaitFor([&] { return job->isFinished(); }, 6000))
        << "cancel did not end the pipeline";
    EXPECT_EQ(job->result().state, PipelineState::Stopped)
        << testsupport::describe(job->result()).toStdString();
    // The session is still usable.
    const auto after
        = testsupport::run(session, {Command(QStringLiteral("Get-AcceptedDomain"))}, 20000);
    EXPECT_TRUE(after.succeeded()) << testsupport::describe(after).toStdString();
}

// Issue 11 item 1: one pipeline of several statements streams its output. With the second
// statement slow on the server, received() brings the first statement's output while the
// pipeline still runs, before finished().
TEST(SessionFaults, SlowStatementStreamsEarlierOutputBeforeThePipelineEnds)
{
    FakeExchangeProcess::Options fo;
    fo.faults = {QStringLiteral("cmdlet-slow:Get-AcceptedDomain:1500")};
    FakeExchangeProcess fake(fo);
    ASSERT_TRUE(fake.start()) << fake.errorString().toStdString();
    RemoteSession session;
    ASSERT_FALSE(testsupport::openSession(session, basicOptions(fake)));
    PipelineJob *job = session.invoke({Command(QStringLiteral("Get-ExchangeServer")),
                                       Command(QStringLiteral("Get-AcceptedDomain")),
                                       Command(QStringLiteral("Get-TransportConfig"))});
    QList<InvocationResult> batches;
    QObject::connect(job, &PipelineJob::received, job,
                     [&](const InvocationResult &soFar) { batches << soFar; });
    ASSERT_TRUE(QTest::qWaitFor([&] { return job->isFinished(); }, 20000));
    EXPECT_TRUE(job->result().succeeded()) << testsupport::describe(job->result()).toStdString();
    ASSERT_FALSE(batches.isEmpty()) << "nothing was published before the end";
    const InvocationResult &first = batches.first();
    ASSERT_FALSE(first.output.isEmpty());
    for (const PsValue &v : first.output)
        EXPECT_TRUE(v.obj() && v.obj()->isA(QStringLiteral("ExchangeServer")))
            << "only the first statement had run: " << v.toString().toStdString();
    EXPECT_GT(job->result().output.size(), first.output.size());
}

// -ErrorAction Stop on a failing statement ends the whole pipeline as PowerShell does: the
// statements after it never run, and a stop signal while a slow statement runs lets it
// finish and ends the pipeline Stopped before the next one.
TEST(SessionFaults, ErrorActionStopEndsThePipelineAndStopWaitsForTheRunningStatement)
{
    FakeExchangeProcess::Options fo;
    fo.faults = {QStringLiteral("cmdlet-error:Get-AcceptedDomain#1"),
                 QStringLiteral("cmdlet-slow:Get-TransportConfig:1000#1")};
    FakeExchangeProcess fake(fo);
    ASSERT_TRUE(fake.start()) << fake.errorString().toStdString();
    RemoteSession session;
    ASSERT_FALSE(testsupport::openSession(session, basicOptions(fake)));

    const InvocationResult failed = testsupport::run(
        session,
        {Command(QStringLiteral("Get-ExchangeServer")),
         Command(QStringLiteral("Get-AcceptedDomain")).add(QStringLiteral("ErrorAction"), "Stop"),
         Command(QStringLiteral("Get-TransportConfig"))});
    EXPECT_EQ(failed.state, PipelineState::Failed) << testsupport::describe(failed).toStdString();
    ASSERT_TRUE(failed.failure);
    EXPECT_TRUE(failed.failure->message.contains(QStringLiteral("injected fault")));
    EXPECT_TRUE(failed.errors.isEmpty()); // terminating, not written as a record
    for (const PsValue &v : failed.output)
        EXPECT_FALSE(v.obj() && v.obj()->isA(QStringLiteral("TransportConfigContainer")))
            << "a statement after the failed one ran";

    PipelineJob *job = session.invoke({Command(QStringLiteral("Get-TransportConfig")),
                                       Command(QStringLiteral("Get-AcceptedDomain"))});
    QTest::qWait(300); // Get-TransportConfig is running on the server
    job->cancel();
    ASSERT_TRUE(QTest::qWaitFor([&] { return job->isFinished(); }, 10000));
    const InvocationResult stopped = job->result();
    EXPECT_EQ(stopped.state, PipelineState::Stopped)
        << testsupport::describe(stopped).toStdString();
    ASSERT_EQ(stopped.output.size(), 1) << testsupport::describe(stopped).toStdString();
    EXPECT_TRUE(stopped.output.first().obj()
                && stopped.output.first().obj()->isA(QStringLiteral("TransportConfigContainer")));
}

// --- Kerberos and NTLM ----------------------------------------------------------------

class KerberosSession : public ::testing::Test
{
protected:
    void SetUp() override
    {
        QString error;
        m_kdc = testsupport::TestKdc::startForHttpService(kAdmin, kAdminPassword, &error);
        ASSERT_TRUE(m_kdc) << error.toStdString();
        m_keytab = m_kdc->keytabPath();
    }

    std::unique_ptr<FakeExchangeProcess> startFake(const QStringList &faults = {})
    {
        FakeExchangeProcess::Options fo;
        fo.https = false;
        fo.auth = QStringLiteral("negotiate");
        fo.keytab = m_keytab;
        fo.faults = faults;
        auto fake = std::make_unique<FakeExchangeProcess>(fo);
        EXPECT_TRUE(fake->start()) << fake->errorString().toStdString();
        return fake;
    }

    SessionOptions options(const FakeExchangeProcess &fake, bool explicitCredentials = true) const
    {
        SessionOptions o;
        QUrl url = fake.url();
        url.setHost(QStringLiteral("localhost")); // the SPN is HTTP/localhost
        o.endpoint = url;
        o.auth = AuthMethod::Kerberos;
        if (explicitCredentials) {
            o.userName = kAdmin;
            o.password = kAdminPassword;
        }
        o.operationTimeoutSeconds = 5;
        return o;
    }

    std::unique_ptr<testsupport::TestKdc> m_kdc;
    QString m_keytab;
};

TEST_F(KerberosSession, ExplicitCredentialsWithMessageEncryption)
{
    auto fake = startFake();
    RemoteSession session;
    const auto error = testsupport::openSession(session, options(*fake));
    ASSERT_FALSE(error) << error->toLogString().toStdString();
    const auto result = testsupport::run(session, {Command(QStringLiteral("Get-ExchangeServer"))});
    ASSERT_TRUE(result.succeeded()) << testsupport::describe(result).toStdString();
    EXPECT_NE(firstOfType(result, QStringLiteral("ExchangeServer")), nullptr);
    // The first request carries the Kerberos token (no 401 probe); over http it has no body
    // (the body is sealed once the context is complete), then Create, two pool Receives,
    // Command, Receive. A second pipeline on the same connection costs no further leg.
    EXPECT_EQ(session.stats().requests, 6u);
    const auto again = testsupport::run(session, {Command(QStringLiteral("Get-AcceptedDomain"))});
    ASSERT_TRUE(again.succeeded()) << testsupport::describe(again).toStdString();
    EXPECT_EQ(session.stats().requests, 8u);
    EXPECT_TRUE(testsupport::closeSession(session));
}

TEST_F(KerberosSession, CurrentUsersCredentialCache)
{
    QString error;
    ASSERT_TRUE(m_kdc->kinit(kAdmin, kAdminPassword, &error)) << error.toStdString();
    auto fake = startFake();
    RemoteSession session;
    const auto openError = testsupport::openSession(session, options(*fake, false));
    ASSERT_FALSE(openError) << openError->toLogString().toStdString();
    EXPECT_TRUE(
        testsupport::run(session, {Command(QStringLiteral("Get-AcceptedDomain"))}).succeeded());
}

TEST_F(KerberosSession, ReauthenticatesAfter401MidSessionAndAfterADrop)
{
    // Requests: 1 auth leg, 2 Create, 3-4 pool Receives, ...: a 401 at 4 (then 5 is the new
    // auth leg, 6 the Receive again, 7 Command) and a drop at 8 (the pipeline's Receive)
    // both need a new security context; the shell survives both.
    auto fake = startFake({QStringLiteral("auth401@4"), QStringLiteral("drop@8")});
    RemoteSession session;
    const auto error = testsupport::openSession(session, options(*fake));
    ASSERT_FALSE(error) << error->toLogString().toStdString();
    for (int i = 0; i < 3; ++i) {
        const auto result
            = testsupport::run(session, {Command(QStringLiteral("Get-ExchangeServer"))});
        EXPECT_TRUE(result.succeeded()) << i << ": " << testsupport::describe(result).toStdString();
    }
}

TEST_F(KerberosSession, DroppedCommandFailsClearlyAndIsNotSentTwice)
{
    // Request 5 is the Command: it may have run, so it is not sent again; the next
    // invocation authenticates on a new connection and works.
    auto fake = startFake({QStringLiteral("drop@5")});
    RemoteSession session;
    ASSERT_FALSE(testsupport::openSession(session, options(*fake)));
    const auto dropped = testsupport::run(session, {Command(QStringLiteral("Get-ExchangeServer"))});
    ASSERT_TRUE(dropped.transportError) << testsupport::describe(dropped).toStdString();
    EXPECT_EQ(dropped.transportError->kind, Error::Kind::Network);
    EXPECT_EQ(dropped.transportError->reason, Error::Reason::ConnectionLost);
    const auto next = testsupport::run(session, {Command(QStringLiteral("Get-ExchangeServer"))});
    EXPECT_TRUE(next.succeeded()) << testsupport::describe(next).toStdString();
}

TEST_F(KerberosSession, WrongPasswordSaysSo)
{
    auto fake = startFake();
    SessionOptions o = options(*fake);
    o.password = QStringLiteral("wrong-Password-1");
    RemoteSession session;
    const auto error = testsupport::openSession(session, o);
    ASSERT_TRUE(error);
    EXPECT_EQ(error->kind, Error::Kind::Auth) << error->toLogString().toStdString();
    EXPECT_EQ(error->reason, Error::Reason::AuthRejected) << error->toLogString().toStdString();
    EXPECT_FALSE(error->toLogString().contains(o.password));
}

TEST_F(KerberosSession, OverHttpsWithChannelBinding)
{
    FakeExchangeProcess::Options fo;
    fo.https = true;
    fo.auth = QStringLiteral("negotiate");
    fo.keytab = m_keytab;
    FakeExchangeProcess fake(fo);
    ASSERT_TRUE(fake.start()) << fake.errorString().toStdString();
    SessionOptions o = options(fake);
    o.pinnedSha256 = fake.fingerprint();
    RemoteSession session;
    const auto error = testsupport::openSession(session, o);
    ASSERT_FALSE(error) << error->toLogString().toStdString()
                        << "\nfake: " << fake.stderrText().toStdString();
    EXPECT_TRUE(
        testsupport::run(session, {Command(QStringLiteral("Get-ExchangeServer"))}).succeeded());
    // Over TLS the Create rides on the request that carries the token: no extra leg at all.
    EXPECT_EQ(session.stats().requests, 5u);
}

// Windows' Negotiate accepts a bare Kerberos AP-REQ (not wrapped in SPNEGO), as Wine's SSPI
// and some clients send it: our client's Kerberos context and HTTP connection against the
// fake, token under "Negotiate", then an encrypted Create of a real runspace pool.
TEST_F(KerberosSession, RawKerberosApReqUnderNegotiateAuthenticatesAndEncrypts)
{
    auto fake = startFake();
    QUrl url = fake->url();
    url.setHost(QStringLiteral("localhost"));

    auth::ContextOptions co;
    co.method = AuthMethod::Kerberos;
    co.host = QStringLiteral("localhost");
    co.userName = kAdmin;
    co.password = kAdminPassword;
    co.kerberosToken = KerberosToken::RawKrb5; // raw krb5 (OID 1.2.840.113554.1.2.2), no SPNEGO
    auto created = auth::createInitiator(co, false);
    ASSERT_TRUE(created.ok()) << created.error().toLogString().toStdString();
    auto ctx = std::move(created).value();
    auto token = ctx->step({});
    ASSERT_TRUE(token.ok()) << token.error().toLogString().toStdString();
    ASSERT_TRUE(token->startsWith('\x60')); // a GSS InitialContextToken...
    ASSERT_FALSE(token->contains(QByteArray("\x2b\x06\x01\x05\x05\x02", 6))); // ...not SPNEGO

    http::HttpConnection conn(url);
    QSignalSpy responses(&conn, &http::HttpConnection::responseReceived);
    QSignalSpy failures(&conn, &http::HttpConnection::failed);
    auto exchange = [&](const http::Request &r) -> std::optional<http::Response> {
        const int before = int(responses.size() + failures.size());
        conn.send(r);
        if (!QTest::qWaitFor([&] { return responses.size() + failures.size() > before; }, 15000)
            || failures.size() > 0)
            return std::nullopt;
        return responses.last().at(0).value<http::Response>();
    };

    http::Request leg;
    leg.path = "/PowerShell";
    leg.headers.append(qMakePair(QByteArray("Authorization"), "Negotiate " + token->toBase64()));
    const auto answer = exchange(leg);
    ASSERT_TRUE(answer);
    ASSERT_EQ(answer->status, 200)
        << answer->body.toStdString() << "\nfake: " << fake->stderrText().toStdString();
    const QByteArray mutual = answer->header("WWW-Authenticate");
    ASSERT_TRUE(mutual.startsWith("Negotiate ")) << mutual.toStdString();
    ASSERT_TRUE(ctx->step(QByteArray::fromBase64(mutual.mid(10))).ok());
    ASSERT_TRUE(ctx->isComplete());
    ASSERT_TRUE(ctx->canEncrypt());

    // An encrypted Create: the fake decrypts it, opens the pool and answers encrypted.
    psrp::Fragmenter fragmenter;
    const QUuid rpid = QUuid::createUuid();
    QByteArray creationXml;
    for (const auto &[type, data] :
         {std::pair{psrp::MessageType::SessionCapability, psrp::buildSessionCapability()},
          std::pair{psrp::MessageType::InitRunspacePool, psrp::buildInitRunspacePool()}}) {
        psrp::Message m;
        m.type = type;
        m.rpid = rpid;
        m.data = data;
        for (const QByteArray &f : fragmenter.fragment(psrp::encodeMessage(m)))
            creationXml += f;
    }
    wsman::Endpoint ep;
    ep.to = url.toString();
    ep.resourceUri = QStringLiteral("http://schemas.microsoft.com/powershell/Microsoft.Exchange");
    ep.sessionId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const wsman::Request create
        = wsman::buildCreate(ep, rpid.toString(QUuid::WithoutBraces).toUpper(), creationXml);
    http::Request post;
    post.path = "/PowerShell";
    QByteArray contentType;
    post.body = auth::encryptBody(*ctx, create.xml, &contentType);
    post.headers.append(qMakePair(QByteArray("Content-Type"), contentType));
    const auto createAnswer = exchange(post);
    ASSERT_TRUE(createAnswer);
    ASSERT_EQ(createAnswer->status, 200) << fake->stderrText().toStdString();
    auto plain = auth::decryptBody(*ctx, createAnswer->body, createAnswer->header("Content-Type"));
    ASSERT_TRUE(plain.ok()) << plain.error().toLogString().toStdString();
    auto shellId = wsman::parseCreateResponse(*plain, create.messageId);
    ASSERT_TRUE(shellId.ok()) << shellId.error().toLogString().toStdString();
    EXPECT_EQ(shellId->toUpper(), rpid.toString(QUuid::WithoutBraces).toUpper());
}

// The same through our whole client: SessionOptions::kerberosToken = RawKrb5 makes
// RemoteSession send a bare krb5 AP-REQ under "Negotiate" (what Wine's SSPI sends), then
// every body sealed with the Kerberos session key; the fake authenticates the admin from it.
TEST_F(KerberosSession, RawKerberosUnderNegotiateThroughOurSession)
{
    auto fake = startFake();
    SessionOptions o = options(*fake);
    o.kerberosToken = KerberosToken::RawKrb5;
    RemoteSession session;
    session.setTraceEnabled(true);
    QStringList trace;
    QObject::connect(&session, &RemoteSession::trace, [&](const QString &line) { trace << line; });
    const auto error = testsupport::openSession(session, o);
    ASSERT_FALSE(error) << error->toLogString().toStdString()
                        << "\nfake: " << fake->stderrText().toStdString();
    const auto result = testsupport::run(session, {Command(QStringLiteral("Get-ExchangeServer"))});
    ASSERT_TRUE(result.succeeded()) << testsupport::describe(result).toStdString();
    EXPECT_NE(firstOfType(result, QStringLiteral("ExchangeServer")), nullptr);
    // Same round trips as SPNEGO: the token rides on the first request, no 401 probe.
    EXPECT_EQ(session.stats().requests, 6u);
    EXPECT_TRUE(testsupport::closeSession(session));
    fake->stop();
    // The fake saw a bare Kerberos token under Negotiate (not SPNEGO) and knew the user.
    const QString log = fake->stderrText();
    EXPECT_TRUE(log.contains(QStringLiteral("Negotiate (Kerberos)"))) << log.toStdString();
    EXPECT_FALSE(log.contains(QStringLiteral("SPNEGO"))) << log.toStdString();
    EXPECT_TRUE(log.contains(kAdmin)) << log.toStdString();
}

// What the fake logs about a failed Kerberos logon is the server's view, never advice meant
// for a client user ("run kinit").
TEST_F(KerberosSession, RefusedTokensAreLoggedWithoutClientAdvice)
{
    auto fake = startFake();
    QUrl url = fake->url();
    url.setHost(QStringLiteral("localhost"));
    http::HttpConnection conn(url);
    QSignalSpy responses(&conn, &http::HttpConnection::responseReceived);
    // A Kerberos-framed token with garbage inside, and a token of no known mechanism.
    const QByteArray krb5Junk = QByteArray::fromHex("601306092a864886f71201020201000102030405");
    for (const QByteArray &raw : {krb5Junk, QByteArray("not a token at all")}) {
        http::Request leg;
        leg.path = "/PowerShell";
        leg.headers.append(qMakePair(QByteArray("Authorization"), "Negotiate " + raw.toBase64()));
        const int before = int(responses.size());
        conn.send(leg);
        ASSERT_TRUE(QTest::qWaitFor([&] { return responses.size() > before; }, 15000));
        EXPECT_EQ(responses.last().at(0).value<http::Response>().status, 401);
    }
    fake->stop();
    const QString log = fake->stderrText();
    EXPECT_TRUE(log.contains(QStringLiteral("handshake failed"))) << log.toStdString();
    EXPECT_FALSE(log.contains(QStringLiteral("kinit"), Qt::CaseInsensitive)) << log.toStdString();
    EXPECT_FALSE(log.contains(QStringLiteral("log on to the domain"), Qt::CaseInsensitive));
}

TEST(SessionFaults, AddedLatencyIsPaidPerRequestAndNothingElseChanges)
{
    FakeExchangeProcess::Options fo;
    fo.latencyMs = 100;
    FakeExchangeProcess fake(fo);
    ASSERT_TRUE(fake.start()) << fake.errorString().toStdString();
    QElapsedTimer timer;
    timer.start();
    RemoteSession session;
    ASSERT_FALSE(testsupport::openSession(session, basicOptions(fake)));
    const auto result = testsupport::run(session, {Command(QStringLiteral("Get-ExchangeServer"))});
    ASSERT_TRUE(result.succeeded()) << testsupport::describe(result).toStdString();
    // A lower bound only (never flaky): every request waited for the server's latency.
    EXPECT_GE(timer.elapsed(), qint64(session.stats().requests) * 100);
}

// NTLM with the organisation's users and no set-up at all: no NTLM_USER_FILE anywhere
// (the fake writes its own gss-ntlmssp user file), DOMAIN\\user (the domain in any case)
// and UPN forms.
TEST(NtlmSession, DemoUsersWithoutAnySetUpOnAWinRmListenerStyleEndpoint)
{
    const QByteArray inherited = qgetenv("NTLM_USER_FILE");
    qunsetenv("NTLM_USER_FILE");
    FakeExchangeProcess::Options fo;
    fo.https = false;
    fo.auth = QStringLiteral("ntlm");
    FakeExchangeProcess fake(fo);
    const bool started = fake.start();
    if (!inherited.isNull())
        qputenv("NTLM_USER_FILE", inherited);
    ASSERT_TRUE(started) << fake.errorString().toStdString();

    // The domain in any case, as Windows takes it: contoso\\admin too.
    for (const QString &user :
         {QStringLiteral("CONTOSO\\admin"), QStringLiteral("admin@contoso.com"),
          QStringLiteral("contoso\\admin")}) {
        SessionOptions o;
        o.endpoint = fake.wsmanUrl();
        o.auth = AuthMethod::Ntlm;
        o.userName = user;
        o.password = kAdminPassword;
        o.operationTimeoutSeconds = 5;
        EXPECT_EQ(o.resolvedConfigurationName(), QStringLiteral("Microsoft.PowerShell"));
        RemoteSession session;
        const auto openError = testsupport::openSession(session, o);
        ASSERT_FALSE(openError) << user.toStdString() << ": "
                                << openError->toLogString().toStdString()
                                << "\nfake: " << fake.stderrText().toStdString();
        const auto result
            = testsupport::run(session, {Command(QStringLiteral("Get-ExchangeServer"))});
        EXPECT_TRUE(result.succeeded()) << testsupport::describe(result).toStdString();
        // NTLM's negotiate and authenticate legs (no body over http: it is sealed afterwards)
        // once for the connection, then Create, two pool Receives, Command, Receive; a second
        // pipeline costs only its Command and Receive.
        EXPECT_EQ(session.stats().requests, 7u);
        const auto again
            = testsupport::run(session, {Command(QStringLiteral("Get-AcceptedDomain"))});
        EXPECT_TRUE(again.succeeded()) << testsupport::describe(again).toStdString();
        EXPECT_EQ(session.stats().requests, 9u);
        EXPECT_TRUE(testsupport::closeSession(session));
    }

    // A wrong password is refused as an authentication error.
    SessionOptions o;
    o.endpoint = fake.wsmanUrl();
    o.auth = AuthMethod::Ntlm;
    o.userName = QStringLiteral("CONTOSO\\admin");
    o.password = QStringLiteral("Contoso!Help1");
    RemoteSession session;
    const auto error = testsupport::openSession(session, o);
    ASSERT_TRUE(error);
    EXPECT_EQ(error->kind, Error::Kind::Auth) << error->toLogString().toStdString();
    EXPECT_EQ(error->reason, Error::Reason::AuthRejected) << error->toLogString().toStdString();
}
