// Basic refusal, channel binding tokens, and multipart/encrypted framing errors.
#include "auth/Auth.h"
#include "auth/BasicContext.h"

#include <gtest/gtest.h>

#include <QCryptographicHash>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

using namespace remoting;
using namespace remoting::auth;

namespace {

TEST(AuthBasic, RefusedOverHttpWithReason)
{
    ContextOptions o;
    o.method = AuthMethod::Basic;
    o.host = QStringLiteral("ex01.contoso.com");
    o.userName = QStringLiteral("admin");
    o.password = QStringLiteral("pw");
    auto c = createInitiator(o, /*overTls*/ false);
    ASSERT_FALSE(c.ok());
    EXPECT_EQ(c.error().kind, Error::Kind::Auth);
    EXPECT_EQ(c.error().reason, Error::Reason::InsecureTransport);
    EXPECT_TRUE(c.error().message.contains(QStringLiteral("clear text")));
}

TEST(AuthBasic, OverTlsSendsUserColonPasswordOnce)
{
    ContextOptions o;
    o.method = AuthMethod::Basic;
    o.host = QStringLiteral("ex01.contoso.com");
    o.userName = QStringLiteral("CONTOSO\\admin");
    o.password = QStringLiteral("pä:ss");
    auto c = createInitiator(o, true);
    ASSERT_TRUE(c.ok());
    EXPECT_EQ((*c)->scheme(), QStringLiteral("Basic"));
    auto token = (*c)->step({});
    ASSERT_TRUE(token.ok());
    EXPECT_EQ(*token, QStringLiteral("CONTOSO\\admin:pä:ss").toUtf8());
    EXPECT_TRUE((*c)->isComplete());
    EXPECT_FALSE((*c)->canEncrypt());
    auto again = (*c)->step({});
    ASSERT_FALSE(again.ok());
    EXPECT_EQ(again.error().kind, Error::Kind::Auth);
}

QSslCertificate makeCertificate(const QTemporaryDir &dir, const QStringList &keyArgs,
                                const QString &digest)
{
    const QString key = dir.filePath(QStringLiteral("key-") + digest + QStringLiteral(".pem"));
    const QString cert
        = dir.filePath(QStringLiteral("cert-") + digest
                       + keyArgs.join(QString()).remove(QLatin1Char(':')) + QStringLiteral(".pem"));
    QStringList args = {QStringLiteral("req"),
                        QStringLiteral("-x509"),
                        QStringLiteral("-nodes"),
                        QStringLiteral("-subj"),
                        QStringLiteral("/CN=ex01.contoso.test"),
                        QStringLiteral("-days"),
                        QStringLiteral("2"),
                        QStringLiteral("-") + digest,
                        QStringLiteral("-keyout"),
                        key,
                        QStringLiteral("-out"),
                        cert};
    args += keyArgs;
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(QStringLiteral("openssl"), args);
    if (!p.waitForFinished(30000) || p.exitCode() != 0) {
        ADD_FAILURE() << "openssl failed: " << p.readAll().toStdString();
        return QSslCertificate();
    }
    QFile f(cert);
    if (!f.open(QIODevice::ReadOnly))
        return QSslCertificate();
    return QSslCertificate(f.readAll(), QSsl::Pem);
}

TEST(AuthChannelBindings, TokenUsesTheSignatureHashOrSha256)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    struct Case
    {
        QStringList keyArgs;
        QString digest;
        QCryptographicHash::Algorithm expected;
        int size;
    };
    const QList<Case> cases = {
        {{QStringLiteral("-newkey"), QStringLiteral("rsa:2048")},
         QStringLiteral("sha256"),
         QCryptographicHash::Sha256,
         32},
        {{QStringLiteral("-newkey"), QStringLiteral("rsa:2048")},
         QStringLiteral("sha1"),
         QCryptographicHash::Sha256,
         32},
        {{QStringLiteral("-newkey"), QStringLiteral("rsa:2048")},
         QStringLiteral("sha384"),
         QCryptographicHash::Sha384,
         48},
        {{QStringLiteral("-newkey"), QStringLiteral("rsa:2048")},
         QStringLiteral("sha512"),
         QCryptographicHash::Sha512,
         64},
        {{QStringLiteral("-newkey"), QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
          QStringLiteral("ec_paramgen_curve:P-384")},
         QStringLiteral("sha384"),
         QCryptographicHash::Sha384,
         48},
        {{QStringLiteral("-newkey"), QStringLiteral("rsa:2048"), QStringLiteral("-sigopt"),
          QStringLiteral("rsa_padding_mode:pss")},
         QStringLiteral("sha512"),
         QCryptographicHash::Sha512,
         64},
    };
    for (const Case &c : cases) {
        const QSslCertificate cert = makeCertificate(dir, c.keyArgs, c.digest);
        ASSERT_FALSE(cert.isNull()) << c.digest.toStdString();
        const QByteArray token = channelBindingsFor(cert);
        EXPECT_TRUE(token.startsWith("tls-server-end-point:"));
        EXPECT_EQ(token.size(), 21 + c.size)
            << c.digest.toStdString() << " " << c.keyArgs.join(QLatin1Char(' ')).toStdString();
        EXPECT_EQ(token.mid(21), QCryptographicHash::hash(cert.toDer(), c.expected));
    }
    EXPECT_TRUE(channelBindingsFor(QSslCertificate()).isEmpty());
    EXPECT_EQ(channelBindingHashFor(QByteArray("\x30\x03garbage")), QCryptographicHash::Sha256);
}

// A context that "encrypts" by XOR so the framing can be tested without a KDC.
class XorContext : public SecurityContext
{
public:
    QString scheme() const override { return QStringLiteral("Negotiate"); }
    Expected<QByteArray> step(const QByteArray &) override { return QByteArray(); }
    bool isComplete() const override { return true; }
    bool canEncrypt() const override { return true; }
    QString encryptionProtocol() const override
    {
        return QStringLiteral("application/HTTP-SPNEGO-session-encrypted");
    }
    Expected<QByteArray> wrap(const QByteArray &plain, QByteArray *header) override
    {
        *header = QByteArray(16, '\x7f');
        QByteArray out = plain;
        for (char &ch : out)
            ch = char(ch ^ 0x55);
        return out;
    }
    Expected<QByteArray> unwrap(const QByteArray &header, const QByteArray &cipher) override
    {
        if (header != QByteArray(16, '\x7f'))
            return Error::make(Error::Kind::Auth, QStringLiteral("bad signature"));
        QByteArray out = cipher;
        for (char &ch : out)
            ch = char(ch ^ 0x55);
        return out;
    }
    void reset() override {}
};

TEST(AuthFraming, MalformedBodiesGiveClearErrorsNotCrashes)
{
    XorContext ctx;
    QByteArray contentType;
    const QByteArray plain = "<s:Envelope/>";
    const QByteArray body = encryptBody(ctx, plain, &contentType);
    ASSERT_TRUE(decryptBody(ctx, body, contentType).ok());
    EXPECT_TRUE(isEncryptedContentType(contentType));
    EXPECT_FALSE(isEncryptedContentType("application/soap+xml;charset=UTF-8"));

    auto expectProtocolError = [&](const QByteArray &b, const QByteArray &ct, const char *what) {
        auto r = decryptBody(ctx, b, ct);
        ASSERT_FALSE(r.ok()) << what;
        EXPECT_EQ(r.error().kind, Error::Kind::Protocol) << what;
        EXPECT_FALSE(r.error().message.isEmpty()) << what;
    };
    expectProtocolError(body, "application/soap+xml", "not multipart");
    expectProtocolError(QByteArray(), contentType, "empty");
    expectProtocolError("garbage", contentType, "no boundary");
    expectProtocolError(body.left(40), contentType, "truncated in part one");
    expectProtocolError(body.left(body.indexOf("application/octet-stream") + 10), contentType,
                        "truncated in part two");
    expectProtocolError(body.left(body.size() - 24), contentType, "no closing boundary");
    QByteArray noLength = body;
    noLength.replace("OriginalContent:", "X-Other:");
    expectProtocolError(noLength, contentType, "no OriginalContent");
    QByteArray hugeHeader = body;
    const int payload = hugeHeader.indexOf("application/octet-stream\r\n") + 26;
    hugeHeader[payload + 3] = '\x7f';
    expectProtocolError(hugeHeader, contentType, "header length too large");
    QByteArray badLength = body;
    badLength.replace("Length=13", "Length=x13");
    expectProtocolError(badLength, contentType, "Length not a number");

    // Every prefix of a valid body: an error, never a crash.
    for (int i = 0; i < body.size() - 2; ++i)
        EXPECT_FALSE(decryptBody(ctx, body.left(i), contentType).ok()) << i;
    // A closing boundary without "\r\n" and an unquoted boundary parameter are accepted.
    auto relaxed = decryptBody(ctx, body.left(body.size() - 2),
                               "multipart/encrypted;protocol=\"application/"
                               "HTTP-SPNEGO-session-encrypted\";boundary=Encrypted Boundary");
    ASSERT_TRUE(relaxed.ok()) << relaxed.error().toLogString().toStdString();
    EXPECT_EQ(*relaxed, plain);
}

} // namespace
