#include "Clixml.h"

#include <QCoreApplication>
#include <QHash>
#include <QLoggingCategory>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

#include <cmath>
#include <limits>

Q_LOGGING_CATEGORY(lcClixml, "securestore.clixml")

namespace remoting::clixml {

namespace {

using Type = PsValue::Type;

struct TagInfo
{
    const char *tag;
    Type type;
};

// Element name <-> primitive type.
const TagInfo kTags[] = {
    {"S", Type::String},        {"C", Type::Char},          {"B", Type::Bool},
    {"DT", Type::DateTime},     {"TS", Type::Duration},     {"By", Type::UInt8},
    {"SB", Type::Int8},         {"U16", Type::UInt16},      {"I16", Type::Int16},
    {"U32", Type::UInt32},      {"I32", Type::Int32},       {"U64", Type::UInt64},
    {"I64", Type::Int64},       {"Sg", Type::Float},        {"Db", Type::Double},
    {"D", Type::Decimal},       {"BA", Type::Bytes},        {"G", Type::Guid},
    {"URI", Type::Uri},         {"Version", Type::Version}, {"XD", Type::Xml},
    {"SBK", Type::ScriptBlock}, {"SS", Type::SecureString},
};

bool primitiveForTag(QStringView tag, Type *type)
{
    for (const TagInfo &t : kTags) {
        if (tag == QLatin1String(t.tag)) {
            *type = t.type;
            return true;
        }
    }
    return false;
}

const char *tagForType(Type type)
{
    for (const TagInfo &t : kTags)
        if (t.type == type)
            return t.tag;
    return "Nil";
}

bool isHex(QChar c)
{
    return (c >= QLatin1Char('0') && c <= QLatin1Char('9'))
           || (c >= QLatin1Char('a') && c <= QLatin1Char('f'))
           || (c >= QLatin1Char('A') && c <= QLatin1Char('F'));
}

// "_x" followed by 4 hex digits and "_" at position i
bool escapeAt(const QString &s, qsizetype i)
{
    if (i + 7 > s.size() || s.at(i) != QLatin1Char('_') || s.at(i + 1) != QLatin1Char('x')
        || s.at(i + 6) != QLatin1Char('_'))
        return false;
    for (qsizetype k = 2; k < 6; ++k)
        if (!isHex(s.at(i + k)))
            return false;
    return true;
}

QString hexEscape(char16_t c)
{
    return QLatin1String("_x")
           + QStringLiteral("%1").arg(uint(c), 4, 16, QLatin1Char('0')).toUpper()
           + QLatin1Char('_');
}

Error parseError(const QString &detail)
{
    return Error::make(
        Error::Kind::Protocol,
        QCoreApplication::translate("remoting::clixml",
                                    "The server sent PowerShell data that could not be read."),
        detail);
}

class Reader
{
public:
    explicit Reader(const QByteArray &xml)
        : m_xml(xml)
    {}

    Expected<PsValue> run()
    {
        while (!m_xml.atEnd()) {
            const auto token = m_xml.readNext();
            if (token == QXmlStreamReader::StartElement) {
                auto v = readValue(0);
                if (!v)
                    return v;
                // only whitespace, comments or processing instructions may follow
                while (!m_xml.atEnd()) {
                    const auto t = m_xml.readNext();
                    if (t == QXmlStreamReader::StartElement)
                        return parseError(QStringLiteral("more than one top-level element"));
                }
                if (m_xml.hasError())
                    return xmlError();
                return v;
            }
            if (token == QXmlStreamReader::DTD)
                return parseError(QStringLiteral("DTD not allowed"));
        }
        if (m_xml.hasError())
            return xmlError();
        return parseError(QStringLiteral("no element"));
    }

private:
    Error xmlError() const
    {
        return parseError(QStringLiteral("XML error at line %1 column %2: %3")
                              .arg(m_xml.lineNumber())
                              .arg(m_xml.columnNumber())
                              .arg(m_xml.errorString()));
    }

    // Reads the text of a primitive element (reader at its StartElement); child elements are
    // an error.
    Expected<QString> readText()
    {
        const QString text = m_xml.readElementText(QXmlStreamReader::ErrorOnUnexpectedElement);
        if (m_xml.hasError())
            return xmlError();
        return text;
    }

    // The text of an unknown element and of everything inside it (reader at its
    // StartElement; returns at its EndElement). Iterative: a hostile document may nest
    // unknown elements tens of thousands deep, which a recursive read would not survive.
    // Keeps at most kMaxUnknownText characters.
    Expected<QString> readUnknownText()
    {
        QString text;
        qsizetype depth = 1;
        while (depth > 0) {
            switch (m_xml.readNext()) {
            case QXmlStreamReader::StartElement:
                ++depth;
                break;
            case QXmlStreamReader::EndElement:
                --depth;
                break;
            case QXmlStreamReader::Characters:
            case QXmlStreamReader::EntityReference:
                if (text.size() < kMaxUnknownText)
                    text += m_xml.text().left(kMaxUnknownText - text.size());
                break;
            case QXmlStreamReader::Invalid:
                return xmlError();
            default:
                break;
            }
        }
        return text;
    }

    // Reader at a StartElement in value position. Returns with the reader at its EndElement.
    Expected<PsValue> readValue(int depth)
    {
        if (depth > kMaxDepth)
            return parseError(QStringLiteral("nesting deeper than %1").arg(kMaxDepth));
        const QStringView name = m_xml.name();
        if (name == QLatin1String("Obj"))
            return readObject(depth);
        if (name == QLatin1String("Nil")) {
            m_xml.skipCurrentElement();
            if (m_xml.hasError())
                return xmlError();
            return PsValue::nil();
        }
        if (name == QLatin1String("Ref")) {
            const QString id = m_xml.attributes().value(QLatin1String("RefId")).toString();
            m_xml.skipCurrentElement();
            if (m_xml.hasError())
                return xmlError();
            const auto it = m_objects.constFind(id);
            if (it == m_objects.constEnd())
                return parseError(
                    QStringLiteral("<Ref RefId=\"%1\"> to an unknown or unfinished object")
                        .arg(id.left(64)));
            return PsValue::object(*it);
        }
        Type type;
        if (!primitiveForTag(name, &type)) {
            // Unknown element: keep its text so nothing crashes and little is lost.
            const QString tag = name.toString().left(64);
            auto text = readUnknownText();
            if (!text)
                return text.error();
            qCDebug(lcClixml) << "unknown CLIXML element kept as text:" << tag;
            return PsValue::string(decodeString(*text));
        }
        auto text = readText();
        if (!text)
            return text.error();
        return primitive(type, *text, name.toString());
    }

    Expected<PsValue> primitive(Type type, const QString &raw, const QString &tag)
    {
        bool ok = true;
        const QString t = raw.trimmed();
        auto bad = [&]() {
            return parseError(QStringLiteral("invalid <%1> value \"%2\"").arg(tag, raw.left(64)));
        };
        auto signedIn = [&](qlonglong lo, qlonglong hi) -> Expected<PsValue> {
            const qlonglong v = t.toLongLong(&ok);
            if (!ok || v < lo || v > hi)
                return bad();
            return PsValue(type, v);
        };
        auto unsignedIn = [&](qulonglong hi) -> Expected<PsValue> {
            const qulonglong v = t.toULongLong(&ok);
            if (!ok || v > hi)
                return bad();
            return PsValue(type, v);
        };
        auto real = [&]() -> Expected<PsValue> {
            double v;
            if (t == QLatin1String("INF") || t == QLatin1String("Infinity"))
                v = std::numeric_limits<double>::infinity();
            else if (t == QLatin1String("-INF") || t == QLatin1String("-Infinity"))
                v = -std::numeric_limits<double>::infinity();
            else if (t == QLatin1String("NaN"))
                v = std::numeric_limits<double>::quiet_NaN();
            else {
                v = t.toDouble(&ok);
                if (!ok)
                    return bad();
            }
            return PsValue(type, v);
        };
        switch (type) {
        case Type::String:
        case Type::Uri:
        case Type::Xml:
        case Type::ScriptBlock:
            return PsValue(type, decodeString(raw));
        case Type::Version:
        case Type::DateTime:
        case Type::Duration:
        case Type::Decimal:
            // Kept as wire text, decoded like every other text so that what the writer
            // escapes reads back unchanged.
            return PsValue(type, decodeString(raw).trimmed());
        case Type::Char:
            return unsignedIn(0xFFFF);
        case Type::Bool:
            if (t.compare(QLatin1String("true"), Qt::CaseInsensitive) == 0
                || t == QLatin1String("1"))
                return PsValue::boolean(true);
            if (t.compare(QLatin1String("false"), Qt::CaseInsensitive) == 0
                || t == QLatin1String("0"))
                return PsValue::boolean(false);
            return bad();
        case Type::UInt8:
            return unsignedIn(0xFF);
        case Type::UInt16:
            return unsignedIn(0xFFFF);
        case Type::UInt32:
            return unsignedIn(0xFFFFFFFFull);
        case Type::UInt64:
            return unsignedIn(std::numeric_limits<qulonglong>::max());
        case Type::Int8:
            return signedIn(-128, 127);
        case Type::Int16:
            return signedIn(-32768, 32767);
        case Type::Int32:
            return signedIn(std::numeric_limits<qint32>::min(), std::numeric_limits<qint32>::max());
        case Type::Int64:
            return signedIn(std::numeric_limits<qlonglong>::min(),
                            std::numeric_limits<qlonglong>::max());
        case Type::Float:
        case Type::Double:
            return real();
        case Type::Bytes:
        case Type::SecureString: {
            const auto r = QByteArray::fromBase64Encoding(t.toLatin1(),
                                                          QByteArray::AbortOnBase64DecodingErrors);
            if (!r)
                return bad();
            return PsValue(type, *r);
        }
        case Type::Guid: {
            const QUuid g = QUuid::fromString(t);
            if (g.isNull() && t.count(QLatin1Char('0')) != 32)
                return bad();
            return PsValue::guid(g);
        }
        case Type::Nil:
        case Type::Object:
            break;
        }
        return bad();
    }

    // Children of Props/MS: named values.
    Status readMembers(int depth, QList<PsProperty> *out)
    {
        while (m_xml.readNextStartElement()) {
            const QString n = decodeString(m_xml.attributes().value(QLatin1String("N")).toString());
            auto v = readValue(depth + 1);
            if (!v)
                return v.error();
            out->append({n, std::move(v).value()});
        }
        if (m_xml.hasError())
            return xmlError();
        return success();
    }

    Status readItems(int depth, QList<PsValue> *out)
    {
        while (m_xml.readNextStartElement()) {
            auto v = readValue(depth + 1);
            if (!v)
                return v.error();
            out->append(std::move(v).value());
        }
        if (m_xml.hasError())
            return xmlError();
        return success();
    }

    Status readDictionary(int depth, QList<std::pair<PsValue, PsValue>> *out)
    {
        while (m_xml.readNextStartElement()) {
            if (m_xml.name() != QLatin1String("En")) {
                m_xml.skipCurrentElement();
                continue;
            }
            if (depth + 1 > kMaxDepth)
                return parseError(QStringLiteral("nesting deeper than %1").arg(kMaxDepth));
            PsValue key, value;
            bool haveKey = false;
            while (m_xml.readNextStartElement()) {
                const QStringView n = m_xml.attributes().value(QLatin1String("N"));
                const bool isKey = n == QLatin1String("Key");
                const bool isValue = n == QLatin1String("Value");
                auto v = readValue(depth + 2);
                if (!v)
                    return v.error();
                if (isKey) {
                    key = std::move(v).value();
                    haveKey = true;
                } else if (isValue) {
                    value = std::move(v).value();
                }
            }
            if (m_xml.hasError())
                return xmlError();
            if (!haveKey)
                return parseError(QStringLiteral("dictionary entry without a Key"));
            out->append({std::move(key), std::move(value)});
        }
        if (m_xml.hasError())
            return xmlError();
        return success();
    }

    Expected<PsValue> readObject(int depth)
    {
        const QString refId = m_xml.attributes().value(QLatin1String("RefId")).toString();
        auto obj = std::make_shared<PsObject>();
        while (m_xml.readNextStartElement()) {
            const QStringView name = m_xml.name();
            if (name == QLatin1String("TN")) {
                const QString id = m_xml.attributes().value(QLatin1String("RefId")).toString();
                QStringList names;
                while (m_xml.readNextStartElement()) {
                    if (m_xml.name() == QLatin1String("T")) {
                        auto t = readText();
                        if (!t)
                            return t.error();
                        names.append(decodeString(*t));
                    } else {
                        m_xml.skipCurrentElement();
                    }
                }
                if (m_xml.hasError())
                    return xmlError();
                if (!id.isEmpty())
                    m_typeNames.insert(id, names);
                obj->typeNames = names;
            } else if (name == QLatin1String("TNRef")) {
                const QString id = m_xml.attributes().value(QLatin1String("RefId")).toString();
                m_xml.skipCurrentElement();
                const auto it = m_typeNames.constFind(id);
                if (it == m_typeNames.constEnd())
                    return parseError(QStringLiteral("<TNRef RefId=\"%1\"> to unknown type names")
                                          .arg(id.left(64)));
                obj->typeNames = *it;
            } else if (name == QLatin1String("ToString")) {
                auto t = readText();
                if (!t)
                    return t.error();
                obj->toString = decodeString(*t);
                obj->hasToString = true;
            } else if (name == QLatin1String("Props") || name == QLatin1String("MS")) {
                if (depth + 1 > kMaxDepth)
                    return parseError(QStringLiteral("nesting deeper than %1").arg(kMaxDepth));
                const Status s = readMembers(
                    depth + 1, name == QLatin1String("MS") ? &obj->extended : &obj->adapted);
                if (!s)
                    return s.error();
            } else if (name == QLatin1String("LST") || name == QLatin1String("IE")
                       || name == QLatin1String("STK") || name == QLatin1String("QUE")) {
                obj->collection = name == QLatin1String("LST")   ? PsObject::Collection::List
                                  : name == QLatin1String("IE")  ? PsObject::Collection::Enumerable
                                  : name == QLatin1String("STK") ? PsObject::Collection::Stack
                                                                 : PsObject::Collection::Queue;
                if (depth + 1 > kMaxDepth)
                    return parseError(QStringLiteral("nesting deeper than %1").arg(kMaxDepth));
                const Status s = readItems(depth + 1, &obj->items);
                if (!s)
                    return s.error();
            } else if (name == QLatin1String("DCT")) {
                obj->collection = PsObject::Collection::Dictionary;
                if (depth + 1 > kMaxDepth)
                    return parseError(QStringLiteral("nesting deeper than %1").arg(kMaxDepth));
                const Status s = readDictionary(depth + 1, &obj->entries);
                if (!s)
                    return s.error();
            } else {
                Type t;
                if (primitiveForTag(name, &t) || name == QLatin1String("Obj")
                    || name == QLatin1String("Ref") || name == QLatin1String("Nil")) {
                    auto v = readValue(depth + 1);
                    if (!v)
                        return v;
                    obj->baseValue = std::move(v).value();
                } else {
                    qCDebug(lcClixml) << "skipping unknown element in <Obj>:" << name;
                    m_xml.skipCurrentElement();
                }
            }
            if (m_xml.hasError())
                return xmlError();
        }
        if (m_xml.hasError())
            return xmlError();
        PsObjectPtr done(std::move(obj));
        if (!refId.isEmpty())
            m_objects.insert(refId, done);
        return PsValue::object(done);
    }

    QXmlStreamReader m_xml;
    QHash<QString, PsObjectPtr> m_objects;   // completed objects by RefId
    QHash<QString, QStringList> m_typeNames; // by TN RefId
};

class Writer
{
public:
    explicit Writer(QByteArray *out)
        : m_xml(out)
    {
        m_xml.setAutoFormatting(false);
    }

    void value(const PsValue &v, const QString *name)
    {
        switch (v.type()) {
        case Type::Nil:
            // start+end (not writeEmptyElement) so "/>" is written even for a top-level <Nil>
            m_xml.writeStartElement(QStringLiteral("Nil"));
            writeName(name);
            m_xml.writeEndElement();
            return;
        case Type::Object:
            object(v.objectPtr(), name);
            return;
        default:
            break;
        }
        m_xml.writeStartElement(QLatin1String(tagForType(v.type())));
        writeName(name);
        m_xml.writeCharacters(primitiveText(v));
        m_xml.writeEndElement();
    }

private:
    void writeName(const QString *name)
    {
        if (name)
            m_xml.writeAttribute(QStringLiteral("N"), encodeName(*name));
    }

    static QString realText(double d, bool single)
    {
        if (std::isnan(d))
            return QStringLiteral("NaN");
        if (std::isinf(d))
            return d > 0 ? QStringLiteral("INF") : QStringLiteral("-INF");
        if (single)
            return QString::number(float(d), 'g', QLocale::FloatingPointShortest);
        return QString::number(d, 'g', QLocale::FloatingPointShortest);
    }

    static QString primitiveText(const PsValue &v)
    {
        const QVariant &s = v.scalar();
        switch (v.type()) {
        case Type::String:
        case Type::Uri:
        case Type::Xml:
        case Type::ScriptBlock:
            return encodeName(s.toString());
        case Type::Bool:
            return s.toBool() ? QStringLiteral("true") : QStringLiteral("false");
        case Type::Char:
            return QString::number(s.toUInt());
        case Type::UInt8:
        case Type::UInt16:
        case Type::UInt32:
        case Type::UInt64:
            return QString::number(s.toULongLong());
        case Type::Int8:
        case Type::Int16:
        case Type::Int32:
        case Type::Int64:
            return QString::number(s.toLongLong());
        case Type::Float:
            return realText(s.toDouble(), true);
        case Type::Double:
            return realText(s.toDouble(), false);
        case Type::Bytes:
        case Type::SecureString:
            return QString::fromLatin1(s.toByteArray().toBase64());
        case Type::Guid:
            return s.toUuid().toString(QUuid::WithoutBraces);
        default:
            return encodeName(s.toString());
        }
    }

    void object(const PsObjectPtr &obj, const QString *name)
    {
        const auto done = m_written.constFind(obj.get());
        if (done != m_written.constEnd()) {
            m_xml.writeStartElement(QStringLiteral("Ref"));
            writeName(name);
            m_xml.writeAttribute(QStringLiteral("RefId"), QString::number(*done));
            m_xml.writeEndElement();
            return;
        }
        const int refId = m_nextRefId++;
        m_xml.writeStartElement(QStringLiteral("Obj"));
        writeName(name);
        m_xml.writeAttribute(QStringLiteral("RefId"), QString::number(refId));
        if (!obj->typeNames.isEmpty()) {
            const auto tn = m_typeNameIds.constFind(obj->typeNames);
            if (tn != m_typeNameIds.constEnd()) {
                m_xml.writeStartElement(QStringLiteral("TNRef"));
                m_xml.writeAttribute(QStringLiteral("RefId"), QString::number(*tn));
                m_xml.writeEndElement();
            } else {
                const int id = m_nextTypeNameId++;
                m_typeNameIds.insert(obj->typeNames, id);
                m_xml.writeStartElement(QStringLiteral("TN"));
                m_xml.writeAttribute(QStringLiteral("RefId"), QString::number(id));
                for (const QString &t : obj->typeNames)
                    m_xml.writeTextElement(QStringLiteral("T"), encodeName(t));
                m_xml.writeEndElement();
            }
        }
        if (obj->hasToString)
            m_xml.writeTextElement(QStringLiteral("ToString"), encodeName(obj->toString));
        if (!obj->baseValue.isNil())
            value(obj->baseValue, nullptr);
        switch (obj->collection) {
        case PsObject::Collection::None:
            break;
        case PsObject::Collection::Dictionary: {
            m_xml.writeStartElement(QStringLiteral("DCT"));
            static const QString key = QStringLiteral("Key"), val = QStringLiteral("Value");
            for (const auto &e : obj->entries) {
                m_xml.writeStartElement(QStringLiteral("En"));
                value(e.first, &key);
                value(e.second, &val);
                m_xml.writeEndElement();
            }
            m_xml.writeEndElement();
            break;
        }
        default: {
            const char *tag = obj->collection == PsObject::Collection::List         ? "LST"
                              : obj->collection == PsObject::Collection::Enumerable ? "IE"
                              : obj->collection == PsObject::Collection::Stack      ? "STK"
                                                                                    : "QUE";
            m_xml.writeStartElement(QLatin1String(tag));
            for (const PsValue &item : obj->items)
                value(item, nullptr);
            m_xml.writeEndElement();
        }
        }
        auto members = [&](const char *tag, const QList<PsProperty> &props) {
            if (props.isEmpty())
                return;
            m_xml.writeStartElement(QLatin1String(tag));
            for (const PsProperty &p : props)
                value(p.value, &p.name);
            m_xml.writeEndElement();
        };
        members("Props", obj->adapted);
        members("MS", obj->extended);
        m_xml.writeEndElement();
        m_written.insert(obj.get(), refId);
    }

    QXmlStreamWriter m_xml;
    int m_nextRefId = 0;
    int m_nextTypeNameId = 0;
    QHash<const PsObject *, int> m_written;
    QHash<QStringList, int> m_typeNameIds;
};

} // namespace

Expected<PsValue> parse(const QByteArray &xml)
{
    if (xml.size() > kMaxInputBytes)
        return parseError(
            QStringLiteral("CLIXML document of %1 bytes is too large").arg(xml.size()));
    QByteArray data = xml;
    if (data.startsWith("\xEF\xBB\xBF"))
        data.remove(0, 3);
    qsizetype start = 0;
    while (start < data.size()
           && (data.at(start) == ' ' || data.at(start) == '\t' || data.at(start) == '\r'
               || data.at(start) == '\n'))
        ++start;
    if (start > 0)
        data.remove(0, start);
    if (data.isEmpty())
        return parseError(QStringLiteral("empty CLIXML document"));
    Reader reader(data);
    return reader.run();
}

QByteArray serialize(const PsValue &value)
{
    QByteArray out;
    Writer writer(&out);
    writer.value(value, nullptr);
    return out;
}

QString encodeName(const QString &text)
{
    QString out;
    out.reserve(text.size());
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text.at(i);
        const char16_t u = c.unicode();
        bool escape = false;
        if (u < 0x20 || u == 0xFFFE || u == 0xFFFF)
            escape = true;
        else if (u == '_' && i + 1 < n && text.at(i + 1) == QLatin1Char('x'))
            escape = true;
        else if (c.isHighSurrogate()) {
            if (i + 1 < n && text.at(i + 1).isLowSurrogate()) {
                out.append(c);
                out.append(text.at(++i));
                continue;
            }
            escape = true;
        } else if (c.isLowSurrogate())
            escape = true;
        if (escape)
            out.append(hexEscape(u));
        else
            out.append(c);
    }
    return out;
}

QString decodeString(const QString &text)
{
    if (!text.contains(QLatin1String("_x")))
        return text;
    QString out;
    out.reserve(text.size());
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        if (text.at(i) == QLatin1Char('_') && escapeAt(text, i)) {
            out.append(QChar(char16_t(text.mid(i + 2, 4).toUShort(nullptr, 16))));
            i += 6;
        } else {
            out.append(text.at(i));
        }
    }
    return out;
}

} // namespace remoting::clixml
