// fake::ShellHost driven with the real client envelopes (wsman builders) and the real PSRP
// codec: pool opening, pipelines against the demo FakeOrganisation, errors, NoLanguage,
// faults, slow receives, ctrl_c, fragmentation.
#include "FakeOrganisation.h"
#include "PsrpTranscript.h"
#include "ShellHost.h"
#include "TestPaths.h"

#include "psrp/ObjectBuilder.h"
#include "psrp/Psrp.h"
#include "wsman/Wsman.h"
#include "wsman/WsmanServer.h"
#include "wsman/XmlElement.h"

#include <gtest/gtest.h>

#include <QRegularExpression>
#include <QTest>
#include <QUuid>

#include <functional>

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
        return startRaw(psrp::MessageType::CreatePipeline,
                        psrp::buildCreatePipeline(statements, protocolVersion()));
    }

    // Command carrying one PSRP message as given (CREATE_PIPELINE, GET_COMMAND_METADATA).
    QString startRaw(psrp::MessageType type, const QByteArray &data)
    {
        m_pid = QUuid::createUuid();
        m_receiver = psrp::PipelineReceiver();
        QByteArray args;
        for (const auto &f : m_out.fragment(encode(type, m_pid, data)))
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
        return receiveAll(start(statements));
    }
    InvocationResult invokeRaw(psrp::MessageType type, const QByteArray &data)
    {
        return receiveAll(startRaw(type, data));
    }
    InvocationResult receiveAll(const QString &id)
    {
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

// ---- issue 8: the fake behaves like a real server for any client -------------------------

namespace {

// A raw envelope on the same header as one of the client's requests: the action and the
// resource URI replaced (clients' is-alive Get, unknown actions...).
QByteArray retarget(QByteArray xml, const char *fromAction, const QByteArray &toAction,
                    const QByteArray &resourceUri = {})
{
    xml.replace(fromAction, toAction);
    if (!resourceUri.isEmpty())
        xml.replace(kExchangeUri.toUtf8(), resourceUri);
    return xml;
}

const QByteArray kShellResource = "http://schemas.microsoft.com/wbem/wsman/1/windows/shell";
const QByteArray kGet = "http://schemas.xmlsoap.org/ws/2004/09/transfer/Get";

QString textOf(const QByteArray &xml, const char *localName)
{
    auto tree = XmlElement::parse(xml);
    if (!tree)
        return {};
    std::function<QString(const XmlElement &)> find = [&](const XmlElement &e) -> QString {
        if (e.name == QLatin1String(localName))
            return e.text.trimmed();
        for (const auto &child : e.children)
            if (const QString t = find(child); !t.isNull())
                return t;
        return QString();
    };
    return find(*tree);
}

const PsObject *objectAt(const InvocationResult &r, int i)
{
    return i < r.output.size() && r.output.at(i).isObject() ? r.output.at(i).obj() : nullptr;
}

} // namespace

// Item 3: a CREATE_PIPELINE's Cmds is ONE pipeline; the output flows into the next command.
TEST_F(ShellHostTest, PipelineOutputFlowsIntoSelectObject)
{
    Client c(*m_host, QStringLiteral("admin"));
    ASSERT_EQ(c.open(), 2);
    const int domains = int(m_org->model().acceptedDomains.size());
    ASSERT_GE(domains, 3);

    Command first(QStringLiteral("Select-Object"));
    first.add(QStringLiteral("First"), 1);
    auto result = c.invoke({Command(QStringLiteral("Get-AcceptedDomain")).pipeToNext(), first});
    ASSERT_TRUE(result.succeeded())
        << (result.failure ? result.failure->message.toStdString() : "");
    ASSERT_EQ(result.output.size(), 1);
    ASSERT_TRUE(objectAt(result, 0));
    EXPECT_TRUE(objectAt(result, 0)->isA(QStringLiteral("AcceptedDomain")));
    EXPECT_EQ(result.output.first().property(QStringLiteral("DomainName")).toString(),
              m_org->model().acceptedDomains.first().domainName);

    Command skipAndProject(QStringLiteral("Select-Object"));
    skipAndProject.add(QStringLiteral("Skip"), 1)
        .add(QStringLiteral("Property"), QStringList{QStringLiteral("domainname")});
    result = c.invoke({Command(QStringLiteral("Get-AcceptedDomain")).pipeToNext(), skipAndProject});
    ASSERT_TRUE(result.succeeded());
    ASSERT_EQ(result.output.size(), domains - 1);
    const PsObject *projected = objectAt(result, 0);
    ASSERT_TRUE(projected);
    EXPECT_TRUE(projected->typeNames.first().startsWith(QLatin1String("Selected.")))
        << projected->typeNames.join(QLatin1Char(',')).toStdString();
    ASSERT_EQ(projected->extended.size(), 1); // only the selected property, as spelt by Exchange
    EXPECT_EQ(projected->extended.first().name, QStringLiteral("DomainName"));
    EXPECT_EQ(projected->extended.first().value.toString(),
              m_org->model().acceptedDomains.at(1).domainName);

    // Exchange cmdlets downstream take -Identity from each piped object.
    result = c.invoke({Command(QStringLiteral("Get-AcceptedDomain")).pipeToNext(),
                       Command(QStringLiteral("Get-AcceptedDomain"))});
    ASSERT_TRUE(result.succeeded());
    EXPECT_EQ(result.output.size(), domains);
    // A downstream command that takes no pipeline input: one binding error per object.
    result = c.invoke({Command(QStringLiteral("Get-ExchangeServer")).pipeToNext(),
                       Command(QStringLiteral("Get-TransportConfig"))});
    EXPECT_TRUE(result.output.isEmpty());
    ASSERT_FALSE(result.errors.isEmpty());
    EXPECT_TRUE(result.errors.first().fullyQualifiedErrorId.startsWith(
        QLatin1String("InputObjectNotBound,")))
        << result.errors.first().fullyQualifiedErrorId.toStdString();
}

// Item 3: every command of a pipeline is resolved before any runs.
TEST_F(ShellHostTest, UnknownCommandFailsTheWholePipelineBeforeAnythingRuns)
{
    Client c(*m_host, QStringLiteral("admin"));
    ASSERT_EQ(c.open(), 2);
    auto result = c.invoke({Command(QStringLiteral("Get-AcceptedDomain")).pipeToNext(),
                            Command(QStringLiteral("No-Such-Cmdlet"))});
    EXPECT_EQ(result.state, PipelineState::Failed);
    EXPECT_TRUE(result.output.isEmpty());
    EXPECT_TRUE(result.errors.isEmpty());
    ASSERT_TRUE(result.failure);
    EXPECT_EQ(result.failure->fullyQualifiedErrorId, QStringLiteral("CommandNotFoundException"));
    EXPECT_TRUE(result.failure->message.contains(QLatin1String("'No-Such-Cmdlet'")));

    // Nothing ran: a change before the unknown command is not made either.
    const int before = int(m_org->model().remoteDomains.size());
    Command create(QStringLiteral("New-RemoteDomain"));
    create.add(QStringLiteral("Name"), QStringLiteral("Archive"))
        .add(QStringLiteral("DomainName"), QStringLiteral("archive.example"))
        .pipeToNext();
    result = c.invoke({create, Command(QStringLiteral("No-Such-Cmdlet"))});
    EXPECT_EQ(result.state, PipelineState::Failed);
    EXPECT_EQ(int(m_org->model().remoteDomains.size()), before);
    // A cmdlet the user's roles do not grant is "not recognized" the same way.
    Client auditor(*m_host, QStringLiteral("auditor"));
    ASSERT_EQ(auditor.open(), 2);
    result = auditor.invoke({Command(QStringLiteral("Get-JournalRule")).pipeToNext(),
                             Command(QStringLiteral("Remove-JournalRule"))});
    EXPECT_EQ(result.state, PipelineState::Failed);
    EXPECT_TRUE(result.output.isEmpty());
}

// Item 3: statements are separated by ExtraCmds and by a command's IsEndOfStatement only.
TEST_F(ShellHostTest, IsEndOfStatementSeparatesStatementsInOneCmdsList)
{
    Client c(*m_host, QStringLiteral("admin"));
    ASSERT_EQ(c.open(), 2);
    QByteArray xml
        = psrp::buildCreatePipeline({Command(QStringLiteral("Get-AcceptedDomain")).pipeToNext(),
                                     Command(QStringLiteral("Get-ExchangeServer"))},
                                    c.protocolVersion());
    ASSERT_FALSE(xml.contains("ExtraCmds\"><")); // one Cmds list, ExtraCmds Nil
    xml.replace("<S N=\"Cmd\">Get-AcceptedDomain</S>",
                "<S N=\"Cmd\">Get-AcceptedDomain</S><B N=\"IsEndOfStatement\">true</B>");
    const auto result = c.invokeRaw(psrp::MessageType::CreatePipeline, xml);
    ASSERT_TRUE(result.succeeded())
        << (result.failure ? result.failure->message.toStdString() : "");
    // Two statements: every accepted domain, then the server (not one pipeline).
    EXPECT_EQ(result.output.size(), m_org->model().acceptedDomains.size() + 1);
    EXPECT_TRUE(result.errors.isEmpty());
}

// Item 4: GET_COMMAND_METADATA is answered like the recording: the count, then one
// Selected.System.Management.Automation.CmdletInfo per command the caller's roles allow.
TEST_F(ShellHostTest, GetCommandMetadataListsTheCommandsTheRolesAllow)
{
    auto request = [](const QStringList &names) {
        return clixml::serialize(psrp::ObjectBuilder()
                                     .ms(QStringLiteral("Name"), PsValue::stringList(names))
                                     .ms(QStringLiteral("CommandType"), PsValue::int32(511))
                                     .ms(QStringLiteral("Namespace"), PsValue::nil())
                                     .ms(QStringLiteral("ArgumentList"), PsValue::nil())
                                     .value());
    };
    auto names = [](const InvocationResult &r) {
        QStringList out;
        for (int i = 1; i < r.output.size(); ++i)
            out << r.output.at(i).property(QStringLiteral("Name")).toString();
        return out;
    };

    Client admin(*m_host, QStringLiteral("admin"));
    ASSERT_EQ(admin.open(), 2);
    auto result = admin.invokeRaw(psrp::MessageType::GetCommandMetadata,
                                  request({QStringLiteral("*-JournalRule")}));
    ASSERT_TRUE(result.succeeded());
    ASSERT_GE(result.output.size(), 2);
    const PsObject *count = objectAt(result, 0);
    ASSERT_TRUE(count);
    EXPECT_EQ(count->typeNames.first(),
              QStringLiteral("Selected.Microsoft.PowerShell.Commands.GenericMeasureInfo"));
    EXPECT_EQ(count->property(QStringLiteral("Count")).toInteger(), result.output.size() - 1);
    EXPECT_TRUE(names(result).contains(QStringLiteral("New-JournalRule")));
    EXPECT_TRUE(names(result).contains(QStringLiteral("Get-JournalRule")));
    for (const QString &n : names(result))
        EXPECT_TRUE(n.endsWith(QLatin1String("-JournalRule"))) << n.toStdString();

    // auditor (View-Only Configuration) may read journal rules but not change them.
    Client auditor(*m_host, QStringLiteral("auditor"));
    ASSERT_EQ(auditor.open(), 2);
    result = auditor.invokeRaw(psrp::MessageType::GetCommandMetadata,
                               request({QStringLiteral("*-JournalRule")}));
    ASSERT_TRUE(result.succeeded());
    EXPECT_EQ(names(result), QStringList{QStringLiteral("Get-JournalRule")});
    EXPECT_EQ(objectAt(result, 0)->property(QStringLiteral("Count")).toInteger(), 1);

    // The CmdletInfo is shaped like the recorded one: same members, same types.
    const auto recorded = psrptest::loadTranscript(
        testsupport::recordedPsrpDir() + QStringLiteral("/test_psrp_get_command_metadata.yml"));
    const auto outputs = recorded.ofType(psrp::MessageType::PipelineOutput);
    ASSERT_GE(outputs.size(), 2);
    const PsObject *real = outputs.at(1).value.obj();
    const PsObject *ours = objectAt(result, 1);
    ASSERT_TRUE(real && ours);
    EXPECT_EQ(ours->typeNames, real->typeNames);
    QStringList realMembers, ourMembers;
    for (const auto &m : real->extended)
        realMembers << m.name;
    for (const auto &m : ours->extended)
        ourMembers << m.name;
    EXPECT_EQ(ourMembers, realMembers);
    EXPECT_EQ(ours->property(QStringLiteral("CommandType")).obj()->typeNames,
              real->property(QStringLiteral("CommandType")).obj()->typeNames);
    EXPECT_EQ(ours->property(QStringLiteral("CommandType")).toInteger(), 8);
    const PsValue ourParams = ours->property(QStringLiteral("Parameters"));
    const PsValue realParams = real->property(QStringLiteral("Parameters"));
    ASSERT_TRUE(ourParams.isObject() && realParams.isObject());
    EXPECT_EQ(ourParams.obj()->collection, PsObject::Collection::Dictionary);
    ASSERT_FALSE(ourParams.obj()->entries.isEmpty());
    const PsValue ourMeta = ourParams.obj()->entries.first().second;
    const PsValue realMeta = realParams.obj()->entries.first().second;
    ASSERT_TRUE(ourMeta.isObject() && realMeta.isObject());
    EXPECT_EQ(ourMeta.obj()->typeNames, realMeta.obj()->typeNames);
    QStringList realProps, ourProps;
    for (const auto &p : realMeta.obj()->adapted)
        realProps << p.name;
    for (const auto &p : ourMeta.obj()->adapted)
        ourProps << p.name;
    EXPECT_EQ(ourProps, realProps);
    bool sawIdentity = false;
    for (const auto &[key, meta] : ourParams.obj()->entries)
        if (key.toString() == QLatin1String("Identity")) {
            sawIdentity = true;
            EXPECT_EQ(meta.property(QStringLiteral("ParameterType")).toString(),
                      QStringLiteral("System.String"));
        }
    EXPECT_TRUE(sawIdentity);

    // A name nothing matches: Count 0 and Completed (never a hang).
    result = admin.invokeRaw(psrp::MessageType::GetCommandMetadata,
                             request({QStringLiteral("No-Such-*")}));
    ASSERT_TRUE(result.succeeded());
    ASSERT_EQ(result.output.size(), 1);
    EXPECT_EQ(objectAt(result, 0)->property(QStringLiteral("Count")).toInteger(), 0);
}

// Item 5: WS-Management Get on the shell resource (clients' is-alive probe), as recorded.
TEST_F(ShellHostTest, GetOnTheShellResourceReturnsTheShell)
{
    Client c(*m_host, QStringLiteral("admin"));
    ASSERT_EQ(c.open(), 2);
    const Request template_ = c.del();
    const QByteArray get = retarget(template_.xml, action::del, kGet, kShellResource);
    auto reply = c.send({get, template_.messageId});
    ASSERT_EQ(reply.httpStatus, 200) << reply.body.toStdString();
    EXPECT_EQ(textOf(reply.body, "Action"),
              QStringLiteral("http://schemas.xmlsoap.org/ws/2004/09/transfer/GetResponse"));
    EXPECT_EQ(textOf(reply.body, "RelatesTo"), template_.messageId);
    EXPECT_EQ(textOf(reply.body, "ShellId"), c.shellId());
    EXPECT_EQ(textOf(reply.body, "ResourceUri"), kExchangeUri);
    EXPECT_EQ(textOf(reply.body, "Owner"), QStringLiteral("admin"));
    EXPECT_EQ(textOf(reply.body, "State"), QStringLiteral("Connected"));
    // The same elements, in the same order, as the recorded GetResponse.
    auto shellChildren = [](const QByteArray &xml) {
        QStringList names;
        auto tree = XmlElement::parse(xml);
        if (!tree)
            return names;
        if (const auto *body = tree->child(ns::soap, "Body"))
            if (const auto *shell = body->child(ns::shell, "Shell"))
                for (const auto &e : shell->children)
                    names << e.name;
        return names;
    };
    const auto recorded
        = psrptest::loadTranscript(testsupport::recordedPsrpDir()
                                   + QStringLiteral("/test_psrp_is_alive_state_disconnected.yml"));
    QByteArray recordedGet;
    for (const auto &e : recorded.exchanges)
        if (e.responseAction.endsWith(QLatin1String("GetResponse")))
            recordedGet = e.response.toUtf8();
    ASSERT_FALSE(recordedGet.isEmpty());
    EXPECT_EQ(shellChildren(reply.body), shellChildren(recordedGet));

    // The plug-in's own resource URI answers too; a deleted shell gets InvalidSelectors.
    const Request g2 = c.del();
    reply = c.send({retarget(g2.xml, action::del, kGet), g2.messageId});
    EXPECT_EQ(reply.httpStatus, 200);
    const Request d = c.del();
    ASSERT_EQ(c.send(d).httpStatus, 200);
    const Request g3 = c.del();
    reply = c.send({retarget(g3.xml, action::del, kGet, kShellResource), g3.messageId});
    EXPECT_EQ(reply.httpStatus, 500);
    EXPECT_EQ(faultOf(reply, g3.messageId).wsmanCode, codeInvalidSelectors);
    EXPECT_TRUE(reply.body.contains("faultDetail/UnexpectedSelectors"));
}

// Item 6: unknown actions, resource URIs and selectors get a real server's faults at once.
TEST_F(ShellHostTest, UnknownActionsResourcesAndSelectorsGetFaultsNotHangs)
{
    Client c(*m_host, QStringLiteral("admin"));
    ASSERT_EQ(c.open(), 2);

    // The recorded fault for an invalid OperationTimeout, word for word.
    const Request r1 = c.poolReceive();
    QString text = QString::fromUtf8(r1.xml);
    text.replace(QRegularExpression(
                     QStringLiteral("<wsman:OperationTimeout>[^<]*</wsman:OperationTimeout>")),
                 QStringLiteral("<wsman:OperationTimeout>PT-1S</wsman:OperationTimeout>"));
    const QByteArray badTimeout = text.toUtf8();
    ASSERT_NE(badTimeout, r1.xml);
    auto reply = c.send({badTimeout, r1.messageId});
    EXPECT_EQ(reply.httpStatus, 500);
    Error e = faultOf(reply, r1.messageId);
    EXPECT_EQ(e.wsmanCode, 2150858767u);
    EXPECT_TRUE(reply.body.contains("a:InvalidMessageInformationHeader"));
    EXPECT_TRUE(reply.body.contains("The WS-Management service cannot process the request. The "
                                    "XML contains an invalid timeout field in the SOAP header: "
                                    "PT-1S. "));
    EXPECT_EQ(textOf(reply.body, "Action"),
              QStringLiteral("http://schemas.xmlsoap.org/ws/2004/08/addressing/fault"));

    // An action the shell does not support (e.g. WS-Enumeration), sync and async.
    const Request r2 = c.del();
    const QByteArray enumerate = retarget(
        r2.xml, action::del, "http://schemas.xmlsoap.org/ws/2004/09/enumeration/Enumerate");
    reply = c.send({enumerate, r2.messageId});
    EXPECT_EQ(reply.httpStatus, 500);
    e = faultOf(reply, r2.messageId);
    EXPECT_EQ(e.kind, Error::Kind::WsMan);
    EXPECT_TRUE(reply.body.contains("a:ActionNotSupported"));
    std::optional<ShellHost::Reply> async;
    m_host->handleAsync(QStringLiteral("admin"), kPath, enumerate,
                        [&](const ShellHost::Reply &r) { async = r; });
    ASSERT_TRUE(async); // answered before handleAsync returned
    EXPECT_EQ(async->httpStatus, 500);

    // A resource URI this endpoint does not serve.
    const Request r3 = c.poolReceive();
    reply = c.send(
        {retarget(r3.xml, action::receive, action::receive,
                  "http://schemas.microsoft.com/wbem/wsman/1/wmi/root/cimv2/Win32_Service"),
         r3.messageId});
    EXPECT_EQ(reply.httpStatus, 500);
    EXPECT_EQ(faultOf(reply, r3.messageId).wsmanCode, codeResourceNotFound);
    EXPECT_TRUE(reply.body.contains("w:DestinationUnreachable"));

    // A selector the shell resource does not have.
    const Request r4 = c.poolReceive();
    QByteArray extraSelector = r4.xml;
    extraSelector.replace("</wsman:SelectorSet>",
                          "<wsman:Selector Name=\"ProcessId\">4384</wsman:Selector>"
                          "</wsman:SelectorSet>");
    ASSERT_NE(extraSelector, r4.xml);
    reply = c.send({extraSelector, r4.messageId});
    EXPECT_EQ(reply.httpStatus, 500);
    EXPECT_EQ(faultOf(reply, r4.messageId).wsmanCode, codeInvalidSelectors);

    // A Receive for a command that does not exist.
    int status = 0;
    auto unknownCommand
        = c.receiveOnce(QStringLiteral("0BADF00D-0000-4000-8000-000000000001"), &status);
    EXPECT_EQ(status, 500);
    ASSERT_FALSE(unknownCommand.ok());
    EXPECT_EQ(unknownCommand.error().wsmanCode, codeInvalidSelectors);

    // The shell still works afterwards.
    EXPECT_TRUE(c.invoke({Command(QStringLiteral("Get-ExchangeServer"))}).succeeded());
}
