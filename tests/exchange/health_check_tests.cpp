// Unit tests of the health check's pure parts (issue 9): LastError parsing, queue
// classification, following journal reports through message tracking, and the verdict, from
// deserialized objects shaped as HEALTH.md documents them (and as MAILFLOW.md's fake emits).

#include "ExchangeShapes.h"
#include "HealthCheck.h"
#include "QueueScan.h"
#include "SmtpReply.h"
#include "TrackingTrace.h"

#include <gtest/gtest.h>

using namespace exchange;
using namespace shapes;
using remoting::Command;
using remoting::InvocationResult;
using remoting::PipelineState;

namespace {

const QString kJournal = QStringLiteral("abc123@archive.securestore.net");
const QString kNdr = QStringLiteral("journal-ndr@contoso.com");
const QString kRule = QStringLiteral("Journaling to SecureStore Archive");
const QString kReportId
    = QStringLiteral("<3f2c0a1e-1111-2222-3333-444455556666@journal.report.generator>");
const QString kDnsError = QStringLiteral(
    "[{LRT=11/30/2026 7:55:01 AM};{LED=451 4.4.0 DNS query failed. The error was: "
    "SMTPSEND.DNS.NonExistentDomain; nonexistent domain};{FQDN=archive.securestore.net};{IP=}]");
const QString kRefusedError = QStringLiteral(
    "[{LRT=11/30/2026 7:55:01 AM};{LED=441 4.4.1 Error encountered while communicating with "
    "primary target IP address: \"Failed to connect. Winsock error code: 10061, Win32 error "
    "code: 10061.\" Attempted failover to alternate host, but that did not succeed. The last "
    "endpoint attempted was 203.0.113.25:25};{FQDN=smtp.securestore.net};{IP=203.0.113.25}]");

PsValue transportService(const QString &name, bool tracking = true, bool subjects = true)
{
    return object(
        QStringLiteral("Microsoft.Exchange.Data.Directory.SystemConfiguration.TransportServer"),
        {{QStringLiteral("Name"), s(name)},
         {QStringLiteral("Identity"), s(name)},
         {QStringLiteral("MessageTrackingLogEnabled"), b(tracking)},
         {QStringLiteral("MessageTrackingLogSubjectLoggingEnabled"), b(subjects)},
         {QStringLiteral("MessageExpirationTimeout"), s(QStringLiteral("2.00:00:00"))}});
}

PsValue queue(const QString &identity, const QString &deliveryType, const QString &nextHop,
              const QString &status, int count, const QString &lastError = {})
{
    return object(QStringLiteral("Microsoft.Exchange.Data.QueueViewer.PropertyBagBasedQueueInfo"),
                  {{QStringLiteral("Identity"), s(identity)},
                   {QStringLiteral("DeliveryType"), s(deliveryType)},
                   {QStringLiteral("NextHopDomain"), s(nextHop)},
                   {QStringLiteral("NextHopConnector"),
                    s(QStringLiteral("00000000-0000-0000-0000-000000000000"))},
                   {QStringLiteral("Status"), s(status)},
                   {QStringLiteral("MessageCount"), PsValue::int32(count)},
                   {QStringLiteral("LastError"), lastError.isEmpty() ? PsValue() : s(lastError)},
                   {QStringLiteral("RetryCount"), PsValue::int32(lastError.isEmpty() ? 0 : 4)}});
}

PsValue recipientInfo(const QString &address)
{
    return object(QStringLiteral("Microsoft.Exchange.Data.QueueViewer.RecipientInfo"),
                  {{QStringLiteral("Address"), s(address)},
                   {QStringLiteral("Type"), s(QStringLiteral("External"))}});
}

PsValue queuedReport(const QString &queueId, const QString &subject)
{
    auto recipients = std::make_shared<remoting::PsObject>();
    recipients->collection = remoting::PsObject::Collection::List;
    recipients->items << recipientInfo(kJournal);
    return object(QStringLiteral("Microsoft.Exchange.Data.QueueViewer.PropertyBagBasedMessageInfo"),
                  {{QStringLiteral("Identity"), s(queueId + QStringLiteral("\\21474836481"))},
                   {QStringLiteral("Queue"), s(queueId)},
                   {QStringLiteral("Subject"), s(subject)},
                   {QStringLiteral("FromAddress"), s(kNdr)},
                   {QStringLiteral("InternetMessageId"), s(kReportId)},
                   {QStringLiteral("Status"), s(QStringLiteral("Ready"))},
                   {QStringLiteral("LastError"),
                    s(QStringLiteral("A matching connector cannot be found to route the external "
                                     "recipient"))},
                   {QStringLiteral("Recipients"), PsValue(remoting::PsObjectPtr(recipients))}});
}

PsValue trackingEvent(const QString &time, const QString &eventId, const QString &source,
                      const QString &messageId, const QStringList &recipients,
                      const QStringList &status = {}, const QString &host = {},
                      const QString &connector = {}, const QStringList &reference = {},
                      const QString &subject = QStringLiteral("Internal message 7"))
{
    return object(
        QStringLiteral(
            "Microsoft.Exchange.Management.TransportLogSearchTasks.MessageTrackingEvent"),
        {{QStringLiteral("Timestamp"), PsValue(PsValue::Type::DateTime, time)},
         {QStringLiteral("EventId"), s(eventId)},
         {QStringLiteral("Source"), s(source)},
         {QStringLiteral("MessageId"), s(messageId)},
         {QStringLiteral("Recipients"), list(recipients)},
         {QStringLiteral("RecipientStatus"), list(status)},
         {QStringLiteral("ServerHostname"), s(host)},
         {QStringLiteral("ServerIp"),
          s(host.isEmpty() ? QString() : QStringLiteral("203.0.113.25"))},
         {QStringLiteral("ConnectorId"), s(connector)},
         {QStringLiteral("Reference"), reference.isEmpty() ? PsValue() : list(reference)},
         {QStringLiteral("MessageSubject"), s(subject)},
         {QStringLiteral("Sender"),
          s(QStringLiteral("MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@contoso.com"))}});
}

PsValue created(const QString &time = QStringLiteral("2026-11-30T07:30:02Z"))
{
    return trackingEvent(time, QStringLiteral("RECEIVE"), QStringLiteral("AGENT"), kReportId,
                         {kJournal});
}

// The archive's mail server refused the journal report: the address is not known there.
PsValue rejectedByTheArchive()
{
    return trackingEvent(QStringLiteral("2026-11-30T07:30:05Z"), QStringLiteral("FAIL"),
                         QStringLiteral("SMTP"), kReportId, {kJournal},
                         {QStringLiteral("550 5.1.1 RESOLVER.ADR.RecipNotFound; not found")});
}

InvocationResult completed(const QList<PsValue> &output)
{
    InvocationResult r;
    r.state = PipelineState::Completed;
    r.output = output;
    return r;
}

QList<PsValue> grantedCmdlets(bool tracking = true)
{
    QList<PsValue> out;
    for (const char *c : {"Get-JournalRule", "Get-TransportConfig", "Get-TransportService",
                          "Get-SendConnector", "Get-RemoteDomain", "Get-Queue", "Get-Message"})
        out << cmdlet(QString::fromLatin1(c));
    if (tracking)
        out << cmdlet(QStringLiteral("Get-MessageTrackingLog"));
    return out;
}

InvocationResult configuration(bool enabled = true, const QString &ndr = kNdr, bool tracking = true)
{
    return completed(
        QList<PsValue>{journalRule(kRule, kJournal, QStringLiteral("Internal"), enabled),
                       transportConfig(ndr), transportService(QStringLiteral("EX01"))}
        + grantedCmdlets(tracking));
}

JournalingSettings settings()
{
    JournalingSettings s;
    s.journalAddress = kJournal;
    s.ndrMailbox = kNdr;
    s.remoteDomainEnabled = false;
    return s;
}

// Journaling through the smart host, and a configuration with its send connector.
JournalingSettings smartHostSettings()
{
    JournalingSettings s = settings();
    s.connectorEnabled = true;
    s.smartHost = QStringLiteral("smtp.securestore.net");
    return s;
}

InvocationResult smartHostConfiguration(const JournalingSettings &s)
{
    InvocationResult config = configuration();
    config.output << sendConnector(s.connectorName,
                                   QStringLiteral("SMTP:archive.securestore.net;1"), s.smartHost,
                                   false, QStringLiteral("EX01"));
    return config;
}

const QDateTime kSince = QDateTime::fromString(QStringLiteral("2026-11-30T07:00:00Z"), Qt::ISODate);
const QDateTime kNow = QDateTime::fromString(QStringLiteral("2026-11-30T08:00:00Z"), Qt::ISODate);

HealthReport evaluate(const InvocationResult &config, const QList<PsValue> &scanOutput,
                      const JournalingSettings &s = settings())
{
    const InvocationResult scan = completed(scanOutput);
    return HealthCheck::evaluate(s, config, &scan, kSince, kNow);
}

const HealthFinding *findingOf(const HealthReport &r, const QString &code)
{
    for (const HealthFinding &f : r.findings)
        if (f.code == code)
            return &f;
    return nullptr;
}

std::string codes(const HealthReport &r)
{
    QStringList out;
    for (const HealthFinding &f : r.findings)
        out << f.code + QLatin1Char('=') + HealthReport::stateName(f.state);
    return out.join(QStringLiteral(", ")).toStdString();
}

} // namespace

TEST(SmtpReplyTest, ParsesWrappedDnsError)
{
    const SmtpReply r = SmtpReply::parse(kDnsError);
    EXPECT_EQ(r.code, 451);
    EXPECT_EQ(r.enhanced, QStringLiteral("4.4.0"));
    EXPECT_EQ(r.cause, SmtpReply::Cause::Dns);
    EXPECT_EQ(r.host, QStringLiteral("archive.securestore.net"));
    EXPECT_TRUE(r.text.startsWith(QStringLiteral("451 4.4.0 DNS query failed")));
}

TEST(SmtpReplyTest, RecognisesRefusedTimeoutRejectedAndNoRoute)
{
    const SmtpReply refused = SmtpReply::parse(kRefusedError);
    EXPECT_EQ(refused.code, 441);
    EXPECT_EQ(refused.cause, SmtpReply::Cause::ConnectionRefused);
    EXPECT_EQ(refused.ip, QStringLiteral("203.0.113.25"));
    QString timeout = kRefusedError;
    timeout.replace(QStringLiteral("10061"), QStringLiteral("10060"));
    EXPECT_EQ(SmtpReply::parse(timeout).cause, SmtpReply::Cause::ConnectionTimedOut);
    const SmtpReply rejected
        = SmtpReply::parse(QStringLiteral("550 5.1.1 RESOLVER.ADR.RecipNotFound; not found"));
    EXPECT_EQ(rejected.cause, SmtpReply::Cause::AddressRejected);
    EXPECT_TRUE(rejected.isPermanent());
    EXPECT_EQ(SmtpReply::parse(QStringLiteral("A matching connector cannot be found to route the "
                                              "external recipient"))
                  .cause,
              SmtpReply::Cause::NoRoute);
    EXPECT_TRUE(
        SmtpReply::parse(QStringLiteral("250 2.6.0 <x@y> Queued mail for delivery")).isSuccess());
    EXPECT_EQ(SmtpReply::parse(QString()).cause, SmtpReply::Cause::None);
    EXPECT_EQ(SmtpReply::parse(QStringLiteral("550 4.4.7 QUEUE.Expired; message expired")).cause,
              SmtpReply::Cause::Expired);
}

TEST(HealthCheckTest, ScanIsOnePipelineOverEveryServerWithTypedStart)
{
    HealthCheck::ScanPlan plan;
    plan.servers = {QStringLiteral("EX01"), QStringLiteral("EX02")};
    plan.trackingServers = {QStringLiteral("EX01"), QStringLiteral("EX02")};
    plan.journalAddress = kJournal;
    plan.ndrAddress = kNdr;
    plan.since = kSince;
    const QList<Command> statements = HealthCheck::scanStatements(plan);
    QStringList servers, cmdlets;
    for (const Command &c : statements) {
        cmdlets << c.name;
        ASSERT_NE(c.parameter(QStringLiteral("Server")), nullptr) << c.name.toStdString();
        servers << c.parameter(QStringLiteral("Server"))->value.toString();
        if (c.name == QLatin1String("Get-MessageTrackingLog")) {
            const auto *start = c.parameter(QStringLiteral("Start"));
            ASSERT_NE(start, nullptr);
            EXPECT_EQ(start->value.type(), remoting::PsValue::Type::DateTime);
            EXPECT_EQ(start->value.toString(), QStringLiteral("2026-11-30T07:00:00.000Z"));
        }
    }
    EXPECT_EQ(cmdlets.count(QStringLiteral("Get-Queue")), 2);
    EXPECT_EQ(cmdlets.count(QStringLiteral("Get-Message")), 2);
    EXPECT_EQ(cmdlets.count(QStringLiteral("Get-MessageTrackingLog")), 4); // journal + NDR
    EXPECT_TRUE(servers.contains(QStringLiteral("EX02")));

    plan.trackingGranted = false;
    plan.messagesGranted = false;
    for (const Command &c : HealthCheck::scanStatements(plan))
        EXPECT_EQ(c.name, QStringLiteral("Get-Queue"));
    // Nothing in the check changes anything.
    for (const Command &c : HealthCheck::configurationStatements())
        EXPECT_TRUE(c.name.startsWith(QLatin1String("Get-"))) << c.name.toStdString();
}

TEST(HealthCheckTest, ProvenBySendExternalToTheSmartHost)
{
    const JournalingSettings s = smartHostSettings();
    const InvocationResult config = smartHostConfiguration(s);
    const HealthReport r = evaluate(
        config,
        {queue(QStringLiteral("EX01\\Submission"), QStringLiteral("Undefined"),
               QStringLiteral("Submission"), QStringLiteral("Ready"), 0),
         created(),
         trackingEvent(QStringLiteral("2026-11-30T07:30:05Z"), QStringLiteral("SENDEXTERNAL"),
                       QStringLiteral("SMTP"), kReportId, {kJournal},
                       {QStringLiteral("250 2.6.0 <x@y> Queued mail for delivery")},
                       QStringLiteral("smtp.securestore.net"), s.connectorName)},
        s);
    EXPECT_EQ(r.verdict, HealthVerdict::Proven) << codes(r);
    ASSERT_NE(r.proof(), nullptr);
    EXPECT_EQ(r.proof()->host, QStringLiteral("smtp.securestore.net"));
    EXPECT_EQ(HealthReport::describe(*r.proof()),
              QStringLiteral("journal report for 'Internal message 7' handed to "
                             "smtp.securestore.net at 2026-11-30T07:30:05Z (250 2.6.0 <x@y> "
                             "Queued mail for delivery)"));
    EXPECT_NE(findingOf(r, QStringLiteral("connector-ok")), nullptr) << codes(r);
    EXPECT_NE(findingOf(r, QStringLiteral("queue-none")), nullptr) << codes(r);
}

TEST(HealthCheckTest, SendToAnotherExchangeServerIsOnlyAHop)
{
    InvocationResult config = configuration();
    config.output << transportService(QStringLiteral("EX02"));
    const HealthReport r = evaluate(
        config, {created(), trackingEvent(QStringLiteral("2026-11-30T07:30:05Z"),
                                          QStringLiteral("SEND"), QStringLiteral("SMTP"), kReportId,
                                          {kJournal}, {QStringLiteral("250 2.0.0 OK")},
                                          QStringLiteral("ex02.contoso.com"))});
    EXPECT_EQ(r.verdict, HealthVerdict::NotYetProven) << codes(r);
    EXPECT_EQ(r.reason, NotProvenReason::InFlight);
}

TEST(HealthCheckTest, QueueInRetryWithDnsErrorIsFailingWithAdviceAndRetryCommand)
{
    const HealthReport r = evaluate(
        configuration(),
        {queue(QStringLiteral("EX01\\17"), QStringLiteral("DnsConnectorDelivery"),
               QStringLiteral("archive.securestore.net"), QStringLiteral("Retry"), 3, kDnsError),
         created(),
         trackingEvent(QStringLiteral("2026-11-30T07:30:05Z"), QStringLiteral("DEFER"),
                       QStringLiteral("SMTP"), kReportId, {kJournal}, {kDnsError})});
    EXPECT_EQ(r.verdict, HealthVerdict::Failing);
    const HealthFinding *f = findingOf(r, QStringLiteral("queue-retry"));
    ASSERT_NE(f, nullptr) << codes(r);
    EXPECT_TRUE(f->message.contains(QStringLiteral("DNS"))) << f->message.toStdString();
    EXPECT_TRUE(f->evidence.contains(QStringLiteral("451 4.4.0"))) << f->evidence.toStdString();
    EXPECT_TRUE(f->advice.contains(QStringLiteral("DNS")));
    EXPECT_EQ(f->commands, QStringList{QStringLiteral("Retry-Queue -Identity 'EX01\\17'")});
}

TEST(HealthCheckTest, SmartHostQueueRefusedIsFailing)
{
    const JournalingSettings s = smartHostSettings();
    const InvocationResult config = smartHostConfiguration(s);
    const HealthReport r = evaluate(
        config,
        {queue(QStringLiteral("EX01\\9"), QStringLiteral("SmartHostConnectorDelivery"),
               QStringLiteral("smtp.securestore.net"), QStringLiteral("Retry"), 2, kRefusedError)},
        s);
    EXPECT_EQ(r.verdict, HealthVerdict::Failing);
    const HealthFinding *f = findingOf(r, QStringLiteral("queue-retry"));
    ASSERT_NE(f, nullptr) << codes(r);
    EXPECT_TRUE(f->message.contains(QStringLiteral("refused"))) << f->message.toStdString();
    EXPECT_TRUE(f->advice.contains(QStringLiteral("port 25")));
}

TEST(HealthCheckTest, SuspendedQueueOffersResumeAsText)
{
    const HealthReport r = evaluate(
        configuration(),
        {queue(QStringLiteral("EX01\\17"), QStringLiteral("DnsConnectorDelivery"),
               QStringLiteral("archive.securestore.net"), QStringLiteral("Suspended"), 5)});
    EXPECT_EQ(r.verdict, HealthVerdict::Failing);
    const HealthFinding *f = findingOf(r, QStringLiteral("queue-suspended"));
    ASSERT_NE(f, nullptr) << codes(r);
    EXPECT_EQ(f->commands, QStringList{QStringLiteral("Resume-Queue -Identity 'EX01\\17'")});
}

TEST(HealthCheckTest, RejectedWithNdrDelivered)
{
    const QString dsnId = QStringLiteral("<dsn-1@contoso.com>");
    const HealthReport r
        = evaluate(configuration(),
                   {created(), rejectedByTheArchive(),
                    trackingEvent(QStringLiteral("2026-11-30T07:30:06Z"), QStringLiteral("DSN"),
                                  QStringLiteral("DSN"), dsnId, {kNdr}, {}, {}, {}, {kReportId}),
                    trackingEvent(QStringLiteral("2026-11-30T07:30:07Z"), QStringLiteral("DELIVER"),
                                  QStringLiteral("STOREDRIVER"), dsnId, {kNdr})});
    EXPECT_EQ(r.verdict, HealthVerdict::Failing);
    const HealthFinding *f = findingOf(r, QStringLiteral("report-rejected"));
    ASSERT_NE(f, nullptr) << codes(r);
    EXPECT_TRUE(f->message.contains(QStringLiteral("550 5.1.1")));
    EXPECT_TRUE(f->advice.contains(QStringLiteral("Re-copy the journaling address")));
    EXPECT_TRUE(
        f->evidence.contains(QStringLiteral("NDR was delivered to journal-ndr@contoso.com")))
        << f->evidence.toStdString();
    ASSERT_EQ(r.reports.size(), 1);
    EXPECT_TRUE(r.reports.first().ndrDelivered);
}

TEST(HealthCheckTest, RejectedWithoutNdrMailboxSaysTheReportIsLost)
{
    const HealthReport r
        = evaluate(configuration(true, QStringLiteral("<>")), {created(), rejectedByTheArchive()});
    EXPECT_EQ(r.verdict, HealthVerdict::Failing);
    ASSERT_NE(findingOf(r, QStringLiteral("ndr-missing")), nullptr) << codes(r);
    EXPECT_TRUE(
        findingOf(r, QStringLiteral("ndr-missing"))->message.contains(QStringLiteral("two days")));
    const HealthFinding *f = findingOf(r, QStringLiteral("report-rejected"));
    ASSERT_NE(f, nullptr);
    EXPECT_TRUE(f->evidence.contains(QStringLiteral("the report is lost")));
}

TEST(HealthCheckTest, JournalReportsInUnreachableMeanNoRoute)
{
    const HealthReport r = evaluate(
        configuration(),
        {queue(QStringLiteral("EX01\\Unreachable"), QStringLiteral("Unreachable"),
               QStringLiteral("Unreachable Domain"), QStringLiteral("Ready"), 4),
         queuedReport(QStringLiteral("EX01\\Unreachable"), QStringLiteral("Internal message 3")),
         created()});
    EXPECT_EQ(r.verdict, HealthVerdict::Failing);
    const HealthFinding *f = findingOf(r, QStringLiteral("queue-unreachable"));
    ASSERT_NE(f, nullptr) << codes(r);
    EXPECT_TRUE(f->advice.contains(QStringLiteral("No send connector")));
    EXPECT_TRUE(f->evidence.contains(QStringLiteral("Internal message 3")));
}

TEST(HealthCheckTest, DisabledRuleIsFailingWithEnableCommand)
{
    const HealthReport r = evaluate(configuration(false), {});
    EXPECT_EQ(r.verdict, HealthVerdict::Failing);
    const HealthFinding *f = findingOf(r, QStringLiteral("rule-disabled"));
    ASSERT_NE(f, nullptr) << codes(r);
    EXPECT_EQ(f->commands,
              QStringList{QStringLiteral("Enable-JournalRule -Identity '%1'").arg(kRule)});
}

TEST(HealthCheckTest, TrackingNotGrantedIsNotYetProvenAndNamesTheRole)
{
    const HealthReport r = evaluate(configuration(true, kNdr, false), {});
    EXPECT_EQ(r.verdict, HealthVerdict::NotYetProven) << codes(r);
    EXPECT_EQ(r.reason, NotProvenReason::TrackingNotGranted);
    EXPECT_TRUE(r.headline().contains(QStringLiteral("Message Tracking")));
    const HealthFinding *f = findingOf(r, QStringLiteral("tracking-not-granted"));
    ASSERT_NE(f, nullptr);
    EXPECT_TRUE(f->message.contains(QStringLiteral("\"Message Tracking\"")));
    HealthCheck::ScanPlan plan
        = HealthCheck::scanPlan(settings(), configuration(true, kNdr, false), kSince);
    for (const Command &c : HealthCheck::scanStatements(plan))
        EXPECT_NE(c.name, QStringLiteral("Get-MessageTrackingLog"));
}

TEST(HealthCheckTest, NothingYetIsNotYetProvenNoMail)
{
    const HealthReport r = evaluate(configuration(), {});
    EXPECT_EQ(r.verdict, HealthVerdict::NotYetProven);
    EXPECT_EQ(r.reason, NotProvenReason::NoMailYet);
    EXPECT_NE(findingOf(r, QStringLiteral("no-reports")), nullptr) << codes(r);
    EXPECT_EQ(findingOf(r, QStringLiteral("probe-available")), nullptr); // not granted

    InvocationResult config = configuration();
    config.output << cmdlet(QStringLiteral("Test-Mailflow"));
    const HealthReport probe = evaluate(config, {});
    const HealthFinding *f = findingOf(probe, QStringLiteral("probe-available"));
    ASSERT_NE(f, nullptr) << codes(probe);
    EXPECT_EQ(f->state, FindingState::Info);
    EXPECT_EQ(f->commands, QStringList{QStringLiteral("Test-Mailflow")}); // offered, never run
    EXPECT_EQ(probe.verdict, HealthVerdict::NotYetProven);
}

TEST(HealthCheckTest, LaterSuccessOutweighsAnEarlierRejection)
{
    const QString second = QStringLiteral("<9999@journal.report.generator>");
    const HealthReport r = evaluate(
        configuration(),
        {created(), rejectedByTheArchive(),
         trackingEvent(QStringLiteral("2026-11-30T07:40:05.1234567Z"), QStringLiteral("RECEIVE"),
                       QStringLiteral("AGENT"), second, {kJournal}),
         trackingEvent(QStringLiteral("2026-11-30T07:40:08.1234567Z"), QStringLiteral("SEND"),
                       QStringLiteral("SMTP"), second, {kJournal},
                       {QStringLiteral("250 2.6.0 Queued mail for delivery")},
                       QStringLiteral("mx.archive.securestore.net"), QStringLiteral("Internet"))});
    EXPECT_EQ(r.verdict, HealthVerdict::Proven) << codes(r);
    ASSERT_EQ(r.reports.size(), 2);
    EXPECT_EQ(r.proof()->messageId, second);
}

TEST(HealthCheckTest, MissingRuleAndQueueRoleAreFailing)
{
    InvocationResult config = completed(
        {transportConfig(kNdr), transportService(QStringLiteral("EX01")),
         cmdlet(QStringLiteral("Get-JournalRule")), cmdlet(QStringLiteral("Get-TransportConfig"))});
    const HealthReport r = evaluate(config, {});
    EXPECT_EQ(r.verdict, HealthVerdict::Failing);
    EXPECT_NE(findingOf(r, QStringLiteral("rule-missing")), nullptr) << codes(r);
    const HealthFinding *role = findingOf(r, QStringLiteral("role-missing"));
    ASSERT_NE(role, nullptr);
    EXPECT_TRUE(role->message.contains(QStringLiteral("View-Only Configuration")));
}

TEST(HealthCheckTest, FailedScanPipelineIsShownNotGuessed)
{
    InvocationResult scan;
    scan.state = PipelineState::Failed;
    remoting::ErrorRecord failure;
    failure.message = QStringLiteral("The server is not responding.");
    failure.activity = QStringLiteral("Get-Queue");
    failure.targetName = QStringLiteral("EX02");
    scan.errors << failure;
    scan.output << PsValue::string(QStringLiteral("garbage")) // hostile: not an object
                << object(QStringLiteral("Some.Unrelated.Type"),
                          {{QStringLiteral("X"), s(QStringLiteral("y"))}});
    const HealthReport r = HealthCheck::evaluate(settings(), configuration(), &scan, kSince, kNow);
    EXPECT_NE(r.verdict, HealthVerdict::Proven);
    const HealthFinding *f = findingOf(r, QStringLiteral("read-error"));
    ASSERT_NE(f, nullptr) << codes(r);
    EXPECT_TRUE(f->message.contains(QStringLiteral("not responding")));
    EXPECT_TRUE(f->evidence.contains(QStringLiteral("EX02")));
}
