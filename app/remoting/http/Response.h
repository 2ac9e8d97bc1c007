#pragma once

#include "HeaderList.h"

#include <QByteArray>

namespace remoting::http {

struct Response
{
    int status = 0;
    QByteArray reason;
    HeaderList headers;    // chunked trailers are appended after the header fields
    QByteArray body;       // decoded (chunked framing removed)
    bool keepAlive = true; // false when the server closes after this response

    QByteArray header(const QByteArray &name) const { return headerValue(headers, name); }
    QList<QByteArray> headerValues(const QByteArray &name) const
    {
        return http::headerValues(headers, name);
    }
};

} // namespace remoting::http
