#include "ScriptRenderer.h"

#include <QCoreApplication>
#include <QDateTime>

namespace exchange {

using remoting::Command;
using remoting::CommandParameter;
using remoting::PsObject;
using remoting::PsValue;

namespace {

bool isQuoteChar(QChar c)
{
    // PowerShell treats the typographic single quotes like ' inside '...'.
    return c == QLatin1Char('\'') || c == QChar(0x2018) || c == QChar(0x2019) || c == QChar(0x201A)
           || c == QChar(0x201B);
}

bool isSwitchLike(const QString &name)
{
    static const QStringList names
        = {QStringLiteral("Confirm"), QStringLiteral("WhatIf"), QStringLiteral("Force"),
           QStringLiteral("Verbose"), QStringLiteral("Debug")};
    return names.contains(name, Qt::CaseInsensitive);
}

QString tr(const char *text)
{
    return QCoreApplication::translate("exchange::ScriptRenderer", text);
}

} // namespace

QString ScriptRenderer::quote(const QString &text)
{
    QString out;
    out.reserve(text.size() + 2);
    out += QLatin1Char('\'');
    for (const QChar c : text) {
        out += c;
        if (isQuoteChar(c))
            out += c;
    }
    out += QLatin1Char('\'');
    return out;
}

QString ScriptRenderer::value(const PsValue &v)
{
    switch (v.type()) {
    case PsValue::Type::Nil:
        return QStringLiteral("$null");
    case PsValue::Type::Bool:
        return v.toBool() ? QStringLiteral("$true") : QStringLiteral("$false");
    case PsValue::Type::Int8:
    case PsValue::Type::Int16:
    case PsValue::Type::Int32:
    case PsValue::Type::Int64:
    case PsValue::Type::UInt8:
    case PsValue::Type::UInt16:
    case PsValue::Type::UInt32:
    case PsValue::Type::UInt64:
    case PsValue::Type::Float:
    case PsValue::Type::Double:
        return v.toString();
    case PsValue::Type::Object: {
        const PsObject &o = *v.obj();
        if (o.collection != PsObject::Collection::None
            && o.collection != PsObject::Collection::Dictionary) {
            if (o.items.isEmpty())
                return QStringLiteral("@()");
            QStringList parts;
            for (const PsValue &item : o.items)
                parts << value(item);
            return parts.join(QLatin1Char(','));
        }
        return quote(v.toString());
    }
    default:
        return quote(v.toString());
    }
}

QString ScriptRenderer::command(const Command &c)
{
    QString line = c.name;
    for (const CommandParameter &p : c.parameters) {
        line += QLatin1Char(' ');
        if (p.kind == CommandParameter::Kind::Switch) {
            line += QLatin1Char('-') + p.name;
            if (!p.value.toBool())
                line += QStringLiteral(":$false");
            continue;
        }
        if (p.name.isEmpty()) {
            line += value(p.value);
        } else if (p.value.type() == PsValue::Type::Bool && isSwitchLike(p.name)) {
            line += QLatin1Char('-') + p.name + QLatin1Char(':') + value(p.value);
        } else {
            line += QLatin1Char('-') + p.name + QLatin1Char(' ') + value(p.value);
        }
    }
    return line;
}

QString ScriptRenderer::comment(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        const auto cat = c.category();
        if (cat == QChar::Other_Control || cat == QChar::Separator_Line
            || cat == QChar::Separator_Paragraph)
            out += QLatin1Char(' ');
        else
            out += c;
    }
    // "#>" cannot end a single-line comment, but keep block-comment markers harmless anyway.
    return out.replace(QLatin1String("<#"), QLatin1String("< #"));
}

QString ScriptRenderer::plan(const Plan &p, const QString &serverLabel)
{
    QStringList lines;
    lines << QStringLiteral("# ")
                 + comment(
                     tr("SecureStore journaling setup%1 — run in the Exchange Management Shell.")
                         .arg(serverLabel.isEmpty() ? QString()
                                                    : QStringLiteral(" (%1)").arg(serverLabel)));
    lines << QStringLiteral("# ")
                 + comment(
                     tr("Generated %1. Each step is followed by the command that reads it back.")
                         .arg(QDateTime::currentDateTimeUtc().toString(Qt::ISODate)));
    for (const ValidationIssue &issue : p.issues)
        lines << QStringLiteral("# ")
                     + comment(tr("Invalid input (%1): %2").arg(issue.field, issue.message));
    for (const QString &role : p.missingRoles)
        lines << QStringLiteral("# ") + comment(tr("Missing management role: %1").arg(role));
    int n = 0;
    for (const PlannedStep &step : p.steps) {
        ++n;
        lines << QString();
        lines
            << QStringLiteral("# ")
                   + comment(
                       tr("Step %1: %2 — %3").arg(n).arg(step.title, stepActionName(step.action)));
        if (!step.found.isEmpty())
            lines << QStringLiteral("# ") + comment(tr("Found: %1").arg(step.found));
        if (!step.intent.isEmpty())
            lines << QStringLiteral("# ") + comment(step.intent);
        if (step.action == StepAction::Conflict) {
            lines << QStringLiteral("# ") + comment(tr("Conflict: %1").arg(step.conflict));
            lines << QStringLiteral("# ") + comment(tr("To resolve: %1").arg(step.resolution));
        }
        for (const QString &w : step.warnings)
            lines << QStringLiteral("# ") + comment(tr("Warning: %1").arg(w));
        if (step.action != StepAction::Create && step.action != StepAction::Update)
            continue;
        for (const Command &c : step.changes)
            lines << command(c);
        for (const Command &c : step.readBack)
            lines << command(c);
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

} // namespace exchange
