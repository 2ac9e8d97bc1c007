#pragma once

#include "LazyWizardPage.h"

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
class ConnectPage : public LazyWizardPage
{
    Q_OBJECT
public:
    explicit ConnectPage(SetupController *controller, QWidget *parent = nullptr);

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;

protected:
    void build() override;

private:
    void loadFromController();
    void updateState();
    void onConnectionTested(bool ok);
    void onCertificateUntrusted(const QSslCertificate &certificate);

    SetupController *m_controller;
    QLineEdit *m_serverLineEdit = nullptr;
    QLabel *m_endpointLabel = nullptr;
    QComboBox *m_authComboBox = nullptr;
    QLineEdit *m_userLineEdit = nullptr;
    QLineEdit *m_passwordLineEdit = nullptr;
    QCheckBox *m_rememberCheckBox = nullptr;
    QPushButton *m_testButton = nullptr;
    QProgressBar *m_busyProgressBar = nullptr;
    CheckLabel *m_statusLabel = nullptr;
    QLabel *m_detailLabel = nullptr;
    bool m_loading = false;
};

} // namespace wizard
