// fake::ShellHost driven with the real client envelopes (wsman builders) and the real PSRP
// codec: pool opening, pipelines against the demo FakeOrganisation, errors, NoLanguage,
// faults, slow receives, ctrl_c, fragmentation.
#include "FakeOrganisation.h"
#include "ShellHost.h"

#include "psrp/Psrp.h"
#include "wsman/Wsman.h"
#include "wsman/WsmanServer.h"

#include <gtest/gtest.h>

#include <QTest>
#include <QUuid>

using namespace remoting;
using namespace remoting::wsman;
using namespace fake::wsman;
using fake::ShellHost;

namespace {

const QString kPath = QStringLiteral("/PowerShell");
const QString kExchangeUri
    = QStringLiteral("http://schemas.microsoft.com/powershell/Microsoft.Exchange");

// A minimal PSRP client over ShellHost::handle (what RemoteSession does over HTTP).
class Client
{
public:
    Client(ShellHost &host, QString user, QString path = kPath, QString resourceUri = kExchangeUri)
        : m_host(host)
        , m_user(std::move(user))
        , m_path(std::move(path))
    {
        m_ep.to = QStringLiteral("http://127.0.0.1/PowerShell");
        m_ep.resourceUri = std::move(resourceUri);
        m_ep.sessionId = QUuid::createUuid().toString(QUuid::WithoutBraces).toUpper();
        m_rpid = QUuid::createUuid();
    }

    ShellHost::Reply send(const Request &r) { return m_host.handle(m_user, m_path, r.xml); }

    // Create + Receives until the pool is opened. Returns the number of Receives used.
    int open(const QString &version = QStringLiteral("2.3"))
    {
        QByteArray creation;
        for (const auto &f : m_out.fragment(encode(psrp::MessageType::SessionCapability, {},
                                                   psrp::buildSessionCapability(version))))
            creation += f;
        for (const auto &f : m_out.fragment(
                 encode(psrp::MessageType::InitRunspacePool, {}, psrp::buildInitRunspacePool())))
            creation += f;
        const Request create
            = buildCreate(m_ep, m_rpid.toString(QUuid::WithoutBraces).toUpper(), creation, version);
        const auto reply = send(create);
        m_createStatus = reply.httpStatus;
        auto shellId = parseCreateResponse(reply.body, create.messageId);
        if (!shellId) {
            m_lastError = shellId.error();
            return -1;
        }
        m_shellId = *shellId;
        int receives = 0;
        while (!m_pool.isOpened() && !m_pool.isBroken() && receives < 10) {
            ++receives;
            const Request rr = buildReceive(m_ep, m_shellId);
            const auto rep = send(rr);
            auto result = parseReceiveResponse(rep.body, rr.messageId);
            if (!result) {
                m_lastError = result.error();
                return -1;
            }
            for (const auto &chunk : result->streams) {
                auto messages = m_in.feed(chunk.data);
                EXPECT_TRUE(messages.ok());
                if (messages)
                    for (const auto &m : *messages)
                        m_pool.handle(m);
            }
        }
        return receives;
    }

    // Command; returns the CommandId.
    QString start(const QList<Command> &statements)
    {
        m_pid = QUuid::createUuid();
        m_receiver = psrp::PipelineReceiver();
        QByteArray args;
        for (const auto &f :
             m_out.fragment(encode(psrp::MessageType::CreatePipeline, m_pid,
                                   psrp::buildCreatePipeline(statements, protocolVersion()))))
            args += f;
        const Request cmd
            = buildCommand(m_ep, m_shellId, m_pid.toString(QUuid::WithoutBraces).toUpper(), args);
        const auto reply = send(cmd);
        auto id = parseCommandResponse(reply.body, cmd.messageId);
        EXPECT_TRUE(id.ok());
        return id ? *id : QString();
    }

    // One Receive for the command: feeds the receiver; returns the parse result.
    Expected<ReceiveResult> receiveOnce(const QString &commandId, int *httpStatus = nullptr)
    {
        const Request rr = buildReceive(m_ep, m_shellId, commandId);
        const auto rep = send(rr);
        if (httpStatus)
            *httpStatus = rep.httpStatus;
        auto result = parseReceiveResponse(rep.body, rr.messageId);
        if (result)
            feed(*result);
        return result;
    }

    void feed(const ReceiveResult &result)
    {
        ++m_receives;
        for (const auto &chunk : result.streams) {
            auto messages = m_in.feed(chunk.data);
            EXPECT_TRUE(messages.ok())
                << (messages ? "" : messages.error().toLogString().toStdString());
            if (messages)
                for (const auto &m : *messages) {
                    EXPECT_EQ(m.pid, m_pid);
                    EXPECT_EQ(m.rpid, m_rpid);
                    m_receiver.handle(m);
                }
        }
        if (result.done)
            m_done = true;
    }

    InvocationResult invoke(const QList<Command> &statements)
    {
        const QString id = start(statements);
        m_done = false;
        m_receives = 0;
        for (int i = 0; i < 200 && !m_done; ++i) {
            auto r = receiveOnce(id);
            if (!r) {
                InvocationResult failed;
                failed.transportError = r.error();
                return failed;
            }
        }
        EXPECT_TRUE(m_receiver.isDone());
        return m_receiver.result();
    }

    Request signal(const QString &commandId, const QString &code)
    {
        return buildSignal(m_ep, m_shellId, commandId, code);
    }
    Request del() { return buildDelete(m_ep, m_shellId); }
    Request poolReceive() { return buildReceive(m_ep, m_shellId); }

    QString protocolVersion() const
    {
        return m_pool.protocolVersion().isEmpty() ? QStringLiteral("2.3")
                                                  : m_pool.protocolVersion();
    }
    const psrp::RunspacePoolOpening &pool() const { return m_pool; }
    const psrp::PipelineReceiver &receiver() const { return m_receiver; }
    QString shellId() const { return m_shellId; }
    Endpoint &endpoint() { return m_ep; }
    std::optional<Error> lastError() const { return m_lastError; }
    int receives() const { return m_receives; }
    int createStatus() const { return m_createStatus; }
    bool done() const { return m_done; }

private:
    QByteArray encode(psrp::MessageType type, const QUuid &pid, const QByteArray &data) const
    {
        psrp::Message m;
        m.destination = psrp::Destination::Server;
        m.type = type;
        m.rpid = m_rpid;
        m.pid = pid;
        m.data = data;
        return psrp::encodeMessage(m);
    }

    ShellHost &m_host;
    QString m_user, m_path;
    Endpoint m_ep;
    QUuid m_rpid, m_pid;
    QString m_shellId;
    psrp::Fragmenter m_out;
    psrp::Defragmenter m_in;
    psrp::RunspacePoolOpening m_pool;
    psrp::PipelineReceiver m_receiver;
    std::optional<Error> m_lastError;
    int m_receives = 0;
    int m_createStatus = 0;
    bool m_done = false;
};

class ShellHostTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        auto org = fake::FakeOrganisation::load(QString());
        ASSERT_TRUE(org.ok()) << org.error().toLogString().toStdString();
        m_org = std::move(org).value();
        m_host = std::make_unique<ShellHost>(m_org.get());
    }
    std::unique_ptr<fake::FakeOrganisation> m_org;
    std::unique_ptr<ShellHost> m_host;
};

Error faultOf(const ShellHost::Reply &reply, const QString &messageId)
{
    auto s = parseEmptyResponse(reply.body, messageId);
    EXPECT_FALSE(s.ok());
    return s.ok() ? Error{} : s.error();
}

} // namespace

TEST_F(ShellHostTest, OpensPoolInTwoReceives)
{
    Client c(*m_host, QStringLiteral("admin"));
    EXPECT_EQ(c.open(), 2);
    EXPECT_EQ(c.createStatus(), 200);
    EXPECT_TRUE(c.pool().isOpened());
    EXPECT_EQ(c.pool().protocolVersion(), QStringLiteral("2.3"));
    EXPECT_FALSE(c.pool().buildVersion().isEmpty());
    EXPECT_EQ(m_host->shellCount(QStringLiteral("admin")), 1);
    // The ShellId the client proposed (its RPID) is kept.
    EXPECT_EQ(c.shellId().size(), 36);
}

TEST_F(ShellHostTest, AnswersInTheClientsProtocolVersion)
{
    for (const char *v : {"2.1", "2.2", "2.3"}) {
        Client c(*m_host, QStringLiteral("admin"));
        ASSERT_EQ(c.open(QLatin1String(v)), 2) << v;
        EXPECT_EQ(c.pool().protocolVersion(), QLatin1String(v));
        // and a pipeline shaped for that version runs
        const auto result = c.invoke({Command(QStringLiteral("Get-ExchangeServer"))});
        EXPECT_TRUE(result.succeeded()) << v;
    }
}

TEST_F(ShellHostTest, RunsGetExchangeServer)
{
    Client c(*m_host, QStringLiteral("admin"));
    ASSERT_EQ(c.open(), 2);
    const auto result = c.invoke({Command(QStringLiteral("Get-ExchangeServer"))});
    EXPECT_TRUE(result.succeeded());
    EXPECT_EQ(result.state, PipelineState::Completed);
    ASSERT_GE(result.output.size(), 1);
    EXPECT_EQ(result.output.first().property(QStringLiteral("Name")).toString(),
              m_org->serverName());
    EXPECT_TRUE(result.errors.isEmpty());
}

TEST_F(ShellHostTest, SeveralStatementsMatchTheOrganisation)
{
    Client c(*m_host, QStringLiteral("admin"));
    ASSERT_EQ(c.open(), 2);
    const QList<Command> statements{Command(QStringLiteral("Get-ExchangeServer")),
                                    Command(QStringLiteral("Get-AcceptedDomain"))};
    int expected = 0;
    for (const auto &s : statements)
        expected += m_org->run(QStringLiteral("admin"), s).output.size();
    const auto result = c.invoke(statements);
    EXPECT_TRUE(result.succeeded());
    EXPECT_EQ(result.output.size(), expected);
    EXPECT_GE(expected, 2);
}

TEST_F(ShellHostTest, ErrorsAsTheOrganisationReportsThem)
{
    Client c(*m_host, QStringLiteral("admin"));
    ASSERT_EQ(c.open(), 2);
    Command bad(QStringLiteral("Get-Mailbox"));
    bad.add(QStringLiteral("Identity"), QStringLiteral("nobody-here@contoso.com"));
    const auto expected = m_org->run(QStringLiteral("admin"), bad);
    ASSERT_TRUE(expected.terminating || !expected.errors.isEmpty());
    const auto result = c.invoke({bad});
    if (expected.terminating) {
        EXPECT_FALSE(result.succeeded());
        EXPECT_EQ(result.state, PipelineState::Failed);
        ASSERT_TRUE(result.failure.has_value());
        EXPECT_EQ(result.failure->message, expected.terminating->message);
    } else {
        ASSERT_EQ(result.errors.size(), expected.errors.size());
        EXPECT_EQ(result.errors.first().message, expected.errors.first().message);
    }
}

TEST_F(ShellHostTest, UnknownCmdletFailsThePipeline)
{
    Client c(*m_host, QStringLiteral("admin"));
    ASSERT_EQ(c.open(), 2);
    const Command unknown(QStringLiteral("Get-NoSuchThing"));
    const auto expected = m_org->run(QStringLiteral("admin"), unknown);
    const auto result = c.invoke({unknown, Command(QStringLiteral("Get-ExchangeServer"))});
    EXPECT_FALSE(result.succeeded());
    if (expected.terminating) {
        EXPECT_EQ(result.state, PipelineState::Failed);
        EXPECT_TRUE(result.output.isEmpty()); // the second statement never ran
        ASSERT_TRUE(result.failure);
        EXPECT_TRUE(result.failure->message.contains(QLatin1String("Get-NoSuchThing")));
    }
}

TEST_F(ShellHostTest, ScriptsAreRefusedInNoLanguageMode)
{
    Client c(*m_host, QStringLiteral("admin"));
    ASSERT_EQ(c.open(), 2);
    Command script(QStringLiteral("Get-ExchangeServer | ForEach-Object { $_.Name }"));
    script.isScript = true;
    const auto result = c.invoke({script});
    EXPECT_EQ(result.state, PipelineState::Failed);
    ASSERT_TRUE(result.failure.has_value());
    EXPECT_EQ(result.failure->message,
              QStringLiteral("The syntax is not supported by this runspace. This can occur if "
                             "the runspace is in no-language mode."));
    EXPECT_TRUE(result.output.isEmpty());
}

TEST_F(ShellHostTest, UnknownShellGetsTheInvalidSelectorsFault)
{
    Client c(*m_host, QStringLiteral("admin"));
    ASSERT_EQ(c.open(), 2);
    Request r = buildReceive(c.endpoint(), QStringLiteral("0BADF00D-0000-4000-8000-000000000000"));
    const auto reply = c.send(r);
    EXPECT_EQ(reply.httpStatus, 500);
    const Error e = faultOf(reply, r.messageId);
    EXPECT_EQ(e.kind, Error::Kind::WsMan);
    EXPECT_EQ(e.wsmanCode, 2150858843u);
    EXPECT_TRUE(reply.body.contains("w:InvalidSelectors"));
    EXPECT_TRUE(reply.body.contains("faultDetail/UnexpectedSelectors"));
}

TEST_F(ShellHostTest, ShellsArePerUser)
{
    Client admin(*m_host, QStringLiteral("admin"));
    ASSERT_EQ(admin.open(), 2);
    // helpdesk uses admin's ShellId
    const Request r = buildReceive(admin.endpoint(), admin.shellId());
    const auto reply = m_host->handle(QStringLiteral("helpdesk"), kPath, r.xml);
    EXPECT_EQ(reply.httpStatus, 500);
    EXPECT_EQ(faultOf(reply, r.messageId).wsmanCode, 2150858843u);
    EXPECT_EQ(m_host->shellCount(QStringLiteral("helpdesk")), 0);
}

TEST_F(ShellHostTest, WrongResourceUriIsRefused)
{
    Client c(*m_host, QStringLiteral("admin"), kPath,
             QStringLiteral("http://schemas.microsoft.com/powershell/Microsoft.PowerShell"));
    EXPECT_EQ(c.open(), -1);
    EXPECT_EQ(c.createStatus(), 500);
    ASSERT_TRUE(c.lastError());
    EXPECT_EQ(c.lastError()->kind, Error::Kind::WsMan);
    EXPECT_EQ(c.lastError()->wsmanCode, codeResourceNotFound);
    EXPECT_EQ(m_host->shellCount(), 0);

    // the WinRM-style endpoint serves Microsoft.PowerShell
    Client w(*m_host, QStringLiteral("admin"), QStringLiteral("/wsman"),
             QStringLiteral("http://schemas.microsoft.com/powershell/Microsoft.PowerShell"));
    EXPECT_EQ(w.open(), 2);
}

TEST_F(ShellHostTest, DeleteRemovesTheShell)
{
    Client c(*m_host, QStringLiteral("admin"));
    ASSERT_EQ(c.open(), 2);
    const Request d = c.del();
    const auto reply = c.send(d);
    EXPECT_EQ(reply.httpStatus, 200);
    EXPECT_TRUE(parseEmptyResponse(reply.body, d.messageId).ok());
    EXPECT_EQ(m_host->shellCount(), 0);
    const Request again = c.del();
    EXPECT_EQ(faultOf(c.send(again), again.messageId).wsmanCode, 2150858843u);
}

TEST_F(ShellHostTest, PoolReceiveWithNothingToSayTimesOut)
{
    Client c(*m_host, QStringLiteral("admin"));
    ASSERT_EQ(c.open(), 2);
    const Request r = c.poolReceive();
    const auto reply = c.send(r);
    EXPECT_EQ(reply.httpStatus, 500);
    const Error e = faultOf(reply, r.messageId);
    EXPECT_TRUE(isTimedOut(e));
}

TEST_F(ShellHostTest, SlowReceiveTimesOutThenDelivers)
{
    Client c(*m_host, QStringLiteral("admin"));
    ASSERT_EQ(c.open(), 2);
    m_host->setSlowReceiveMs(150);
    const QString id = c.start({Command(QStringLiteral("Get-ExchangeServer"))});
    int status = 0;
    auto first = c.receiveOnce(id, &status);
    ASSERT_FALSE(first.ok());
    EXPECT_TRUE(isTimedOut(first.error()));
    EXPECT_EQ(status, 500);
    QTest::qWait(200);
    auto second = c.receiveOnce(id, &status);
    ASSERT_TRUE(second.ok()) << second.error().toLogString().toStdString();
    EXPECT_TRUE(second->done);
    EXPECT_TRUE(c.receiver().isDone());
    EXPECT_TRUE(c.receiver().result().succeeded());
}

TEST_F(ShellHostTest, AsyncReceiveWaitsForOutputWithoutBlocking)
{
    Client c(*m_host, QStringLiteral("admin"));
    ASSERT_EQ(c.open(), 2);
    m_host->setSlowReceiveMs(100);
    const QString id = c.start({Command(QStringLiteral("Get-ExchangeServer"))});
    const Request rr = buildReceive(c.endpoint(), c.shellId(), id);
    std::optional<ShellHost::Reply> got;
    m_host->handleAsync(QStringLiteral("admin"), kPath, rr.xml,
                        [&](const ShellHost::Reply &r) { got = r; });
    EXPECT_FALSE(got.has_value()); // deferred, handleAsync returned at once
    ASSERT_TRUE(QTest::qWaitFor([&] { return got.has_value(); }, 5000));
    EXPECT_EQ(got->httpStatus, 200);
    auto result = parseReceiveResponse(got->body, rr.messageId);
    ASSERT_TRUE(result.ok());
    c.feed(*result);
    EXPECT_TRUE(result->done);
    EXPECT_TRUE(c.receiver().result().succeeded());
}

TEST_F(ShellHostTest, AsyncReceiveTimesOutAfterTheWait)
{
    Client c(*m_host, QStringLiteral("admin"));
    ASSERT_EQ(c.open(), 2);
    m_host->setMaxReceiveWaitMs(80);
    const Request rr = c.poolReceive();
    std::optional<ShellHost::Reply> got;
    QElapsedTimer t;
    t.start();
    m_host->handleAsync(QStringLiteral("admin"), kPath, rr.xml,
                        [&](const ShellHost::Reply &r) { got = r; });
    EXPECT_FALSE(got.has_value());
    ASSERT_TRUE(QTest::qWaitFor([&] { return got.has_value(); }, 5000));
    EXPECT_GE(t.elapsed(), 70);
    EXPECT_EQ(got->httpStatus, 500);
    EXPECT_TRUE(isTimedOut(faultOf(*got, rr.messageId)));
}

TEST_F(ShellHostTest, CtrlCStopsARunningPipeline)
{
    Client c(*m_host, QStringLiteral("admin"));
    ASSERT_EQ(c.open(), 2);
    m_host->setSlowReceiveMs(60000);
    const QString id = c.start({Command(QStringLiteral("Get-ExchangeServer"))});
    auto first = c.receiveOnce(id);
    ASSERT_FALSE(first.ok());
    EXPECT_TRUE(isTimedOut(first.error()));
    const Request stop = c.signal(id, signalPsCtrlC());
    const auto reply = c.send(stop);
    EXPECT_EQ(reply.httpStatus, 200);
    EXPECT_TRUE(parseEmptyResponse(reply.body, stop.messageId).ok());
    auto after = c.receiveOnce(id);
    ASSERT_TRUE(after.ok()) << after.error().toLogString().toStdString();
    EXPECT_TRUE(after->done);
    EXPECT_EQ(c.receiver().result().state, PipelineState::Stopped);
    EXPECT_TRUE(c.receiver().result().output.isEmpty());

    const Request terminate = c.signal(id, signalTerminate());
    EXPECT_TRUE(parseEmptyResponse(c.send(terminate).body, terminate.messageId).ok());
    const Request gone = c.signal(id, signalTerminate());
    EXPECT_EQ(faultOf(c.send(gone), gone.messageId).wsmanCode, 2150858843u);
}

TEST_F(ShellHostTest, InjectedWsmanFaultAtRequestN)
{
    m_host->setFaultWsManAt(2);
    Client c(*m_host, QStringLiteral("admin"));
    EXPECT_EQ(c.open(), -1); // request 1 Create ok, request 2 (first Receive) faults
    ASSERT_TRUE(c.lastError());
    EXPECT_EQ(c.lastError()->kind, Error::Kind::WsMan);
    EXPECT_EQ(c.lastError()->wsmanCode, ShellHost::shellQuotaFault({}).code);
    EXPECT_EQ(m_host->requestCount(), 2);
    // the shell still works afterwards
    Request r = c.poolReceive();
    auto rep = c.send(r);
    EXPECT_EQ(rep.httpStatus, 200);
}

TEST_F(ShellHostTest, SmallEnvelopesFragmentTheOutput)
{
    Client c(*m_host, QStringLiteral("admin"));
    c.endpoint().maxEnvelopeSize = 8192;
    ASSERT_GE(c.open(), 2);
    const QList<Command> statements{Command(QStringLiteral("Get-ExchangeServer")),
                                    Command(QStringLiteral("Get-AcceptedDomain")),
                                    Command(QStringLiteral("Get-Mailbox")),
                                    Command(QStringLiteral("Get-TransportConfig"))};
    const auto result = c.invoke(statements);
    EXPECT_TRUE(result.succeeded());
    EXPECT_GT(c.receives(), 1);
    int expected = 0;
    for (const auto &s : statements)
        expected += m_org->run(QStringLiteral("admin"), s).output.size();
    EXPECT_EQ(result.output.size(), expected);
}

TEST_F(ShellHostTest, MalformedRequestsGetAFaultNotACrash)
{
    for (const QByteArray &junk : {QByteArray(), QByteArray("not xml"), QByteArray("<a><b></a>"),
                                   QByteArray("<!DOCTYPE x [<!ENTITY e \"e\">]><x>&e;</x>")}) {
        const auto reply = m_host->handle(QStringLiteral("admin"), kPath, junk);
        EXPECT_EQ(reply.httpStatus, 400);
        EXPECT_TRUE(reply.body.contains("WSManFault"));
    }
    // a Command with garbage arguments
    Client c(*m_host, QStringLiteral("admin"));
    ASSERT_EQ(c.open(), 2);
    const Request cmd
        = buildCommand(c.endpoint(), c.shellId(), QStringLiteral("AB"), QByteArray(64, '\xee'));
    const auto reply = c.send(cmd);
    EXPECT_EQ(reply.httpStatus, 500);
    EXPECT_EQ(faultOf(reply, cmd.messageId).kind, Error::Kind::WsMan);
}
