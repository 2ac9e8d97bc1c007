// Every emulated cmdlet: success paths with read-back shapes, error paths with exact texts.
#include "OrgTestSupport.h"

#include "PsValue.h"

using namespace fake;
using namespace fake::test;
using remoting::PsValue;

namespace {
const QString kJournaling = "Microsoft.Exchange.MessagingPolicies.Journaling.";
const QString kSys = "Microsoft.Exchange.Management.SystemConfigurationTasks.";
} // namespace

TEST(FakeOrgDirectory, GetExchangeServerAndTransportService)
{
    auto org = demoOrg();
    CmdletOutcome o = org->run("admin", cmd("Get-ExchangeServer"));
    ASSERT_EQ(o.output.size(), 1);
    const PsValue s = o.output[0];
    EXPECT_EQ(s.obj()->typeNames.first(),
              "Microsoft.Exchange.Data.Directory.Management.ExchangeServer");
    EXPECT_EQ(str(s, "Name"), "EX01");
    EXPECT_EQ(str(s, "AdminDisplayVersion"), "Version 15.1 (Build 2507.6)");
    EXPECT_EQ(str(s, "ServerRole"), "Mailbox");
    EXPECT_EQ(str(s, "Site"), "contoso.com/Configuration/Sites/Default-First-Site-Name");
    EXPECT_EQ(s.toString(), "EX01");

    o = org->run("admin", cmd("Get-ExchangeServer").add("Identity", "ex01.contoso.com"));
    EXPECT_EQ(o.output.size(), 1);
    o = org->run("admin", cmd("Get-ExchangeServer").add("Identity", "EX99"));
    EXPECT_FALSE(o.terminating);
    ASSERT_EQ(o.errors.size(), 1);
    EXPECT_EQ(o.errors[0].message,
              "The operation couldn't be performed because 'EX99' couldn't be found.");
    EXPECT_TRUE(isExchangeFqid(o.errors[0].fullyQualifiedErrorId,
                               "ManagementObjectNotFoundException", kSys + "GetExchangeServer"))
        << o.errors[0].fullyQualifiedErrorId.toStdString();
    EXPECT_EQ(o.errors[0].failureCategory(), "ManagementObjectNotFoundException");

    o = org->run("admin", cmd("Get-TransportService"));
    ASSERT_EQ(o.output.size(), 1);
    EXPECT_TRUE(o.output[0].obj()->isA("SystemConfiguration.TransportServer"));
    EXPECT_EQ(str(o.output[0], "Name"), "EX01");
    o = org->run("admin", cmd("Get-TransportService").add("Identity", "EX02"));
    EXPECT_EQ(o.errors.size(), 1);
}

TEST(FakeOrgDirectory, GetOrganizationConfigAndAcceptedDomains)
{
    auto org = demoOrg();
    CmdletOutcome o = org->run("admin", cmd("Get-OrganizationConfig"));
    ASSERT_EQ(o.output.size(), 1);
    EXPECT_EQ(str(o.output[0], "Name"), "Contoso");

    o = org->run("admin", cmd("Get-AcceptedDomain"));
    ASSERT_EQ(o.output.size(), 3);
    EXPECT_TRUE(o.output[0].obj()->isA("SystemConfiguration.AcceptedDomain"));
    EXPECT_EQ(str(o.output[0], "DomainName"), "contoso.com");
    EXPECT_EQ(str(o.output[0], "DomainType"), "Authoritative");
    EXPECT_TRUE(o.output[0].property("Default").toBool());
    EXPECT_EQ(str(o.output[2], "DomainName"), "*.corp.contoso.com");
    o = org->run("admin", cmd("Get-AcceptedDomain").add("Identity", "SALES.contoso.com"));
    ASSERT_EQ(o.output.size(), 1);
    EXPECT_FALSE(o.output[0].property("Default").toBool());
    o = org->run("admin", cmd("Get-AcceptedDomain").add("Identity", "fabrikam.com"));
    ASSERT_EQ(o.errors.size(), 1);
    EXPECT_EQ(o.errors[0].message,
              "The operation couldn't be performed because 'fabrikam.com' couldn't be found.");
}

TEST(FakeOrgDirectory, GetRecipientByAddressAliasNameAndFilters)
{
    auto org = demoOrg();
    CmdletOutcome o
        = org->run("helpdesk", cmd("Get-Recipient").add("Identity", "JOURNAL-NDR@contoso.com"));
    ASSERT_EQ(o.output.size(), 1) << describe(o);
    const PsValue r = o.output[0];
    EXPECT_EQ(r.obj()->typeNames.first(),
              "Microsoft.Exchange.Data.Directory.Management.ReducedRecipient");
    EXPECT_EQ(str(r, "PrimarySmtpAddress"), "journal-ndr@contoso.com");
    EXPECT_EQ(str(r, "RecipientType"), "UserMailbox");
    EXPECT_EQ(str(r, "RecipientTypeDetails"), "SharedMailbox");
    EXPECT_EQ(str(r, "DisplayName"), "Journal NDR");
    EXPECT_EQ(str(r, "Alias"), "journal-ndr");
    EXPECT_TRUE(
        r.property("EmailAddresses").toStringList().contains("SMTP:journal-ndr@contoso.com"));

    EXPECT_EQ(
        org->run("admin", cmd("Get-Recipient").add("Identity", "alex@contoso.com")).output.size(),
        1); // secondary proxy
    EXPECT_EQ(org->run("admin", cmd("Get-Recipient").add("Identity", "it-team")).output.size(),
              1); // alias
    EXPECT_EQ(org->run("admin", cmd("Get-Recipient").add("Identity", "Megan Bowen")).output.size(),
              1); // name
    o = org->run("admin",
                 cmd("Get-Recipient")
                     .add("Identity", "vendor-archive@archive.example.net")); // contact target
    ASSERT_EQ(o.output.size(), 1);
    EXPECT_EQ(str(o.output[0], "RecipientTypeDetails"), "MailContact");
    EXPECT_EQ(str(o.output[0], "ExternalEmailAddress"), "SMTP:vendor-archive@archive.example.net");
    o = org->run("admin", cmd("Get-Recipient").add("Identity", "it-team@contoso.com"));
    EXPECT_EQ(str(o.output.value(0), "RecipientTypeDetails"), "MailUniversalDistributionGroup");

    o = org->run("admin", cmd("Get-Recipient").add("Identity", "journal@archive.example"));
    EXPECT_TRUE(o.output.isEmpty());
    ASSERT_EQ(o.errors.size(), 1);
    EXPECT_EQ(
        o.errors[0].message,
        "The operation couldn't be performed because 'journal@archive.example' couldn't be found.");
    EXPECT_EQ(o.errors[0].category, "NotSpecified");
    EXPECT_TRUE(isExchangeFqid(o.errors[0].fullyQualifiedErrorId,
                               "ManagementObjectNotFoundException",
                               "Microsoft.Exchange.Management.RecipientTasks.GetRecipient"));

    o = org->run("admin",
                 cmd("Get-Recipient")
                     .add("RecipientTypeDetails", QStringList{"UserMailbox", "SharedMailbox"}));
    EXPECT_EQ(o.output.size(), 4);
    o = org->run("admin", cmd("Get-Recipient").add("ResultSize", 2));
    EXPECT_EQ(o.output.size(), 2);
    ASSERT_EQ(o.warnings.size(), 1);
    EXPECT_EQ(
        o.warnings[0],
        "There are more results available than are currently displayed. To view them, increase the "
        "value for the ResultSize parameter.");
    o = org->run("admin", cmd("Get-Recipient").add("ResultSize", "Unlimited"));
    EXPECT_EQ(o.output.size(), 6);
    EXPECT_TRUE(o.warnings.isEmpty());
    o = org->run("admin", cmd("Get-Recipient").add("RecipientTypeDetails", "Mailbox"));
    ASSERT_TRUE(o.terminating);
    EXPECT_TRUE(o.terminating->fullyQualifiedErrorId.startsWith("CannotConvertArgumentNoMessage,"));
}

TEST(FakeOrgDirectory, GetMailboxOnlyReturnsMailboxes)
{
    auto org = demoOrg();
    CmdletOutcome o = org->run("admin", cmd("Get-Mailbox"));
    EXPECT_EQ(o.output.size(), 4);
    EXPECT_TRUE(o.output[0].obj()->isA("Management.Mailbox"));
    o = org->run("admin", cmd("Get-Mailbox").add("Identity", "it-team@contoso.com"));
    EXPECT_TRUE(o.output.isEmpty());
    EXPECT_EQ(o.errors.size(), 1);
    o = org->run("admin", cmd("Get-Mailbox").add("RecipientTypeDetails", "SharedMailbox"));
    ASSERT_EQ(o.output.size(), 1);
    EXPECT_TRUE(o.output[0].property("IsShared").toBool());
    // Get-Mailbox needs a recipient role the helpdesk user does not have.
    EXPECT_TRUE(org->run("helpdesk", cmd("Get-Mailbox")).terminating);
}

TEST(FakeOrgTransportConfig, NdrAddressSetClearAndValidation)
{
    auto org = demoOrg();
    CmdletOutcome o = org->run("admin", cmd("Get-TransportConfig"));
    ASSERT_EQ(o.output.size(), 1);
    EXPECT_EQ(o.output[0].obj()->typeNames.first(),
              "Microsoft.Exchange.Data.Directory.SystemConfiguration.TransportConfigContainer");
    EXPECT_EQ(str(o.output[0], "JournalingReportNdrTo"), "<>");

    o = org->run("admin", cmd("Set-TransportConfig")
                              .add("JournalingReportNdrTo", "journal-ndr@contoso.com")
                              .add("Confirm", false));
    EXPECT_FALSE(o.terminating);
    EXPECT_TRUE(o.output.isEmpty());
    EXPECT_EQ(str(org->run("admin", cmd("Get-TransportConfig")).output[0], "JournalingReportNdrTo"),
              "journal-ndr@contoso.com");

    o = org->run(
        "admin",
        cmd("Set-TransportConfig").add("JournalingReportNdrTo", "journal-ndr@contoso.com"));
    ASSERT_EQ(o.warnings.size(), 1);
    EXPECT_EQ(o.warnings[0], "The command completed successfully but no settings of 'Transport "
                             "Settings' have been modified.");

    o = org->run("admin",
                 cmd("Set-TransportConfig").add("JournalingReportNdrTo", "not an address"));
    ASSERT_TRUE(o.terminating);
    EXPECT_EQ(o.terminating->message, "Cannot process argument transformation on parameter "
                                      "'JournalingReportNdrTo'. You can't forward email to "
                                      "\"not an address\" because the address format isn't "
                                      "correct. Please use this format: user name, the @ "
                                      "sign, followed by the domain name. For example, "
                                      "tonysmith@contoso.com or tony.smith@contoso.com.");
    EXPECT_EQ(o.terminating->fullyQualifiedErrorId,
              "ParameterArgumentTransformationError," + kSys + "SetTransportConfig");
    EXPECT_EQ(o.terminating->category, "InvalidData");
    EXPECT_EQ(org->model().transportConfig.journalingReportNdrTo, "journal-ndr@contoso.com");

    EXPECT_FALSE(org->run("admin", cmd("Set-TransportConfig").add("JournalingReportNdrTo", "<>"))
                     .terminating);
    EXPECT_EQ(str(org->run("admin", cmd("Get-TransportConfig")).output[0], "JournalingReportNdrTo"),
              "<>");
    org->run("admin",
             cmd("Set-TransportConfig").add("JournalingReportNdrTo", "journal-ndr@contoso.com"));
    EXPECT_FALSE(
        org->run("admin", cmd("Set-TransportConfig").addNull("JournalingReportNdrTo")).terminating);
    EXPECT_TRUE(org->model().transportConfig.journalingReportNdrTo.isEmpty());
}

TEST(FakeOrgJournalRules, NewJournalRuleDefaultsAndShape)
{
    auto org = demoOrg();
    CmdletOutcome o
        = org->run("helpdesk", cmd("New-JournalRule")
                                   .add("Name", "Journaling to SecureStore Archive")
                                   .add("JournalEmailAddress", "Contoso.Journal@Archive.Example")
                                   .add("Scope", "internal"));
    ASSERT_FALSE(o.terminating) << describe(o);
    ASSERT_EQ(o.output.size(), 1);
    const PsValue rule = o.output[0];
    EXPECT_EQ(rule.obj()->typeNames.first(),
              "Microsoft.Exchange.MessagingPolicies.Journaling.JournalRuleObject");
    EXPECT_EQ(str(rule, "Name"), "Journaling to SecureStore Archive");
    EXPECT_EQ(str(rule, "Identity"), "Journaling to SecureStore Archive");
    EXPECT_EQ(str(rule, "JournalEmailAddress"), "Contoso.Journal@Archive.Example"); // verbatim
    EXPECT_EQ(str(rule, "Scope"), "Internal");
    EXPECT_EQ(str(rule, "Recipient"), "");
    EXPECT_EQ(str(rule, "Enabled"), "False"); // New-JournalRule defaults to disabled
    EXPECT_EQ(str(rule, "RuleType"), "Journaling");
    EXPECT_EQ(str(rule, "IsValid"), "True");
    EXPECT_FALSE(QUuid::fromString(str(rule, "Guid")).isNull());
    EXPECT_TRUE(str(rule, "DistinguishedName")
                    .startsWith("CN=Journaling to SecureStore Archive,CN=JournalingVersioned"));
    EXPECT_EQ(rule.property("WhenChanged").type(), PsValue::Type::DateTime);

    o = org->run("admin", cmd("New-JournalRule")
                              .add("Name", "All")
                              .add("JournalEmailAddress", "x@archive.example")
                              .add("Enabled", true)
                              .add("Recipient", "alex.wilber@contoso.com"));
    ASSERT_FALSE(o.terminating) << describe(o);
    EXPECT_EQ(str(o.output[0], "Scope"), "Global");
    EXPECT_EQ(str(o.output[0], "Enabled"), "True");
    EXPECT_EQ(str(o.output[0], "Recipient"), "alex.wilber@contoso.com");

    o = org->run("admin", cmd("Get-JournalRule"));
    EXPECT_EQ(o.output.size(), 2);
    o = org->run("admin",
                 cmd("Get-JournalRule").add("Identity", "journaling to securestore archive"));
    ASSERT_EQ(o.output.size(), 1);
    o = org->run("admin", cmd("Get-JournalRule").add("Identity", "Nope"));
    ASSERT_EQ(o.errors.size(), 1);
    EXPECT_FALSE(o.terminating);
    EXPECT_EQ(o.errors[0].message,
              "The operation couldn't be performed because 'Nope' couldn't be found.");
    EXPECT_TRUE(isExchangeFqid(o.errors[0].fullyQualifiedErrorId,
                               "ManagementObjectNotFoundException",
                               kJournaling + "GetJournalRule"));
}

TEST(FakeOrgJournalRules, NewJournalRuleErrors)
{
    auto org = demoOrg();
    const QString longName(65, QLatin1Char('n'));
    CmdletOutcome o = org->run("admin", cmd("New-JournalRule")
                                            .add("Name", longName)
                                            .add("JournalEmailAddress", "x@archive.example"));
    ASSERT_TRUE(o.terminating);
    EXPECT_EQ(o.terminating->message,
              "The length of the property is too long. The maximum length is 64 and the length of "
              "the value provided is 65.");
    EXPECT_TRUE(isExchangeFqid(o.terminating->fullyQualifiedErrorId, "DataValidationException",
                               kJournaling + "NewJournalRule"));
    EXPECT_FALSE(org->run("admin", cmd("New-JournalRule")
                                       .add("Name", QString(64, 'n'))
                                       .add("JournalEmailAddress", "x@archive.example"))
                     .terminating);

    org->run("admin", cmd("New-JournalRule")
                          .add("Name", "Archive")
                          .add("JournalEmailAddress", "x@archive.example"));
    o = org->run("admin", cmd("New-JournalRule")
                              .add("Name", "ARCHIVE")
                              .add("JournalEmailAddress", "y@archive.example"));
    ASSERT_TRUE(o.terminating);
    EXPECT_EQ(o.terminating->message, "A journal rule with that name already exists.");
    EXPECT_EQ(o.terminating->category, "InvalidArgument");
    EXPECT_EQ(o.terminating->failureCategory(), "ArgumentException");
    EXPECT_EQ(o.terminating->activity, "New-JournalRule");
    EXPECT_TRUE(isExchangeFqid(o.terminating->fullyQualifiedErrorId, "ArgumentException",
                               kJournaling + "NewJournalRule"))
        << o.terminating->fullyQualifiedErrorId.toStdString();

    o = org->run(
        "admin",
        cmd("New-JournalRule").add("Name", "Bad").add("JournalEmailAddress", "not-a-recipient"));
    ASSERT_TRUE(o.terminating);
    EXPECT_EQ(o.terminating->message, "No recipient matched the specified parameter value.");
    EXPECT_EQ(o.terminating->category, "InvalidArgument");
    EXPECT_EQ(o.terminating->failureCategory(), "RecipientInvalidException");

    // A non-address value that names a recipient resolves to its primary address.
    o = org->run("admin", cmd("New-JournalRule")
                              .add("Name", "ToContact")
                              .add("JournalEmailAddress", "archive-contact"));
    ASSERT_FALSE(o.terminating) << describe(o);
    EXPECT_EQ(str(o.output[0], "JournalEmailAddress"), "archive-contact@contoso.com");

    o = org->run("admin", cmd("New-JournalRule")
                              .add("Name", "BadRecipient")
                              .add("JournalEmailAddress", "x@archive.example")
                              .add("Recipient", "bob"));
    ASSERT_TRUE(o.terminating);
    EXPECT_TRUE(
        o.terminating->fullyQualifiedErrorId.startsWith("ParameterArgumentTransformationError,"));
    EXPECT_EQ(org->model().journalRules.size(), 3);
}

TEST(FakeOrgJournalRules, SetEnableDisableRemove)
{
    auto org = demoOrg();
    org->run("admin", cmd("New-JournalRule")
                          .add("Name", "R")
                          .add("JournalEmailAddress", "x@archive.example")
                          .add("Scope", "Internal"));
    org->run("admin", cmd("New-JournalRule")
                          .add("Name", "Other")
                          .add("JournalEmailAddress", "x@archive.example"));

    CmdletOutcome o = org->run("admin", cmd("Set-JournalRule")
                                            .add("Identity", "r")
                                            .add("JournalEmailAddress", "y@archive.example")
                                            .add("Scope", "Global")
                                            .add("Confirm", false));
    ASSERT_FALSE(o.terminating) << describe(o);
    EXPECT_TRUE(o.output.isEmpty());
    EXPECT_EQ(org->model().journalRules[0].journalEmailAddress, "y@archive.example");
    EXPECT_EQ(org->model().journalRules[0].scope, "Global");
    o = org->run("admin", cmd("Set-JournalRule").add("Identity", "R").add("Scope", "Global"));
    ASSERT_EQ(o.warnings.size(), 1);
    EXPECT_EQ(o.warnings[0],
              "The command completed successfully but no settings of 'R' have been modified.");
    o = org->run("admin", cmd("Set-JournalRule").add("Identity", "R").add("Name", "other"));
    ASSERT_TRUE(o.terminating);
    EXPECT_EQ(o.terminating->message, "A journal rule with that name already exists.");
    o = org->run("admin", cmd("Set-JournalRule").add("Identity", "Missing").add("Scope", "Global"));
    ASSERT_TRUE(o.terminating);
    EXPECT_EQ(o.terminating->message,
              "The operation couldn't be performed because 'Missing' couldn't be found.");
    EXPECT_TRUE(isExchangeFqid(o.terminating->fullyQualifiedErrorId,
                               "ManagementObjectNotFoundException",
                               kJournaling + "SetJournalRule"));

    EXPECT_FALSE(
        org->run("admin", cmd("Enable-JournalRule").add("Identity", "R").add("Confirm", false))
            .terminating);
    EXPECT_TRUE(org->model().journalRules[0].enabled);
    EXPECT_EQ(
        str(org->run("admin", cmd("Get-JournalRule").add("Identity", "R")).output[0], "Enabled"),
        "True");
    EXPECT_FALSE(
        org->run("admin", cmd("Disable-JournalRule").add("Identity", "R").add("Confirm", false))
            .terminating);
    EXPECT_FALSE(org->model().journalRules[0].enabled);
    EXPECT_TRUE(
        org->run("admin", cmd("Enable-JournalRule").add("Identity", "Missing")).terminating);

    EXPECT_FALSE(
        org->run("admin", cmd("Remove-JournalRule").add("Identity", "R").add("Confirm", false))
            .terminating);
    EXPECT_EQ(org->model().journalRules.size(), 1);
    o = org->run("admin", cmd("Remove-JournalRule").add("Identity", "R").add("Confirm", false));
    ASSERT_TRUE(o.terminating);
    EXPECT_TRUE(isExchangeFqid(o.terminating->fullyQualifiedErrorId,
                               "ManagementObjectNotFoundException",
                               kJournaling + "RemoveJournalRule"));
}

TEST(FakeOrgRemoteDomains, DefaultNewSetRemove)
{
    auto org = demoOrg();
    CmdletOutcome o = org->run("admin", cmd("Get-RemoteDomain"));
    ASSERT_EQ(o.output.size(), 1);
    EXPECT_EQ(o.output[0].obj()->typeNames.first(),
              "Microsoft.Exchange.Data.Directory.SystemConfiguration.DomainContentConfig");
    EXPECT_EQ(str(o.output[0], "Name"), "Default");
    EXPECT_EQ(str(o.output[0], "DomainName"), "*");
    EXPECT_EQ(str(o.output[0], "AllowedOOFType"), "External");
    EXPECT_TRUE(o.output[0].property("TNEFEnabled").isNil());

    o = org->run("admin", cmd("New-RemoteDomain")
                              .add("Name", "SecureStore Archiving")
                              .add("DomainName", "archive.example"));
    ASSERT_FALSE(o.terminating) << describe(o);
    ASSERT_EQ(o.output.size(), 1);
    EXPECT_EQ(str(o.output[0], "DomainName"), "archive.example");

    o = org->run("admin", cmd("Set-RemoteDomain")
                              .addPositional(PsValue::string("securestore archiving"))
                              .add("AllowedOOFType", "None")
                              .add("TNEFEnabled", false)
                              .add("Confirm", false));
    ASSERT_FALSE(o.terminating) << describe(o);
    o = org->run("admin", cmd("Get-RemoteDomain").add("Identity", "SecureStore Archiving"));
    ASSERT_EQ(o.output.size(), 1);
    EXPECT_EQ(str(o.output[0], "AllowedOOFType"), "None");
    EXPECT_EQ(str(o.output[0], "TNEFEnabled"), "False");
    o = org->run("admin", cmd("Set-RemoteDomain")
                              .add("Identity", "SecureStore Archiving")
                              .addNull("TNEFEnabled")
                              .add("AutoReplyEnabled", false));
    ASSERT_FALSE(o.terminating) << describe(o);
    EXPECT_FALSE(org->model().remoteDomains[1].tnefEnabled.has_value());
    EXPECT_FALSE(org->model().remoteDomains[1].autoReplyEnabled);

    o = org->run("admin", cmd("Set-RemoteDomain")
                              .add("Identity", "SecureStore Archiving")
                              .add("AllowedOOFType", "Never"));
    ASSERT_TRUE(o.terminating);
    EXPECT_TRUE(o.terminating->message.contains("External, ExternalLegacy, InternalLegacy, None"));
    o = org->run("admin",
                 cmd("Set-RemoteDomain").add("Identity", "Nope").add("AllowedOOFType", "None"));
    ASSERT_TRUE(o.terminating);
    EXPECT_EQ(o.terminating->message,
              "The operation couldn't be performed because 'Nope' couldn't be found.");
    o = org->run("admin", cmd("Get-RemoteDomain").add("Identity", "Nope"));
    EXPECT_EQ(o.errors.size(), 1);

    EXPECT_FALSE(org->run("admin", cmd("Remove-RemoteDomain")
                                       .add("Identity", "SecureStore Archiving")
                                       .add("Confirm", false))
                     .terminating);
    EXPECT_EQ(org->model().remoteDomains.size(), 1);
    EXPECT_TRUE(org->run("admin", cmd("Remove-RemoteDomain")
                                      .add("Identity", "SecureStore Archiving")
                                      .add("Confirm", false))
                    .terminating);
}

TEST(FakeOrgRemoteDomains, DuplicatesAndValidation)
{
    auto org = demoOrg();
    ASSERT_FALSE(org->run("admin", cmd("New-RemoteDomain")
                                       .add("Name", "Archive")
                                       .add("DomainName", "*.archive.example"))
                     .terminating);

    CmdletOutcome o = org->run(
        "admin",
        cmd("New-RemoteDomain").add("Name", "Archive 2").add("DomainName", "archive.example"));
    ASSERT_TRUE(o.terminating);
    EXPECT_EQ(o.terminating->message, "The remote domain archive.example already exists.");
    EXPECT_EQ(o.terminating->category, "ResourceExists");
    EXPECT_TRUE(isExchangeFqid(o.terminating->fullyQualifiedErrorId,
                               "DuplicateRemoteDomainException", kSys + "NewRemoteDomain"));
    o = org->run(
        "admin",
        cmd("New-RemoteDomain").add("Name", "Archive 3").add("DomainName", "ARCHIVE.example"));
    EXPECT_TRUE(o.terminating);

    o = org->run("admin",
                 cmd("New-RemoteDomain").add("Name", "archive").add("DomainName", "other.example"));
    ASSERT_TRUE(o.terminating);
    EXPECT_EQ(o.terminating->message, "Active Directory operation failed on DC01.contoso.com. The "
                                      "object 'CN=archive,CN=Internet Message "
                                      "Formats,CN=Global Settings,CN=Contoso,CN=Microsoft "
                                      "Exchange,CN=Services,CN=Configuration,DC=contoso,DC=com' "
                                      "already exists.");
    EXPECT_TRUE(isExchangeFqid(o.terminating->fullyQualifiedErrorId,
                               "ADObjectAlreadyExistsException", kSys + "NewRemoteDomain"));

    o = org->run("admin",
                 cmd("New-RemoteDomain").add("Name", "Bad").add("DomainName", "not a domain"));
    ASSERT_TRUE(o.terminating);
    EXPECT_EQ(o.terminating->message,
              "Cannot process argument transformation on parameter 'DomainName'. \"not a domain\" "
              "isn't a valid SMTP domain.");
    o = org->run(
        "admin",
        cmd("New-RemoteDomain").add("Name", QString(65, 'x')).add("DomainName", "x.example"));
    ASSERT_TRUE(o.terminating);
    EXPECT_TRUE(o.terminating->message.startsWith(
        "The length of the property is too long. The maximum length is 64"));
    EXPECT_EQ(org->model().remoteDomains.size(), 2);
}

TEST(FakeOrgSendConnectors, NewGetSetRemove)
{
    auto org = demoOrg();
    CmdletOutcome o = org->run(
        "admin", cmd("New-SendConnector")
                     .add("Name", "SecureStore Archive")
                     .add("Usage", "Custom")
                     .add("AddressSpaces", QStringList{"SMTP:archive.example;1"})
                     .add("DNSRoutingEnabled", false)
                     .add("SmartHosts", QStringList{"smtp.archive.example", "192.0.2.10"})
                     .add("SourceTransportServers", QStringList{"ex01"})
                     .add("RequireTLS", true)
                     .add("TlsAuthLevel", "CertificateValidation"));
    ASSERT_FALSE(o.terminating) << describe(o);
    ASSERT_EQ(o.output.size(), 1);
    const PsValue c = o.output[0];
    EXPECT_EQ(c.obj()->typeNames.first(),
              "Microsoft.Exchange.Data.Directory.SystemConfiguration.SmtpSendConnectorConfig");
    EXPECT_EQ(c.property("AddressSpaces").toStringList(), QStringList{"SMTP:archive.example;1"});
    EXPECT_EQ(c.property("SmartHosts").toStringList(),
              (QStringList{"smtp.archive.example", "[192.0.2.10]"}));
    EXPECT_EQ(str(c, "DNSRoutingEnabled"), "False");
    EXPECT_EQ(c.property("SourceTransportServers").toStringList(), QStringList{"EX01"});
    EXPECT_EQ(str(c, "RequireTLS"), "True");
    EXPECT_EQ(str(c, "TlsAuthLevel"), "CertificateValidation");
    EXPECT_EQ(str(c, "Enabled"), "True");
    EXPECT_EQ(c.property("Port").toInteger(), 25);

    o = org->run("admin", cmd("Get-SendConnector").add("Identity", "securestore archive"));
    ASSERT_EQ(o.output.size(), 1);
    o = org->run("admin", cmd("Set-SendConnector")
                              .add("Identity", "SecureStore Archive")
                              .add("AddressSpaces", "archive2.example;5")
                              .add("Confirm", false));
    ASSERT_FALSE(o.terminating) << describe(o);
    EXPECT_EQ(org->model().sendConnectors[0].addressSpaces, QStringList{"SMTP:archive2.example;5"});
    o = org->run("admin", cmd("Set-SendConnector")
                              .add("Identity", "SecureStore Archive")
                              .add("SmartHosts", QStringList{}));
    ASSERT_TRUE(o.terminating);
    EXPECT_EQ(o.terminating->message,
              "You must specify a smart host if you are not using DNS to route mails.");

    o = org->run("admin", cmd("New-SendConnector")
                              .add("Name", "SecureStore Archive")
                              .add("AddressSpaces", "x.example")
                              .add("SmartHosts", "smtp.archive.example"));
    ASSERT_TRUE(o.terminating);
    EXPECT_TRUE(o.terminating->message.startsWith(
        "Active Directory operation failed on DC01.contoso.com. The object "
        "'CN=SecureStore Archive,CN=Connections,"));
    EXPECT_TRUE(o.terminating->message.endsWith("' already exists."));

    EXPECT_FALSE(org->run("admin", cmd("Remove-SendConnector")
                                       .add("Identity", "SecureStore Archive")
                                       .add("Confirm", false))
                     .terminating);
    EXPECT_TRUE(org->model().sendConnectors.isEmpty());
    o = org->run("admin", cmd("Remove-SendConnector").add("Identity", "SecureStore Archive"));
    ASSERT_TRUE(o.terminating);
    EXPECT_EQ(
        o.terminating->message,
        "The operation couldn't be performed because 'SecureStore Archive' couldn't be found.");
    o = org->run("admin", cmd("Get-SendConnector").add("Identity", "SecureStore Archive"));
    EXPECT_EQ(o.errors.size(), 1);
}

TEST(FakeOrgSendConnectors, ValidationTexts)
{
    auto org = demoOrg();
    auto base = [] { return cmd("New-SendConnector").add("Name", "S").add("Usage", "Custom"); };
    CmdletOutcome o = org->run(
        "admin", base().add("AddressSpaces", "SMTP:bad domain;1").add("SmartHosts", "h.example"));
    ASSERT_TRUE(o.terminating);
    EXPECT_EQ(o.terminating->message,
              "Cannot process argument transformation on parameter 'AddressSpaces'. \"bad domain\" "
              "isn't a valid SMTP domain.");
    o = org->run("admin",
                 base().add("AddressSpaces", "archive.example").add("SmartHosts", "bad host!"));
    ASSERT_TRUE(o.terminating);
    EXPECT_EQ(o.terminating->message,
              "Cannot process argument transformation on parameter 'SmartHosts'. \"bad host!\" is "
              "not a valid IP address or host name.");
    // Host names and IPv4 addresses only (as the client's validator: AddressSyntax).
    for (const char *ipv6 : {"2001:db8::25", "[2001:db8::25]"}) {
        o = org->run("admin",
                     base().add("AddressSpaces", "archive.example").add("SmartHosts", ipv6));
        ASSERT_TRUE(o.terminating) << ipv6;
        EXPECT_NE(o.terminating->message.indexOf("is not a valid IP address or host name."), -1);
    }
    o = org->run("admin",
                 base().add("AddressSpaces", "archive.example").add("DNSRoutingEnabled", false));
    ASSERT_TRUE(o.terminating);
    EXPECT_EQ(o.terminating->message,
              "You must specify a smart host if you are not using DNS to route mails.");
    EXPECT_TRUE(isExchangeFqid(o.terminating->fullyQualifiedErrorId, "DataValidationException",
                               kSys + "NewSendConnector"));
    o = org->run("admin", base()
                              .add("AddressSpaces", "archive.example")
                              .add("SmartHosts", "h.example")
                              .add("SourceTransportServers", "EX99"));
    ASSERT_TRUE(o.terminating);
    EXPECT_EQ(o.terminating->message,
              "The operation couldn't be performed because 'EX99' couldn't be found.");
    o = org->run("admin", base().add("SmartHosts", "h.example"));
    ASSERT_TRUE(o.terminating);
    EXPECT_TRUE(o.terminating->message.contains("missing mandatory parameters: AddressSpaces"));
    o = org->run("admin", base()
                              .add("AddressSpaces", "archive.example")
                              .add("SmartHosts", "h.example")
                              .add("Port", "abc"));
    ASSERT_TRUE(o.terminating);
    EXPECT_TRUE(
        o.terminating->fullyQualifiedErrorId.startsWith("ParameterArgumentTransformationError,"));
    EXPECT_TRUE(org->model().sendConnectors.isEmpty());

    // Smart hosts without -DNSRoutingEnabled route through them; DNS routing stays on otherwise.
    o = org->run("admin",
                 base().add("AddressSpaces", "archive.example").add("SmartHosts", "h.example"));
    ASSERT_FALSE(o.terminating) << describe(o);
    EXPECT_EQ(str(o.output[0], "DNSRoutingEnabled"), "False");
}
