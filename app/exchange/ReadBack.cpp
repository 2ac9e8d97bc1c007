#include "ReadBack.h"

#include "AddressSyntax.h"

#include <QCoreApplication>

namespace exchange {

using remoting::PsObject;
using remoting::PsValue;

QStringList ReadBack::listOf(const PsValue &value)
{
    if (value.isNil())
        return {};
    if (value.isObject() && value.obj()->collection != PsObject::Collection::None)
        return value.toStringList();
    QString text = value.toString().trimmed();
    if (text.startsWith(QLatin1Char('{')) && text.endsWith(QLatin1Char('}')))
        text = text.mid(1, text.size() - 2);
    QStringList out;
    for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString t = part.trimmed();
        if (!t.isEmpty())
            out << t;
    }
    return out;
}

QString ReadBack::textOf(const PsValue &value)
{
    if (value.isObject() && value.obj()->collection != PsObject::Collection::None)
        return value.toStringList().join(QLatin1Char(','));
    return value.toString().trimmed();
}

QString ReadBack::smtp(const QString &text)
{
    QString t = text.trimmed();
    if (t.startsWith(QLatin1String("smtp:"), Qt::CaseInsensitive))
        t = t.mid(5);
    if (t == QLatin1String("<>"))
        return {};
    return t.toLower();
}

QString ReadBack::boolText(const QString &text)
{
    const QString t = text.trimmed();
    if (t.compare(QLatin1String("True"), Qt::CaseInsensitive) == 0
        || t.compare(QLatin1String("$true"), Qt::CaseInsensitive) == 0 || t == QLatin1String("1"))
        return QStringLiteral("True");
    if (t.compare(QLatin1String("False"), Qt::CaseInsensitive) == 0
        || t.compare(QLatin1String("$false"), Qt::CaseInsensitive) == 0 || t == QLatin1String("0"))
        return QStringLiteral("False");
    return {};
}

QString ReadBack::normalised(ValueKind kind, const QString &text)
{
    switch (kind) {
    case ValueKind::Text:
        return text.trimmed();
    case ValueKind::Name:
        return text.trimmed().toLower();
    case ValueKind::Smtp:
        return smtp(text);
    case ValueKind::Bool:
        return boolText(text);
    case ValueKind::HostList: {
        QStringList items;
        for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            QString p = part.trimmed();
            if (p.startsWith(QLatin1String("smtp:"), Qt::CaseInsensitive))
                p = QStringLiteral("smtp:") + p.mid(5).toLower();
            else
                p = AddressSyntax::normalisedHost(p);
            if (!p.isEmpty() && !items.contains(p))
                items << p;
        }
        items.sort();
        return items.join(QLatin1Char(','));
    }
    }
    return text;
}

bool ReadBack::matches(const ExpectedValue &expected, const PsValue &actual, QString *actualText)
{
    const QString text = expected.kind == ValueKind::HostList
                             ? listOf(actual).join(QLatin1Char(','))
                             : textOf(actual);
    if (actualText)
        *actualText = text;
    return normalised(expected.kind, expected.value) == normalised(expected.kind, text);
}

const PsObject *ReadBack::find(const QList<PsValue> &output, const QString &typeSuffix,
                               const QString &name)
{
    for (const PsValue &v : output) {
        if (!v.isObject() || !v.obj()->isA(typeSuffix))
            continue;
        const QString n = v.property(QStringLiteral("Name")).toString().trimmed();
        const QString id = v.property(QStringLiteral("Identity")).toString().trimmed();
        if (name.isEmpty() || n.compare(name.trimmed(), Qt::CaseInsensitive) == 0
            || id.compare(name.trimmed(), Qt::CaseInsensitive) == 0)
            return v.obj();
    }
    return nullptr;
}

QStringList ReadBack::compare(const PsObject &object, const QList<ExpectedValue> &expected)
{
    QStringList mismatches;
    for (const ExpectedValue &e : expected) {
        QString actual;
        if (!matches(e, object.property(e.property), &actual)) {
            mismatches << QCoreApplication::translate("exchange::ReadBack",
                                                      "%1 is \"%2\", expected \"%3\"")
                              .arg(e.property, actual.isEmpty() ? QStringLiteral("<>") : actual,
                                   e.value);
        }
    }
    return mismatches;
}

bool ReadBack::isNotFound(const remoting::ErrorRecord &e)
{
    return e.failureCategory().contains(QLatin1String("ManagementObjectNotFound"))
           || e.category == QLatin1String("ObjectNotFound")
           || e.message.contains(QLatin1String("couldn't be found"));
}

} // namespace exchange
