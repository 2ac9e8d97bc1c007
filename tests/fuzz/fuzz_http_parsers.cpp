// Fuzz entry for the HTTP/1.1 parsers (app/remoting/http). The input's first byte picks the
// parser and how the rest is split into feeds; the parser must end in a defined state,
// bounded by its limits, without crashing or looping.
#include "http/RequestParser.h"
#include "http/ResponseParser.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

namespace {

template<typename Parser, typename Take>
void drive(Parser &p, const QByteArray &data, int step, Take take)
{
    int messages = 0;
    for (qsizetype i = 0; i < data.size(); i += step) {
        auto st = p.feed(data.mid(i, step));
        while (st == Parser::Complete) {
            take(p);
            if (++messages > data.size() + 1)
                std::abort(); // more messages than bytes: a loop
            st = p.feed({});
        }
        if (st == Parser::Error) {
            if (p.errorString().isEmpty())
                std::abort();
            return;
        }
    }
    if (p.finishInput() == Parser::Complete)
        take(p);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *bytes, size_t size)
{
    if (size == 0)
        return 0;
    const int mode = bytes[0];
    const QByteArray data(reinterpret_cast<const char *>(bytes) + 1, qsizetype(size - 1));
    const int step = 1 + (mode >> 2) % 17;
    remoting::http::ParserLimits limits;
    limits.maxHeaderBytes = 4096;
    limits.maxBodyBytes = 1 << 16;
    if (mode & 1) {
        fake::http::RequestParser p(limits);
        drive(p, data, step, [](fake::http::RequestParser &q) {
            const auto r = q.takeRequest();
            if (r.body.size() > (1 << 16))
                std::abort();
        });
    } else {
        remoting::http::ResponseParser p(limits);
        p.setHeadRequest(mode & 2);
        drive(p, data, step, [](remoting::http::ResponseParser &q) {
            const auto r = q.takeResponse();
            if (r.body.size() > (1 << 16))
                std::abort();
        });
    }
    return 0;
}

#include "ReplayMain.h"

namespace {

QList<QByteArray> builtinSeeds()
{
    // Built-in seeds: valid and broken shapes, each with every mode byte (the first byte).
    const QList<QByteArray> seeds = {
        "HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nhello",
        "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5;x\r\nhello\r\n0\r\nT: 1\r\n\r\n",
        "HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 204 No Content\r\n\r\n",
        "HTTP/1.0 500 Error\r\n\r\n<html>",
        "POST /PowerShell HTTP/1.1\r\nHost: x\r\nContent-Length: 2\r\n\r\nab",
        "POST /wsman HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n2\r\nab\r\n0\r\n\r\n",
        "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nfffffffffffffff\r\n",
    };
    QList<QByteArray> inputs;
    for (const QByteArray &s : seeds) {
        for (int m = 0; m < 256; ++m)
            inputs.append(char(m) + s);
    }
    return inputs;
}

} // namespace

SECURESTORE_FUZZ_SEEDS("fuzz_http_parsers", builtinSeeds)
