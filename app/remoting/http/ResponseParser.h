#pragma once

#include "MessageParser.h"
#include "Response.h"

namespace remoting::http {

// Incremental HTTP/1.1 response parser (client side).
//   while (parser.feed(bytes) == ResponseParser::Complete) { use(parser.takeResponse());
//   bytes.clear(); }
// takeResponse() keeps bytes already received after the message for the next one.
class ResponseParser
{
public:
    enum State { NeedMore, Complete, Error };

    explicit ResponseParser(ParserLimits limits = {});

    State feed(const QByteArray &bytes);
    State finishInput();     // the server closed the connection
    Response takeResponse(); // valid after Complete; starts the next message
    void setHeadRequest(bool isHead) { m_parser.setNoBodyExpected(isHead); }
    void reset() { m_parser.reset(); }
    State state() const { return State(int(m_parser.result())); }
    QString errorString() const { return m_parser.errorString(); }
    bool hasPartialMessage() const { return m_parser.hasPartialMessage(); }

private:
    MessageParser m_parser;
};

} // namespace remoting::http
