#include "PsrpTranscript.h"

#include "TestPaths.h"
#include "psrp/Clixml.h"
#include "psrp/Defragmenter.h"

#include <QDir>
#include <QFileInfo>
#include <QXmlStreamReader>

#include <yaml-cpp/yaml.h>

using namespace remoting;
using namespace remoting::psrp;

namespace psrptest {

namespace {

QString actionOf(const QString &xml)
{
    QXmlStreamReader r(xml);
    while (!r.atEnd()) {
        r.readNext();
        if (r.isStartElement() && r.name() == QLatin1String("Action"))
            return r.readElementText().section(QLatin1Char('/'), -1);
    }
    return {};
}

// base64 payloads of creationXml / Arguments / Stream elements
QList<std::pair<QString, QByteArray>> payloads(const QString &xml, QStringList *errors)
{
    QList<std::pair<QString, QByteArray>> out;
    if (xml.isEmpty()) // no response recorded (HTTP error)
        return out;
    QXmlStreamReader r(xml);
    while (!r.atEnd()) {
        r.readNext();
        if (!r.isStartElement())
            continue;
        const QString name = r.name().toString();
        if (name == QLatin1String("creationXml") || name == QLatin1String("Arguments")
            || name == QLatin1String("Stream")) {
            const QString text = r.readElementText();
            if (text.trimmed().isEmpty())
                continue;
            auto bytes = QByteArray::fromBase64Encoding(text.trimmed().toLatin1(),
                                                        QByteArray::AbortOnBase64DecodingErrors);
            if (!bytes)
                errors->append(QStringLiteral("bad base64 in <%1>").arg(name));
            else
                out.append({name, *bytes});
        }
    }
    if (r.hasError())
        errors->append(QStringLiteral("SOAP not well-formed: %1").arg(r.errorString()));
    return out;
}

} // namespace

QList<DecodedMessage> Transcript::ofType(MessageType type, bool fromClient) const
{
    QList<DecodedMessage> out;
    for (const DecodedMessage &m : messages)
        if (m.message.type == type && m.fromClient == fromClient)
            out.append(m);
    return out;
}

Transcript loadTranscript(const QString &path)
{
    Transcript t;
    t.name = QFileInfo(path).fileName();
    YAML::Node root;
    try {
        root = YAML::LoadFile(path.toStdString());
    } catch (const std::exception &e) {
        t.errors.append(QString::fromUtf8(e.what()));
        return t;
    }
    Defragmenter fromClient, fromServer;
    int index = 0;
    for (const YAML::Node &pair : root["messages"]) {
        RawExchange raw;
        if (pair["request"] && pair["request"].IsScalar())
            raw.request = QString::fromStdString(pair["request"].as<std::string>());
        if (pair["response"] && pair["response"].IsScalar())
            raw.response = QString::fromStdString(pair["response"].as<std::string>());
        raw.requestAction = actionOf(raw.request);
        raw.responseAction = actionOf(raw.response);
        t.exchanges.append(raw);
        for (int side = 0; side < 2; ++side) {
            const bool client = side == 0;
            for (const auto &[element, bytes] :
                 payloads(client ? raw.request : raw.response, &t.errors)) {
                ++t.streamElements;
                (client ? t.clientChunks : t.serverChunks).append(bytes);
                auto msgs = (client ? fromClient : fromServer).feed(bytes);
                if (!msgs) {
                    t.errors.append(QStringLiteral("exchange %1: %2")
                                        .arg(index)
                                        .arg(msgs.error().toLogString()));
                    continue;
                }
                for (const Message &m : *msgs) {
                    DecodedMessage d;
                    d.exchange = index;
                    d.fromClient = client;
                    d.element = element;
                    d.message = m;
                    if (!m.data.isEmpty()) {
                        auto v = clixml::parse(m.data);
                        if (!v)
                            t.errors.append(
                                QStringLiteral("exchange %1 %2: %3")
                                    .arg(index)
                                    .arg(messageTypeName(m.type), v.error().toLogString()));
                        else
                            d.value = *v;
                    }
                    t.messages.append(d);
                }
            }
        }
        ++index;
    }
    if (fromClient.hasIncomplete())
        t.errors.append(QStringLiteral("client messages left incomplete"));
    if (fromServer.hasIncomplete())
        t.errors.append(QStringLiteral("server messages left incomplete"));
    return t;
}

QStringList transcriptFiles()
{
    QDir dir(testsupport::recordedPsrpDir());
    QStringList out;
    for (const QString &f : dir.entryList({QStringLiteral("*.yml")}, QDir::Files, QDir::Name))
        out.append(dir.filePath(f));
    return out;
}

} // namespace psrptest
