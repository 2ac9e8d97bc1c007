#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>

namespace remoting::http {

// Header fields in wire order. Names compare case-insensitively.
using HeaderList = QList<QPair<QByteArray, QByteArray>>;

// First value of the field, or an empty array.
QByteArray headerValue(const HeaderList &headers, const QByteArray &name);
// Every value of the field, in order (repeated fields are not joined).
QList<QByteArray> headerValues(const HeaderList &headers, const QByteArray &name);
bool hasHeader(const HeaderList &headers, const QByteArray &name);
// Replaces every field of that name with one field (appended when absent).
void setHeader(HeaderList &headers, const QByteArray &name, const QByteArray &value);
void removeHeader(HeaderList &headers, const QByteArray &name);
// True when a comma-separated field (Connection, Transfer-Encoding...) lists the token.
bool headerHasToken(const HeaderList &headers, const QByteArray &name, const QByteArray &token);

} // namespace remoting::http
