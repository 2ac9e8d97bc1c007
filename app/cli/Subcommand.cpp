#include "Subcommand.h"

#include <QCoreApplication>

namespace cli {

const QList<Subcommand> &Subcommand::all()
{
    static const QList<Subcommand> table = {
        {QStringLiteral("plan"),
         QT_TRANSLATE_NOOP("cli::Subcommand",
                           "read the configuration and show what apply would change"),
         true, false},
        {QStringLiteral("apply"),
         QT_TRANSLATE_NOOP("cli::Subcommand",
                           "make the changes, read each one back, write a change journal"),
         true, true},
        {QStringLiteral("verify"),
         QT_TRANSLATE_NOOP("cli::Subcommand", "exit 0 when the live configuration matches"), true,
         false},
        {QStringLiteral("undo"),
         QT_TRANSLATE_NOOP("cli::Subcommand", "roll back the changes of a change journal"), false,
         true},
        {QStringLiteral("export-script"),
         QT_TRANSLATE_NOOP("cli::Subcommand", "print the PowerShell that apply would run"), true,
         false},
        {QStringLiteral("diagnose"),
         QT_TRANSLATE_NOOP("cli::Subcommand",
                           "show versions, management roles and the round-trip time"),
         false, false},
        {QStringLiteral("check"),
         QT_TRANSLATE_NOOP("cli::Subcommand",
                           "check that journal reports reach the archive (read-only; exit 4: "
                           "not yet proven)"),
         false, false},
    };
    return table;
}

QString Subcommand::translatedSummary() const
{
    return QCoreApplication::translate("cli::Subcommand", summary);
}

const Subcommand *Subcommand::find(const QString &name)
{
    for (const Subcommand &s : all())
        if (s.name == name)
            return &s;
    return nullptr;
}

QStringList Subcommand::names()
{
    QStringList out;
    for (const Subcommand &s : all())
        out << s.name;
    return out;
}

} // namespace cli
