// Client-side parsing of WS-Man responses and SOAP faults.
#include "../ServerText.h"
#include "Wsman.h"
#include "XmlElement.h"

#include <QCoreApplication>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcWsman, "securestore.wsman")

namespace remoting::wsman {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("remoting::wsman", text);
}

Error protocolError(const QString &detail)
{
    return Error::make(Error::Kind::Protocol,
                       tr("The server sent an unexpected WS-Management response."), detail);
}

QString normalisedId(QString id)
{
    id = id.trimmed();
    if (id.startsWith(QLatin1String("uuid:"), Qt::CaseInsensitive))
        id = id.mid(5);
    return id.toUpper();
}

// Printable start of a body for an error message (no control characters, bounded).
QString bodyStart(const QByteArray &body)
{
    QString text = QString::fromUtf8(body.left(300));
    QString out;
    out.reserve(text.size());
    for (const QChar c : text)
        out += (c.isPrint() || c == QLatin1Char(' ')) ? c : QLatin1Char(' ');
    out = out.simplified();
    if (body.size() > 300)
        out += QStringLiteral("…");
    return out;
}

// What happened, for the faults whose server text names no cause a user can act on, and
// their reason (what to do is exchange::ErrorAdvice's, by that reason).
QString faultCause(quint32 code, Error::Reason *reason)
{
    switch (code) {
    case codeInvalidSelectors:
        *reason = Error::Reason::SessionGone;
        return tr("The server no longer knows this PowerShell session or command: it was closed, "
                  "timed out or the server restarted.");
    case codeResourceNotFound:
        *reason = Error::Reason::EndpointNotFound;
        return tr("The server has no PowerShell endpoint for this address and configuration.");
    case codeActionNotSupported:
        *reason = Error::Reason::Protocol;
        return tr("The server does not support this WS-Management request; the address may not "
                  "be a PowerShell remoting endpoint.");
    default:
        break;
    }
    return QString();
}

Error faultError(const XmlElement &fault)
{
    Error e = Error::make(Error::Kind::WsMan, Error::Reason::ServerFault, QString());
    QString subcode;
    if (const auto *code = fault.child(ns::soap, "Code")) {
        if (const auto *sub = code->child(ns::soap, "Subcode"))
            if (const auto *value = sub->child(ns::soap, "Value"))
                subcode = value->text.trimmed();
    }
    QString reason;
    if (const auto *r = fault.child(ns::soap, "Reason"))
        if (const auto *t = r->child(ns::soap, "Text"))
            reason = t->text.trimmed();
    QString message;
    if (const auto *detail = fault.child(ns::soap, "Detail")) {
        if (const auto *wf = detail->child(ns::wsmanFault, "WSManFault")) {
            bool ok = false;
            const quint32 code = wf->attribute(QStringLiteral("Code")).trimmed().toUInt(&ok);
            if (ok)
                e.wsmanCode = code;
            e.wsmanMachine = wf->attribute(QStringLiteral("Machine"));
            if (const auto *m = wf->child(ns::wsmanFault, "Message"))
                message = m->allText().simplified();
        }
    }
    // ERROR_ACCESS_DENIED (5) / w:AccessDenied: the account may not use this endpoint.
    if (e.wsmanCode == 5 || subcode.endsWith(QLatin1String(":AccessDenied")))
        e.reason = Error::Reason::AccessDenied;
    if (message.isEmpty())
        message = reason.simplified();
    if (message.isEmpty())
        message = tr("The server reported a WS-Management fault without a message.");
    // Everything here is the server's text: shown and logged, so bounded.
    e.message = serverText(message);
    const QString cause = faultCause(e.wsmanCode, &e.reason);
    if (!cause.isEmpty())
        e.message = tr("%1 The server said: %2").arg(cause, e.message);
    e.wsmanMachine = serverText(e.wsmanMachine, 255);
    e.detail
        = QStringLiteral("WS-Man fault %1 %2 from %3")
              .arg(e.wsmanCode)
              .arg(subcode.isEmpty() ? QStringLiteral("(no subcode)") : serverText(subcode, 200))
              .arg(e.wsmanMachine.isEmpty() ? QStringLiteral("?") : e.wsmanMachine);
    return e;
}

// Parses an envelope, turns a Fault into its error and checks RelatesTo. On success
// returns the Body element (a pointer into *root).
Expected<const XmlElement *> openEnvelope(const QByteArray &xml, const QString &expectedMessageId,
                                          XmlElement *root)
{
    if (xml.trimmed().isEmpty())
        return nonSoapBodyError(xml);
    auto parsed = XmlElement::parse(xml);
    if (!parsed) {
        Error e = nonSoapBodyError(xml);
        e.detail = parsed.error().detail + QStringLiteral("; body starts: ") + bodyStart(xml);
        return e;
    }
    *root = std::move(parsed).value();
    if (!root->is(ns::soap, "Envelope"))
        return nonSoapBodyError(xml);
    const XmlElement *header = root->child(ns::soap, "Header");
    const XmlElement *body = root->child(ns::soap, "Body");
    if (!body)
        return protocolError(QStringLiteral("SOAP envelope without Body"));
    QString relatesTo;
    if (header)
        if (const auto *r = header->child(ns::addressing, "RelatesTo"))
            relatesTo = r->text;
    if (const auto *fault = body->child(ns::soap, "Fault")) {
        // A fault is reported even without RelatesTo (some front ends omit it), but not
        // when it names another request.
        if (!relatesTo.isEmpty() && normalisedId(relatesTo) != normalisedId(expectedMessageId))
            return protocolError(QStringLiteral("fault RelatesTo %1, expected %2")
                                     .arg(serverText(relatesTo, 100), expectedMessageId));
        Error e = faultError(*fault);
        qCDebug(lcWsman) << "fault" << e.wsmanCode << e.message;
        return e;
    }
    if (relatesTo.isEmpty())
        return protocolError(QStringLiteral("response without RelatesTo"));
    if (normalisedId(relatesTo) != normalisedId(expectedMessageId))
        return protocolError(QStringLiteral("RelatesTo %1, expected %2")
                                 .arg(serverText(relatesTo.trimmed(), 100), expectedMessageId));
    return body;
}

Expected<QByteArray> decodeBase64(const QString &text)
{
    const auto data = decodeStreamBase64(text);
    if (!data)
        return protocolError(QStringLiteral("invalid base64 in a Stream element"));
    return *data;
}

} // namespace

Error nonSoapBodyError(const QByteArray &body, int httpStatus)
{
    const bool html = body.trimmed().startsWith('<')
                      && (body.left(512).toLower().contains("<html")
                          || body.left(512).toLower().contains("<!doctype html"));
    QString message;
    if (body.trimmed().isEmpty())
        message
            = httpStatus
                  ? tr("The server answered HTTP %1 with an empty body instead of a WS-Management "
                       "message.")
                        .arg(httpStatus)
                  : tr("The server answered with an empty body instead of a WS-Management "
                       "message.");
    else if (html)
        message = httpStatus
                      ? tr("The server answered HTTP %1 with a web page instead of a WS-Management "
                           "message; "
                           "the PowerShell virtual directory or its back end may be broken: %2")
                            .arg(httpStatus)
                            .arg(bodyStart(body))
                      : tr("The server answered with a web page instead of a WS-Management "
                           "message; the "
                           "PowerShell virtual directory or its back end may be broken: %1")
                            .arg(bodyStart(body));
    else
        message
            = httpStatus
                  ? tr("The server answered HTTP %1 with something that is not a WS-Management "
                       "message: %2")
                        .arg(httpStatus)
                        .arg(bodyStart(body))
                  : tr("The server answered with something that is not a WS-Management message: %1")
                        .arg(bodyStart(body));
    Error e
        = Error::make(Error::Kind::Http,
                      httpStatus >= 500 ? Error::Reason::ServerFault : Error::Reason::HttpStatus,
                      message, QStringLiteral("non-SOAP body of %1 bytes").arg(body.size()));
    e.httpStatus = httpStatus;
    return e;
}

bool isTimedOut(const Error &error)
{
    return error.kind == Error::Kind::WsMan && error.wsmanCode == codeTimedOut;
}

Expected<QString> parseCreateResponse(const QByteArray &xml, const QString &expectedMessageId)
{
    XmlElement root;
    auto body = openEnvelope(xml, expectedMessageId, &root);
    if (!body)
        return body.error();
    const XmlElement *created = (*body)->child(ns::transfer, "ResourceCreated");
    if (created)
        if (const auto *ref = created->child(ns::addressing, "ReferenceParameters"))
            if (const auto *set = ref->child(ns::wsman, "SelectorSet"))
                for (const auto *sel : set->childrenNamed(ns::wsman, "Selector"))
                    if (sel->attribute(QStringLiteral("Name")) == QLatin1String("ShellId")
                        && !sel->text.trimmed().isEmpty())
                        return sel->text.trimmed();
    // Some hosts only fill rsp:Shell/rsp:ShellId.
    if (const auto *shell = (*body)->child(ns::shell, "Shell"))
        if (const auto *id = shell->child(ns::shell, "ShellId"))
            if (!id->text.trimmed().isEmpty())
                return id->text.trimmed();
    return protocolError(QStringLiteral("CreateResponse without a ShellId"));
}

Expected<QString> parseCommandResponse(const QByteArray &xml, const QString &expectedMessageId)
{
    XmlElement root;
    auto body = openEnvelope(xml, expectedMessageId, &root);
    if (!body)
        return body.error();
    if (const auto *resp = (*body)->child(ns::shell, "CommandResponse"))
        if (const auto *id = resp->child(ns::shell, "CommandId"))
            if (!id->text.trimmed().isEmpty())
                return id->text.trimmed();
    return protocolError(QStringLiteral("CommandResponse without a CommandId"));
}

Expected<ReceiveResult> parseReceiveResponse(const QByteArray &xml,
                                             const QString &expectedMessageId)
{
    XmlElement root;
    auto body = openEnvelope(xml, expectedMessageId, &root);
    if (!body)
        return body.error();
    const XmlElement *resp = (*body)->child(ns::shell, "ReceiveResponse");
    if (!resp)
        return protocolError(QStringLiteral("Receive answered without ReceiveResponse"));
    ReceiveResult result;
    for (const auto *stream : resp->childrenNamed(ns::shell, "Stream")) {
        StreamChunk chunk;
        chunk.name = stream->attribute(QStringLiteral("Name"));
        chunk.commandId = stream->attribute(QStringLiteral("CommandId"));
        chunk.end = stream->attribute(QStringLiteral("End"))
                        .compare(QLatin1String("true"), Qt::CaseInsensitive)
                    == 0;
        auto data = decodeBase64(stream->text);
        if (!data)
            return data.error();
        chunk.data = std::move(data).value();
        result.streams.append(chunk);
    }
    if (const auto *state = resp->child(ns::shell, "CommandState")) {
        const QString uri = state->attribute(QStringLiteral("State")).trimmed();
        result.commandState = uri.mid(uri.lastIndexOf(QLatin1Char('/')) + 1);
        result.commandStateId = state->attribute(QStringLiteral("CommandId"));
        result.done = result.commandState == QLatin1String("Done");
        if (const auto *exit = state->child(ns::shell, "ExitCode")) {
            bool ok = false;
            const int code = exit->text.trimmed().toInt(&ok);
            if (ok)
                result.exitCode = code;
        }
    }
    return result;
}

Expected<ShellStatus> parseGetResponse(const QByteArray &xml, const QString &expectedMessageId)
{
    XmlElement root;
    auto body = openEnvelope(xml, expectedMessageId, &root);
    if (!body)
        return body.error();
    const XmlElement *shell = (*body)->child(ns::shell, "Shell");
    if (!shell)
        return protocolError(QStringLiteral("GetResponse without a Shell"));
    auto text = [&](const char *name) {
        const XmlElement *e = shell->child(ns::shell, name);
        return e ? serverText(e->text.trimmed(), 200) : QString();
    };
    ShellStatus status;
    status.shellId = text("ShellId");
    status.state = text("State");
    status.resourceUri = text("ResourceUri");
    status.owner = text("Owner");
    status.idleTimeout = text("IdleTimeOut");
    if (status.shellId.isEmpty())
        return protocolError(QStringLiteral("GetResponse without a ShellId"));
    return status;
}

Status parseEmptyResponse(const QByteArray &xml, const QString &expectedMessageId)
{
    XmlElement root;
    auto body = openEnvelope(xml, expectedMessageId, &root);
    if (!body)
        return body.error();
    return success();
}

} // namespace remoting::wsman
