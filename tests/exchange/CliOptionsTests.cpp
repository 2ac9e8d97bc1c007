// Command-line parsing: exactly issue 4's options; passwords never on the command line.
#include "CliOptions.h"

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
         << QStringLiteral("--json") << QStringLiteral("--stats") << QStringLiteral("--yes");
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
    EXPECT_TRUE(o->offlineProblems().isEmpty());
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
