#pragma once

#include <QtGlobal>

namespace remoting::http {

// Bounds on what a parser buffers; exceeding one is an error, never unbounded growth.
struct ParserLimits
{
    int maxHeaderBytes = 64 * 1024; // start line + header fields (and trailers)
    int maxHeaderCount = 128;
    int maxLineBytes = 16 * 1024;           // one header or chunk-size line
    qint64 maxBodyBytes = 64 * 1024 * 1024; // decoded body
};

} // namespace remoting::http
