#include "PlanScript.h"

#include <QDateTime>

namespace wizard {

QString PlanScript::quote(const QString &text)
{
    QString out;
    out.reserve(text.size() + 2);
    out += QLatin1Char('\'');
    for (const QChar c : text) {
        // PowerShell treats the typographic single quotes as quotes too.
        if (c == QLatin1Char('\'') || c == QChar(0x2018) || c == QChar(0x2019) || c == QChar(0x201A)
            || c == QChar(0x201B))
            out += c;
        out += c;
    }
    out += QLatin1Char('\'');
    return out;
}

QString PlanScript::renderValue(const remoting::PsValue &value)
{
    using Type = remoting::PsValue::Type;
    switch (value.type()) {
    case Type::Nil:
        return QStringLiteral("$null");
    case Type::Bool:
        return value.toBool() ? QStringLiteral("$true") : QStringLiteral("$false");
    case Type::Int8: case Type::Int16: case Type::Int32: case Type::Int64:
    case Type::UInt8: case Type::UInt16: case Type::UInt32: case Type::UInt64:
        return QString::number(value.toInteger());
    case Type::Object: {
        const QStringList items = value.toStringList();
        if (value.obj() && value.obj()->collection != remoting::PsObject::Collection::None) {
            QStringList quoted;
            for (const QString &i : items)
                quoted.append(quote(i));
            return quoted.isEmpty() ? QStringLiteral("@()") : quoted.join(QLatin1Char(','));
        }
        return quote(value.toString());
    }
    default:
        return quote(value.toString());
    }
}

QString PlanScript::renderCommand(const remoting::Command &command)
{
    QString line = command.name;
    for (const remoting::CommandParameter &p : command.parameters) {
        line += QLatin1Char(' ');
        if (p.kind == remoting::CommandParameter::Kind::Switch) {
            line += QLatin1Char('-') + p.name;
            if (!p.value.isNil() && !p.value.toBool())
                line += QStringLiteral(":$false");
            continue;
        }
        if (!p.name.isEmpty())
            line += QLatin1Char('-') + p.name + QLatin1Char(' ');
        line += renderValue(p.value);
    }
    return line;
}

QString PlanScript::render(const exchange::Plan &plan, const QString &serverLabel)
{
    QStringList lines;
    lines << QStringLiteral("# ") + tr("SecureStore journaling configuration for %1").arg(serverLabel)
          << QStringLiteral("# ") + tr("Generated %1. Run in the Exchange Management Shell.")
                                        .arg(QDateTime::currentDateTime().toString(Qt::ISODate))
          << QString();
    bool any = false;
    for (const exchange::PlannedStep &step : plan.steps) {
        lines << QStringLiteral("# ") + step.title + QStringLiteral(": ") + step.intent;
        if (step.action == exchange::StepAction::Conflict)
            lines << QStringLiteral("# ") + tr("Conflict: %1").arg(step.conflict);
        if (step.changes.isEmpty())
            lines << QStringLiteral("# ") + tr("(nothing to run)");
        for (const remoting::Command &c : step.changes) {
            lines << renderCommand(c);
            any = true;
        }
        lines << QString();
    }
    if (!any)
        lines << QStringLiteral("# ") + tr("Nothing to change.");
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

} // namespace wizard
