#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace cli {

// The subcommands of securestore-setup, in the order `--help` lists them. Adding one: a row
// in Subcommand.cpp and its handling in CliRun; parsing, help and "did you mean" follow.
struct Subcommand
{
    QString name;
    const char *summary = nullptr; // QT_TRANSLATE_NOOP("cli::Subcommand", ...)
    bool readsSettings = false;    // needs the journaling settings (flags or --answers)
    bool changesExchange = false;  // may change the organisation (asks unless --yes)

    QString translatedSummary() const;

    static const QList<Subcommand> &all();
    static const Subcommand *find(const QString &name); // nullptr when unknown
    static QStringList names();
};

} // namespace cli
