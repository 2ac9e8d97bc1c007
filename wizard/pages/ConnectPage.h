#pragma once

#include <QWizardPage>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSslCertificate;

namespace wizard {

class CheckLabel;
class SetupController;

// Page 2: server, sign-in method, credentials and Test connection. Next is enabled only while
// the last successful test matches the current inputs.
class ConnectPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit ConnectPage(SetupController *controller, QWidget *parent = nullptr);

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;

private:
    void loadFromController();
    void updateState();
    void onConnectionTested(bool ok);
    void onCertificateUntrusted(const QSslCertificate &certificate);

    SetupController *m_controller;
    QLineEdit *m_serverLineEdit;
    QLabel *m_endpointLabel;
    QComboBox *m_authComboBox;
    QLineEdit *m_userLineEdit;
    QLineEdit *m_passwordLineEdit;
    QCheckBox *m_rememberCheckBox;
    QPushButton *m_testButton;
    QProgressBar *m_busyProgressBar;
    CheckLabel *m_statusLabel;
    QLabel *m_detailLabel;
    bool m_loading = false;
};

} // namespace wizard
