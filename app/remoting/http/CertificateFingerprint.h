#pragma once

#include <QByteArray>
#include <QSslCertificate>
#include <QString>

namespace remoting::http {

// Raw 32-byte SHA-256 of the certificate's DER encoding.
QByteArray sha256Fingerprint(const QSslCertificate &certificate);
// "AA:BB:..." upper-case hex pairs.
QString formatFingerprint(const QByteArray &digest);
// Accepts "AA:BB:..", "aabb..", with or without colons/spaces; empty on bad input.
QByteArray parseFingerprint(const QString &text);

} // namespace remoting::http
