#include "MessageParser.h"

#include <QList>

namespace remoting::http {

namespace {

bool isTokenChar(char c)
{
    if (c >= '0' && c <= '9')
        return true;
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))
        return true;
    switch (c) {
    case '!':
    case '#':
    case '$':
    case '%':
    case '&':
    case '\'':
    case '*':
    case '+':
    case '-':
    case '.':
    case '^':
    case '_':
    case '`':
    case '|':
    case '~':
        return true;
    default:
        return false;
    }
}

bool isToken(const QByteArray &s)
{
    if (s.isEmpty())
        return false;
    for (char c : s) {
        if (!isTokenChar(c))
            return false;
    }
    return true;
}

bool validFieldValue(const QByteArray &v)
{
    for (char c : v) {
        const auto u = static_cast<unsigned char>(c);
        if ((u < 0x20 && u != '\t') || u == 0x7f)
            return false;
    }
    return true;
}

// Decimal, digits only, at most 18 of them (no overflow). -1 when invalid.
qint64 parseLength(const QByteArray &s)
{
    if (s.isEmpty() || s.size() > 18)
        return -1;
    qint64 v = 0;
    for (char c : s) {
        if (c < '0' || c > '9')
            return -1;
        v = v * 10 + (c - '0');
    }
    return v;
}

QString printable(const QByteArray &s)
{
    QByteArray cut = s.left(60);
    for (char &c : cut) {
        const auto u = static_cast<unsigned char>(c);
        if (u < 0x20 || u >= 0x7f)
            c = '?';
    }
    return QString::fromLatin1(cut) + (s.size() > 60 ? QStringLiteral("...") : QString());
}

} // namespace

MessageParser::MessageParser(Kind kind, ParserLimits limits)
    : m_kind(kind)
    , m_limits(limits)
{}

void MessageParser::reset()
{
    m_buf.clear();
    m_pos = 0;
    m_scanFrom = 0;
    m_state = State::StartLine;
    m_error.clear();
    m_noBodyExpected = false;
    clearMessage();
}

void MessageParser::clearMessage()
{
    method.clear();
    target.clear();
    version.clear();
    reason.clear();
    status = 0;
    headers.clear();
    body.clear();
    keepAlive = true;
    m_headerBytes = 0;
    m_remaining = 0;
    m_sawBytes = false;
}

void MessageParser::startNext()
{
    if (m_state == State::Failed)
        return;
    clearMessage();
    m_state = State::StartLine;
    compact();
}

void MessageParser::compact()
{
    if (m_pos > 0) {
        m_buf.remove(0, m_pos);
        m_scanFrom = qMax<qsizetype>(0, m_scanFrom - m_pos);
        m_pos = 0;
    }
}

MessageParser::Result MessageParser::result() const
{
    switch (m_state) {
    case State::Done:
        return Result::Complete;
    case State::Failed:
        return Result::Error;
    default:
        return Result::NeedMore;
    }
}

bool MessageParser::hasPartialMessage() const
{
    return m_state != State::Done && m_state != State::Failed
           && (m_sawBytes || m_pos < m_buf.size());
}

MessageParser::Result MessageParser::fail(const QString &why)
{
    m_state = State::Failed;
    m_error = why;
    m_buf.clear();
    m_pos = 0;
    m_scanFrom = 0;
    return Result::Error;
}

MessageParser::Result MessageParser::feed(const QByteArray &bytes)
{
    if (m_state == State::Failed)
        return Result::Error;
    if (!bytes.isEmpty()) {
        // Drop consumed bytes before growing the buffer, so it stays bounded.
        if (m_pos > 0 && m_pos >= m_buf.size() / 2)
            compact();
        m_buf.append(bytes);
    }
    if (m_state == State::Done)
        return Result::Complete;
    return run();
}

MessageParser::Result MessageParser::finishInput()
{
    if (m_state == State::UntilClose) {
        m_state = State::Done;
        return Result::Complete;
    }
    if (m_state == State::Done || m_state == State::Failed)
        return result();
    if (!hasPartialMessage())
        return Result::NeedMore; // nothing started: a clean close between messages
    return fail(QStringLiteral("connection closed before the end of the message"));
}

bool MessageParser::takeLine(QByteArray *line, int maxLength, bool *tooLong)
{
    *tooLong = false;
    const qsizetype nl = m_buf.indexOf('\n', qMax(m_scanFrom, m_pos));
    if (nl < 0) {
        m_scanFrom = m_buf.size();
        if (m_buf.size() - m_pos > maxLength)
            *tooLong = true;
        return false;
    }
    qsizetype end = nl;
    if (end > m_pos && m_buf.at(end - 1) == '\r')
        --end;
    if (nl - m_pos > maxLength) {
        *tooLong = true;
        return false;
    }
    *line = m_buf.mid(m_pos, end - m_pos);
    m_headerBytes += int(nl + 1 - m_pos);
    m_pos = nl + 1;
    m_scanFrom = m_pos;
    return true;
}

bool MessageParser::parseStartLine(const QByteArray &line)
{
    if (line.contains('\r'))
        return fail(QStringLiteral("stray CR in start line")), false;
    const int sp1 = int(line.indexOf(' '));
    if (sp1 <= 0)
        return fail(QStringLiteral("malformed start line: %1").arg(printable(line))), false;
    if (m_kind == Kind::Response) {
        version = line.left(sp1);
        const int sp2 = int(line.indexOf(' ', sp1 + 1));
        const QByteArray code = sp2 < 0 ? line.mid(sp1 + 1) : line.mid(sp1 + 1, sp2 - sp1 - 1);
        reason = sp2 < 0 ? QByteArray() : line.mid(sp2 + 1);
        if (code.size() != 3 || parseLength(code) < 100)
            return fail(QStringLiteral("malformed status line: %1").arg(printable(line))), false;
        status = int(parseLength(code));
        if (!validFieldValue(reason))
            return fail(QStringLiteral("invalid character in status line")), false;
    } else {
        method = line.left(sp1);
        const int sp2 = int(line.indexOf(' ', sp1 + 1));
        if (sp2 < 0 || !isToken(method))
            return fail(QStringLiteral("malformed request line: %1").arg(printable(line))), false;
        target = line.mid(sp1 + 1, sp2 - sp1 - 1);
        version = line.mid(sp2 + 1);
        if (target.isEmpty() || target.contains(' ') || !validFieldValue(target))
            return fail(QStringLiteral("malformed request target: %1").arg(printable(line))), false;
    }
    if (version != "HTTP/1.1" && version != "HTTP/1.0")
        return fail(QStringLiteral("unsupported HTTP version: %1").arg(printable(version))), false;
    return true;
}

bool MessageParser::parseHeaderLine(const QByteArray &line, bool trailer)
{
    if (line.startsWith(' ') || line.startsWith('\t'))
        return fail(QStringLiteral("obsolete line folding in header")), false;
    const int colon = int(line.indexOf(':'));
    if (colon <= 0)
        return fail(QStringLiteral("header line without a name: %1").arg(printable(line))), false;
    const QByteArray name = line.left(colon);
    if (!isToken(name))
        return fail(QStringLiteral("invalid header name: %1").arg(printable(name))), false;
    const QByteArray value = line.mid(colon + 1).trimmed();
    if (!validFieldValue(value))
        return fail(
                   QStringLiteral("invalid character in header %1").arg(QString::fromLatin1(name))),
               false;
    if (headers.size() >= m_limits.maxHeaderCount)
        return fail(QStringLiteral("too many header fields (limit %1)")
                        .arg(m_limits.maxHeaderCount)),
               false;
    if (trailer) {
        // Framing fields may not arrive late.
        const QByteArray lower = name.toLower();
        if (lower == "content-length" || lower == "transfer-encoding" || lower == "host")
            return true; // ignored, as RFC 9112 allows
    }
    headers.emplaceBack(QByteArray(name), QByteArray(value));
    return true;
}

// Decides the body framing once the header block ended. False on error.
bool MessageParser::headersDone()
{
    const bool http10 = version == "HTTP/1.0";
    keepAlive = http10 ? headerHasToken(headers, "Connection", "keep-alive")
                       : !headerHasToken(headers, "Connection", "close");

    // Transfer-Encoding: only "chunked" (we always ask for identity content).
    const QList<QByteArray> te = http::headerValues(headers, "Transfer-Encoding");
    bool chunked = false;
    if (!te.isEmpty()) {
        QList<QByteArray> codings;
        for (const QByteArray &v : te) {
            const QList<QByteArray> parts = v.split(',');
            for (const QByteArray &p : parts) {
                const QByteArray c = p.trimmed().toLower();
                if (!c.isEmpty())
                    codings.append(c);
            }
        }
        codings.removeAll(QByteArray("identity"));
        if (codings == QList<QByteArray>{"chunked"})
            chunked = true;
        else if (!codings.isEmpty())
            return fail(QStringLiteral("unsupported transfer coding: %1")
                            .arg(QString::fromLatin1(codings.join(", ")))),
                   false;
    }

    // Content-Length: repeated fields or lists must agree.
    qint64 length = -1;
    const QList<QByteArray> cl = http::headerValues(headers, "Content-Length");
    for (const QByteArray &v : cl) {
        const QList<QByteArray> parts = v.split(',');
        for (const QByteArray &p : parts) {
            const qint64 n = parseLength(p.trimmed());
            if (n < 0)
                return fail(QStringLiteral("invalid Content-Length: %1").arg(printable(v))), false;
            if (length >= 0 && n != length)
                return fail(QStringLiteral("conflicting Content-Length values")), false;
            length = n;
        }
    }
    if (chunked && length >= 0) {
        if (m_kind == Kind::Request) // request smuggling shape: refuse
            return fail(QStringLiteral("both Content-Length and Transfer-Encoding")), false;
        length = -1; // responses: chunked wins (RFC 9112 6.3)
        keepAlive = false;
    }

    if (m_kind == Kind::Response) {
        if (m_noBodyExpected || status == 204 || status == 304 || (status >= 100 && status < 200)) {
            m_state = State::Done;
            return true;
        }
    }
    if (chunked) {
        m_state = State::ChunkSize;
    } else if (length >= 0) {
        if (length > m_limits.maxBodyBytes)
            return fail(QStringLiteral("body of %1 bytes exceeds the limit of %2")
                            .arg(length)
                            .arg(m_limits.maxBodyBytes)),
                   false;
        m_remaining = length;
        m_state = length == 0 ? State::Done : State::Body;
    } else if (m_kind == Kind::Response) {
        m_state = State::UntilClose;
        keepAlive = false;
    } else {
        m_state = State::Done; // a request without framing has no body
    }
    return true;
}

MessageParser::Result MessageParser::run()
{
    for (;;) {
        switch (m_state) {
        case State::StartLine:
        case State::Headers:
        case State::Trailers: {
            QByteArray line;
            bool tooLong = false;
            const int lineLimit
                = qMin(m_limits.maxLineBytes, qMax(0, m_limits.maxHeaderBytes - m_headerBytes));
            if (m_state == State::StartLine && m_pos < m_buf.size())
                m_sawBytes = true;
            if (!takeLine(&line, lineLimit, &tooLong)) {
                if (tooLong)
                    return fail(m_headerBytes + lineLimit >= m_limits.maxHeaderBytes
                                    ? QStringLiteral("header block exceeds %1 bytes")
                                          .arg(m_limits.maxHeaderBytes)
                                    : QStringLiteral("header line exceeds %1 bytes")
                                          .arg(m_limits.maxLineBytes));
                return Result::NeedMore;
            }
            if (m_state == State::StartLine) {
                if (line.isEmpty() && m_headerBytes <= 4)
                    continue; // tolerate one leading empty line (RFC 9112 2.2)
                if (!parseStartLine(line))
                    return Result::Error;
                m_state = State::Headers;
            } else if (line.isEmpty()) {
                if (m_state == State::Trailers) {
                    m_state = State::Done;
                } else {
                    if (!headersDone())
                        return Result::Error;
                    if (m_kind == Kind::Response && status >= 100 && status < 200) {
                        if (status == 101)
                            return fail(QStringLiteral("unexpected protocol switch (101)"));
                        startNext(); // interim response (100 Continue): skip it
                        continue;
                    }
                }
            } else if (!parseHeaderLine(line, m_state == State::Trailers)) {
                return Result::Error;
            }
            break;
        }
        case State::Body: {
            const qint64 avail = m_buf.size() - m_pos;
            if (avail == 0)
                return Result::NeedMore;
            const qint64 n = qMin(avail, m_remaining);
            body.append(m_buf.constData() + m_pos, n);
            m_pos += n;
            m_scanFrom = m_pos;
            m_remaining -= n;
            if (m_remaining == 0)
                m_state = State::Done;
            break;
        }
        case State::ChunkSize: {
            QByteArray line;
            bool tooLong = false;
            const int headerBytes = m_headerBytes; // chunk lines do not count as headers
            const bool got = takeLine(&line, 1024, &tooLong);
            m_headerBytes = headerBytes;
            if (!got) {
                if (tooLong)
                    return fail(QStringLiteral("chunk size line too long"));
                return Result::NeedMore;
            }
            const int semi = int(line.indexOf(';'));
            const QByteArray hex = (semi < 0 ? line : line.left(semi)).trimmed();
            if (hex.isEmpty() || hex.size() > 15)
                return fail(QStringLiteral("invalid chunk size: %1").arg(printable(line)));
            qint64 size = 0;
            for (char c : hex) {
                int d;
                if (c >= '0' && c <= '9')
                    d = c - '0';
                else if (c >= 'a' && c <= 'f')
                    d = c - 'a' + 10;
                else if (c >= 'A' && c <= 'F')
                    d = c - 'A' + 10;
                else
                    return fail(QStringLiteral("invalid chunk size: %1").arg(printable(line)));
                size = size * 16 + d;
            }
            if (size > m_limits.maxBodyBytes - body.size())
                return fail(QStringLiteral("chunked body exceeds the limit of %1 bytes")
                                .arg(m_limits.maxBodyBytes));
            if (size == 0) {
                m_state = State::Trailers;
            } else {
                m_remaining = size;
                m_state = State::ChunkData;
            }
            break;
        }
        case State::ChunkData: {
            const qint64 avail = m_buf.size() - m_pos;
            if (avail == 0)
                return Result::NeedMore;
            const qint64 n = qMin(avail, m_remaining);
            body.append(m_buf.constData() + m_pos, n);
            m_pos += n;
            m_scanFrom = m_pos;
            m_remaining -= n;
            if (m_remaining == 0)
                m_state = State::ChunkDataEnd;
            break;
        }
        case State::ChunkDataEnd: {
            const qint64 avail = m_buf.size() - m_pos;
            if (avail == 0)
                return Result::NeedMore;
            const char c = m_buf.at(m_pos);
            if (c == '\n') {
                ++m_pos;
                m_scanFrom = m_pos;
                m_state = State::ChunkSize;
            } else if (c == '\r') {
                if (avail < 2)
                    return Result::NeedMore;
                if (m_buf.at(m_pos + 1) != '\n')
                    return fail(QStringLiteral("chunk data not followed by CRLF"));
                m_pos += 2;
                m_scanFrom = m_pos;
                m_state = State::ChunkSize;
            } else {
                return fail(QStringLiteral("chunk data longer than its size"));
            }
            break;
        }
        case State::UntilClose: {
            const qint64 avail = m_buf.size() - m_pos;
            if (avail == 0)
                return Result::NeedMore;
            if (body.size() + avail > m_limits.maxBodyBytes)
                return fail(QStringLiteral("body exceeds the limit of %1 bytes")
                                .arg(m_limits.maxBodyBytes));
            body.append(m_buf.constData() + m_pos, avail);
            m_pos += avail;
            m_scanFrom = m_pos;
            return Result::NeedMore;
        }
        case State::Done:
            return Result::Complete;
        case State::Failed:
            return Result::Error;
        }
    }
}

} // namespace remoting::http
