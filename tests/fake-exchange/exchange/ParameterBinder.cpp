#include "ParameterBinder.h"

#include "CmdletCatalog.h"
#include "CmdletErrors.h"

#include <limits>

namespace fake {

using remoting::CommandParameter;
using remoting::ErrorRecord;
using remoting::PsValue;
using T = ParameterSpec::Type;

namespace {

bool isInteger(PsValue::Type t)
{
    switch (t) {
    case PsValue::Type::UInt8:
    case PsValue::Type::Int8:
    case PsValue::Type::UInt16:
    case PsValue::Type::Int16:
    case PsValue::Type::UInt32:
    case PsValue::Type::Int32:
    case PsValue::Type::UInt64:
    case PsValue::Type::Int64:
        return true;
    default:
        return false;
    }
}

// PowerShell's text for a value in conversion errors: strings as is, other objects by type.
QString shownValue(const PsValue &v)
{
    if (v.isNil())
        return QString();
    if (v.type() == PsValue::Type::String || isInteger(v.type()) || v.type() == PsValue::Type::Bool)
        return v.toString();
    if (v.isObject() && v.obj()->collection != remoting::PsObject::Collection::None)
        return QStringLiteral("System.Object[]");
    return v.toString();
}

std::optional<bool> toBoolean(const PsValue &v)
{
    if (v.type() == PsValue::Type::Bool)
        return v.toBool();
    if (isInteger(v.type()))
        return v.toInteger() != 0;
    if (v.type() == PsValue::Type::String) {
        const QString s = v.toString().trimmed();
        if (s.compare(QLatin1String("True"), Qt::CaseInsensitive) == 0 || s == QLatin1String("1")
            || s.compare(QLatin1String("$true"), Qt::CaseInsensitive) == 0)
            return true;
        if (s.compare(QLatin1String("False"), Qt::CaseInsensitive) == 0 || s == QLatin1String("0")
            || s.compare(QLatin1String("$false"), Qt::CaseInsensitive) == 0)
            return false;
    }
    if (v.isObject() && !v.obj()->baseValue.isNil())
        return toBoolean(v.obj()->baseValue);
    return std::nullopt;
}

} // namespace

ParameterBinder::ParameterBinder(const CmdletSpec &spec, const ManagementRoles::Grant &grant)
    : m_spec(spec)
    , m_grant(grant)
{}

QStringList ParameterBinder::availableParameters() const
{
    QStringList out;
    for (const ParameterSpec &p : m_spec.parameters)
        if (m_grant.allParameters || m_grant.parameters.contains(p.name, Qt::CaseInsensitive))
            out.append(p.name);
    out += CmdletCatalog::commonParameters();
    if (m_spec.supportsShouldProcess)
        out += CmdletCatalog::shouldProcessParameters();
    return out;
}

ErrorRecord ParameterBinder::bindingError(const QString &errorId, const QString &category,
                                          const QString &message,
                                          const QString &exceptionType) const
{
    return CmdletErrors::parameterBinding(errorId, m_spec.name, m_spec.taskClass, category, message,
                                          exceptionType);
}

std::optional<ErrorRecord> ParameterBinder::bind(const remoting::Command &command,
                                                 QMap<QString, PsValue> *bound) const
{
    const QStringList available = availableParameters();
    for (const CommandParameter &p : command.parameters) {
        QString name;
        if (p.name.isEmpty()) {
            if (m_spec.positional.isEmpty() || bound->contains(m_spec.positional)
                || !available.contains(m_spec.positional))
                return bindingError(
                    QStringLiteral("PositionalParameterNotFound"),
                    QStringLiteral("InvalidArgument"),
                    QStringLiteral(
                        "A positional parameter cannot be found that accepts argument '%1'.")
                        .arg(shownValue(p.value)));
            name = m_spec.positional;
        } else {
            QString given = p.name;
            if (given.startsWith(QLatin1Char('-')))
                given.remove(0, 1);
            if (given.endsWith(QLatin1Char(':')))
                given.chop(1);
            QStringList matches;
            for (const QString &a : available) {
                if (a.compare(given, Qt::CaseInsensitive) == 0) {
                    matches = {a};
                    break;
                }
                if (!given.isEmpty() && a.startsWith(given, Qt::CaseInsensitive))
                    matches.append(a);
            }
            if (matches.isEmpty())
                return bindingError(
                    QStringLiteral("NamedParameterNotFound"), QStringLiteral("InvalidArgument"),
                    QStringLiteral("A parameter cannot be found that matches parameter name '%1'.")
                        .arg(given));
            if (matches.size() > 1) {
                QStringList dashed;
                for (const QString &m : qAsConst(matches))
                    dashed.append(QLatin1Char('-') + m);
                return bindingError(
                    QStringLiteral("AmbiguousParameter"), QStringLiteral("InvalidArgument"),
                    QStringLiteral(
                        "Parameter cannot be processed because the parameter name '%1' is "
                        "ambiguous. Possible matches include: %2.")
                        .arg(given, dashed.join(QLatin1Char(' '))));
            }
            name = matches.first();
        }
        if (bound->contains(name))
            return bindingError(
                QStringLiteral("ParameterAlreadyBound"), QStringLiteral("InvalidArgument"),
                QStringLiteral(
                    "Cannot bind parameter because parameter '%1' is specified more than once. "
                    "To provide multiple values to parameters that can accept multiple values, "
                    "use the array syntax. For example, \"-parameter value1,value2,value3\".")
                    .arg(name));
        PsValue converted;
        if (auto err = convert(name, p, &converted))
            return err;
        bound->insert(name, converted);
    }

    QStringList missing;
    for (const ParameterSpec &p : m_spec.parameters)
        if (p.mandatory && !bound->contains(p.name))
            missing.append(p.name);
    if (!missing.isEmpty())
        return bindingError(
            QStringLiteral("MissingMandatoryParameter"), QStringLiteral("InvalidArgument"),
            QStringLiteral(
                "Cannot process command because of one or more missing mandatory parameters: %1.")
                .arg(missing.join(QLatin1Char(' '))));
    return std::nullopt;
}

std::optional<ErrorRecord> ParameterBinder::convert(const QString &name, const CommandParameter &p,
                                                    PsValue *out) const
{
    const ParameterSpec *spec = m_spec.parameter(name);
    const bool isSwitchParam
        = !spec
          && (name == QLatin1String("Confirm") || name == QLatin1String("WhatIf")
              || name == QLatin1String("Verbose") || name == QLatin1String("Debug"));
    const PsValue &v = p.value;

    if (isSwitchParam || (spec && spec->type == T::Switch)) {
        *out = PsValue::boolean(p.kind == CommandParameter::Kind::Switch ? true
                                : v.isNil()                              ? false
                                                                         : v.toBool());
        return std::nullopt;
    }
    if (!spec) { // other common parameters: kept as given
        *out = v;
        return std::nullopt;
    }
    if (p.kind == CommandParameter::Kind::Switch)
        return bindingError(
            QStringLiteral("MissingArgument"), QStringLiteral("InvalidArgument"),
            QStringLiteral(
                "Missing an argument for parameter '%1'. Specify a parameter of type '%2' and "
                "try again.")
                .arg(name, spec->dotNetType));

    auto transformation = [&](const QString &inner) {
        return bindingError(
            QStringLiteral("ParameterArgumentTransformationError"), QStringLiteral("InvalidData"),
            QStringLiteral("Cannot process argument transformation on parameter '%1'. %2")
                .arg(name, inner),
            QStringLiteral(
                "System.Management.Automation.ParameterBindingArgumentTransformationException"));
    };
    auto emptyNotAllowed = [&]() {
        return bindingError(
            QStringLiteral("ParameterArgumentValidationError"), QStringLiteral("InvalidData"),
            QStringLiteral(
                "Cannot validate argument on parameter '%1'. The argument is null or empty. "
                "Provide an argument that is not null or empty, and then try the command again.")
                .arg(name),
            QStringLiteral("System.Management.Automation.ParameterBindingValidationException"));
    };
    auto enumError = [&](const QString &given) {
        return bindingError(
            QStringLiteral("CannotConvertArgumentNoMessage"), QStringLiteral("InvalidArgument"),
            QStringLiteral(
                "Cannot bind parameter '%1'. Cannot convert value \"%2\" to type \"%3\". Error: "
                "\"Unable to match the identifier name %2 to a valid enumerator name. Specify "
                "one of the following enumerator names and try again:\r\n%4\"")
                .arg(name, given, spec->dotNetType, spec->enumValues.join(QStringLiteral(", "))));
    };
    auto matchEnum = [&](const QString &given) -> QString {
        for (const QString &e : spec->enumValues)
            if (e.compare(given.trimmed(), Qt::CaseInsensitive) == 0)
                return e;
        return {};
    };

    switch (spec->type) {
    case T::Text:
        if (spec->notEmpty && (v.isNil() || v.toString().trimmed().isEmpty()))
            return emptyNotAllowed();
        *out = v.isNil() ? PsValue::nil() : PsValue::string(v.toString());
        return std::nullopt;
    case T::Bool:
    case T::NullableBool: {
        if (spec->type == T::NullableBool && v.isNil()) {
            *out = PsValue::nil();
            return std::nullopt;
        }
        const auto b = toBoolean(v);
        if (!b)
            return transformation(
                QStringLiteral("Cannot convert value \"%1\" to type \"System.Boolean\". Boolean "
                               "parameters accept only Boolean values and numbers, such as $True, "
                               "$False, 1 or 0.")
                    .arg(v.type() == PsValue::Type::String || v.isNil()
                             ? QStringLiteral("System.String")
                             : shownValue(v)));
        *out = PsValue::boolean(*b);
        return std::nullopt;
    }
    case T::Int: {
        bool ok = false;
        qlonglong n = 0;
        if (isInteger(v.type())) {
            n = v.toInteger();
            ok = true;
        } else if (v.type() == PsValue::Type::String) {
            n = v.toString().trimmed().toLongLong(&ok);
        }
        if (!ok || n < std::numeric_limits<qint32>::min() || n > std::numeric_limits<qint32>::max())
            return transformation(
                QStringLiteral(
                    "Cannot convert value \"%1\" to type \"System.Int32\". Error: \"Input "
                    "string was not in a correct format.\"")
                    .arg(shownValue(v)));
        *out = PsValue::int32(qint32(n));
        return std::nullopt;
    }
    case T::List: {
        const QStringList items = v.toStringList();
        if (spec->notEmpty && items.isEmpty())
            return emptyNotAllowed();
        *out = v.isNil() ? PsValue::nil() : PsValue::stringList(items);
        return std::nullopt;
    }
    case T::Enum: {
        const QString canonical = matchEnum(v.toString());
        if (canonical.isEmpty())
            return enumError(v.toString());
        *out = PsValue::string(canonical);
        return std::nullopt;
    }
    case T::EnumList: {
        QStringList canonical;
        for (const QString &item : v.toStringList()) {
            const QString c = matchEnum(item);
            if (c.isEmpty())
                return enumError(item);
            canonical.append(c);
        }
        *out = PsValue::stringList(canonical);
        return std::nullopt;
    }
    case T::ResultSize: {
        const QString s = v.toString().trimmed();
        if (s.compare(QLatin1String("Unlimited"), Qt::CaseInsensitive) == 0) {
            *out = PsValue::string(QStringLiteral("Unlimited"));
            return std::nullopt;
        }
        bool ok = false;
        const qlonglong n = isInteger(v.type()) ? v.toInteger() : s.toLongLong(&ok);
        if (isInteger(v.type()))
            ok = true;
        if (!ok || n <= 0 || n > std::numeric_limits<qint32>::max())
            return transformation(
                QStringLiteral(
                    "Cannot convert value \"%1\" to type \"%2\". Error: \"The value must "
                    "be \"Unlimited\" or a positive number.\"")
                    .arg(shownValue(v), spec->dotNetType));
        *out = PsValue::int32(qint32(n));
        return std::nullopt;
    }
    case T::Switch:
        break;
    }
    *out = v;
    return std::nullopt;
}

} // namespace fake
