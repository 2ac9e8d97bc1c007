#pragma once

#include <QByteArray>
#include <QCryptographicHash>
#include <QSslCertificate>

namespace remoting::auth {

// RFC 5929 tls-server-end-point channel binding application data:
// "tls-server-end-point:" + hash(DER of the server certificate), where the hash is the
// certificate's signature hash, or SHA-256 when that is MD5 or SHA-1. Empty for a null
// certificate.
//
// The signature algorithm is read from the certificate's DER (Certificate.signatureAlgorithm,
// a small ASN.1 walk; Qt 6.4 has no accessor): sha{256,384,512}WithRSA, ecdsa-with-SHA*,
// RSASSA-PSS (hash from its parameters, default SHA-1 -> SHA-256). Anything else
// (Ed25519/Ed448, unknown or unparsable) falls back to SHA-256.
QByteArray channelBindingsFor(const QSslCertificate &serverCert);

// The hash used for a DER certificate (exposed for tests).
QCryptographicHash::Algorithm channelBindingHashFor(const QByteArray &certificateDer);

} // namespace remoting::auth
