#include "WizardArguments.h"

#include "ClosestMatch.h"
#include "Subcommand.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QUrl>

namespace cli {

using remoting::Error;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cli::WizardArguments", text);
}

Error usageError(const QString &message)
{
    return Error::make(Error::Kind::Usage, message);
}

} // namespace

remoting::Expected<WizardArguments> WizardArguments::parse(const QStringList &args)
{
    for (const QString &arg : args)
        if (arg.startsWith(QLatin1String("--pass")))
            return usageError(tr("Passwords are never accepted on the command line."));
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption server(QStringLiteral("server"), QString(), QStringLiteral("URL"));
    const QCommandLineOption fingerprint(QStringLiteral("trust-fingerprint"), QString(),
                                         QStringLiteral("HEX"));
    parser.addOption(server);
    parser.addOption(fingerprint);
    const QString hint = tr("The wizard takes --server URL, --trust-fingerprint HEX and --lang "
                            "xx; the command line starts with a command (%1); see "
                            "securestore-setup --help.")
                             .arg(Subcommand::names().join(QStringLiteral(", ")));
    if (!parser.parse(QStringList{QStringLiteral("securestore-setup")} + args)) {
        const QStringList unknown = parser.unknownOptionNames();
        if (unknown.isEmpty())
            return usageError(parser.errorText() + QLatin1Char(' ') + hint);
        const QString near = ClosestMatch::in(
            unknown.first(),
            {QStringLiteral("server"), QStringLiteral("trust-fingerprint"), QStringLiteral("lang"),
             QStringLiteral("help"), QStringLiteral("version")});
        if (!near.isEmpty())
            return usageError(
                tr("Unknown option \"--%1\"; did you mean \"--%2\"?").arg(unknown.first(), near));
        return usageError(tr("Unknown option \"--%1\". %2").arg(unknown.first(), hint));
    }
    if (!parser.positionalArguments().isEmpty())
        return usageError(
            tr("Unexpected argument \"%1\". %2").arg(parser.positionalArguments().first(), hint));
    for (const QCommandLineOption &o : {server, fingerprint})
        if (parser.values(o).size() > 1)
            return usageError(tr("--%1 was given %2 times; give it once.")
                                  .arg(o.names().first())
                                  .arg(parser.values(o).size()));
    WizardArguments w;
    w.server = parser.value(server);
    w.fingerprint = parser.value(fingerprint);
    const QUrl url(w.server);
    if (!w.server.isEmpty() && (!url.userName().isEmpty() || !url.password().isEmpty()))
        return usageError(tr("The server address must not contain a user name or password; the "
                             "wizard asks for them."));
    return w;
}

} // namespace cli
