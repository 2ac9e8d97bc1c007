#include "Cli.h"

#include "CliOptions.h"
#include "CliRun.h"
#include "ClosestMatch.h"
#include "GuiDisplay.h"
#include "InterruptHandler.h"
#include "StdinLine.h"
#include "Subcommand.h"
#include "WizardArguments.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QTextStream>

#include <cstdio>

namespace cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cli", text);
}

bool isHelp(const QString &arg)
{
    return arg == QLatin1String("--help") || arg == QLatin1String("-h")
           || arg == QLatin1String("-?") || arg == QLatin1String("-help");
}

bool isVersion(const QString &arg)
{
    return arg == QLatin1String("--version") || arg == QLatin1String("-v")
           || arg == QLatin1String("-version");
}

// The first argument is not a command and no help or version was asked for.
int explainNoCommand(const QStringList &args, bool wizardBuilt)
{
    QTextStream err(stderr);
    const QString first = args.value(0);
    if (args.isEmpty() && !wizardBuilt) {
        err << tr("securestore-setup: no command given and this build has no wizard.") << "\n\n"
            << CliOptions::usage();
        return 2;
    }
    if (!args.isEmpty() && first.isEmpty()) {
        err << tr("securestore-setup: an empty argument was given where a command was expected. "
                  "Commands: %1.")
                   .arg(Subcommand::names().join(QStringLiteral(", ")))
            << '\n';
        return 2;
    }
    if (!args.isEmpty() && !first.startsWith(QLatin1Char('-'))) {
        const QString near = ClosestMatch::in(first, Subcommand::names());
        if (!near.isEmpty())
            err << tr("securestore-setup: unknown command '%1' — did you mean '%2'?")
                       .arg(first, near)
                << '\n';
        else
            err << tr("securestore-setup: unknown command '%1'. Commands: %2; see "
                      "securestore-setup --help.")
                       .arg(first, Subcommand::names().join(QStringLiteral(", ")))
                << '\n';
        return 2;
    }
    const QString why = wizardUnavailable(args, wizardBuilt);
    err << "securestore-setup: "
        << (why.isEmpty() ? tr("\"%1\" is not a command; see securestore-setup --help.").arg(first)
                          : why)
        << '\n';
    return 2;
}

} // namespace

bool isSubcommand(const QString &arg)
{
    return Subcommand::find(arg) != nullptr;
}

bool isCommandLine(const QStringList &args)
{
    if (args.isEmpty())
        return false;
    if (!args.first().startsWith(QLatin1Char('-')))
        return true; // a command, a misspelt one, or an empty argument
    for (const QString &arg : args)
        if (isHelp(arg) || isVersion(arg))
            return true;
    return false;
}

QString wizardUnavailable(const QStringList &args, bool wizardBuilt)
{
    if (!wizardBuilt)
        return tr("This build has no wizard; use a command (%1). See securestore-setup --help.")
            .arg(Subcommand::names().join(QStringLiteral(", ")));
    const auto parsed = WizardArguments::parse(args);
    if (!parsed)
        return parsed.error().message;
    if (!GuiDisplay::available())
        return tr("The wizard cannot open a window: %1. Use the command line instead, e.g. "
                  "securestore-setup plan --server URL … (securestore-setup --help lists the "
                  "commands), or run the wizard in a desktop session.")
            .arg(GuiDisplay::whyUnavailable());
    return {};
}

int run(const QStringList &args, bool wizardBuilt)
{
    QTextStream err(stderr);
    QTextStream out(stdout);
    const QString first = args.value(0);
    if (!isSubcommand(first)) {
        if (first.startsWith(QLatin1Char('-'))) {
            for (const QString &arg : args) {
                if (isHelp(arg)) {
                    out << CliOptions::usage();
                    return 0;
                }
                if (isVersion(arg)) {
                    out << "securestore-setup " << QCoreApplication::applicationVersion() << '\n';
                    return 0;
                }
            }
        }
        return explainNoCommand(args, wizardBuilt);
    }

    auto parsed = CliOptions::parse(args);
    if (!parsed) {
        err << "securestore-setup: " << parsed.error().message << '\n'
            << tr("See securestore-setup %1 --help.").arg(first) << '\n';
        return 2;
    }
    CliOptions options = std::move(parsed.value());
    if (options.help) {
        out << CliOptions::usage(options.subcommand);
        return 0;
    }
    if (options.version) {
        out << "securestore-setup " << QCoreApplication::applicationVersion() << '\n';
        return 0;
    }
    const QStringList problems = options.offlineProblems();
    if (!problems.isEmpty()) {
        for (const QString &p : problems)
            err << "invalid: " << p << '\n';
        err << tr("Nothing was sent to Exchange. Correct the settings and run again.\n");
        return 2;
    }

    Q_ASSERT(QCoreApplication::instance()); // main() creates the application first
    // Every failure is reported once, as a result ("error: …"); the libraries' warnings
    // would repeat it on the terminal. QT_LOGGING_RULES brings them back.
    if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES"))
        QLoggingCategory::setFilterRules(QStringLiteral(
            "securestore.*.debug=false\nsecurestore.*.info=false\nsecurestore.*.warning=false"));
    // From here on Ctrl-C (SIGINT/SIGTERM, console close) is reported, not fatal.
    InterruptHandler interrupts;
    QString password;
    if (options.passwordStdin) {
        bool tooLong = false;
        password = readStdinLine(CliOptions::kMaxPasswordLength, &tooLong);
        if (InterruptHandler::count() > 0) {
            err << tr("Interrupted before connecting; nothing was sent.") << '\n';
            return 130;
        }
        if (tooLong) {
            err << tr("securestore-setup: the password on standard input is longer than %1 "
                      "characters; nothing was sent. Check what is piped in (one line: the "
                      "password).")
                       .arg(CliOptions::kMaxPasswordLength)
                << '\n';
            return 2;
        }
        if (password.isEmpty()) {
            err << tr("securestore-setup: --password-stdin read an empty password; nothing was "
                      "sent.")
                << '\n';
            return 2;
        }
    }

    CliRun runner(std::move(options), password);
    password.fill(QLatin1Char('\0'));
    QObject::connect(&interrupts, &InterruptHandler::interrupted, &runner, &CliRun::interrupt);
    QObject::connect(
        &runner, &CliRun::done, QCoreApplication::instance(),
        [](int code) { QCoreApplication::exit(code); }, Qt::QueuedConnection);
    QMetaObject::invokeMethod(&runner, &CliRun::start, Qt::QueuedConnection);
    QCoreApplication::exec();
    return runner.exitCode();
}

} // namespace cli
