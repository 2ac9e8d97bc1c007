#pragma once

#include "http/MessageParser.h"
#include "http/Request.h"

namespace fake::http {

using remoting::http::MessageParser;
using remoting::http::ParserLimits;
using remoting::http::Request;

// Incremental HTTP/1.1 request parser: the fake Exchange's side of the shared framing engine
// (remoting::http::MessageParser).
// Same contract as ResponseParser: feed, Complete -> takeRequest(), feed({}) again for
// pipelined requests.
class RequestParser
{
public:
    enum State { NeedMore, Complete, Error };

    explicit RequestParser(ParserLimits limits = {});

    State feed(const QByteArray &bytes);
    State finishInput();
    Request takeRequest();
    void reset() { m_parser.reset(); }
    State state() const { return State(int(m_parser.result())); }
    QString errorString() const { return m_parser.errorString(); }
    bool hasPartialMessage() const { return m_parser.hasPartialMessage(); }

private:
    MessageParser m_parser;
};

} // namespace fake::http
