// RBAC, parameter binding, Get-Command, users.
#include "CmdletCatalog.h"
#include "OrgTestSupport.h"

#include "ManagementRoles.h"
#include "PsValue.h"

using namespace fake;
using namespace fake::test;
using remoting::PsValue;

TEST(FakeOrgUsers, DemoUsersPasswordsAndPrincipals)
{
    auto org = demoOrg();
    EXPECT_EQ(org->serverName(), "EX01");
    EXPECT_EQ(org->exchangeVersion(), "Version 15.1 (Build 2507.6)");
    EXPECT_TRUE(org->checkPassword("admin", "Contoso!Admin1"));
    EXPECT_TRUE(org->checkPassword("helpdesk", "Contoso!Help1"));
    EXPECT_TRUE(org->checkPassword("auditor", "Contoso!View1"));
    EXPECT_FALSE(org->checkPassword("admin", "Contoso!Help1"));
    EXPECT_FALSE(org->checkPassword("admin", ""));
    EXPECT_FALSE(org->checkPassword("nobody", "x"));
    EXPECT_EQ(org->resolveUser("admin@CONTOSO.COM"), "admin");
    EXPECT_EQ(org->resolveUser("CONTOSO\\helpdesk"), "helpdesk");
    EXPECT_EQ(org->resolveUser("Admin@contoso.com"), "admin");
    EXPECT_EQ(org->resolveUser("ghost@CONTOSO.COM"), "ghost");
    EXPECT_TRUE(org->userExists("CONTOSO\\admin"));
    EXPECT_FALSE(org->userExists("ghost"));
    EXPECT_EQ(org->userRoles("admin"), QStringList{"Organization Management"});
}

TEST(FakeOrgRbac, CmdletOutsideRolesIsNotRecognized)
{
    auto org = demoOrg();
    const CmdletOutcome o = org->run(
        "helpdesk", cmd("New-RemoteDomain").add("Name", "x").add("DomainName", "x.example"));
    ASSERT_TRUE(o.terminating);
    EXPECT_EQ(o.terminating->message, "The term 'New-RemoteDomain' is not recognized as the name "
                                      "of a cmdlet, function, script file, or operable "
                                      "program. Check the spelling of the name, or if a path was "
                                      "included, verify that the path is correct and "
                                      "try again.");
    EXPECT_EQ(o.terminating->fullyQualifiedErrorId, "CommandNotFoundException");
    EXPECT_EQ(o.terminating->category, "ObjectNotFound");
    EXPECT_EQ(o.terminating->reason, "CommandNotFoundException");
    EXPECT_EQ(o.terminating->exceptionType,
              "System.Management.Automation.CommandNotFoundException");
    EXPECT_EQ(o.terminating->targetName, "New-RemoteDomain");
    EXPECT_EQ(o.terminating->failureCategory(), "CommandNotFoundException");
    EXPECT_EQ(org->model().remoteDomains.size(), 1);

    // Unknown users have no roles; unknown cmdlets are not recognized for anyone.
    EXPECT_TRUE(org->run("ghost", cmd("Get-JournalRule")).terminating);
    const CmdletOutcome unknown = org->run("admin", cmd("Get-Foo"));
    ASSERT_TRUE(unknown.terminating);
    EXPECT_TRUE(unknown.terminating->message.startsWith("The term 'Get-Foo' is not recognized"));
    // auditor (View-Only Configuration) reads configuration, servers and queues (HEALTH.md
    // 1.10) but cannot write or read message tracking.
    EXPECT_FALSE(org->run("auditor", cmd("Get-JournalRule")).terminating);
    EXPECT_FALSE(org->run("auditor", cmd("Get-ExchangeServer")).terminating);
    EXPECT_TRUE(org->run("auditor", cmd("Get-MessageTrackingLog")).terminating);
    EXPECT_TRUE(
        org->run("auditor",
                 cmd("New-JournalRule").add("Name", "n").add("JournalEmailAddress", "a@b.example"))
            .terminating);
}

TEST(FakeOrgRbac, JournalingRoleSetTransportConfigOnlyNdrParameter)
{
    auto org = demoOrg();
    // Journaling has no Get-TransportConfig, but View-Only Configuration does (helpdesk has both).
    EXPECT_FALSE(org->run("helpdesk", cmd("Get-TransportConfig")).terminating);

    const CmdletOutcome denied
        = org->run("helpdesk", cmd("Set-TransportConfig").add("MaxSendSize", "25MB"));
    ASSERT_TRUE(denied.terminating);
    EXPECT_EQ(denied.terminating->message,
              "A parameter cannot be found that matches parameter name 'MaxSendSize'.");
    EXPECT_EQ(denied.terminating->fullyQualifiedErrorId,
              "NamedParameterNotFound,Microsoft.Exchange.Management.SystemConfigurationTasks."
              "SetTransportConfig");
    EXPECT_EQ(denied.terminating->category, "InvalidArgument");
    EXPECT_EQ(denied.terminating->reason, "ParameterBindingException");
    EXPECT_EQ(denied.terminating->activity, "Set-TransportConfig");

    const CmdletOutcome ok
        = org->run("helpdesk", cmd("Set-TransportConfig")
                                   .add("JournalingReportNdrTo", "journal-ndr@contoso.com")
                                   .add("Confirm", false)
                                   .add("ErrorAction", "Stop"));
    EXPECT_FALSE(ok.terminating) << describe(ok);
    EXPECT_EQ(org->model().transportConfig.journalingReportNdrTo, "journal-ndr@contoso.com");

    // Admin has every parameter.
    EXPECT_FALSE(
        org->run("admin", cmd("Set-TransportConfig").add("MaxSendSize", "25 MB (26,214,400 bytes)"))
            .terminating);
}

TEST(FakeOrgRbac, RolesTableMatchesExchangeMd)
{
    EXPECT_EQ(ManagementRoles::rolesGranting("New-JournalRule"), QStringList{"Journaling"});
    EXPECT_EQ(ManagementRoles::rolesGranting("Get-AcceptedDomain"),
              QStringList{"Remote and Accepted Domains"});
    EXPECT_EQ(ManagementRoles::rolesGranting("Get-TransportService"),
              (QStringList{"Send Connectors", "View-Only Configuration"}));
    EXPECT_EQ(ManagementRoles::rolesGranting("Get-Queue"),
              (QStringList{"Transport Queues", "View-Only Configuration"}));
    EXPECT_EQ(ManagementRoles::rolesGranting("Get-MessageTrackingLog"),
              QStringList{"Message Tracking"});
    const QStringList ndr = ManagementRoles::rolesGranting("Set-TransportConfig");
    EXPECT_TRUE(ndr.contains("Journaling") && ndr.contains("Organization Transport Settings"));
    const auto g = ManagementRoles::grantFor({"Journaling"}, "Set-TransportConfig");
    EXPECT_TRUE(g.granted);
    EXPECT_FALSE(g.allParameters);
    EXPECT_EQ(g.parameters, QStringList{"JournalingReportNdrTo"});
    EXPECT_FALSE(ManagementRoles::grantFor({"Journaling"}, "Get-TransportConfig").granted);
    EXPECT_TRUE(ManagementRoles::grantFor({"Organization Management"}, "Remove-SendConnector")
                    .allParameters);
    EXPECT_TRUE(ManagementRoles::isKnownRole("view-only configuration"));
}

TEST(FakeOrgBinding, UnknownAmbiguousDuplicatePositionalAndMissingParameters)
{
    auto org = demoOrg();
    CmdletOutcome o = org->run("admin", cmd("New-JournalRule")
                                            .add("Name", "n")
                                            .add("JournalEmailAddress", "a@b.example")
                                            .add("Foo", "x"));
    ASSERT_TRUE(o.terminating);
    EXPECT_EQ(o.terminating->message,
              "A parameter cannot be found that matches parameter name 'Foo'.");
    EXPECT_EQ(
        o.terminating->fullyQualifiedErrorId,
        "NamedParameterNotFound,Microsoft.Exchange.MessagingPolicies.Journaling.NewJournalRule");

    // Set-JournalRule has no -Enabled.
    org->run("admin",
             cmd("New-JournalRule").add("Name", "R").add("JournalEmailAddress", "a@b.example"));
    o = org->run("admin", cmd("Set-JournalRule").add("Identity", "R").add("Enabled", true));
    ASSERT_TRUE(o.terminating);
    EXPECT_EQ(o.terminating->message,
              "A parameter cannot be found that matches parameter name 'Enabled'.");

    // Unique prefixes bind; ambiguous ones do not.
    o = org->run("admin", cmd("Get-JournalRule").add("Ident", "R"));
    EXPECT_FALSE(o.terminating) << describe(o);
    EXPECT_EQ(o.output.size(), 1);
    o = org->run("admin", cmd("Set-RemoteDomain").add("Identity", "Default").add("Auto", true));
    ASSERT_TRUE(o.terminating);
    EXPECT_EQ(o.terminating->message,
              "Parameter cannot be processed because the parameter name 'Auto' is ambiguous. "
              "Possible matches include: -AutoReplyEnabled -AutoForwardEnabled.");
    EXPECT_TRUE(o.terminating->fullyQualifiedErrorId.startsWith("AmbiguousParameter,"));

    o = org->run("admin", cmd("Get-JournalRule").add("Identity", "R").add("identity", "R"));
    ASSERT_TRUE(o.terminating);
    EXPECT_TRUE(o.terminating->fullyQualifiedErrorId.startsWith("ParameterAlreadyBound,"));

    // First positional argument binds to Identity (Get) / Name (New); a second has nowhere to go.
    o = org->run("admin", cmd("Get-RemoteDomain").addPositional(PsValue::string("Default")));
    EXPECT_EQ(o.output.size(), 1);
    o = org->run("admin", cmd("Get-RemoteDomain")
                              .addPositional(PsValue::string("Default"))
                              .addPositional(PsValue::string("x")));
    ASSERT_TRUE(o.terminating);
    EXPECT_EQ(o.terminating->message,
              "A positional parameter cannot be found that accepts argument 'x'.");
    EXPECT_TRUE(o.terminating->fullyQualifiedErrorId.startsWith("PositionalParameterNotFound,"));

    o = org->run("admin", cmd("New-JournalRule").add("Name", "n"));
    ASSERT_TRUE(o.terminating);
    EXPECT_EQ(o.terminating->message, "Cannot process command because of one or more missing "
                                      "mandatory parameters: JournalEmailAddress.");
    EXPECT_TRUE(o.terminating->fullyQualifiedErrorId.startsWith("MissingMandatoryParameter,"));

    o = org->run("admin",
                 cmd("New-JournalRule").add("Name", "").add("JournalEmailAddress", "a@b.example"));
    ASSERT_TRUE(o.terminating);
    EXPECT_EQ(o.terminating->message,
              "Cannot validate argument on parameter 'Name'. The argument is null or empty. "
              "Provide an argument that is not null or empty, and then try the command again.");

    // A switch given to a bool parameter needs an argument.
    o = org->run("admin", cmd("New-JournalRule")
                              .add("Name", "n")
                              .add("JournalEmailAddress", "a@b.example")
                              .addSwitch("Enabled"));
    ASSERT_TRUE(o.terminating);
    EXPECT_EQ(o.terminating->message,
              "Missing an argument for parameter 'Enabled'. Specify a parameter of type "
              "'System.Boolean' and try again.");

    // Strings are accepted where Exchange converts them; other strings are not booleans.
    o = org->run("admin", cmd("New-JournalRule")
                              .add("Name", "n2")
                              .add("JournalEmailAddress", "a@b.example")
                              .add("Enabled", "True"));
    EXPECT_FALSE(o.terminating) << describe(o);
    EXPECT_TRUE(org->model().journalRules.last().enabled);
    o = org->run("admin", cmd("New-JournalRule")
                              .add("Name", "n3")
                              .add("JournalEmailAddress", "a@b.example")
                              .add("Enabled", "yes"));
    ASSERT_TRUE(o.terminating);
    EXPECT_TRUE(
        o.terminating->fullyQualifiedErrorId.startsWith("ParameterArgumentTransformationError,"));
    EXPECT_EQ(o.terminating->message, "Cannot process argument transformation on parameter "
                                      "'Enabled'. Cannot convert value \"System.String\" to "
                                      "type \"System.Boolean\". Boolean parameters accept only "
                                      "Boolean values and numbers, such as $True, $False, "
                                      "1 or 0.");
}

TEST(FakeOrgBinding, EnumValuesAreValidated)
{
    auto org = demoOrg();
    const CmdletOutcome o = org->run("admin", cmd("New-JournalRule")
                                                  .add("Name", "n")
                                                  .add("JournalEmailAddress", "a@b.example")
                                                  .add("Scope", "Everything"));
    ASSERT_TRUE(o.terminating);
    EXPECT_EQ(o.terminating->message,
              "Cannot bind parameter 'Scope'. Cannot convert value \"Everything\" to type "
              "\"Microsoft.Exchange.MessagingPolicies.Journaling.JournalRuleScope\". Error: "
              "\"Unable to match the "
              "identifier name Everything to a valid enumerator name. Specify one of the following "
              "enumerator names and "
              "try again:\r\nGlobal, Internal, External\"");
    EXPECT_EQ(o.terminating->fullyQualifiedErrorId,
              "CannotConvertArgumentNoMessage,Microsoft.Exchange.MessagingPolicies.Journaling."
              "NewJournalRule");
    EXPECT_TRUE(org->model().journalRules.isEmpty());
}

TEST(FakeOrgCommon, ScriptIsRefusedInNoLanguageMode)
{
    auto org = demoOrg();
    remoting::Command script("Get-JournalRule | Remove-JournalRule");
    script.isScript = true;
    const CmdletOutcome o = org->run("admin", script);
    ASSERT_TRUE(o.terminating);
    EXPECT_EQ(o.terminating->message,
              "The syntax is not supported by this runspace. This can occur if the runspace is "
              "in no-language mode.");
    EXPECT_EQ(o.terminating->fullyQualifiedErrorId, "ScriptsNotAllowed");
}

TEST(FakeOrgCommon, WhatIfChangesNothingAndErrorActionApplies)
{
    auto org = demoOrg();
    CmdletOutcome o = org->run("admin", cmd("New-JournalRule")
                                            .add("Name", "n")
                                            .add("JournalEmailAddress", "a@b.example")
                                            .addSwitch("WhatIf"));
    EXPECT_FALSE(o.terminating);
    EXPECT_TRUE(o.output.isEmpty());
    EXPECT_TRUE(org->model().journalRules.isEmpty());

    o = org->run("admin",
                 cmd("Get-JournalRule").add("Identity", "missing").add("ErrorAction", "Stop"));
    ASSERT_TRUE(o.terminating);
    EXPECT_TRUE(o.errors.isEmpty());
    o = org->run(
        "admin",
        cmd("Get-JournalRule").add("Identity", "missing").add("ErrorAction", "SilentlyContinue"));
    EXPECT_FALSE(o.terminating);
    EXPECT_TRUE(o.errors.isEmpty());
}

TEST(FakeOrgGetCommand, ListsGrantedCmdletsAndReportsMissingOnes)
{
    auto org = demoOrg();
    const CmdletOutcome o
        = org->run("helpdesk", cmd("Get-Command")
                                   .add("Name", QStringList{"New-JournalRule", "New-RemoteDomain",
                                                            "Set-TransportConfig", "Get-Nothing"}));
    EXPECT_FALSE(o.terminating);
    ASSERT_EQ(o.output.size(), 2);
    EXPECT_EQ(str(o.output[0], "Name"), "New-JournalRule");
    EXPECT_TRUE(o.output[0].obj()->isA("CmdletInfo"));
    EXPECT_EQ(str(o.output[1], "Name"), "Set-TransportConfig");
    // Parameter-level RBAC is visible in Parameters.
    const PsValue params = o.output[1].property("Parameters");
    ASSERT_TRUE(params.isObject());
    QStringList keys;
    for (const auto &e : params.obj()->entries)
        keys.append(e.first.toString());
    EXPECT_TRUE(keys.contains("JournalingReportNdrTo"));
    EXPECT_FALSE(keys.contains("MaxSendSize"));

    ASSERT_EQ(o.errors.size(), 2);
    EXPECT_EQ(o.errors[0].targetName, "New-RemoteDomain");
    EXPECT_EQ(o.errors[0].message, "The term 'New-RemoteDomain' is not recognized as the name of a "
                                   "cmdlet, function, script file, or operable "
                                   "program. Check the spelling of the name, or if a path was "
                                   "included, verify that the path is correct and "
                                   "try again.");
    EXPECT_EQ(o.errors[0].fullyQualifiedErrorId,
              "CommandNotFoundException,Microsoft.PowerShell.Commands.GetCommandCommand");
    EXPECT_EQ(o.errors[0].category, "ObjectNotFound");
    EXPECT_EQ(o.errors[1].targetName, "Get-Nothing");

    const CmdletOutcome all = org->run("admin", cmd("Get-Command"));
    EXPECT_EQ(all.output.size(), CmdletCatalog::all().size()); // every emulated cmdlet
    EXPECT_GE(all.output.size(), 28);
    const CmdletOutcome wild = org->run("admin", cmd("Get-Command").add("Name", "*-JournalRule"));
    EXPECT_EQ(wild.output.size(), 6);
    EXPECT_TRUE(wild.errors.isEmpty());
}
