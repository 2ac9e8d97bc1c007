#pragma once

#include <QStringList>

namespace cli {

// Subcommands of securestore-setup; the GUI runs when none is given.
bool isSubcommand(const QString &arg);
// Runs one subcommand (args[0] is the subcommand); needs a QCoreApplication. Returns the process
// exit code: 0 done / nothing to change, 1 failed, 2 bad usage or invalid input, 3 conflict.
int run(const QStringList &args);

} // namespace cli
