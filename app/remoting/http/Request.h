#pragma once

#include "HeaderList.h"

#include <QByteArray>

namespace remoting::http {

// One HTTP/1.1 request. HttpConnection adds Host, Content-Length, Accept-Encoding,
// Connection and Cookie itself; headers given here win over its defaults (except
// Content-Length, which always matches the body).
struct Request
{
    QByteArray method = "POST";
    QByteArray path; // origin form: "/PowerShell?PSVersion=5.1"
    HeaderList headers;
    QByteArray body;
    QByteArray version = "HTTP/1.1"; // filled by RequestParser
    bool keepAlive = true;           // filled by RequestParser (Connection / version)

    QByteArray header(const QByteArray &name) const { return headerValue(headers, name); }
    QList<QByteArray> headerValues(const QByteArray &name) const
    {
        return http::headerValues(headers, name);
    }
    // Request line, headers exactly as given, blank line, body.
    QByteArray serialize() const;
};

} // namespace remoting::http
