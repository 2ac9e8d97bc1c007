#pragma once

#include "http/Response.h"

#include <QByteArray>

namespace fake::http {

using remoting::http::Response;

// Status line, headers exactly as given, blank line, body. The caller sets Content-Length.
QByteArray serializeResponse(const Response &response);
// "OK", "Unauthorized", ... for the statuses the fake sends; "Unknown" otherwise.
QByteArray reasonPhrase(int status);

} // namespace fake::http
