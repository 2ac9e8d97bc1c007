#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUuid>
#include <QVariant>

#include <memory>
#include <utility>

namespace remoting {

class PsObject;
using PsObjectPtr = std::shared_ptr<const PsObject>;

// One CLIXML value: a typed primitive, Nil, or a complex object (PsObject).
// Primitive payloads in QVariant:
//   String/Xml/ScriptBlock/Uri/Version/DateTime/Duration/Decimal -> QString (exact wire text
//   for the last four, so nothing is lost), Char -> uint (UTF-16 code unit),
//   Bool -> bool, signed ints -> qlonglong, unsigned ints -> qulonglong,
//   Float/Double -> double, Bytes/SecureString -> QByteArray (decoded base64), Guid -> QUuid.
class PsValue
{
public:
    enum class Type {
        Nil,
        String,       // <S>
        Char,         // <C>
        Bool,         // <B>
        DateTime,     // <DT>
        Duration,     // <TS>
        UInt8,        // <By>
        Int8,         // <SB>
        UInt16,       // <U16>
        Int16,        // <I16>
        UInt32,       // <U32>
        Int32,        // <I32>
        UInt64,       // <U64>
        Int64,        // <I64>
        Float,        // <Sg>
        Double,       // <Db>
        Decimal,      // <D>
        Bytes,        // <BA>
        Guid,         // <G>
        Uri,          // <URI>
        Version,      // <Version>
        Xml,          // <XD>
        ScriptBlock,  // <SBK>
        SecureString, // <SS>
        Object,       // <Obj> (and <Ref> resolved to the referenced object)
    };

    PsValue() = default;
    PsValue(Type type, QVariant scalar)
        : m_type(type)
        , m_scalar(std::move(scalar))
    {}
    explicit PsValue(PsObjectPtr object);

    static PsValue nil() { return {}; }
    static PsValue string(const QString &s) { return {Type::String, s}; }
    static PsValue boolean(bool b) { return {Type::Bool, b}; }
    static PsValue int32(qint32 i) { return {Type::Int32, qlonglong(i)}; }
    static PsValue int64(qint64 i) { return {Type::Int64, qlonglong(i)}; }
    static PsValue uint32(quint32 i) { return {Type::UInt32, qulonglong(i)}; }
    static PsValue guid(const QUuid &g) { return {Type::Guid, g}; }
    static PsValue version(const QString &v) { return {Type::Version, v}; }
    static PsValue stringList(const QStringList &items); // an ArrayList-typed LST of <S>
    static PsValue object(PsObjectPtr object) { return PsValue(std::move(object)); }

    Type type() const { return m_type; }
    bool isNil() const { return m_type == Type::Nil; }
    bool isObject() const { return m_type == Type::Object; }
    const QVariant &scalar() const { return m_scalar; }
    const PsObject *obj() const { return m_object.get(); }
    const PsObjectPtr &objectPtr() const { return m_object; }

    // Flattening a value to text is bounded: <Ref> lets a small message describe a value
    // whose expansion is exponential (each list holding two references to the previous
    // one). toString()/toStringList() visit at most kMaxFlattenNodes values and produce at
    // most kMaxFlattenChars characters; what is cut is marked with a trailing "…".
    static constexpr int kMaxFlattenNodes = 100000;
    static constexpr int kMaxFlattenChars = 1024 * 1024;

    // Text as PowerShell would show it: strings as is, Nil as empty, an object's
    // ToString (or its wrapped primitive, or the joined items of a list).
    QString toString() const;
    bool toBool() const;         // Bool, or the strings "True"/"False"
    qlonglong toInteger() const; // any integer type (or its base value)
    QStringList
    toStringList() const; // a list's items as text; a scalar as a 1-item list; Nil -> {}
    // Property of an object (extended members first, then adapted), case-insensitive.
    // Nil for a missing property or a non-object.
    PsValue property(const QString &name) const;

    // Deep, structural; each pair of shared objects is compared once (linear in the
    // number of distinct objects, also for <Ref> ladders).
    bool operator==(const PsValue &other) const;
    bool operator!=(const PsValue &other) const { return !(*this == other); }

private:
    Type m_type = Type::Nil;
    QVariant m_scalar;
    PsObjectPtr m_object;
};

struct PsProperty
{
    QString name;
    PsValue value;
    bool operator==(const PsProperty &o) const { return name == o.name && value == o.value; }
};

// A complex CLIXML object: type names, ToString, a wrapped primitive (enums, strings with
// notes), collection contents and two property sets.
class PsObject
{
public:
    enum class Collection { None, List, Enumerable, Stack, Queue, Dictionary };

    QStringList typeNames; // most derived first; empty when the object had no <TN>/<TNRef>
    QString toString;
    bool hasToString = false;
    PsValue baseValue; // the primitive an <Obj> carries directly (e.g. <I32> of an enum)
    Collection collection = Collection::None;
    QList<PsValue> items;                       // LST / IE / STK / QUE
    QList<std::pair<PsValue, PsValue>> entries; // DCT
    QList<PsProperty> adapted;                  // <Props>
    QList<PsProperty> extended;                 // <MS>

    const PsValue *findProperty(const QString &name) const; // MS then Props, case-insensitive
    PsValue property(const QString &name) const;
    bool isA(const QString &typeNameSuffix) const; // any type name ends with the suffix

    bool operator==(const PsObject &o) const;
};

} // namespace remoting
