// Client-side WS-Man request envelopes (shape as in testdata/recorded-psrp).
#include "Wsman.h"

#include <QUuid>
#include <QXmlStreamWriter>

#include <functional>

namespace remoting::wsman {

namespace {

const QString kAnonymous
    = QStringLiteral("http://schemas.xmlsoap.org/ws/2004/08/addressing/role/anonymous");

QString withUuidPrefix(const QString &id)
{
    return id.startsWith(QLatin1String("uuid:"), Qt::CaseInsensitive)
               ? id
               : QStringLiteral("uuid:") + id;
}

struct Option
{
    QString name;
    QString value;
    bool mustComply = false;
};

// Writes one request envelope: the header in the order real clients use, then the body.
Request writeEnvelope(const Endpoint &ep, const char *actionUri, bool declareShellNs,
                      const QList<Option> &options, const QString &shellId,
                      const std::function<void(QXmlStreamWriter &)> &body)
{
    Request request;
    request.messageId = newMessageId();
    QByteArray out;
    QXmlStreamWriter w(&out);
    const QString s = QLatin1String(ns::soap);
    const QString wsa = QLatin1String(ns::addressing);
    const QString wsman = QLatin1String(ns::wsman);
    const QString wsmv = QLatin1String(ns::wsmv);
    if (declareShellNs)
        w.writeNamespace(QLatin1String(ns::shell), QStringLiteral("rsp"));
    w.writeNamespace(s, QStringLiteral("s"));
    w.writeNamespace(wsa, QStringLiteral("wsa"));
    w.writeNamespace(wsman, QStringLiteral("wsman"));
    w.writeNamespace(wsmv, QStringLiteral("wsmv"));
    w.writeStartElement(s, QStringLiteral("Envelope"));
    w.writeStartElement(s, QStringLiteral("Header"));

    w.writeStartElement(wsa, QStringLiteral("Action"));
    w.writeAttribute(s, QStringLiteral("mustUnderstand"), QStringLiteral("true"));
    w.writeCharacters(QLatin1String(actionUri));
    w.writeEndElement();

    w.writeStartElement(wsmv, QStringLiteral("DataLocale"));
    w.writeAttribute(s, QStringLiteral("mustUnderstand"), QStringLiteral("false"));
    w.writeAttribute(QStringLiteral("xml:lang"), ep.locale);
    w.writeEndElement();
    w.writeStartElement(wsman, QStringLiteral("Locale"));
    w.writeAttribute(s, QStringLiteral("mustUnderstand"), QStringLiteral("false"));
    w.writeAttribute(QStringLiteral("xml:lang"), ep.locale);
    w.writeEndElement();

    w.writeStartElement(wsman, QStringLiteral("MaxEnvelopeSize"));
    w.writeAttribute(s, QStringLiteral("mustUnderstand"), QStringLiteral("true"));
    w.writeCharacters(QString::number(ep.maxEnvelopeSize));
    w.writeEndElement();

    w.writeTextElement(wsa, QStringLiteral("MessageID"), request.messageId);
    w.writeTextElement(wsman, QStringLiteral("OperationTimeout"),
                       QStringLiteral("PT%1S").arg(ep.operationTimeoutSeconds));

    w.writeStartElement(wsa, QStringLiteral("ReplyTo"));
    w.writeStartElement(wsa, QStringLiteral("Address"));
    w.writeAttribute(s, QStringLiteral("mustUnderstand"), QStringLiteral("true"));
    w.writeCharacters(kAnonymous);
    w.writeEndElement();
    w.writeEndElement();

    w.writeStartElement(wsman, QStringLiteral("ResourceURI"));
    w.writeAttribute(s, QStringLiteral("mustUnderstand"), QStringLiteral("true"));
    w.writeCharacters(ep.resourceUri);
    w.writeEndElement();

    if (!ep.sessionId.isEmpty()) {
        w.writeStartElement(wsmv, QStringLiteral("SessionId"));
        w.writeAttribute(s, QStringLiteral("mustUnderstand"), QStringLiteral("false"));
        w.writeCharacters(withUuidPrefix(ep.sessionId));
        w.writeEndElement();
    }
    w.writeTextElement(wsa, QStringLiteral("To"), ep.to);

    if (!options.isEmpty()) {
        w.writeStartElement(wsman, QStringLiteral("OptionSet"));
        w.writeAttribute(s, QStringLiteral("mustUnderstand"), QStringLiteral("true"));
        for (const auto &o : options) {
            w.writeStartElement(wsman, QStringLiteral("Option"));
            if (o.mustComply)
                w.writeAttribute(QStringLiteral("MustComply"), QStringLiteral("true"));
            w.writeAttribute(QStringLiteral("Name"), o.name);
            w.writeCharacters(o.value);
            w.writeEndElement();
        }
        w.writeEndElement();
    }
    if (!shellId.isEmpty()) {
        w.writeStartElement(wsman, QStringLiteral("SelectorSet"));
        w.writeStartElement(wsman, QStringLiteral("Selector"));
        w.writeAttribute(QStringLiteral("Name"), QStringLiteral("ShellId"));
        w.writeCharacters(shellId);
        w.writeEndElement();
        w.writeEndElement();
    }
    w.writeEndElement(); // Header

    w.writeStartElement(s, QStringLiteral("Body"));
    if (body)
        body(w);
    w.writeEndElement(); // Body
    w.writeEndElement(); // Envelope
    w.writeEndDocument();
    request.xml = out;
    return request;
}

QString base64(const QByteArray &raw)
{
    return QString::fromLatin1(raw.toBase64());
}

} // namespace

QString newMessageId()
{
    return QStringLiteral("uuid:") + QUuid::createUuid().toString(QUuid::WithoutBraces).toUpper();
}

QString signalTerminate()
{
    return QStringLiteral(
        "http://schemas.microsoft.com/wbem/wsman/1/windows/shell/signal/terminate");
}

QString signalPsCtrlC()
{
    return QStringLiteral("http://schemas.microsoft.com/powershell/signal/crtl_c");
}

Request buildCreate(const Endpoint &ep, const QString &shellId, const QByteArray &creationXmlRaw,
                    const QString &protocolVersion)
{
    const QString rsp = QLatin1String(ns::shell);
    return writeEnvelope(
        ep, action::create, true, {{QStringLiteral("protocolversion"), protocolVersion, true}}, {},
        [&](QXmlStreamWriter &w) {
            w.writeStartElement(rsp, QStringLiteral("Shell"));
            if (!shellId.isEmpty())
                w.writeAttribute(QStringLiteral("ShellId"), shellId);
            w.writeTextElement(rsp, QStringLiteral("InputStreams"), QStringLiteral("stdin pr"));
            w.writeTextElement(rsp, QStringLiteral("OutputStreams"), QStringLiteral("stdout"));
            w.writeStartElement(QStringLiteral("creationXml"));
            w.writeDefaultNamespace(QLatin1String(ns::powershell));
            w.writeCharacters(base64(creationXmlRaw));
            w.writeEndElement();
            w.writeEndElement();
        });
}

Request buildReceive(const Endpoint &ep, const QString &shellId, const QString &commandId)
{
    const QString rsp = QLatin1String(ns::shell);
    return writeEnvelope(
        ep, action::receive, true,
        {{QStringLiteral("WSMAN_CMDSHELL_OPTION_KEEPALIVE"), QStringLiteral("True"), false}},
        shellId, [&](QXmlStreamWriter &w) {
            w.writeStartElement(rsp, QStringLiteral("Receive"));
            w.writeStartElement(rsp, QStringLiteral("DesiredStream"));
            if (!commandId.isEmpty())
                w.writeAttribute(QStringLiteral("CommandId"), commandId);
            w.writeCharacters(QStringLiteral("stdout"));
            w.writeEndElement();
            w.writeEndElement();
        });
}

Request buildCommand(const Endpoint &ep, const QString &shellId, const QString &commandId,
                     const QByteArray &argumentsRaw)
{
    const QString rsp = QLatin1String(ns::shell);
    return writeEnvelope(ep, action::command, true,
                         {{QStringLiteral("WINRS_SKIP_CMD_SHELL"), QStringLiteral("False"), false}},
                         shellId, [&](QXmlStreamWriter &w) {
                             w.writeStartElement(rsp, QStringLiteral("CommandLine"));
                             if (!commandId.isEmpty())
                                 w.writeAttribute(QStringLiteral("CommandId"), commandId);
                             w.writeEmptyElement(rsp, QStringLiteral("Command"));
                             w.writeTextElement(rsp, QStringLiteral("Arguments"),
                                                base64(argumentsRaw));
                             w.writeEndElement();
                         });
}

Request buildSend(const Endpoint &ep, const QString &shellId, const QString &commandId,
                  const QByteArray &stdinRaw, const QString &streamName)
{
    const QString rsp = QLatin1String(ns::shell);
    return writeEnvelope(ep, action::send, true, {}, shellId, [&](QXmlStreamWriter &w) {
        w.writeStartElement(rsp, QStringLiteral("Send"));
        w.writeStartElement(rsp, QStringLiteral("Stream"));
        w.writeAttribute(QStringLiteral("Name"), streamName);
        if (!commandId.isEmpty())
            w.writeAttribute(QStringLiteral("CommandId"), commandId);
        w.writeCharacters(base64(stdinRaw));
        w.writeEndElement();
        w.writeEndElement();
    });
}

Request buildSignal(const Endpoint &ep, const QString &shellId, const QString &commandId,
                    const QString &code)
{
    const QString rsp = QLatin1String(ns::shell);
    return writeEnvelope(ep, action::signal, true, {}, shellId, [&](QXmlStreamWriter &w) {
        w.writeStartElement(rsp, QStringLiteral("Signal"));
        if (!commandId.isEmpty())
            w.writeAttribute(QStringLiteral("CommandId"), commandId);
        w.writeTextElement(rsp, QStringLiteral("Code"), code);
        w.writeEndElement();
    });
}

Request buildDelete(const Endpoint &ep, const QString &shellId)
{
    return writeEnvelope(ep, action::del, false, {}, shellId, {});
}

Request buildGet(const Endpoint &ep, const QString &shellId)
{
    Endpoint shellResource = ep;
    shellResource.resourceUri = QLatin1String(shellResourceUri);
    return writeEnvelope(shellResource, action::get, false, {}, shellId, {});
}

} // namespace remoting::wsman
