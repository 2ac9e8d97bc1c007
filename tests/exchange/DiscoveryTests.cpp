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

TEST(Discovery, OnePipelineWithEveryRead)
{
    const auto statements = Discovery::statements(settings());
    QStringList names;
    for (const auto &c : statements)
        names << c.name;
    EXPECT_EQ(names, (QStringList{QStringLiteral("Get-ExchangeServer"), QStringLiteral("Get-AcceptedDomain"),
                                  QStringLiteral("Get-TransportConfig"), QStringLiteral("Get-JournalRule"),
                                  QStringLiteral("Get-RemoteDomain"), QStringLiteral("Get-SendConnector"),
                                  QStringLiteral("Get-TransportService"), QStringLiteral("Get-Recipient"),
                                  QStringLiteral("Get-Recipient"), QStringLiteral("Get-Command")}));
    EXPECT_EQ(statements.at(7).parameter(QStringLiteral("Identity"))->value.toString(), settings().journalAddress);
    const QStringList asked = statements.last().parameter(QStringLiteral("Name"))->value.toStringList();
    for (const QString &c : {QStringLiteral("New-JournalRule"), QStringLiteral("Set-TransportConfig"),
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
    r.output << shapes::exchangeServer(QStringLiteral("EX01"), QStringLiteral("Version 15.2 (Build 1118.7)"))
             << shapes::acceptedDomain(QStringLiteral("contoso.com"), true)
             << shapes::acceptedDomain(QStringLiteral("*.fabrikam.com"))
             << shapes::transportConfig(QStringLiteral("<>"))
             << shapes::journalRule(QStringLiteral("Old"), QStringLiteral("vault@old.example"), QStringLiteral("Global"), false)
             << shapes::remoteDomain(QStringLiteral("Default"), QStringLiteral("*"), QStringLiteral("External"), QString())
             << shapes::sendConnector(QStringLiteral("Internet"), QStringLiteral("{SMTP:*;1}"), QString(), true,
                                      QStringLiteral("{EX01, EX02}"))
             << shapes::transportServer(QStringLiteral("EX01")) << shapes::transportServer(QStringLiteral("EX02"))
             << shapes::recipient(QStringLiteral("Journal-NDR@contoso.com"), QStringLiteral("SharedMailbox"),
                                  QStringLiteral("UserMailbox"));
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
    EXPECT_EQ(org.sendConnectors.first().sourceTransportServers, (QStringList{QStringLiteral("EX01"), QStringLiteral("EX02")}));
    EXPECT_EQ(org.transportServers, (QStringList{QStringLiteral("EX01"), QStringLiteral("EX02")}));
    EXPECT_TRUE(org.discoveryErrors.isEmpty()) << org.discoveryErrors.join(QLatin1Char('\n')).toStdString();
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
    EXPECT_EQ(Discovery::productName(QStringLiteral("Version 15.0 (Build 1497.2)")), QStringLiteral("Exchange Server 2013"));
    EXPECT_EQ(Discovery::productName(QStringLiteral("Version 15.1 (Build 2507.6)")), QStringLiteral("Exchange Server 2016"));
    EXPECT_EQ(Discovery::productName(QStringLiteral("Version 15.2 (Build 986.5)")), QStringLiteral("Exchange Server 2019"));
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
    EXPECT_EQ(org.missingRoles, (QStringList{QStringLiteral("Journaling"), QStringLiteral("Organization Transport Settings")}));
}

TEST(Discovery, CommandNotFoundIsRecognised)
{
    InvocationResult r;
    r.state = PipelineState::Failed;
    remoting::ErrorRecord e;
    e.message = QStringLiteral("The term 'Get-TransportConfig' is not recognized as the name of a cmdlet, function, "
                               "script file, or operable program.");
    e.fullyQualifiedErrorId = QStringLiteral("CommandNotFoundException");
    e.category = QStringLiteral("ObjectNotFound");
    e.reason = QStringLiteral("CommandNotFoundException");
    e.targetName = QStringLiteral("Get-TransportConfig");
    r.failure = e;
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
    auto contact = shapes::object(QStringLiteral("Microsoft.Exchange.Data.Directory.Management.ReducedRecipient"),
                                  {{QStringLiteral("Name"), shapes::s(QStringLiteral("SecureStore"))},
                                   {QStringLiteral("PrimarySmtpAddress"), shapes::s(QStringLiteral("securestore@contoso.com"))},
                                   {QStringLiteral("ExternalEmailAddress"),
                                    shapes::s(QStringLiteral("SMTP:contoso@archive.securestore.example"))},
                                   {QStringLiteral("RecipientType"), shapes::s(QStringLiteral("MailContact"))},
                                   {QStringLiteral("RecipientTypeDetails"), shapes::s(QStringLiteral("MailContact"))}});
    r.output << contact << shapes::recipient(QStringLiteral("journal-ndr@contoso.com"), QStringLiteral("UserMailbox"));
    const Organisation org = Discovery::parse({r}, settings());
    ASSERT_TRUE(org.recipient(settings().journalAddress));
    EXPECT_TRUE(org.recipient(settings().journalAddress)->isMailContact());
    EXPECT_EQ(org.recipient(settings().ndrMailbox)->recipientTypeDetails, QStringLiteral("UserMailbox"));
}

TEST(Discovery, RolesTable)
{
    EXPECT_EQ(ManagementRoles::roleFor(QStringLiteral("New-SendConnector")), QStringLiteral("Send Connectors"));
    EXPECT_EQ(ManagementRoles::roleFor(QStringLiteral("Get-AcceptedDomain")), QStringLiteral("Remote and Accepted Domains"));
    EXPECT_EQ(ManagementRoles::roleFor(QStringLiteral("Enable-JournalRule")), QStringLiteral("Journaling"));
    JournalingSettings s;
    s.remoteDomainEnabled = false;
    EXPECT_FALSE(ManagementRoles::requiredCmdlets(s).contains(QStringLiteral("New-RemoteDomain")));
    EXPECT_FALSE(ManagementRoles::requiredCmdlets(s).contains(QStringLiteral("New-SendConnector")));
}
