// HttpConnection against real loopback servers: fake::HttpServer (plain and TLS) and raw
// QTcpServers for misbehaving peers.
#include "HttpServer.h"
#include "SelfSignedCertificate.h"
#include "http/CertificateFingerprint.h"
#include "http/HttpConnection.h"
#include "http/ResponseParser.h"

#include <gtest/gtest.h>

#include <QFile>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <functional>
#include <memory>
#include <optional>

using namespace remoting;
using namespace remoting::http;

namespace {

QUrl urlFor(const QTcpServer &server, const char *scheme = "http")
{
    return QUrl(QStringLiteral("%1://127.0.0.1:%2/PowerShell")
                    .arg(QLatin1String(scheme))
                    .arg(server.serverPort()));
}

Request post(const QByteArray &body)
{
    Request r;
    r.path = "/PowerShell";
    r.headers.emplaceBack(QByteArray("Content-Type"),
                          QByteArray("application/soap+xml;charset=UTF-8"));
    r.body = body;
    return r;
}

// Echo server: answers each request with its body, and remembers what it saw.
// A 200 answer carrying `body`.
Response ok(const QByteArray &body)
{
    Response resp;
    resp.status = 200;
    resp.body = body;
    return resp;
}

struct EchoServer
{
    fake::HttpServer server;
    QList<Request> seen;
    QList<int> connectionIds;
    std::function<void(fake::ServerConnection *, const Request &)> override;

    EchoServer()
    {
        server.setHandler([this](fake::ServerConnection *c, const Request &r) {
            seen.append(r);
            connectionIds.append(c->id());
            if (override) {
                override(c, r);
                return;
            }
            Response resp;
            resp.status = 200;
            resp.headers.emplaceBack(QByteArray("Content-Type"), QByteArray("text/plain"));
            resp.body = "echo:" + r.body;
            c->respond(resp);
        });
    }
    bool listen() { return server.listen(QHostAddress::LocalHost, 0); }
};

// A bare TCP server for answers the fake's HttpServer would not give (malformed, chunked,
// HTTP/1.0), and for tests that must not load TLS (HttpServer is ready for it): `answer`
// gets each chunk a client sends, the socket, and which connection it is (1, 2, ...).
void answerRaw(QTcpServer &raw,
               std::function<void(QTcpSocket *, int connection, const QByteArray &)> answer)
{
    auto connections = std::make_shared<int>(0);
    QObject::connect(&raw, &QTcpServer::newConnection, &raw, [&raw, connections, answer] {
        QTcpSocket *s = raw.nextPendingConnection();
        const int id = ++*connections;
        QObject::connect(s, &QTcpSocket::readyRead, s,
                         [s, id, answer] { answer(s, id, s->readAll()); });
    });
}

struct Spies
{
    QSignalSpy responses;
    QSignalSpy failures;
    QSignalSpy lost;
    explicit Spies(HttpConnection *c)
        : responses(c, &HttpConnection::responseReceived)
        , failures(c, &HttpConnection::failed)
        , lost(c, &HttpConnection::connectionLost)
    {}
    bool waitOutcome(int count = 1, int ms = 10000)
    {
        return QTest::qWaitFor([&] { return responses.size() + failures.size() >= count; }, ms);
    }
    Response response(int i) { return responses.at(i).at(0).value<Response>(); }
    Error failure(int i) { return failures.at(i).at(0).value<Error>(); }
    // Waits for the request's outcome: one failure, of this kind and reason.
    ::testing::AssertionResult failedOnceWith(Error::Kind kind, Error::Reason reason)
    {
        if (!waitOutcome())
            return ::testing::AssertionFailure() << "no outcome within 10 s";
        if (failures.size() != 1)
            return ::testing::AssertionFailure()
                   << failures.size() << " failures, " << responses.size() << " responses";
        const Error e = failure(0);
        if (e.kind != kind || e.reason != reason)
            return ::testing::AssertionFailure()
                   << "expected " << Error::reasonName(reason) << " (kind " << int(kind)
                   << "), got kind " << int(e.kind) << ": " << e.toLogString().toStdString();
        return ::testing::AssertionSuccess();
    }
};

} // namespace

TEST(HttpConnection, KeepAliveReusesOneConnectionAndCounts)
{
    EchoServer echo;
    ASSERT_TRUE(echo.listen());
    HttpConnection conn(urlFor(echo.server));
    Spies spies(&conn);

    for (int i = 0; i < 3; ++i) {
        conn.send(post("req" + QByteArray::number(i)));
        ASSERT_TRUE(spies.waitOutcome(i + 1));
    }
    // Two more queued at once: sent one after the other on the same connection.
    conn.send(post("q1"));
    conn.send(post("q2"));
    ASSERT_TRUE(spies.waitOutcome(5));
    ASSERT_EQ(spies.failures.size(), 0);
    EXPECT_EQ(spies.response(0).body, "echo:req0");
    EXPECT_EQ(spies.response(3).body, "echo:q1");
    EXPECT_EQ(spies.response(4).body, "echo:q2");

    EXPECT_EQ(echo.server.connectionCount(), 1u);
    EXPECT_EQ(conn.connectionCount(), 1u);
    EXPECT_EQ(conn.requestCount(), 5u);
    EXPECT_EQ(echo.server.requestCount(), 5u);
    EXPECT_TRUE(conn.isConnected());
    // Plain HTTP: what one side sent is exactly what the other received.
    EXPECT_EQ(conn.bytesSent(), echo.server.bytesReceived());
    EXPECT_EQ(conn.bytesReceived(), echo.server.bytesSent());
    EXPECT_GT(conn.bytesSent(), 5u * 100u);
    EXPECT_EQ(spies.lost.size(), 0);

    const Request &first = echo.seen.first();
    EXPECT_EQ(first.header("Host"), "127.0.0.1:" + QByteArray::number(echo.server.serverPort()));
    EXPECT_EQ(first.header("Accept-Encoding"), "identity");
    EXPECT_EQ(first.header("Content-Length"), "4");
    EXPECT_EQ(first.header("Content-Type"), "application/soap+xml;charset=UTF-8");
    EXPECT_EQ(first.path, "/PowerShell");
}

namespace {

// Whether Qt's TLS backend (a plugin that loads OpenSSL and reads the trust store) has been
// loaded into this process; nullopt where that cannot be seen.
std::optional<bool> tlsBackendLoaded()
{
#ifdef Q_OS_LINUX
    QFile maps(QStringLiteral("/proc/self/maps"));
    if (!maps.open(QIODevice::ReadOnly))
        return std::nullopt;
    return maps.readAll().contains("/plugins/tls/");
#else
    return std::nullopt;
#endif
}

} // namespace

// Plain http (Kerberos and NTLM sessions) has no use for TLS: loading its backend cost
// several milliseconds before the first request of every CLI run.
TEST(HttpConnection, PlainHttpLeavesTheTlsBackendUnloaded)
{
    const std::optional<bool> before = tlsBackendLoaded();
    if (!before)
        GTEST_SKIP() << "loaded libraries are not visible on this platform";
    if (*before)
        GTEST_SKIP() << "an earlier test in this process loaded TLS (ctest runs each alone)";
    QTcpServer raw;
    ASSERT_TRUE(raw.listen(QHostAddress::LocalHost, 0));
    answerRaw(raw, [](QTcpSocket *s, int, const QByteArray &received) {
        if (received.endsWith("plain"))
            s->write("HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok");
    });
    HttpConnection conn(urlFor(raw));
    Spies spies(&conn);
    conn.send(post("plain"));
    ASSERT_TRUE(spies.waitOutcome(1));
    ASSERT_EQ(spies.failures.size(), 0);
    EXPECT_EQ(spies.response(0).body, "ok");
    conn.disconnectFromHost();
    EXPECT_EQ(tlsBackendLoaded(), std::optional<bool>(false));
}

TEST(HttpConnection, CookiesAreSentBack)
{
    EchoServer echo;
    ASSERT_TRUE(echo.listen());
    int n = 0;
    echo.override = [&](fake::ServerConnection *c, const Request &) {
        Response resp;
        resp.status = 200;
        ++n;
        if (n == 1) {
            resp.headers.emplaceBack(QByteArray("Set-Cookie"),
                                     QByteArray("MS-WSMAN=abc123; path=/; HttpOnly"));
            resp.headers.emplaceBack(QByteArray("Set-Cookie"), QByteArray("other=1"));
        } else if (n == 2) {
            resp.headers.emplaceBack(QByteArray("Set-Cookie"),
                                     QByteArray("other=; expires=Thu, 01 Jan 1970 00:00:00 GMT"));
        }
        c->respond(resp);
    };
    HttpConnection conn(urlFor(echo.server));
    Spies spies(&conn);
    for (int i = 0; i < 3; ++i) {
        conn.send(post("x"));
        ASSERT_TRUE(spies.waitOutcome(i + 1));
    }
    ASSERT_EQ(echo.seen.size(), 3);
    EXPECT_TRUE(echo.seen[0].header("Cookie").isEmpty());
    EXPECT_EQ(echo.seen[1].header("Cookie"), "MS-WSMAN=abc123; other=1");
    EXPECT_EQ(echo.seen[2].header("Cookie"), "MS-WSMAN=abc123") << "an expired cookie is deleted";
}

TEST(HttpConnection, ReadTimeoutIsTimeoutError)
{
    EchoServer echo;
    ASSERT_TRUE(echo.listen());
    echo.override = [](fake::ServerConnection *, const Request &) {}; // never answers
    HttpConnection conn(urlFor(echo.server));
    conn.setTimeouts(5000, 300);
    Spies spies(&conn);
    conn.send(post("x"));
    ASSERT_TRUE(spies.failedOnceWith(Error::Kind::Timeout, Error::Reason::Timeout));
    EXPECT_FALSE(spies.failure(0).message.isEmpty());
    EXPECT_EQ(spies.lost.size(), 1);
    EXPECT_FALSE(conn.isConnected());

    // The next request uses a fresh connection and succeeds.
    echo.override = nullptr;
    conn.send(post("again"));
    ASSERT_TRUE(spies.waitOutcome(2));
    ASSERT_EQ(spies.responses.size(), 1);
    EXPECT_EQ(spies.response(0).body, "echo:again");
    EXPECT_EQ(echo.server.connectionCount(), 2u);
}

TEST(HttpConnection, ConnectTimeoutWhenTlsHandshakeNeverAnswers)
{
    QTcpServer silent; // accepts TCP, never speaks TLS
    ASSERT_TRUE(silent.listen(QHostAddress::LocalHost, 0));
    HttpConnection conn(urlFor(silent, "https"));
    conn.setTimeouts(300, 5000);
    Spies spies(&conn);
    conn.send(post("x"));
    ASSERT_TRUE(spies.failedOnceWith(Error::Kind::Timeout, Error::Reason::Timeout));
}

TEST(HttpConnection, RefusedIsNetworkError)
{
    quint16 port;
    {
        QTcpServer tmp;
        ASSERT_TRUE(tmp.listen(QHostAddress::LocalHost, 0));
        port = tmp.serverPort();
    }
    HttpConnection conn(QUrl(QStringLiteral("http://127.0.0.1:%1/PowerShell").arg(port)));
    Spies spies(&conn);
    conn.send(post("x"));
    ASSERT_TRUE(spies.failedOnceWith(Error::Kind::Network, Error::Reason::ConnectionRefused));
}

TEST(HttpConnection, UnresolvableNameIsHostNotFound)
{
    HttpConnection conn(QUrl(QStringLiteral("http://ex01.no-such-host.invalid/PowerShell")));
    Spies spies(&conn);
    conn.send(post("x"));
    ASSERT_TRUE(spies.failedOnceWith(Error::Kind::Network, Error::Reason::HostNotFound));
}

TEST(HttpConnection, ServerCloseThenReconnectOnNextSend)
{
    EchoServer echo;
    ASSERT_TRUE(echo.listen());
    int n = 0;
    echo.override = [&](fake::ServerConnection *c, const Request &r) {
        c->respond(ok(r.body), ++n == 1); // first answer: Connection: close
    };
    HttpConnection conn(urlFor(echo.server));
    Spies spies(&conn);
    conn.send(post("one"));
    ASSERT_TRUE(spies.waitOutcome(1));
    EXPECT_FALSE(spies.response(0).keepAlive);
    EXPECT_EQ(spies.lost.size(), 1);
    conn.send(post("two"));
    ASSERT_TRUE(spies.waitOutcome(2));
    ASSERT_EQ(spies.responses.size(), 2);
    EXPECT_EQ(spies.response(1).body, "two");
    EXPECT_EQ(echo.server.connectionCount(), 2u);
    EXPECT_EQ(conn.connectionCount(), 2u);
}

TEST(HttpConnection, DropMidRequestFailsThenReconnects)
{
    EchoServer echo;
    ASSERT_TRUE(echo.listen());
    int n = 0;
    echo.override = [&](fake::ServerConnection *c, const Request &r) {
        if (++n == 2) {
            c->abort();
            return;
        }
        c->respond(ok(r.body));
    };
    HttpConnection conn(urlFor(echo.server));
    Spies spies(&conn);
    conn.send(post("one"));
    ASSERT_TRUE(spies.waitOutcome(1));
    conn.send(post("two"));
    ASSERT_TRUE(spies.waitOutcome(2));
    ASSERT_TRUE(spies.failedOnceWith(Error::Kind::Network, Error::Reason::ConnectionLost));
    EXPECT_EQ(spies.lost.size(), 1);
    conn.send(post("three"));
    ASSERT_TRUE(spies.waitOutcome(3));
    ASSERT_EQ(spies.responses.size(), 2);
    EXPECT_EQ(spies.response(1).body, "three");
    EXPECT_EQ(echo.server.connectionCount(), 2u);
}

TEST(HttpConnection, IdleCloseIsNoticedAndNextSendReconnects)
{
    EchoServer echo;
    ASSERT_TRUE(echo.listen());
    fake::ServerConnection *last = nullptr;
    echo.override = [&](fake::ServerConnection *c, const Request &r) {
        last = c;
        c->respond(ok(r.body));
    };
    HttpConnection conn(urlFor(echo.server));
    Spies spies(&conn);
    conn.send(post("one"));
    ASSERT_TRUE(spies.waitOutcome(1));
    ASSERT_NE(last, nullptr);
    last->abort(); // idle keep-alive connection closed by the server
    ASSERT_TRUE(spies.lost.wait(5000));
    EXPECT_FALSE(conn.isConnected());
    conn.send(post("two"));
    ASSERT_TRUE(spies.waitOutcome(2));
    ASSERT_EQ(spies.responses.size(), 2);
    EXPECT_EQ(conn.connectionCount(), 2u);
}

TEST(HttpConnection, MalformedResponseIsHttpError)
{
    QTcpServer raw;
    ASSERT_TRUE(raw.listen(QHostAddress::LocalHost, 0));
    answerRaw(raw, [](QTcpSocket *s, int, const QByteArray &) {
        s->write("HTTP/1.1 200 OK\r\nContent-Length: banana\r\n\r\n");
    });
    HttpConnection conn(urlFor(raw));
    Spies spies(&conn);
    conn.send(post("x"));
    ASSERT_TRUE(spies.failedOnceWith(Error::Kind::Http, Error::Reason::Protocol));
    EXPECT_TRUE(spies.failure(0).detail.contains("Content-Length"));
}

TEST(HttpConnection, ChunkedResponseAndBodyUntilClose)
{
    QTcpServer raw;
    ASSERT_TRUE(raw.listen(QHostAddress::LocalHost, 0));
    answerRaw(raw, [](QTcpSocket *s, int connection, const QByteArray &) {
        if (connection == 1) {
            s->write("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n4\r\nab");
            s->flush();
            s->write("cd\r\n0\r\n\r\n");
        } else {
            s->write("HTTP/1.0 500 Internal Server Error\r\nContent-Type: "
                     "text/html\r\n\r\n<html>oops</html>");
            s->disconnectFromHost();
        }
    });
    HttpConnection conn(urlFor(raw));
    Spies spies(&conn);
    conn.send(post("x"));
    ASSERT_TRUE(spies.waitOutcome(1));
    ASSERT_EQ(spies.responses.size(), 1);
    EXPECT_EQ(spies.response(0).body, "abcd");
    // Force the next request onto a new connection: the raw server answers it HTTP/1.0-style.
    conn.disconnectFromHost();
    conn.send(post("y"));
    ASSERT_TRUE(spies.waitOutcome(2));
    ASSERT_EQ(spies.responses.size(), 2);
    EXPECT_EQ(spies.response(1).status, 500);
    EXPECT_EQ(spies.response(1).body, "<html>oops</html>");
}

class HttpConnectionTls : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        QString error;
        ASSERT_TRUE(fake::SelfSignedCertificate::generate(m_dir.path(), &m_cert, &error))
            << error.toStdString();
        m_echo.server.setTls(m_cert.certificate, m_cert.key);
        ASSERT_TRUE(m_echo.listen());
    }
    QUrl url() { return urlFor(m_echo.server, "https"); }

    QTemporaryDir m_dir;
    fake::SelfSignedCertificate m_cert;
    EchoServer m_echo;
};

TEST_F(HttpConnectionTls, UntrustedCertificateRefusedWithFingerprint)
{
    HttpConnection conn(url());
    Spies spies(&conn);
    conn.send(post("x"));
    ASSERT_TRUE(spies.failedOnceWith(Error::Kind::Tls, Error::Reason::TlsUntrusted));
    const Error e = spies.failure(0);
    const QString fp = formatFingerprint(sha256Fingerprint(m_cert.certificate));
    EXPECT_EQ(fp.size(), 32 * 3 - 1);
    EXPECT_TRUE(e.message.contains(QStringLiteral("SHA-256 fingerprint ") + fp))
        << e.message.toStdString();
    ASSERT_FALSE(e.certificateChain.isEmpty());
    EXPECT_EQ(e.certificateChain.first(), m_cert.certificate);
    EXPECT_EQ(m_echo.server.requestCount(), 0u) << "nothing was sent over an untrusted connection";
}

TEST_F(HttpConnectionTls, PinnedCertificateAccepted)
{
    HttpConnection conn(url());
    conn.setPinnedSha256(sha256Fingerprint(m_cert.certificate));
    Spies spies(&conn);
    conn.send(post("secret"));
    ASSERT_TRUE(spies.waitOutcome());
    ASSERT_EQ(spies.failures.size(), 0) << spies.failure(0).toLogString().toStdString();
    EXPECT_EQ(spies.response(0).body, "echo:secret");
    EXPECT_EQ(conn.peerCertificate(), m_cert.certificate);
    conn.send(post("two"));
    ASSERT_TRUE(spies.waitOutcome(2));
    EXPECT_EQ(spies.responses.size(), 2);
    EXPECT_EQ(m_echo.server.connectionCount(), 1u);
}

TEST_F(HttpConnectionTls, WrongPinRefused)
{
    HttpConnection conn(url());
    QByteArray wrong = sha256Fingerprint(m_cert.certificate);
    wrong[0] = char(wrong[0] ^ 0x01);
    conn.setPinnedSha256(wrong);
    Spies spies(&conn);
    conn.send(post("x"));
    ASSERT_TRUE(spies.failedOnceWith(Error::Kind::Tls, Error::Reason::TlsPinMismatch));
    const Error e = spies.failure(0);
    EXPECT_TRUE(e.message.contains(formatFingerprint(sha256Fingerprint(m_cert.certificate))));
    EXPECT_TRUE(e.message.contains(formatFingerprint(wrong)));
    EXPECT_EQ(m_echo.server.requestCount(), 0u);
}

// A certificate this computer trusts (its issuer added to the trusted CAs), but issued for
// another name than the one in the address: a name mismatch, not an untrusted chain.
TEST(HttpConnectionTlsNames, TrustedCertificateForAnotherNameIsAHostnameMismatch)
{
    QTemporaryDir dir;
    QString error;
    fake::SelfSignedCertificate cert;
    ASSERT_TRUE(fake::SelfSignedCertificate::generate(dir.path(), &cert, &error,
                                                      QStringLiteral("other.example")))
        << error.toStdString();
    EchoServer echo;
    echo.server.setTls(cert.certificate, cert.key);
    ASSERT_TRUE(echo.listen());

    const QSslConfiguration before = QSslConfiguration::defaultConfiguration();
    QSslConfiguration trusting = before;
    trusting.addCaCertificate(cert.certificate);
    QSslConfiguration::setDefaultConfiguration(trusting);
    // The certificate names other.example and 127.0.0.1; "localhost" is neither.
    HttpConnection conn(
        QUrl(QStringLiteral("https://localhost:%1/PowerShell").arg(echo.server.serverPort())));
    Spies spies(&conn);
    conn.send(post("x"));
    const bool done = spies.waitOutcome();
    QSslConfiguration::setDefaultConfiguration(before);
    ASSERT_TRUE(done);
    ASSERT_EQ(spies.failures.size(), 1);
    const Error e = spies.failure(0);
    EXPECT_EQ(e.kind, Error::Kind::Tls);
    EXPECT_EQ(e.reason, Error::Reason::TlsHostnameMismatch) << e.toLogString().toStdString();
    EXPECT_EQ(echo.server.requestCount(), 0u);

    // The same certificate by its address (in the certificate) is accepted.
    QSslConfiguration::setDefaultConfiguration(trusting);
    HttpConnection byAddress(
        QUrl(QStringLiteral("https://127.0.0.1:%1/PowerShell").arg(echo.server.serverPort())));
    Spies ok(&byAddress);
    byAddress.send(post("y"));
    const bool answered = ok.waitOutcome();
    QSslConfiguration::setDefaultConfiguration(before);
    ASSERT_TRUE(answered);
    EXPECT_EQ(ok.responses.size(), 1)
        << (ok.failures.isEmpty() ? std::string() : ok.failure(0).toLogString().toStdString());
}

TEST_F(HttpConnectionTls, OpenExposesCertificateBeforeFirstRequest)
{
    HttpConnection conn(url());
    conn.setPinnedSha256(sha256Fingerprint(m_cert.certificate));
    QSignalSpy connected(&conn, &HttpConnection::connected);
    conn.open();
    ASSERT_TRUE(connected.wait(10000));
    EXPECT_EQ(conn.peerCertificate(), m_cert.certificate);
    EXPECT_EQ(conn.requestCount(), 0u);
}

TEST(HttpFingerprint, FormatAndParse)
{
    const QByteArray raw = QByteArray::fromHex("00ff10ab" + QByteArray(56, '1'));
    const QString text = formatFingerprint(raw);
    EXPECT_TRUE(text.startsWith(QStringLiteral("00:FF:10:AB:11")));
    EXPECT_EQ(parseFingerprint(text), raw);
    EXPECT_EQ(parseFingerprint(text.toLower().remove(QLatin1Char(':'))), raw);
    EXPECT_TRUE(parseFingerprint(QStringLiteral("zz")).isEmpty());
}

TEST(HttpServer, PipelinedRequestsAnsweredInOrderAndBadRequestCloses)
{
    EchoServer echo;
    ASSERT_TRUE(echo.listen());
    QTcpSocket s;
    s.connectToHost(QHostAddress::LocalHost, echo.server.serverPort());
    ASSERT_TRUE(s.waitForConnected(5000));
    s.write("POST /a HTTP/1.1\r\nContent-Length: 1\r\n\r\n1POST /b HTTP/1.1\r\nContent-Length: "
            "1\r\n\r\n2"
            "BROKEN\r\n\r\n");
    ResponseParser p;
    QList<Response> got;
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            if (s.bytesAvailable()) {
                ResponseParser::State st = p.feed(s.readAll());
                while (st == ResponseParser::Complete) {
                    got.append(p.takeResponse());
                    st = p.feed({});
                }
            }
            return got.size() >= 3;
        },
        5000));
    EXPECT_EQ(got[0].body, "echo:1");
    EXPECT_EQ(got[1].body, "echo:2");
    EXPECT_EQ(got[2].status, 400);
    EXPECT_FALSE(got[2].keepAlive);
    EXPECT_TRUE(
        QTest::qWaitFor([&] { return s.state() == QAbstractSocket::UnconnectedState; }, 5000));
}
