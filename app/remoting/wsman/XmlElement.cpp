#include "XmlElement.h"

#include <QCoreApplication>
#include <QXmlStreamReader>

namespace remoting::wsman {

namespace {
Error malformed(const QString &detail)
{
    return Error::make(Error::Kind::Protocol,
                       QCoreApplication::translate(
                           "remoting::wsman", "The server sent a malformed WS-Management message."),
                       detail);
}
} // namespace

Expected<XmlElement> XmlElement::parse(const QByteArray &xml)
{
    if (xml.size() > maxBytes)
        return malformed(QStringLiteral("XML body of %1 bytes exceeds the limit").arg(xml.size()));
    QXmlStreamReader reader(xml);
    reader.setNamespaceProcessing(true);
    std::vector<XmlElement *> stack;
    XmlElement root;
    bool haveRoot = false;
    int elements = 0;
    while (!reader.atEnd()) {
        const auto token = reader.readNext();
        switch (token) {
        case QXmlStreamReader::DTD:
            return malformed(QStringLiteral("DOCTYPE is not allowed"));
        case QXmlStreamReader::EntityReference:
            return malformed(QStringLiteral("entity references are not allowed"));
        case QXmlStreamReader::StartElement: {
            if (++elements > maxElements)
                return malformed(QStringLiteral("too many XML elements"));
            if (int(stack.size()) >= maxDepth)
                return malformed(QStringLiteral("XML nested too deeply"));
            XmlElement *target = nullptr;
            if (stack.empty()) {
                if (haveRoot)
                    return malformed(QStringLiteral("more than one root element"));
                haveRoot = true;
                target = &root;
            } else {
                stack.back()->children.emplace_back();
                target = &stack.back()->children.back();
            }
            target->ns = reader.namespaceUri().toString();
            target->name = reader.name().toString();
            const auto attrs = reader.attributes();
            for (const auto &a : attrs)
                target->attributes.append(
                    {a.namespaceUri().toString(), a.name().toString(), a.value().toString()});
            stack.push_back(target);
            break;
        }
        case QXmlStreamReader::EndElement:
            if (!stack.empty())
                stack.pop_back();
            break;
        case QXmlStreamReader::Characters:
            if (!stack.empty())
                stack.back()->text += reader.text();
            else if (!reader.isWhitespace())
                return malformed(QStringLiteral("text outside the root element"));
            break;
        default:
            break;
        }
    }
    if (reader.hasError())
        return malformed(QStringLiteral("XML error at line %1, column %2: %3")
                             .arg(reader.lineNumber())
                             .arg(reader.columnNumber())
                             .arg(reader.errorString()));
    if (!haveRoot)
        return malformed(QStringLiteral("no XML element"));
    return root;
}

bool XmlElement::is(const char *nsUri, const char *localName) const
{
    return name == QLatin1String(localName) && ns == QLatin1String(nsUri);
}

const XmlElement *XmlElement::child(const char *nsUri, const char *localName) const
{
    for (const auto &c : children)
        if (c.is(nsUri, localName))
            return &c;
    return nullptr;
}

std::vector<const XmlElement *> XmlElement::childrenNamed(const char *nsUri,
                                                          const char *localName) const
{
    std::vector<const XmlElement *> out;
    for (const auto &c : children)
        if (c.is(nsUri, localName))
            out.push_back(&c);
    return out;
}

QString XmlElement::attribute(const QString &localName) const
{
    for (const auto &a : attributes)
        if (a.name == localName)
            return a.value;
    return {};
}

bool XmlElement::hasAttribute(const QString &localName) const
{
    for (const auto &a : attributes)
        if (a.name == localName)
            return true;
    return false;
}

QString XmlElement::allText() const
{
    QString out = text;
    for (const auto &c : children)
        out += c.allText();
    return out;
}

std::optional<QByteArray> decodeStreamBase64(const QString &text)
{
    QByteArray compact = text.toLatin1();
    compact.replace(' ', QByteArray())
        .replace('\n', QByteArray())
        .replace('\r', QByteArray())
        .replace('\t', QByteArray());
    auto result = QByteArray::fromBase64Encoding(compact, QByteArray::AbortOnBase64DecodingErrors);
    if (!result)
        return std::nullopt;
    return *result;
}

} // namespace remoting::wsman
