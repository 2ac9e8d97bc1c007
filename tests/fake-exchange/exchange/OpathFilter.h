#pragma once

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace fake {

// An Exchange OPATH filter string as Get-Queue / Get-Message take it (HEALTH.md 1.1):
// "Prop -op value [-and Prop -op value]...", operators -eq -ne -gt -ge -lt -le -like -notlike,
// values 'quoted', "quoted" or bare; case-insensitive; numbers compare as numbers.
class OpathFilter
{
public:
    // properties: the filterable names (any case). nullopt with *error when not valid.
    static std::optional<OpathFilter> parse(const QString &text, const QStringList &properties,
                                            QString *error);
    // values: property name (lower case) -> its text.
    bool matches(const QMap<QString, QString> &values) const;
    // PowerShell -like: "*" any run, "?" one character, case-insensitive, whole text.
    static bool wildcardMatch(const QString &pattern, const QString &text);

private:
    struct Clause
    {
        QString property; // lower case
        QString op;       // eq, ne, ...
        QString value;
    };
    QList<Clause> m_clauses;
};

} // namespace fake
