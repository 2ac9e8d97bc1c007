// securestore-setup: the wizard by default, the engine's CLI when a subcommand is given.
//   securestore-setup [--lang xx] [--server URL] [--trust-fingerprint HEX]   the wizard
//   securestore-setup [--lang xx] <subcommand> [options]                      the CLI (app/cli)
#include "Cli.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QStringList>

#include <cstdio>

#ifdef SECURESTORE_HAVE_GUI
#include "AppIcon.h"
#include "Localisation.h"
#include "SetupController.h"
#include "SetupWizard.h"
#include <QApplication>
#include <QWizard>
#endif

#ifdef Q_OS_WIN
#include "WindowsConsole.h"
#endif

#ifndef SECURESTORE_VERSION_STRING
#define SECURESTORE_VERSION_STRING "0.0.0"
#endif

namespace {

// Removes "--name value" (or "--name=value") from args and returns the value.
QString takeOption(QStringList &args, const QString &name)
{
    for (int i = 0; i < args.size(); ++i) {
        if (args.at(i) == name && i + 1 < args.size()) {
            const QString value = args.at(i + 1);
            args.remove(i, 2);
            return value;
        }
        if (args.at(i).startsWith(name + QLatin1Char('='))) {
            const QString value = args.at(i).mid(name.size() + 1);
            args.removeAt(i);
            return value;
        }
    }
    return {};
}

void setIdentity()
{
    QCoreApplication::setApplicationName(QStringLiteral("securestore-setup"));
    QCoreApplication::setOrganizationName(QStringLiteral("SecureStore"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SECURESTORE_VERSION_STRING));
}

} // namespace

int main(int argc, char **argv)
{
    QStringList args;
    for (int i = 1; i < argc; ++i)
        args.append(QString::fromLocal8Bit(argv[i]));
    const QString language = takeOption(args, QStringLiteral("--lang"));
    // The per-run log file keeps the detail; the terminal shows warnings only, unless the
    // user asks for more with QT_LOGGING_RULES (e.g. "securestore.*.debug=true").
    if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES"))
        QLoggingCategory::setFilterRules(
            QStringLiteral("securestore.*.debug=false\nsecurestore.*.info=false"));

    if (!args.isEmpty() && cli::isSubcommand(args.first())) {
#ifdef Q_OS_WIN
        windowsconsole::prepareForCli();
#endif
        QCoreApplication app(argc, argv);
        setIdentity();
#ifdef SECURESTORE_HAVE_GUI
        wizard::Localisation::install(language);
#endif
        return cli::run(args);
    }
#ifdef SECURESTORE_HAVE_GUI
    QApplication app(argc, argv);
    setIdentity();
    QApplication::setWindowIcon(wizard::appIcon(QStringLiteral("securestore")));
    wizard::Localisation::install(language);

    const QString server = takeOption(args, QStringLiteral("--server"));
    const QString fingerprint = takeOption(args, QStringLiteral("--trust-fingerprint"));
    if (!args.isEmpty()) {
        std::fprintf(stderr, "%s\n",
                     qPrintable(QCoreApplication::translate(
                                    "main", "Unknown argument \"%1\". Use --server URL, "
                                            "--trust-fingerprint HEX, --lang xx, or a subcommand "
                                            "(plan, apply, verify, undo, export-script, diagnose).")
                                    .arg(args.first())));
        return 2;
    }

    wizard::SetupWizard wizard;
    wizard::SetupController *controller = wizard.controller();
    if (!server.isEmpty()) {
        controller->setServer(server);
        controller->loadRemembered();
    }
    if (!fingerprint.isEmpty() && !controller->setTrustedFingerprint(fingerprint)) {
        std::fprintf(stderr, "%s\n",
                     qPrintable(QCoreApplication::translate(
                         "main", "--trust-fingerprint needs --server and a SHA-256 fingerprint "
                                 "(64 hexadecimal digits, colons allowed).")));
        return 2;
    }
    // Finish or Cancel: delete the remote shell before the process ends (bounded wait).
    QApplication::setQuitOnLastWindowClosed(false);
    QObject::connect(&wizard, &QWizard::finished, &app,
                     [controller] { controller->shutdown([] { QCoreApplication::quit(); }); });
    wizard.show();
    return app.exec();
#else
    return cli::run(args);
#endif
}
