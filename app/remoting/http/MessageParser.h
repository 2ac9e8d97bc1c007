#pragma once

#include "HeaderList.h"
#include "ParserLimits.h"

#include <QByteArray>
#include <QString>

namespace remoting::http {

// The framing engine shared by RequestParser and ResponseParser: start line, header
// fields, then a body delimited by Content-Length, chunked coding (with trailers) or,
// for responses only, the end of the connection. Incremental: feed() any split of the
// bytes; bytes after a complete message stay buffered for the next one (pipelining).
// Malformed input yields Result::Error with a reason; the parser never throws, and
// every buffer is bounded by ParserLimits.
class MessageParser
{
public:
    enum class Kind { Request, Response };
    enum class Result { NeedMore, Complete, Error };

    MessageParser(Kind kind, ParserLimits limits);

    Result feed(const QByteArray &bytes);
    // The peer closed the connection: completes a body delimited by the close, else
    // an unfinished message becomes an error. Returns the resulting state.
    Result finishInput();
    // Starts the next message, keeping any bytes already buffered after the last one.
    void startNext();
    void reset();

    Result result() const;
    QString errorString() const { return m_error; }
    bool hasPartialMessage() const; // some bytes of an unfinished message were seen

    // Response only: the request was HEAD, so no body follows whatever the headers say.
    void setNoBodyExpected(bool on) { m_noBodyExpected = on; }

    // The parsed message (valid when Complete).
    QByteArray method, target, version, reason;
    int status = 0;
    HeaderList headers;
    QByteArray body;
    bool keepAlive = true;

private:
    enum class State {
        StartLine,
        Headers,
        Body,
        ChunkSize,
        ChunkData,
        ChunkDataEnd,
        Trailers,
        UntilClose,
        Done,
        Failed
    };

    Result fail(const QString &why);
    Result run();
    // Next line without its CR LF; false when no full line is buffered yet.
    bool takeLine(QByteArray *line, int maxLength, bool *tooLong);
    bool parseStartLine(const QByteArray &line);
    bool parseHeaderLine(const QByteArray &line, bool trailer);
    bool headersDone();
    void clearMessage();
    void compact();

    Kind m_kind;
    ParserLimits m_limits;
    State m_state = State::StartLine;
    QByteArray m_buf;
    qsizetype m_pos = 0;      // first unconsumed byte
    qsizetype m_scanFrom = 0; // where to resume searching for '\n'
    int m_headerBytes = 0;
    qint64 m_remaining = 0; // Content-Length or current chunk
    bool m_noBodyExpected = false;
    bool m_sawBytes = false;
    QString m_error;
};

} // namespace remoting::http
