#pragma once

#include "Error.h"

#include <QByteArray>

namespace remoting::auth {

class SecurityContext;

// MS-WSMV 2.2.9.1 HTTP message encryption (multipart/encrypted, "Encrypted Boundary").
// encryptBody returns the new HTTP body; *contentType receives the Content-Type header value.
// originalContentType: the plain body's type (SOAP: application/soap+xml;charset=UTF-8).
QByteArray encryptBody(SecurityContext &ctx, const QByteArray &plain, QByteArray *contentType,
                       const QByteArray &originalContentType
                       = "application/soap+xml;charset=UTF-8");
// Decrypts a multipart/encrypted body; checks the framing, the signature and the Length.
// Errors are Error{Auth} (tampered/undecryptable) or Error{Protocol} (malformed framing).
Expected<QByteArray> decryptBody(SecurityContext &ctx, const QByteArray &body,
                                 const QByteArray &contentType);
// True when the Content-Type is multipart/encrypted (the body needs decryptBody).
bool isEncryptedContentType(const QByteArray &contentType);

} // namespace remoting::auth
