// Attribution of one multi-statement pipeline's output by type name, errors by activity/target.
#include "Discovery.h"
#include "ExchangeShapes.h"
#include "ManagementRoles.h"

#include <gtest/gtest.h>

using namespace exchange;
using remoting::InvocationResult;
using remoting::PipelineState;

namespace {

JournalingSettings settings()
{
    JournalingSettings s;
    s.journalAddress = QStringLiteral("contoso@archive.securestore.example");
    s.ndrMailbox = QStringLiteral("journal-ndr@contoso.com");
    s.connectorEnabled = true;
    s.smartHost = QStringLiteral("smtp.securestore.example");
    return s;
}

} // namespace

TEST(Discovery, MailboxListOnlyWhenAskedFor)
{
    // The CLI does not pay for the wizard's type-ahead list.
    const auto statements = Discovery::statements(settings(), nullptr, /*listMailboxes=*/false);
    for (const auto &c : statements)
        EXPECT_FALSE(c == Discovery::mailboxList());
    int lookups = 0;
    for (const auto &c : statements)
        lookups
            += c.name == QLatin1String("Get-Recipient") && c.parameter(QStringLiteral("Identity"))
                   ? 1
                   : 0;
    EXPECT_EQ(lookups, 2);
    // Without the list, nothing claims the (empty) mailbox list is complete.
    const Organisation org = Discovery::parse({}, settings(), QString(), false);
    EXPECT_FALSE(org.mailboxListComplete);
}

TEST(Discovery, OnePipelineWithEveryRead)
{
    const auto statements = Discovery::statements(settings());
    QStringList names;
    for (const auto &c : statements)
        names << c.name;
    EXPECT_EQ(
        names,
        (QStringList{QStringLiteral("Get-OrganizationConfig"), QStringLiteral("Get-ExchangeServer"),
                     QStringLiteral("Get-AcceptedDomain"), QStringLiteral("Get-TransportConfig"),
                     QStringLiteral("Get-JournalRule"), QStringLiteral("Get-RemoteDomain"),
                     QStringLiteral("Get-SendConnector"), QStringLiteral("Get-TransportService"),
                     QStringLiteral("Get-Recipient"), QStringLiteral("Get-Recipient"),
                     QStringLiteral("Get-Recipient"), QStringLiteral("Get-Command")}));
    // the mailbox list (capped), then the identity lookups of the named recipients
    const remoting::Command &list = statements.at(8);
    EXPECT_EQ(list, Discovery::mailboxList());
    EXPECT_FALSE(list.parameter(QStringLiteral("Identity")));
    EXPECT_EQ(list.parameter(QStringLiteral("RecipientTypeDetails"))->value.toStringList(),
              (QStringList{QStringLiteral("UserMailbox"), QStringLiteral("SharedMailbox")}));
    EXPECT_EQ(list.parameter(QStringLiteral("ResultSize"))->value.toInteger(),
              Discovery::mailboxListSize);
    EXPECT_EQ(statements.at(9).parameter(QStringLiteral("Identity"))->value.toString(),
              settings().journalAddress);
    EXPECT_EQ(statements.at(10).parameter(QStringLiteral("Identity"))->value.toString(),
              settings().ndrMailbox);
    const QStringList asked
        = statements.last().parameter(QStringLiteral("Name"))->value.toStringList();
    for (const QString &c :
         {QStringLiteral("New-JournalRule"), QStringLiteral("Set-TransportConfig"),
          QStringLiteral("New-RemoteDomain"), QStringLiteral("New-SendConnector"),
          QStringLiteral("Remove-JournalRule"), QStringLiteral("Get-TransportService")})
        EXPECT_TRUE(asked.contains(c)) << c.toStdString();

    // invalid addresses are never sent to Get-Recipient
    JournalingSettings bad = settings();
    bad.journalAddress = QStringLiteral("x <y@z.example>");
    EXPECT_EQ(Discovery::recipientQueries(bad), QStringList{bad.ndrMailbox});
}

TEST(Discovery, AttributesObjectsByTypeName)
{
    InvocationResult r;
    r.state = PipelineState::Completed;
    r.output << shapes::exchangeServer(QStringLiteral("EX01"),
                                       QStringLiteral("Version 15.2 (Build 1118.7)"))
             << shapes::acceptedDomain(QStringLiteral("contoso.com"), true)
             << shapes::acceptedDomain(QStringLiteral("*.fabrikam.com"))
             << shapes::transportConfig(QStringLiteral("<>"))
             << shapes::journalRule(QStringLiteral("Old"), QStringLiteral("vault@old.example"),
                                    QStringLiteral("Global"), false)
             << shapes::remoteDomain(QStringLiteral("Default"), QStringLiteral("*"),
                                     QStringLiteral("External"), QString())
             << shapes::sendConnector(QStringLiteral("Internet"), QStringLiteral("{SMTP:*;1}"),
                                      QString(), true, QStringLiteral("{EX01, EX02}"))
             << shapes::transportServer(QStringLiteral("EX01"))
             << shapes::transportServer(QStringLiteral("EX02"))
             << shapes::recipient(QStringLiteral("Journal-NDR@contoso.com"),
                                  QStringLiteral("SharedMailbox"), QStringLiteral("UserMailbox"));
    for (const QString &c : shapes::allCmdlets())
        r.output << shapes::cmdlet(c);
    r.errors << shapes::notFound(QStringLiteral("Get-Recipient"), settings().journalAddress,
                                 QStringLiteral("Recipient.GetRecipient"));

    const Organisation org = Discovery::parse({r}, settings(), QStringLiteral("ex01.contoso.com"));
    EXPECT_EQ(org.serverName, QStringLiteral("EX01"));
    EXPECT_EQ(org.productName, QStringLiteral("Exchange Server 2019"));
    ASSERT_EQ(org.acceptedDomains.size(), 2);
    EXPECT_TRUE(org.acceptedDomains.first().isDefault);
    EXPECT_TRUE(org.transportConfigKnown);
    EXPECT_TRUE(org.journalingReportNdrTo.isEmpty()); // "<>" = unset
    ASSERT_EQ(org.journalRules.size(), 1);
    EXPECT_EQ(org.journalRules.first().scope, QStringLiteral("Global"));
    EXPECT_FALSE(org.journalRules.first().enabled);
    ASSERT_EQ(org.remoteDomains.size(), 1);
    EXPECT_EQ(org.remoteDomains.first().domainName, QStringLiteral("*"));
    ASSERT_EQ(org.sendConnectors.size(), 1);
    EXPECT_EQ(org.sendConnectors.first().addressSpaces, QStringList{QStringLiteral("SMTP:*;1")});
    EXPECT_EQ(org.sendConnectors.first().sourceTransportServers,
              (QStringList{QStringLiteral("EX01"), QStringLiteral("EX02")}));
    EXPECT_EQ(org.transportServers, (QStringList{QStringLiteral("EX01"), QStringLiteral("EX02")}));
    EXPECT_TRUE(org.discoveryErrors.isEmpty())
        << org.discoveryErrors.join(QLatin1Char('\n')).toStdString();
    EXPECT_TRUE(org.missingRoles.isEmpty());

    const Recipient *ndr = org.recipient(settings().ndrMailbox);
    ASSERT_TRUE(ndr);
    EXPECT_TRUE(ndr->found);
    EXPECT_TRUE(ndr->isMailbox());
    const Recipient *journal = org.recipient(settings().journalAddress);
    ASSERT_TRUE(journal);
    EXPECT_FALSE(journal->found);
}

TEST(Discovery, ProductNames)
{
    EXPECT_EQ(Discovery::productName(QStringLiteral("Version 15.0 (Build 1497.2)")),
              QStringLiteral("Exchange Server 2013"));
    EXPECT_EQ(Discovery::productName(QStringLiteral("Version 15.1 (Build 2507.6)")),
              QStringLiteral("Exchange Server 2016"));
    EXPECT_EQ(Discovery::productName(QStringLiteral("Version 15.2 (Build 986.5)")),
              QStringLiteral("Exchange Server 2019"));
}

TEST(Discovery, MissingRolesFromGetCommand)
{
    InvocationResult r;
    r.state = PipelineState::Completed;
    for (const QString &c : shapes::allCmdlets())
        if (!c.endsWith(QLatin1String("JournalRule")) && c != QLatin1String("Get-TransportConfig"))
            r.output << shapes::cmdlet(c);
    const Organisation org = Discovery::parse({r}, settings());
    EXPECT_TRUE(org.missingCmdlets.contains(QStringLiteral("New-JournalRule")));
    EXPECT_EQ(org.missingRoles, (QStringList{QStringLiteral("Journaling"),
                                             QStringLiteral("Organization Transport Settings")}));
}

TEST(Discovery, CommandNotFoundIsRecognised)
{
    InvocationResult r;
    r.state = PipelineState::Failed;
    r.failure = shapes::commandNotFound(QStringLiteral("Get-TransportConfig"));
    EXPECT_TRUE(Discovery::isCommandNotFound(r));
    InvocationResult ok;
    ok.state = PipelineState::Completed;
    EXPECT_FALSE(Discovery::isCommandNotFound(ok));
}

TEST(Discovery, RecipientsMatchedByAddressesAndSingleAnswerFallback)
{
    InvocationResult r;
    r.state = PipelineState::Completed;
    // a mail contact found for the journal address through its external address
    auto contact = shapes::object(
        QStringLiteral("Microsoft.Exchange.Data.Directory.Management.ReducedRecipient"),
        {{QStringLiteral("Name"), shapes::s(QStringLiteral("SecureStore"))},
         {QStringLiteral("PrimarySmtpAddress"),
          shapes::s(QStringLiteral("securestore@contoso.com"))},
         {QStringLiteral("ExternalEmailAddress"),
          shapes::s(QStringLiteral("SMTP:contoso@archive.securestore.example"))},
         {QStringLiteral("RecipientType"), shapes::s(QStringLiteral("MailContact"))},
         {QStringLiteral("RecipientTypeDetails"), shapes::s(QStringLiteral("MailContact"))}});
    r.output << contact
             << shapes::recipient(QStringLiteral("journal-ndr@contoso.com"),
                                  QStringLiteral("UserMailbox"));
    const Organisation org = Discovery::parse({r}, settings());
    ASSERT_TRUE(org.recipient(settings().journalAddress));
    EXPECT_TRUE(org.recipient(settings().journalAddress)->isMailContact());
    EXPECT_EQ(org.recipient(settings().ndrMailbox)->recipientTypeDetails,
              QStringLiteral("UserMailbox"));
}

TEST(Discovery, RolesTable)
{
    EXPECT_EQ(ManagementRoles::roleFor(QStringLiteral("New-SendConnector")),
              QStringLiteral("Send Connectors"));
    EXPECT_EQ(ManagementRoles::roleFor(QStringLiteral("Get-AcceptedDomain")),
              QStringLiteral("Remote and Accepted Domains"));
    EXPECT_EQ(ManagementRoles::roleFor(QStringLiteral("Enable-JournalRule")),
              QStringLiteral("Journaling"));
    JournalingSettings s;
    s.remoteDomainEnabled = false;
    EXPECT_FALSE(ManagementRoles::requiredCmdlets(s).contains(QStringLiteral("New-RemoteDomain")));
    EXPECT_FALSE(ManagementRoles::requiredCmdlets(s).contains(QStringLiteral("New-SendConnector")));
}

namespace {

QList<remoting::PsValue> mailboxListOutput()
{
    return {
        shapes::recipient(QStringLiteral("administrator@contoso.com"),
                          QStringLiteral("UserMailbox")),
        shapes::recipient(QStringLiteral("alex.wilber@contoso.com"), QStringLiteral("UserMailbox")),
        shapes::recipient(QStringLiteral("journal-ndr@contoso.com"),
                          QStringLiteral("SharedMailbox"), QStringLiteral("UserMailbox"))};
}

QStringList addresses(const QList<Recipient> &recipients)
{
    QStringList out;
    for (const Recipient &r : recipients)
        out << r.primarySmtpAddress;
    return out;
}

} // namespace

// The list's mailboxes go to Organisation::mailboxes (once each); the identity lookups'
// answers, which follow the list in the same pipeline, stay the named recipients.
TEST(Discovery, MailboxListAndNamedRecipientsAttributed)
{
    InvocationResult r;
    r.state = PipelineState::Completed;
    r.output << shapes::acceptedDomain(QStringLiteral("contoso.com"), true) << mailboxListOutput();
    // journal address: a mail contact (never in the list); NDR: the listed shared mailbox again
    r.output << shapes::recipient(QStringLiteral("securestore@contoso.com"),
                                  QStringLiteral("MailContact"))
             << shapes::recipient(QStringLiteral("journal-ndr@contoso.com"),
                                  QStringLiteral("SharedMailbox"), QStringLiteral("UserMailbox"));
    for (const QString &c : shapes::allCmdlets())
        r.output << shapes::cmdlet(c);
    JournalingSettings s = settings();
    s.journalAddress = QStringLiteral("securestore@contoso.com");

    const Organisation org = Discovery::parse({r}, s);
    EXPECT_EQ(addresses(org.mailboxes), (QStringList{QStringLiteral("administrator@contoso.com"),
                                                     QStringLiteral("alex.wilber@contoso.com"),
                                                     QStringLiteral("journal-ndr@contoso.com")}));
    EXPECT_TRUE(org.mailboxListComplete);
    ASSERT_EQ(org.recipients.size(), 2);
    EXPECT_TRUE(org.recipient(s.journalAddress)->isMailContact());
    EXPECT_EQ(org.recipient(s.ndrMailbox)->recipientTypeDetails, QStringLiteral("SharedMailbox"));
    EXPECT_TRUE(org.discoveryErrors.isEmpty())
        << org.discoveryErrors.join(QLatin1Char('\n')).toStdString();

    // Without Get-Recipient granted the list never ran: nothing is claimed complete.
    InvocationResult noRecipients;
    noRecipients.state = PipelineState::Completed;
    for (const QString &c : shapes::allCmdlets())
        if (c != QLatin1String("Get-Recipient"))
            noRecipients.output << shapes::cmdlet(c);
    const Organisation partial = Discovery::parse({noRecipients}, s);
    EXPECT_TRUE(partial.mailboxes.isEmpty());
    EXPECT_FALSE(partial.mailboxListComplete);
}

// A capped list (Exchange's ResultSize warning) is marked incomplete; an answer found only
// by its identity lookup (beyond the cap, under an address not among its proxies) is the
// named recipient and not taken for a listed mailbox, nor a listed mailbox for it.
TEST(Discovery, CappedMailboxListAndAnswerOutsideIt)
{
    InvocationResult r;
    r.state = PipelineState::Completed;
    r.output << mailboxListOutput();
    r.warnings << QStringLiteral(
        "There are more results available than are currently displayed. To view them, "
        "increase the value for the ResultSize parameter.");
    r.errors << shapes::notFound(QStringLiteral("Get-Recipient"), settings().journalAddress,
                                 QStringLiteral("RecipientTasks.GetRecipient"));
    r.output << shapes::recipient(QStringLiteral("zz-reports@contoso.com"),
                                  QStringLiteral("UserMailbox"));
    for (const QString &c : shapes::allCmdlets())
        r.output << shapes::cmdlet(c);
    JournalingSettings s = settings();
    s.ndrMailbox = QStringLiteral(
        "reports@contoso.com"); // answered through an address the object does not show

    const Organisation org = Discovery::parse({r}, s);
    EXPECT_FALSE(org.mailboxListComplete);
    EXPECT_EQ(org.mailboxes.size(), 3);
    EXPECT_FALSE(addresses(org.mailboxes).contains(QStringLiteral("zz-reports@contoso.com")));
    ASSERT_TRUE(org.recipient(s.ndrMailbox));
    EXPECT_TRUE(org.recipient(s.ndrMailbox)->found);
    EXPECT_EQ(org.recipient(s.ndrMailbox)->primarySmtpAddress,
              QStringLiteral("zz-reports@contoso.com"));
    EXPECT_FALSE(org.recipient(s.journalAddress)->found);

    // No warning, but as many mailboxes as asked for: still treated as capped.
    InvocationResult full;
    full.state = PipelineState::Completed;
    for (int i = 0; i < Discovery::mailboxListSize; ++i)
        full.output << shapes::recipient(QStringLiteral("user%1@contoso.com").arg(i),
                                         QStringLiteral("UserMailbox"));
    for (const QString &c : shapes::allCmdlets())
        full.output << shapes::cmdlet(c);
    JournalingSettings none;
    const Organisation fullOrg = Discovery::parse({full}, none);
    EXPECT_EQ(fullOrg.mailboxes.size(), Discovery::mailboxListSize);
    EXPECT_FALSE(fullOrg.mailboxListComplete);
}
