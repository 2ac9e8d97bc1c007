#include "ResponseParser.h"

namespace remoting::http {

ResponseParser::ResponseParser(ParserLimits limits)
    : m_parser(MessageParser::Kind::Response, limits)
{}

ResponseParser::State ResponseParser::feed(const QByteArray &bytes)
{
    return State(int(m_parser.feed(bytes)));
}

ResponseParser::State ResponseParser::finishInput()
{
    return State(int(m_parser.finishInput()));
}

Response ResponseParser::takeResponse()
{
    Response r;
    if (m_parser.result() != MessageParser::Result::Complete)
        return r;
    r.status = m_parser.status;
    r.reason = m_parser.reason;
    r.headers = std::move(m_parser.headers);
    r.body = std::move(m_parser.body);
    r.keepAlive = m_parser.keepAlive;
    m_parser.startNext();
    return r;
}

} // namespace remoting::http
