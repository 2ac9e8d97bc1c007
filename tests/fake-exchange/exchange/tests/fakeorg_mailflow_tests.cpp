// The simulated mail flow (../../MAILFLOW.md): journal reports, routing, the archive's
// answers, queues, tracking, RBAC and the simulated clock, through FakeOrganisation::run.
#include "OrgTestSupport.h"

#include "OrganisationJson.h"

#include <QFile>
#include <QTemporaryDir>

using namespace fake;
using fake::test::cmd;
using fake::test::str;
using remoting::PsValue;

namespace {

const QString kJournal = QStringLiteral("abc123@archive.securestore.net");
const QString kNdr = QStringLiteral("journal-ndr@contoso.com");
const QDateTime kFixtureNow
    = QDateTime::fromString(QStringLiteral("2026-11-30T08:00:00Z"), Qt::ISODate);

std::unique_ptr<FakeOrganisation> fixture(const QString &name, const QDateTime &now = kFixtureNow)
{
    auto loaded = FakeOrganisation::load(QStringLiteral(FAKE_FIXTURES_DIR "/") + name
                                         + QStringLiteral(".json"));
    EXPECT_TRUE(loaded.ok()) << (loaded.ok() ? std::string()
                                             : loaded.error().message.toStdString());
    if (!loaded.ok())
        return nullptr;
    auto org = std::move(loaded).value();
    org->setClock(SimulatedClock::frozen(now));
    return org;
}

QList<PsValue> run(FakeOrganisation &org, const remoting::Command &c,
                   const QString &user = QStringLiteral("admin"))
{
    const CmdletOutcome o = org.run(user, c);
    EXPECT_FALSE(o.terminating) << c.name.toStdString() << ": " << fake::test::describe(o);
    EXPECT_TRUE(o.errors.isEmpty()) << c.name.toStdString() << ": " << fake::test::describe(o);
    return o.output;
}

QList<PsValue> tracking(FakeOrganisation &org, remoting::Command c = cmd("Get-MessageTrackingLog"))
{
    c.add(QStringLiteral("ResultSize"), QStringLiteral("Unlimited"));
    return run(org, c);
}

QList<PsValue> withEvent(const QList<PsValue> &events, const QString &eventId,
                         const QString &source = {})
{
    QList<PsValue> out;
    for (const PsValue &e : events)
        if (str(e, "EventId") == eventId && (source.isEmpty() || str(e, "Source") == source))
            out.append(e);
    return out;
}

bool isJournalReportId(const QString &id)
{
    return id.startsWith(QLatin1Char('<'))
           && id.endsWith(QLatin1String("@journal.report.generator>"));
}

const PsValue *findQueue(const QList<PsValue> &queues, const QString &deliveryType)
{
    for (const PsValue &q : queues)
        if (str(q, "DeliveryType") == deliveryType)
            return &q;
    return nullptr;
}
// The result points into the list: a temporary list would leave it dangling.
const PsValue *findQueue(QList<PsValue> &&queues, const QString &deliveryType) = delete;

} // namespace

TEST(FakeOrgMailFlow, DemoHasInternalMailButNoJournalReportsUntilARuleExists)
{
    auto org = fake::test::demoOrg();
    const QDateTime start
        = QDateTime::fromString(QStringLiteral("2026-11-30T09:00:00Z"), Qt::ISODate);
    // "since" defaults to the clock's start: message 0 arrives then.
    org->setClock(SimulatedClock::frozen(start));
    const QList<PsValue> queues = run(*org, cmd("Get-Queue"));
    ASSERT_EQ(queues.size(), 2);
    EXPECT_EQ(str(queues.at(0), "Identity"), "EX01\\Submission");
    EXPECT_EQ(str(queues.at(0), "DeliveryType"), "Undefined");
    EXPECT_EQ(str(queues.at(0), "NextHopDomain"), "Submission");
    EXPECT_EQ(str(queues.at(1), "Identity"), "EX01\\Unreachable");
    EXPECT_EQ(str(queues.at(1), "NextHopDomain"), "Unreachable Domain");
    EXPECT_EQ(queues.at(1).property("MessageCount").toInteger(), 0);
    EXPECT_TRUE(queues.at(0).obj()->isA("QueueViewer.PropertyBagBasedQueueInfo"));

    const QList<PsValue> events = tracking(*org);
    ASSERT_FALSE(events.isEmpty()); // message 0 arrived at the clock's start
    for (const PsValue &e : events)
        EXPECT_FALSE(isJournalReportId(str(e, "MessageId")));
    EXPECT_EQ(withEvent(events, "RECEIVE", "STOREDRIVER").size(), 1);
    EXPECT_EQ(str(withEvent(events, "RECEIVE").first(), "MessageSubject"), "Internal message 0");
}

TEST(FakeOrgMailFlow, RuleCreatedAtTheSimulatedTimeJournalsLaterMailWhichIsSent)
{
    auto org = fake::test::demoOrg();
    const QDateTime t0 = QDateTime::fromString(QStringLiteral("2026-11-30T09:00:00Z"), Qt::ISODate);
    org->setClock(SimulatedClock::frozen(t0));
    run(*org, cmd("Set-TransportConfig").add("JournalingReportNdrTo", kNdr));
    const QList<PsValue> rule = run(*org, cmd("New-JournalRule")
                                              .add("Name", "Journal")
                                              .add("JournalEmailAddress", kJournal)
                                              .add("Scope", "Internal")
                                              .add("Enabled", true));
    ASSERT_EQ(rule.size(), 1);
    EXPECT_EQ(rule.first().property("WhenChanged").scalar().toString(), "2026-11-30T09:00:00.000Z");

    // Two minutes later (120 messages an hour = every 30 s): messages 1..4 are journaled.
    org->freezeClockAt(t0.addSecs(120));
    const QList<PsValue> events = tracking(*org);
    const QList<PsValue> created = withEvent(events, "RECEIVE", "AGENT");
    ASSERT_EQ(created.size(), 4) << "message 0 arrived with the rule (whenChanged <= time)";
    // Message 0 at t0 is journaled too (rule whenChanged == t0); 1..3 follow; 4 at t0+120 has
    // no report yet (created 2 s after arrival).
    const PsValue &jr = created.first();
    EXPECT_TRUE(isJournalReportId(str(jr, "MessageId"))) << str(jr, "MessageId").toStdString();
    EXPECT_EQ(str(jr, "SourceContext"), "Journaling");
    EXPECT_EQ(str(jr, "Sender"), "MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@contoso.com");
    EXPECT_EQ(str(jr, "ReturnPath"), kNdr);
    EXPECT_EQ(jr.property("Recipients").toStringList(), QStringList{kJournal});
    EXPECT_EQ(str(jr, "MessageSubject"), "Internal message 0");
    EXPECT_EQ(jr.property("Timestamp").scalar().toString(), "2026-11-30T09:00:02.000Z");
    ASSERT_EQ(jr.property("Reference").toStringList().size(), 1);

    // The original's AGENTINFO names the report; the report's names the original.
    const QList<PsValue> agentInfo = withEvent(events, "AGENTINFO");
    bool origFound = false;
    for (const PsValue &e : agentInfo) {
        const PsValue data = e.property("EventData");
        ASSERT_TRUE(data.isObject());
        QMap<QString, QString> kv;
        for (const PsValue &item : data.obj()->items)
            kv.insert(str(item, "Key"), str(item, "Value"));
        if (kv.value("JA") == "ORIG" && kv.value("mid") == str(jr, "MessageId")) {
            origFound = true;
            EXPECT_EQ(kv.value("dest"), kJournal);
        }
    }
    EXPECT_TRUE(origFound);

    // Demo: no connector, an implicit Internet connector, the archive accepts: SEND (15.1).
    const QList<PsValue> sent = withEvent(events, "SEND", "SMTP");
    ASSERT_EQ(sent.size(), 4);
    EXPECT_EQ(str(sent.first(), "MessageId"), str(jr, "MessageId"));
    EXPECT_EQ(str(sent.first(), "ConnectorId"), "Internet");
    EXPECT_EQ(str(sent.first(), "ServerHostname"), "mx1.archive.securestore.net");
    EXPECT_TRUE(
        sent.first().property("RecipientStatus").toStringList().first().startsWith("250 2.6.0 "));
    EXPECT_EQ(sent.first().property("Timestamp").scalar().toString(), "2026-11-30T09:00:05.000Z");

    // Follow one report by -MessageId: RECEIVE, AGENTINFO, SEND.
    const QList<PsValue> one
        = tracking(*org, cmd("Get-MessageTrackingLog").add("MessageId", str(jr, "MessageId")));
    ASSERT_EQ(one.size(), 3);
    EXPECT_EQ(str(one.at(2), "EventId"), "SEND");

    // The delivery queue (DNS, next hop = the domain) is empty and Ready, then vanishes.
    const QList<PsValue> queues = run(*org, cmd("Get-Queue").add("Server", "EX01"));
    const PsValue *q = findQueue(queues, "DnsConnectorDelivery");
    ASSERT_TRUE(q);
    EXPECT_EQ(str(*q, "NextHopDomain"), "archive.securestore.net");
    EXPECT_EQ(str(*q, "Status"), "Ready");
    EXPECT_EQ(q->property("MessageCount").toInteger(), 0);
    EXPECT_TRUE(str(*q, "Identity").startsWith("EX01\\"));
    EXPECT_EQ(str(*q, "NextHopCategory"), "External");
    run(*org, cmd("Disable-JournalRule").add("Identity", "Journal"));
    org->freezeClockAt(t0.addSecs(600));
    const QList<PsValue> queuesLater = run(*org, cmd("Get-Queue"));
    EXPECT_FALSE(findQueue(queuesLater, "DnsConnectorDelivery"));
}

TEST(FakeOrgMailFlow, SmartHostConnectorSendsExternalAndRepeatedReadsAgree)
{
    auto org = fixture(QStringLiteral("healthy-smarthost"));
    ASSERT_TRUE(org);
    const QList<PsValue> events = tracking(*org);
    const QList<PsValue> sent = withEvent(events, "SENDEXTERNAL", "SMTP");
    // 06:30..08:00 at 12/h = 19 messages; the rule (07:00) journals 07:00..08:00 = 13, and the
    // one at 08:00 only has its RECEIVE so far.
    EXPECT_EQ(withEvent(events, "RECEIVE", "AGENT").size(), 12);
    ASSERT_EQ(sent.size(), 12);
    EXPECT_EQ(str(sent.first(), "ConnectorId"), "SecureStore Archive Smarthost");
    EXPECT_EQ(str(sent.first(), "ServerHostname"), "smtp.securestore.net");
    EXPECT_EQ(str(sent.first(), "MessageSubject"), "Internal message 6");
    EXPECT_EQ(withEvent(events, "SEND").size(), 0);
    EXPECT_EQ(tracking(*org), events);

    const QList<PsValue> queues = run(
        *org, cmd("Get-Queue").add("Filter", "DeliveryType -eq 'SmartHostConnectorDelivery'"));
    // The last report left at 07:55:05; the queue idled out at 07:58:05.
    EXPECT_TRUE(queues.isEmpty());
    org->setClock(SimulatedClock::frozen(kFixtureNow.addSecs(5)));
    const QList<PsValue> active = run(
        *org, cmd("Get-Queue").add("Filter", "DeliveryType -eq 'SmartHostConnectorDelivery'"));
    ASSERT_EQ(active.size(), 1);
    EXPECT_EQ(str(active.first(), "NextHopDomain"), "smtp.securestore.net");
    EXPECT_EQ(str(active.first(), "NextHopConnector"), "6f8a4a5e-1c64-4a0b-9d0c-4b2b54a1d050");
    // At 08:00:05 the 08:00 report (routed 08:00:03) is being sent (leaves at 08:00:05): gone.
    EXPECT_EQ(str(active.first(), "Status"), "Ready");
    org->setClock(SimulatedClock::frozen(kFixtureNow.addSecs(4)));
    const QList<PsValue> sending
        = run(*org, cmd("Get-Queue").add("Identity", "EX01\\smtp.securestore.net"));
    ASSERT_EQ(sending.size(), 1);
    EXPECT_EQ(str(sending.first(), "Status"), "Active");
    EXPECT_EQ(sending.first().property("MessageCount").toInteger(), 1);
    const QList<PsValue> counts = sending.first().property("MessageCountsPerPriority").obj()->items;
    ASSERT_EQ(counts.size(), 4);
    EXPECT_EQ(counts.at(2).toInteger(), 1); // Low
}

TEST(FakeOrgMailFlow, DeferDnsKeepsReportsInARetryQueueWithTheDnsError)
{
    auto org = fixture(QStringLiteral("defer-dns"));
    ASSERT_TRUE(org);
    const QList<PsValue> retry
        = run(*org, cmd("Get-Queue")
                        .add("Server", "EX01")
                        .add("Filter", "Status -eq 'Retry' -and MessageCount -gt 0"));
    ASSERT_EQ(retry.size(), 1);
    const PsValue &q = retry.first();
    EXPECT_EQ(str(q, "DeliveryType"), "DnsConnectorDelivery");
    EXPECT_EQ(str(q, "NextHopDomain"), "archive.securestore.net");
    EXPECT_EQ(q.property("MessageCount").toInteger(), 12); // the 08:00 report is not created yet
    EXPECT_TRUE(
        str(q, "LastError")
            .contains(
                "{LED=451 4.4.0 DNS query failed. The error was: SMTPSEND.DNS.NonExistentDomain; "
                "nonexistent domain};{FQDN=mx1.archive.securestore.net};{IP=}]"))
        << str(q, "LastError").toStdString();
    EXPECT_TRUE(str(q, "LastError").startsWith("[{LRT=11/30/2026 7:50:05 AM}"))
        << str(q, "LastError").toStdString();
    // First attempt 07:00:05; 6 retries every 5 min to 07:30:05, then every 10 min: 07:40,
    // 07:50 (+05) -> 9 attempts so far, next at 08:00:05.
    EXPECT_EQ(q.property("RetryCount").toInteger(), 9);
    EXPECT_EQ(q.property("FirstRetryTime").scalar().toString(), "2026-11-30T07:00:05.000Z");
    EXPECT_EQ(q.property("LastRetryTime").scalar().toString(), "2026-11-30T07:50:05.000Z");
    EXPECT_EQ(q.property("NextRetryTime").scalar().toString(), "2026-11-30T08:00:05.000Z");

    const QList<PsValue> messages = run(
        *org,
        cmd("Get-Message").add("Queue", str(q, "Identity")).addSwitch("IncludeRecipientInfo"));
    ASSERT_EQ(messages.size(), 12);
    const PsValue &m = messages.first();
    EXPECT_EQ(str(m, "FromAddress"), kNdr);
    EXPECT_EQ(str(m, "OriginalFromAddress"), "administrator@contoso.com");
    EXPECT_TRUE(isJournalReportId(str(m, "InternetMessageId")));
    EXPECT_EQ(str(m, "Status"), "Retry");
    EXPECT_EQ(str(m, "Priority"), "Low");
    EXPECT_EQ(m.property("ExpirationTime").scalar().toString(), "2026-12-02T07:00:02.000Z");
    const PsValue recipients = m.property("Recipients");
    ASSERT_TRUE(recipients.isObject());
    ASSERT_EQ(recipients.obj()->items.size(), 1);
    EXPECT_EQ(str(recipients.obj()->items.first(), "Address"), kJournal);
    EXPECT_EQ(str(recipients.obj()->items.first(), "Status"), "Retry");
    // Without the switch, Recipients is $null; the filter finds reports on the server.
    const QList<PsValue> byFilter
        = run(*org, cmd("Get-Message")
                        .add("Server", "EX01")
                        .add("Filter", "InternetMessageId -like '*@journal.report.generator>'"));
    EXPECT_EQ(byFilter.size(), 12);
    EXPECT_TRUE(byFilter.first().property("Recipients").isNil());
    EXPECT_EQ(run(*org, cmd("Get-Message").add("Identity", str(m, "Identity"))).size(), 1);

    const QList<PsValue> defers = withEvent(tracking(*org), "DEFER");
    ASSERT_EQ(defers.size(), 11); // the 07:55 report waits for the 08:00:05 attempt
    EXPECT_TRUE(
        defers.first().property("RecipientStatus").toStringList().first().startsWith("451 4.4.0"));
    EXPECT_TRUE(withEvent(tracking(*org), "SEND").isEmpty());
}

TEST(FakeOrgMailFlow, DeferRefusedShowsTheWinsockErrorAndTheSmartHost)
{
    auto org = fixture(QStringLiteral("defer-refused"));
    ASSERT_TRUE(org);
    const QList<PsValue> queues
        = run(*org, cmd("Get-Queue").add("Include", QStringList{"SmartHostConnectorDelivery"}));
    ASSERT_EQ(queues.size(), 1);
    const QString error = str(queues.first(), "LastError");
    EXPECT_TRUE(error.contains("{LED=441 4.4.1 Error encountered while communicating with primary "
                               "target IP address: \"Failed to connect. Winsock error code: 10061, "
                               "Win32 error code: 10061.\""))
        << error.toStdString();
    EXPECT_TRUE(error.endsWith("The last endpoint attempted was 203.0.113.25:25};"
                               "{FQDN=smtp.securestore.net};{IP=203.0.113.25}]"))
        << error.toStdString();
    EXPECT_EQ(str(queues.first(), "Status"), "Retry");
}

TEST(FakeOrgMailFlow, RejectFailsWithADsnAndDeliversTheNdrToTheNdrMailbox)
{
    auto org = fixture(QStringLiteral("reject-with-ndr"));
    ASSERT_TRUE(org);
    const QList<PsValue> events = tracking(*org);
    const QList<PsValue> fails = withEvent(events, "FAIL", "SMTP");
    ASSERT_EQ(fails.size(), 12);
    EXPECT_EQ(fails.first().property("RecipientStatus").toStringList(),
              QStringList{"550 5.1.1 RESOLVER.ADR.RecipNotFound; not found"});
    const QString jrId = str(fails.first(), "MessageId");
    const QList<PsValue> dsns = withEvent(events, "DSN", "DSN");
    ASSERT_EQ(dsns.size(), 12);
    EXPECT_EQ(dsns.first().property("Reference").toStringList(), QStringList{jrId});
    EXPECT_EQ(dsns.first().property("Recipients").toStringList(), QStringList{kNdr});
    const QList<PsValue> delivered = tracking(*org, cmd("Get-MessageTrackingLog")
                                                        .add("Recipients", QStringList{kNdr})
                                                        .add("EventId", "DELIVER"));
    ASSERT_EQ(delivered.size(), 12);
    EXPECT_EQ(str(delivered.first(), "MessageId"), str(dsns.first(), "MessageId"));
    EXPECT_EQ(str(delivered.first(), "MessageSubject"), "Undeliverable: Internal message 6");
    // Nothing stays queued.
    EXPECT_EQ(run(*org, cmd("Get-Message").add("Server", "EX01")).size(), 0);
}

TEST(FakeOrgMailFlow, RejectWithoutNdrMailboxLosesTheReport)
{
    auto org = fixture(QStringLiteral("reject-no-ndr-mailbox"));
    ASSERT_TRUE(org);
    const QList<PsValue> events = tracking(*org);
    ASSERT_EQ(withEvent(events, "FAIL").size(), 12);
    EXPECT_TRUE(withEvent(events, "DSN").isEmpty());
    EXPECT_EQ(str(withEvent(events, "RECEIVE", "AGENT").first(), "ReturnPath"), "<>");
}

TEST(FakeOrgMailFlow, NoRouteLeavesReportsInUnreachable)
{
    auto org = fixture(QStringLiteral("unreachable"));
    ASSERT_TRUE(org);
    const QList<PsValue> q = run(*org, cmd("Get-Queue").add("Identity", "EX01\\Unreachable"));
    ASSERT_EQ(q.size(), 1);
    EXPECT_EQ(q.first().property("MessageCount").toInteger(), 12);
    EXPECT_EQ(str(q.first(), "DeliveryType"), "Unreachable");
    const QList<PsValue> messages = run(
        *org,
        cmd("Get-Message").add("Queue", "EX01\\Unreachable").addSwitch("IncludeRecipientInfo"));
    ASSERT_EQ(messages.size(), 12);
    EXPECT_EQ(str(messages.first(), "LastError"),
              "A matching connector cannot be found to route the external recipient");
    const QList<PsValue> events = tracking(*org);
    EXPECT_TRUE(withEvent(events, "SEND").isEmpty());
    EXPECT_EQ(withEvent(events, "RECEIVE", "AGENT").size(), 12);
}

TEST(FakeOrgMailFlow, DisabledRuleCreatesNoJournalReports)
{
    auto org = fixture(QStringLiteral("rule-disabled"));
    ASSERT_TRUE(org);
    const QList<PsValue> events = tracking(*org);
    EXPECT_EQ(withEvent(events, "RECEIVE", "STOREDRIVER").size(), 19);
    for (const PsValue &e : events)
        EXPECT_FALSE(isJournalReportId(str(e, "MessageId")));
    EXPECT_EQ(str(run(*org, cmd("Get-JournalRule")).first(), "Enabled"), "False");
}

TEST(FakeOrgMailFlow, SuspendedQueueHoldsReports)
{
    auto org = fixture(QStringLiteral("suspended-queue"));
    ASSERT_TRUE(org);
    const QList<PsValue> q = run(*org, cmd("Get-Queue").add("Filter", "Status -eq 'Suspended'"));
    ASSERT_EQ(q.size(), 1);
    EXPECT_EQ(q.first().property("MessageCount").toInteger(), 12);
    EXPECT_TRUE(withEvent(tracking(*org), "SEND").isEmpty());
}

TEST(FakeOrgMailFlow, NoMailMeansNoTrackingEntries)
{
    auto org = fixture(QStringLiteral("no-mail"));
    ASSERT_TRUE(org);
    EXPECT_TRUE(tracking(*org).isEmpty());
    EXPECT_EQ(run(*org, cmd("Get-Queue")).size(), 2);
}

TEST(FakeOrgMailFlow, ExpiredReportsFailFromTheQueueWithAnNdr)
{
    auto org = fixture(QStringLiteral("defer-dns"));
    ASSERT_TRUE(org);
    OrganisationModel model = org->model();
    model.mailFlow.servers = {{QStringLiteral("EX01"), true, true, QStringLiteral("00:30:00")}};
    auto shortLived = FakeOrganisation::fromModel(model);
    shortLived->setClock(SimulatedClock::frozen(kFixtureNow));
    const QList<PsValue> expired = withEvent(tracking(*shortLived), "FAIL", "QUEUE");
    ASSERT_FALSE(expired.isEmpty());
    EXPECT_EQ(expired.first().property("RecipientStatus").toStringList(),
              QStringList{"550 4.4.7 QUEUE.Expired; message expired"});
    EXPECT_EQ(str(expired.first(), "Timestamp").left(19), "2026-11-30T07:30:02");
    EXPECT_FALSE(withEvent(tracking(*shortLived), "DSN").isEmpty());
    const QList<PsValue> ts = run(*shortLived, cmd("Get-TransportService"));
    ASSERT_EQ(ts.size(), 1);
    EXPECT_EQ(str(ts.first(), "MessageExpirationTimeout"), "00:30:00");
}

TEST(FakeOrgMailFlow, SubmissionBacklogAndTrackingSettings)
{
    auto org = fixture(QStringLiteral("healthy-send"));
    ASSERT_TRUE(org);
    OrganisationModel model = org->model();
    model.mailFlow.submissionDelaySeconds = 3600;
    model.mailFlow.servers = {{QStringLiteral("EX01"), true, false, QStringLiteral("2.00:00:00")}};
    auto backlog = FakeOrganisation::fromModel(model);
    backlog->setClock(SimulatedClock::frozen(kFixtureNow));
    const QList<PsValue> submission = run(*backlog, cmd("Get-Queue").add("Identity", "Submission"));
    ASSERT_EQ(submission.size(), 1);
    EXPECT_EQ(submission.first().property("MessageCount").toInteger(), 12);
    EXPECT_EQ(str(submission.first(), "Status"), "Active");
    // Subject logging off: no subjects, -MessageSubject finds nothing.
    const QList<PsValue> events = tracking(*backlog);
    ASSERT_FALSE(events.isEmpty());
    EXPECT_EQ(str(events.first(), "MessageSubject"), "");
    EXPECT_TRUE(tracking(*backlog, cmd("Get-MessageTrackingLog").add("MessageSubject", "Internal"))
                    .isEmpty());
    EXPECT_EQ(str(run(*backlog, cmd("Get-TransportService")).first(),
                  "MessageTrackingLogSubjectLoggingEnabled"),
              "False");

    model.mailFlow.servers = {{QStringLiteral("EX01"), false, true, QStringLiteral("2.00:00:00")}};
    auto off = FakeOrganisation::fromModel(model);
    off->setClock(SimulatedClock::frozen(kFixtureNow));
    EXPECT_TRUE(tracking(*off).isEmpty());
}

TEST(FakeOrgMailFlow, TrackingFiltersByTimeSenderRecipientsAndSize)
{
    auto org = fixture(QStringLiteral("healthy-send"));
    ASSERT_TRUE(org);
    const QList<PsValue> window
        = tracking(*org, cmd("Get-MessageTrackingLog")
                             .add("Start", PsValue(PsValue::Type::DateTime,
                                                   QStringLiteral("2026-11-30T07:30:00.0000000Z")))
                             .add("End", "11/30/2026 7:35:00 AM")
                             .add("EventId", "RECEIVE"));
    // Message at 07:30: RECEIVE/STOREDRIVER, RECEIVE/SMTP, RECEIVE/AGENT.
    ASSERT_EQ(window.size(), 3);
    const QList<PsValue> bySender = tracking(
        *org, cmd("Get-MessageTrackingLog")
                  .add("Sender", "MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@contoso.com")
                  .add("Recipients", QStringList{"nobody@contoso.com", kJournal})
                  .add("EventId", "SEND"));
    EXPECT_EQ(bySender.size(), 12);
    const CmdletOutcome limited
        = org->run("admin", cmd("Get-MessageTrackingLog").add("ResultSize", 3));
    EXPECT_EQ(limited.output.size(), 3);
    ASSERT_EQ(limited.warnings.size(), 1);
    EXPECT_TRUE(limited.warnings.first().startsWith("There are more results"));

    const CmdletOutcome bad
        = org->run("admin", cmd("Get-MessageTrackingLog").add("Start", "yesterday-ish"));
    ASSERT_TRUE(bad.terminating);
    EXPECT_TRUE(bad.terminating->message.contains("System.DateTime"))
        << bad.terminating->message.toStdString();
}

TEST(FakeOrgMailFlow, QueueParameterSetsFiltersAndUnknownServers)
{
    auto org = fixture(QStringLiteral("defer-dns"));
    ASSERT_TRUE(org);
    CmdletOutcome o = org->run(
        "admin", cmd("Get-Queue").add("Identity", "EX01\\Submission").add("Server", "EX01"));
    ASSERT_TRUE(o.terminating);
    EXPECT_TRUE(o.terminating->fullyQualifiedErrorId.startsWith("AmbiguousParameterSet,"));
    o = org->run(
        "admin",
        cmd("Get-Message").add("Queue", "EX01\\Submission").add("Filter", "Status -eq 'Retry'"));
    ASSERT_TRUE(o.terminating);
    o = org->run("admin", cmd("Get-Queue").add("Filter", "Colour -eq 'red'"));
    ASSERT_TRUE(o.terminating);
    EXPECT_TRUE(o.terminating->message.contains("'Colour' isn't a filterable property"));
    o = org->run("admin",
                 cmd("Get-Queue").add("Filter", "Status -eq 'Retry' -or MessageCount -gt 0"));
    ASSERT_TRUE(o.terminating);
    EXPECT_TRUE(o.terminating->message.contains("only -and"));
    o = org->run("admin", cmd("Get-Queue").add("Filter", "NextHopDomain -eq 'archive"));
    ASSERT_TRUE(o.terminating);
    o = org->run("admin", cmd("Get-Queue").add("Server", "EX99"));
    EXPECT_FALSE(o.terminating);
    ASSERT_EQ(o.errors.size(), 1);
    EXPECT_TRUE(o.errors.first().message.contains("EX99"));
    o = org->run("admin", cmd("Get-Queue").add("Identity", "EX01\\nowhere.example"));
    ASSERT_EQ(o.errors.size(), 1);
    EXPECT_TRUE(o.errors.first().message.contains("couldn't be found"));
    o = org->run("admin", cmd("Get-Queue").add("Include", QStringList{"Sideways"}));
    ASSERT_TRUE(o.terminating);

    EXPECT_EQ(run(*org, cmd("Get-Queue").add("Identity", "EX01\\*")).size(), 3);
    EXPECT_EQ(run(*org, cmd("Get-Queue").add("Identity", "*")).size(), 3);
    EXPECT_EQ(run(*org, cmd("Get-Queue").add("Exclude", QStringList{"Empty"})).size(), 1);
    EXPECT_EQ(run(*org, cmd("Get-Queue").add("Include", QStringList{"External"})).size(), 2);
    EXPECT_EQ(run(*org, cmd("Get-Queue").add("Filter", "NextHopDomain -like 'ARCHIVE.*'")).size(),
              1);
    EXPECT_EQ(run(*org, cmd("Get-Queue").add("Identity", "EX01\\archive.securestore.net")).size(),
              1);
}

TEST(FakeOrgMailFlow, RbacQueuesWithViewOnlyTrackingNeedsMessageTracking)
{
    auto org = fixture(QStringLiteral("healthy-send"));
    ASSERT_TRUE(org);
    EXPECT_FALSE(org->run("auditor", cmd("Get-Queue")).terminating);
    EXPECT_FALSE(org->run("auditor", cmd("Get-Message").add("Server", "EX01")).terminating);
    EXPECT_FALSE(org->run("auditor", cmd("Get-TransportService")).terminating);
    for (const char *user : {"auditor", "helpdesk"}) {
        const CmdletOutcome o = org->run(user, cmd("Get-MessageTrackingLog"));
        ASSERT_TRUE(o.terminating) << user;
        EXPECT_EQ(o.terminating->message.left(50),
                  QStringLiteral("The term 'Get-MessageTrackingLog' is not recognize"));
        EXPECT_TRUE(org->run(user, cmd("Test-Mailflow")).terminating) << user;
    }
    EXPECT_FALSE(org->run("tracker", cmd("Get-MessageTrackingLog")).terminating);
    EXPECT_FALSE(org->run("tracker", cmd("Get-Queue")).terminating);
    EXPECT_TRUE(
        org->run("tracker",
                 cmd("New-JournalRule").add("Name", "x").add("JournalEmailAddress", kJournal))
            .terminating);
}

TEST(FakeOrgMailFlow, ReadsLeaveTheStateFileByteIdenticalAndTestMailflowIsJournaled)
{
    QTemporaryDir dir;
    auto org = fixture(QStringLiteral("healthy-send"));
    ASSERT_TRUE(org);
    const QString path = dir.filePath(QStringLiteral("state.json"));
    ASSERT_TRUE(org->setStatePath(path).ok());
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    const QByteArray before = f.readAll();
    f.close();
    tracking(*org);
    run(*org, cmd("Get-Queue"));
    run(*org, cmd("Get-Message").add("Server", "EX01"));
    run(*org, cmd("Get-TransportService"));
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    EXPECT_EQ(f.readAll(), before);
    f.close();

    const QList<PsValue> out = run(*org, cmd("Test-Mailflow"));
    ASSERT_EQ(out.size(), 1);
    EXPECT_EQ(str(out.first(), "TestMailflowResult"), "Success");
    EXPECT_EQ(str(out.first(), "IsRemoteTest"), "False");
    org->setClock(SimulatedClock::frozen(kFixtureNow.addSecs(10)));
    const QList<PsValue> probe
        = tracking(*org, cmd("Get-MessageTrackingLog").add("MessageSubject", "Test-Mailflow"));
    ASSERT_FALSE(probe.isEmpty());
    EXPECT_TRUE(str(probe.first(), "Sender").startsWith("SystemMailbox{"));
    EXPECT_EQ(withEvent(probe, "SEND").size(), 1) << "the probe's journal report was sent";
    // The probe is part of the state now, and survives a reload.
    auto reloaded = FakeOrganisation::load(path);
    ASSERT_TRUE(reloaded.ok()) << reloaded.error().message.toStdString();
    ASSERT_EQ(reloaded.value()->model().mailFlow.messages.size(), 1);
    EXPECT_EQ(reloaded.value()->model().mailFlow.messages.first().kind, "Test-Mailflow");

    const CmdletOutcome other = org->run("admin", cmd("Test-Mailflow").add("Identity", "EX02"));
    ASSERT_TRUE(other.terminating);
}

TEST(FakeOrgMailFlow, MailFlowSectionErrorsNameTheirPath)
{
    const QByteArray bad = R"({ "servers": [ { "name": "EX01" } ],
        "mailFlow": { "archives": [ { "domain": "x.example", "behaviour": "bounce" } ] } })";
    auto parsed = OrganisationJson::parse(bad, QStringLiteral("bad.json"));
    ASSERT_FALSE(parsed.ok());
    EXPECT_TRUE(parsed.error().message.contains("mailFlow.archives[0]"))
        << parsed.error().message.toStdString();
    auto unknown = OrganisationJson::parse(
        R"({ "servers": [ { "name": "EX01" } ], "mailFlow": { "rate": 3 } })", "u.json");
    ASSERT_FALSE(unknown.ok());
    EXPECT_TRUE(unknown.error().message.contains("unknown key \"rate\""));
}

TEST(FakeOrgMailFlow, EachTransportServerHasItsOwnQueuesAndLog)
{
    auto org = fixture(QStringLiteral("two-servers"));
    ASSERT_TRUE(org);
    const QList<PsValue> ex1 = tracking(*org, cmd("Get-MessageTrackingLog").add("Server", "EX01"));
    const QList<PsValue> ex2
        = tracking(*org, cmd("Get-MessageTrackingLog").add("Server", "ex02.contoso.com"));
    // Messages alternate: even ones on EX01 (15.1: SEND), odd ones on EX02 (15.2: SENDEXTERNAL).
    EXPECT_EQ(withEvent(ex1, "SEND").size(), 6);
    EXPECT_TRUE(withEvent(ex1, "SENDEXTERNAL").isEmpty());
    EXPECT_EQ(withEvent(ex2, "SENDEXTERNAL").size(), 6);
    for (const PsValue &e : ex2)
        EXPECT_EQ(str(e, "ClientHostname"), "ex02.contoso.com");
    EXPECT_EQ(str(run(*org, cmd("Get-Queue").add("Server", "EX02")).first(), "Identity"),
              "EX02\\Submission");
    EXPECT_EQ(run(*org, cmd("Get-Queue").add("Identity", "*\\Unreachable")).size(), 2);
    EXPECT_EQ(run(*org, cmd("Get-TransportService")).size(), 2);
}

TEST(FakeOrgMailFlow, EdgeServersAreOutsideTheOrganisationsQueuesAndServices)
{
    auto org = fixture(QStringLiteral("healthy-send"));
    ASSERT_TRUE(org);
    OrganisationModel model = org->model();
    ExchangeServerInfo edge = model.servers.first();
    edge.name = QStringLiteral("EDGE01");
    edge.fqdn = QStringLiteral("edge01.perimeter.contoso.com");
    edge.roles = {QStringLiteral("Edge")};
    edge.guid = QUuid::createUuid();
    model.servers.append(edge);
    auto withEdge = FakeOrganisation::fromModel(model);
    withEdge->setClock(SimulatedClock::frozen(kFixtureNow));
    const QList<PsValue> services = run(*withEdge, cmd("Get-TransportService"));
    ASSERT_EQ(services.size(), 1);
    EXPECT_EQ(str(services.first(), "Name"), "EX01");
    EXPECT_EQ(run(*withEdge, cmd("Get-ExchangeServer")).size(), 2);
    const CmdletOutcome o = withEdge->run("admin", cmd("Get-Queue").add("Server", "EDGE01"));
    ASSERT_EQ(o.errors.size(), 1);
    EXPECT_TRUE(o.errors.first().message.contains("EDGE01"));
    EXPECT_TRUE(o.output.isEmpty());
    // Mail is only handled by the organisation's transport servers.
    EXPECT_TRUE(tracking(*withEdge, cmd("Get-MessageTrackingLog").add("Server", "EX01")).size()
                > 0);
}

TEST(FakeOrgMailFlow, SubjectLoggingOffFixtureHidesSubjects)
{
    auto org = fixture(QStringLiteral("subject-logging-off"));
    ASSERT_TRUE(org);
    const QList<PsValue> sent = withEvent(tracking(*org), "SEND");
    ASSERT_EQ(sent.size(), 12);
    EXPECT_EQ(str(sent.first(), "MessageSubject"), "");
    EXPECT_EQ(str(run(*org, cmd("Get-TransportService")).first(),
                  "MessageTrackingLogSubjectLoggingEnabled"),
              "False");
}

TEST(FakeOrgMailFlow, ReportsRelayToTheConnectorsSourceServerBeforeLeaving)
{
    auto org = fixture(QStringLiteral("relay-source-server"));
    ASSERT_TRUE(org);
    // Odd messages are categorized on EX02; the connector's only source server is EX01.
    const QList<PsValue> ex2 = tracking(*org, cmd("Get-MessageTrackingLog").add("Server", "EX02"));
    const QList<PsValue> hops = withEvent(ex2, "SEND");
    ASSERT_EQ(hops.size(), 6);
    EXPECT_EQ(str(hops.first(), "ServerHostname"), "ex01.contoso.com");
    EXPECT_EQ(str(hops.first(), "ConnectorId"), "Intra-Organization SMTP Send Connector");
    const QString id = str(hops.first(), "MessageId");
    EXPECT_TRUE(isJournalReportId(id));
    const QList<PsValue> onEx1
        = tracking(*org, cmd("Get-MessageTrackingLog").add("Server", "EX01").add("MessageId", id));
    ASSERT_EQ(onEx1.size(), 2);
    EXPECT_EQ(str(onEx1.at(0), "EventId"), "RECEIVE");
    EXPECT_EQ(str(onEx1.at(0), "Source"), "SMTP");
    EXPECT_EQ(str(onEx1.at(1), "EventId"), "SEND");
    EXPECT_EQ(str(onEx1.at(1), "ServerHostname"), "smtp.securestore.net");
    EXPECT_EQ(str(onEx1.at(1), "ConnectorId"), "SecureStore Archive Smarthost");
    // 12 reports leave from EX01: 6 of its own, 6 relayed.
    int external = 0;
    for (const PsValue &e :
         withEvent(tracking(*org, cmd("Get-MessageTrackingLog").add("Server", "EX01")), "SEND"))
        external += str(e, "ServerHostname") == "smtp.securestore.net" ? 1 : 0;
    EXPECT_EQ(external, 12);

    // While one is in transit the relay queue on EX02 holds it (next hop = the connector).
    org->freezeClockAt(QDateTime::fromString("2026-11-30T07:55:03.500Z", Qt::ISODateWithMs));
    const QList<PsValue> relayQueue
        = run(*org, cmd("Get-Queue")
                        .add("Server", "EX02")
                        .add("Filter", "DeliveryType -eq 'SmtpRelayToConnectorSourceServers'"));
    ASSERT_EQ(relayQueue.size(), 1);
    EXPECT_EQ(str(relayQueue.first(), "NextHopDomain"), "SecureStore Archive Smarthost");
    EXPECT_EQ(str(relayQueue.first(), "NextHopCategory"), "Internal");
    EXPECT_EQ(relayQueue.first().property("MessageCount").toInteger(), 1);
}

TEST(FakeOrgMailFlow, TrackingEntriesAppearAfterTheConfiguredLogDelay)
{
    auto org = fixture(QStringLiteral("healthy-send"));
    ASSERT_TRUE(org);
    OrganisationModel model = org->model();
    model.mailFlow.trackingLogDelaySeconds = 60;
    auto delayed = FakeOrganisation::fromModel(model);
    const QDateTime sent = QDateTime::fromString("2026-11-30T07:55:05Z", Qt::ISODate);
    auto sendsAt = [&](const QDateTime &t) {
        delayed->setClock(SimulatedClock::frozen(t));
        return withEvent(tracking(*delayed), "SEND").size();
    };
    EXPECT_EQ(sendsAt(sent.addSecs(59)), 11);
    EXPECT_EQ(sendsAt(sent.addSecs(60)), 12);
}

TEST(FakeOrgMailFlow, ScopeDecidesWhichSeedMessagesAreJournaled)
{
    auto org = fixture(QStringLiteral("no-mail"));
    ASSERT_TRUE(org);
    OrganisationModel model = org->model();
    const QDateTime t = QDateTime::fromString("2026-11-30T07:30:00Z", Qt::ISODate);
    MailMessageInfo internal{
        t, "alex.wilber@contoso.com", {"megan.bowen@sales.contoso.com"}, "Budget", "EX01", "seed"};
    MailMessageInfo inbound{
        t.addSecs(60), "someone@fabrikam.example", {"alex.wilber@contoso.com"}, "Offer", "",
        "seed"};
    MailMessageInfo toNdr{t.addSecs(120), "alex.wilber@contoso.com", {kNdr}, "To the NDR box", "",
                          "seed"};
    model.mailFlow.messages = {internal, inbound, toNdr};
    auto internalScope = FakeOrganisation::fromModel(model);
    internalScope->setClock(SimulatedClock::frozen(kFixtureNow));
    QList<PsValue> reports = withEvent(tracking(*internalScope), "RECEIVE", "AGENT");
    ASSERT_EQ(reports.size(), 1); // inbound mail is External; mail to the NDR box is never
    EXPECT_EQ(str(reports.first(), "MessageSubject"), "Budget");

    model.journalRules.first().scope = QStringLiteral("Global");
    auto globalScope = FakeOrganisation::fromModel(model);
    globalScope->setClock(SimulatedClock::frozen(kFixtureNow));
    reports = withEvent(tracking(*globalScope), "RECEIVE", "AGENT");
    ASSERT_EQ(reports.size(), 2);
    EXPECT_EQ(str(reports.at(1), "MessageSubject"), "Offer");
}

TEST(FakeOrgMailFlow, TestMailflowToAnExternalAddressIsARemoteTest)
{
    auto org = fixture(QStringLiteral("no-mail"));
    ASSERT_TRUE(org);
    const QList<PsValue> out = run(
        *org, cmd("Test-Mailflow").add("TargetEmailAddress", "probe@archive.securestore.net"));
    ASSERT_EQ(out.size(), 1);
    EXPECT_EQ(str(out.first(), "IsRemoteTest"), "True");
    ASSERT_EQ(org->model().mailFlow.messages.size(), 1);
    EXPECT_EQ(org->model().mailFlow.messages.first().to,
              QStringList{"probe@archive.securestore.net"});
    EXPECT_TRUE(org->model().mailFlow.messages.first().subject.startsWith("Test-Mailflow "));
    EXPECT_TRUE(
        org->run("admin", cmd("Test-Mailflow").add("TargetMailboxServer", QStringList{"EX09"}))
            .terminating);
}
