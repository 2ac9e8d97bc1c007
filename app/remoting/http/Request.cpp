#include "Request.h"

namespace remoting::http {

QByteArray Request::serialize() const
{
    QByteArray out;
    out.reserve(256 + body.size());
    out += method + ' ' + (path.isEmpty() ? QByteArray("/") : path) + " HTTP/1.1\r\n";
    for (const auto &h : headers)
        out += h.first + ": " + h.second + "\r\n";
    out += "\r\n";
    out += body;
    return out;
}

} // namespace remoting::http
