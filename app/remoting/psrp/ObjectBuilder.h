#pragma once

#include "PsValue.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <utility>

namespace remoting::psrp {

// Builds one PsObject member by member (the PSRP message payloads of both sides).
class ObjectBuilder
{
public:
    ObjectBuilder()
        : m_obj(std::make_shared<PsObject>())
    {}
    ObjectBuilder &types(const QStringList &names)
    {
        m_obj->typeNames = names;
        return *this;
    }
    ObjectBuilder &toString(const QString &s)
    {
        m_obj->toString = s;
        m_obj->hasToString = true;
        return *this;
    }
    ObjectBuilder &base(const PsValue &v)
    {
        m_obj->baseValue = v;
        return *this;
    }
    ObjectBuilder &ms(const QString &name, const PsValue &v)
    {
        m_obj->extended.append({name, v});
        return *this;
    }
    ObjectBuilder &prop(const QString &name, const PsValue &v)
    {
        m_obj->adapted.append({name, v});
        return *this;
    }
    ObjectBuilder &list(const QList<PsValue> &items)
    {
        m_obj->collection = PsObject::Collection::List;
        m_obj->items = items;
        return *this;
    }
    ObjectBuilder &dict(const QList<std::pair<PsValue, PsValue>> &entries)
    {
        m_obj->collection = PsObject::Collection::Dictionary;
        m_obj->entries = entries;
        return *this;
    }
    PsValue value() const { return PsValue::object(m_obj); }

private:
    std::shared_ptr<PsObject> m_obj;
};

// A .NET enum value as PowerShell serializes it: type names, ToString, the integer.
inline PsValue enumObject(const QString &typeName, const QString &text, int value)
{
    return ObjectBuilder()
        .types({typeName, QStringLiteral("System.Enum"), QStringLiteral("System.ValueType"),
                QStringLiteral("System.Object")})
        .toString(text)
        .base(PsValue::int32(value))
        .value();
}

} // namespace remoting::psrp
