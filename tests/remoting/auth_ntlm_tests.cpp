// NTLM through GSSAPI (gss-ntlmssp) with a user file (TestNtlm); no KDC involved.
#include "AuthTestUtil.h"
#include "TestNtlm.h"

#include "auth/Auth.h"
#include "auth/GssapiAcceptor.h"
#include "auth/GssapiContext.h"
#include "auth/NtlmUserFile.h"

#include <QFile>
#include <QFileInfo>

#include <gtest/gtest.h>

using namespace remoting;
using namespace remoting::auth;

namespace {

// An NTLM initiator signing in as `user` with `password` (a failure recorded when none).
std::unique_ptr<SecurityContext> client(const QString &user, const QString &password)
{
    ContextOptions o;
    o.method = AuthMethod::Ntlm;
    o.host = QStringLiteral("localhost");
    o.userName = user;
    o.password = password;
    auto c = createInitiator(o, false);
    EXPECT_TRUE(c.ok());
    return c.ok() ? std::move(c).value() : nullptr;
}

// The fake Exchange's acceptor (a failure recorded when none).
std::unique_ptr<SecurityContext> server(const QString &httpScheme = QStringLiteral("Negotiate"))
{
    auto s = fake::auth::GssapiAcceptor::create({}, httpScheme);
    EXPECT_TRUE(s.ok()) << (s.ok() ? "" : s.error().toLogString().toStdString());
    return s.ok() ? std::move(s).value() : nullptr;
}

class NtlmTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        QString error;
        m_ntlm = testsupport::TestNtlm::create(&error);
        ASSERT_TRUE(m_ntlm) << error.toStdString();
        ASSERT_TRUE(m_ntlm->addUser(QStringLiteral("SECURESTORE"), QStringLiteral("bob"),
                                    QStringLiteral("Pa55-word!")));
        m_ntlm->applyEnvironment();
    }

    std::unique_ptr<testsupport::TestNtlm> m_ntlm;
};

TEST_F(NtlmTest, HandshakeAndSealingRoundTrips)
{
    auto c = client(QStringLiteral("SECURESTORE\\bob"), QStringLiteral("Pa55-word!"));
    auto s = server();
    ASSERT_TRUE(c && s);
    EXPECT_EQ(c->scheme(), QStringLiteral("Negotiate"));
    int legs = 0;
    const Status hs = authtest::handshake(*c, *s, &legs);
    ASSERT_TRUE(hs.ok()) << hs.error().toLogString().toStdString();
    EXPECT_EQ(legs, 2); // NEGOTIATE, then AUTHENTICATE
    EXPECT_TRUE(s->peerName().contains(QStringLiteral("bob"), Qt::CaseInsensitive))
        << s->peerName().toStdString();
    EXPECT_EQ(c->encryptionProtocol(), QStringLiteral("application/HTTP-SPNEGO-session-encrypted"));
    ASSERT_TRUE(c->canEncrypt());
    authtest::expectRoundTrips(*c, *s, 16);
}

TEST_F(NtlmTest, NegotiateAcceptorSwitchesToNtlmOnRawNtlmToken)
{
    auto c = client(QStringLiteral("bob@SECURESTORE"), QStringLiteral("Pa55-word!"));
    auto s = server(QStringLiteral("Negotiate"));
    ASSERT_TRUE(c && s);
    const Status hs = authtest::handshake(*c, *s);
    ASSERT_TRUE(hs.ok()) << hs.error().toLogString().toStdString();
    auto *g = dynamic_cast<fake::auth::GssapiAcceptor *>(s.get());
    ASSERT_TRUE(g);
    EXPECT_EQ(g->mechanism(), fake::auth::GssapiAcceptor::Mechanism::Ntlm);
    EXPECT_EQ(s->scheme(), QStringLiteral("Negotiate"));

    const QByteArray soap = "<s:Envelope>ntlm body</s:Envelope>";
    QByteArray contentType;
    const QByteArray body = encryptBody(*c, soap, &contentType);
    ASSERT_FALSE(body.isEmpty());
    auto plain = decryptBody(*s, body, contentType);
    ASSERT_TRUE(plain.ok()) << plain.error().toLogString().toStdString();
    EXPECT_EQ(*plain, soap);
    QByteArray ct2;
    auto back = decryptBody(*c, encryptBody(*s, soap + "!", &ct2), ct2);
    ASSERT_TRUE(back.ok()) << back.error().toLogString().toStdString();
    EXPECT_EQ(*back, soap + "!");
}

TEST_F(NtlmTest, ChannelBindingsAreCheckedByTheAcceptor)
{
    const QByteArray cbt = QByteArray("tls-server-end-point:") + QByteArray(32, '\x42');
    {
        auto c = client(QStringLiteral("SECURESTORE\\bob"), QStringLiteral("Pa55-word!"));
        auto s = server();
        c->setChannelBindings(cbt);
        s->setChannelBindings(cbt);
        const Status hs = authtest::handshake(*c, *s);
        ASSERT_TRUE(hs.ok()) << hs.error().toLogString().toStdString();
        authtest::expectRoundTrips(*c, *s, 16);
    }
    {
        auto c = client(QStringLiteral("SECURESTORE\\bob"), QStringLiteral("Pa55-word!"));
        auto s = server();
        c->setChannelBindings(cbt);
        s->setChannelBindings(QByteArray("tls-server-end-point:") + QByteArray(32, '\x43'));
        EXPECT_FALSE(authtest::handshake(*c, *s).ok());
    }
}

TEST_F(NtlmTest, WrongPasswordIsRejectedByTheAcceptor)
{
    auto c = client(QStringLiteral("SECURESTORE\\bob"), QStringLiteral("wrong"));
    auto s = server();
    const Status hs = authtest::handshake(*c, *s);
    ASSERT_FALSE(hs.ok());
    EXPECT_EQ(hs.error().kind, Error::Kind::Auth);
    EXPECT_TRUE(hs.error().message.contains(QStringLiteral("NTLM")))
        << hs.error().toLogString().toStdString();
    EXPECT_FALSE(hs.error().toLogString().contains(QStringLiteral("wrong")));
}

TEST_F(NtlmTest, TamperedSealedMessageFailsIntegrity)
{
    auto c = client(QStringLiteral("SECURESTORE\\bob"), QStringLiteral("Pa55-word!"));
    auto s = server();
    ASSERT_TRUE(authtest::handshake(*c, *s).ok());
    QByteArray header;
    auto cipher = c->wrap("secret soap", &header);
    ASSERT_TRUE(cipher.ok());
    QByteArray bad = *cipher;
    bad[2] = char(bad[2] ^ 0x40);
    auto plain = s->unwrap(header, bad);
    EXPECT_FALSE(plain.ok());
}

} // namespace

// The fake Exchange's own user file (no NTLM_USER_FILE set up by anyone): every account
// logs on as DOMAIN\user, user@dnsdomain and a bare user name (user names in any case).
TEST(NtlmUserFileTest, OrganisationUsersLogOnInEveryNameForm)
{
    const QByteArray before = qgetenv("NTLM_USER_FILE");
    qunsetenv("NTLM_USER_FILE");
    {
        auto file = fake::auth::NtlmUserFile::create(
            QStringLiteral("CONTOSO"), QStringLiteral("contoso.com"),
            {{QStringLiteral("admin"), QStringLiteral("Contoso!Admin1"),
              QStringLiteral("admin@contoso.com")},
             {QStringLiteral("helpdesk"), QStringLiteral("Contoso!Help1"), QString()}});
        ASSERT_TRUE(file.ok()) << file.error().toLogString().toStdString();
        EXPECT_EQ(qgetenv("NTLM_USER_FILE"), QFile::encodeName((*file)->path()));
        EXPECT_EQ(QFileInfo((*file)->path()).permissions()
                      & (QFileDevice::ReadOther | QFileDevice::ReadGroup),
                  QFileDevice::Permissions());

        const QList<std::pair<QString, QString>> logons = {
            {QStringLiteral("CONTOSO\\admin"), QStringLiteral("Contoso!Admin1")},
            {QStringLiteral("admin@contoso.com"), QStringLiteral("Contoso!Admin1")},
            {QStringLiteral("CONTOSO\\Admin"), QStringLiteral("Contoso!Admin1")},
            // The domain in any case, as Windows accepts it (NTLMv2 uses it as typed).
            {QStringLiteral("contoso\\admin"), QStringLiteral("Contoso!Admin1")},
            {QStringLiteral("Contoso\\admin"), QStringLiteral("Contoso!Admin1")},
            {QStringLiteral("CONTOSO.COM\\admin"), QStringLiteral("Contoso!Admin1")},
            {QStringLiteral("contoso.com\\helpdesk"), QStringLiteral("Contoso!Help1")},
            {QStringLiteral("CONTOSO\\admin"), QStringLiteral("Contoso!Admin1")},
            {QStringLiteral("admin@CONTOSO.COM"), QStringLiteral("Contoso!Admin1")},
            {QStringLiteral("admin"), QStringLiteral("Contoso!Admin1")},
            {QStringLiteral("CONTOSO\\helpdesk"), QStringLiteral("Contoso!Help1")},
            {QStringLiteral("helpdesk@contoso.com"), QStringLiteral("Contoso!Help1")},
        };
        for (const auto &[user, password] : logons) {
            auto c = client(user, password);
            auto s = server();
            ASSERT_TRUE(c && s);
            const Status hs = authtest::handshake(*c, *s);
            EXPECT_TRUE(hs.ok()) << user.toStdString() << ": "
                                 << (hs.ok() ? "" : hs.error().toLogString().toStdString());
            EXPECT_TRUE(s->peerName().contains(
                user.section(QLatin1Char('\\'), -1).section(QLatin1Char('@'), 0, 0),
                Qt::CaseInsensitive))
                << s->peerName().toStdString();
        }
        // A wrong password is still refused, also with a differently spelt domain, and a
        // domain that is not the organisation's is not turned into one.
        for (const QString &user :
             {QStringLiteral("admin@contoso.com"), QStringLiteral("contoso\\admin")}) {
            auto c = client(user, QStringLiteral("Contoso!Help1"));
            auto s = server();
            ASSERT_TRUE(c && s);
            EXPECT_FALSE(authtest::handshake(*c, *s).ok()) << user.toStdString();
        }
        {
            auto c = client(QStringLiteral("fabrikam\\admin"), QStringLiteral("Contoso!Admin1"));
            auto s = server();
            ASSERT_TRUE(c && s);
            EXPECT_FALSE(authtest::handshake(*c, *s).ok());
        }
        QFile written((*file)->path());
        ASSERT_TRUE(written.open(QIODevice::ReadOnly));
        EXPECT_FALSE(written.readAll().contains("fabrikam"));
        // The old single wrong-password check:
        auto c = client(QStringLiteral("admin@contoso.com"), QStringLiteral("Contoso!Help1"));
        auto s = server();
        ASSERT_TRUE(c && s);
        EXPECT_FALSE(authtest::handshake(*c, *s).ok());
    }
    EXPECT_FALSE(qEnvironmentVariableIsSet("NTLM_USER_FILE")); // restored
    if (!before.isNull())
        qputenv("NTLM_USER_FILE", before);
}

// The domain of an NTLM AUTHENTICATE message, raw or inside SPNEGO; anything short,
// truncated or pointing outside the message gives none (never a read past the end).
TEST(NtlmUserFileTest, AuthenticateMessageDomainIsReadWithinBounds)
{
    QByteArray m("NTLMSSP\0\3\0\0\0", 12);
    m.resize(64, '\0');
    const QByteArray domain = QStringLiteral("contoso").toUtf8();
    QByteArray utf16;
    for (const char c : domain)
        utf16 += QByteArray(1, c) + QByteArray(1, '\0');
    auto put16 = [&](int at, quint16 v) {
        m[at] = char(v & 0xff);
        m[at + 1] = char(v >> 8);
    };
    auto put32 = [&](int at, quint32 v) {
        for (int i = 0; i < 4; ++i)
            m[at + i] = char((v >> (8 * i)) & 0xff);
    };
    put16(28, quint16(utf16.size()));
    put16(30, quint16(utf16.size()));
    put32(32, 64);
    put32(60, 0x1); // Unicode
    const QByteArray message = m + utf16;
    EXPECT_EQ(fake::auth::NtlmUserFile::authenticateMessageDomain(message),
              QStringLiteral("contoso"));
    // Inside an SPNEGO negTokenResp (any bytes before it).
    EXPECT_EQ(fake::auth::NtlmUserFile::authenticateMessageDomain(
                  QByteArray::fromHex("a18201a03082019ca2820198048201") + message),
              QStringLiteral("contoso"));
    // OEM (no Unicode flag).
    QByteArray oem = m + domain;
    oem[28] = char(domain.size());
    oem[60] = 0;
    EXPECT_EQ(fake::auth::NtlmUserFile::authenticateMessageDomain(oem), QStringLiteral("contoso"));
    // Truncated, offset outside, no domain, a NEGOTIATE message: none.
    EXPECT_TRUE(fake::auth::NtlmUserFile::authenticateMessageDomain(message.left(70)).isNull());
    EXPECT_TRUE(fake::auth::NtlmUserFile::authenticateMessageDomain(message.left(40)).isNull());
    QByteArray outside = message;
    outside[32] = char(0xf0);
    EXPECT_TRUE(fake::auth::NtlmUserFile::authenticateMessageDomain(outside).isNull());
    QByteArray empty = message;
    empty[28] = 0;
    EXPECT_TRUE(fake::auth::NtlmUserFile::authenticateMessageDomain(empty).isNull());
    QByteArray negotiate = message;
    negotiate[8] = 1;
    EXPECT_TRUE(fake::auth::NtlmUserFile::authenticateMessageDomain(negotiate).isNull());
}
