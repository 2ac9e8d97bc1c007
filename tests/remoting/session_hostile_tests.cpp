// RemoteSession against a small scripted WS-Man/PSRP server on loopback (real HTTPS, real
// sockets): valid-looking answers that a real server may give (protocol 2.1, its own
// ShellId and CommandId) and ones a hostile or broken server gives (foreign RPID/PID,
// mismatched CommandId, endless empty Receives, a trickling answer). Its SOAP is written
// here from the recorded shapes, independent of the fake Exchange's server code.
#include "HttpServer.h"
#include "RemoteSession.h"
#include "SelfSignedCertificate.h"
#include "http/CertificateFingerprint.h"
#include "http/HttpConnection.h"
#include "psrp/Defragmenter.h"
#include "psrp/Fragmenter.h"
#include "psrp/Message.h"

#include <gtest/gtest.h>

#include <QElapsedTimer>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace remoting;

namespace {

QString capture(const QByteArray &xml, const char *pattern)
{
    const QRegularExpression re{QString::fromLatin1(pattern)};
    return re.match(QString::fromUtf8(xml)).captured(1);
}

QString upper(const QUuid &id)
{
    return id.toString(QUuid::WithoutBraces).toUpper();
}

QList<psrp::Message> decodeFragments(const QByteArray &base64)
{
    psrp::Defragmenter d;
    auto r = d.feed(QByteArray::fromBase64(base64.trimmed()));
    return r.ok() ? *r : QList<psrp::Message>();
}

QByteArray fragments(const psrp::Message &m, quint64 objectId)
{
    // One message per object; ObjectIds only need to be unique per stream.
    psrp::Fragmenter f(32768);
    QByteArray out;
    for (const QByteArray &part : f.fragment(psrp::encodeMessage(m)))
        out += part;
    // Fragmenter numbers its own objects; rewrite the ObjectId so a test controls it.
    for (qsizetype pos = 0; pos + psrp::kFragmentHeaderSize <= out.size();) {
        for (int i = 0; i < 8; ++i)
            out[pos + i] = char((objectId >> (56 - 8 * i)) & 0xFF);
        const quint32 len = (quint32(uchar(out[pos + 17])) << 24)
                            | (quint32(uchar(out[pos + 18])) << 16)
                            | (quint32(uchar(out[pos + 19])) << 8) | quint32(uchar(out[pos + 20]));
        pos += psrp::kFragmentHeaderSize + len;
    }
    return out;
}

// A WS-Man server whose every answer is written by the test's scenario.
class ScriptedServer
{
public:
    enum class Scenario {
        Normal,               // protocol 2.1, the server's own ShellId and CommandId
        ForeignRpidInPool,    // RUNSPACEPOOL_STATE for another runspace pool
        ForeignPidInPipeline, // PIPELINE_OUTPUT for another pipeline
        MismatchedCommandId,  // Stream CommandId of another command
        EmptyPoolReceives,    // every pool Receive answered at once with nothing
    };

    explicit ScriptedServer(Scenario scenario)
        : m_scenario(scenario)
    {
        m_server.setHandler([this](fake::ServerConnection *c, const http::Request &r) {
            const QByteArray body = answer(r.body);
            http::Response resp;
            resp.status = 200;
            resp.headers.emplaceBack(QByteArray("Content-Type"),
                                     QByteArray("application/soap+xml;charset=UTF-8"));
            resp.body = body;
            c->respond(resp);
        });
    }

    bool start(QString *error)
    {
        if (!m_dir.isValid()
            || !fake::SelfSignedCertificate::generate(m_dir.path(), &m_cert, error))
            return false;
        m_server.setTls(m_cert.certificate, m_cert.key);
        return m_server.listen(QHostAddress::LocalHost, 0);
    }

    SessionOptions options() const
    {
        SessionOptions o;
        o.endpoint
            = QUrl(QStringLiteral("https://127.0.0.1:%1/PowerShell").arg(m_server.serverPort()));
        o.auth = AuthMethod::Basic;
        o.userName = QStringLiteral("admin");
        o.password = QStringLiteral("Contoso!Admin1");
        o.pinnedSha256 = http::sha256Fingerprint(m_cert.certificate);
        o.connectTimeoutMs = 5000;
        o.operationTimeoutSeconds = 5;
        return o;
    }

    const QStringList &actions() const { return m_actions; }
    int count(const QString &action) const { return int(m_actions.count(action)); }
    QStringList addressedShellIds;   // ShellId selectors of requests after Create
    QStringList addressedCommandIds; // DesiredStream/Signal CommandIds
    QByteArray createPipelineData;   // the client's CREATE_PIPELINE CLIXML
    const QString shellId = QStringLiteral("0A1B2C3D-0000-4000-8000-00000000AB01");
    const QString commandId = QStringLiteral("0A1B2C3D-0000-4000-8000-00000000CD02");

private:
    QByteArray envelope(const QByteArray &action, const QString &relatesTo, const QByteArray &body)
    {
        return "<s:Envelope xmlns:s=\"http://www.w3.org/2003/05/soap-envelope\" "
               "xmlns:a=\"http://schemas.xmlsoap.org/ws/2004/08/addressing\" "
               "xmlns:x=\"http://schemas.xmlsoap.org/ws/2004/09/transfer\" "
               "xmlns:w=\"http://schemas.dmtf.org/wbem/wsman/1/wsman.xsd\" "
               "xmlns:rsp=\"http://schemas.microsoft.com/wbem/wsman/1/windows/shell\">"
               "<s:Header><a:Action>"
               + action + "</a:Action><a:MessageID>uuid:" + upper(QUuid::createUuid()).toUtf8()
               + "</a:MessageID><a:To>http://schemas.xmlsoap.org/ws/2004/08/addressing/role/"
                 "anonymous</a:To><a:RelatesTo>"
               + relatesTo.toUtf8() + "</a:RelatesTo></s:Header><s:Body>" + body
               + "</s:Body></s:Envelope>";
    }

    QByteArray stream(const QByteArray &data, const QString &commandId = {})
    {
        QByteArray attrs = "Name=\"stdout\"";
        if (!commandId.isEmpty())
            attrs += " CommandId=\"" + commandId.toUtf8() + "\"";
        return "<rsp:Stream " + attrs + ">" + data.toBase64() + "</rsp:Stream>";
    }

    psrp::Message toClient(psrp::MessageType type, const QByteArray &data, QUuid pid = {},
                           QUuid rpid = {}) const
    {
        return {psrp::Destination::Client, type, rpid.isNull() ? m_rpid : rpid, pid, data};
    }

    QByteArray answer(const QByteArray &request)
    {
        const QString action
            = capture(request, "Action[^>]*>([^<]+)<").section(QLatin1Char('/'), -1);
        const QString messageId = capture(request, "MessageID[^>]*>([^<]+)<");
        m_actions.append(action);
        const QString selector = capture(request, "Name=\"ShellId\"[^>]*>([^<]+)<");
        if (action != QLatin1String("Create") && !selector.isEmpty())
            addressedShellIds.append(selector);
        const QString desired = capture(request, "DesiredStream[^>]*CommandId=\"([^\"]+)\"");
        if (!desired.isEmpty())
            addressedCommandIds.append(desired);
        const QString base
            = QStringLiteral("http://schemas.microsoft.com/wbem/wsman/1/windows/shell/");

        if (action == QLatin1String("Create")) {
            for (const psrp::Message &m :
                 decodeFragments(capture(request, "creationXml[^>]*>([^<]+)<").toLatin1()))
                m_rpid = m.rpid;
            return envelope(
                "http://schemas.xmlsoap.org/ws/2004/09/transfer/CreateResponse", messageId,
                "<x:ResourceCreated><a:Address>https://127.0.0.1/PowerShell</a:Address>"
                "<a:ReferenceParameters><w:ResourceURI>http://schemas.microsoft.com/powershell/"
                "Microsoft.Exchange</w:ResourceURI><w:SelectorSet><w:Selector Name=\"ShellId\">"
                    + shellId.toUtf8()
                    + "</w:Selector></w:SelectorSet></a:ReferenceParameters></x:ResourceCreated>");
        }
        if (action == QLatin1String("Command")) {
            for (const psrp::Message &m :
                 decodeFragments(capture(request, "Arguments>([^<]+)<").toLatin1())) {
                m_pid = m.pid;
                createPipelineData = m.data;
            }
            return envelope((base + QStringLiteral("CommandResponse")).toUtf8(), messageId,
                            "<rsp:CommandResponse><rsp:CommandId>" + commandId.toUtf8()
                                + "</rsp:CommandId></rsp:CommandResponse>");
        }
        if (action == QLatin1String("Receive")) {
            const QByteArray responseAction = (base + QStringLiteral("ReceiveResponse")).toUtf8();
            if (desired.isEmpty())
                return envelope(responseAction, messageId,
                                "<rsp:ReceiveResponse>" + poolStreams() + "</rsp:ReceiveResponse>");
            return envelope(responseAction, messageId,
                            "<rsp:ReceiveResponse>" + pipelineStreams()
                                + "<rsp:CommandState CommandId=\"" + commandId.toUtf8()
                                + "\" State=\""
                                + (base + QStringLiteral("CommandState/Done")).toUtf8()
                                + "\"><rsp:ExitCode>0</rsp:ExitCode></rsp:CommandState>"
                                  "</rsp:ReceiveResponse>");
        }
        if (action == QLatin1String("Signal"))
            return envelope((base + QStringLiteral("SignalResponse")).toUtf8(), messageId,
                            "<rsp:SignalResponse/>");
        // Delete and anything else
        return envelope("http://schemas.xmlsoap.org/ws/2004/09/transfer/DeleteResponse", messageId,
                        QByteArray());
    }

    QByteArray poolStreams()
    {
        if (m_scenario == Scenario::EmptyPoolReceives)
            return {};
        const QByteArray capability
            = "<Obj RefId=\"0\"><MS><Version N=\"protocolversion\">2.1</Version>"
              "<Version N=\"PSVersion\">2.0</Version><Version N=\"SerializationVersion\">1.1.0.1"
              "</Version></MS></Obj>";
        const QByteArray opened
            = "<Obj RefId=\"0\"><MS><I32 N=\"RunspaceState\">2</I32></MS></Obj>";
        const QUuid poolRpid = m_scenario == Scenario::ForeignRpidInPool ? m_foreign : QUuid();
        return stream(
            fragments(toClient(psrp::MessageType::SessionCapability, capability, {}, QUuid()), 1)
            + fragments(toClient(psrp::MessageType::RunspacePoolState, opened, {}, poolRpid), 2));
    }

    QByteArray pipelineStreams()
    {
        const QUuid outputPid = m_scenario == Scenario::ForeignPidInPipeline ? m_foreign : m_pid;
        const QString streamCommandId
            = m_scenario == Scenario::MismatchedCommandId ? upper(m_foreign) : commandId;
        const QByteArray output = "<S>hello</S>";
        const QByteArray done = "<Obj RefId=\"0\"><MS><I32 N=\"PipelineState\">4</I32></MS></Obj>";
        return stream(fragments(toClient(psrp::MessageType::PipelineOutput, output, outputPid), 1)
                          + fragments(toClient(psrp::MessageType::PipelineState, done, m_pid), 2),
                      streamCommandId);
    }

    Scenario m_scenario;
    QTemporaryDir m_dir;
    fake::SelfSignedCertificate m_cert;
    fake::HttpServer m_server;
    QStringList m_actions;
    QUuid m_rpid;
    QUuid m_pid;
    const QUuid m_foreign = QUuid(QStringLiteral("DEADBEEF-0000-4000-8000-000000000001"));
};

std::optional<Error> openSession(RemoteSession &session, const SessionOptions &options,
                                 int timeoutMs = 20000)
{
    QSignalSpy opened(&session, &RemoteSession::opened);
    QSignalSpy failed(&session, &RemoteSession::failed);
    session.open(options);
    if (!QTest::qWaitFor([&] { return !opened.isEmpty() || !failed.isEmpty(); }, timeoutMs))
        return Error::make(Error::Kind::Timeout, QStringLiteral("no outcome in the test's time"));
    if (!failed.isEmpty())
        return failed.first().first().value<Error>();
    return std::nullopt;
}

InvocationResult run(RemoteSession &session)
{
    PipelineJob *job = session.invoke({Command(QStringLiteral("Get-AcceptedDomain"))});
    EXPECT_TRUE(QTest::qWaitFor([&] { return job->isFinished(); }, 20000));
    return job->result();
}

// One pipeline in a session on the scripted server playing `scenario`: its result, or none (a
// failure recorded) when the server did not start or the session did not open.
std::optional<InvocationResult> runOn(ScriptedServer::Scenario scenario)
{
    ScriptedServer server(scenario);
    QString error;
    if (!server.start(&error)) {
        ADD_FAILURE() << error.toStdString();
        return std::nullopt;
    }
    RemoteSession session;
    if (const auto openError = openSession(session, server.options())) {
        ADD_FAILURE() << openError->toLogString().toStdString();
        return std::nullopt;
    }
    return run(session);
}

} // namespace

TEST(HostileSession, Protocol21ServerWithItsOwnShellAndCommandIds)
{
    // Valid: PowerShell 2.0 hosts speak PSRP 2.1 and choose their own IDs (issue 8 item 8).
    ScriptedServer server(ScriptedServer::Scenario::Normal);
    QString error;
    ASSERT_TRUE(server.start(&error)) << error.toStdString();
    RemoteSession session;
    const auto openError = openSession(session, server.options());
    ASSERT_FALSE(openError) << openError->toLogString().toStdString();
    EXPECT_EQ(session.info().protocolVersion, QStringLiteral("2.1"));
    EXPECT_EQ(session.info().shellId, server.shellId);

    const InvocationResult r = run(session);
    ASSERT_TRUE(r.succeeded()) << (r.transportError ? r.transportError->toLogString().toStdString()
                                                    : std::string());
    ASSERT_EQ(r.output.size(), 1);
    EXPECT_EQ(r.output.first().toString(), QStringLiteral("hello"));
    // the pipeline was built for 2.1 (no Merge* members of 2.2+)
    EXPECT_FALSE(server.createPipelineData.isEmpty());
    EXPECT_FALSE(server.createPipelineData.contains("MergeError"));
    // every later request used the server's ShellId and CommandId, not ours
    ASSERT_FALSE(server.addressedShellIds.isEmpty());
    for (const QString &id : server.addressedShellIds)
        EXPECT_EQ(id, server.shellId);
    ASSERT_FALSE(server.addressedCommandIds.isEmpty());
    for (const QString &id : server.addressedCommandIds)
        EXPECT_EQ(id, server.commandId);

    QSignalSpy closed(&session, &RemoteSession::closed);
    session.close();
    EXPECT_TRUE(QTest::qWaitFor([&] { return !closed.isEmpty(); }, 10000));
    EXPECT_EQ(server.count(QStringLiteral("Delete")), 1);
}

TEST(HostileSession, ForeignRpidDuringOpeningIsAProtocolError)
{
    ScriptedServer server(ScriptedServer::Scenario::ForeignRpidInPool);
    QString error;
    ASSERT_TRUE(server.start(&error)) << error.toStdString();
    RemoteSession session;
    const auto openError = openSession(session, server.options());
    ASSERT_TRUE(openError);
    EXPECT_EQ(openError->kind, Error::Kind::Protocol) << openError->toLogString().toStdString();
    EXPECT_TRUE(openError->message.contains(QStringLiteral("another session")))
        << openError->message.toStdString();
    EXPECT_TRUE(openError->message.contains(QStringLiteral("DEADBEEF")));
    EXPECT_FALSE(session.isOpen());
    // the shell the server made is deleted
    EXPECT_TRUE(
        QTest::qWaitFor([&] { return server.count(QStringLiteral("Delete")) == 1; }, 10000));
}

TEST(HostileSession, ForeignPidInPipelineOutputIsAProtocolError)
{
    const auto result = runOn(ScriptedServer::Scenario::ForeignPidInPipeline);
    ASSERT_TRUE(result && result->transportError);
    const InvocationResult &r = *result;
    EXPECT_EQ(r.transportError->kind, Error::Kind::Protocol);
    EXPECT_TRUE(r.transportError->message.contains(QStringLiteral("another command")))
        << r.transportError->message.toStdString();
    EXPECT_TRUE(r.output.isEmpty()) << "foreign output is never credited to this command";
    EXPECT_FALSE(r.succeeded());
}

TEST(HostileSession, MismatchedCommandIdIsAProtocolError)
{
    const auto result = runOn(ScriptedServer::Scenario::MismatchedCommandId);
    ASSERT_TRUE(result && result->transportError);
    const InvocationResult &r = *result;
    EXPECT_EQ(r.transportError->kind, Error::Kind::Protocol);
    EXPECT_TRUE(r.transportError->message.contains(QStringLiteral("DEADBEEF")))
        << r.transportError->message.toStdString();
    EXPECT_TRUE(r.output.isEmpty());
}

TEST(HostileSession, EmptyPoolReceivesBackOffAndOpeningHasADeadline)
{
    ScriptedServer server(ScriptedServer::Scenario::EmptyPoolReceives);
    QString error;
    ASSERT_TRUE(server.start(&error)) << error.toStdString();
    SessionOptions o = server.options();
    o.openTimeoutMs = 2500;
    RemoteSession session;
    QElapsedTimer timer;
    timer.start();
    const auto openError = openSession(session, o);
    ASSERT_TRUE(openError);
    EXPECT_EQ(openError->kind, Error::Kind::Timeout) << openError->toLogString().toStdString();
    EXPECT_GE(timer.elapsed(), 2000); // QTimer may fire a little early (coarse timers)
    EXPECT_LT(timer.elapsed(), 10000);
    // without a back-off this is thousands of requests
    EXPECT_LE(server.count(QStringLiteral("Receive")), 12)
        << server.actions().join(' ').toStdString();
    EXPECT_GE(server.count(QStringLiteral("Receive")), 3);
    EXPECT_TRUE(
        QTest::qWaitFor([&] { return server.count(QStringLiteral("Delete")) == 1; }, 10000));
}

TEST(HostileSession, TricklingAnswerEndsAtTheRequestDeadline)
{
    // One byte every 100 ms: the idle timeout (1 s) never fires, the total deadline does.
    QTcpServer server;
    ASSERT_TRUE(server.listen(QHostAddress::LocalHost, 0));
    QTimer trickle;
    QTcpSocket *peer = nullptr;
    QObject::connect(&server, &QTcpServer::newConnection, [&] {
        peer = server.nextPendingConnection();
        QObject::connect(peer, &QTcpSocket::readyRead, [&] {
            peer->readAll();
            peer->write(
                "HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 100000\r\n\r\n");
            trickle.start(100);
        });
    });
    QObject::connect(&trickle, &QTimer::timeout, [&] {
        if (peer)
            peer->write("x");
    });
    http::HttpConnection conn(
        QUrl(QStringLiteral("http://127.0.0.1:%1/PowerShell").arg(server.serverPort())));
    conn.setTimeouts(2000, 1000);
    conn.setRequestDeadline(1500);
    QSignalSpy failed(&conn, &http::HttpConnection::failed);
    QSignalSpy responses(&conn, &http::HttpConnection::responseReceived);
    http::Request request;
    request.path = "/PowerShell";
    request.body = "<x/>";
    QElapsedTimer timer;
    timer.start();
    conn.send(request);
    ASSERT_TRUE(QTest::qWaitFor([&] { return !failed.isEmpty() || !responses.isEmpty(); }, 15000));
    ASSERT_EQ(failed.size(), 1);
    const Error e = failed.first().first().value<Error>();
    EXPECT_EQ(e.kind, Error::Kind::Timeout);
    EXPECT_TRUE(e.message.contains(QStringLiteral("1.5"))) << e.message.toStdString();
    EXPECT_GE(timer.elapsed(), 1200);
    EXPECT_LT(timer.elapsed(), 6000);
}

TEST(HostileSession, RequestTimeoutOptionShapesTheDeadlines)
{
    SessionOptions o;
    EXPECT_EQ(o.effectiveRequestTimeoutMs(), 120000) << "documented default";
    EXPECT_EQ(o.effectiveOpenTimeoutMs(), 240000);
    EXPECT_EQ(o.effectiveOperationTimeoutSeconds(), 60);
    o.requestTimeoutMs = 30000;
    EXPECT_EQ(o.effectiveRequestTimeoutMs(), 30000);
    EXPECT_EQ(o.effectiveOperationTimeoutSeconds(), 25) << "the server answers before our deadline";
    EXPECT_EQ(o.effectiveOpenTimeoutMs(), 60000);
    o.requestTimeoutMs = 2000;
    EXPECT_EQ(o.effectiveOperationTimeoutSeconds(), 1);
    o.openTimeoutMs = 5000;
    EXPECT_EQ(o.effectiveOpenTimeoutMs(), 5000);
}
