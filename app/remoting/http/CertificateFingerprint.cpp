#include "CertificateFingerprint.h"

#include <QCryptographicHash>

namespace remoting::http {

QByteArray sha256Fingerprint(const QSslCertificate &certificate)
{
    if (certificate.isNull())
        return {};
    return certificate.digest(QCryptographicHash::Sha256);
}

QString formatFingerprint(const QByteArray &digest)
{
    return QString::fromLatin1(digest.toHex(':').toUpper());
}

QByteArray parseFingerprint(const QString &text)
{
    QByteArray hex;
    for (const QChar c : text) {
        if (c == QLatin1Char(':') || c.isSpace())
            continue;
        if (!isxdigit(c.toLatin1()) || c.unicode() > 0x7f)
            return {};
        hex.append(c.toLatin1());
    }
    if (hex.size() != 64)
        return {};
    return QByteArray::fromHex(hex);
}

} // namespace remoting::http
