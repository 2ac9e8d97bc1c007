#include "CliOptions.h"

#include "Cli.h"
#include "SettingsValidator.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QUrl>

namespace cli {

using remoting::Error;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cli::CliOptions", text);
}

Error usageError(const QString &message)
{
    return Error::make(Error::Kind::Usage, message);
}

} // namespace

QString CliOptions::usage()
{
    return tr(
        "Usage: securestore-setup plan|apply|verify|undo|export-script|diagnose|check [options]\n"
        "  --server URL              e.g. http://ex01.contoso.com/PowerShell\n"
        "  --auth kerberos|ntlm|basic   (default kerberos)\n"
        "  --user NAME --password-stdin   explicit credentials (else the current user/ccache)\n"
        "  --trust-fingerprint HEX   accept exactly this server certificate\n"
        "  --journal-address ADDR  --ndr-mailbox ADDR  --rule-name NAME\n"
        "  --remote-domain-name NAME | --no-remote-domain\n"
        "  --smarthost HOST [--source-servers A,B]   (connector only when given)\n"
        "  --answers FILE.json       the same settings as a file (flags override it)\n"
        "  --journal FILE            (undo) the change journal to roll back; default: latest\n"
        "  --json                    machine-readable result on stdout\n"
        "  --stats                   one line on stderr: stats: requests=N sent=BYTES "
        "received=BYTES elapsed_ms=MS\n"
        "  --yes                     apply without asking\n"
        "  --since TIME              (check) ISO 8601 time, or a duration ago (2h, 1d)\n"
        "  --wait DURATION           (check) wait this long for a journal report (90s, 5m)\n"
        "Exit codes: 0 done or nothing to change; 1 failed; 2 bad usage or invalid input; 3 a "
        "conflict "
        "that needs a decision; 4 (check) not yet proven.\n");
}

remoting::Expected<CliOptions> CliOptions::parse(const QStringList &args)
{
    CliOptions o;
    if (args.isEmpty())
        return usageError(tr("No subcommand given."));
    o.subcommand = args.first();
    if (!isSubcommand(o.subcommand))
        return usageError(tr("Unknown subcommand \"%1\".").arg(o.subcommand));

    static const QStringList withValue = {QStringLiteral("--server"),
                                          QStringLiteral("--auth"),
                                          QStringLiteral("--user"),
                                          QStringLiteral("--trust-fingerprint"),
                                          QStringLiteral("--journal-address"),
                                          QStringLiteral("--ndr-mailbox"),
                                          QStringLiteral("--rule-name"),
                                          QStringLiteral("--remote-domain-name"),
                                          QStringLiteral("--smarthost"),
                                          QStringLiteral("--source-servers"),
                                          QStringLiteral("--answers"),
                                          QStringLiteral("--journal"),
                                          QStringLiteral("--since"),
                                          QStringLiteral("--wait")};
    static const QStringList flags = {QStringLiteral("--password-stdin"),
                                      QStringLiteral("--no-remote-domain"),
                                      QStringLiteral("--json"),
                                      QStringLiteral("--stats"),
                                      QStringLiteral("--yes"),
                                      QStringLiteral("--help"),
                                      QStringLiteral("-h")};

    QList<std::pair<QString, QString>> values;
    for (int i = 1; i < args.size(); ++i) {
        QString arg = args.at(i);
        QString value;
        bool hasInline = false;
        if (arg.startsWith(QLatin1String("--")) && arg.contains(QLatin1Char('='))) {
            value = arg.mid(arg.indexOf(QLatin1Char('=')) + 1);
            arg = arg.left(arg.indexOf(QLatin1Char('=')));
            hasInline = true;
        }
        if (arg == QLatin1String("--password") || arg.startsWith(QLatin1String("--pass"))) {
            if (arg != QLatin1String("--password-stdin") || hasInline)
                return usageError(
                    tr("Passwords are never accepted on the command line; use --user NAME "
                       "--password-stdin and pipe the password in."));
        }
        if (flags.contains(arg)) {
            if (hasInline)
                return usageError(tr("%1 takes no value.").arg(arg));
            values.append({arg, QString()});
            continue;
        }
        if (withValue.contains(arg)) {
            if (!hasInline) {
                if (i + 1 >= args.size())
                    return usageError(tr("%1 needs a value.").arg(arg));
                value = args.at(++i);
            }
            values.append({arg, value});
            continue;
        }
        return usageError(tr("Unknown option \"%1\".").arg(args.at(i)));
    }

    // The answers file first: flags override it.
    for (const auto &kv : values)
        if (kv.first == QLatin1String("--answers"))
            o.answersFile = kv.second;
    if (!o.answersFile.isEmpty()) {
        QFile f(o.answersFile);
        if (!f.open(QIODevice::ReadOnly))
            return usageError(
                tr("Cannot read the answers file %1: %2").arg(o.answersFile, f.errorString()));
        QJsonParseError err;
        const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &err);
        if (!doc.isObject())
            return usageError(tr("The answers file %1 is not a JSON object: %2")
                                  .arg(o.answersFile, err.errorString()));
        const QJsonObject json = doc.object();
        if (json.contains(QLatin1String("password")))
            return usageError(
                tr("The answers file must not contain a password; use --password-stdin."));
        o.settings = exchange::JournalingSettings::fromJson(json);
        o.server = json.value(QLatin1String("server")).toString();
        o.user = json.value(QLatin1String("user")).toString();
        const QString auth = json.value(QLatin1String("auth")).toString();
        if (!auth.isEmpty())
            values.prepend({QStringLiteral("--auth"), auth});
    }

    bool remoteDomainName = false;
    bool noRemoteDomain = false;
    for (const auto &kv : values) {
        const QString &k = kv.first;
        const QString &v = kv.second;
        if (k == QLatin1String("--server")) {
            o.server = v;
        } else if (k == QLatin1String("--auth")) {
            const QString a = v.toLower();
            if (a == QLatin1String("kerberos"))
                o.auth = remoting::AuthMethod::Kerberos;
            else if (a == QLatin1String("ntlm"))
                o.auth = remoting::AuthMethod::Ntlm;
            else if (a == QLatin1String("basic"))
                o.auth = remoting::AuthMethod::Basic;
            else
                return usageError(tr("--auth must be kerberos, ntlm or basic, not \"%1\".").arg(v));
        } else if (k == QLatin1String("--user")) {
            o.user = v;
        } else if (k == QLatin1String("--password-stdin")) {
            o.passwordStdin = true;
        } else if (k == QLatin1String("--trust-fingerprint")) {
            QString hex = v;
            hex.remove(QLatin1Char(':')).remove(QLatin1Char(' '));
            if (hex.startsWith(QLatin1String("sha256/"), Qt::CaseInsensitive))
                hex = hex.mid(7);
            const QByteArray raw = QByteArray::fromHex(hex.toLatin1());
            static const QRegularExpression hexOnly(QStringLiteral("^[0-9A-Fa-f]{64}$"));
            if (!hexOnly.match(hex).hasMatch() || raw.size() != 32)
                return usageError(
                    tr("--trust-fingerprint needs the certificate's SHA-256 fingerprint: 64 hex "
                       "digits (colons allowed)."));
            o.trustFingerprint = raw;
        } else if (k == QLatin1String("--journal-address")) {
            o.settings.journalAddress = v;
        } else if (k == QLatin1String("--ndr-mailbox")) {
            o.settings.ndrMailbox = v;
        } else if (k == QLatin1String("--rule-name")) {
            o.settings.ruleName = v;
        } else if (k == QLatin1String("--remote-domain-name")) {
            o.settings.remoteDomainName = v;
            o.settings.remoteDomainEnabled = true;
            remoteDomainName = true;
        } else if (k == QLatin1String("--no-remote-domain")) {
            o.settings.remoteDomainEnabled = false;
            noRemoteDomain = true;
        } else if (k == QLatin1String("--smarthost")) {
            o.settings.smartHost = v;
            o.settings.connectorEnabled = true;
        } else if (k == QLatin1String("--source-servers")) {
            o.settings.sourceServers.clear();
            for (const QString &s : v.split(QLatin1Char(','), Qt::SkipEmptyParts))
                o.settings.sourceServers << s.trimmed();
        } else if (k == QLatin1String("--journal")) {
            o.journalFile = v;
        } else if (k == QLatin1String("--wait")) {
            o.waitMs = parseDurationMs(v);
            if (o.waitMs < 0)
                return usageError(
                    tr("--wait needs a duration such as 90s, 5m or 1h, not \"%1\".").arg(v));
        } else if (k == QLatin1String("--since")) {
            QDateTime t = QDateTime::fromString(v.trimmed(), Qt::ISODateWithMs);
            if (!t.isValid())
                t = QDateTime::fromString(v.trimmed(), Qt::ISODate);
            const qint64 ago = t.isValid() ? -1 : parseDurationMs(v);
            if (!t.isValid() && ago < 0)
                return usageError(tr("--since needs an ISO 8601 time such as "
                                     "2026-11-30T07:00:00Z or a duration ago such as 2h, not "
                                     "\"%1\".")
                                      .arg(v));
            o.since = t.isValid() ? t.toUTC() : QDateTime::currentDateTimeUtc().addMSecs(-ago);
        } else if (k == QLatin1String("--json")) {
            o.json = true;
        } else if (k == QLatin1String("--stats")) {
            o.stats = true;
        } else if (k == QLatin1String("--yes")) {
            o.yes = true;
        } else if (k == QLatin1String("--help") || k == QLatin1String("-h")) {
            o.help = true;
        }
    }
    if (o.help)
        return o;
    if (remoteDomainName && noRemoteDomain)
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
    if (!url.isValid() || url.host().isEmpty()
        || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https")))
        return usageError(tr("--server needs an http:// or https:// URL such as "
                             "http://ex01.contoso.com/PowerShell, "
                             "not \"%1\".")
                              .arg(o.server));
    if (o.auth == remoting::AuthMethod::Basic && url.scheme() != QLatin1String("https"))
        return usageError(
            tr("Basic authentication sends the password in clear text; use an https:// URL or "
               "--auth kerberos/ntlm."));
    return o;
}

bool CliOptions::needsSettings() const
{
    return subcommand == QLatin1String("plan") || subcommand == QLatin1String("apply")
           || subcommand == QLatin1String("verify") || subcommand == QLatin1String("export-script");
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
    return s;
}

} // namespace cli
