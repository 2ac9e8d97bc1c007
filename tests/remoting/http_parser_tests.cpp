// Unit tests of the incremental HTTP/1.1 parsers (app/remoting/http).
#include "http/RequestParser.h"
#include "http/ResponseParser.h"
#include "http/ResponseWriter.h"

#include <gtest/gtest.h>

#include <QRandomGenerator>

using namespace remoting::http;
using namespace fake::http;

namespace {

// Feeds the bytes one at a time; returns the responses completed along the way.
QList<Response> feedBytewise(ResponseParser &p, const QByteArray &wire, ResponseParser::State *last)
{
    QList<Response> out;
    *last = ResponseParser::NeedMore;
    for (char c : wire) {
        *last = p.feed(QByteArray(1, c));
        while (*last == ResponseParser::Complete) {
            out.append(p.takeResponse());
            *last = p.feed({});
        }
        if (*last == ResponseParser::Error)
            break;
    }
    return out;
}

ResponseParser::State feedAll(ResponseParser &p, const QByteArray &wire)
{
    return p.feed(wire);
}

} // namespace

TEST(HttpResponseParser, ContentLengthBody)
{
    ResponseParser p;
    const QByteArray wire = "HTTP/1.1 200 OK\r\nContent-Type: application/soap+xml\r\n"
                            "Content-Length: 5\r\n\r\nhello";
    ASSERT_EQ(feedAll(p, wire), ResponseParser::Complete);
    const Response r = p.takeResponse();
    EXPECT_EQ(r.status, 200);
    EXPECT_EQ(r.reason, "OK");
    EXPECT_EQ(r.body, "hello");
    EXPECT_EQ(r.header("content-type"), "application/soap+xml");
    EXPECT_TRUE(r.keepAlive);
}

TEST(HttpResponseParser, ChunkedWithExtensionsAndTrailers)
{
    const QByteArray wire = "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n"
                            "5;ext=1\r\nhello\r\n"
                            "7\r\n, world\r\n"
                            "0\r\nX-Trailer: yes\r\nContent-Length: 99\r\n\r\n";
    for (int split = 0; split <= wire.size(); ++split) {
        ResponseParser p;
        ResponseParser::State st = p.feed(wire.left(split));
        if (split < wire.size()) {
            ASSERT_EQ(st, ResponseParser::NeedMore) << split;
            st = p.feed(wire.mid(split));
        }
        ASSERT_EQ(st, ResponseParser::Complete) << split;
        const Response r = p.takeResponse();
        EXPECT_EQ(r.body, "hello, world");
        EXPECT_EQ(r.header("X-Trailer"), "yes");
        EXPECT_TRUE(r.header("Content-Length").isEmpty())
            << "framing fields in trailers are ignored";
    }
}

TEST(HttpResponseParser, ByteByByteAndPipelined)
{
    const QByteArray one = "HTTP/1.1 401 Unauthorized\r\nWWW-Authenticate: Negotiate\r\n"
                           "WWW-Authenticate: Basic realm=\"x\"\r\nContent-Length: 0\r\n\r\n";
    const QByteArray two
        = "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n0\r\n\r\n";
    const QByteArray three = "HTTP/1.1 500 Internal Server Error\r\nContent-Length: 3\r\n"
                             "Connection: close\r\n\r\nbad";
    ResponseParser p;
    ResponseParser::State last;
    const QList<Response> rs = feedBytewise(p, one + two + three, &last);
    ASSERT_EQ(rs.size(), 3);
    EXPECT_EQ(rs[0].status, 401);
    EXPECT_EQ(rs[0].headerValues("www-authenticate"),
              (QList<QByteArray>{"Negotiate", "Basic realm=\"x\""}));
    EXPECT_EQ(rs[1].body, "abc");
    EXPECT_EQ(rs[2].status, 500);
    EXPECT_EQ(rs[2].body, "bad");
    EXPECT_FALSE(rs[2].keepAlive);
    EXPECT_EQ(last, ResponseParser::NeedMore);
    EXPECT_FALSE(p.hasPartialMessage());

    // All three in one feed.
    ResponseParser q;
    ASSERT_EQ(q.feed(one + two + three), ResponseParser::Complete);
    EXPECT_EQ(q.takeResponse().status, 401);
    ASSERT_EQ(q.feed({}), ResponseParser::Complete);
    EXPECT_EQ(q.takeResponse().body, "abc");
    ASSERT_EQ(q.feed({}), ResponseParser::Complete);
    EXPECT_EQ(q.takeResponse().body, "bad");
    EXPECT_EQ(q.feed({}), ResponseParser::NeedMore);
}

TEST(HttpResponseParser, InterimContinueIsSkipped)
{
    ResponseParser p;
    ASSERT_EQ(p.feed("HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 204 No Content\r\n\r\n"),
              ResponseParser::Complete);
    EXPECT_EQ(p.takeResponse().status, 204);
}

TEST(HttpResponseParser, BodyUntilCloseAndHttp10)
{
    ResponseParser p;
    EXPECT_EQ(p.feed("HTTP/1.0 200 OK\r\nContent-Type: text/html\r\n\r\n<html>"),
              ResponseParser::NeedMore);
    EXPECT_EQ(p.feed("</html>"), ResponseParser::NeedMore);
    ASSERT_EQ(p.finishInput(), ResponseParser::Complete);
    const Response r = p.takeResponse();
    EXPECT_EQ(r.body, "<html></html>");
    EXPECT_FALSE(r.keepAlive);
}

TEST(HttpResponseParser, HeadAnd304HaveNoBody)
{
    ResponseParser p;
    p.setHeadRequest(true);
    ASSERT_EQ(p.feed("HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\n"), ResponseParser::Complete);
    EXPECT_TRUE(p.takeResponse().body.isEmpty());
    ResponseParser q;
    ASSERT_EQ(q.feed("HTTP/1.1 304 Not Modified\r\nContent-Length: 10\r\n\r\n"),
              ResponseParser::Complete);
}

TEST(HttpResponseParser, BareLfLineEndingsAccepted)
{
    ResponseParser p;
    ASSERT_EQ(p.feed("HTTP/1.1 200 OK\nContent-Length: 2\n\nok"), ResponseParser::Complete);
    EXPECT_EQ(p.takeResponse().body, "ok");
}

TEST(HttpResponseParser, ConnectionCloseClearsKeepAlive)
{
    ResponseParser p;
    ASSERT_EQ(p.feed("HTTP/1.1 200 OK\r\nConnection: Close\r\nContent-Length: 0\r\n\r\n"),
              ResponseParser::Complete);
    EXPECT_FALSE(p.takeResponse().keepAlive);
    ASSERT_EQ(p.feed("HTTP/1.0 200 OK\r\nConnection: keep-alive\r\nContent-Length: 0\r\n\r\n"),
              ResponseParser::Complete);
    EXPECT_TRUE(p.takeResponse().keepAlive);
}

TEST(HttpResponseParser, MalformedInputsAreErrors)
{
    const QList<QByteArray> bad = {
        "HTTP/2 200 OK\r\n\r\n",
        "HTTP/1.1 20 OK\r\n\r\n",
        "HTTP/1.1 abc OK\r\n\r\n",
        "ICY 200 OK\r\n\r\n",
        "garbage\r\n\r\n",
        "HTTP/1.1 200 OK\r\nNo colon here\r\n\r\n",
        "HTTP/1.1 200 OK\r\n: empty name\r\n\r\n",
        "HTTP/1.1 200 OK\r\nBad Name: x\r\n\r\n",
        "HTTP/1.1 200 OK\r\nX: a\r\n folded\r\n\r\n",
        "HTTP/1.1 200 OK\r\nContent-Length: -1\r\n\r\n",
        "HTTP/1.1 200 OK\r\nContent-Length: 12abc\r\n\r\n",
        "HTTP/1.1 200 OK\r\nContent-Length: 99999999999999999999999\r\n\r\n",
        "HTTP/1.1 200 OK\r\nContent-Length: 3\r\nContent-Length: 4\r\n\r\nabcd",
        "HTTP/1.1 200 OK\r\nContent-Length: 3, 4\r\n\r\nabcd",
        "HTTP/1.1 200 OK\r\nTransfer-Encoding: gzip, chunked\r\n\r\n",
        "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n",
        "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n-5\r\n",
        "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nffffffffffffffffff\r\n",
        "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabcdef\r\n",
        "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\rX",
        "HTTP/1.1 200 OK\r\nX: a\x01b\r\n\r\n",
        "HTTP/1.1 101 Switching Protocols\r\n\r\n",
    };
    for (const QByteArray &wire : bad) {
        ResponseParser p;
        EXPECT_EQ(p.feed(wire), ResponseParser::Error) << wire.constData();
        EXPECT_FALSE(p.errorString().isEmpty());
        // Stays failed, and never crashes on more input.
        EXPECT_EQ(p.feed("HTTP/1.1 200 OK\r\n\r\n"), ResponseParser::Error);
    }
}

TEST(HttpResponseParser, TruncatedMessageAtCloseIsError)
{
    ResponseParser p;
    EXPECT_EQ(p.feed("HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nabc"), ResponseParser::NeedMore);
    EXPECT_EQ(p.finishInput(), ResponseParser::Error);
    EXPECT_TRUE(p.errorString().contains("closed"));
    ResponseParser idle;
    EXPECT_EQ(idle.finishInput(), ResponseParser::NeedMore) << "a close between messages is clean";
}

TEST(HttpResponseParser, HeaderAndBodyLimits)
{
    ParserLimits limits;
    limits.maxHeaderBytes = 1024;
    limits.maxBodyBytes = 100;
    {
        ResponseParser p(limits);
        // Endless header without a newline: error once past the limit, never unbounded.
        ResponseParser::State st = p.feed("HTTP/1.1 200 OK\r\nX: ");
        for (int i = 0; i < 100 && st == ResponseParser::NeedMore; ++i)
            st = p.feed(QByteArray(64, 'a'));
        EXPECT_EQ(st, ResponseParser::Error);
    }
    {
        ResponseParser p(limits);
        QByteArray wire = "HTTP/1.1 200 OK\r\n";
        for (int i = 0; i < 100; ++i)
            wire += "X-Header-" + QByteArray::number(i) + ": value\r\n";
        EXPECT_EQ(p.feed(wire), ResponseParser::Error);
    }
    {
        ResponseParser p(limits);
        EXPECT_EQ(p.feed("HTTP/1.1 200 OK\r\nContent-Length: 101\r\n\r\n"), ResponseParser::Error);
    }
    {
        ResponseParser p(limits);
        EXPECT_EQ(p.feed("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n40\r\n"
                         + QByteArray(64, 'x') + "\r\n40\r\n"),
                  ResponseParser::Error);
    }
    {
        ResponseParser p(limits);
        EXPECT_EQ(p.feed("HTTP/1.1 200 OK\r\n\r\n" + QByteArray(101, 'x')), ResponseParser::Error);
    }
    {
        // Many tiny chunks do not eat the header budget of the trailers.
        ParserLimits l;
        l.maxHeaderBytes = 256;
        ResponseParser p(l);
        QByteArray wire = "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n";
        for (int i = 0; i < 100; ++i)
            wire += "1\r\nx\r\n";
        wire += "0\r\nT: 1\r\n\r\n";
        ASSERT_EQ(p.feed(wire), ResponseParser::Complete) << p.errorString().toStdString();
        EXPECT_EQ(p.takeResponse().body.size(), 100);
    }
}

TEST(HttpResponseParser, RandomGarbageNeverHangsOrCrashes)
{
    QRandomGenerator rng(1234);
    for (int round = 0; round < 2000; ++round) {
        QByteArray wire = "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n";
        const int n = int(rng.bounded(200));
        for (int i = 0; i < n; ++i)
            wire.append(char(rng.bounded(256)));
        ResponseParser p;
        int completes = 0;
        ResponseParser::State st = p.feed(wire);
        while (st == ResponseParser::Complete && completes < 1000) {
            p.takeResponse();
            ++completes;
            st = p.feed({});
        }
        EXPECT_LT(completes, 1000);
        p.finishInput();
    }
}

TEST(HttpRequestParser, PostWithBodyAndKeepAlive)
{
    RequestParser p;
    const QByteArray wire
        = "POST /PowerShell?PSVersion=5.1 HTTP/1.1\r\nHost: ex01\r\n"
          "Authorization: Negotiate YII=\r\nContent-Length: 4\r\n\r\nsoap"
          "POST /wsman HTTP/1.1\r\nConnection: close\r\nTransfer-Encoding: chunked\r\n\r\n"
          "2\r\nab\r\n0\r\n\r\n";
    ASSERT_EQ(p.feed(wire), RequestParser::Complete);
    Request r = p.takeRequest();
    EXPECT_EQ(r.method, "POST");
    EXPECT_EQ(r.path, "/PowerShell?PSVersion=5.1");
    EXPECT_EQ(r.header("authorization"), "Negotiate YII=");
    EXPECT_EQ(r.body, "soap");
    EXPECT_TRUE(r.keepAlive);
    ASSERT_EQ(p.feed({}), RequestParser::Complete);
    r = p.takeRequest();
    EXPECT_EQ(r.path, "/wsman");
    EXPECT_EQ(r.body, "ab");
    EXPECT_FALSE(r.keepAlive);
}

TEST(HttpRequestParser, ByteByByte)
{
    const QByteArray wire = "GET /stats HTTP/1.1\r\nHost: x\r\n\r\n"
                            "POST /PowerShell HTTP/1.0\r\nContent-Length: 2\r\n\r\nhi";
    RequestParser p;
    QList<Request> got;
    for (char c : wire) {
        RequestParser::State st = p.feed(QByteArray(1, c));
        while (st == RequestParser::Complete) {
            got.append(p.takeRequest());
            st = p.feed({});
        }
        ASSERT_NE(st, RequestParser::Error);
    }
    ASSERT_EQ(got.size(), 2);
    EXPECT_EQ(got[0].method, "GET");
    EXPECT_TRUE(got[0].body.isEmpty());
    EXPECT_EQ(got[1].body, "hi");
    EXPECT_FALSE(got[1].keepAlive) << "HTTP/1.0 closes by default";
}

TEST(HttpRequestParser, MalformedRequests)
{
    const QList<QByteArray> bad = {
        "POST\r\n\r\n",
        "POST /x\r\n\r\n",
        "POST /x HTTP/9.9\r\n\r\n",
        "P@ST /x HTTP/1.1\r\n\r\n",
        "POST  HTTP/1.1\r\n\r\n",
        "POST /x HTTP/1.1\r\nContent-Length: 3\r\nTransfer-Encoding: chunked\r\n\r\n",
        "POST /x HTTP/1.1\r\nHost : x\r\n\r\n",
    };
    for (const QByteArray &wire : bad) {
        RequestParser p;
        EXPECT_EQ(p.feed(wire), RequestParser::Error) << wire.constData();
    }
}

TEST(HttpSerialize, RoundTrip)
{
    Request req;
    req.path = "/PowerShell";
    req.headers.emplaceBack(QByteArray("Content-Length"), QByteArray("3"));
    req.body = "abc";
    RequestParser rp;
    ASSERT_EQ(rp.feed(req.serialize()), RequestParser::Complete);
    EXPECT_EQ(rp.takeRequest().body, "abc");

    Response resp;
    resp.status = 401;
    resp.headers.emplaceBack(QByteArray("WWW-Authenticate"), QByteArray("Negotiate"));
    resp.headers.emplaceBack(QByteArray("Content-Length"), QByteArray("0"));
    ResponseParser sp;
    ASSERT_EQ(sp.feed(serializeResponse(resp)), ResponseParser::Complete);
    const Response back = sp.takeResponse();
    EXPECT_EQ(back.status, 401);
    EXPECT_EQ(back.reason, "Unauthorized");
}
