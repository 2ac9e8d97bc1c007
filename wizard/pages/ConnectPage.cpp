#include "ConnectPage.h"

#include "CertificateDialog.h"
#include "CheckLabel.h"
#include "SetupController.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace wizard {

ConnectPage::ConnectPage(SetupController *controller, QWidget *parent)
    : LazyWizardPage(parent)
    , m_controller(controller)
{
    setObjectName(QStringLiteral("connectPage"));
    setTitle(tr("Connect to Exchange"));
    setSubTitle(tr("Enter an Exchange server of the organisation. The wizard reads its "
                   "configuration before changing anything."));
}

void ConnectPage::build()
{
    m_serverLineEdit = new QLineEdit(this);
    m_serverLineEdit->setObjectName(QStringLiteral("serverLineEdit"));
    m_serverLineEdit->setPlaceholderText(tr("ex01.contoso.com"));
    m_serverLineEdit->setAccessibleName(tr("Exchange server"));
    m_endpointLabel = new QLabel(this);
    m_endpointLabel->setObjectName(QStringLiteral("endpointLabel"));
    m_endpointLabel->setWordWrap(true);

    m_authComboBox = new QComboBox(this);
    m_authComboBox->setObjectName(QStringLiteral("authComboBox"));
    m_authComboBox->setAccessibleName(tr("Sign in as"));
    m_authComboBox->addItem(tr("The current Windows user (Kerberos)"),
                            int(SetupController::AuthChoice::CurrentUser));
    m_authComboBox->addItem(tr("This user name and password (Kerberos)"),
                            int(SetupController::AuthChoice::Negotiate));
    m_authComboBox->addItem(tr("This user name and password (NTLM)"),
                            int(SetupController::AuthChoice::Ntlm));
    m_authComboBox->addItem(tr("This user name and password (Basic, HTTPS only)"),
                            int(SetupController::AuthChoice::Basic));

    m_userLineEdit = new QLineEdit(this);
    m_userLineEdit->setObjectName(QStringLiteral("userLineEdit"));
    m_userLineEdit->setPlaceholderText(tr("CONTOSO\\admin or admin@contoso.com"));
    m_userLineEdit->setAccessibleName(tr("User name"));
    m_passwordLineEdit = new QLineEdit(this);
    m_passwordLineEdit->setObjectName(QStringLiteral("passwordLineEdit"));
    m_passwordLineEdit->setEchoMode(QLineEdit::Password);
    m_passwordLineEdit->setAccessibleName(tr("Password"));
    m_rememberCheckBox = new QCheckBox(tr("&Remember the password in the system keychain"), this);
    m_rememberCheckBox->setObjectName(QStringLiteral("rememberCheckBox"));
    m_rememberCheckBox->setChecked(false);

    m_testButton = new QPushButton(tr("&Test connection"), this);
    m_testButton->setObjectName(QStringLiteral("testConnectionButton"));
    m_busyProgressBar = new QProgressBar(this);
    m_busyProgressBar->setObjectName(QStringLiteral("busyProgressBar"));
    m_busyProgressBar->setRange(0, 0);
    m_busyProgressBar->setTextVisible(false);
    m_busyProgressBar->setAccessibleName(tr("Connecting"));
    m_busyProgressBar->setVisible(false);
    m_statusLabel = new CheckLabel(this);
    m_statusLabel->setObjectName(QStringLiteral("statusLabel"));
    m_statusLabel->setTextInteractionFlags(Qt::TextSelectableByMouse
                                           | Qt::TextSelectableByKeyboard);
    m_detailLabel = new QLabel(this);
    m_detailLabel->setObjectName(QStringLiteral("detailLabel"));
    m_detailLabel->setWordWrap(true);
    m_detailLabel->setTextInteractionFlags(Qt::TextSelectableByMouse
                                           | Qt::TextSelectableByKeyboard);
    m_detailLabel->setStyleSheet(QStringLiteral("color: palette(mid);"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Server:"), m_serverLineEdit);
    form->addRow(QString(), m_endpointLabel);
    form->addRow(tr("Sign &in as:"), m_authComboBox);
    form->addRow(tr("&User name:"), m_userLineEdit);
    form->addRow(tr("&Password:"), m_passwordLineEdit);
    form->addRow(QString(), m_rememberCheckBox);
    auto *testRow = new QHBoxLayout;
    testRow->addWidget(m_testButton);
    testRow->addWidget(m_busyProgressBar, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(testRow);
    layout->addWidget(m_statusLabel);
    layout->addWidget(m_detailLabel);
    layout->addStretch();

    connect(m_serverLineEdit, &QLineEdit::textEdited, this,
            [this](const QString &text) { m_controller->setServer(text); });
    connect(m_serverLineEdit, &QLineEdit::editingFinished, this, [this] {
        if (!m_controller->isBusy())
            m_controller->loadRemembered();
    });
    connect(m_authComboBox, qOverload<int>(&QComboBox::currentIndexChanged), this, [this] {
        if (!m_loading)
            m_controller->setAuthChoice(
                SetupController::AuthChoice(m_authComboBox->currentData().toInt()));
    });
    connect(m_userLineEdit, &QLineEdit::textEdited, m_controller, &SetupController::setUserName);
    connect(m_passwordLineEdit, &QLineEdit::textEdited, m_controller,
            &SetupController::setPassword);
    connect(m_rememberCheckBox, &QCheckBox::toggled, m_controller,
            &SetupController::setRememberPassword);
    connect(m_testButton, &QPushButton::clicked, m_controller, &SetupController::testConnection);
    for (QLineEdit *edit : {m_serverLineEdit, m_userLineEdit, m_passwordLineEdit}) {
        connect(edit, &QLineEdit::returnPressed, this, [this] {
            if (!m_controller->isConnectionVerified() && !m_controller->isBusy())
                m_controller->testConnection();
        });
    }

    connect(m_controller, &SetupController::connectionInputsChanged, this,
            &ConnectPage::updateState);
    connect(m_controller, &SetupController::activityChanged, this, &ConnectPage::updateState);
    connect(m_controller, &SetupController::errorChanged, this, &ConnectPage::updateState);
    connect(m_controller, &SetupController::connectionTested, this,
            &ConnectPage::onConnectionTested);
    connect(m_controller, &SetupController::certificateUntrusted, this,
            &ConnectPage::onCertificateUntrusted);
    connect(m_controller, &SetupController::rememberedLoaded, this,
            &ConnectPage::loadFromController);
    connect(m_controller, &SetupController::passwordLoaded, this, [this] {
        m_passwordLineEdit->clear();
        m_passwordLineEdit->setPlaceholderText(tr("(saved in the system keychain)"));
        updateState();
    });
    connect(m_controller, &SetupController::credentialMessage, m_detailLabel, &QLabel::setText);
    updateState();
}

void ConnectPage::loadFromController()
{
    m_loading = true;
    if (m_serverLineEdit->text() != m_controller->server())
        m_serverLineEdit->setText(m_controller->server());
    m_authComboBox->setCurrentIndex(m_authComboBox->findData(int(m_controller->authChoice())));
    m_userLineEdit->setText(m_controller->userName());
    m_rememberCheckBox->setChecked(m_controller->rememberPassword());
    m_loading = false;
    updateState();
}

void ConnectPage::initializePage()
{
    ensureBuilt();
    if (m_controller->server().isEmpty())
        m_controller->loadLastServer();
    else
        m_controller->loadRemembered();
    loadFromController();
    m_serverLineEdit->setFocus();
}

void ConnectPage::cleanupPage()
{
    m_controller->cancel();
}

bool ConnectPage::isComplete() const
{
    // An account without the management roles could not apply anything: do not go on. The
    // read-only health check ("checkOnly" on the Welcome page) names the roles it lacks itself.
    return m_controller->isConnectionVerified() && !m_controller->isBusy()
           && (m_controller->organisation().missingRoles.isEmpty()
               || field(QStringLiteral("checkOnly")).toBool());
}

void ConnectPage::updateState()
{
    const bool busy = m_controller->isBusy();
    const bool credentials = m_controller->needsCredentials();
    m_userLineEdit->setEnabled(credentials && !busy);
    m_passwordLineEdit->setEnabled(credentials && !busy);
    m_rememberCheckBox->setEnabled(credentials && !busy);
    m_serverLineEdit->setEnabled(!busy);
    m_authComboBox->setEnabled(!busy);
    m_busyProgressBar->setVisible(busy);
    m_testButton->setEnabled(!busy);

    const ServerAddress address = m_controller->serverAddress();
    if (address.isValid())
        m_endpointLabel->setText(tr("Connects to %1").arg(address.url().toString()));
    else
        m_endpointLabel->setText(address.error());

    if (busy) {
        m_statusLabel->setStatus(FieldCheck::Level::Ok,
                                 m_controller->activity() == SetupController::Activity::Connecting
                                     ? tr("Connecting to %1…").arg(address.url().host())
                                 : m_controller->activity() == SetupController::Activity::Cancelling
                                     ? tr("Cancelling…")
                                     : tr("Reading the organisation's configuration…"));
        m_detailLabel->clear();
    } else if (!m_controller->errorText().isEmpty()) {
        m_statusLabel->setStatus(FieldCheck::Level::Error, m_controller->errorText());
        m_detailLabel->setText(m_controller->errorDetail());
    } else if (m_controller->isConnectionVerified()) {
        const exchange::Organisation &org = m_controller->organisation();
        QStringList domains;
        for (const exchange::AcceptedDomain &d : org.acceptedDomains)
            domains << d.domainName;
        QString text = tr("Connected to %1 (%2 %3).")
                           .arg(org.serverName, org.productName, org.exchangeVersion);
        text += QLatin1Char('\n')
                + tr("Accepted domains: %1").arg(domains.join(QStringLiteral(", ")));
        if (!org.missingRoles.isEmpty()) {
            text += QLatin1Char('\n')
                    + tr("This account lacks the management role(s) %1. Ask an administrator to "
                         "add it "
                         "to Organization Management, or sign in with an account that is a member.")
                          .arg(org.missingRoles.join(QStringLiteral(", ")));
        }
        m_statusLabel->setStatus(
            org.missingRoles.isEmpty() ? FieldCheck::Level::Ok : FieldCheck::Level::Warning, text);
        m_detailLabel->clear();
    } else {
        const QString blocker = m_controller->connectionInputError();
        m_statusLabel->setStatus(FieldCheck::Level::Ok, blocker.isEmpty()
                                                            ? tr("Test the connection to continue.")
                                                            : blocker);
        m_detailLabel->clear();
    }
    m_statusLabel->setAccessibleDescription(m_statusLabel->text());
    Q_EMIT completeChanged();
}

void ConnectPage::onConnectionTested(bool ok)
{
    updateState();
    if (ok)
        m_testButton->setFocus();
}

void ConnectPage::onCertificateUntrusted(const QSslCertificate &certificate)
{
    auto *dialog
        = new CertificateDialog(certificate, m_controller->serverAddress().url().host(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this,
            [this, certificate] { m_controller->trustCertificate(certificate); });
    dialog->open();
}

} // namespace wizard
