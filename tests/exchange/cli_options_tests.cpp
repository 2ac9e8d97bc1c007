// Command-line parsing (QCommandLineParser underneath): issue 4's options, strict --answers
// files, no credentials on the command line or in the URL, "did you mean" for typos.
#include "AnswersFile.h"
#include "CliOptions.h"
#include "ClosestMatch.h"
#include "GuiDisplay.h"
#include "Subcommand.h"
#include "WizardArguments.h"

#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using cli::CliOptions;

namespace {
QStringList base(const QString &sub)
{
    return {sub, QStringLiteral("--server"), QStringLiteral("https://ex01.contoso.com/PowerShell")};
}
} // namespace

TEST(CliOptions, ParsesEveryOption)
{
    QStringList args = base(QStringLiteral("apply"));
    args << QStringLiteral("--auth") << QStringLiteral("basic") << QStringLiteral("--user")
         << QStringLiteral("admin") << QStringLiteral("--password-stdin")
         << QStringLiteral("--trust-fingerprint")
         << QString(QStringLiteral("AB:")).repeated(31) + QStringLiteral("AB")
         << QStringLiteral("--journal-address") << QStringLiteral("c@archive.example")
         << QStringLiteral("--ndr-mailbox=ndr@contoso.com") << QStringLiteral("--rule-name")
         << QStringLiteral("R") << QStringLiteral("--remote-domain-name") << QStringLiteral("RD")
         << QStringLiteral("--smarthost") << QStringLiteral("smtp.example")
         << QStringLiteral("--source-servers") << QStringLiteral("EX01,EX02")
         << QStringLiteral("--json") << QStringLiteral("--stats") << QStringLiteral("--yes")
         << QStringLiteral("--timeout=30");
    auto o = CliOptions::parse(args);
    ASSERT_TRUE(o.ok()) << o.error().message.toStdString();
    EXPECT_EQ(o->auth, remoting::AuthMethod::Basic);
    EXPECT_EQ(o->user, QStringLiteral("admin"));
    EXPECT_TRUE(o->passwordStdin);
    EXPECT_EQ(o->trustFingerprint.size(), 32);
    EXPECT_EQ(o->settings.journalAddress, QStringLiteral("c@archive.example"));
    EXPECT_EQ(o->settings.ndrMailbox, QStringLiteral("ndr@contoso.com"));
    EXPECT_EQ(o->settings.ruleName, QStringLiteral("R"));
    EXPECT_EQ(o->settings.remoteDomainName, QStringLiteral("RD"));
    EXPECT_TRUE(o->settings.connectorEnabled);
    EXPECT_EQ(o->settings.sourceServers,
              (QStringList{QStringLiteral("EX01"), QStringLiteral("EX02")}));
    EXPECT_TRUE(o->json && o->stats && o->yes);
    EXPECT_EQ(o->timeoutSeconds, 30);
    // --timeout is each request's total deadline in the session too, not only the CLI's
    // watch (a moment later, so that the CLI's report of the command comes first).
    const remoting::SessionOptions session = o->sessionOptions(QStringLiteral("pw"));
    EXPECT_EQ(session.readTimeoutMs, 30000);
    EXPECT_EQ(session.requestTimeoutMs, 30000 + CliOptions::kDeadlineGraceMs);
    EXPECT_EQ(session.effectiveRequestTimeoutMs(), 31000);
    // The server's long poll is short, so that a stop signal after --timeout (which waits for
    // the Receive in progress) goes out well within the stop's bound.
    EXPECT_EQ(session.effectiveOperationTimeoutSeconds(), CliOptions::kMaxOperationTimeoutSeconds);
    EXPECT_LE(2 * CliOptions::kMaxOperationTimeoutSeconds, CliOptions::kMaxStopSeconds);
    EXPECT_EQ(o->stopSeconds(), CliOptions::kMaxStopSeconds); // the smaller of 10 s and --timeout
    EXPECT_TRUE(o->offlineProblems().isEmpty());

    auto defaults = CliOptions::parse(base(QStringLiteral("plan")));
    ASSERT_TRUE(defaults.ok());
    EXPECT_EQ(defaults->timeoutSeconds, CliOptions::kDefaultTimeoutSeconds);
    EXPECT_EQ(defaults->sessionOptions(QString()).requestTimeoutMs,
              CliOptions::kDefaultTimeoutSeconds * 1000 + CliOptions::kDeadlineGraceMs);
    EXPECT_EQ(defaults->auth, remoting::AuthMethod::Kerberos);
    EXPECT_TRUE(defaults->settings.remoteDomainEnabled);
    EXPECT_FALSE(defaults->settings.connectorEnabled);
}

TEST(CliOptions, UsageErrors)
{
    auto bad = [](QStringList args) { return !CliOptions::parse(args).ok(); };
    EXPECT_TRUE(bad({QStringLiteral("plan")})); // no server
    EXPECT_TRUE(bad(base(QStringLiteral("plan"))
                    << QStringLiteral("--password") << QStringLiteral("secret")));
    EXPECT_TRUE(bad(base(QStringLiteral("plan")) << QStringLiteral("--password=secret")));
    EXPECT_TRUE(
        bad(base(QStringLiteral("plan")) << QStringLiteral("--password-stdin"))); // needs --user
    EXPECT_TRUE(
        bad(base(QStringLiteral("plan")) << QStringLiteral("--auth") << QStringLiteral("digest")));
    EXPECT_TRUE(bad(base(QStringLiteral("plan")) << QStringLiteral("--bogus")));
    EXPECT_TRUE(bad(base(QStringLiteral("plan"))
                    << QStringLiteral("--trust-fingerprint") << QStringLiteral("abcd")));
    EXPECT_TRUE(bad(base(QStringLiteral("plan"))
                    << QStringLiteral("--no-remote-domain")
                    << QStringLiteral("--remote-domain-name") << QStringLiteral("x")));
    EXPECT_TRUE(bad(base(QStringLiteral("plan"))
                    << QStringLiteral("--source-servers") << QStringLiteral("EX01")));
    EXPECT_TRUE(bad(base(QStringLiteral("plan"))
                    << QStringLiteral("--journal") << QStringLiteral("j.json")));
    EXPECT_TRUE(bad(
        {QStringLiteral("plan"), QStringLiteral("--server"), QStringLiteral("ex01.contoso.com")}));
    EXPECT_TRUE(bad({QStringLiteral("plan"), QStringLiteral("--server"),
                     QStringLiteral("http://ex01/PowerShell"), QStringLiteral("--auth"),
                     QStringLiteral("basic")})); // Basic over http
    EXPECT_TRUE(
        bad(base(QStringLiteral("plan")) << QStringLiteral("--rule-name"))); // missing value
}

TEST(CliOptions, AnswersFileThenFlagsOverride)
{
    QTemporaryDir dir;
    QFile f(dir.filePath(QStringLiteral("answers.json")));
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(R"({"server":"https://ex01.contoso.com/PowerShell","journalAddress":"a@archive.example",
               "ndrMailbox":"ndr@contoso.com","ruleName":"From file","smartHost":"smtp.example"})");
    f.close();
    auto o = CliOptions::parse({QStringLiteral("plan"), QStringLiteral("--answers"), f.fileName(),
                                QStringLiteral("--rule-name"), QStringLiteral("From flag")});
    ASSERT_TRUE(o.ok()) << o.error().message.toStdString();
    EXPECT_EQ(o->server, QStringLiteral("https://ex01.contoso.com/PowerShell"));
    EXPECT_EQ(o->settings.ruleName, QStringLiteral("From flag"));
    EXPECT_EQ(o->settings.journalAddress, QStringLiteral("a@archive.example"));
    EXPECT_TRUE(o->settings.connectorEnabled);

    QFile p(dir.filePath(QStringLiteral("pw.json")));
    ASSERT_TRUE(p.open(QIODevice::WriteOnly));
    p.write(R"({"server":"https://ex01/PowerShell","password":"x"})");
    p.close();
    EXPECT_FALSE(
        CliOptions::parse({QStringLiteral("plan"), QStringLiteral("--answers"), p.fileName()})
            .ok());
}

TEST(CliOptions, OfflineValidationBeforeConnecting)
{
    auto o = CliOptions::parse(
        base(QStringLiteral("apply"))
        << QStringLiteral("--journal-address") << QStringLiteral("Archive <a@archive.example>")
        << QStringLiteral("--ndr-mailbox") << QStringLiteral("ndr@contoso.com"));
    ASSERT_TRUE(o.ok());
    EXPECT_EQ(o->offlineProblems().size(), 1);
    auto d = CliOptions::parse(base(QStringLiteral("diagnose")));
    ASSERT_TRUE(d.ok());
    EXPECT_TRUE(d->offlineProblems().isEmpty());
}

namespace {

// The message of a parse that must fail (empty when it unexpectedly succeeded).
QString refusal(const QStringList &args)
{
    auto o = CliOptions::parse(args);
    return o.ok() ? QString() : o.error().message;
}

QString answersError(const QByteArray &json)
{
    auto parsed = cli::AnswersFile::parse(json, QStringLiteral("answers.json"));
    EXPECT_FALSE(parsed.ok()) << json.toStdString();
    if (parsed.ok())
        return {};
    EXPECT_EQ(parsed.error().kind, remoting::Error::Kind::Usage);
    return parsed.error().message;
}

} // namespace

TEST(CliOptions, RepeatedOptionIsRefusedByName)
{
    const QString m = refusal(base(QStringLiteral("apply"))
                              << QStringLiteral("--rule-name") << QStringLiteral("A")
                              << QStringLiteral("--rule-name=B"));
    EXPECT_TRUE(m.contains(QStringLiteral("--rule-name"))) << m.toStdString();
    EXPECT_TRUE(m.contains(QStringLiteral("2 times"))) << m.toStdString();
    const QString s = refusal(base(QStringLiteral("plan"))
                              << QStringLiteral("--server") << QStringLiteral("https://b/x"));
    EXPECT_TRUE(s.contains(QStringLiteral("--server"))) << s.toStdString();
    // Flags may repeat: saying "yes" twice means yes.
    EXPECT_TRUE(CliOptions::parse(base(QStringLiteral("apply"))
                                  << QStringLiteral("--yes") << QStringLiteral("--yes"))
                    .ok());
}

TEST(CliOptions, UnknownOptionSuggestsTheClosest)
{
    const QString m = refusal(base(QStringLiteral("apply"))
                              << QStringLiteral("--smarthots") << QStringLiteral("x"));
    EXPECT_TRUE(m.contains(QStringLiteral("\"--smarthots\""))) << m.toStdString();
    EXPECT_TRUE(m.contains(QStringLiteral("did you mean \"--smarthost\""))) << m.toStdString();
    const QString far = refusal(base(QStringLiteral("apply")) << QStringLiteral("--frobnicate"));
    EXPECT_TRUE(far.contains(QStringLiteral("--frobnicate"))) << far.toStdString();
    EXPECT_FALSE(far.contains(QStringLiteral("did you mean"))) << far.toStdString();
}

TEST(CliOptions, EmptyOrStrayArgumentsAreRefused)
{
    const QString empty = refusal(base(QStringLiteral("plan")) << QString());
    EXPECT_TRUE(empty.contains(QStringLiteral("empty argument"))) << empty.toStdString();
    const QString stray = refusal(base(QStringLiteral("plan")) << QStringLiteral("extra"));
    EXPECT_TRUE(stray.contains(QStringLiteral("\"extra\""))) << stray.toStdString();
    EXPECT_FALSE(refusal({QStringLiteral("appply")}).isEmpty());
}

TEST(CliOptions, HelpAndVersionNeedNothingElse)
{
    auto help = CliOptions::parse({QStringLiteral("apply"), QStringLiteral("--help")});
    ASSERT_TRUE(help.ok());
    EXPECT_TRUE(help->help);
    auto h = CliOptions::parse({QStringLiteral("undo"), QStringLiteral("-h")});
    ASSERT_TRUE(h.ok());
    EXPECT_TRUE(h->help);
    auto version = CliOptions::parse({QStringLiteral("plan"), QStringLiteral("--version")});
    ASSERT_TRUE(version.ok());
    EXPECT_TRUE(version->version);

    const QString all = CliOptions::usage();
    for (const QString &name : cli::Subcommand::names())
        EXPECT_TRUE(all.contains(QStringLiteral("  ") + name)) << name.toStdString();
    for (const QString &option : CliOptions::optionNames())
        EXPECT_TRUE(all.contains(QStringLiteral("--") + option)) << option.toStdString();
    EXPECT_TRUE(all.contains(QStringLiteral("130")));
    const QString apply = CliOptions::usage(QStringLiteral("apply"));
    EXPECT_TRUE(apply.startsWith(QStringLiteral("Usage: securestore-setup apply [options]")));
    EXPECT_TRUE(apply.contains(QStringLiteral("--timeout SECONDS")));
    EXPECT_TRUE(apply.contains(QStringLiteral("each request's deadline"))) << apply.toStdString();
}

TEST(CliOptions, TimeoutMustBeWholeSecondsInRange)
{
    for (const char *bad : {"0", "-5", "abc", "1.5", "86401", ""}) {
        const QString m = refusal(base(QStringLiteral("plan"))
                                  << QStringLiteral("--timeout") << QLatin1String(bad));
        EXPECT_TRUE(m.contains(QStringLiteral("--timeout"))) << bad << ": " << m.toStdString();
    }
    auto ok = CliOptions::parse(base(QStringLiteral("plan"))
                                << QStringLiteral("--timeout") << QStringLiteral("86400"));
    ASSERT_TRUE(ok.ok());
    EXPECT_EQ(ok->timeoutSeconds, 86400);
    EXPECT_EQ(ok->sessionOptions(QString()).effectiveRequestTimeoutMs(), 86400 * 1000 + 1000);
    auto shortest = CliOptions::parse(base(QStringLiteral("plan"))
                                      << QStringLiteral("--timeout") << QStringLiteral("1"));
    ASSERT_TRUE(shortest.ok());
    EXPECT_EQ(shortest->sessionOptions(QString()).effectiveRequestTimeoutMs(), 2000);
    EXPECT_EQ(shortest->sessionOptions(QString()).effectiveOperationTimeoutSeconds(), 1);
    EXPECT_EQ(shortest->stopSeconds(), 1);
}

TEST(CliOptions, CredentialsRules)
{
    // Basic with a user but no --password-stdin: no empty password is ever sent.
    const QString noPassword = refusal(base(QStringLiteral("plan"))
                                       << QStringLiteral("--auth") << QStringLiteral("basic")
                                       << QStringLiteral("--user") << QStringLiteral("admin"));
    EXPECT_TRUE(noPassword.contains(QStringLiteral("No password was given")))
        << noPassword.toStdString();
    EXPECT_TRUE(noPassword.contains(QStringLiteral("--password-stdin")));
    const QString noUser = refusal(base(QStringLiteral("plan"))
                                   << QStringLiteral("--auth") << QStringLiteral("basic"));
    EXPECT_TRUE(noUser.contains(QStringLiteral("--user"))) << noUser.toStdString();
    // Kerberos with a named user and no password uses that user's ticket: allowed.
    EXPECT_TRUE(CliOptions::parse(base(QStringLiteral("plan"))
                                  << QStringLiteral("--user") << QStringLiteral("admin"))
                    .ok());

    // Credentials in the URL are refused and never repeated.
    for (const char *url : {"https://admin:Secr3tPw@ex01.contoso.com/PowerShell",
                            "https://admin@ex01.contoso.com/PowerShell",
                            "https://admin:Secr3tPw@ex01 bad/PowerShell"}) {
        const QString m
            = refusal({QStringLiteral("plan"), QStringLiteral("--server"), QLatin1String(url)});
        EXPECT_FALSE(m.isEmpty()) << url;
        EXPECT_FALSE(m.contains(QStringLiteral("Secr3tPw"))) << m.toStdString();
        EXPECT_FALSE(m.contains(QStringLiteral("admin"))) << m.toStdString();
    }
    const QString inUrl = refusal({QStringLiteral("plan"), QStringLiteral("--server"),
                                   QStringLiteral("https://admin:Secr3tPw@ex01/PowerShell")});
    EXPECT_TRUE(inUrl.contains(QStringLiteral("must not contain a user name or password")))
        << inUrl.toStdString();
    // No option that looks like a password is ever echoed.
    for (const char *arg :
         {"--password=Secr3tPw", "--passwd=Secr3tPw", "--password-stdin=Secr3tPw"}) {
        const QString m = refusal(base(QStringLiteral("plan")) << QLatin1String(arg));
        EXPECT_TRUE(m.contains(QStringLiteral("never accepted"))) << arg;
        EXPECT_FALSE(m.contains(QStringLiteral("Secr3tPw"))) << arg;
    }
    EXPECT_EQ(CliOptions::kMaxPasswordLength, 1024);
}

TEST(AnswersFile, UnknownKeySuggestsTheClosestKnownKey)
{
    const QString m = answersError(R"({"journalAdress": "a@archive.example"})");
    EXPECT_TRUE(m.contains(QStringLiteral("\"journalAdress\""))) << m.toStdString();
    EXPECT_TRUE(m.contains(QStringLiteral("did you mean \"journalAddress\""))) << m.toStdString();
    const QString far = answersError(R"({"colour": "blue"})");
    EXPECT_TRUE(far.contains(QStringLiteral("Known keys:"))) << far.toStdString();
    EXPECT_TRUE(far.contains(QStringLiteral("ndrMailbox"))) << far.toStdString();
}

TEST(AnswersFile, WrongTypesNameKeyExpectedTypeAndFix)
{
    const QString quotedFalse = answersError(R"({"remoteDomain": "false"})");
    EXPECT_TRUE(quotedFalse.contains(QStringLiteral("\"remoteDomain\"")))
        << quotedFalse.toStdString();
    EXPECT_TRUE(quotedFalse.contains(QStringLiteral("true or false"))) << quotedFalse.toStdString();
    EXPECT_TRUE(quotedFalse.contains(QStringLiteral("the string \"false\"")))
        << quotedFalse.toStdString();
    EXPECT_TRUE(
        quotedFalse.contains(QStringLiteral("Write \"remoteDomain\": false without quotes")))
        << quotedFalse.toStdString();

    const QString number = answersError(R"({"journalAddress": 123})");
    EXPECT_TRUE(number.contains(QStringLiteral("\"journalAddress\""))) << number.toStdString();
    EXPECT_TRUE(number.contains(QStringLiteral("a string"))) << number.toStdString();
    EXPECT_TRUE(number.contains(QStringLiteral("the number 123"))) << number.toStdString();
    EXPECT_TRUE(number.contains(QStringLiteral("\"journalAddress\": \"123\"")))
        << number.toStdString();

    const QString list = answersError(R"({"sourceServers": "EX01"})");
    EXPECT_TRUE(list.contains(QStringLiteral("\"sourceServers\": [\"EX01\"]")))
        << list.toStdString();
    const QString element = answersError(R"({"sourceServers": ["EX01", 2]})");
    EXPECT_TRUE(element.contains(QStringLiteral("list of strings"))) << element.toStdString();
    const QString nul = answersError(R"({"ruleName": null})");
    EXPECT_TRUE(nul.contains(QStringLiteral("null"))) << nul.toStdString();
    const QString connector = answersError(R"({"connector": 1})");
    EXPECT_TRUE(connector.contains(QStringLiteral("\"connector\""))) << connector.toStdString();
    const QString auth = answersError(R"({"auth": "digest"})");
    EXPECT_TRUE(auth.contains(QStringLiteral("\"auth\""))) << auth.toStdString();
    EXPECT_TRUE(auth.contains(QStringLiteral("digest"))) << auth.toStdString();
}

TEST(AnswersFile, DuplicateKeysAreRefusedWithTheirLines)
{
    const QString m = answersError("{\n  \"ruleName\": \"A\",\n  \"ndrMailbox\": \"n@c.com\",\n"
                                   "  \"ruleName\": \"B\"\n}\n");
    EXPECT_TRUE(m.contains(QStringLiteral("\"ruleName\" twice"))) << m.toStdString();
    EXPECT_TRUE(m.contains(QStringLiteral("lines 2 and 4"))) << m.toStdString();
    // The same key spelt with an escape is the same key.
    const QString escaped = answersError(R"({"ruleName": "A", "rule\u004eame": "B"})");
    EXPECT_TRUE(escaped.contains(QStringLiteral("\"ruleName\" twice"))) << escaped.toStdString();
    // Keys inside values (strings with quotes, braces and commas) are not keys of the file.
    auto ok = cli::AnswersFile::parse(
        R"({"ruleName": "a \"ruleName\": {x, y}", "sourceServers": ["ruleName", "x,y"],
            "smartHost": "smtp.example"})",
        QStringLiteral("answers.json"));
    EXPECT_TRUE(ok.ok()) << ok.error().message.toStdString();
}

TEST(AnswersFile, TopLevelMustBeAnObjectAndParseErrorsSayWhere)
{
    const QString array = answersError(R"([{"ruleName": "A"}])");
    EXPECT_TRUE(array.contains(QStringLiteral("one JSON object"))) << array.toStdString();
    EXPECT_TRUE(array.contains(QStringLiteral("not a list"))) << array.toStdString();
    EXPECT_FALSE(array.contains(QStringLiteral("no error occurred"))) << array.toStdString();
    const QString scalar = answersError("\"just text\"");
    EXPECT_TRUE(scalar.contains(QStringLiteral("one JSON object"))) << scalar.toStdString();
    const QString broken
        = answersError("{\n  \"ruleName\": \"A\"\n  \"ndrMailbox\": \"n@c.com\"\n}");
    EXPECT_TRUE(broken.contains(QStringLiteral("line 3"))) << broken.toStdString();
    EXPECT_TRUE(broken.contains(QStringLiteral("not valid JSON"))) << broken.toStdString();
    EXPECT_FALSE(answersError("").isEmpty());
    const QString password = answersError(R"({"password": "x"})");
    EXPECT_TRUE(password.contains(QStringLiteral("--password-stdin"))) << password.toStdString();
}

TEST(AnswersFile, EveryKnownKeyParsesIntoTheOptions)
{
    QTemporaryDir dir;
    QFile f(dir.filePath(QStringLiteral("answers.json")));
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(
        R"({"server": "https://ex01.contoso.com/PowerShell", "auth": "ntlm", "user": "CONTOSO\\admin",
        "journalAddress": "a@archive.example", "ndrMailbox": "ndr@contoso.com",
        "ruleName": "R", "remoteDomain": false, "remoteDomainName": "RD", "connector": true,
        "connectorName": "C", "smartHost": "smtp.example", "sourceServers": ["EX01", "EX02"],
        "requireTls": true, "replaceExistingNdr": true})");
    f.close();
    auto o = CliOptions::parse({QStringLiteral("plan"), QStringLiteral("--answers"), f.fileName()});
    ASSERT_TRUE(o.ok()) << o.error().message.toStdString();
    EXPECT_EQ(o->auth, remoting::AuthMethod::Ntlm);
    EXPECT_EQ(o->user, QStringLiteral("CONTOSO\\admin"));
    EXPECT_FALSE(o->settings.remoteDomainEnabled);
    EXPECT_TRUE(o->settings.connectorEnabled);
    EXPECT_TRUE(o->settings.requireTls);
    EXPECT_TRUE(o->settings.replaceExistingNdr);
    EXPECT_EQ(o->settings.connectorName, QStringLiteral("C"));
    EXPECT_EQ(o->settings.sourceServers,
              (QStringList{QStringLiteral("EX01"), QStringLiteral("EX02")}));
    // Every key the settings write is a key the answers file reads.
    for (const QString &key : exchange::JournalingSettings().toJson().keys())
        EXPECT_TRUE(cli::AnswersFile::knownKeys().contains(key)) << key.toStdString();

    // The file's problems come through parse() as usage errors naming the file.
    QFile bad(dir.filePath(QStringLiteral("bad.json")));
    ASSERT_TRUE(bad.open(QIODevice::WriteOnly));
    bad.write(R"({"server": "https://ex01/PowerShell", "remoteDomain": "false"})");
    bad.close();
    const QString m
        = refusal({QStringLiteral("apply"), QStringLiteral("--answers"), bad.fileName()});
    EXPECT_TRUE(m.contains(bad.fileName())) << m.toStdString();
    EXPECT_TRUE(m.contains(QStringLiteral("remoteDomain"))) << m.toStdString();
    EXPECT_TRUE(refusal({QStringLiteral("apply"), QStringLiteral("--answers"),
                         dir.filePath(QStringLiteral("missing.json"))})
                    .contains(QStringLiteral("Cannot read")));
}

TEST(ClosestMatch, EditDistanceAndSuggestions)
{
    using cli::ClosestMatch;
    EXPECT_EQ(ClosestMatch::distance(QStringLiteral("appply"), QStringLiteral("apply")), 1);
    EXPECT_EQ(ClosestMatch::distance(QStringLiteral("plna"), QStringLiteral("plan")), 1); // swap
    EXPECT_EQ(ClosestMatch::distance(QStringLiteral("Apply"), QStringLiteral("apply")), 0);
    EXPECT_EQ(ClosestMatch::distance(QString(), QStringLiteral("undo")), 4);
    EXPECT_EQ(ClosestMatch::distance(QStringLiteral("kitten"), QStringLiteral("sitting")), 3);
    const QStringList names = cli::Subcommand::names();
    EXPECT_EQ(ClosestMatch::in(QStringLiteral("appply"), names), QStringLiteral("apply"));
    EXPECT_EQ(ClosestMatch::in(QStringLiteral("verfiy"), names), QStringLiteral("verify"));
    EXPECT_EQ(ClosestMatch::in(QStringLiteral("export"), names), QString()); // 7 edits away
    EXPECT_EQ(ClosestMatch::in(QStringLiteral("exportscript"), names),
              QStringLiteral("export-script"));
    EXPECT_EQ(ClosestMatch::in(QStringLiteral("xyzzy"), names), QString());
    EXPECT_EQ(ClosestMatch::in(QString(), names), QString());
}

TEST(WizardArguments, PrefillOptionsAndMistakes)
{
    auto w = cli::WizardArguments::parse({QStringLiteral("--server"), QStringLiteral("ex01"),
                                          QStringLiteral("--trust-fingerprint=AB")});
    ASSERT_TRUE(w.ok());
    EXPECT_EQ(w->server, QStringLiteral("ex01"));
    EXPECT_EQ(w->fingerprint, QStringLiteral("AB"));
    EXPECT_TRUE(cli::WizardArguments::parse({}).ok());
    auto typo = cli::WizardArguments::parse({QStringLiteral("--sever"), QStringLiteral("x")});
    ASSERT_FALSE(typo.ok());
    EXPECT_TRUE(typo.error().message.contains(QStringLiteral("did you mean \"--server\"")));
    auto twice = cli::WizardArguments::parse({QStringLiteral("--server"), QStringLiteral("a"),
                                              QStringLiteral("--server"), QStringLiteral("b")});
    ASSERT_FALSE(twice.ok());
    EXPECT_TRUE(twice.error().message.contains(QStringLiteral("--server")));
    auto stray = cli::WizardArguments::parse(
        {QStringLiteral("--server"), QStringLiteral("a"), QStringLiteral("plan")});
    ASSERT_FALSE(stray.ok());
    EXPECT_TRUE(stray.error().message.contains(QStringLiteral("starts with a command")));
    auto secret = cli::WizardArguments::parse(
        {QStringLiteral("--server"), QStringLiteral("https://admin:Secr3tPw@ex01/PowerShell")});
    ASSERT_FALSE(secret.ok());
    EXPECT_FALSE(secret.error().message.contains(QStringLiteral("Secr3tPw")));
}

#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
TEST(GuiDisplay, NeedsADisplayServerOrAPlatformThatNeedsNone)
{
    const QByteArray display = qgetenv("DISPLAY");
    const QByteArray wayland = qgetenv("WAYLAND_DISPLAY");
    const QByteArray platform = qgetenv("QT_QPA_PLATFORM");
    auto set = [](const char *name, const char *value) {
        if (value)
            qputenv(name, value);
        else
            qunsetenv(name);
    };
    struct Case
    {
        const char *display;
        const char *wayland;
        const char *platform;
        bool available;
    };
    const Case cases[] = {
        {nullptr, nullptr, nullptr, false},    {":0", nullptr, nullptr, true},
        {nullptr, "wayland-0", nullptr, true}, {nullptr, nullptr, "offscreen", true},
        {nullptr, nullptr, "xcb", false},      {":0", nullptr, "xcb", true},
        {":0", nullptr, "wayland", false},     {nullptr, nullptr, "wayland;xcb", false},
        {nullptr, "w", "wayland;xcb", true},   {nullptr, nullptr, "vnc:size=800x600", true},
    };
    for (const Case &c : cases) {
        set("DISPLAY", c.display);
        set("WAYLAND_DISPLAY", c.wayland);
        set("QT_QPA_PLATFORM", c.platform);
        EXPECT_EQ(cli::GuiDisplay::available(), c.available)
            << (c.display ? c.display : "-") << " " << (c.wayland ? c.wayland : "-") << " "
            << (c.platform ? c.platform : "-");
        if (!c.available) {
            EXPECT_FALSE(cli::GuiDisplay::whyUnavailable().isEmpty());
        }
    }
    set("DISPLAY", display.isNull() ? nullptr : display.constData());
    set("WAYLAND_DISPLAY", wayland.isNull() ? nullptr : wayland.constData());
    set("QT_QPA_PLATFORM", platform.isNull() ? nullptr : platform.constData());
}
#endif
