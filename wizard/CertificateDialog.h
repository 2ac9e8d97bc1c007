#pragma once

#include <QDialog>
#include <QSslCertificate>

namespace wizard {

// Shown when the server's certificate is not trusted by this computer: subject, issuer,
// validity and SHA-256 fingerprint, so the technician can compare it with the server's.
// Accepting means "trust exactly this certificate for this server" (pinned).
class CertificateDialog : public QDialog
{
    Q_OBJECT
public:
    CertificateDialog(const QSslCertificate &certificate, const QString &server,
                      QWidget *parent = nullptr);

    // Rows shown in the dialog: (label, value), translated.
    static QList<QPair<QString, QString>> describe(const QSslCertificate &certificate);

private:
    QSslCertificate m_certificate;
};

} // namespace wizard
