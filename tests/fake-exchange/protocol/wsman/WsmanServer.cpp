// Server side of the WS-Man shell protocol (used by the fake Exchange): request parsing,
// response and fault envelopes shaped like the ones real WinRM sends (testdata/recorded-psrp).
#include "WsmanServer.h"

#include "Guesses.h"
#include "wsman/XmlElement.h"

#include <QRegularExpression>
#include <QXmlStreamWriter>

#include <functional>

namespace fake::wsman {

using namespace remoting::wsman;

namespace {

Error badRequest(const QString &detail)
{
    return Error::make(Error::Kind::Protocol,
                       QStringLiteral("The WS-Management request is malformed."), detail);
}

Expected<QByteArray> decodeBase64Text(const QString &text, const char *what)
{
    const auto data = decodeStreamBase64(text);
    if (!data)
        return badRequest(QStringLiteral("invalid base64 in %1").arg(QLatin1String(what)));
    return *data;
}

// ISO 8601 duration as WS-Man uses it: PT60S, PT60.000S, PT1M30S, P0DT0H1M.
std::optional<int> durationMs(const QString &text)
{
    static const QRegularExpression re(
        QStringLiteral(R"(^P(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?)?$)"));
    const auto m = re.match(text.trimmed());
    if (!m.hasMatch())
        return std::nullopt;
    const double total = m.captured(1).toDouble() * 86400 + m.captured(2).toDouble() * 3600
                         + m.captured(3).toDouble() * 60 + m.captured(4).toDouble();
    if (total <= 0 || total > 86400.0 * 365)
        return std::nullopt;
    return int(std::min(total * 1000.0, 2147483647.0));
}

const QString kAnonymous
    = QStringLiteral("http://schemas.xmlsoap.org/ws/2004/08/addressing/role/anonymous");

// A response envelope with the namespaces real WinRM declares (a, x, w, rsp, p).
QByteArray writeResponse(const QString &actionUri, const QString &relatesTo,
                         const std::function<void(QXmlStreamWriter &)> &body)
{
    QByteArray out;
    QXmlStreamWriter w(&out);
    const QString s = QLatin1String(ns::soap);
    const QString a = QLatin1String(ns::addressing);
    w.writeStartElement(QStringLiteral("s:Envelope"));
    w.writeAttribute(QStringLiteral("xml:lang"), QStringLiteral("en-US"));
    w.writeNamespace(s, QStringLiteral("s"));
    w.writeNamespace(a, QStringLiteral("a"));
    w.writeNamespace(QLatin1String(ns::transfer), QStringLiteral("x"));
    w.writeNamespace(QLatin1String(ns::wsman), QStringLiteral("w"));
    w.writeNamespace(QLatin1String(ns::shell), QStringLiteral("rsp"));
    w.writeNamespace(QLatin1String(ns::wsmv), QStringLiteral("p"));
    w.writeStartElement(s, QStringLiteral("Header"));
    w.writeTextElement(a, QStringLiteral("Action"), actionUri);
    w.writeTextElement(a, QStringLiteral("MessageID"), newMessageId());
    w.writeTextElement(a, QStringLiteral("To"), kAnonymous);
    if (!relatesTo.isEmpty())
        w.writeTextElement(a, QStringLiteral("RelatesTo"), relatesTo);
    w.writeEndElement();
    w.writeStartElement(s, QStringLiteral("Body"));
    if (body)
        body(w);
    w.writeEndElement();
    w.writeEndElement();
    w.writeEndDocument();
    return out;
}

} // namespace

Expected<ParsedRequest> parseRequest(const QByteArray &xml)
{
    auto parsed = XmlElement::parse(xml);
    if (!parsed)
        return badRequest(parsed.error().detail);
    const XmlElement &root = *parsed;
    if (!root.is(ns::soap, "Envelope"))
        return badRequest(QStringLiteral("root element is not a SOAP 1.2 Envelope"));
    const XmlElement *header = root.child(ns::soap, "Header");
    const XmlElement *body = root.child(ns::soap, "Body");
    if (!header || !body)
        return badRequest(QStringLiteral("envelope without Header or Body"));

    ParsedRequest r;
    for (const auto &h : header->children) {
        if (h.is(ns::addressing, "Action"))
            r.action = h.text.trimmed();
        else if (h.is(ns::addressing, "MessageID"))
            r.messageId = h.text.trimmed();
        else if (h.is(ns::addressing, "To"))
            r.to = h.text.trimmed();
        else if (h.is(ns::wsman, "ResourceURI"))
            r.resourceUri = h.text.trimmed();
        else if (h.is(ns::wsmv, "SessionId"))
            r.sessionId = h.text.trimmed();
        else if (h.is(ns::wsman, "MaxEnvelopeSize")) {
            bool ok = false;
            const int size = h.text.trimmed().toInt(&ok);
            if (!ok || size < 8192)
                return badRequest(QStringLiteral("invalid MaxEnvelopeSize %1").arg(h.text));
            r.maxEnvelopeSize = size;
        } else if (h.is(ns::wsman, "OperationTimeout")) {
            const auto ms = durationMs(h.text);
            if (ms)
                r.operationTimeoutMs = *ms;
            else
                r.invalidTimeout = h.text.trimmed();
        } else if (h.is(ns::wsman, "OptionSet")) {
            for (const auto *o : h.childrenNamed(ns::wsman, "Option"))
                r.options.insert(o->attribute(QStringLiteral("Name")), o->text.trimmed());
        } else if (h.is(ns::wsman, "SelectorSet")) {
            for (const auto *sel : h.childrenNamed(ns::wsman, "Selector")) {
                const QString name = sel->attribute(QStringLiteral("Name"));
                if (name == QLatin1String("ShellId"))
                    r.shellId = sel->text.trimmed();
                else
                    r.unexpectedSelectors.append(name + QLatin1Char('=') + sel->text.trimmed());
            }
        }
    }
    if (r.action.isEmpty())
        return badRequest(QStringLiteral("no wsa:Action header"));
    if (r.messageId.isEmpty())
        return badRequest(QStringLiteral("no wsa:MessageID header"));

    if (const auto *shell = body->child(ns::shell, "Shell")) {
        if (shell->hasAttribute(QStringLiteral("ShellId")) && r.shellId.isEmpty())
            r.shellId = shell->attribute(QStringLiteral("ShellId")).trimmed();
        if (const auto *cx = shell->child(ns::powershell, "creationXml")) {
            auto data = decodeBase64Text(cx->text, "creationXml");
            if (!data)
                return data.error();
            r.creationXml = std::move(data).value();
        }
    } else if (const auto *cl = body->child(ns::shell, "CommandLine")) {
        r.commandId = cl->attribute(QStringLiteral("CommandId")).trimmed();
        if (const auto *args = cl->child(ns::shell, "Arguments")) {
            auto data = decodeBase64Text(args->text, "Arguments");
            if (!data)
                return data.error();
            r.arguments = std::move(data).value();
        }
    } else if (const auto *send = body->child(ns::shell, "Send")) {
        if (const auto *stream = send->child(ns::shell, "Stream")) {
            r.sendStreamName = stream->attribute(QStringLiteral("Name"));
            r.commandId = stream->attribute(QStringLiteral("CommandId")).trimmed();
            auto data = decodeBase64Text(stream->text, "Send Stream");
            if (!data)
                return data.error();
            r.sendData = std::move(data).value();
        }
    } else if (const auto *receive = body->child(ns::shell, "Receive")) {
        if (const auto *ds = receive->child(ns::shell, "DesiredStream")) {
            r.desiredStream = ds->text.trimmed();
            r.desiredStreamCommandId = ds->attribute(QStringLiteral("CommandId")).trimmed();
        }
    } else if (const auto *signal = body->child(ns::shell, "Signal")) {
        r.commandId = signal->attribute(QStringLiteral("CommandId")).trimmed();
        if (const auto *code = signal->child(ns::shell, "Code"))
            r.signalCode = code->text.trimmed();
    }
    return r;
}

Fault timedOutFault(const QString &machine)
{
    Fault f;
    f.code = codeTimedOut;
    f.subcode = QStringLiteral("w:TimedOut");
    f.message = QStringLiteral(
        "The WS-Management service cannot complete the operation within the time specified "
        "in OperationTimeout.  ");
    f.machine = machine;
    f.receiver = true;
    return f;
}

Fault invalidSelectorsFault(const QString &machine)
{
    Fault f;
    f.code = codeInvalidSelectors;
    f.subcode = QStringLiteral("w:InvalidSelectors");
    f.message = QStringLiteral(
        "The WS-Management service cannot process the request because the request contained "
        "invalid selectors for the resource. ");
    f.machine = machine;
    f.faultDetail = QStringLiteral(
        "http://schemas.dmtf.org/wbem/wsman/1/wsman/faultDetail/UnexpectedSelectors");
    f.provider = QStringLiteral("Shell provider");
    f.providerPath = QStringLiteral("%systemroot%\\system32\\WsmSvc.dll");
    return f;
}

Fault invalidTimeoutFault(const QString &machine, const QString &timeout)
{
    Fault f;
    f.code = 2150858767u;
    f.subcode = QStringLiteral("a:InvalidMessageInformationHeader");
    f.reason = QStringLiteral("The WS-Management service cannot process the request. The request "
                              "contains one or more invalid SOAP headers. ");
    f.message = QStringLiteral("The WS-Management service cannot process the request. The XML "
                               "contains an invalid timeout field in the SOAP header: %1. ")
                    .arg(timeout);
    f.machine = machine;
    f.addressing = true;
    return f;
}

Fault actionNotSupportedFault(const QString &machine, const QString &action)
{
    Fault f;
    f.code = guess::actionNotSupportedCode;
    f.subcode = QStringLiteral("a:ActionNotSupported");
    f.message = guess::actionNotSupportedMessage(action);
    f.machine = machine;
    f.addressing = true;
    return f;
}

Fault resourceNotFoundFault(const QString &machine, const QString &resourceUri)
{
    Fault f;
    f.code = guess::resourceNotFoundCode;
    f.subcode = QStringLiteral("w:DestinationUnreachable");
    f.reason = guess::resourceNotFoundReason();
    f.message = guess::resourceNotFoundMessage(resourceUri);
    f.machine = machine;
    f.faultDetail = QStringLiteral(
        "http://schemas.dmtf.org/wbem/wsman/1/wsman/faultDetail/InvalidResourceURI");
    return f;
}

QByteArray buildFault(const QString &relatesTo, const Fault &fault)
{
    const QString s = QLatin1String(ns::soap);
    const QString w = QLatin1String(ns::wsman);
    const QString f = QLatin1String(ns::wsmanFault);
    const QLatin1String faultAction(fault.addressing ? addressingFaultAction : action::fault);
    return writeResponse(faultAction, relatesTo, [&](QXmlStreamWriter &x) {
        x.writeStartElement(s, QStringLiteral("Fault"));
        x.writeStartElement(s, QStringLiteral("Code"));
        x.writeTextElement(s, QStringLiteral("Value"),
                           fault.receiver ? QStringLiteral("s:Receiver")
                                          : QStringLiteral("s:Sender"));
        if (!fault.subcode.isEmpty()) {
            x.writeStartElement(s, QStringLiteral("Subcode"));
            x.writeTextElement(s, QStringLiteral("Value"),
                               fault.subcode.contains(QLatin1Char(':'))
                                   ? fault.subcode
                                   : QStringLiteral("w:") + fault.subcode);
            x.writeEndElement();
        }
        x.writeEndElement(); // Code
        x.writeStartElement(s, QStringLiteral("Reason"));
        x.writeStartElement(s, QStringLiteral("Text"));
        x.writeAttribute(QStringLiteral("xml:lang"), QStringLiteral("en-US"));
        x.writeCharacters(fault.reason.isEmpty() ? fault.message : fault.reason);
        x.writeEndElement();
        x.writeEndElement(); // Reason
        x.writeStartElement(s, QStringLiteral("Detail"));
        if (!fault.faultDetail.isEmpty())
            x.writeTextElement(w, QStringLiteral("FaultDetail"), fault.faultDetail);
        x.writeNamespace(f, QStringLiteral("f"));
        x.writeStartElement(f, QStringLiteral("WSManFault"));
        x.writeAttribute(QStringLiteral("Code"), QString::number(fault.code));
        x.writeAttribute(QStringLiteral("Machine"), fault.machine);
        x.writeStartElement(f, QStringLiteral("Message"));
        if (!fault.provider.isEmpty()) {
            x.writeStartElement(f, QStringLiteral("ProviderFault"));
            x.writeAttribute(QStringLiteral("provider"), fault.provider);
            x.writeAttribute(QStringLiteral("path"), fault.providerPath);
            x.writeStartElement(f, QStringLiteral("WSManFault"));
            x.writeAttribute(QStringLiteral("Code"), QString::number(fault.code));
            x.writeAttribute(QStringLiteral("Machine"), fault.machine);
            x.writeTextElement(f, QStringLiteral("Message"), fault.message);
            x.writeEndElement();
            x.writeEndElement();
        } else {
            x.writeCharacters(fault.message);
        }
        x.writeEndElement(); // Message
        x.writeEndElement(); // WSManFault
        x.writeEndElement(); // Detail
        x.writeEndElement(); // Fault
    });
}

QByteArray buildFault(const QString &relatesTo, quint32 code, const QString &subcode,
                      const QString &message, const QString &machine)
{
    Fault f;
    f.code = code;
    f.subcode = subcode;
    f.message = message;
    f.machine = machine;
    const QString bare = subcode.mid(subcode.indexOf(QLatin1Char(':')) + 1);
    f.receiver = bare == QLatin1String("TimedOut") || bare == QLatin1String("InternalError");
    return buildFault(relatesTo, f);
}

QByteArray buildCreateResponse(const QString &relatesTo, const QString &address,
                               const QString &resourceUri, const QString &shellId,
                               const QString &owner)
{
    const QString a = QLatin1String(ns::addressing);
    const QString x = QLatin1String(ns::transfer);
    const QString w = QLatin1String(ns::wsman);
    const QString rsp = QLatin1String(ns::shell);
    return writeResponse(
        QLatin1String(action::createResponse), relatesTo, [&](QXmlStreamWriter &xw) {
            xw.writeStartElement(x, QStringLiteral("ResourceCreated"));
            xw.writeTextElement(a, QStringLiteral("Address"), address);
            xw.writeStartElement(a, QStringLiteral("ReferenceParameters"));
            xw.writeTextElement(w, QStringLiteral("ResourceURI"), resourceUri);
            xw.writeStartElement(w, QStringLiteral("SelectorSet"));
            xw.writeStartElement(w, QStringLiteral("Selector"));
            xw.writeAttribute(QStringLiteral("Name"), QStringLiteral("ShellId"));
            xw.writeCharacters(shellId);
            xw.writeEndElement();
            xw.writeEndElement();
            xw.writeEndElement(); // ReferenceParameters
            xw.writeEndElement(); // ResourceCreated
            xw.writeStartElement(rsp, QStringLiteral("Shell"));
            xw.writeTextElement(rsp, QStringLiteral("ShellId"), shellId);
            xw.writeTextElement(rsp, QStringLiteral("ResourceUri"), resourceUri);
            xw.writeTextElement(rsp, QStringLiteral("Owner"), owner);
            xw.writeTextElement(rsp, QStringLiteral("IdleTimeOut"), QStringLiteral("PT7200.000S"));
            xw.writeTextElement(rsp, QStringLiteral("InputStreams"), QStringLiteral("stdin pr"));
            xw.writeTextElement(rsp, QStringLiteral("OutputStreams"), QStringLiteral("stdout"));
            xw.writeTextElement(rsp, QStringLiteral("Locale"), QStringLiteral("en-US"));
            xw.writeTextElement(rsp, QStringLiteral("DataLocale"), QStringLiteral("en-US"));
            xw.writeTextElement(rsp, QStringLiteral("CompressionMode"),
                                QStringLiteral("NoCompression"));
            xw.writeTextElement(rsp, QStringLiteral("ProfileLoaded"), QStringLiteral("Yes"));
            xw.writeTextElement(rsp, QStringLiteral("Encoding"), QStringLiteral("UTF8"));
            xw.writeTextElement(rsp, QStringLiteral("BufferMode"), QStringLiteral("Block"));
            xw.writeTextElement(rsp, QStringLiteral("State"), QStringLiteral("Connected"));
            xw.writeEndElement();
        });
}

QByteArray buildCommandResponse(const QString &relatesTo, const QString &commandId)
{
    const QString rsp = QLatin1String(ns::shell);
    return writeResponse(QLatin1String(action::commandResponse), relatesTo,
                         [&](QXmlStreamWriter &w) {
                             w.writeStartElement(rsp, QStringLiteral("CommandResponse"));
                             w.writeTextElement(rsp, QStringLiteral("CommandId"), commandId);
                             w.writeEndElement();
                         });
}

QByteArray buildReceiveResponse(const QString &relatesTo, const QList<StreamChunk> &streams,
                                const QString &commandId, const QString &commandState)
{
    const QString rsp = QLatin1String(ns::shell);
    return writeResponse(
        QLatin1String(action::receiveResponse), relatesTo, [&](QXmlStreamWriter &w) {
            w.writeStartElement(rsp, QStringLiteral("ReceiveResponse"));
            for (const auto &chunk : streams) {
                w.writeStartElement(rsp, QStringLiteral("Stream"));
                w.writeAttribute(QStringLiteral("Name"),
                                 chunk.name.isEmpty() ? QStringLiteral("stdout") : chunk.name);
                if (!chunk.commandId.isEmpty())
                    w.writeAttribute(QStringLiteral("CommandId"), chunk.commandId);
                if (chunk.end)
                    w.writeAttribute(QStringLiteral("End"), QStringLiteral("true"));
                w.writeCharacters(QString::fromLatin1(chunk.data.toBase64()));
                w.writeEndElement();
            }
            if (!commandState.isEmpty()) {
                w.writeStartElement(rsp, QStringLiteral("CommandState"));
                if (!commandId.isEmpty())
                    w.writeAttribute(QStringLiteral("CommandId"), commandId);
                w.writeAttribute(
                    QStringLiteral("State"),
                    QStringLiteral(
                        "http://schemas.microsoft.com/wbem/wsman/1/windows/shell/CommandState/")
                        + commandState);
                if (commandState == QLatin1String("Done"))
                    w.writeTextElement(rsp, QStringLiteral("ExitCode"), QStringLiteral("0"));
                w.writeEndElement();
            }
            w.writeEndElement();
        });
}

QByteArray buildEmptyResponse(const QString &relatesTo, const QString &responseAction)
{
    const QString rsp = QLatin1String(ns::shell);
    return writeResponse(responseAction, relatesTo, [&](QXmlStreamWriter &w) {
        if (responseAction == QLatin1String(action::sendResponse))
            w.writeEmptyElement(rsp, QStringLiteral("SendResponse"));
        else if (responseAction == QLatin1String(action::signalResponse))
            w.writeEmptyElement(rsp, QStringLiteral("SignalResponse"));
    });
}

QByteArray buildGetShellResponse(const QString &relatesTo, const ShellProperties &shell)
{
    const QString rsp = QLatin1String(ns::shell);
    auto seconds = [](qint64 s) {
        return QStringLiteral("P%1DT%2H%3M%4S")
            .arg(s / 86400)
            .arg((s / 3600) % 24)
            .arg((s / 60) % 60)
            .arg(s % 60);
    };
    return writeResponse(QLatin1String(getResponseAction), relatesTo, [&](QXmlStreamWriter &w) {
        w.writeNamespace(rsp, QStringLiteral("rsp"));
        w.writeStartElement(rsp, QStringLiteral("Shell"));
        w.writeTextElement(rsp, QStringLiteral("ShellId"), shell.shellId);
        w.writeTextElement(rsp, QStringLiteral("ResourceUri"), shell.resourceUri);
        w.writeTextElement(rsp, QStringLiteral("Owner"), shell.owner);
        w.writeTextElement(rsp, QStringLiteral("ClientIP"), shell.clientIp);
        w.writeTextElement(rsp, QStringLiteral("ProcessId"), QString::number(shell.processId));
        w.writeTextElement(rsp, QStringLiteral("IdleTimeOut"),
                           QStringLiteral("PT%1.000S").arg(shell.idleTimeoutSeconds));
        w.writeTextElement(rsp, QStringLiteral("InputStreams"), QStringLiteral("stdin pr"));
        w.writeTextElement(rsp, QStringLiteral("OutputStreams"), QStringLiteral("stdout"));
        w.writeTextElement(rsp, QStringLiteral("MaxIdleTimeOut"), QStringLiteral("PT2147483.647S"));
        w.writeTextElement(rsp, QStringLiteral("Locale"), QStringLiteral("en-US"));
        w.writeTextElement(rsp, QStringLiteral("DataLocale"), QStringLiteral("en-US"));
        w.writeTextElement(rsp, QStringLiteral("CompressionMode"), QStringLiteral("NoCompression"));
        w.writeTextElement(rsp, QStringLiteral("ProfileLoaded"), QStringLiteral("Yes"));
        w.writeTextElement(rsp, QStringLiteral("Encoding"), QStringLiteral("UTF8"));
        w.writeTextElement(rsp, QStringLiteral("BufferMode"), QStringLiteral("Block"));
        w.writeTextElement(rsp, QStringLiteral("State"), shell.state);
        w.writeTextElement(rsp, QStringLiteral("ShellRunTime"), seconds(shell.runTimeSeconds));
        w.writeTextElement(rsp, QStringLiteral("ShellInactivity"),
                           seconds(shell.inactivitySeconds));
        w.writeTextElement(rsp, QStringLiteral("MemoryUsed"), QStringLiteral("58MB"));
        w.writeTextElement(rsp, QStringLiteral("ChildProcesses"), QStringLiteral("0"));
        w.writeEndElement();
    });
}

int receiveResponseOverhead()
{
    // Envelope, header (two uuids) and a CommandState; each Stream element adds ~110 bytes.
    static const int size
        = int(buildReceiveResponse(newMessageId(), {},
                                   QStringLiteral("00000000-0000-0000-0000-000000000000"),
                                   QStringLiteral("Done"))
                  .size());
    return size;
}

} // namespace fake::wsman
