#include "CertificateDialog.h"

#include "SetupController.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace wizard {

namespace {

QString names(const QSslCertificate &c, bool issuer)
{
    auto info = [&](QSslCertificate::SubjectInfo what) {
        return (issuer ? c.issuerInfo(what) : c.subjectInfo(what)).join(QStringLiteral(", "));
    };
    QStringList parts;
    const QString cn = info(QSslCertificate::CommonName);
    const QString o = info(QSslCertificate::Organization);
    if (!cn.isEmpty())
        parts << QStringLiteral("CN=") + cn;
    if (!o.isEmpty())
        parts << QStringLiteral("O=") + o;
    return parts.isEmpty() ? (issuer ? c.issuerDisplayName() : c.subjectDisplayName())
                           : parts.join(QStringLiteral(", "));
}

} // namespace

QList<QPair<QString, QString>> CertificateDialog::describe(const QSslCertificate &c)
{
    const QLocale locale;
    QList<QPair<QString, QString>> rows;
    rows.append({tr("Issued to:"), names(c, false)});
    rows.append({tr("Issued by:"), names(c, true)});
    rows.append({tr("Valid from:"), locale.toString(c.effectiveDate(), QLocale::LongFormat)});
    rows.append({tr("Valid until:"), locale.toString(c.expiryDate(), QLocale::LongFormat)});
    QStringList altNames;
    const auto alt = c.subjectAlternativeNames();
    for (auto it = alt.cbegin(); it != alt.cend(); ++it)
        altNames << it.value();
    if (!altNames.isEmpty())
        rows.append({tr("Other names:"), altNames.join(QStringLiteral(", "))});
    rows.append({tr("SHA-256 fingerprint:"),
                 SetupController::fingerprintText(c.digest(QCryptographicHash::Sha256))});
    return rows;
}

CertificateDialog::CertificateDialog(const QSslCertificate &certificate, const QString &server,
                                     QWidget *parent)
    : QDialog(parent)
    , m_certificate(certificate)
{
    setObjectName(QStringLiteral("certificateDialog"));
    setWindowTitle(tr("Untrusted certificate"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("%1 presented a certificate that this computer does not trust. "
                                "This is normal for Exchange's self-signed certificate, but it can "
                                "also mean someone is intercepting the connection. Compare the "
                                "fingerprint with the certificate on the server (Exchange admin "
                                "center > Servers > Certificates) before trusting it.")
                                 .arg(server),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *form = new QFormLayout;
    const auto rows = describe(certificate);
    for (const auto &row : rows) {
        auto *value = new QLabel(row.second, this);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        value->setWordWrap(true);
        value->setAccessibleName(row.first);
        form->addRow(row.first, value);
    }
    layout->addLayout(form);

    auto *buttons = new QDialogButtonBox(this);
    auto *trust = buttons->addButton(tr("&Trust this certificate for %1").arg(server),
                                     QDialogButtonBox::AcceptRole);
    trust->setObjectName(QStringLiteral("trustCertificateButton"));
    auto *cancel = buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("cancelButton"));
    cancel->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

} // namespace wizard
