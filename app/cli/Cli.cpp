#include "Cli.h"

#include "CliOptions.h"
#include "CliRun.h"
#include "StdinLine.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

namespace cli {

bool isSubcommand(const QString &arg)
{
    static const QStringList names
        = {QStringLiteral("plan"), QStringLiteral("apply"),         QStringLiteral("verify"),
           QStringLiteral("undo"), QStringLiteral("export-script"), QStringLiteral("diagnose"),
           QStringLiteral("check")};
    return names.contains(arg);
}

int run(const QStringList &args)
{
    QTextStream err(stderr);
    auto parsed = CliOptions::parse(args);
    if (!parsed) {
        err << "securestore-setup: " << parsed.error().message << "\n\n" << CliOptions::usage();
        return 2;
    }
    CliOptions options = std::move(parsed.value());
    if (options.help) {
        QTextStream(stdout) << CliOptions::usage();
        return 0;
    }
    const QStringList problems = options.offlineProblems();
    if (!problems.isEmpty()) {
        for (const QString &p : problems)
            err << "invalid: " << p << '\n';
        err << QCoreApplication::translate(
            "cli", "Nothing was sent to Exchange. Correct the settings and run again.\n");
        return 2;
    }
    QString password;
    if (options.passwordStdin) {
        password = readStdinLine();
        if (password.isEmpty()) {
            err << QCoreApplication::translate(
                "cli", "securestore-setup: --password-stdin read an empty password.\n");
            return 2;
        }
    }

    Q_ASSERT(QCoreApplication::instance()); // main() creates the application first
    CliRun runner(std::move(options), password);
    password.fill(QLatin1Char('\0'));
    QObject::connect(
        &runner, &CliRun::done, QCoreApplication::instance(),
        [](int code) { QCoreApplication::exit(code); }, Qt::QueuedConnection);
    QMetaObject::invokeMethod(&runner, &CliRun::start, Qt::QueuedConnection);
    QCoreApplication::exec();
    return runner.exitCode();
}

} // namespace cli
