#include "SelfSignedCertificate.h"

#include <QFile>
#include <QProcess>

namespace fake {

bool SelfSignedCertificate::load(const QString &certPath, const QString &keyPath,
                                 SelfSignedCertificate *out, QString *error)
{
    QFile cf(certPath);
    QFile kf(keyPath);
    if (!cf.open(QIODevice::ReadOnly) || !kf.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read %1 or %2").arg(certPath, keyPath);
        return false;
    }
    const QList<QSslCertificate> certs = QSslCertificate::fromData(cf.readAll(), QSsl::Pem);
    const QByteArray keyPem = kf.readAll();
    QSslKey key(keyPem, QSsl::Ec, QSsl::Pem);
    if (key.isNull())
        key = QSslKey(keyPem, QSsl::Rsa, QSsl::Pem);
    if (certs.isEmpty() || key.isNull()) {
        *error = QStringLiteral("%1 / %2 do not hold a PEM certificate and an RSA or EC key")
                     .arg(certPath, keyPath);
        return false;
    }
    out->certificate = certs.first();
    out->key = key;
    out->certificatePath = certPath;
    out->keyPath = keyPath;
    return true;
}

bool SelfSignedCertificate::generate(const QString &directory, SelfSignedCertificate *out,
                                     QString *error, const QString &commonName)
{
    const QString certPath = directory + QStringLiteral("/cert.pem");
    const QString keyPath = directory + QStringLiteral("/key.pem");
    QProcess openssl;
    openssl.setProcessChannelMode(QProcess::MergedChannels);
    openssl.start(QStringLiteral("openssl"),
                  {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                   QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                   QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"),
                   QStringLiteral("-keyout"), keyPath, QStringLiteral("-out"), certPath,
                   QStringLiteral("-days"), QStringLiteral("30"), QStringLiteral("-subj"),
                   QStringLiteral("/CN=") + commonName, QStringLiteral("-addext"),
                   QStringLiteral("subjectAltName=DNS:%1,IP:127.0.0.1").arg(commonName)});
    // Start-up of a test server: blocking here is intended.
    if (!openssl.waitForFinished(30000) || openssl.exitStatus() != QProcess::NormalExit
        || openssl.exitCode() != 0) {
        *error = QStringLiteral("openssl req failed: %1")
                     .arg(QString::fromLocal8Bit(openssl.readAll()).trimmed());
        return false;
    }
    return load(certPath, keyPath, out, error);
}

} // namespace fake
