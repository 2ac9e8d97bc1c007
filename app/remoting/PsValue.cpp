#include "PsValue.h"

#include <QSet>

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

namespace {

// What is left of the flattening bounds (see PsValue::kMaxFlattenNodes).
struct FlattenBudget
{
    int nodes = PsValue::kMaxFlattenNodes;
    qsizetype chars = PsValue::kMaxFlattenChars;
    bool cut = false;

    bool exhausted() const { return nodes <= 0 || chars <= 0; }
    void append(QString *out, const QString &text)
    {
        if (text.size() > chars) {
            out->append(QStringView(text).left(chars));
            chars = 0;
            cut = true;
            return;
        }
        out->append(text);
        chars -= text.size();
    }
};

QString scalarText(PsValue::Type type, const QVariant &scalar)
{
    using Type = PsValue::Type;
    switch (type) {
    case Type::Nil:
        return {};
    case Type::Bool:
        return scalar.toBool() ? QStringLiteral("True") : QStringLiteral("False");
    case Type::Char:
        return QString(QChar(char16_t(scalar.toUInt())));
    case Type::Guid:
        return scalar.toUuid().toString(QUuid::WithoutBraces);
    case Type::Bytes:
    case Type::SecureString:
        return QString::fromLatin1(scalar.toByteArray().toBase64());
    default:
        return scalar.toString();
    }
}

void flatten(const PsValue &v, FlattenBudget *budget, QString *out)
{
    if (budget->exhausted()) {
        budget->cut = true;
        return;
    }
    --budget->nodes;
    if (!v.isObject()) {
        budget->append(out, scalarText(v.type(), v.scalar()));
        return;
    }
    const PsObject &o = *v.obj();
    if (o.hasToString) {
        budget->append(out, o.toString);
    } else if (!o.baseValue.isNil()) {
        flatten(o.baseValue, budget, out);
    } else if (o.collection != PsObject::Collection::None
               && o.collection != PsObject::Collection::Dictionary) {
        bool first = true;
        for (const PsValue &item : o.items) {
            if (budget->exhausted()) {
                budget->cut = true;
                break;
            }
            if (!first)
                budget->append(out, QStringLiteral(" "));
            first = false;
            flatten(item, budget, out);
        }
    } else {
        budget->append(out, o.typeNames.value(0));
    }
}

QString flattened(const PsValue &v, FlattenBudget *budget)
{
    QString out;
    flatten(v, budget, &out);
    if (budget->cut)
        out += QChar(0x2026); // …
    return out;
}

using ComparedPairs = QSet<std::pair<const PsObject *, const PsObject *>>;
bool equalValues(const PsValue &a, const PsValue &b, ComparedPairs *compared);

bool equalObjects(const PsObject &a, const PsObject &b, ComparedPairs *compared)
{
    if (&a == &b)
        return true;
    // A pair already compared (or being compared) is taken as equal: every comparison is
    // part of one conjunction, so a difference anywhere still makes the whole result false.
    const std::pair<const PsObject *, const PsObject *> pair(&a, &b);
    if (compared->contains(pair))
        return true;
    compared->insert(pair);
    if (a.typeNames != b.typeNames || a.toString != b.toString || a.hasToString != b.hasToString
        || a.collection != b.collection || a.items.size() != b.items.size()
        || a.entries.size() != b.entries.size() || a.adapted.size() != b.adapted.size()
        || a.extended.size() != b.extended.size())
        return false;
    if (!equalValues(a.baseValue, b.baseValue, compared))
        return false;
    for (qsizetype i = 0; i < a.items.size(); ++i)
        if (!equalValues(a.items.at(i), b.items.at(i), compared))
            return false;
    for (qsizetype i = 0; i < a.entries.size(); ++i)
        if (!equalValues(a.entries.at(i).first, b.entries.at(i).first, compared)
            || !equalValues(a.entries.at(i).second, b.entries.at(i).second, compared))
            return false;
    for (const bool extended : {false, true}) {
        const QList<PsProperty> &pa = extended ? a.extended : a.adapted;
        const QList<PsProperty> &pb = extended ? b.extended : b.adapted;
        for (qsizetype i = 0; i < pa.size(); ++i)
            if (pa.at(i).name != pb.at(i).name
                || !equalValues(pa.at(i).value, pb.at(i).value, compared))
                return false;
    }
    return true;
}

bool equalValues(const PsValue &a, const PsValue &b, ComparedPairs *compared)
{
    if (a.type() != b.type())
        return false;
    if (a.isObject())
        return equalObjects(*a.obj(), *b.obj(), compared);
    return a.scalar() == b.scalar();
}

} // namespace

QString PsValue::toString() const
{
    FlattenBudget budget;
    return flattened(*this, &budget);
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
        // One budget for the whole list (see kMaxFlattenNodes).
        FlattenBudget budget;
        QStringList out;
        for (const PsValue &v : m_object->items) {
            if (budget.exhausted()) {
                out.append(QString(QChar(0x2026)));
                break;
            }
            out.append(flattened(v, &budget));
        }
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
    ComparedPairs compared;
    return equalValues(*this, other, &compared);
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
    ComparedPairs compared;
    return equalObjects(*this, o, &compared);
}

} // namespace remoting
