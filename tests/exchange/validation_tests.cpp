// Every bad input of EXCHANGE.md "Validations before applying" yields an issue on its field.
#include "AddressSyntax.h"
#include "ExchangeShapes.h"
#include "Planner.h"
#include "SettingsValidator.h"

#include <gtest/gtest.h>

using namespace exchange;

namespace {

JournalingSettings goodSettings()
{
    JournalingSettings s;
    s.journalAddress = QStringLiteral("contoso@archive.securestore.example");
    s.ndrMailbox = QStringLiteral("journal-ndr@contoso.com");
    return s;
}

QStringList fieldsOf(const QList<ValidationIssue> &issues)
{
    QStringList out;
    for (const auto &i : issues)
        out << i.field;
    return out;
}

QString messagesOf(const QList<ValidationIssue> &issues)
{
    QStringList out;
    for (const auto &i : issues)
        out << i.message;
    return out.join(QLatin1Char('|'));
}

} // namespace

TEST(Validation, GoodSettingsPassOfflineAndOnline)
{
    const Organisation org = shapes::freshOrg();
    EXPECT_TRUE(SettingsValidator::validate(goodSettings(), nullptr).isEmpty());
    EXPECT_TRUE(SettingsValidator::validate(goodSettings(), &org).isEmpty())
        << messagesOf(SettingsValidator::validate(goodSettings(), &org)).toStdString();
}

TEST(Validation, MalformedJournalAddresses)
{
    const QStringList bad = {QStringLiteral("contoso"),
                             QStringLiteral("contoso@"),
                             QStringLiteral("@archive.example"),
                             QStringLiteral("a@b@archive.example"),
                             QStringLiteral("con toso@archive.example"),
                             QStringLiteral(".contoso@archive.example"),
                             QStringLiteral("con..toso@archive.example"),
                             QStringLiteral("contoso@archive"),
                             QStringLiteral("contoso@-archive.example"),
                             QStringLiteral("contoso@archive..example"),
                             QStringLiteral("contoso@archive.example."),
                             QStringLiteral("contoso@archive.123"),
                             QStringLiteral("contoso(x)@archive.example"),
                             QStringLiteral("contoso@arch_ive.example"),
                             QStringLiteral("contoso\t@archive.example"),
                             QStringLiteral("kontö@archive.example")};
    for (const QString &a : bad) {
        JournalingSettings s = goodSettings();
        s.journalAddress = a;
        EXPECT_TRUE(fieldsOf(SettingsValidator::validate(s, nullptr))
                        .contains(QStringLiteral("journalAddress")))
            << a.toStdString();
    }
}

TEST(Validation, DisplayNameFormIsRefusedWithAClearMessage)
{
    for (const QString &a : {QStringLiteral("SecureStore <contoso@archive.example>"),
                             QStringLiteral("\"SecureStore\" contoso@archive.example"),
                             QStringLiteral("<contoso@archive.example>")}) {
        JournalingSettings s = goodSettings();
        s.journalAddress = a;
        const auto issues = SettingsValidator::validate(s, nullptr);
        ASSERT_EQ(issues.size(), 1) << a.toStdString();
        EXPECT_EQ(issues.first().field, QStringLiteral("journalAddress"));
        EXPECT_TRUE(issues.first().message.contains(QStringLiteral("display name")))
            << issues.first().message.toStdString();
    }
}

TEST(Validation, AddressLengthLimit)
{
    const QString domain = QStringLiteral("archive.example");
    // 64-char local part with a long, valid domain: 321 characters total
    QString longDomain;
    while (longDomain.size() < 250)
        longDomain += QStringLiteral("abcdefghij.");
    longDomain += QStringLiteral("example");
    JournalingSettings s = goodSettings();
    s.journalAddress = QString(64, QLatin1Char('a')) + QLatin1Char('@') + longDomain;
    ASSERT_GT(s.journalAddress.size(), 320);
    const auto issues = SettingsValidator::validate(s, nullptr);
    ASSERT_FALSE(issues.isEmpty());
    EXPECT_TRUE(issues.first().message.contains(QStringLiteral("320")));
    s.journalAddress = QString(65, QLatin1Char('a')) + QLatin1Char('@') + domain;
    EXPECT_FALSE(SettingsValidator::validate(s, nullptr).isEmpty());
    s.journalAddress = QString(64, QLatin1Char('a')) + QLatin1Char('@') + domain;
    EXPECT_TRUE(SettingsValidator::validate(s, nullptr).isEmpty());
}

TEST(Validation, JournalDomainMustNotBeAccepted)
{
    Organisation org = shapes::freshOrg();
    org.acceptedDomains << AcceptedDomain{QStringLiteral("*.fabrikam.com"),
                                          QStringLiteral("Authoritative"), false};
    for (const QString &a :
         {QStringLiteral("journal@contoso.com"), QStringLiteral("journal@CONTOSO.com"),
          QStringLiteral("journal@fabrikam.com"), QStringLiteral("journal@eu.fabrikam.com")}) {
        JournalingSettings s = goodSettings();
        s.journalAddress = a;
        const auto issues = SettingsValidator::validate(s, &org);
        ASSERT_TRUE(fieldsOf(issues).contains(QStringLiteral("journalAddress"))) << a.toStdString();
        EXPECT_TRUE(messagesOf(issues).contains(QStringLiteral("accepted domain")))
            << a.toStdString();
    }
    JournalingSettings s = goodSettings();
    s.journalAddress = QStringLiteral("journal@notcontoso.com"); // suffix but not a subdomain
    EXPECT_TRUE(SettingsValidator::validate(s, &org).isEmpty());
}

TEST(Validation, JournalAddressOwnedInternally)
{
    Organisation org = shapes::freshOrg();
    org.recipients[1].found = true;
    org.recipients[1].recipientTypeDetails = QStringLiteral("UserMailbox");
    org.recipients[1].displayName = QStringLiteral("Archive Box");
    auto issues = SettingsValidator::validate(goodSettings(), &org);
    ASSERT_EQ(fieldsOf(issues), QStringList{QStringLiteral("journalAddress")});
    EXPECT_TRUE(issues.first().message.contains(QStringLiteral("Archive Box")));
    // a mail contact pointing to it is fine
    org.recipients[1].recipientTypeDetails = QStringLiteral("MailContact");
    org.recipients[1].recipientType = QStringLiteral("MailContact");
    EXPECT_TRUE(SettingsValidator::validate(goodSettings(), &org).isEmpty());
}

TEST(Validation, NdrMailboxProblems)
{
    Organisation org = shapes::freshOrg();
    JournalingSettings s = goodSettings();

    s.ndrMailbox.clear();
    EXPECT_EQ(fieldsOf(SettingsValidator::validate(s, &org)),
              QStringList{QStringLiteral("ndrMailbox")});

    s.ndrMailbox = QStringLiteral("CONTOSO@archive.securestore.example"); // = journal address
    auto issues = SettingsValidator::validate(s, &org);
    ASSERT_EQ(fieldsOf(issues), QStringList{QStringLiteral("ndrMailbox")});
    EXPECT_TRUE(issues.first().message.contains(QStringLiteral("differ")));

    s.ndrMailbox = QStringLiteral("Reports <journal-ndr@contoso.com>");
    EXPECT_EQ(fieldsOf(SettingsValidator::validate(s, &org)),
              QStringList{QStringLiteral("ndrMailbox")});

    // not found
    s.ndrMailbox = QStringLiteral("nobody@contoso.com");
    Recipient nobody;
    nobody.query = QStringLiteral("nobody@contoso.com");
    org.recipients << nobody;
    issues = SettingsValidator::validate(s, &org);
    ASSERT_EQ(fieldsOf(issues), QStringList{QStringLiteral("ndrMailbox")});
    EXPECT_TRUE(issues.first().message.contains(QStringLiteral("No recipient")));

    // a group
    s.ndrMailbox = QStringLiteral("journal-ndr@contoso.com");
    org.recipients[0].recipientType = QStringLiteral("MailUniversalDistributionGroup");
    org.recipients[0].recipientTypeDetails = QStringLiteral("MailUniversalDistributionGroup");
    issues = SettingsValidator::validate(s, &org);
    ASSERT_EQ(fieldsOf(issues), QStringList{QStringLiteral("ndrMailbox")});
    EXPECT_TRUE(issues.first().message.contains(QStringLiteral("group")));

    // a mail contact is not a mailbox
    org.recipients[0].recipientType = QStringLiteral("MailContact");
    org.recipients[0].recipientTypeDetails = QStringLiteral("MailContact");
    EXPECT_EQ(fieldsOf(SettingsValidator::validate(s, &org)),
              QStringList{QStringLiteral("ndrMailbox")});

    // journaled by a rule
    org = shapes::freshOrg();
    JournalRule r;
    r.name = QStringLiteral("VIP");
    r.journalEmailAddress = QStringLiteral("other@archive.example");
    r.scope = QStringLiteral("Global");
    r.recipient = QStringLiteral("Journal-NDR@contoso.com");
    org.journalRules << r;
    issues = SettingsValidator::validate(s, &org);
    ASSERT_EQ(fieldsOf(issues), QStringList{QStringLiteral("ndrMailbox")});
    EXPECT_TRUE(issues.first().message.contains(QStringLiteral("journal rule")));
}

TEST(Validation, RuleNames)
{
    JournalingSettings s = goodSettings();
    s.ruleName = QStringLiteral("   ");
    EXPECT_EQ(fieldsOf(SettingsValidator::validate(s, nullptr)),
              QStringList{QStringLiteral("ruleName")});
    s.ruleName = QString(65, QLatin1Char('r'));
    auto issues = SettingsValidator::validate(s, nullptr);
    ASSERT_EQ(fieldsOf(issues), QStringList{QStringLiteral("ruleName")});
    EXPECT_TRUE(issues.first().message.contains(QStringLiteral("65")));
    s.ruleName = QStringLiteral("  ") + QString(64, QLatin1Char('r'))
                 + QStringLiteral("  "); // trimmed to 64
    EXPECT_TRUE(SettingsValidator::validate(s, nullptr).isEmpty());
    for (const QString &n : {QStringLiteral("a\tb"), QStringLiteral("a\nb"),
                             QStringLiteral("a\x01"
                                            "b"),
                             QString(QStringLiteral("a")) + QChar(0x2028) + QStringLiteral("b")}) {
        s.ruleName = n;
        EXPECT_EQ(fieldsOf(SettingsValidator::validate(s, nullptr)),
                  QStringList{QStringLiteral("ruleName")});
    }
    s.ruleName = QStringLiteral("Journal 'n' \"stuff\"; $(x) `y` für Archiv");
    EXPECT_TRUE(SettingsValidator::validate(s, nullptr).isEmpty());
    s = goodSettings();
    s.remoteDomainName = QStringLiteral("x\ny");
    EXPECT_EQ(fieldsOf(SettingsValidator::validate(s, nullptr)),
              QStringList{QStringLiteral("remoteDomainName")});
    s.remoteDomainEnabled = false; // not used: not checked
    EXPECT_TRUE(SettingsValidator::validate(s, nullptr).isEmpty());
}

TEST(Validation, NameTakenByADifferentRuleIsAConflictNotSilentReuse)
{
    Organisation org = shapes::freshOrg();
    JournalRule r;
    r.name = QStringLiteral("journaling to securestore archive");
    r.journalEmailAddress = QStringLiteral("old@elsewhere.example");
    r.scope = QStringLiteral("Internal");
    r.enabled = true;
    org.journalRules << r;
    const Plan p = Planner::plan(goodSettings(), org);
    EXPECT_TRUE(p.isValid());
    ASSERT_TRUE(p.step(StepKind::JournalRule));
    EXPECT_EQ(p.step(StepKind::JournalRule)->action, StepAction::Conflict);
    EXPECT_FALSE(p.step(StepKind::JournalRule)->resolution.isEmpty());
    EXPECT_TRUE(p.hasConflicts());
}

TEST(Validation, SmartHostSyntax)
{
    for (const QString &h :
         {QStringLiteral("smtp.securestore.example"), QStringLiteral("192.0.2.10"),
          QStringLiteral("[192.0.2.10]"), QStringLiteral("relay-1.mail.example")})
        EXPECT_TRUE(AddressSyntax::isValidSmartHost(h)) << h.toStdString();
    // IPv6 in any form: New-SendConnector takes host names and IPv4 addresses only.
    for (const QString &h : {QStringLiteral("[2001:db8::1]"), QStringLiteral("2001:db8::1"),
                             QStringLiteral("2001:db8::25"), QStringLiteral("::1"),
                             QStringLiteral("[::ffff:192.0.2.1]")}) {
        QString why;
        EXPECT_FALSE(AddressSyntax::isValidSmartHost(h, &why)) << h.toStdString();
        EXPECT_TRUE(why.contains(QStringLiteral("IPv6"))) << why.toStdString();
    }
    for (const QString &h :
         {QString(), QStringLiteral("smtp"), QStringLiteral("smtp..example"),
          QStringLiteral("256.1.1.1"), QStringLiteral("1.2.3"), QStringLiteral("[smtp.example]"),
          QStringLiteral("smtp.example:25"), QStringLiteral("http://smtp.example"),
          QStringLiteral("2001:db8::1::2"), QStringLiteral("-smtp.example"),
          QStringLiteral("smtp example")})
        EXPECT_FALSE(AddressSyntax::isValidSmartHost(h)) << h.toStdString();

    JournalingSettings s = goodSettings();
    s.connectorEnabled = true;
    s.smartHost = QStringLiteral("not a host");
    EXPECT_EQ(fieldsOf(SettingsValidator::validate(s, nullptr)),
              QStringList{QStringLiteral("smartHost")});
    s.smartHost.clear();
    auto issues = SettingsValidator::validate(s, nullptr);
    ASSERT_EQ(fieldsOf(issues), QStringList{QStringLiteral("smartHost")});
    EXPECT_TRUE(issues.first().message.contains(QStringLiteral("smart host")));
}

TEST(Validation, SourceServersMustExist)
{
    Organisation org = shapes::freshOrg();
    JournalingSettings s = goodSettings();
    s.connectorEnabled = true;
    s.smartHost = QStringLiteral("smtp.securestore.example");
    s.sourceServers = {QStringLiteral("ex01")};
    EXPECT_TRUE(SettingsValidator::validate(s, &org).isEmpty());
    s.sourceServers = {QStringLiteral("EX02")};
    EXPECT_EQ(fieldsOf(SettingsValidator::validate(s, &org)),
              QStringList{QStringLiteral("sourceServers")});
    s.sourceServers.clear();
    org.transportServers.clear();
    EXPECT_EQ(fieldsOf(SettingsValidator::validate(s, &org)),
              QStringList{QStringLiteral("sourceServers")});
}
