// WS-Man envelopes against the real traffic in ../shared/testdata/recorded-psrp:
// our builders reproduce the recorded requests (MessageID aside), and our parsers read
// every recorded response.
#include "TestPaths.h"

#include "wsman/Wsman.h"
#include "wsman/WsmanServer.h"
#include "wsman/XmlElement.h"

#include <gtest/gtest.h>

#include <QSet>
#include <yaml-cpp/yaml.h>

#include <QDir>
#include <QRegularExpression>

using namespace remoting;
using namespace remoting::wsman;
using namespace fake::wsman;

namespace {

struct Exchange
{
    QString file;
    int index = 0;
    QByteArray request;
    QByteArray response; // empty when the recording has none
    bool httpError = false;
};

QList<Exchange> loadAll()
{
    QList<Exchange> all;
    const QDir dir(testsupport::recordedPsrpDir());
    const auto files = dir.entryList({QStringLiteral("*.yml")}, QDir::Files, QDir::Name);
    for (const QString &name : files) {
        const YAML::Node root = YAML::LoadFile(dir.filePath(name).toStdString());
        int i = 0;
        for (const auto &m : root["messages"]) {
            Exchange e;
            e.file = name;
            e.index = i++;
            if (m["request"] && m["request"].IsScalar())
                e.request = QByteArray::fromStdString(m["request"].as<std::string>());
            if (m["response"] && m["response"].IsScalar() && !m["response"].IsNull())
                e.response = QByteArray::fromStdString(m["response"].as<std::string>());
            e.httpError = bool(m["http_error"]);
            all.append(e);
        }
    }
    return all;
}

const QList<Exchange> &recordings()
{
    static const QList<Exchange> all = loadAll();
    return all;
}

QString where(const Exchange &e)
{
    return e.file + QLatin1Char('#') + QString::number(e.index);
}

XmlElement parseTree(const QByteArray &xml)
{
    auto t = XmlElement::parse(xml);
    EXPECT_TRUE(t.ok()) << (t.ok() ? "" : t.error().toLogString().toStdString());
    return t.ok() ? *t : XmlElement{};
}

// Structural comparison: namespace + local name, attributes (xmlns excluded), trimmed
// text. MessageID values are normalised; the elements/options the recording's client
// sent and we deliberately do not are skipped.
void compareTrees(const XmlElement &expected, const XmlElement &actual, const QString &path,
                  QStringList *diffs)
{
    if (expected.ns != actual.ns || expected.name != actual.name) {
        diffs->append(QStringLiteral("%1: element {%2}%3 vs {%4}%5")
                          .arg(path, expected.ns, expected.name, actual.ns, actual.name));
        return;
    }
    const QString here = path + QLatin1Char('/') + expected.name;
    auto attrs = [](const XmlElement &e) {
        QStringList out;
        for (const auto &a : e.attributes)
            out << QStringLiteral("{%1}%2=%3").arg(a.ns, a.name, a.value);
        out.sort();
        return out;
    };
    if (attrs(expected) != attrs(actual))
        diffs->append(QStringLiteral("%1: attributes %2 vs %3")
                          .arg(here, attrs(expected).join(QLatin1Char(',')),
                               attrs(actual).join(QLatin1Char(','))));
    if (expected.name != QLatin1String("MessageID")
        && expected.text.trimmed() != actual.text.trimmed())
        diffs->append(
            QStringLiteral("%1: text '%2' vs '%3'")
                .arg(here, expected.text.trimmed().left(80), actual.text.trimmed().left(80)));

    auto skipped = [](const XmlElement &e) {
        return (e.name == QLatin1String("IdleTimeOut") && e.ns == QLatin1String(ns::shell))
               || (e.name == QLatin1String("Option")
                   && e.attribute(QStringLiteral("Name")) == QLatin1String("WINRS_NOPROFILE"));
    };
    std::vector<const XmlElement *> ec, ac;
    for (const auto &c : expected.children)
        if (!skipped(c))
            ec.push_back(&c);
    for (const auto &c : actual.children)
        ac.push_back(&c);
    if (ec.size() != ac.size()) {
        diffs->append(
            QStringLiteral("%1: %2 children vs %3").arg(here).arg(ec.size()).arg(ac.size()));
        return;
    }
    for (size_t i = 0; i < ec.size(); ++i)
        compareTrees(*ec[i], *ac[i], here, diffs);
}

Endpoint endpointFrom(const ParsedRequest &r)
{
    Endpoint ep;
    ep.to = r.to;
    ep.resourceUri = r.resourceUri;
    ep.sessionId = r.sessionId;
    ep.maxEnvelopeSize = r.maxEnvelopeSize;
    ep.operationTimeoutSeconds = r.operationTimeoutMs / 1000;
    return ep;
}

QString actionName(const QString &uri)
{
    return uri.section(QLatin1Char('/'), -1);
}

// Walks the PSRP fragment headers (big-endian) of one Stream's bytes.
bool fragmentsWellFormed(const QByteArray &data, int *count)
{
    int pos = 0;
    *count = 0;
    while (pos < data.size()) {
        if (data.size() - pos < 21)
            return false;
        const auto *p = reinterpret_cast<const uchar *>(data.constData() + pos);
        const quint32 len
            = (quint32(p[17]) << 24) | (quint32(p[18]) << 16) | (quint32(p[19]) << 8) | p[20];
        if (qint64(len) > data.size() - pos - 21)
            return false;
        pos += 21 + int(len);
        ++*count;
    }
    return true;
}

// The recorded request with OperationTimeout PT-1S (test_psrp_is_alive_other_wsman_error)
// is one a server must refuse (the parser says why: invalidTimeout); every other request
// parses cleanly.
std::optional<ParsedRequest> recordedRequest(const Exchange &e)
{
    auto r = parseRequest(e.request);
    if (e.request.contains("<wsman:OperationTimeout>PT-1S<")) {
        EXPECT_TRUE(r.ok() && r->invalidTimeout == QLatin1String("PT-1S"));
        return std::nullopt;
    }
    if (r) {
        EXPECT_TRUE(r->invalidTimeout.isEmpty() && r->unexpectedSelectors.isEmpty());
    }
    EXPECT_TRUE(r.ok()) << (r.ok() ? "" : r.error().toLogString().toStdString());
    if (!r)
        return std::nullopt;
    return *r;
}

} // namespace

TEST(WsmanRecorded, LoadsEveryTranscript)
{
    EXPECT_GE(recordings().size(), 250);
    QSet<QString> files;
    for (const auto &e : recordings())
        files.insert(e.file);
    EXPECT_GE(files.size(), 29);
}

TEST(WsmanRecorded, EveryRequestParsesServerSide)
{
    for (const auto &e : recordings()) {
        SCOPED_TRACE(where(e).toStdString());
        auto r = recordedRequest(e);
        if (!r)
            continue;
        EXPECT_TRUE(r->messageId.startsWith(QLatin1String("uuid:")));
        EXPECT_FALSE(r->resourceUri.isEmpty());
        EXPECT_FALSE(r->to.isEmpty());
        const QString a = actionName(r->action);
        if (a == QLatin1String("Create")) {
            EXPECT_EQ(r->options.value(QStringLiteral("protocolversion")), QStringLiteral("2.3"));
            EXPECT_FALSE(r->shellId.isEmpty());
            EXPECT_GT(r->creationXml.size(), 42); // two fragments
        } else if (a == QLatin1String("Command")) {
            EXPECT_FALSE(r->commandId.isEmpty());
            EXPECT_FALSE(r->arguments.isEmpty());
        } else if (a == QLatin1String("Receive")) {
            EXPECT_EQ(r->desiredStream, QStringLiteral("stdout"));
            EXPECT_EQ(r->options.value(QStringLiteral("WSMAN_CMDSHELL_OPTION_KEEPALIVE")),
                      QStringLiteral("True"));
        } else if (a == QLatin1String("Signal")) {
            EXPECT_FALSE(r->signalCode.isEmpty());
        }
    }
}

TEST(WsmanRecorded, BuildersReproduceRecordedRequests)
{
    int compared = 0;
    QMap<QString, int> perAction;
    for (const auto &e : recordings()) {
        auto r = recordedRequest(e);
        if (!r)
            continue;
        const Endpoint ep = endpointFrom(*r);
        const QString a = actionName(r->action);
        std::optional<Request> built;
        if (a == QLatin1String("Create"))
            built = buildCreate(ep, r->shellId, r->creationXml,
                                r->options.value(QStringLiteral("protocolversion")));
        else if (a == QLatin1String("Receive"))
            built = buildReceive(ep, r->shellId, r->desiredStreamCommandId);
        else if (a == QLatin1String("Command"))
            built = buildCommand(ep, r->shellId, r->commandId, r->arguments);
        else if (a == QLatin1String("Send"))
            built = buildSend(ep, r->shellId, r->commandId, r->sendData, r->sendStreamName);
        else if (a == QLatin1String("Signal"))
            built = buildSignal(ep, r->shellId, r->commandId, r->signalCode);
        else if (a == QLatin1String("Delete"))
            built = buildDelete(ep, r->shellId);
        else if (a == QLatin1String("Get"))
            built = buildGet(ep, r->shellId); // the is-alive probe
        if (!built)
            continue; // Enumerate/Disconnect/Reconnect/Connect: not used by this client
        SCOPED_TRACE((where(e) + QLatin1Char(' ') + a).toStdString());
        QStringList diffs;
        compareTrees(parseTree(e.request), parseTree(built->xml), {}, &diffs);
        EXPECT_TRUE(diffs.isEmpty()) << diffs.join(QLatin1Char('\n')).toStdString();
        EXPECT_NE(built->messageId, r->messageId);
        EXPECT_TRUE(built->xml.contains(built->messageId.toUtf8()));
        ++compared;
        ++perAction[a];
    }
    EXPECT_GE(compared, 200);
    for (const char *a : {"Create", "Receive", "Command", "Send", "Signal", "Delete", "Get"})
        EXPECT_GT(perAction.value(QLatin1String(a)), 0) << a;
}

TEST(WsmanRecorded, EveryResponseParses)
{
    // A server may choose its own ShellId and CommandId rather than echo the client's
    // (PROTOCOL.md: take them from the responses and use them verbatim): the test checks
    // that the IDs come out of the responses and that the recorded client then addressed
    // exactly those, not that the server echoed the request.
    QMap<QString, int> seen;
    QMap<QString, QSet<QString>> shellIdsByFile;   // from CreateResponses
    QMap<QString, QSet<QString>> commandIdsByFile; // from CommandResponses
    int addressedShells = 0, addressedCommands = 0;
    for (const auto &e : recordings()) {
        if (e.response.isEmpty())
            continue;
        SCOPED_TRACE(where(e).toStdString());
        auto r = recordedRequest(e);
        QString messageId = r ? r->messageId : QString();
        if (!r) {
            messageId = QString::fromUtf8(e.request)
                            .section(QStringLiteral("<wsa:MessageID>"), 1)
                            .section(QStringLiteral("</wsa:MessageID>"), 0, 0);
            r = ParsedRequest{};
        }
        const QString a = actionName(r->action);
        const bool isFault = e.response.contains("<s:Fault>");
        if (isFault) {
            auto status = parseEmptyResponse(e.response, messageId);
            ASSERT_FALSE(status.ok());
            const Error &err = status.error();
            EXPECT_EQ(err.kind, Error::Kind::WsMan);
            EXPECT_NE(err.wsmanCode, 0u);
            EXPECT_EQ(err.wsmanMachine, QStringLiteral("127.0.0.1"));
            EXPECT_FALSE(err.message.isEmpty());
            ++seen[QStringLiteral("fault")];
            continue;
        }
        if (a == QLatin1String("Create")) {
            auto shellId = parseCreateResponse(e.response, r->messageId);
            ASSERT_TRUE(shellId.ok()) << shellId.error().toLogString().toStdString();
            // taken verbatim from the ResourceCreated selector
            EXPECT_TRUE(
                e.response.contains(QStringLiteral("<w:Selector Name=\"ShellId\">%1</w:Selector>")
                                        .arg(*shellId)
                                        .toUtf8()));
            shellIdsByFile[e.file].insert(shellId->toUpper());
        } else if (a == QLatin1String("Command")) {
            auto commandId = parseCommandResponse(e.response, r->messageId);
            ASSERT_TRUE(commandId.ok()) << commandId.error().toLogString().toStdString();
            EXPECT_FALSE(commandId->isEmpty());
            commandIdsByFile[e.file].insert(commandId->toUpper());
        } else if (a == QLatin1String("Receive")) {
            auto result = parseReceiveResponse(e.response, r->messageId);
            ASSERT_TRUE(result.ok()) << result.error().toLogString().toStdString();
            EXPECT_EQ(result->streams.size(), e.response.count("<rsp:Stream "));
            for (const auto &chunk : result->streams) {
                EXPECT_EQ(chunk.name, QStringLiteral("stdout"));
                EXPECT_EQ(chunk.commandId.toUpper(), r->desiredStreamCommandId.toUpper());
                int fragments = 0;
                EXPECT_TRUE(fragmentsWellFormed(chunk.data, &fragments));
                EXPECT_GE(fragments, 1);
            }
            const bool recordedDone = e.response.contains("CommandState/Done");
            EXPECT_EQ(result->done, recordedDone);
            if (recordedDone) {
                EXPECT_EQ(result->commandState, QStringLiteral("Done"));
                EXPECT_EQ(result->commandStateId.toUpper(), r->desiredStreamCommandId.toUpper());
                ++seen[QStringLiteral("done")];
            }
            if (e.response.contains("CommandState/Pending")) {
                EXPECT_EQ(result->commandState, QStringLiteral("Pending"));
            }
        } else {
            auto status = parseEmptyResponse(e.response, r->messageId);
            EXPECT_TRUE(status.ok()) << status.error().toLogString().toStdString();
        }
        // After a Create in this file, requests address a ShellId a CreateResponse gave, and
        // a command's Receive a CommandId a CommandResponse gave.
        if (a != QLatin1String("Create") && !r->shellId.isEmpty()
            && shellIdsByFile.contains(e.file)) {
            EXPECT_TRUE(shellIdsByFile[e.file].contains(r->shellId.toUpper())) << a.toStdString();
            ++addressedShells;
        }
        if (a == QLatin1String("Receive") && !r->desiredStreamCommandId.isEmpty()
            && commandIdsByFile.contains(e.file)) {
            EXPECT_TRUE(commandIdsByFile[e.file].contains(r->desiredStreamCommandId.toUpper()));
            ++addressedCommands;
        }
        ++seen[a];
    }
    EXPECT_GT(addressedShells, 100);
    EXPECT_GT(addressedCommands, 20);
    for (const char *a :
         {"Create", "Receive", "Command", "Send", "Signal", "Delete", "fault", "done"})
        EXPECT_GT(seen.value(QLatin1String(a)), 0) << a;
}

TEST(WsmanRecorded, ResponsesToAnotherRequestAreRejected)
{
    for (const auto &e : recordings()) {
        if (e.response.isEmpty() || e.response.contains("<s:Fault>"))
            continue;
        SCOPED_TRACE(where(e).toStdString());
        auto status = parseEmptyResponse(e.response, newMessageId());
        ASSERT_FALSE(status.ok());
        EXPECT_EQ(status.error().kind, Error::Kind::Protocol);
    }
}

TEST(WsmanRecorded, InvalidSelectorsFault)
{
    const auto &all = recordings();
    auto it = std::find_if(all.begin(), all.end(), [](const Exchange &e) {
        return e.file == QLatin1String("test_psrp_is_alive_invalid_selectors.yml")
               && e.response.contains("Fault");
    });
    ASSERT_NE(it, all.end());
    auto r = parseRequest(it->request);
    auto status = parseEmptyResponse(it->response, r->messageId);
    ASSERT_FALSE(status.ok());
    EXPECT_EQ(status.error().kind, Error::Kind::WsMan);
    EXPECT_EQ(status.error().wsmanCode, 2150858843u);
    EXPECT_EQ(status.error().wsmanMachine, QStringLiteral("127.0.0.1"));
    // What to do first, then the server's own text.
    EXPECT_EQ(
        status.error().message,
        QStringLiteral(
            "The server no longer knows this PowerShell session or command: it was closed, timed "
            "out or the server restarted. The server said: The WS-Management "
            "service cannot process the request because the request contained invalid selectors "
            "for the resource."));
    EXPECT_TRUE(status.error().detail.contains(QLatin1String("w:InvalidSelectors")));
    EXPECT_EQ(status.error().reason, Error::Reason::SessionGone);
    EXPECT_FALSE(isTimedOut(status.error()));
}

// The recorded is-alive answers (GetResponse): the shell they describe and its State.
TEST(WsmanRecorded, GetResponsesDescribeTheShell)
{
    QMap<QString, int> states;
    for (const auto &e : recordings()) {
        if (!e.file.startsWith(QLatin1String("test_psrp_is_alive_"))
            || !e.request.contains("transfer/Get<") || !e.response.contains("GetResponse"))
            continue;
        SCOPED_TRACE(where(e).toStdString());
        auto r = parseRequest(e.request);
        ASSERT_TRUE(r.ok());
        auto status = parseGetResponse(e.response, r->messageId);
        ASSERT_TRUE(status.ok()) << status.error().toLogString().toStdString();
        EXPECT_EQ(status->shellId.toUpper(), r->shellId.toUpper());
        EXPECT_EQ(status->resourceUri,
                  QStringLiteral("http://schemas.microsoft.com/powershell/Microsoft.PowerShell"));
        EXPECT_EQ(status->owner, QStringLiteral("vagrant"));
        EXPECT_FALSE(status->idleTimeout.isEmpty());
        ++states[status->state];
        // An answer to another request is refused.
        EXPECT_FALSE(parseGetResponse(e.response, newMessageId()).ok());
    }
    EXPECT_GE(states.value(QStringLiteral("Connected")), 3);
    EXPECT_EQ(states.value(QStringLiteral("Disconnected")), 1);
    EXPECT_EQ(states.size(), 2);
    // A GetResponse without a Shell is a protocol error.
    const QByteArray noShell
        = "<s:Envelope xmlns:s=\"http://www.w3.org/2003/05/soap-envelope\" "
          "xmlns:a=\"http://schemas.xmlsoap.org/ws/2004/08/addressing\"><s:Header>"
          "<a:RelatesTo>uuid:1</a:RelatesTo></s:Header><s:Body/></s:Envelope>";
    auto bad = parseGetResponse(noShell, QStringLiteral("uuid:1"));
    ASSERT_FALSE(bad.ok());
    EXPECT_EQ(bad.error().kind, Error::Kind::Protocol);
}

TEST(WsmanRecorded, OtherWsmanFault)
{
    const auto &all = recordings();
    auto it = std::find_if(all.begin(), all.end(), [](const Exchange &e) {
        return e.file == QLatin1String("test_psrp_is_alive_other_wsman_error.yml")
               && e.response.contains("Fault");
    });
    ASSERT_NE(it, all.end());
    auto r = parseRequest(it->request);
    // the recorded request carries OperationTimeout PT-1S, which a server must refuse
    ASSERT_TRUE(r.ok());
    EXPECT_EQ(r->invalidTimeout, QStringLiteral("PT-1S"));
    const QString messageId = QString::fromUtf8(it->request)
                                  .section(QStringLiteral("<wsa:MessageID>"), 1)
                                  .section(QStringLiteral("</wsa:MessageID>"), 0, 0);
    auto status = parseEmptyResponse(it->response, messageId);
    ASSERT_FALSE(status.ok());
    EXPECT_EQ(status.error().wsmanCode, 2150858767u);
    EXPECT_TRUE(status.error().message.contains(
        QLatin1String("invalid timeout field in the SOAP header: PT-1S")));
}

TEST(WsmanRecorded, TimedOutFaultsAreRecognised)
{
    int timedOut = 0;
    for (const auto &e : recordings()) {
        if (!e.response.contains("w:TimedOut"))
            continue;
        auto r = recordedRequest(e);
        ASSERT_TRUE(r.has_value());
        auto result = parseReceiveResponse(e.response, r->messageId);
        ASSERT_FALSE(result.ok());
        EXPECT_TRUE(isTimedOut(result.error()));
        EXPECT_EQ(result.error().wsmanCode, codeTimedOut);
        ++timedOut;
    }
    EXPECT_GE(timedOut, 2);
}
