#include "Cli.h"

#include <QTextStream>

namespace cli {

bool isSubcommand(const QString &arg)
{
    static const QStringList names = {QStringLiteral("plan"), QStringLiteral("apply"),
                                      QStringLiteral("verify"), QStringLiteral("undo"),
                                      QStringLiteral("export-script"), QStringLiteral("diagnose")};
    return names.contains(arg);
}

int run(const QStringList &args)
{
    // Replaced by the engine's CLI (issue 4).
    QTextStream(stderr) << "securestore-setup: '" << args.value(0) << "' is not available in this build yet\n";
    return 2;
}

} // namespace cli
