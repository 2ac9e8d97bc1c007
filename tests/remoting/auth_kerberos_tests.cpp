// Kerberos through GSSAPI against a real MIT KDC started on loopback (TestKdc).
#include "AuthTestUtil.h"
#include "TestKdc.h"

#include "auth/Auth.h"
#include "auth/GssapiAcceptor.h"
#include "auth/GssapiContext.h"

#include <QFile>

#include <gtest/gtest.h>

using namespace remoting;
using namespace remoting::auth;

namespace {

const QString kUser = QStringLiteral("alice");
const QString kPassword = QStringLiteral("Correct-Horse-7");

class KerberosTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        QString error;
        m_kdc = testsupport::TestKdc::startForHttpService(kUser, kPassword, &error);
        ASSERT_TRUE(m_kdc) << error.toStdString();
        m_keytab = m_kdc->keytabPath();
    }

    std::unique_ptr<SecurityContext> client(const QString &user, const QString &password,
                                            bool bare = false,
                                            const QString &host = QStringLiteral("localhost"))
    {
        ContextOptions o;
        o.method = AuthMethod::Kerberos;
        o.host = host;
        o.userName = user;
        o.password = password;
        o.bareKerberos = bare;
        auto c = createInitiator(o, false);
        EXPECT_TRUE(c.ok()) << (c.ok() ? "" : c.error().toLogString().toStdString());
        return c.ok() ? std::move(c).value() : nullptr;
    }

    std::unique_ptr<SecurityContext> server(const QString &httpScheme)
    {
        auto s = fake::auth::GssapiAcceptor::create(m_keytab, httpScheme);
        EXPECT_TRUE(s.ok()) << (s.ok() ? "" : s.error().toLogString().toStdString());
        return s.ok() ? std::move(s).value() : nullptr;
    }

    std::unique_ptr<testsupport::TestKdc> m_kdc;
    QString m_keytab;
};

TEST_F(KerberosTest, SpnegoWithExplicitPasswordAuthenticatesAndEncrypts)
{
    auto c = client(kUser, kPassword);
    auto s = server(QStringLiteral("Negotiate"));
    ASSERT_TRUE(c && s);
    EXPECT_EQ(c->scheme(), QStringLiteral("Negotiate"));
    EXPECT_FALSE(c->canEncrypt());
    int legs = 0;
    const Status hs = authtest::handshake(*c, *s, &legs);
    ASSERT_TRUE(hs.ok()) << hs.error().toLogString().toStdString();
    EXPECT_EQ(legs, 1); // one token each way (AP-REQ, AP-REP)
    EXPECT_EQ(s->peerName(), QStringLiteral("alice@SECURESTORE.TEST"));
    EXPECT_TRUE(c->canEncrypt());
    EXPECT_TRUE(s->canEncrypt());
    EXPECT_EQ(c->encryptionProtocol(), QStringLiteral("application/HTTP-SPNEGO-session-encrypted"));
    auto *g = dynamic_cast<GssapiContext *>(c.get());
    ASSERT_TRUE(g);
    EXPECT_EQ(g->negotiatedMechanism(), GssapiContext::Mechanism::Kerberos);
    // AES256-CTS: 16-byte token header + 16 confounder... folded: 60 bytes.
    authtest::expectRoundTrips(*c, *s, 60);
}

// With a password, SPNEGO's credential is built from the one Kerberos acquired: the KDC sees
// one AS exchange (its pre-authentication round trip included) and one TGS exchange, where
// asking SPNEGO for a credential of its own with the password cost a second AS exchange.
// Nothing is written to the file credential cache, and SPNEGO offers Kerberos only.
TEST_F(KerberosTest, SpnegoWithPasswordAsksTheKdcOnceForEachTicket)
{
    const QString alice = kUser + QLatin1Char('@') + m_kdc->realm();
    auto c = client(kUser, kPassword);
    auto s = server(QStringLiteral("Negotiate"));
    ASSERT_TRUE(c && s);
    auto first = c->step({});
    ASSERT_TRUE(first.ok()) << first.error().toLogString().toStdString();
    const QByteArray ntlmOid("\x06\x0a\x2b\x06\x01\x04\x01\x82\x37\x02\x02\x0a", 12);
    const QByteArray krb5Oid("\x06\x09\x2a\x86\x48\x86\xf7\x12\x01\x02\x02", 11);
    EXPECT_TRUE(first->contains(krb5Oid));
    EXPECT_FALSE(first->contains(ntlmOid));
    auto answer = s->step(*first);
    ASSERT_TRUE(answer.ok()) << answer.error().toLogString().toStdString();
    auto last = c->step(*answer);
    ASSERT_TRUE(last.ok()) << last.error().toLogString().toStdString();
    ASSERT_TRUE(c->isComplete() && s->isComplete());
    EXPECT_EQ(s->peerName(), alice);
    authtest::expectRoundTrips(*c, *s, 60);

    EXPECT_EQ(
        m_kdc->loggedRequests(QStringLiteral("AS_REQ"), QStringLiteral("NEEDED_PREAUTH"), alice),
        1);
    EXPECT_EQ(m_kdc->loggedRequests(QStringLiteral("AS_REQ"), QStringLiteral("ISSUE"), alice), 1);
    EXPECT_EQ(m_kdc->loggedRequests(QStringLiteral("TGS_REQ"), QStringLiteral("ISSUE"), alice), 1);

    // A new exchange (after a dropped connection) reuses both tickets.
    c->reset();
    s->reset();
    ASSERT_TRUE(authtest::handshake(*c, *s).ok());
    EXPECT_EQ(m_kdc->loggedRequests(QStringLiteral("AS_REQ"), QStringLiteral("ISSUE"), alice), 1);
    EXPECT_EQ(m_kdc->loggedRequests(QStringLiteral("TGS_REQ"), QStringLiteral("ISSUE"), alice), 1);
    EXPECT_FALSE(QFile::exists(m_kdc->ccachePath()));
}

TEST_F(KerberosTest, BareKerberosWithCredentialCacheFromKinit)
{
    QString error;
    ASSERT_TRUE(m_kdc->kinit(kUser, kPassword, &error)) << error.toStdString();
    auto c = client({}, {}, /*bare*/ true);
    auto s = server(QStringLiteral("Kerberos"));
    ASSERT_TRUE(c && s);
    EXPECT_EQ(c->scheme(), QStringLiteral("Kerberos"));
    EXPECT_EQ(s->scheme(), QStringLiteral("Kerberos"));
    const Status hs = authtest::handshake(*c, *s);
    ASSERT_TRUE(hs.ok()) << hs.error().toLogString().toStdString();
    EXPECT_EQ(s->peerName(), QStringLiteral("alice@SECURESTORE.TEST"));
    EXPECT_EQ(c->encryptionProtocol(),
              QStringLiteral("application/HTTP-Kerberos-session-encrypted"));
    authtest::expectRoundTrips(*c, *s, 60);
}

TEST_F(KerberosTest, SpnegoWithCredentialCacheAndLowerCaseRealm)
{
    QString error;
    ASSERT_TRUE(m_kdc->kinit(kUser, kPassword, &error)) << error.toStdString();
    auto c = client({}, {});
    auto s = server(QStringLiteral("Negotiate"));
    ASSERT_TRUE(c && s);
    ASSERT_TRUE(authtest::handshake(*c, *s).ok());
    EXPECT_EQ(s->peerName(), QStringLiteral("alice@SECURESTORE.TEST"));

    // "alice@securestore.test" (as users type it) works: the realm is upper-cased.
    auto c2 = client(QStringLiteral("alice@securestore.test"), kPassword);
    auto s2 = server(QStringLiteral("Negotiate"));
    ASSERT_TRUE(c2 && s2);
    const Status hs = authtest::handshake(*c2, *s2);
    ASSERT_TRUE(hs.ok()) << hs.error().toLogString().toStdString();
}

TEST_F(KerberosTest, ResetStartsANewExchange)
{
    auto c = client(kUser, kPassword);
    auto s = server(QStringLiteral("Negotiate"));
    ASSERT_TRUE(authtest::handshake(*c, *s).ok());
    c->reset();
    s->reset();
    EXPECT_FALSE(c->isComplete());
    EXPECT_FALSE(c->canEncrypt());
    ASSERT_TRUE(authtest::handshake(*c, *s).ok());
    authtest::expectRoundTrips(*c, *s, 60);
}

// (What to do, "run kinit", is exchange::ErrorAdvice's for this reason: ErrorAdviceTest.)
TEST_F(KerberosTest, NoCredentialCacheIsAuthUnavailable)
{
    m_kdc->kdestroy();
    auto c = client({}, {});
    ASSERT_TRUE(c);
    auto token = c->step({});
    ASSERT_FALSE(token.ok());
    EXPECT_EQ(token.error().kind, Error::Kind::Auth);
    EXPECT_EQ(token.error().reason, Error::Reason::AuthUnavailable)
        << token.error().toLogString().toStdString();
    EXPECT_TRUE(token.error().message.contains(QStringLiteral("No Kerberos ticket")))
        << token.error().toLogString().toStdString();
    EXPECT_TRUE(token.error().detail.contains(QStringLiteral("major")))
        << token.error().detail.toStdString();
}

TEST_F(KerberosTest, WrongPasswordIsAClearAuthError)
{
    auto c = client(kUser, QStringLiteral("not-the-password"));
    ASSERT_TRUE(c);
    auto token = c->step({});
    ASSERT_FALSE(token.ok());
    const Error &e = token.error();
    EXPECT_EQ(e.kind, Error::Kind::Auth);
    EXPECT_EQ(e.reason, Error::Reason::AuthRejected) << e.toLogString().toStdString();
    EXPECT_TRUE(e.message.contains(QStringLiteral("rejected the password")))
        << e.toLogString().toStdString();
    EXPECT_TRUE(e.message.contains(kUser));
    EXPECT_FALSE(e.toLogString().contains(QStringLiteral("not-the-password")));
    EXPECT_TRUE(e.detail.contains(QStringLiteral("gss_acquire_cred_with_password")));
    // One try of the password (an account lockout counts each).
    EXPECT_EQ(m_kdc->loggedRequests(QStringLiteral("AS_REQ"), QStringLiteral("PREAUTH_FAILED")), 1);
}

TEST_F(KerberosTest, UnknownUserIsReported)
{
    auto c = client(QStringLiteral("mallory"), kPassword);
    auto token = c->step({});
    ASSERT_FALSE(token.ok());
    EXPECT_EQ(token.error().reason, Error::Reason::AuthRejected)
        << token.error().toLogString().toStdString();
    EXPECT_TRUE(token.error().message.contains(QStringLiteral("not known")))
        << token.error().toLogString().toStdString();
}

TEST_F(KerberosTest, UnknownServicePrincipalIsKerberosServiceUnknown)
{
    auto c = client(kUser, kPassword, false, QStringLiteral("ex01-alias.test"));
    ASSERT_TRUE(c);
    auto token = c->step({});
    ASSERT_FALSE(token.ok());
    const Error &e = token.error();
    EXPECT_EQ(e.kind, Error::Kind::Auth);
    EXPECT_EQ(e.reason, Error::Reason::KerberosServiceUnknown) << e.toLogString().toStdString();
    EXPECT_TRUE(e.message.contains(QStringLiteral("HTTP/ex01-alias.test")))
        << e.toLogString().toStdString();
    EXPECT_TRUE(e.detail.contains(QStringLiteral("minor"))) << e.detail.toStdString();
}

TEST_F(KerberosTest, UnreachableKdcIsReported)
{
    m_kdc->stop();
    auto c = client(kUser, kPassword);
    auto token = c->step({});
    ASSERT_FALSE(token.ok());
    EXPECT_EQ(token.error().reason, Error::Reason::KdcUnreachable)
        << token.error().toLogString().toStdString();
    EXPECT_TRUE(token.error().message.contains(QStringLiteral("could be reached")))
        << token.error().toLogString().toStdString();
}

TEST_F(KerberosTest, MatchingChannelBindingsAreAcceptedAndMismatchRejected)
{
    const QByteArray cbt = QByteArray("tls-server-end-point:") + QByteArray(32, '\x5a');
    {
        auto c = client(kUser, kPassword);
        auto s = server(QStringLiteral("Negotiate"));
        c->setChannelBindings(cbt);
        s->setChannelBindings(cbt);
        const Status hs = authtest::handshake(*c, *s);
        ASSERT_TRUE(hs.ok()) << hs.error().toLogString().toStdString();
    }
    {
        auto c = client(kUser, kPassword);
        auto s = server(QStringLiteral("Negotiate"));
        c->setChannelBindings(cbt);
        s->setChannelBindings(QByteArray("tls-server-end-point:") + QByteArray(32, '\x11'));
        const Status hs = authtest::handshake(*c, *s);
        ASSERT_FALSE(hs.ok());
        EXPECT_EQ(hs.error().kind, Error::Kind::Auth);
    }
}

TEST_F(KerberosTest, AcceptorWithBindingsAcceptsAClientThatSentNone)
{
    // MIT's acceptor only checks bindings the initiator sent (no "required" mode): a server
    // with bindings still accepts clients without them. Pinned here so the fake's behaviour
    // is known.
    auto c = client(kUser, kPassword);
    auto s = server(QStringLiteral("Negotiate"));
    s->setChannelBindings(QByteArray("tls-server-end-point:") + QByteArray(32, '\x5a'));
    const Status hs = authtest::handshake(*c, *s);
    EXPECT_TRUE(hs.ok()) << (hs.ok() ? "" : hs.error().toLogString().toStdString());
}

TEST_F(KerberosTest, EncryptedBodyRoundTripAndTamperDetection)
{
    auto c = client(kUser, kPassword);
    auto s = server(QStringLiteral("Negotiate"));
    ASSERT_TRUE(authtest::handshake(*c, *s).ok());
    const QByteArray soap
        = "<s:Envelope xmlns:s=\"http://www.w3.org/2003/05/soap-envelope\">payload</s:Envelope>";
    QByteArray contentType;
    const QByteArray body = encryptBody(*c, soap, &contentType);
    ASSERT_FALSE(body.isEmpty());
    EXPECT_EQ(contentType,
              QByteArray("multipart/encrypted;protocol=\"application/"
                         "HTTP-SPNEGO-session-encrypted\";boundary=\"Encrypted Boundary\""));
    EXPECT_TRUE(body.startsWith(
        "--Encrypted Boundary\r\n\tContent-Type: application/HTTP-SPNEGO-session-encrypted\r\n"
        "\tOriginalContent: type=application/soap+xml;charset=UTF-8;Length="
        + QByteArray::number(soap.size())
        + "\r\n--Encrypted Boundary\r\n"
          "\tContent-Type: application/octet-stream\r\n"));
    EXPECT_TRUE(body.endsWith("--Encrypted Boundary--\r\n"));
    EXPECT_FALSE(body.contains("payload"));
    auto plain = decryptBody(*s, body, contentType);
    ASSERT_TRUE(plain.ok()) << plain.error().toLogString().toStdString();
    EXPECT_EQ(*plain, soap);

    // Server -> client, with the boundary written "-- Encrypted Boundary" as some servers do.
    QByteArray ct2;
    QByteArray reply = encryptBody(*s, soap + "reply", &ct2);
    reply.replace("--Encrypted Boundary", "-- Encrypted Boundary");
    auto plain2 = decryptBody(*c, reply, ct2);
    ASSERT_TRUE(plain2.ok()) << plain2.error().toLogString().toStdString();
    EXPECT_EQ(*plain2, soap + "reply");

    // Tampered ciphertext: flip one byte just before the closing boundary.
    QByteArray ct3;
    QByteArray tampered = encryptBody(*c, soap, &ct3);
    const int closing = tampered.lastIndexOf("--Encrypted Boundary--");
    tampered[closing - 3] = char(tampered[closing - 3] ^ 0x01);
    auto bad = decryptBody(*s, tampered, ct3);
    ASSERT_FALSE(bad.ok());
    EXPECT_EQ(bad.error().kind, Error::Kind::Auth);
    EXPECT_TRUE(bad.error().message.contains(QStringLiteral("integrity")))
        << bad.error().toLogString().toStdString();

    // Wrong Length announced.
    QByteArray ct4;
    QByteArray wrongLength = encryptBody(*c, soap, &ct4);
    wrongLength.replace("Length=" + QByteArray::number(soap.size()),
                        "Length=" + QByteArray::number(soap.size() + 1));
    auto bad2 = decryptBody(*s, wrongLength, ct4);
    ASSERT_FALSE(bad2.ok());
    EXPECT_EQ(bad2.error().kind, Error::Kind::Protocol);
    EXPECT_TRUE(bad2.error().message.contains(QString::number(soap.size() + 1)))
        << bad2.error().message.toStdString();
}

} // namespace

// Windows' Negotiate takes a raw Kerberos AP-REQ as well as SPNEGO: so does the fake's
// acceptor under the "Negotiate" scheme (its credentials are not SPNEGO-only).
TEST_F(KerberosTest, NegotiateAcceptorTakesARawKerberosApReq)
{
    auto c = client(kUser, kPassword, /*bare*/ true);
    auto s = server(QStringLiteral("Negotiate"));
    ASSERT_TRUE(c && s);
    const Status hs = authtest::handshake(*c, *s);
    ASSERT_TRUE(hs.ok()) << hs.error().toLogString().toStdString();
    auto *a = dynamic_cast<fake::auth::GssapiAcceptor *>(s.get());
    ASSERT_TRUE(a);
    EXPECT_EQ(a->mechanism(), fake::auth::GssapiAcceptor::Mechanism::Kerberos);
    EXPECT_EQ(s->scheme(), QStringLiteral("Negotiate"));
    EXPECT_EQ(s->peerName(), QStringLiteral("alice@SECURESTORE.TEST"));
    EXPECT_EQ(s->encryptionProtocol(), QStringLiteral("application/HTTP-SPNEGO-session-encrypted"));
    authtest::expectRoundTrips(*c, *s, 60);
}

TEST(GssapiAcceptorTokens, FirstTokensAreClassifiedByTheirFraming)
{
    using M = fake::auth::GssapiAcceptor::Mechanism;
    using fake::auth::GssapiAcceptor;
    EXPECT_EQ(GssapiAcceptor::classifyToken(QByteArray("NTLMSSP\0\1\0\0\0", 12)), M::Ntlm);
    EXPECT_EQ(GssapiAcceptor::classifyToken(QByteArray::fromHex("6006"
                                                                "06062b0601050502")),
              M::Spnego);
    EXPECT_EQ(GssapiAcceptor::classifyToken(QByteArray::fromHex("6082000b"
                                                                "06092a864886f712010202"
                                                                "0100")),
              M::Kerberos);
    EXPECT_EQ(GssapiAcceptor::classifyToken(QByteArray::fromHex("a10a0608")), M::Unknown);
    EXPECT_EQ(GssapiAcceptor::classifyToken(QByteArray::fromHex("6085")), M::Unknown);
    EXPECT_EQ(GssapiAcceptor::classifyToken(QByteArray::fromHex("600306")), M::Unknown);
    EXPECT_EQ(GssapiAcceptor::classifyToken({}), M::Unknown);
}
