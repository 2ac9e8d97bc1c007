// The fake Exchange's mail-flow cmdlets end to end through the real client (RemoteSession over
// HTTPS + Basic) against the real fake-exchange process started on a fixture and a simulated
// clock (tests/fake-exchange/MAILFLOW.md): the objects each cmdlet returns, its errors, RBAC,
// the clock moving at --time-scale, and the state file untouched by reads.
#include "FakeExchangeProcess.h"
#include "SessionTestUtil.h"

#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace remoting;
using testsupport::FakeExchangeProcess;

namespace {

const QString kJournal = QStringLiteral("abc123@archive.securestore.net");
const QString kNdr = QStringLiteral("journal-ndr@contoso.com");
const QString kFixtureClock = QStringLiteral("2026-11-30T08:00:00Z");

QString fixturePath(const QString &name)
{
    return QStringLiteral(FAKE_FIXTURES_DIR "/") + name + QStringLiteral(".json");
}

QString text(const PsValue &object, const QString &property)
{
    return object.property(property).toString();
}

class MailFlowEndToEnd : public ::testing::Test
{
protected:
    // Starts the fake on `fixture` (empty = the demo) and opens a session as `user`.
    bool start(const QString &fixture, const QStringList &clockArgs,
               const QString &user = QStringLiteral("admin"),
               const QString &password = QStringLiteral("Contoso!Admin1"))
    {
        FakeExchangeProcess::Options o;
        if (!fixture.isEmpty())
            o.org = fixturePath(fixture);
        o.state = statePath();
        o.extraArgs = clockArgs;
        m_fake = std::make_unique<FakeExchangeProcess>(o);
        if (!m_fake->start()) {
            ADD_FAILURE() << m_fake->errorString().toStdString();
            return false;
        }
        const auto error = testsupport::openSession(
            m_session, testsupport::basicSessionOptions(*m_fake, user, password));
        if (error) {
            ADD_FAILURE() << error->toLogString().toStdString();
            return false;
        }
        return true;
    }
    QString statePath() const { return m_dir.filePath(QStringLiteral("state.json")); }
    QByteArray stateBytes() const
    {
        QFile f(statePath());
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

    QList<PsValue> ok(const Command &c)
    {
        const auto r = testsupport::run(m_session, {c});
        EXPECT_TRUE(r.succeeded() && r.errors.isEmpty())
            << c.name.toStdString() << ": " << testsupport::describe(r).toStdString();
        return r.output;
    }
    // The first error's (or the failure's) message and FullyQualifiedErrorId.
    QPair<QString, QString> error(const Command &c)
    {
        const auto r = testsupport::run(m_session, {c});
        if (r.failure)
            return {r.failure->message, r.failure->fullyQualifiedErrorId};
        if (!r.errors.isEmpty())
            return {r.errors.first().message, r.errors.first().fullyQualifiedErrorId};
        ADD_FAILURE() << c.name.toStdString() << " did not fail";
        return {};
    }
    QList<PsValue> tracking(Command c)
    {
        c.add(QStringLiteral("Server"), QStringLiteral("EX01"));
        c.add(QStringLiteral("ResultSize"), QStringLiteral("Unlimited"));
        return ok(c);
    }
    static QList<PsValue> withEvent(const QList<PsValue> &events, const QString &eventId)
    {
        QList<PsValue> out;
        for (const PsValue &e : events)
            if (text(e, QStringLiteral("EventId")) == eventId)
                out.append(e);
        return out;
    }

    QTemporaryDir m_dir;
    std::unique_ptr<FakeExchangeProcess> m_fake;
    RemoteSession m_session;
};

QStringList frozenAt(const QString &time)
{
    return {QStringLiteral("--clock"), time, QStringLiteral("--time-scale"), QStringLiteral("0")};
}

Command trackingLog()
{
    return Command(QStringLiteral("Get-MessageTrackingLog"));
}

} // namespace

TEST_F(MailFlowEndToEnd, HealthySmartHostJournalReportsAreSentExternal)
{
    ASSERT_TRUE(start(QStringLiteral("healthy-smarthost"), frozenAt(kFixtureClock)));
    const QByteArray before = stateBytes();
    ASSERT_FALSE(before.isEmpty());

    const QList<PsValue> services = ok(Command(QStringLiteral("Get-TransportService")));
    ASSERT_EQ(services.size(), 1);
    EXPECT_EQ(text(services.first(), QStringLiteral("MessageTrackingLogEnabled")),
              QStringLiteral("True"));
    EXPECT_EQ(text(services.first(), QStringLiteral("MessageTrackingLogSubjectLoggingEnabled")),
              QStringLiteral("True"));
    EXPECT_EQ(text(services.first(), QStringLiteral("MessageExpirationTimeout")),
              QStringLiteral("2.00:00:00"));
    EXPECT_EQ(text(services.first(), QStringLiteral("QueueMaxIdleTime")),
              QStringLiteral("00:03:00"));

    // Journal reports created since the rule, by subject token and by sender + recipient.
    const QList<PsValue> created = tracking(
        trackingLog()
            .add(QStringLiteral("Start"),
                 PsValue(PsValue::Type::DateTime, QStringLiteral("2026-11-30T07:00:00Z")))
            .add(QStringLiteral("Recipients"), QStringList{kJournal})
            .add(QStringLiteral("EventId"), QStringLiteral("RECEIVE")));
    ASSERT_EQ(created.size(), 12);
    const PsValue &jr = created.first();
    EXPECT_TRUE(jr.obj()->isA(QStringLiteral("TransportLogSearchTasks.MessageTrackingEvent")));
    EXPECT_EQ(text(jr, QStringLiteral("Source")), QStringLiteral("AGENT"));
    EXPECT_EQ(text(jr, QStringLiteral("SourceContext")), QStringLiteral("Journaling"));
    EXPECT_TRUE(text(jr, QStringLiteral("MessageId"))
                    .endsWith(QStringLiteral("@journal.report.generator>")));
    EXPECT_EQ(text(jr, QStringLiteral("ReturnPath")), kNdr);
    EXPECT_EQ(text(jr, QStringLiteral("MessageSubject")), QStringLiteral("Internal message 6"));
    EXPECT_EQ(jr.property(QStringLiteral("Timestamp")).type(), PsValue::Type::DateTime);

    const QList<PsValue> followed = tracking(
        trackingLog().add(QStringLiteral("MessageId"), text(jr, QStringLiteral("MessageId"))));
    ASSERT_EQ(followed.size(), 3);
    const PsValue &sent = followed.at(2);
    EXPECT_EQ(text(sent, QStringLiteral("EventId")), QStringLiteral("SENDEXTERNAL"));
    EXPECT_EQ(text(sent, QStringLiteral("Source")), QStringLiteral("SMTP"));
    EXPECT_EQ(text(sent, QStringLiteral("ConnectorId")),
              QStringLiteral("SecureStore Archive Smarthost"));
    EXPECT_EQ(text(sent, QStringLiteral("ServerHostname")), QStringLiteral("smtp.securestore.net"));
    const QStringList status = sent.property(QStringLiteral("RecipientStatus")).toStringList();
    ASSERT_EQ(status.size(), 1);
    EXPECT_TRUE(status.first().startsWith(QStringLiteral("250 "))) << status.first().toStdString();
    const PsValue data = followed.at(1).property(QStringLiteral("EventData"));
    ASSERT_TRUE(data.isObject());
    ASSERT_FALSE(data.obj()->items.isEmpty());
    EXPECT_EQ(text(data.obj()->items.first(), QStringLiteral("Key")), QStringLiteral("JA"));
    EXPECT_EQ(text(data.obj()->items.first(), QStringLiteral("Value")), QStringLiteral("JR"));

    // Nothing pending: the smart-host queue emptied and idled out; only the persistent ones.
    const QList<PsValue> queues = ok(
        Command(QStringLiteral("Get-Queue")).add(QStringLiteral("Server"), QStringLiteral("EX01")));
    ASSERT_EQ(queues.size(), 2);
    EXPECT_EQ(text(queues.at(0), QStringLiteral("Identity")), QStringLiteral("EX01\\Submission"));
    EXPECT_EQ(text(queues.at(1), QStringLiteral("Identity")), QStringLiteral("EX01\\Unreachable"));
    EXPECT_EQ(queues.at(1).property(QStringLiteral("MessageCount")).toInteger(), 0);

    EXPECT_EQ(stateBytes(), before) << "read-only cmdlets changed the state file";
}

TEST_F(MailFlowEndToEnd, DeferDnsRetryQueueAndItsMessages)
{
    ASSERT_TRUE(start(QStringLiteral("defer-dns"), frozenAt(kFixtureClock)));
    const QByteArray before = stateBytes();
    const QList<PsValue> retry
        = ok(Command(QStringLiteral("Get-Queue"))
                 .add(QStringLiteral("Server"), QStringLiteral("EX01"))
                 .add(QStringLiteral("Filter"), QStringLiteral("NextHopDomain -eq "
                                                               "'archive.securestore.net'")));
    ASSERT_EQ(retry.size(), 1);
    const PsValue &q = retry.first();
    EXPECT_TRUE(q.obj()->isA(QStringLiteral("QueueViewer.PropertyBagBasedQueueInfo")));
    EXPECT_EQ(text(q, QStringLiteral("Status")), QStringLiteral("Retry"));
    EXPECT_EQ(text(q, QStringLiteral("DeliveryType")), QStringLiteral("DnsConnectorDelivery"));
    EXPECT_TRUE(text(q, QStringLiteral("LastError"))
                    .contains(QStringLiteral("{LED=451 4.4.0 DNS query failed.")));
    EXPECT_EQ(q.property(QStringLiteral("MessageCount")).toInteger(), 12);
    EXPECT_EQ(q.property(QStringLiteral("RetryCount")).toInteger(), 9);
    EXPECT_EQ(q.property(QStringLiteral("NextRetryTime")).type(), PsValue::Type::DateTime);
    EXPECT_EQ(q.property(QStringLiteral("Velocity")).type(), PsValue::Type::Double);

    const QList<PsValue> messages
        = ok(Command(QStringLiteral("Get-Message"))
                 .add(QStringLiteral("Queue"), text(q, QStringLiteral("Identity")))
                 .addSwitch(QStringLiteral("IncludeRecipientInfo"))
                 .add(QStringLiteral("ResultSize"), 5));
    ASSERT_EQ(messages.size(), 5);
    const PsValue &m = messages.first();
    EXPECT_EQ(text(m, QStringLiteral("FromAddress")), kNdr);
    EXPECT_EQ(text(m, QStringLiteral("Status")), QStringLiteral("Retry"));
    const PsValue recipients = m.property(QStringLiteral("Recipients"));
    ASSERT_TRUE(recipients.isObject());
    ASSERT_EQ(recipients.obj()->items.size(), 1);
    EXPECT_EQ(text(recipients.obj()->items.first(), QStringLiteral("Address")), kJournal);

    const QList<PsValue> defers
        = tracking(trackingLog().add(QStringLiteral("EventId"), QStringLiteral("DEFER")));
    ASSERT_EQ(defers.size(), 11);
    EXPECT_TRUE(
        tracking(trackingLog().add(QStringLiteral("EventId"), QStringLiteral("SEND"))).isEmpty());
    EXPECT_EQ(stateBytes(), before);
}

TEST_F(MailFlowEndToEnd, RejectedReportsBounceToTheNdrMailbox)
{
    ASSERT_TRUE(start(QStringLiteral("reject-with-ndr"), frozenAt(kFixtureClock)));
    // .NET-style DateTime text (7 fractional digits, offset) as a client sends it.
    const QList<PsValue> events = tracking(trackingLog().add(
        QStringLiteral("Start"),
        PsValue(PsValue::Type::DateTime, QStringLiteral("2026-11-30T07:54:00.0000000+00:00"))));
    // Only the 07:55 message is in the window: its report fails at 07:55:05.
    const QList<PsValue> fail = withEvent(events, QStringLiteral("FAIL"));
    ASSERT_EQ(fail.size(), 1);
    EXPECT_EQ(fail.first().property(QStringLiteral("RecipientStatus")).toStringList(),
              QStringList{QStringLiteral("550 5.1.1 RESOLVER.ADR.RecipNotFound; not found")});
    const QList<PsValue> dsn = withEvent(events, QStringLiteral("DSN"));
    ASSERT_EQ(dsn.size(), 1);
    EXPECT_EQ(dsn.first().property(QStringLiteral("Reference")).toStringList(),
              QStringList{text(fail.first(), QStringLiteral("MessageId"))});
    const QList<PsValue> ndrs
        = tracking(trackingLog()
                       .add(QStringLiteral("Recipients"), QStringList{kNdr})
                       .add(QStringLiteral("EventId"), QStringLiteral("DELIVER")));
    ASSERT_EQ(ndrs.size(), 12);
    EXPECT_TRUE(text(ndrs.first(), QStringLiteral("MessageSubject"))
                    .startsWith(QStringLiteral("Undeliverable: ")));
}

TEST_F(MailFlowEndToEnd, UnreachableQueueHoldsTheReports)
{
    ASSERT_TRUE(start(QStringLiteral("unreachable"), frozenAt(kFixtureClock)));
    const QList<PsValue> unreachable
        = ok(Command(QStringLiteral("Get-Message"))
                 .add(QStringLiteral("Queue"), QStringLiteral("EX01\\Unreachable")));
    ASSERT_EQ(unreachable.size(), 12);
    EXPECT_EQ(text(unreachable.first(), QStringLiteral("LastError")),
              QStringLiteral("A matching connector cannot be found to route the external "
                             "recipient"));
    EXPECT_TRUE(text(unreachable.first(), QStringLiteral("InternetMessageId"))
                    .endsWith(QStringLiteral("@journal.report.generator>")));
}

TEST_F(MailFlowEndToEnd, ViewOnlyReadsQueuesButNotTracking)
{
    ASSERT_TRUE(start(QStringLiteral("suspended-queue"), frozenAt(kFixtureClock),
                      QStringLiteral("auditor"), QStringLiteral("Contoso!View1")));
    const QList<PsValue> suspended
        = ok(Command(QStringLiteral("Get-Queue"))
                 .add(QStringLiteral("Server"), QStringLiteral("EX01"))
                 .add(QStringLiteral("Filter"), QStringLiteral("Status -eq 'Suspended'")));
    ASSERT_EQ(suspended.size(), 1);
    EXPECT_EQ(suspended.first().property(QStringLiteral("MessageCount")).toInteger(), 12);
    EXPECT_TRUE(error(trackingLog())
                    .first.startsWith(
                        QStringLiteral("The term 'Get-MessageTrackingLog' is not recognized")));
    EXPECT_TRUE(
        error(Command(QStringLiteral("Test-Mailflow")))
            .first.startsWith(QStringLiteral("The term 'Test-Mailflow' is not recognized")));
}

TEST_F(MailFlowEndToEnd, ParameterSetFilterAndServerErrors)
{
    ASSERT_TRUE(start(QStringLiteral("healthy-send"), frozenAt(kFixtureClock)));
    auto e = error(Command(QStringLiteral("Get-Queue"))
                       .add(QStringLiteral("Identity"), QStringLiteral("EX01\\Submission"))
                       .add(QStringLiteral("Server"), QStringLiteral("EX01")));
    EXPECT_EQ(
        e.first,
        QStringLiteral("Parameter set cannot be resolved using the specified named parameters."));
    EXPECT_TRUE(e.second.startsWith(QStringLiteral("AmbiguousParameterSet,")));
    e = error(Command(QStringLiteral("Get-Queue"))
                  .add(QStringLiteral("Filter"),
                       QStringLiteral("Status -eq 'Retry' -or MessageCount -gt 0")));
    EXPECT_TRUE(e.first.startsWith(
        QStringLiteral("The filter \"Status -eq 'Retry' -or MessageCount -gt 0\" isn't valid")))
        << e.first.toStdString();
    e = error(
        Command(QStringLiteral("Get-Queue")).add(QStringLiteral("Server"), QStringLiteral("EX99")));
    EXPECT_EQ(
        e.first,
        QStringLiteral("The operation couldn't be performed because 'EX99' couldn't be found."));
    e = error(trackingLog().add(QStringLiteral("Start"), QStringLiteral("the day before")));
    EXPECT_TRUE(e.first.startsWith(
        QStringLiteral("Cannot process argument transformation on parameter 'Start'.")))
        << e.first.toStdString();
    e = error(Command(QStringLiteral("Test-Mailflow"))
                  .add(QStringLiteral("Identity"), QStringLiteral("EX02")));
    EXPECT_TRUE(e.first.contains(QStringLiteral("EX02"))) << e.first.toStdString();
}

TEST_F(MailFlowEndToEnd, ClockRunsAtTheTimeScaleAndTestMailflowIsJournaled)
{
    // The demo at 600x: one simulated minute per 0.1 s. The rule takes the simulated time.
    ASSERT_TRUE(start(QString(), {QStringLiteral("--clock"), QStringLiteral("2026-11-30T09:00:00Z"),
                                  QStringLiteral("--time-scale"), QStringLiteral("600")}));
    ok(Command(QStringLiteral("Set-TransportConfig"))
           .add(QStringLiteral("JournalingReportNdrTo"), kNdr));
    const QList<PsValue> rule = ok(Command(QStringLiteral("New-JournalRule"))
                                       .add(QStringLiteral("Name"), QStringLiteral("Journal"))
                                       .add(QStringLiteral("JournalEmailAddress"), kJournal)
                                       .add(QStringLiteral("Scope"), QStringLiteral("Internal"))
                                       .add(QStringLiteral("Enabled"), true));
    ASSERT_EQ(rule.size(), 1);
    EXPECT_TRUE(rule.first()
                    .property(QStringLiteral("WhenChanged"))
                    .scalar()
                    .toString()
                    .startsWith(QStringLiteral("2026-11-30T")));

    QList<PsValue> sent;
    EXPECT_TRUE(QTest::qWaitFor(
        [&] {
            sent = tracking(trackingLog()
                                .add(QStringLiteral("Recipients"), QStringList{kJournal})
                                .add(QStringLiteral("EventId"), QStringLiteral("SEND")));
            return !sent.isEmpty();
        },
        20000))
        << "no journal report was sent within 20 s at 600x";
    ASSERT_FALSE(sent.isEmpty());
    EXPECT_EQ(text(sent.first(), QStringLiteral("ConnectorId")), QStringLiteral("Internet"));

    const QList<PsValue> probe = ok(Command(QStringLiteral("Test-Mailflow")));
    ASSERT_EQ(probe.size(), 1);
    EXPECT_EQ(text(probe.first(), QStringLiteral("TestMailflowResult")), QStringLiteral("Success"));
    EXPECT_TRUE(stateBytes().contains("\"kind\": \"Test-Mailflow\""));
    QList<PsValue> journaled;
    EXPECT_TRUE(QTest::qWaitFor(
        [&] {
            journaled = tracking(
                trackingLog()
                    .add(QStringLiteral("MessageSubject"), QStringLiteral("Test-Mailflow"))
                    .add(QStringLiteral("EventId"), QStringLiteral("SEND")));
            return !journaled.isEmpty();
        },
        20000));
    ASSERT_EQ(journaled.size(), 1);
    EXPECT_TRUE(text(journaled.first(), QStringLiteral("MessageId"))
                    .endsWith(QStringLiteral("@journal.report.generator>")));
}
