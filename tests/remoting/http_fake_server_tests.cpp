// The fake-exchange executable at the HTTP level, driven by HttpConnection: start-up lines,
// IIS-like authentication challenges, Basic over HTTPS only, faults by request index,
// counters written on SIGTERM.
#include "TestPaths.h"
#include "http/CertificateFingerprint.h"
#include "http/HttpConnection.h"

#include <gtest/gtest.h>

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace remoting;
using namespace remoting::http;

namespace {

struct FakeExchange
{
    QProcess process;
    QUrl url;
    QByteArray fingerprint;
    QTemporaryDir dir;

    bool start(const QStringList &args)
    {
        process.setProcessChannelMode(QProcess::SeparateChannels);
        process.start(testsupport::binDir() + QStringLiteral("/fake-exchange"),
                      args + QStringList{QStringLiteral("--stats-file"), statsPath()});
        if (!process.waitForStarted(10000))
            return false;
        const bool https = args.contains(QStringLiteral("--tls"))
                           || args.join(' ').contains(QStringLiteral("https://"));
        const int lines = https ? 2 : 1;
        if (!QTest::qWaitFor([&] { return process.canReadLine() && countLines() >= lines; }, 20000))
            return false;
        url = QUrl(QString::fromUtf8(process.readLine()).trimmed());
        if (https)
            fingerprint = parseFingerprint(QString::fromUtf8(process.readLine()).trimmed());
        return url.isValid();
    }
    int countLines() { return int(process.peek(4096).count('\n')); }
    QString statsPath() const { return dir.path() + QStringLiteral("/stats.json"); }
    QJsonObject stopAndReadStats(int *exitCode)
    {
        ::kill(pid_t(process.processId()), SIGTERM);
        process.waitForFinished(10000);
        *exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        QFile f(statsPath());
        if (!f.open(QIODevice::ReadOnly))
            return {};
        return QJsonDocument::fromJson(f.readAll()).object();
    }
    ~FakeExchange()
    {
        if (process.state() != QProcess::NotRunning) {
            process.kill();
            process.waitForFinished(5000);
        }
    }
};

Request soapPost(const QByteArray &authorization = {})
{
    Request r;
    r.path = "/PowerShell";
    if (!authorization.isEmpty())
        r.headers.append(qMakePair(QByteArray("Authorization"), authorization));
    r.headers.append(
        qMakePair(QByteArray("Content-Type"), QByteArray("application/soap+xml;charset=UTF-8")));
    r.body = "<s:Envelope xmlns:s=\"http://www.w3.org/2003/05/soap-envelope\"/>";
    return r;
}

QByteArray basic(const char *user, const char *password)
{
    return "Basic " + (QByteArray(user) + ':' + password).toBase64();
}

struct Client
{
    HttpConnection conn;
    QSignalSpy responses{&conn, &HttpConnection::responseReceived};
    QSignalSpy failures{&conn, &HttpConnection::failed};
    explicit Client(const QUrl &url)
        : conn(url)
    {}
    bool exchange(const Request &r, int n)
    {
        conn.send(r);
        return QTest::qWaitFor([&] { return responses.size() + failures.size() >= n; }, 15000);
    }
    Response last() { return responses.last().at(0).value<Response>(); }
};

} // namespace

TEST(FakeExchangeHttp, PlainHttpRefusesBasicLikeIis)
{
    FakeExchange fx;
    ASSERT_TRUE(fx.start({QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0")}));
    EXPECT_EQ(fx.url.scheme(), QStringLiteral("http"));
    EXPECT_EQ(fx.url.path(), QStringLiteral("/PowerShell"));
    Client c(fx.url);
    ASSERT_TRUE(c.exchange(soapPost(basic("admin", "Contoso!Admin1")), 1));
    ASSERT_EQ(c.responses.size(), 1);
    const Response r = c.last();
    EXPECT_EQ(r.status, 401);
    const QList<QByteArray> offered = r.headerValues("WWW-Authenticate");
    EXPECT_TRUE(offered.contains("Negotiate"));
    for (const QByteArray &o : offered)
        EXPECT_FALSE(o.startsWith("Basic")) << "Basic must not be offered over http";
    int rc = -1;
    const QJsonObject stats = fx.stopAndReadStats(&rc);
    EXPECT_EQ(rc, 0);
    EXPECT_EQ(stats.value(QStringLiteral("requests")).toInt(), 1);
    EXPECT_EQ(quint64(stats.value(QStringLiteral("bytesReceived")).toDouble()), c.conn.bytesSent());
}

TEST(FakeExchangeHttp, BasicOverHttpsWithPinnedGeneratedCertificate)
{
    FakeExchange fx;
    ASSERT_TRUE(fx.start({QStringLiteral("--listen"), QStringLiteral("https://127.0.0.1:0")}));
    ASSERT_EQ(fx.fingerprint.size(), 32);
    {
        Client unpinned(fx.url);
        ASSERT_TRUE(unpinned.exchange(soapPost(basic("admin", "Contoso!Admin1")), 1));
        ASSERT_EQ(unpinned.failures.size(), 1);
        const Error e = unpinned.failures.first().at(0).value<Error>();
        EXPECT_EQ(e.kind, Error::Kind::Tls);
        EXPECT_TRUE(e.message.contains(formatFingerprint(fx.fingerprint)));
    }
    Client c(fx.url);
    c.conn.setPinnedSha256(fx.fingerprint);
    ASSERT_TRUE(c.exchange(soapPost(), 1));
    ASSERT_EQ(c.failures.size(), 0);
    EXPECT_EQ(c.last().status, 401);
    bool basicOffered = false;
    for (const QByteArray &o : c.last().headerValues("WWW-Authenticate"))
        basicOffered |= o.startsWith("Basic");
    EXPECT_TRUE(basicOffered);
    ASSERT_TRUE(c.exchange(soapPost(basic("admin", "wrong")), 2));
    EXPECT_EQ(c.last().status, 401);
    // Right password: the SOAP reaches the shell host, which faults on this empty envelope.
    ASSERT_TRUE(c.exchange(soapPost(basic("admin", "Contoso!Admin1")), 3));
    ASSERT_EQ(c.failures.size(), 0);
    EXPECT_NE(c.last().status, 401);
    EXPECT_TRUE(c.last().body.contains("Envelope"));
    EXPECT_EQ(c.conn.connectionCount(), 1u);
    int rc = -1;
    const QJsonObject stats = fx.stopAndReadStats(&rc);
    EXPECT_EQ(rc, 0);
    EXPECT_EQ(stats.value(QStringLiteral("requests")).toInt(), 3);
    EXPECT_EQ(stats.value(QStringLiteral("shellRequests")).toInt(), 1);
}

TEST(FakeExchangeHttp, FaultsByRequestIndex)
{
    FakeExchange fx;
    ASSERT_TRUE(
        fx.start({QStringLiteral("--listen"), QStringLiteral("https://127.0.0.1:0"),
                  QStringLiteral("--fault"), QStringLiteral("http503@2"), QStringLiteral("--fault"),
                  QStringLiteral("drop@3"), QStringLiteral("--fault"), QStringLiteral("auth401@4"),
                  QStringLiteral("--fault"), QStringLiteral("latency:300@5")}));
    Client c(fx.url);
    c.conn.setPinnedSha256(fx.fingerprint);
    const Request ok = soapPost(basic("admin", "Contoso!Admin1"));
    ASSERT_TRUE(c.exchange(ok, 1)); // 1: served
    EXPECT_NE(c.last().status, 503);
    ASSERT_TRUE(c.exchange(ok, 2)); // 2: 503
    EXPECT_EQ(c.last().status, 503);
    ASSERT_TRUE(c.exchange(ok, 3)); // 3: dropped
    ASSERT_EQ(c.failures.size(), 1);
    EXPECT_EQ(c.failures.first().at(0).value<Error>().kind, Error::Kind::Network);
    ASSERT_TRUE(c.exchange(ok, 4)); // 4: 401 mid-session, on a new connection
    EXPECT_EQ(c.last().status, 401);
    EXPECT_EQ(c.conn.connectionCount(), 2u);
    QElapsedTimer t;
    t.start();
    ASSERT_TRUE(c.exchange(ok, 5)); // 5: late but served
    EXPECT_GE(t.elapsed(), 280);
    EXPECT_NE(c.last().status, 401);
    int rc = -1;
    const QJsonObject stats = fx.stopAndReadStats(&rc);
    EXPECT_EQ(rc, 0);
    EXPECT_EQ(stats.value(QStringLiteral("faultsInjected")).toInt(), 3);
    EXPECT_EQ(stats.value(QStringLiteral("requests")).toInt(), 5);
}

TEST(FakeExchangeHttp, BadArgumentsExitNonZero)
{
    QProcess p;
    p.start(testsupport::binDir() + QStringLiteral("/fake-exchange"),
            {QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"), QStringLiteral("--fault"),
             QStringLiteral("explode@1")});
    ASSERT_TRUE(p.waitForFinished(10000));
    EXPECT_NE(p.exitCode(), 0);
    EXPECT_TRUE(p.readAllStandardError().contains("bad --fault"));
}
