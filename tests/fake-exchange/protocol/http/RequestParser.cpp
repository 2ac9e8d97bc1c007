#include "RequestParser.h"

namespace fake::http {

RequestParser::RequestParser(ParserLimits limits)
    : m_parser(MessageParser::Kind::Request, limits)
{}

RequestParser::State RequestParser::feed(const QByteArray &bytes)
{
    return State(int(m_parser.feed(bytes)));
}

RequestParser::State RequestParser::finishInput()
{
    return State(int(m_parser.finishInput()));
}

Request RequestParser::takeRequest()
{
    Request r;
    if (m_parser.result() != MessageParser::Result::Complete)
        return r;
    r.method = m_parser.method;
    r.path = m_parser.target;
    r.version = m_parser.version;
    r.headers = std::move(m_parser.headers);
    r.body = std::move(m_parser.body);
    r.keepAlive = m_parser.keepAlive;
    m_parser.startNext();
    return r;
}

} // namespace fake::http
