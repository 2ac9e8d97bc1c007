#pragma once

#include <QSslCertificate>
#include <QSslKey>
#include <QString>

namespace fake {

// A throw-away self-signed certificate (EC P-256, CN and SAN localhost + 127.0.0.1),
// made with the openssl command-line tool in `directory` (test set-up only).
struct SelfSignedCertificate
{
    QSslCertificate certificate;
    QSslKey key;
    QString certificatePath;
    QString keyPath;

    static bool generate(const QString &directory, SelfSignedCertificate *out, QString *error,
                         const QString &commonName = QStringLiteral("localhost"));
    static bool load(const QString &certPath, const QString &keyPath, SelfSignedCertificate *out,
                     QString *error);
};

} // namespace fake
