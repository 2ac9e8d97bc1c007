#pragma once

#include "../Error.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <vector>

#include <optional>

namespace remoting::wsman {

// A small read-only element tree built with QXmlStreamReader, with limits for hostile
// input: no DTD, bounded size, depth and element count. Namespaces are resolved.
class XmlElement
{
public:
    struct Attribute
    {
        QString ns;
        QString name;
        QString value;
    };

    QString ns;
    QString name;
    QList<Attribute> attributes;
    QString text; // direct character data
    std::vector<XmlElement> children;

    static constexpr int maxBytes = 32 * 1024 * 1024;
    static constexpr int maxDepth = 64;
    static constexpr int maxElements = 200000;

    static Expected<XmlElement> parse(const QByteArray &xml);

    bool is(const char *nsUri, const char *localName) const;
    const XmlElement *child(const char *nsUri, const char *localName) const;
    std::vector<const XmlElement *> childrenNamed(const char *nsUri, const char *localName) const;
    // Attribute by local name (any namespace unless given).
    QString attribute(const QString &localName) const;
    bool hasAttribute(const QString &localName) const;
    QString allText() const; // this element's and all descendants' text, in order
};

// Strict base64 of a Stream/creationXml/Arguments element; whitespace ignored.
std::optional<QByteArray> decodeStreamBase64(const QString &text);

} // namespace remoting::wsman
