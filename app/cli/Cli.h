#pragma once

#include <QStringList>

namespace cli {

// Subcommands of securestore-setup (see Subcommand); the GUI runs when none is given.
bool isSubcommand(const QString &arg);

// Which face runs (main() has taken --lang out of `args`): true for the command line — a
// command (known or misspelt), an empty argument, --help or --version anywhere — and
// false for the wizard (no arguments, or only the wizard's options).
bool isCommandLine(const QStringList &args);

// Empty when the wizard can start with `args`; otherwise why not (an unknown argument, no
// display, a build without the wizard), for stderr. Needs no application object.
QString wizardUnavailable(const QStringList &args, bool wizardBuilt);

// Runs the command line; needs a QCoreApplication (never a QGuiApplication). For wizard
// arguments it prints why the wizard could not start. Returns the process exit code: 0 done /
// nothing to change / help, 1 failed, 2 bad usage or invalid input, 3 conflict,
// 130 interrupted.
int run(const QStringList &args, bool wizardBuilt = true);

} // namespace cli
