// securestore-setup: the wizard by default, the engine's CLI when a command is given.
//   securestore-setup [--lang xx] [--server URL] [--trust-fingerprint HEX]   the wizard
//   securestore-setup [--lang xx] <command> [options]                         the CLI (app/cli)
// The command line (and --help, --version, any mistake, a missing display) runs on a
// QCoreApplication and never needs a display; only the wizard creates a QApplication.
#include "Cli.h"
#include "WizardArguments.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QStringList>

#include <cstdio>

#ifdef SECURESTORE_HAVE_GUI
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

#ifdef SECURESTORE_HAVE_GUI
constexpr bool kWizardBuilt = true;
#else
constexpr bool kWizardBuilt = false;
#endif

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

void installTranslations(const QString &language)
{
#ifdef SECURESTORE_HAVE_GUI
    wizard::Localisation::install(language);
#else
    Q_UNUSED(language);
#endif
}

#ifdef SECURESTORE_HAVE_GUI
int runWizard(QApplication &app, const cli::WizardArguments &arguments)
{
    wizard::SetupWizard wizard;
    // The wizard's own icon (decoded once) also for any window without a parent.
    QApplication::setWindowIcon(wizard.windowIcon());
    wizard::SetupController *controller = wizard.controller();
    // What was remembered for the server (settings, a keychain password) is read when the
    // Connect page is first shown, not at start-up.
    if (!arguments.server.isEmpty())
        controller->setServer(arguments.server);
    if (!arguments.fingerprint.isEmpty()
        && !controller->setTrustedFingerprint(arguments.fingerprint)) {
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
}
#endif

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

    // The one decision: the command line, or the wizard when it can start.
    if (cli::isCommandLine(args) || !cli::wizardUnavailable(args, kWizardBuilt).isEmpty()) {
#ifdef Q_OS_WIN
        windowsconsole::prepareForCli();
#endif
        QCoreApplication app(argc, argv);
        setIdentity();
        installTranslations(language);
        return cli::run(args, kWizardBuilt);
    }
#ifdef SECURESTORE_HAVE_GUI
    QApplication app(argc, argv);
    setIdentity();
    installTranslations(language);
    return runWizard(app, cli::WizardArguments::parse(args).value());
#else
    return 2; // not reached: without the wizard every invocation is the command line's
#endif
}
