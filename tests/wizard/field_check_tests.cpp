// Every page's validation logic, without windows: FieldCheck, ServerAddress, the page checks.
#include "AddressSyntax.h"
#include "FieldCheck.h"
#include "JournalRulePage.h"
#include "Planner.h"
#include "RemoteDomainPage.h"
#include "ServerAddress.h"
#include "SmartHostPage.h"

#include <gtest/gtest.h>

using namespace wizard;

namespace {

QList<exchange::AcceptedDomain> contosoDomains()
{
    exchange::AcceptedDomain a;
    a.domainName = QStringLiteral("contoso.com");
    a.domainType = QStringLiteral("Authoritative");
    a.isDefault = true;
    exchange::AcceptedDomain b;
    b.domainName = QStringLiteral("*.fabrikam.com");
    return {a, b};
}

} // namespace

TEST(ServerAddressTest, BareNameBecomesExchangeEndpoint)
{
    const ServerAddress a = ServerAddress::parse(QStringLiteral("  ex01.contoso.com "));
    ASSERT_TRUE(a.isValid());
    EXPECT_EQ(a.url().toString(), QStringLiteral("http://ex01.contoso.com/PowerShell"));
    EXPECT_EQ(a.settingsKey(), QStringLiteral("ex01.contoso.com"));
}

TEST(ServerAddressTest, UrlKeptAndPortInKey)
{
    const ServerAddress a
        = ServerAddress::parse(QStringLiteral("https://EX01.contoso.com:5986/wsman"));
    ASSERT_TRUE(a.isValid());
    EXPECT_EQ(a.url().toString(), QStringLiteral("https://ex01.contoso.com:5986/wsman"));
    EXPECT_EQ(a.settingsKey(), QStringLiteral("ex01.contoso.com_5986"));
    EXPECT_EQ(ServerAddress::parse(QStringLiteral("https://127.0.0.1:4443")).url().path(),
              QStringLiteral("/PowerShell"));
    EXPECT_EQ(ServerAddress::parse(QStringLiteral("ex01:8080")).url().toString(),
              QStringLiteral("http://ex01:8080/PowerShell"));
}

TEST(ServerAddressTest, RejectsBadInput)
{
    EXPECT_TRUE(ServerAddress::parse(QString()).isEmpty());
    EXPECT_FALSE(ServerAddress::parse(QStringLiteral("ftp://ex01/x")).isValid());
    EXPECT_FALSE(ServerAddress::parse(QStringLiteral("ex 01")).isValid());
    EXPECT_FALSE(ServerAddress::parse(QStringLiteral("ex01:99999")).isValid());
    EXPECT_FALSE(ServerAddress::parse(QStringLiteral("ex01/PowerShell")).isValid());
    EXPECT_FALSE(ServerAddress::parse(QStringLiteral("-bad-.com")).error().isEmpty());
}

TEST(FieldCheckTest, SmtpSyntaxIsTheEngines)
{
    EXPECT_TRUE(
        exchange::AddressSyntax::isValidAddress(QStringLiteral("j-1a2b@archive.example.net")));
    EXPECT_TRUE(exchange::AddressSyntax::isValidAddress(QStringLiteral("o'brien+tag@contoso.com")));
    EXPECT_FALSE(
        exchange::AddressSyntax::isValidAddress(QStringLiteral("Archive <j@archive.example.net>")));
    EXPECT_FALSE(exchange::AddressSyntax::isValidAddress(QStringLiteral("j@@archive.example.net")));
    EXPECT_FALSE(exchange::AddressSyntax::isValidAddress(QStringLiteral("j@localhost")));
    EXPECT_FALSE(exchange::AddressSyntax::isValidAddress(QStringLiteral(".j@archive.example.net")));
    EXPECT_FALSE(
        exchange::AddressSyntax::isValidAddress(QStringLiteral("j..k@archive.example.net")));
    EXPECT_FALSE(exchange::AddressSyntax::isValidAddress(QString(65, QLatin1Char('a'))
                                                         + QStringLiteral("@example.net")));
    EXPECT_FALSE(exchange::AddressSyntax::isValidAddress(
        QStringLiteral("a@") + QString(320, QLatin1Char('b')) + QStringLiteral(".net")));
}

TEST(FieldCheckTest, JournalAddressNotAnAcceptedDomain)
{
    const auto domains = contosoDomains();
    EXPECT_TRUE(
        FieldCheck::journalAddress(QStringLiteral("j-1@archive.example.net"), domains).ok());
    EXPECT_FALSE(FieldCheck::journalAddress(QString(), domains).ok());
    EXPECT_FALSE(
        FieldCheck::journalAddress(QStringLiteral("<j-1@archive.example.net>"), domains).ok());
    const FieldCheck own
        = FieldCheck::journalAddress(QStringLiteral("journal@Contoso.com"), domains);
    EXPECT_FALSE(own.ok());
    EXPECT_TRUE(own.message.contains(QStringLiteral("contoso.com"), Qt::CaseInsensitive));
    EXPECT_FALSE(FieldCheck::journalAddress(QStringLiteral("j@sub.fabrikam.com"), domains).ok());
    EXPECT_FALSE(FieldCheck::journalAddress(QStringLiteral("j@fabrikam.com"), domains).ok());
    EXPECT_TRUE(FieldCheck::journalAddress(QStringLiteral("j@notcontoso.com"), domains).ok());
}

TEST(FieldCheckTest, NdrMailbox)
{
    exchange::Organisation org;
    org.acceptedDomains = contosoDomains();
    exchange::Recipient mailbox;
    mailbox.primarySmtpAddress = QStringLiteral("journal-ndr@contoso.com");
    mailbox.recipientTypeDetails = QStringLiteral("SharedMailbox");
    mailbox.found = true;
    exchange::Recipient group;
    group.primarySmtpAddress = QStringLiteral("it@contoso.com");
    group.recipientTypeDetails = QStringLiteral("MailUniversalDistributionGroup");
    group.found = true;
    org.mailboxes = {mailbox, group};
    const QString journal = QStringLiteral("j@archive.example.net");

    EXPECT_EQ(FieldCheck::ndrMailbox(QStringLiteral("Journal-NDR@contoso.com"), journal, org).level,
              FieldCheck::Level::Ok);
    EXPECT_FALSE(FieldCheck::ndrMailbox(QStringLiteral("it@contoso.com"), journal, org).ok());
    EXPECT_FALSE(
        FieldCheck::ndrMailbox(QStringLiteral("J@archive.example.net"), journal, org).ok());
    EXPECT_FALSE(
        FieldCheck::ndrMailbox(QStringLiteral("someone@elsewhere.org"), journal, org).ok());
    EXPECT_FALSE(FieldCheck::ndrMailbox(QStringLiteral("not an address"), journal, org).ok());
    EXPECT_FALSE(FieldCheck::ndrMailbox(QString(), journal, org).ok());
    // Name and type of a listed mailbox are shown.
    const FieldCheck listed
        = FieldCheck::ndrMailbox(QStringLiteral("journal-ndr@contoso.com"), journal, org);
    EXPECT_TRUE(listed.message.contains(QStringLiteral("shared mailbox")))
        << listed.message.toStdString();
    // A capped list: unknown but plausible passes with a neutral note; the review page's
    // discovery looks it up and validates it before applying.
    org.mailboxListComplete = false;
    const FieldCheck capped
        = FieldCheck::ndrMailbox(QStringLiteral("new@contoso.com"), journal, org);
    EXPECT_EQ(capped.level, FieldCheck::Level::Ok);
    EXPECT_TRUE(capped.message.contains(QStringLiteral("review page")))
        << capped.message.toStdString();
    // A complete list: not in it means no user or shared mailbox of that address.
    org.mailboxListComplete = true;
    const FieldCheck missing
        = FieldCheck::ndrMailbox(QStringLiteral("new@contoso.com"), journal, org);
    EXPECT_EQ(missing.level, FieldCheck::Level::Error);
    EXPECT_TRUE(missing.message.contains(QStringLiteral("new@contoso.com")))
        << missing.message.toStdString();
    EXPECT_EQ(FieldCheck::ndrMailbox(QStringLiteral("Journal-NDR@contoso.com"), journal, org).level,
              FieldCheck::Level::Ok);
    // Groups never pass, listed or looked up by identity, complete list or not.
    EXPECT_FALSE(FieldCheck::ndrMailbox(QStringLiteral("it@contoso.com"), journal, org).ok());
    org.mailboxListComplete = false;
    org.mailboxes = {mailbox};
    exchange::Recipient lookedUp = group;
    lookedUp.query = QStringLiteral("it@contoso.com");
    org.recipients = {lookedUp};
    EXPECT_FALSE(FieldCheck::ndrMailbox(QStringLiteral("IT@contoso.com"), journal, org).ok());
    // A mailbox found by a secondary (proxy) address of a listed mailbox
    exchange::Recipient alex;
    alex.primarySmtpAddress = QStringLiteral("alex.wilber@contoso.com");
    alex.emailAddresses
        = {QStringLiteral("alex.wilber@contoso.com"), QStringLiteral("alex@contoso.com")};
    alex.recipientTypeDetails = QStringLiteral("UserMailbox");
    alex.displayName = QStringLiteral("Alex Wilber");
    alex.found = true;
    org.mailboxes << alex;
    org.mailboxListComplete = true;
    const FieldCheck proxy
        = FieldCheck::ndrMailbox(QStringLiteral("alex@contoso.com"), journal, org);
    EXPECT_EQ(proxy.level, FieldCheck::Level::Ok);
    EXPECT_TRUE(proxy.message.contains(QStringLiteral("Alex Wilber")))
        << proxy.message.toStdString();
}

TEST(FieldCheckTest, RuleName)
{
    exchange::JournalRule same;
    same.name = QStringLiteral("Journaling to SecureStore Archive");
    same.journalEmailAddress = QStringLiteral("J@archive.example.net");
    same.scope = QStringLiteral("Internal");
    same.enabled = false;
    exchange::JournalRule other;
    other.name = QStringLiteral("Legal hold");
    other.journalEmailAddress = QStringLiteral("legal@vault.example.org");
    other.scope = QStringLiteral("Global");
    other.enabled = true;
    const QList<exchange::JournalRule> rules{same, other};
    const QString address = QStringLiteral("j@archive.example.net");

    const FieldCheck reuse
        = FieldCheck::ruleName(QStringLiteral("journaling to securestore archive"), address, rules);
    EXPECT_TRUE(reuse.ok());
    EXPECT_TRUE(reuse.message.contains(QStringLiteral("enabled")));
    EXPECT_FALSE(FieldCheck::ruleName(QStringLiteral("LEGAL HOLD"), address, rules).ok());
    EXPECT_TRUE(FieldCheck::ruleName(QStringLiteral("New rule"), address, rules).ok());
    EXPECT_FALSE(FieldCheck::ruleName(QStringLiteral("   "), address, rules).ok());
    EXPECT_FALSE(FieldCheck::ruleName(QString(65, QLatin1Char('x')), address, rules).ok());
    EXPECT_TRUE(FieldCheck::ruleName(QString(64, QLatin1Char('x')), address, rules).ok());
    EXPECT_FALSE(FieldCheck::ruleName(QStringLiteral("a\tb"), address, rules).ok());

    exchange::JournalingSettings settings;
    settings.journalAddress = address;
    settings.ruleName = QStringLiteral("New rule");
    exchange::Organisation org;
    org.journalRules = rules;
    const QStringList warnings = exchange::Planner::doubleArchivingWarnings(settings, org);
    ASSERT_EQ(warnings.size(), 1);
    EXPECT_TRUE(warnings.first().contains(QStringLiteral("Legal hold")));
}

// The pages ask the planner, so they agree with it where a raw string compare did not: an
// address that differs only in case or an "smtp:" prefix is the same address.
TEST(PageCheckTest, RuleNameAgreesWithPlannerOnSmtpCompare)
{
    exchange::JournalRule rule;
    rule.name = QStringLiteral("Journaling to SecureStore Archive");
    rule.journalEmailAddress = QStringLiteral("SMTP:J-1A2B@Archive.Example.NET ");
    rule.scope = QStringLiteral("Internal");
    rule.enabled = true;
    exchange::Organisation org;
    org.journalRules = {rule};
    exchange::JournalingSettings settings;
    settings.journalAddress = QStringLiteral("j-1a2b@archive.example.net");
    settings.ruleName = rule.name;

    const exchange::PlannedStep step = exchange::Planner::ruleStep(settings, org);
    EXPECT_EQ(step.action, exchange::StepAction::NoChange);
    const FieldCheck page
        = FieldCheck::ruleName(settings.ruleName, settings.journalAddress, org.journalRules);
    EXPECT_TRUE(page.ok()) << page.message.toStdString();
    EXPECT_EQ(page.level, FieldCheck::Level::Ok);
    // No "archived twice" for the rule that journals to the same address.
    EXPECT_TRUE(exchange::Planner::doubleArchivingWarnings(settings, org).isEmpty());

    // A rule under another name that does the same thing is not double archiving either; one
    // that journals to another address is, with the planner's wording.
    exchange::JournalRule legal = rule;
    legal.name = QStringLiteral("Legal hold");
    legal.journalEmailAddress = QStringLiteral("legal@vault.example.org");
    legal.scope = QStringLiteral("Global");
    org.journalRules << legal;
    settings.ruleName = QStringLiteral("Another name");
    const QStringList warnings = exchange::Planner::doubleArchivingWarnings(settings, org);
    ASSERT_EQ(warnings.size(), 1);
    EXPECT_EQ(warnings, exchange::Planner::ruleStep(settings, org).warnings);
    EXPECT_EQ(warnings.first(), exchange::Planner::doubleArchivingWarning(legal));
}

TEST(PageCheckTest, RemoteDomain)
{
    exchange::RemoteDomain existing;
    existing.name = QStringLiteral("Archive");
    existing.domainName = QStringLiteral("*.archive.example.net");
    exchange::RemoteDomain other;
    other.name = QStringLiteral("Partner");
    other.domainName = QStringLiteral("partner.example.org");
    const QList<exchange::RemoteDomain> list{existing, other};

    EXPECT_EQ(exchange::Planner::remoteDomainCovering(QStringLiteral("Archive.Example.net"), list),
              &list[0]);
    const FieldCheck reused = RemoteDomainPage::check(true, QStringLiteral("Whatever"),
                                                      QStringLiteral("archive.example.net"), list);
    EXPECT_TRUE(reused.ok());
    EXPECT_TRUE(reused.message.contains(QStringLiteral("Archive")));
    EXPECT_FALSE(RemoteDomainPage::check(true, QStringLiteral("partner"),
                                         QStringLiteral("new.example.net"), list)
                     .ok());
    EXPECT_TRUE(RemoteDomainPage::check(true, QStringLiteral("SecureStore Archiving"),
                                        QStringLiteral("new.example.net"), list)
                    .ok());
    EXPECT_FALSE(
        RemoteDomainPage::check(true, QString(), QStringLiteral("new.example.net"), list).ok());
    EXPECT_EQ(
        RemoteDomainPage::check(false, QString(), QStringLiteral("new.example.net"), list).level,
        FieldCheck::Level::Warning);
}

TEST(PageCheckTest, SmartHost)
{
    EXPECT_TRUE(SmartHostPage::check(false, QString(), QString(), 0, 2).ok());
    EXPECT_TRUE(SmartHostPage::check(true, QStringLiteral("C"),
                                     QStringLiteral("smtp.archive.example.net"), 1, 2)
                    .ok());
    EXPECT_TRUE(
        SmartHostPage::check(true, QStringLiteral("C"), QStringLiteral("192.0.2.10"), 1, 1).ok());
    EXPECT_FALSE(
        SmartHostPage::check(true, QStringLiteral("C"), QStringLiteral("bad host"), 1, 1).ok());
    EXPECT_FALSE(SmartHostPage::check(true, QStringLiteral("C"), QString(), 1, 1).ok());
    EXPECT_FALSE(
        SmartHostPage::check(true, QStringLiteral("C"), QStringLiteral("smtp.example.net"), 0, 2)
            .ok());
    EXPECT_FALSE(
        SmartHostPage::check(true, QString(), QStringLiteral("smtp.example.net"), 1, 1).ok());

    exchange::SendConnector c;
    c.name = QStringLiteral("Archive route");
    c.addressSpaces = {QStringLiteral("SMTP:archive.example.net;1")};
    exchange::SendConnector internet;
    internet.name = QStringLiteral("Internet");
    internet.addressSpaces = {QStringLiteral("SMTP:*;1")};
    EXPECT_EQ(
        exchange::Planner::connectorsRouting(QStringLiteral("Archive.Example.net"), {c, internet}),
        QStringList{QStringLiteral("Archive route")});
}
