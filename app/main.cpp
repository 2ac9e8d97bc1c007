// securestore-setup: the wizard by default, the engine's CLI when a subcommand is given.
#include "Cli.h"

#include <QCoreApplication>
#include <QStringList>

#ifdef SECURESTORE_HAVE_GUI
#include <QApplication>
#include "SetupWizard.h"
#endif

int main(int argc, char **argv)
{
    QStringList args;
    for (int i = 1; i < argc; ++i)
        args.append(QString::fromLocal8Bit(argv[i]));

    if (!args.isEmpty() && cli::isSubcommand(args.first())) {
        QCoreApplication app(argc, argv);
        QCoreApplication::setApplicationName(QStringLiteral("securestore-setup"));
        QCoreApplication::setOrganizationName(QStringLiteral("SecureStore"));
        return cli::run(args);
    }
#ifdef SECURESTORE_HAVE_GUI
    QApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("securestore-setup"));
    QCoreApplication::setOrganizationName(QStringLiteral("SecureStore"));
    wizard::SetupWizard wizard;
    wizard.show();
    return app.exec();
#else
    return cli::run(args);
#endif
}
