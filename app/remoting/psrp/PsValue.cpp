#include "PsValue.h"

namespace remoting {

PsValue::PsValue(PsObjectPtr object)
    : m_type(object ? Type::Object : Type::Nil)
    , m_object(std::move(object))
{}

PsValue PsValue::stringList(const QStringList &items)
{
    auto obj = std::make_shared<PsObject>();
    obj->typeNames
        = {QStringLiteral("System.Collections.ArrayList"), QStringLiteral("System.Object")};
    obj->collection = PsObject::Collection::List;
    for (const QString &s : items)
        obj->items.append(PsValue::string(s));
    return PsValue(PsObjectPtr(std::move(obj)));
}

QString PsValue::toString() const
{
    switch (m_type) {
    case Type::Nil:
        return {};
    case Type::Bool:
        return m_scalar.toBool() ? QStringLiteral("True") : QStringLiteral("False");
    case Type::Char:
        return QString(QChar(char16_t(m_scalar.toUInt())));
    case Type::Guid:
        return m_scalar.toUuid().toString(QUuid::WithoutBraces);
    case Type::Bytes:
    case Type::SecureString:
        return QString::fromLatin1(m_scalar.toByteArray().toBase64());
    case Type::Object: {
        const PsObject &o = *m_object;
        if (o.hasToString)
            return o.toString;
        if (!o.baseValue.isNil())
            return o.baseValue.toString();
        if (o.collection != PsObject::Collection::None
            && o.collection != PsObject::Collection::Dictionary) {
            QStringList parts;
            for (const PsValue &v : o.items)
                parts.append(v.toString());
            return parts.join(QLatin1Char(' '));
        }
        return o.typeNames.value(0);
    }
    default:
        return m_scalar.toString();
    }
}

bool PsValue::toBool() const
{
    switch (m_type) {
    case Type::Bool:
        return m_scalar.toBool();
    case Type::Object:
        if (!m_object->baseValue.isNil())
            return m_object->baseValue.toBool();
        return toString().compare(QLatin1String("True"), Qt::CaseInsensitive) == 0;
    case Type::String:
        return m_scalar.toString().trimmed().compare(QLatin1String("True"), Qt::CaseInsensitive)
               == 0;
    default:
        return m_scalar.toLongLong() != 0;
    }
}

qlonglong PsValue::toInteger() const
{
    if (m_type == Type::Object)
        return m_object->baseValue.toInteger();
    return m_scalar.toLongLong();
}

QStringList PsValue::toStringList() const
{
    if (m_type == Type::Nil)
        return {};
    if (m_type == Type::Object && m_object->collection != PsObject::Collection::None
        && m_object->collection != PsObject::Collection::Dictionary) {
        QStringList out;
        for (const PsValue &v : m_object->items)
            out.append(v.toString());
        return out;
    }
    return {toString()};
}

PsValue PsValue::property(const QString &name) const
{
    if (m_type != Type::Object)
        return {};
    return m_object->property(name);
}

bool PsValue::operator==(const PsValue &other) const
{
    if (m_type != other.m_type)
        return false;
    if (m_type == Type::Object) {
        if (m_object == other.m_object)
            return true;
        return *m_object == *other.m_object;
    }
    return m_scalar == other.m_scalar;
}

const PsValue *PsObject::findProperty(const QString &name) const
{
    for (const PsProperty &p : extended)
        if (p.name.compare(name, Qt::CaseInsensitive) == 0)
            return &p.value;
    for (const PsProperty &p : adapted)
        if (p.name.compare(name, Qt::CaseInsensitive) == 0)
            return &p.value;
    // an object wrapping another object (e.g. a deserialized PSObject around its base object)
    if (baseValue.isObject() && baseValue.obj() != this)
        return baseValue.obj()->findProperty(name);
    return nullptr;
}

PsValue PsObject::property(const QString &name) const
{
    const PsValue *v = findProperty(name);
    return v ? *v : PsValue();
}

bool PsObject::isA(const QString &typeNameSuffix) const
{
    for (const QString &t : typeNames)
        if (t.endsWith(typeNameSuffix))
            return true;
    return false;
}

bool PsObject::operator==(const PsObject &o) const
{
    return typeNames == o.typeNames && toString == o.toString && hasToString == o.hasToString
           && baseValue == o.baseValue && collection == o.collection && items == o.items
           && entries == o.entries && adapted == o.adapted && extended == o.extended;
}

} // namespace remoting
