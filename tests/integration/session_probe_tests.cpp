// Issue 8 items 4-6 through our own client against the real fake-exchange process:
// RemoteSession::commandMetadata() (GET_COMMAND_METADATA), RemoteSession::isAlive()
// (WS-Management Get on the shell resource) and the faults WsmanTransport surfaces for an
// unknown action, resource URI or selector.
#include "FakeExchangeProcess.h"
#include "SessionTestUtil.h"
#include "TestPaths.h"
#include "WsmanTransport.h"
#include "wsman/Wsman.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QUuid>

#include <gtest/gtest.h>

using namespace remoting;
using testsupport::FakeExchangeProcess;

namespace {

const QString kExchangeUri
    = QStringLiteral("http://schemas.microsoft.com/powershell/Microsoft.Exchange");

class SessionProbes : public ::testing::Test
{
protected:
    void SetUp() override
    {
        FakeExchangeProcess::Options o;
        o.https = true;
        m_fake = std::make_unique<FakeExchangeProcess>(o);
        ASSERT_TRUE(m_fake->start()) << m_fake->errorString().toStdString();
    }

    SessionOptions options(const QString &user = QStringLiteral("admin"),
                           const QString &password = QStringLiteral("Contoso!Admin1")) const
    {
        SessionOptions o = testsupport::basicSessionOptions(*m_fake, user, password);
        o.connectTimeoutMs = 5000;
        o.readTimeoutMs = 20000;
        return o;
    }

    static InvocationResult metadata(RemoteSession &session, const QStringList &patterns)
    {
        PipelineJob *job = session.commandMetadata(patterns);
        EXPECT_TRUE(QTest::qWaitFor([&] { return job->isFinished(); }, 20000))
            << "GET_COMMAND_METADATA was not answered";
        InvocationResult result = job->result();
        job->deleteLater();
        return result;
    }

    static AliveCheck *probe(RemoteSession &session)
    {
        AliveCheck *check = session.isAlive();
        QSignalSpy finished(check, &AliveCheck::finished);
        EXPECT_TRUE(check->isFinished() || finished.wait(20000)) << "is-alive probe unanswered";
        EXPECT_TRUE(check->isFinished());
        return check;
    }

    static QStringList names(const QList<CommandInfo> &commands)
    {
        QStringList out;
        for (const CommandInfo &c : commands)
            out << c.name;
        out.sort();
        return out;
    }

    std::unique_ptr<FakeExchangeProcess> m_fake;
};

} // namespace

// Item 4 through our client: the commands the caller's roles allow, one pipeline's round
// trips, and the session keeps working.
TEST_F(SessionProbes, CommandMetadataListsWhatTheUsersRolesAllow)
{
    RemoteSession admin;
    ASSERT_FALSE(testsupport::openSession(admin, options()));
    const quint64 before = admin.stats().requests;
    auto commands = parseCommandMetadata(metadata(admin, {QStringLiteral("*-JournalRule")}));
    ASSERT_TRUE(commands.ok()) << commands.error().toLogString().toStdString();
    // Command and one Receive: the answer is complete at once.
    EXPECT_EQ(admin.stats().requests - before, 2u);
    EXPECT_EQ(
        names(*commands),
        (QStringList{QStringLiteral("Disable-JournalRule"), QStringLiteral("Enable-JournalRule"),
                     QStringLiteral("Get-JournalRule"), QStringLiteral("New-JournalRule"),
                     QStringLiteral("Remove-JournalRule"), QStringLiteral("Set-JournalRule")}));
    for (const CommandInfo &c : *commands) {
        EXPECT_EQ(c.commandType, QStringLiteral("Cmdlet")) << c.name.toStdString();
        EXPECT_FALSE(c.moduleName.isEmpty()) << c.name.toStdString();
        if (c.name == QLatin1String("New-JournalRule")) {
            EXPECT_TRUE(c.parameters.contains(QStringLiteral("Name")));
            EXPECT_TRUE(c.parameters.contains(QStringLiteral("JournalEmailAddress")));
            EXPECT_TRUE(c.parameters.contains(QStringLiteral("Enabled")));
        }
    }
    // Several patterns; a pattern nothing matches gives an empty list, not a hang.
    auto several = parseCommandMetadata(
        metadata(admin, {QStringLiteral("Get-AcceptedDomain"), QStringLiteral("Get-Send*")}));
    ASSERT_TRUE(several.ok()) << several.error().toLogString().toStdString();
    EXPECT_TRUE(names(*several).contains(QStringLiteral("Get-AcceptedDomain")));
    EXPECT_TRUE(names(*several).contains(QStringLiteral("Get-SendConnector")));
    EXPECT_FALSE(names(*several).contains(QStringLiteral("New-SendConnector")));
    auto none = parseCommandMetadata(metadata(admin, {QStringLiteral("No-Such-*")}));
    ASSERT_TRUE(none.ok()) << none.error().toLogString().toStdString();
    EXPECT_TRUE(none->isEmpty());
    EXPECT_TRUE(
        testsupport::run(admin, {Command(QStringLiteral("Get-ExchangeServer"))}).succeeded());
    EXPECT_TRUE(testsupport::closeSession(admin));

    // auditor (View-Only Configuration) may read journal rules but change none.
    RemoteSession auditor;
    ASSERT_FALSE(testsupport::openSession(
        auditor, options(QStringLiteral("auditor"), QStringLiteral("Contoso!View1"))));
    auto readOnly = parseCommandMetadata(metadata(auditor, {QStringLiteral("*-JournalRule")}));
    ASSERT_TRUE(readOnly.ok()) << readOnly.error().toLogString().toStdString();
    EXPECT_EQ(names(*readOnly), QStringList{QStringLiteral("Get-JournalRule")});
    EXPECT_TRUE(testsupport::closeSession(auditor));

    // Not open: a usage error at once, nothing sent.
    RemoteSession closed;
    const auto notOpen = metadata(closed, {QStringLiteral("*")});
    ASSERT_TRUE(notOpen.transportError);
    EXPECT_EQ(notOpen.transportError->kind, Error::Kind::Usage);
    EXPECT_FALSE(parseCommandMetadata(notOpen).ok());
}

// Item 5 through our client: one Get on the shell resource says whether the server still
// has the session's shell; once the shell is gone the probe says so clearly.
TEST_F(SessionProbes, IsAliveAsksTheServerForTheShell)
{
    RemoteSession session;
    ASSERT_FALSE(testsupport::openSession(session, options()));
    const quint64 before = session.stats().requests;
    AliveCheck *alive = probe(session);
    EXPECT_TRUE(alive->isAlive()) << (alive->error() ? alive->error()->toLogString().toStdString()
                                                     : "");
    EXPECT_EQ(alive->shellState(), QStringLiteral("Connected"));
    EXPECT_EQ(session.stats().requests - before, 1u);

    // The shell deleted behind the session's back (as an idle timeout or a server restart
    // would): InvalidSelectors, with what to do.
    {
        WsmanTransport other(options());
        ASSERT_TRUE(other.prepare().ok());
        wsman::Endpoint ep;
        ep.to = m_fake->url().toString();
        ep.resourceUri = kExchangeUri;
        ep.sessionId = QUuid::createUuid().toString(QUuid::WithoutBraces);
        const auto del = wsman::buildDelete(ep, session.info().shellId);
        std::optional<Status> deleted;
        other.post(del.xml, [&](const Expected<QByteArray> &soap) {
            deleted = soap ? wsman::parseEmptyResponse(*soap, del.messageId) : Status(soap.error());
        });
        ASSERT_TRUE(QTest::qWaitFor([&] { return deleted.has_value(); }, 20000));
        ASSERT_TRUE(deleted->ok()) << deleted->error().toLogString().toStdString();
    }
    AliveCheck *gone = probe(session);
    EXPECT_FALSE(gone->isAlive());
    EXPECT_TRUE(gone->isShellGone());
    ASSERT_TRUE(gone->error());
    EXPECT_EQ(gone->error()->kind, Error::Kind::WsMan);
    EXPECT_EQ(gone->error()->wsmanCode, wsman::codeInvalidSelectors);
    EXPECT_EQ(gone->error()->reason, Error::Reason::SessionGone);
    EXPECT_TRUE(gone->error()->message.startsWith(
        QStringLiteral("The server no longer knows this PowerShell session or command: it was "
                       "closed, timed out or the server restarted. The server said: ")))
        << gone->error()->message.toStdString();
    EXPECT_TRUE(gone->shellState().isEmpty());

    // A session that is not open is not asked about.
    RemoteSession never;
    AliveCheck *notOpen = probe(never);
    EXPECT_FALSE(notOpen->isAlive());
    EXPECT_FALSE(notOpen->isShellGone());
    ASSERT_TRUE(notOpen->error());
    EXPECT_EQ(notOpen->error()->kind, Error::Kind::Usage);
    EXPECT_EQ(never.stats().requests, 0u);
}

// Item 6 through our transport: an action, resource URI or selector the server does not
// know comes back at once as a WS-Man fault with its code and a message that says what to
// do, followed by the server's own text.
TEST_F(SessionProbes, UnknownActionResourceAndSelectorAreClearErrorsNotHangs)
{
    RemoteSession session;
    ASSERT_FALSE(testsupport::openSession(session, options()));
    const QString shellId = session.info().shellId;
    ASSERT_FALSE(shellId.isEmpty());

    WsmanTransport transport(options());
    ASSERT_TRUE(transport.prepare().ok());
    wsman::Endpoint ep;
    ep.to = m_fake->url().toString();
    ep.resourceUri = kExchangeUri;
    ep.sessionId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    auto send = [&](const QByteArray &xml, const QString &messageId) -> Error {
        std::optional<Status> status;
        QElapsedTimer timer;
        timer.start();
        transport.post(xml, [&](const Expected<QByteArray> &soap) {
            status = soap ? wsman::parseEmptyResponse(*soap, messageId) : Status(soap.error());
        });
        EXPECT_TRUE(QTest::qWaitFor([&] { return status.has_value(); }, 20000));
        EXPECT_LT(timer.elapsed(), 5000) << "the fault took as long as a wait";
        if (!status)
            return Error::make(Error::Kind::Timeout, QStringLiteral("no answer"));
        EXPECT_FALSE(status->ok());
        return status->ok() ? Error() : status->error();
    };

    // WS-Enumeration on the shell.
    const auto r1 = wsman::buildDelete(ep, shellId);
    QByteArray enumerate = r1.xml;
    enumerate.replace(wsman::action::del,
                      "http://schemas.xmlsoap.org/ws/2004/09/enumeration/Enumerate");
    Error e = send(enumerate, r1.messageId);
    EXPECT_EQ(e.kind, Error::Kind::WsMan);
    EXPECT_EQ(e.wsmanCode, wsman::codeActionNotSupported);
    EXPECT_EQ(e.reason, Error::Reason::Protocol);
    EXPECT_EQ(e.message.toStdString(),
              std::string(
                  "The server does not support this WS-Management request; the address may not be "
                  "a PowerShell remoting endpoint. The server said: The WS-Management service "
                  "cannot process the request because the action "
                  "http://schemas.xmlsoap.org/ws/2004/09/enumeration/Enumerate is not supported "
                  "for this resource."));

    // A resource URI the endpoint does not serve.
    const auto r2 = wsman::buildReceive(ep, shellId);
    QByteArray wmi = r2.xml;
    wmi.replace(kExchangeUri.toUtf8(),
                "http://schemas.microsoft.com/wbem/wsman/1/wmi/root/cimv2/Win32_Service");
    e = send(wmi, r2.messageId);
    EXPECT_EQ(e.kind, Error::Kind::WsMan);
    EXPECT_EQ(e.wsmanCode, wsman::codeResourceNotFound);
    EXPECT_EQ(e.reason, Error::Reason::EndpointNotFound);
    EXPECT_EQ(
        e.message.toStdString(),
        std::string("The server has no PowerShell endpoint for this address and configuration. "
                    "The server said: The WS-Management service cannot process the request. The "
                    "service cannot "
                    "find the resource identified by the resource URI and selectors. Resource URI: "
                    "http://schemas.microsoft.com/wbem/wsman/1/wmi/root/cimv2/Win32_Service"));
    EXPECT_TRUE(e.detail.contains(QLatin1String("w:DestinationUnreachable")))
        << e.detail.toStdString();

    // A selector the shell resource does not have.
    const auto r3 = wsman::buildReceive(ep, shellId);
    QByteArray selector = r3.xml;
    selector.replace("</wsman:SelectorSet>",
                     "<wsman:Selector Name=\"ProcessId\">4384</wsman:Selector>"
                     "</wsman:SelectorSet>");
    ASSERT_NE(selector, r3.xml);
    e = send(selector, r3.messageId);
    EXPECT_EQ(e.kind, Error::Kind::WsMan);
    EXPECT_EQ(e.wsmanCode, wsman::codeInvalidSelectors);
    EXPECT_EQ(e.reason, Error::Reason::SessionGone);
    EXPECT_EQ(
        e.message.toStdString(),
        std::string("The server no longer knows this PowerShell session or command: it was closed, "
                    "timed out or the server restarted. The server said: The "
                    "WS-Management service cannot process the request because the request "
                    "contained invalid selectors for the resource."));
    EXPECT_TRUE(e.detail.contains(QLatin1String("w:InvalidSelectors"))) << e.detail.toStdString();

    // None of it disturbed the session.
    EXPECT_TRUE(
        testsupport::run(session, {Command(QStringLiteral("Get-ExchangeServer"))}).succeeded());
    EXPECT_TRUE(testsupport::closeSession(session));
}

// Issue 8 item 2: fake-exchange --help says how users are defined and how they log on with
// NTLM, with no set-up.
TEST(FakeExchangeHelp, SaysHowUsersAreDefinedAndLogOn)
{
    QProcess help;
    help.start(testsupport::fakeExchangeProgram(), {QStringLiteral("--help")});
    ASSERT_TRUE(help.waitForFinished(15000));
    EXPECT_EQ(help.exitCode(), 0);
    const QString text = QString::fromUtf8(help.readAllStandardOutput()).simplified();
    for (const char *needle : {"\"users\" in the --org file", "CONTOSO\\admin",
                               "the domain in any case", "admin@contoso.com", "no set-up needed"})
        EXPECT_TRUE(text.contains(QLatin1String(needle))) << needle << "\n" << text.toStdString();
}
