// Each step's NoChange / Create / Update / Conflict / Skip from organisation snapshots.
#include "ExchangeShapes.h"
#include "Planner.h"
#include "ScriptRenderer.h"

#include <gtest/gtest.h>

using namespace exchange;
using remoting::Command;

namespace {

JournalingSettings settings()
{
    JournalingSettings s;
    s.journalAddress = QStringLiteral("contoso@archive.securestore.example");
    s.ndrMailbox = QStringLiteral("journal-ndr@contoso.com");
    return s;
}

JournalRule rule(const QString &name, const QString &address,
                 const QString &scope = QStringLiteral("Internal"), bool enabled = true,
                 const QString &recipient = {})
{
    JournalRule r;
    r.name = name;
    r.identity = name;
    r.journalEmailAddress = address;
    r.scope = scope;
    r.enabled = enabled;
    r.recipient = recipient;
    return r;
}

} // namespace

TEST(Planner, FreshOrganisationCreatesEverything)
{
    JournalingSettings s = settings();
    s.connectorEnabled = true;
    s.smartHost = QStringLiteral("smtp.securestore.example");
    s.requireTls = true;
    const Plan p = Planner::plan(s, shapes::freshOrg());
    ASSERT_TRUE(p.isValid());
    ASSERT_EQ(p.steps.size(), 4);
    EXPECT_FALSE(p.hasConflicts());
    EXPECT_TRUE(p.hasChanges());

    const PlannedStep *ndr = p.step(StepKind::NdrMailbox);
    EXPECT_EQ(ndr->action, StepAction::Update);
    ASSERT_EQ(ndr->changes.size(), 1);
    EXPECT_EQ(ndr->changes.first(),
              Command(QStringLiteral("Set-TransportConfig"))
                  .add(QStringLiteral("JournalingReportNdrTo"), s.ndrMailbox));
    EXPECT_EQ(ndr->readBack.first().name, QStringLiteral("Get-TransportConfig"));
    EXPECT_EQ(ndr->previous.value(QStringLiteral("JournalingReportNdrTo")).toString(),
              QStringLiteral("<>"));

    const PlannedStep *r = p.step(StepKind::JournalRule);
    EXPECT_EQ(r->action, StepAction::Create);
    ASSERT_EQ(r->changes.size(), 1);
    EXPECT_EQ(r->changes.first(),
              Command(QStringLiteral("New-JournalRule"))
                  .add(QStringLiteral("Name"), QStringLiteral("Journaling to SecureStore Archive"))
                  .add(QStringLiteral("JournalEmailAddress"), s.journalAddress)
                  .add(QStringLiteral("Scope"), QStringLiteral("Internal"))
                  .add(QStringLiteral("Enabled"), true));
    EXPECT_EQ(r->readBack.first(), Command(QStringLiteral("Get-JournalRule"))
                                       .add(QStringLiteral("Identity"),
                                            QStringLiteral("Journaling to SecureStore Archive")));

    const PlannedStep *rd = p.step(StepKind::RemoteDomain);
    EXPECT_EQ(rd->action, StepAction::Create);
    ASSERT_EQ(rd->changes.size(), 2);
    EXPECT_EQ(
        rd->changes.at(0),
        Command(QStringLiteral("New-RemoteDomain"))
            .add(QStringLiteral("Name"), QStringLiteral("SecureStore Archiving"))
            .add(QStringLiteral("DomainName"), QStringLiteral("archive.securestore.example")));
    EXPECT_EQ(rd->changes.at(1),
              Command(QStringLiteral("Set-RemoteDomain"))
                  .add(QStringLiteral("Identity"), QStringLiteral("SecureStore Archiving"))
                  .add(QStringLiteral("AllowedOOFType"), QStringLiteral("None"))
                  .add(QStringLiteral("TNEFEnabled"), false));

    const PlannedStep *c = p.step(StepKind::SendConnector);
    EXPECT_EQ(c->action, StepAction::Create);
    ASSERT_EQ(c->changes.size(), 1);
    EXPECT_EQ(ScriptRenderer::command(c->changes.first()),
              QStringLiteral(
                  "New-SendConnector -Name 'SecureStore Archive Smarthost' -Usage 'Custom' "
                  "-AddressSpaces "
                  "'SMTP:archive.securestore.example;1' -DNSRoutingEnabled $false -SmartHosts "
                  "'smtp.securestore.example' -SourceTransportServers 'EX01' -RequireTLS $true"));
}

TEST(Planner, ConfiguredOrganisationHasNothingToChange)
{
    Organisation org = shapes::freshOrg();
    org.journalingReportNdrTo = QStringLiteral("Journal-NDR@Contoso.com");
    org.journalRules << rule(QStringLiteral("Journaling to SecureStore Archive"),
                             QStringLiteral("CONTOSO@archive.securestore.example"));
    org.remoteDomains << RemoteDomain{QStringLiteral("SecureStore Archiving"),
                                      QStringLiteral("SecureStore Archiving"),
                                      QStringLiteral("archive.securestore.example"),
                                      QStringLiteral("None"), QStringLiteral("False")};
    SendConnector c;
    c.name = QStringLiteral("SecureStore Archive Smarthost");
    c.addressSpaces = {QStringLiteral("SMTP:archive.securestore.example;1")};
    c.smartHosts = {QStringLiteral("SMTP.securestore.example")};
    c.dnsRoutingEnabled = false;
    c.sourceTransportServers = {QStringLiteral("EX01")};
    org.sendConnectors << c;
    JournalingSettings s = settings();
    s.connectorEnabled = true;
    s.smartHost = QStringLiteral("smtp.securestore.example");
    const Plan p = Planner::plan(s, org);
    ASSERT_TRUE(p.isValid());
    for (const PlannedStep &step : p.steps)
        EXPECT_EQ(step.action, StepAction::NoChange) << stepKindName(step.kind).toStdString();
    EXPECT_FALSE(p.hasChanges());
    EXPECT_FALSE(p.hasConflicts());
}

TEST(Planner, ExistingDifferentNdrNeedsConsent)
{
    Organisation org = shapes::freshOrg();
    org.journalingReportNdrTo = QStringLiteral("old-ndr@contoso.com");
    JournalingSettings s = settings();
    Plan p = Planner::plan(s, org);
    const PlannedStep *ndr = p.step(StepKind::NdrMailbox);
    EXPECT_EQ(ndr->action, StepAction::Conflict);
    EXPECT_TRUE(ndr->conflict.contains(QStringLiteral("old-ndr@contoso.com")));
    EXPECT_TRUE(ndr->changes.isEmpty());
    s.replaceExistingNdr = true;
    p = Planner::plan(s, org);
    ndr = p.step(StepKind::NdrMailbox);
    EXPECT_EQ(ndr->action, StepAction::Update);
    EXPECT_EQ(ndr->previous.value(QStringLiteral("JournalingReportNdrTo")).toString(),
              QStringLiteral("old-ndr@contoso.com"));
    ASSERT_EQ(ndr->warnings.size(), 1);
    EXPECT_TRUE(ndr->warnings.first().contains(QStringLiteral("old-ndr@contoso.com")));
}

TEST(Planner, EquivalentRuleIsReusedNotDuplicated)
{
    Organisation org = shapes::freshOrg();
    org.journalRules << rule(QStringLiteral("Archive everything"),
                             QStringLiteral("contoso@ARCHIVE.securestore.example"));
    const Plan p = Planner::plan(settings(), org);
    const PlannedStep *r = p.step(StepKind::JournalRule);
    EXPECT_EQ(r->action, StepAction::NoChange);
    EXPECT_EQ(r->identity, QStringLiteral("Archive everything"));
    EXPECT_TRUE(r->changes.isEmpty());
    EXPECT_TRUE(r->warnings.isEmpty()); // the reused rule is not double archiving
}

TEST(Planner, DisabledEquivalentRuleIsEnabled)
{
    Organisation org = shapes::freshOrg();
    org.journalRules << rule(QStringLiteral("Old SecureStore"),
                             QStringLiteral("contoso@archive.securestore.example"),
                             QStringLiteral("Internal"), false);
    const Plan p = Planner::plan(settings(), org);
    const PlannedStep *r = p.step(StepKind::JournalRule);
    EXPECT_EQ(r->action, StepAction::Update);
    EXPECT_EQ(r->operation, ChangeOperation::Enable);
    ASSERT_EQ(r->changes.size(), 1);
    EXPECT_EQ(r->changes.first(),
              Command(QStringLiteral("Enable-JournalRule"))
                  .add(QStringLiteral("Identity"), QStringLiteral("Old SecureStore")));
    EXPECT_EQ(r->readBack.first().parameter(QStringLiteral("Identity"))->value.toString(),
              QStringLiteral("Old SecureStore"));
}

TEST(Planner, SameNameDisabledEquivalentRuleIsEnabled)
{
    Organisation org = shapes::freshOrg();
    org.journalRules << rule(QStringLiteral("Journaling to SecureStore Archive"),
                             QStringLiteral("contoso@archive.securestore.example"),
                             QStringLiteral("Internal"), false);
    const Plan p = Planner::plan(settings(), org);
    EXPECT_EQ(p.step(StepKind::JournalRule)->action, StepAction::Update);
}

TEST(Planner, RulesThatAreNotEquivalent)
{
    // same address but Global scope, or a specific recipient: not equivalent -> create ours
    Organisation org = shapes::freshOrg();
    org.journalRules << rule(QStringLiteral("Global one"),
                             QStringLiteral("contoso@archive.securestore.example"),
                             QStringLiteral("Global"))
                     << rule(QStringLiteral("One user"),
                             QStringLiteral("contoso@archive.securestore.example"),
                             QStringLiteral("Internal"), true, QStringLiteral("ceo@contoso.com"));
    const Plan p = Planner::plan(settings(), org);
    EXPECT_EQ(p.step(StepKind::JournalRule)->action, StepAction::Create);
}

TEST(Planner, DoubleArchivingWarning)
{
    Organisation org = shapes::freshOrg();
    org.journalRules << rule(QStringLiteral("Old archive"),
                             QStringLiteral("vault@oldarchive.example"), QStringLiteral("Global"))
                     << rule(QStringLiteral("Disabled old"), QStringLiteral("x@oldarchive.example"),
                             QStringLiteral("Internal"), false)
                     << rule(QStringLiteral("External only"),
                             QStringLiteral("y@oldarchive.example"), QStringLiteral("External"));
    const Plan p = Planner::plan(settings(), org);
    ASSERT_EQ(p.warnings.size(), 1);
    EXPECT_TRUE(p.warnings.first().contains(QStringLiteral("Old archive")));
    EXPECT_TRUE(p.warnings.first().contains(QStringLiteral("twice")));
    EXPECT_EQ(p.step(StepKind::JournalRule)->action, StepAction::Create);
}

TEST(Planner, RemoteDomainCases)
{
    Organisation org = shapes::freshOrg();
    // an existing remote domain for *.domain is reused, only its settings are set
    org.remoteDomains << RemoteDomain{QStringLiteral("Archive"), QStringLiteral("Archive"),
                                      QStringLiteral("*.archive.securestore.example"),
                                      QStringLiteral("External"), QString()};
    Plan p = Planner::plan(settings(), org);
    const PlannedStep *rd = p.step(StepKind::RemoteDomain);
    EXPECT_EQ(rd->action, StepAction::Update);
    EXPECT_EQ(rd->identity, QStringLiteral("Archive"));
    ASSERT_EQ(rd->changes.size(), 1);
    EXPECT_EQ(rd->changes.first().name, QStringLiteral("Set-RemoteDomain"));
    EXPECT_EQ(rd->previous.value(QStringLiteral("AllowedOOFType")).toString(),
              QStringLiteral("External"));

    // already right
    org.remoteDomains[0].allowedOofType = QStringLiteral("None");
    org.remoteDomains[0].tnefEnabled = QStringLiteral("False");
    EXPECT_EQ(Planner::plan(settings(), org).step(StepKind::RemoteDomain)->action,
              StepAction::NoChange);

    // the name is taken by a remote domain for another domain
    org = shapes::freshOrg();
    org.remoteDomains << RemoteDomain{QStringLiteral("securestore archiving"), QStringLiteral("x"),
                                      QStringLiteral("other.example"), QStringLiteral("None"),
                                      QStringLiteral("False")};
    p = Planner::plan(settings(), org);
    EXPECT_EQ(p.step(StepKind::RemoteDomain)->action, StepAction::Conflict);

    // turned off
    JournalingSettings s = settings();
    s.remoteDomainEnabled = false;
    EXPECT_EQ(Planner::plan(s, org).step(StepKind::RemoteDomain)->action, StepAction::Skip);
}

TEST(Planner, ConnectorCases)
{
    JournalingSettings s = settings();
    s.connectorEnabled = true;
    s.smartHost = QStringLiteral("smtp.securestore.example");
    Organisation org = shapes::freshOrg();
    SendConnector other;
    other.name = QStringLiteral("Outbound via Mailprotector");
    other.addressSpaces = {QStringLiteral("SMTP:*;1")};
    other.smartHosts = {QStringLiteral("relay.mailprotector.example")};
    other.dnsRoutingEnabled = false;
    org.sendConnectors << other;
    EXPECT_EQ(Planner::plan(s, org).step(StepKind::SendConnector)->action, StepAction::Create);

    // another connector already routes the domain
    SendConnector routing;
    routing.name = QStringLiteral("Legacy archive route");
    routing.addressSpaces = {QStringLiteral("smtp:Archive.SecureStore.example;10")};
    routing.dnsRoutingEnabled = true;
    org.sendConnectors << routing;
    Plan p = Planner::plan(s, org);
    EXPECT_EQ(p.step(StepKind::SendConnector)->action, StepAction::Conflict);
    EXPECT_TRUE(
        p.step(StepKind::SendConnector)->conflict.contains(QStringLiteral("Legacy archive route")));

    // our name taken by a connector for something else
    org.sendConnectors.removeLast();
    SendConnector sameName;
    sameName.name = QStringLiteral("SecureStore Archive Smarthost");
    sameName.addressSpaces = {QStringLiteral("SMTP:elsewhere.example;1")};
    org.sendConnectors << sameName;
    EXPECT_EQ(Planner::plan(s, org).step(StepKind::SendConnector)->action, StepAction::Conflict);

    s.connectorEnabled = false;
    EXPECT_EQ(Planner::plan(s, org).step(StepKind::SendConnector)->action, StepAction::Skip);
}

TEST(Planner, MissingRolesAreCarriedIntoThePlan)
{
    Organisation org = shapes::freshOrg();
    org.missingRoles = {QStringLiteral("Journaling")};
    const Plan p = Planner::plan(settings(), org);
    EXPECT_EQ(p.missingRoles, QStringList{QStringLiteral("Journaling")});
}

TEST(Planner, SmartHostThatDoesNotResolveIsAWarningNotABlocker)
{
    JournalingSettings s = settings();
    s.connectorEnabled = true;
    s.smartHost = QStringLiteral("smtp.securestore.example");
    Organisation org = shapes::freshOrg();

    // Not looked up (e.g. the lookup was not needed): no warning.
    const Plan notLookedPlan = Planner::plan(s, org); // the step points into it
    const PlannedStep *notLooked = notLookedPlan.step(StepKind::SendConnector);
    EXPECT_TRUE(notLooked->warnings.isEmpty());

    org.smartHostLookedUp = s.smartHost;
    org.smartHostResolved = true;
    EXPECT_TRUE(Planner::plan(s, org).step(StepKind::SendConnector)->warnings.isEmpty());

    org.smartHostResolved = false;
    org.smartHostLookupError = QStringLiteral("Host not found");
    const Plan p = Planner::plan(s, org);
    const PlannedStep *c = p.step(StepKind::SendConnector);
    EXPECT_EQ(c->action, StepAction::Create);
    ASSERT_EQ(c->warnings.size(), 1);
    EXPECT_TRUE(c->warnings.first().contains(QStringLiteral("smtp.securestore.example")));
    EXPECT_TRUE(c->warnings.first().contains(QStringLiteral("Host not found")));
    EXPECT_FALSE(p.hasConflicts());

    // A lookup of another name (settings changed since) says nothing about this one.
    s.smartHost = QStringLiteral("relay.securestore.example");
    EXPECT_TRUE(Planner::plan(s, org).step(StepKind::SendConnector)->warnings.isEmpty());
}

TEST(Planner, ConnectorDifferingInSourceServersOrTlsIsNotNoChange)
{
    // "Nothing to change" must mean what verify and the read-back would accept.
    Organisation org = shapes::freshOrg();
    SendConnector c;
    c.name = QStringLiteral("SecureStore Archive Smarthost");
    c.addressSpaces = {QStringLiteral("SMTP:archive.securestore.example;1")};
    c.smartHosts = {QStringLiteral("smtp.securestore.example")};
    c.dnsRoutingEnabled = false;
    c.sourceTransportServers = {QStringLiteral("EX02")}; // not the servers asked for
    org.sendConnectors << c;
    JournalingSettings s = settings();
    s.connectorEnabled = true;
    s.smartHost = QStringLiteral("smtp.securestore.example");
    s.sourceServers = {QStringLiteral("EX01")};
    EXPECT_NE(Planner::plan(s, org).step(StepKind::SendConnector)->action, StepAction::NoChange);

    org.sendConnectors.first().sourceTransportServers = {QStringLiteral("ex01")};
    EXPECT_EQ(Planner::plan(s, org).step(StepKind::SendConnector)->action, StepAction::NoChange);

    s.requireTls = true; // the connector does not require TLS
    EXPECT_NE(Planner::plan(s, org).step(StepKind::SendConnector)->action, StepAction::NoChange);
}
