#include "SmartHostPage.h"

#include "CheckLabel.h"
#include "SetupController.h"

#include "Planner.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QVBoxLayout>

namespace wizard {

SmartHostPage::SmartHostPage(SetupController *controller, QWidget *parent)
    : LazyWizardPage(parent)
    , m_controller(controller)
{
    setObjectName(QStringLiteral("smartHostPage"));
    setTitle(tr("Smart host connector"));
    setSubTitle(tr("Only needed when your outbound mail relays through Mailprotector."));
}

void SmartHostPage::build()
{
    auto *help = new QLabel(tr("If Exchange sends all outbound mail through Mailprotector's "
                               "outbound service, journal reports would take that route too and "
                               "could be archived twice. A send connector for the archive's "
                               "domain sends them straight to the SecureStore smart host instead. "
                               "Leave this off if Exchange delivers outbound mail itself."),
                            this);
    help->setWordWrap(true);
    m_enabledCheckBox
        = new QCheckBox(tr("&Create a send connector to the SecureStore smart host"), this);
    m_enabledCheckBox->setObjectName(QStringLiteral("connectorCheckBox"));
    m_nameLineEdit = new QLineEdit(this);
    m_nameLineEdit->setObjectName(QStringLiteral("connectorNameLineEdit"));
    m_nameLineEdit->setAccessibleName(tr("Connector name"));
    m_smartHostLineEdit = new QLineEdit(this);
    m_smartHostLineEdit->setObjectName(QStringLiteral("smartHostLineEdit"));
    m_smartHostLineEdit->setAccessibleName(tr("Smart host"));
    m_smartHostLineEdit->setPlaceholderText(tr("host name or IP address from Mailprotector"));
    m_serversListWidget = new QListWidget(this);
    m_serversListWidget->setObjectName(QStringLiteral("sourceServersListWidget"));
    m_serversListWidget->setAccessibleName(tr("Source transport servers"));
    m_tlsCheckBox = new QCheckBox(tr("&Require TLS"), this);
    m_tlsCheckBox->setObjectName(QStringLiteral("requireTlsCheckBox"));
    m_checkLabel = new CheckLabel(this);
    m_checkLabel->setObjectName(QStringLiteral("connectorCheckLabel"));
    m_existingLabel = new CheckLabel(this);
    m_existingLabel->setObjectName(QStringLiteral("existingConnectorLabel"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_nameLineEdit);
    form->addRow(tr("Smart &host:"), m_smartHostLineEdit);
    form->addRow(tr("Source &servers:"), m_serversListWidget);
    form->addRow(QString(), m_tlsCheckBox);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(help);
    layout->addWidget(m_enabledCheckBox);
    layout->addLayout(form);
    layout->addWidget(m_checkLabel);
    layout->addWidget(m_existingLabel);
    layout->addStretch();

    connect(m_enabledCheckBox, &QCheckBox::toggled, this, [this](bool on) {
        m_controller->updateSettings(
            [&](exchange::JournalingSettings &s) { s.connectorEnabled = on; });
        revalidate();
    });
    connect(m_nameLineEdit, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_controller->updateSettings(
            [&](exchange::JournalingSettings &s) { s.connectorName = text.trimmed(); });
        revalidate();
    });
    connect(m_smartHostLineEdit, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_controller->updateSettings(
            [&](exchange::JournalingSettings &s) { s.smartHost = text.trimmed(); });
        revalidate();
    });
    connect(m_serversListWidget, &QListWidget::itemChanged, this, [this] {
        const QStringList servers = checkedServers();
        const bool all = servers.size() == m_serversListWidget->count();
        m_controller->updateSettings([&](exchange::JournalingSettings &s) {
            s.sourceServers = all ? QStringList() : servers;
        });
        revalidate();
    });
    connect(m_tlsCheckBox, &QCheckBox::toggled, this, [this](bool on) {
        m_controller->updateSettings([&](exchange::JournalingSettings &s) { s.requireTls = on; });
    });
}

FieldCheck SmartHostPage::check(bool enabled, const QString &name, const QString &smartHost,
                                int checkedServers, int availableServers)
{
    if (!enabled)
        return FieldCheck::okay(tr("No connector will be created."));
    const FieldCheck nameCheck = FieldCheck::objectName(name);
    if (!nameCheck.ok())
        return nameCheck;
    const FieldCheck hostCheck = FieldCheck::smartHost(smartHost);
    if (!hostCheck.ok())
        return hostCheck;
    if (availableServers > 0 && checkedServers == 0)
        return FieldCheck::error(
            tr("Select at least one transport server to send through the connector."));
    return FieldCheck::okay(
        tr("Mail to the archive's domain will go straight to %1.").arg(smartHost.trimmed()));
}

QStringList SmartHostPage::checkedServers() const
{
    QStringList servers;
    for (int i = 0; i < m_serversListWidget->count(); ++i) {
        if (m_serversListWidget->item(i)->checkState() == Qt::Checked)
            servers << m_serversListWidget->item(i)->text();
    }
    return servers;
}

void SmartHostPage::initializePage()
{
    ensureBuilt();
    const exchange::JournalingSettings &s = m_controller->settings();
    const exchange::Organisation &org = m_controller->organisation();
    QSignalBlocker block(m_serversListWidget);
    m_serversListWidget->clear();
    for (const QString &server : org.transportServers) {
        auto *item = new QListWidgetItem(server, m_serversListWidget);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        const bool on
            = s.sourceServers.isEmpty() || s.sourceServers.contains(server, Qt::CaseInsensitive);
        item->setCheckState(on ? Qt::Checked : Qt::Unchecked);
    }
    m_enabledCheckBox->setChecked(s.connectorEnabled);
    if (m_nameLineEdit->text().trimmed() != s.connectorName)
        m_nameLineEdit->setText(s.connectorName);
    if (m_smartHostLineEdit->text().trimmed() != s.smartHost)
        m_smartHostLineEdit->setText(s.smartHost);
    m_tlsCheckBox->setChecked(s.requireTls);
    revalidate();
    m_enabledCheckBox->setFocus();
}

void SmartHostPage::revalidate()
{
    const bool on = m_enabledCheckBox->isChecked();
    for (QWidget *w :
         {static_cast<QWidget *>(m_nameLineEdit), static_cast<QWidget *>(m_smartHostLineEdit),
          static_cast<QWidget *>(m_serversListWidget), static_cast<QWidget *>(m_tlsCheckBox)})
        w->setEnabled(on);
    m_checkLabel->setCheck(check(on, m_nameLineEdit->text(), m_smartHostLineEdit->text(),
                                 int(checkedServers().size()), m_serversListWidget->count()));
    const QStringList existing = exchange::Planner::connectorsRouting(
        m_controller->settings().journalDomain(), m_controller->organisation().sendConnectors);
    m_existingLabel->setStatus(FieldCheck::Level::Warning,
                               existing.isEmpty()
                                   ? QString()
                                   : tr("The connector(s) %1 already route this domain; "
                                        "the review page shows how they are handled.")
                                         .arg(existing.join(QStringLiteral(", "))));
    m_existingLabel->setVisible(on && !existing.isEmpty());
    Q_EMIT completeChanged();
}

bool SmartHostPage::isComplete() const
{
    if (!isBuilt())
        return false;
    return m_checkLabel->check().ok();
}

} // namespace wizard
