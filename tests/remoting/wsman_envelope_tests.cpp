// WS-Man builders and parsers: content of the client envelopes, server builders read back by
// the client parsers, faults, non-SOAP bodies and hostile XML.
#include "wsman/Wsman.h"
#include "wsman/WsmanServer.h"
#include "wsman/XmlElement.h"

#include <gtest/gtest.h>

#include <QRandomGenerator>

using namespace remoting;
using namespace remoting::wsman;
using namespace fake::wsman;

namespace {

Endpoint endpoint()
{
    Endpoint ep;
    ep.to = QStringLiteral("http://ex01.contoso.com/PowerShell");
    ep.resourceUri = QStringLiteral("http://schemas.microsoft.com/powershell/Microsoft.Exchange");
    ep.sessionId = QStringLiteral("11111111-2222-3333-4444-555555555555");
    return ep;
}

const QString kShell = QStringLiteral("9A1B2C3D-0000-4000-8000-00000000ABCD");
const QString kCommand = QStringLiteral("C0C0C0C0-1111-4222-8333-444444444444");

} // namespace

TEST(WsmanBuilders, CreateCarriesHeadersOptionAndCreationXml)
{
    const QByteArray payload("\x00\x01\x02fragments\xff", 13);
    const Request req = buildCreate(endpoint(), kShell, payload, QStringLiteral("2.2"));
    EXPECT_TRUE(req.messageId.startsWith(QLatin1String("uuid:")));
    EXPECT_EQ(req.messageId,
              req.messageId.toUpper().replace(QLatin1String("UUID:"), QLatin1String("uuid:")));
    auto r = parseRequest(req.xml);
    ASSERT_TRUE(r.ok()) << r.error().toLogString().toStdString();
    EXPECT_EQ(r->action, QLatin1String(action::create));
    EXPECT_EQ(r->messageId, req.messageId);
    EXPECT_EQ(r->to, endpoint().to);
    EXPECT_EQ(r->resourceUri, endpoint().resourceUri);
    EXPECT_EQ(r->sessionId, QStringLiteral("uuid:11111111-2222-3333-4444-555555555555"));
    EXPECT_EQ(r->maxEnvelopeSize, 153600);
    EXPECT_EQ(r->operationTimeoutMs, 60000);
    EXPECT_EQ(r->shellId, kShell);
    EXPECT_EQ(r->creationXml, payload);
    EXPECT_EQ(r->options.value(QStringLiteral("protocolversion")), QStringLiteral("2.2"));
    EXPECT_TRUE(req.xml.contains(
        "<wsman:Option MustComply=\"true\" Name=\"protocolversion\">2.2</wsman:Option>"));
    EXPECT_TRUE(req.xml.contains("<rsp:InputStreams>stdin pr</rsp:InputStreams>"));
    EXPECT_TRUE(req.xml.contains("<rsp:OutputStreams>stdout</rsp:OutputStreams>"));
    EXPECT_TRUE(
        req.xml.contains("<creationXml xmlns=\"http://schemas.microsoft.com/powershell\">"));
    EXPECT_TRUE(
        req.xml.contains("<wsmv:DataLocale s:mustUnderstand=\"false\" xml:lang=\"en-US\"/>"));
    EXPECT_TRUE(req.xml.contains("<wsman:OperationTimeout>PT60S</wsman:OperationTimeout>"));
    EXPECT_FALSE(req.xml.contains("SelectorSet")); // Create has no shell yet
}

TEST(WsmanBuilders, ReceiveForPoolAndPipeline)
{
    const Request pool = buildReceive(endpoint(), kShell);
    auto p = parseRequest(pool.xml);
    ASSERT_TRUE(p.ok());
    EXPECT_EQ(p->action, QLatin1String(action::receive));
    EXPECT_EQ(p->shellId, kShell);
    EXPECT_EQ(p->options.value(QStringLiteral("WSMAN_CMDSHELL_OPTION_KEEPALIVE")),
              QStringLiteral("True"));
    EXPECT_EQ(p->desiredStream, QStringLiteral("stdout"));
    EXPECT_TRUE(p->desiredStreamCommandId.isEmpty());

    const Request cmd = buildReceive(endpoint(), kShell, kCommand);
    auto c = parseRequest(cmd.xml);
    ASSERT_TRUE(c.ok());
    EXPECT_EQ(c->desiredStreamCommandId, kCommand);
    EXPECT_TRUE(cmd.xml.contains(
        QStringLiteral("<rsp:DesiredStream CommandId=\"%1\">stdout</rsp:DesiredStream>")
            .arg(kCommand)
            .toUtf8()));
    EXPECT_NE(pool.messageId, cmd.messageId);
}

TEST(WsmanBuilders, CommandSendSignalDelete)
{
    const Request cmd = buildCommand(endpoint(), kShell, kCommand, QByteArray("args"));
    EXPECT_TRUE(cmd.xml.contains("<rsp:Command/>"));
    auto c = parseRequest(cmd.xml);
    ASSERT_TRUE(c.ok());
    EXPECT_EQ(c->commandId, kCommand);
    EXPECT_EQ(c->arguments, QByteArray("args"));

    const Request send = buildSend(endpoint(), kShell, kCommand, QByteArray("more"));
    auto s = parseRequest(send.xml);
    ASSERT_TRUE(s.ok());
    EXPECT_EQ(s->sendStreamName, QStringLiteral("stdin"));
    EXPECT_EQ(s->commandId, kCommand);
    EXPECT_EQ(s->sendData, QByteArray("more"));

    const Request stop = buildSignal(endpoint(), kShell, kCommand, signalPsCtrlC());
    auto g = parseRequest(stop.xml);
    ASSERT_TRUE(g.ok());
    EXPECT_EQ(g->signalCode,
              QStringLiteral("http://schemas.microsoft.com/powershell/signal/crtl_c"));
    EXPECT_EQ(g->commandId, kCommand);
    EXPECT_EQ(
        signalTerminate(),
        QStringLiteral("http://schemas.microsoft.com/wbem/wsman/1/windows/shell/signal/terminate"));

    const Request del = buildDelete(endpoint(), kShell);
    auto d = parseRequest(del.xml);
    ASSERT_TRUE(d.ok());
    EXPECT_EQ(d->action, QLatin1String(action::del));
    EXPECT_EQ(d->shellId, kShell);
    EXPECT_TRUE(del.xml.contains("<s:Body/>"));
}

TEST(WsmanBuilders, SpecialCharactersAreEscaped)
{
    Endpoint ep = endpoint();
    ep.to = QStringLiteral("http://host/PowerShell?a=1&b=<x>");
    const Request req = buildDelete(ep, kShell);
    auto r = parseRequest(req.xml);
    ASSERT_TRUE(r.ok());
    EXPECT_EQ(r->to, ep.to);
}

TEST(WsmanServerBuilders, CreateResponseRoundTrip)
{
    const Request req = buildCreate(endpoint(), kShell, "x");
    const QByteArray resp
        = buildCreateResponse(req.messageId, endpoint().to, endpoint().resourceUri,
                              QStringLiteral("lower-case-id-kept"), QStringLiteral("admin"));
    auto id = parseCreateResponse(resp, req.messageId);
    ASSERT_TRUE(id.ok()) << id.error().toLogString().toStdString();
    EXPECT_EQ(*id, QStringLiteral("lower-case-id-kept")); // verbatim
}

TEST(WsmanServerBuilders, CommandResponseRoundTrip)
{
    const Request req = buildCommand(endpoint(), kShell, kCommand, "x");
    auto id = parseCommandResponse(
        buildCommandResponse(req.messageId, QStringLiteral("SERVER-CHOSEN")), req.messageId);
    ASSERT_TRUE(id.ok());
    EXPECT_EQ(*id, QStringLiteral("SERVER-CHOSEN"));
}

TEST(WsmanServerBuilders, ReceiveResponseWithSeveralStreamsAndDone)
{
    const Request req = buildReceive(endpoint(), kShell, kCommand);
    QList<StreamChunk> chunks{{QStringLiteral("stdout"), kCommand, QByteArray("one"), false},
                              {QStringLiteral("stdout"), kCommand, QByteArray(5000, '\x7f'), false},
                              {QStringLiteral("stdout"), kCommand, QByteArray(), true}};
    auto r = parseReceiveResponse(
        buildReceiveResponse(req.messageId, chunks, kCommand, QStringLiteral("Done")),
        req.messageId);
    ASSERT_TRUE(r.ok()) << r.error().toLogString().toStdString();
    ASSERT_EQ(r->streams.size(), 3);
    EXPECT_EQ(r->streams[0].data, QByteArray("one"));
    EXPECT_EQ(r->streams[1].data, QByteArray(5000, '\x7f'));
    EXPECT_FALSE(r->streams[1].end);
    EXPECT_TRUE(r->streams[2].end);
    EXPECT_TRUE(r->streams[2].data.isEmpty());
    EXPECT_EQ(r->streams[0].commandId, kCommand);
    EXPECT_TRUE(r->done);
    EXPECT_EQ(r->commandState, QStringLiteral("Done"));
    EXPECT_EQ(r->exitCode, 0);

    auto running = parseReceiveResponse(buildReceiveResponse(req.messageId, chunks.mid(0, 1)),
                                        req.messageId);
    ASSERT_TRUE(running.ok());
    EXPECT_FALSE(running->done);
    EXPECT_TRUE(running->commandState.isEmpty());
}

TEST(WsmanServerBuilders, EmptyResponses)
{
    const Request req = buildSignal(endpoint(), kShell, kCommand, signalTerminate());
    for (const char *a : {action::sendResponse, action::signalResponse, action::deleteResponse})
        EXPECT_TRUE(
            parseEmptyResponse(buildEmptyResponse(req.messageId, QLatin1String(a)), req.messageId)
                .ok())
            << a;
}

TEST(WsmanFaults, TimedOutIsRecognised)
{
    const Request req = buildReceive(endpoint(), kShell, kCommand);
    auto r = parseReceiveResponse(buildFault(req.messageId, timedOutFault(QStringLiteral("EX01"))),
                                  req.messageId);
    ASSERT_FALSE(r.ok());
    EXPECT_TRUE(isTimedOut(r.error()));
    EXPECT_EQ(r.error().kind, Error::Kind::WsMan);
    EXPECT_EQ(r.error().wsmanCode, 2150858793u);
    EXPECT_EQ(r.error().wsmanMachine, QStringLiteral("EX01"));
    EXPECT_TRUE(r.error().message.startsWith(
        QLatin1String("The WS-Management service cannot complete the operation")));
    EXPECT_TRUE(r.error().detail.contains(QLatin1String("w:TimedOut")));
}

TEST(WsmanFaults, NestedProviderFaultMessage)
{
    const Request req = buildReceive(endpoint(), kShell);
    auto r = parseReceiveResponse(
        buildFault(req.messageId, invalidSelectorsFault(QStringLiteral("EX01"))), req.messageId);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().wsmanCode, codeInvalidSelectors);
    EXPECT_EQ(r.error().reason, Error::Reason::SessionGone);
    // The nested provider fault's text, after what to do about a shell the server lost.
    EXPECT_EQ(r.error().message.toStdString(),
              std::string("The server no longer knows this PowerShell session or command: it was "
                          "closed, timed out or the server restarted. The server said: The "
                          "WS-Management service cannot process the request because the "
                          "request contained invalid selectors for the resource."));
    EXPECT_FALSE(isTimedOut(r.error()));
}

TEST(WsmanFaults, ContractOverloadAndSenderReceiver)
{
    const QByteArray timed
        = buildFault(QStringLiteral("uuid:A"), codeTimedOut, QStringLiteral("TimedOut"),
                     QStringLiteral("late"), QStringLiteral("m"));
    EXPECT_TRUE(timed.contains("<s:Value>s:Receiver</s:Value>"));
    EXPECT_TRUE(timed.contains("<s:Value>w:TimedOut</s:Value>"));
    const QByteArray sender
        = buildFault(QStringLiteral("uuid:A"), 5, QStringLiteral("w:InvalidSelectors"),
                     QStringLiteral("bad"), QStringLiteral("m"));
    EXPECT_TRUE(sender.contains("<s:Value>s:Sender</s:Value>"));
    auto s = parseEmptyResponse(sender,
                                QStringLiteral("uuid:a")); // RelatesTo compared case-insensitively
    ASSERT_FALSE(s.ok());
    EXPECT_EQ(s.error().wsmanCode, 5u);
    EXPECT_EQ(s.error().message, QStringLiteral("bad"));
}

TEST(WsmanFaults, FaultWithoutDetailUsesReason)
{
    const QByteArray xml
        = "<s:Envelope "
          "xmlns:s=\"http://www.w3.org/2003/05/soap-envelope\"><s:Header/><s:Body><s:Fault>"
          "<s:Code><s:Value>s:Receiver</s:Value></s:Code><s:Reason><s:Text "
          "xml:lang=\"en-US\">Access is denied. "
          "</s:Text></s:Reason></s:Fault></s:Body></s:Envelope>";
    auto s = parseEmptyResponse(xml, QStringLiteral("uuid:X"));
    ASSERT_FALSE(s.ok());
    EXPECT_EQ(s.error().kind, Error::Kind::WsMan);
    EXPECT_EQ(s.error().wsmanCode, 0u);
    EXPECT_EQ(s.error().message, QStringLiteral("Access is denied."));
}

TEST(WsmanParsers, RelatesToChecked)
{
    const Request req = buildCommand(endpoint(), kShell, kCommand, "x");
    const QByteArray other = buildCommandResponse(newMessageId(), kCommand);
    auto r = parseCommandResponse(other, req.messageId);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().kind, Error::Kind::Protocol);

    QByteArray missing = buildCommandResponse(req.messageId, kCommand);
    missing.replace(QStringLiteral("<a:RelatesTo>%1</a:RelatesTo>").arg(req.messageId).toUtf8(),
                    QByteArray());
    auto m = parseCommandResponse(missing, req.messageId);
    ASSERT_FALSE(m.ok());
    EXPECT_EQ(m.error().kind, Error::Kind::Protocol);
}

TEST(WsmanParsers, MissingIdsAreProtocolErrors)
{
    const Request req = buildCommand(endpoint(), kShell, kCommand, "x");
    auto c = parseCommandResponse(
        buildEmptyResponse(req.messageId, QLatin1String(action::sendResponse)), req.messageId);
    ASSERT_FALSE(c.ok());
    EXPECT_EQ(c.error().kind, Error::Kind::Protocol);
    auto s = parseCreateResponse(buildCommandResponse(req.messageId, kCommand), req.messageId);
    ASSERT_FALSE(s.ok());
    EXPECT_EQ(s.error().kind, Error::Kind::Protocol);
    auto r = parseReceiveResponse(buildCommandResponse(req.messageId, kCommand), req.messageId);
    ASSERT_FALSE(r.ok());
}

TEST(WsmanParsers, NonSoapBodies)
{
    auto empty = parseReceiveResponse(QByteArray(), QStringLiteral("uuid:X"));
    ASSERT_FALSE(empty.ok());
    EXPECT_EQ(empty.error().kind, Error::Kind::Http);

    const QByteArray html
        = "<!DOCTYPE html><html><head><title>Server Error</title></head><body><h1>Server Error in "
          "'/PowerShell' Application.</h1></body></html>";
    auto h = parseCreateResponse(html, QStringLiteral("uuid:X"));
    ASSERT_FALSE(h.ok());
    EXPECT_EQ(h.error().kind, Error::Kind::Http);
    EXPECT_TRUE(h.error().message.contains(QLatin1String("web page")));
    EXPECT_TRUE(
        h.error().message.contains(QLatin1String("Server Error in '/PowerShell' Application.")));

    const Error withStatus = nonSoapBodyError(html, 503);
    EXPECT_EQ(withStatus.httpStatus, 503);
    EXPECT_TRUE(withStatus.message.contains(QLatin1String("503")));

    auto text = parseEmptyResponse("Service Unavailable", QStringLiteral("uuid:X"));
    ASSERT_FALSE(text.ok());
    EXPECT_EQ(text.error().kind, Error::Kind::Http);
    EXPECT_TRUE(text.error().message.contains(QLatin1String("Service Unavailable")));

    auto otherXml = parseEmptyResponse("<root><child/></root>", QStringLiteral("uuid:X"));
    ASSERT_FALSE(otherXml.ok());
    EXPECT_EQ(otherXml.error().kind, Error::Kind::Http);
}

TEST(WsmanHostile, EntityExpansionRefused)
{
    const QByteArray bomb
        = "<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\">"
          "<!ENTITY lol1 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">"
          "<!ENTITY lol2 \"&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;\">]>"
          "<s:Envelope xmlns:s=\"http://www.w3.org/2003/05/soap-envelope\"><s:Body>&lol2;</s:Body>"
          "</s:Envelope>";
    EXPECT_FALSE(XmlElement::parse(bomb).ok());
    EXPECT_FALSE(parseRequest(bomb).ok());
    auto r = parseEmptyResponse(bomb, QStringLiteral("uuid:X"));
    ASSERT_FALSE(r.ok());
    EXPECT_FALSE(r.error().message.isEmpty());
}

TEST(WsmanHostile, ExternalEntityRefused)
{
    const QByteArray xxe
        = "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>"
          "<s:Envelope xmlns:s=\"http://www.w3.org/2003/05/soap-envelope\"><s:Body>&xxe;</s:Body>"
          "</s:Envelope>";
    auto r = parseRequest(xxe);
    ASSERT_FALSE(r.ok());
    EXPECT_FALSE(r.error().detail.contains(QLatin1String("root:")));
}

TEST(WsmanHostile, DeepNestingAndHugeInput)
{
    QByteArray deep;
    for (int i = 0; i < 100000; ++i)
        deep += "<a>";
    auto d = XmlElement::parse(deep);
    ASSERT_FALSE(d.ok());
    EXPECT_TRUE(d.error().detail.contains(QLatin1String("deeply")));

    QByteArray wide = "<r>";
    for (int i = 0; i < XmlElement::maxElements + 10; ++i)
        wide += "<b/>";
    wide += "</r>";
    EXPECT_FALSE(XmlElement::parse(wide).ok());

    const QByteArray huge(XmlElement::maxBytes + 1, ' ');
    EXPECT_FALSE(XmlElement::parse(huge).ok());
}

TEST(WsmanHostile, MalformedPieces)
{
    const Request req = buildReceive(endpoint(), kShell, kCommand);
    QByteArray good
        = buildReceiveResponse(req.messageId, {{QStringLiteral("stdout"), kCommand, "abc", false}});
    QByteArray badBase64 = good;
    badBase64.replace(QByteArray("abc").toBase64(), "!!not*base64!!");
    auto r = parseReceiveResponse(badBase64, req.messageId);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().kind, Error::Kind::Protocol);

    for (int cut : {1, 10, 100, 300, int(good.size()) - 5}) {
        auto t = parseReceiveResponse(good.left(cut), req.messageId);
        EXPECT_FALSE(t.ok()) << cut;
    }
    EXPECT_FALSE(parseRequest("<a/><b/>").ok());
    EXPECT_FALSE(parseRequest(QByteArray("\xff\xfe\x00<\x00", 5)).ok());
    EXPECT_FALSE(
        parseRequest("<s:Envelope xmlns:s=\"http://www.w3.org/2003/05/soap-envelope\"/>").ok());
    QByteArray badTimeout = buildReceive(endpoint(), kShell).xml;
    badTimeout.replace("PT60S", "PT-1S");
    const auto timeout = parseRequest(badTimeout); // parsed, so the server can fault it as recorded
    ASSERT_TRUE(timeout.ok());
    EXPECT_EQ(timeout->invalidTimeout, QStringLiteral("PT-1S"));
    QByteArray badSize = buildReceive(endpoint(), kShell).xml;
    badSize.replace(">153600<", ">lots<");
    EXPECT_FALSE(parseRequest(badSize).ok());
}

TEST(WsmanHostile, RandomMutationsNeverCrash)
{
    const Request req = buildCreate(endpoint(), kShell, QByteArray(300, 'z'));
    const QList<QByteArray> seeds{
        req.xml,
        buildReceiveResponse(req.messageId,
                             {{QStringLiteral("stdout"), kCommand, QByteArray(200, 'q'), true}},
                             kCommand, QStringLiteral("Done")),
        buildFault(req.messageId, invalidSelectorsFault(QStringLiteral("m"))),
        buildCreateResponse(req.messageId, endpoint().to, endpoint().resourceUri, kShell,
                            QStringLiteral("u")),
    };
    QRandomGenerator rng(12345);
    int parsedOk = 0;
    for (int i = 0; i < 4000; ++i) {
        QByteArray x = seeds[i % seeds.size()];
        const int edits = 1 + int(rng.bounded(8));
        for (int e = 0; e < edits; ++e) {
            const int pos = int(rng.bounded(quint32(x.size())));
            switch (rng.bounded(4)) {
            case 0:
                x[pos] = char(rng.bounded(256));
                break;
            case 1:
                x.remove(pos, int(rng.bounded(20)));
                break;
            case 2:
                x.insert(pos, x.mid(int(rng.bounded(quint32(x.size()))), int(rng.bounded(40))));
                break;
            default:
                x.insert(pos, "<");
                break;
            }
        }
        parsedOk += parseRequest(x).ok();
        (void)parseCreateResponse(x, req.messageId);
        (void)parseCommandResponse(x, req.messageId);
        (void)parseReceiveResponse(x, req.messageId);
        (void)parseEmptyResponse(x, req.messageId);
    }
    SUCCEED() << parsedOk << " mutated requests still parsed";
}
