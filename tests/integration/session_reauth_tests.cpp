// A 401 in the middle of a session (ticket expiry, a load balancer moving the client) against
// the real fake-exchange process: the client authenticates again once and sends the request
// again (a 401 means WS-Man did not process it); only a second rejection in a row is an
// error, and it says so rather than blaming the user name or password that just worked
// (Basic, Kerberos and NTLM).
#include "FakeExchangeProcess.h"
#include "SessionTestUtil.h"
#include "TestKdc.h"

#include <gtest/gtest.h>

using namespace remoting;
using testsupport::FakeExchangeProcess;

namespace {

const QString kAdmin = QStringLiteral("admin");
const QString kAdminPassword = QStringLiteral("Contoso!Admin1");

std::unique_ptr<FakeExchangeProcess> startBasicFake(const QStringList &faults)
{
    FakeExchangeProcess::Options fo;
    fo.https = true;
    fo.faults = faults;
    auto fake = std::make_unique<FakeExchangeProcess>(fo);
    EXPECT_TRUE(fake->start()) << fake->errorString().toStdString();
    return fake;
}

SessionOptions basicOptions(const FakeExchangeProcess &fake)
{
    SessionOptions o = testsupport::basicSessionOptions(fake, kAdmin, kAdminPassword);
    o.connectTimeoutMs = 5000;
    return o;
}

// The fake over http signing in with NTLM, with `faults`.
FakeExchangeProcess::Options ntlmFake(const QStringList &faults)
{
    FakeExchangeProcess::Options fo;
    fo.https = false;
    fo.auth = QStringLiteral("ntlm");
    fo.faults = faults;
    return fo;
}

// A KDC that knows the admin, and the fake taking Kerberos with its service key.
struct KerberosFake
{
    std::unique_ptr<testsupport::TestKdc> kdc;
    std::unique_ptr<FakeExchangeProcess> fake;
};

// Both started, or none (a failure recorded).
std::optional<KerberosFake> startKerberosFake(const QStringList &faults)
{
    QString kdcError;
    auto kdc = testsupport::TestKdc::startForHttpService(kAdmin, kAdminPassword, &kdcError);
    if (!kdc) {
        ADD_FAILURE() << kdcError.toStdString();
        return std::nullopt;
    }
    FakeExchangeProcess::Options fo;
    fo.https = false;
    fo.auth = QStringLiteral("negotiate");
    fo.keytab = kdc->keytabPath();
    fo.faults = faults;
    auto fake = std::make_unique<FakeExchangeProcess>(fo);
    if (!fake->start()) {
        ADD_FAILURE() << fake->errorString().toStdString();
        return std::nullopt;
    }
    return KerberosFake{std::move(kdc), std::move(fake)};
}

SessionOptions ntlmOptions(const FakeExchangeProcess &fake)
{
    SessionOptions o;
    o.endpoint = fake.url();
    o.auth = AuthMethod::Ntlm;
    o.userName = QStringLiteral("CONTOSO\\admin");
    o.password = kAdminPassword;
    o.operationTimeoutSeconds = 5;
    return o;
}

// Kerberos asks for a ticket for HTTP/localhost (the keytab's service principal).
SessionOptions kerberosOptions(const FakeExchangeProcess &fake)
{
    SessionOptions o;
    QUrl url = fake.url();
    url.setHost(QStringLiteral("localhost"));
    o.endpoint = url;
    o.auth = AuthMethod::Kerberos;
    o.userName = kAdmin;
    o.password = kAdminPassword;
    o.operationTimeoutSeconds = 5;
    return o;
}

// The error of open + one pipeline, or nullopt when both succeeded.
std::optional<Error> openAndRun(const SessionOptions &options, int *requests = nullptr)
{
    RemoteSession session;
    if (auto e = testsupport::openSession(session, options))
        return e;
    const auto result = testsupport::run(session, {Command(QStringLiteral("Get-ExchangeServer"))});
    if (requests)
        *requests = int(session.stats().requests);
    if (result.transportError)
        return result.transportError;
    if (!result.succeeded())
        return Error::make(Error::Kind::Remote, testsupport::describe(result));
    return std::nullopt;
}

} // namespace

TEST(SessionReauthentication, Basic401MidSessionIsSentAgainOnce)
{
    // Requests over Basic/HTTPS: 1 Create, 2.. pool Receives, then Command and Receives.
    for (int index = 2; index <= 5; ++index) {
        SCOPED_TRACE(index);
        auto fake = startBasicFake({QStringLiteral("auth401@%1").arg(index)});
        int requests = 0;
        const auto error = openAndRun(basicOptions(*fake), &requests);
        EXPECT_FALSE(error) << error->toLogString().toStdString();
    }
}

TEST(SessionReauthentication, BasicSecondRejectionInARowIsAnErrorWordedAsSuch)
{
    auto fake = startBasicFake({QStringLiteral("auth401@3"), QStringLiteral("auth401@4")});
    const auto error = openAndRun(basicOptions(*fake));
    ASSERT_TRUE(error);
    EXPECT_EQ(error->kind, Error::Kind::Auth) << error->toLogString().toStdString();
    EXPECT_EQ(error->httpStatus, 401);
    EXPECT_TRUE(error->message.contains(QStringLiteral("twice in a row")))
        << error->message.toStdString();
    EXPECT_TRUE(error->message.contains(QStringLiteral("accepted them earlier")));
    EXPECT_FALSE(error->message.contains(QStringLiteral("rejected the user name or password")));
    EXPECT_FALSE(error->toLogString().contains(kAdminPassword));
}

TEST(SessionReauthentication, BasicFirstRejectionStillBlamesTheCredentials)
{
    auto fake = startBasicFake({});
    SessionOptions o = basicOptions(*fake);
    o.password = QStringLiteral("Wrong-Password-1");
    const auto error = openAndRun(o);
    ASSERT_TRUE(error);
    EXPECT_EQ(error->kind, Error::Kind::Auth);
    EXPECT_TRUE(error->message.contains(QStringLiteral("rejected the user name or password")))
        << error->message.toStdString();
}

TEST(SessionReauthentication, KerberosSecondRejectionAfterReauthenticationIsAnError)
{
    // 1 auth leg, 2 Create, 3-4 pool Receives: a 401 at 4, and the new auth leg (5) refused.
    const auto kerberos
        = startKerberosFake({QStringLiteral("auth401@4"), QStringLiteral("auth401@5")});
    ASSERT_TRUE(kerberos);
    const auto error = openAndRun(kerberosOptions(*kerberos->fake));
    ASSERT_TRUE(error);
    EXPECT_EQ(error->kind, Error::Kind::Auth) << error->toLogString().toStdString();
    EXPECT_TRUE(error->message.contains(QStringLiteral("twice in a row")))
        << error->message.toStdString();
    EXPECT_FALSE(error->toLogString().contains(kAdminPassword));
}

TEST(SessionReauthentication, NtlmSecondRejectionAfterReauthenticationIsAnError)
{
    // 1-2 the NTLM negotiate and authenticate legs, 3 Create, 4-5 pool Receives: a 401 at 4
    // ends the security context; the new negotiate leg (5) is refused too.
    FakeExchangeProcess fake(ntlmFake({QStringLiteral("auth401@4"), QStringLiteral("auth401@5")}));
    ASSERT_TRUE(fake.start()) << fake.errorString().toStdString();
    const auto error = openAndRun(ntlmOptions(fake));
    ASSERT_TRUE(error);
    EXPECT_EQ(error->kind, Error::Kind::Auth) << error->toLogString().toStdString();
    EXPECT_TRUE(error->message.contains(QStringLiteral("twice in a row")))
        << error->message.toStdString();
    EXPECT_FALSE(error->toLogString().contains(kAdminPassword));

    // A single 401 there is answered by a new handshake and the Receive sent again.
    FakeExchangeProcess fakeOnce(ntlmFake({QStringLiteral("auth401@4")}));
    ASSERT_TRUE(fakeOnce.start()) << fakeOnce.errorString().toStdString();
    int requests = 0;
    const auto again = openAndRun(ntlmOptions(fakeOnce), &requests);
    EXPECT_FALSE(again) << again->toLogString().toStdString();
    // 7 requests without the fault (two legs, Create, two pool Receives, Command, Receive),
    // plus the refused Receive and the new handshake's two legs.
    EXPECT_EQ(requests, 10);
}

namespace {

// A pipeline whose Command gets a 503 (after a 401, on the new handshake; or as the answer
// to the sealed Command itself) fails; the next pipeline on the same session authenticates
// afresh (a new context on a new connection) and succeeds, as the shell's final Delete must.
void expectNextPipelineWorksAfterA503(const SessionOptions &options)
{
    RemoteSession session;
    const auto openError = testsupport::openSession(session, options);
    ASSERT_FALSE(openError) << openError->toLogString().toStdString();
    const auto failed = testsupport::run(session, {Command(QStringLiteral("Get-ExchangeServer"))});
    ASSERT_TRUE(failed.transportError) << testsupport::describe(failed).toStdString();
    EXPECT_EQ(failed.transportError->httpStatus, 503)
        << failed.transportError->toLogString().toStdString();
    const auto next = testsupport::run(session, {Command(QStringLiteral("Get-AcceptedDomain"))});
    EXPECT_TRUE(next.succeeded()) << testsupport::describe(next).toStdString();
    EXPECT_TRUE(testsupport::closeSession(session));
}

} // namespace

TEST(SessionReauthentication, NtlmHandshakeFailingMidSessionIsStartedAfreshNextTime)
{
    // 1-2 NTLM legs, 3 Create, 4-5 pool Receives, 6 Command: 401; 7 the new negotiate leg: 503.
    FakeExchangeProcess fake(ntlmFake({QStringLiteral("auth401@6"), QStringLiteral("http503@7")}));
    ASSERT_TRUE(fake.start()) << fake.errorString().toStdString();
    expectNextPipelineWorksAfterA503(ntlmOptions(fake));
}

TEST(SessionReauthentication, KerberosHandshakeFailingMidSessionIsStartedAfreshNextTime)
{
    // 1 the token, 2 Create, 3-4 pool Receives, 5 Command: 401; 6 the new token: 503.
    const auto kerberos
        = startKerberosFake({QStringLiteral("auth401@5"), QStringLiteral("http503@6")});
    ASSERT_TRUE(kerberos);
    expectNextPipelineWorksAfterA503(kerberosOptions(*kerberos->fake));
}

TEST(SessionReauthentication, NtlmErrorPageForASealedRequestStartsANewContext)
{
    // 1-2 NTLM legs, 3 Create, 4-5 pool Receives, 6 the sealed Command: an unsealed 503 page
    // (the server may never have unsealed the Command: NTLM's sealing state would be out of
    // step, and every later sealed message would fail its integrity check there).
    FakeExchangeProcess fake(ntlmFake({QStringLiteral("http503@6")}));
    ASSERT_TRUE(fake.start()) << fake.errorString().toStdString();
    expectNextPipelineWorksAfterA503(ntlmOptions(fake));
}
