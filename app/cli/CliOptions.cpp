#include "CliOptions.h"

#include "AnswersFile.h"
#include "ClosestMatch.h"
#include "SettingsValidator.h"
#include "Subcommand.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>
#include <QUrl>

namespace cli {

using remoting::Error;

namespace {

// For the free functions of this file: lupdate files their tr() calls under the enclosing
// namespace's context, "cli", so they are looked up there. CliOptions's members use CliOptions::tr,
// in "cli::CliOptions".
QString tr(const char *text)
{
    return QCoreApplication::translate("cli", text);
}

Error usageError(const QString &message)
{
    return Error::make(Error::Kind::Usage, message);
}

// Every option of every subcommand, in the order --help lists them. `value` is empty for a
// flag. "lang" is taken out by main() before parsing; it is here for --help and so that a
// leftover one is not reported as unknown.
struct OptionSpec
{
    const char *name;
    const char *value;
    const char *description;
};

const OptionSpec kOptions[] = {
    {"server", "URL",
     QT_TRANSLATE_NOOP("cli::CliOptions",
                       "the Exchange server, e.g. http://ex01.contoso.com/PowerShell")},
    {"auth", "kerberos|ntlm|basic",
     QT_TRANSLATE_NOOP("cli::CliOptions", "how to sign in (default kerberos: your ticket)")},
    {"user", "NAME",
     QT_TRANSLATE_NOOP("cli::CliOptions", "sign in as NAME (with --password-stdin)")},
    {"password-stdin", "",
     QT_TRANSLATE_NOOP("cli::CliOptions",
                       "read the password from the first line of standard input")},
    {"trust-fingerprint", "HEX",
     QT_TRANSLATE_NOOP("cli::CliOptions",
                       "accept exactly this server certificate (SHA-256, colons allowed)")},
    {"journal-address", "ADDR",
     QT_TRANSLATE_NOOP("cli::CliOptions", "the journaling address from the Mailprotector Console")},
    {"ndr-mailbox", "ADDR",
     QT_TRANSLATE_NOOP("cli::CliOptions", "the mailbox for undeliverable journal reports")},
    {"rule-name", "NAME", QT_TRANSLATE_NOOP("cli::CliOptions", "the journal rule's name")},
    {"remote-domain-name", "NAME",
     QT_TRANSLATE_NOOP("cli::CliOptions", "the remote domain's name (winmail.dat protection)")},
    {"no-remote-domain", "", QT_TRANSLATE_NOOP("cli::CliOptions", "do not add a remote domain")},
    {"smarthost", "HOST",
     QT_TRANSLATE_NOOP("cli::CliOptions",
                       "add a send connector to this smart host (only when given)")},
    {"source-servers", "A,B",
     QT_TRANSLATE_NOOP("cli::CliOptions", "the connector's source transport servers")},
    {"answers", "FILE.json",
     QT_TRANSLATE_NOOP("cli::CliOptions", "the same settings as a file (flags override it)")},
    {"journal", "FILE",
     QT_TRANSLATE_NOOP("cli::CliOptions",
                       "(undo) the change journal to roll back; default: the latest")},
    {"timeout", "SECONDS",
     QT_TRANSLATE_NOOP("cli::CliOptions",
                       "each request's deadline: give up on one not fully answered after "
                       "SECONDS (default 120); apply then stops its changes after the step in "
                       "flight and reads that step back")},
    {"since", "TIME",
     QT_TRANSLATE_NOOP("cli::CliOptions", "(check) ISO 8601 time, or a duration ago (2h, 1d)")},
    {"wait", "DURATION",
     QT_TRANSLATE_NOOP("cli::CliOptions", "(check) wait this long for a journal report (90s, 5m)")},
    {"json", "", QT_TRANSLATE_NOOP("cli::CliOptions", "machine-readable result on stdout")},
    {"stats", "",
     QT_TRANSLATE_NOOP("cli::CliOptions",
                       "print requests, bytes and elapsed time on stderr at the end")},
    {"yes", "", QT_TRANSLATE_NOOP("cli::CliOptions", "apply or undo without asking")},
    {"lang", "xx", QT_TRANSLATE_NOOP("cli::CliOptions", "language: de, es or en")},
};

QString dashed(const QString &name)
{
    return (name.size() == 1 ? QStringLiteral("-") : QStringLiteral("--")) + name;
}

QString optionLines()
{
    QString out;
    auto line = [&out](const QString &left, const QString &text) {
        out += QStringLiteral("  ") + left.leftJustified(30) + QLatin1Char(' ') + text
               + QLatin1Char('\n');
    };
    for (const OptionSpec &o : kOptions) {
        QString left = dashed(QLatin1String(o.name));
        if (*o.value)
            left += QLatin1Char(' ') + QLatin1String(o.value);
        line(left, QCoreApplication::translate("cli::CliOptions", o.description));
    }
    line(QStringLiteral("-h, --help"), tr("this help (after a command: that command's help)"));
    line(QStringLiteral("--version"), tr("print the version"));
    return out;
}

// A server URL never carries credentials: refused, and never echoed with them.
QString withoutUserInfo(const QString &url)
{
    static const QRegularExpression userInfo(QStringLiteral("//[^/?#]*@"));
    QString out = url;
    out.replace(userInfo, QStringLiteral("//"));
    return out;
}

remoting::Expected<QByteArray> parseFingerprint(const QString &value)
{
    QString hex = value;
    hex.remove(QLatin1Char(':')).remove(QLatin1Char(' '));
    if (hex.startsWith(QLatin1String("sha256/"), Qt::CaseInsensitive))
        hex = hex.mid(7);
    static const QRegularExpression hexOnly(QStringLiteral("^[0-9A-Fa-f]{64}$"));
    if (!hexOnly.match(hex).hasMatch())
        return usageError(tr("--trust-fingerprint needs the certificate's SHA-256 fingerprint: 64 "
                             "hex digits (colons allowed)."));
    return QByteArray::fromHex(hex.toLatin1());
}

remoting::Expected<remoting::AuthMethod> parseAuth(const QString &value)
{
    const QString a = value.toLower();
    if (a == QLatin1String("kerberos"))
        return remoting::AuthMethod::Kerberos;
    if (a == QLatin1String("ntlm"))
        return remoting::AuthMethod::Ntlm;
    if (a == QLatin1String("basic"))
        return remoting::AuthMethod::Basic;
    return usageError(tr("--auth must be kerberos, ntlm or basic, not \"%1\".").arg(value));
}

} // namespace

QStringList CliOptions::optionNames()
{
    QStringList names;
    for (const OptionSpec &o : kOptions)
        names << QLatin1String(o.name);
    names << QStringLiteral("help") << QStringLiteral("version");
    return names;
}

QString CliOptions::usage(const QString &subcommand)
{
    QString out;
    const Subcommand *sub = Subcommand::find(subcommand);
    if (sub) {
        out += tr("Usage: securestore-setup %1 [options]").arg(sub->name) + QLatin1Char('\n');
        out += QStringLiteral("  ") + sub->translatedSummary() + QStringLiteral("\n\n");
    } else {
        out += tr("Usage: securestore-setup <command> [options]") + QLatin1Char('\n');
        out += tr("       securestore-setup [--server URL] [--trust-fingerprint HEX] [--lang xx]   "
                  "(the wizard)")
               + QStringLiteral("\n\n");
        out += tr("Commands:") + QLatin1Char('\n');
        for (const Subcommand &s : Subcommand::all())
            out += QStringLiteral("  ") + s.name.leftJustified(15) + s.translatedSummary()
                   + QLatin1Char('\n');
        out += QLatin1Char('\n');
    }
    out += tr("Options:") + QLatin1Char('\n') + optionLines() + QLatin1Char('\n');
    out += tr("Exit codes: 0 done or nothing to change; 1 failed; 2 bad usage or invalid input "
              "(nothing was sent); 3 a conflict that needs a decision; 4 (check) not yet proven; "
              "130 interrupted (Ctrl-C: "
              "stops after the step in flight; a second Ctrl-C aborts at once).")
           + QLatin1Char('\n');
    return out;
}

remoting::Expected<CliOptions> CliOptions::parse(const QStringList &args)
{
    CliOptions o;
    if (args.isEmpty())
        return usageError(tr("No command given."));
    o.subcommand = args.first();
    if (!Subcommand::find(o.subcommand))
        return usageError(tr("Unknown command \"%1\".").arg(o.subcommand));

    // Before the parser sees them, so that no message ever repeats a password.
    for (int i = 1; i < args.size(); ++i) {
        const QString &arg = args.at(i);
        if (arg.startsWith(QLatin1String("--pass")) && arg != QLatin1String("--password-stdin"))
            return usageError(
                tr("Passwords are never accepted on the command line; use --user NAME "
                   "--password-stdin and pipe the password in."));
    }

    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    QList<QCommandLineOption> specs;
    for (const OptionSpec &spec : kOptions) {
        if (*spec.value)
            specs.append(
                QCommandLineOption(QLatin1String(spec.name), QString(), QLatin1String(spec.value)));
        else
            specs.append(QCommandLineOption(QLatin1String(spec.name)));
    }
    const QCommandLineOption helpOption(
        QStringList{QStringLiteral("h"), QStringLiteral("help"), QStringLiteral("?")});
    const QCommandLineOption versionOption(QStringLiteral("version"));
    parser.addOptions(specs);
    parser.addOption(helpOption);
    parser.addOption(versionOption);

    if (!parser.parse(QStringList{QStringLiteral("securestore-setup")} + args)) {
        const QStringList unknown = parser.unknownOptionNames();
        if (!unknown.isEmpty()) {
            const QString near = ClosestMatch::in(unknown.first(), optionNames());
            if (!near.isEmpty())
                return usageError(tr("Unknown option \"%1\"; did you mean \"%2\"?")
                                      .arg(dashed(unknown.first()), dashed(near)));
            return usageError(tr("Unknown option \"%1\". See securestore-setup %2 --help.")
                                  .arg(dashed(unknown.first()), o.subcommand));
        }
        return usageError(parser.errorText());
    }
    if (parser.isSet(helpOption)) {
        o.help = true;
        return o;
    }
    if (parser.isSet(versionOption)) {
        o.version = true;
        return o;
    }
    const QStringList positional = parser.positionalArguments().mid(1);
    if (!positional.isEmpty()) {
        if (positional.first().isEmpty())
            return usageError(tr("An empty argument was given after \"%1\". Remove it, or give "
                                 "the option before it a value.")
                                  .arg(o.subcommand));
        return usageError(tr("Unexpected argument \"%1\": %2 takes only options (--name value).")
                              .arg(withoutUserInfo(positional.first()), o.subcommand));
    }

    // One value per option: a second one would silently win or lose.
    QHash<QString, QString> value;
    for (int i = 0; i < specs.size(); ++i) {
        const QString name = specs.at(i).names().first();
        if (!*kOptions[i].value)
            continue;
        const QStringList values = parser.values(specs.at(i));
        if (values.size() > 1)
            return usageError(
                tr("--%1 was given %2 times; give it once.").arg(name).arg(values.size()));
        if (!values.isEmpty())
            value.insert(name, values.first());
    }
    auto has = [&](const char *name) { return value.contains(QLatin1String(name)); };
    auto get = [&](const char *name) { return value.value(QLatin1String(name)); };
    auto flag = [&](const char *name) { return parser.isSet(QLatin1String(name)); };

    // The answers file first: flags override it.
    if (has("answers")) {
        o.answersFile = get("answers");
        auto answers = AnswersFile::read(o.answersFile);
        if (!answers)
            return answers.error();
        const QJsonObject &json = answers.value();
        o.settings = exchange::JournalingSettings::fromJson(json);
        o.server = json.value(QLatin1String("server")).toString();
        o.user = json.value(QLatin1String("user")).toString();
        if (json.contains(QLatin1String("auth"))) {
            auto auth = parseAuth(json.value(QLatin1String("auth")).toString());
            if (!auth)
                return auth.error();
            o.auth = auth.value();
        }
    }

    if (has("server"))
        o.server = get("server");
    if (has("auth")) {
        auto auth = parseAuth(get("auth"));
        if (!auth)
            return auth.error();
        o.auth = auth.value();
    }
    if (has("user"))
        o.user = get("user");
    o.passwordStdin = flag("password-stdin");
    if (has("trust-fingerprint")) {
        auto fingerprint = parseFingerprint(get("trust-fingerprint"));
        if (!fingerprint)
            return fingerprint.error();
        o.trustFingerprint = fingerprint.value();
    }
    if (has("journal-address"))
        o.settings.journalAddress = get("journal-address");
    if (has("ndr-mailbox"))
        o.settings.ndrMailbox = get("ndr-mailbox");
    if (has("rule-name"))
        o.settings.ruleName = get("rule-name");
    if (has("remote-domain-name")) {
        o.settings.remoteDomainName = get("remote-domain-name");
        o.settings.remoteDomainEnabled = true;
    }
    if (flag("no-remote-domain"))
        o.settings.remoteDomainEnabled = false;
    if (has("smarthost")) {
        o.settings.smartHost = get("smarthost");
        o.settings.connectorEnabled = true;
    }
    if (has("source-servers")) {
        o.settings.sourceServers.clear();
        for (const QString &s : get("source-servers").split(QLatin1Char(','), Qt::SkipEmptyParts))
            o.settings.sourceServers << s.trimmed();
    }
    if (has("journal"))
        o.journalFile = get("journal");
    if (has("timeout")) {
        bool ok = false;
        const int seconds = get("timeout").trimmed().toInt(&ok);
        if (!ok || seconds < 1 || seconds > kMaxTimeoutSeconds)
            return usageError(tr("--timeout needs a whole number of seconds from 1 to %1, not "
                                 "\"%2\".")
                                  .arg(kMaxTimeoutSeconds)
                                  .arg(get("timeout")));
        o.timeoutSeconds = seconds;
    }
    if (has("wait")) {
        o.waitMs = parseDurationMs(get("wait"));
        if (o.waitMs < 0)
            return usageError(
                tr("--wait needs a duration such as 90s, 5m or 1h, not \"%1\".").arg(get("wait")));
    }
    if (has("since")) {
        const QString v = get("since").trimmed();
        QDateTime t = QDateTime::fromString(v, Qt::ISODateWithMs);
        if (!t.isValid())
            t = QDateTime::fromString(v, Qt::ISODate);
        const qint64 ago = t.isValid() ? -1 : parseDurationMs(v);
        if (!t.isValid() && ago < 0)
            return usageError(tr("--since needs an ISO 8601 time such as "
                                 "2026-11-30T07:00:00Z or a duration ago such as 2h, not "
                                 "\"%1\".")
                                  .arg(get("since")));
        o.since = t.isValid() ? t.toUTC() : QDateTime::currentDateTimeUtc().addMSecs(-ago);
    }
    o.json = flag("json");
    o.stats = flag("stats");
    o.yes = flag("yes");

    if (has("remote-domain-name") && flag("no-remote-domain"))
        return usageError(tr("Use either --remote-domain-name or --no-remote-domain, not both."));
    if (!o.settings.sourceServers.isEmpty() && !o.settings.connectorEnabled)
        return usageError(tr("--source-servers needs --smarthost (the connector is only created "
                             "when a smart host is given)."));
    if (o.passwordStdin && o.user.isEmpty())
        return usageError(tr("--password-stdin needs --user NAME."));
    if ((o.since.isValid() || o.waitMs > 0) && o.subcommand != QLatin1String("check"))
        return usageError(tr("--since and --wait are only for check."));
    if (!o.journalFile.isEmpty() && o.subcommand != QLatin1String("undo"))
        return usageError(tr("--journal is only for undo."));
    if (o.server.isEmpty())
        return usageError(
            tr("--server URL is required, e.g. --server http://ex01.contoso.com/PowerShell"));
    const QUrl url(o.server, QUrl::StrictMode);
    if (url.isValid() && (!url.userName().isEmpty() || !url.password().isEmpty()))
        return usageError(tr("The server URL must not contain a user name or password (%1). "
                             "Use --user NAME --password-stdin and pipe the password in.")
                              .arg(withoutUserInfo(o.server)));
    if (!url.isValid() || url.host().isEmpty()
        || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https")))
        return usageError(tr("--server needs an http:// or https:// URL such as "
                             "http://ex01.contoso.com/PowerShell, "
                             "not \"%1\".")
                              .arg(withoutUserInfo(o.server)));
    if (o.auth == remoting::AuthMethod::Basic && url.scheme() != QLatin1String("https"))
        return usageError(
            tr("Basic authentication sends the password in clear text; use an https:// URL or "
               "--auth kerberos/ntlm."));
    if (o.auth == remoting::AuthMethod::Basic && o.user.isEmpty())
        return usageError(tr("--auth basic needs --user NAME --password-stdin."));
    if (o.auth == remoting::AuthMethod::Basic && !o.passwordStdin)
        return usageError(tr("No password was given: --auth basic needs the password on standard "
                             "input with --password-stdin (e.g. echo \"$PW\" | securestore-setup "
                             "%1 … --user %2 --password-stdin).")
                              .arg(o.subcommand, o.user));
    return o;
}

bool CliOptions::needsSettings() const
{
    const Subcommand *sub = Subcommand::find(subcommand);
    return sub && sub->readsSettings;
}

qint64 CliOptions::parseDurationMs(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("^\\s*(\\d{1,7})\\s*(ms|s|m|h|d)?\\s*$"),
                                       QRegularExpression::CaseInsensitiveOption);
    const auto m = re.match(text);
    if (!m.hasMatch())
        return -1;
    const qint64 n = m.captured(1).toLongLong();
    const QString unit = m.captured(2).toLower();
    if (unit == QLatin1String("ms"))
        return n;
    if (unit == QLatin1String("m"))
        return n * 60 * 1000;
    if (unit == QLatin1String("h"))
        return n * 3600 * 1000;
    if (unit == QLatin1String("d"))
        return n * 24 * 3600 * 1000;
    return n * 1000;
}

QStringList CliOptions::offlineProblems() const
{
    QStringList out;
    if (subcommand == QLatin1String("check")) {
        // The journaling address may come from the rule; when given, it must be an address.
        for (const exchange::ValidationIssue &issue :
             exchange::SettingsValidator::validate(settings, nullptr))
            if (!settings.journalAddress.trimmed().isEmpty()
                && issue.field == QLatin1String("journalAddress"))
                out << issue.message;
        return out;
    }
    if (!needsSettings())
        return out;
    for (const exchange::ValidationIssue &issue :
         exchange::SettingsValidator::validate(settings, nullptr))
        out << issue.message;
    return out;
}

remoting::SessionOptions CliOptions::sessionOptions(const QString &password) const
{
    remoting::SessionOptions s;
    s.endpoint = QUrl(server);
    s.auth = auth;
    s.userName = user;
    s.password = password;
    s.pinnedSha256 = trustFingerprint;
    // --timeout is every request's total deadline in the session (a trickling answer does
    // not extend it; the WS-Man OperationTimeout is lowered to fit). CliRun watches the
    // command in flight and, after --timeout, reports it by name, the step unconfirmed and
    // the undo command; the session's deadline follows a moment later (kDeadlineGraceMs), so
    // that report comes first, and it also ends what CliRun does not watch (deleting the
    // shell, the check's reads). During apply's changes CliRun then stops the pipeline; the
    // stop signal waits for the Receive on the connection, which the server ends within the
    // OperationTimeout: kept short (kMaxOperationTimeoutSeconds) so the stop goes out in time.
    s.readTimeoutMs = timeoutSeconds * 1000;
    s.requestTimeoutMs = timeoutSeconds * 1000 + kDeadlineGraceMs;
    s.operationTimeoutSeconds = kMaxOperationTimeoutSeconds;
    return s;
}

} // namespace cli
