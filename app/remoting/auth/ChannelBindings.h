#pragma once

#include <QByteArray>
#include <QSslCertificate>

namespace remoting::auth {

// RFC 5929 tls-server-end-point channel binding application data:
// "tls-server-end-point:" + hash(DER of the server certificate), where the hash is the
// certificate's signature hash, or SHA-256 when that is MD5 or SHA-1 (or unknown).
// Empty for a null certificate.
QByteArray channelBindingsFor(const QSslCertificate &serverCert);

} // namespace remoting::auth
