#include "RemoteDomainPage.h"

#include "CheckLabel.h"
#include "SetupController.h"

#include "Planner.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace wizard {

RemoteDomainPage::RemoteDomainPage(SetupController *controller, QWidget *parent)
    : LazyWizardPage(parent)
    , m_controller(controller)
{
    setObjectName(QStringLiteral("remoteDomainPage"));
    setTitle(tr("winmail.dat protection"));
    setSubTitle(tr("A remote domain for the archive's domain makes Exchange send journal "
                   "reports without winmail.dat attachments and without out-of-office replies."));
}

void RemoteDomainPage::build()
{
    m_enabledCheckBox
        = new QCheckBox(tr("&Create or update the remote domain (recommended)"), this);
    m_enabledCheckBox->setObjectName(QStringLiteral("remoteDomainCheckBox"));
    m_nameLineEdit = new QLineEdit(this);
    m_nameLineEdit->setObjectName(QStringLiteral("remoteDomainNameLineEdit"));
    m_nameLineEdit->setAccessibleName(tr("Remote domain name"));
    m_domainLineEdit = new QLineEdit(this);
    m_domainLineEdit->setObjectName(QStringLiteral("remoteDomainLineEdit"));
    m_domainLineEdit->setReadOnly(true);
    m_domainLineEdit->setAccessibleName(tr("Domain"));
    auto *oof = new QLabel(tr("None"), this);
    oof->setObjectName(QStringLiteral("oofLabel"));
    auto *tnef = new QLabel(tr("Never"), this);
    tnef->setObjectName(QStringLiteral("richTextLabel"));
    m_checkLabel = new CheckLabel(this);
    m_checkLabel->setObjectName(QStringLiteral("remoteDomainCheckLabel"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_nameLineEdit);
    form->addRow(tr("&Domain:"), m_domainLineEdit);
    form->addRow(tr("Out-of-office replies:"), oof);
    form->addRow(tr("Use rich-text format:"), tnef);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_enabledCheckBox);
    layout->addLayout(form);
    layout->addWidget(m_checkLabel);
    layout->addStretch();

    connect(m_enabledCheckBox, &QCheckBox::toggled, this, [this](bool on) {
        m_controller->updateSettings(
            [&](exchange::JournalingSettings &s) { s.remoteDomainEnabled = on; });
        revalidate();
    });
    connect(m_nameLineEdit, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_controller->updateSettings(
            [&](exchange::JournalingSettings &s) { s.remoteDomainName = text.trimmed(); });
        revalidate();
    });
}

FieldCheck RemoteDomainPage::check(bool enabled, const QString &name, const QString &domain,
                                   const QList<exchange::RemoteDomain> &remoteDomains)
{
    if (!enabled)
        return FieldCheck::warning(tr("Journal reports may reach the archive as winmail.dat "
                                      "attachments that it cannot index."));
    if (const exchange::RemoteDomain *existing
        = exchange::Planner::remoteDomainCovering(domain, remoteDomains))
        return FieldCheck::okay(tr("The existing remote domain \"%1\" for %2 will be reused; only "
                                   "its settings will be set.")
                                    .arg(existing->name, existing->domainName));
    const FieldCheck basic = FieldCheck::objectName(name);
    if (!basic.ok())
        return basic;
    if (const exchange::RemoteDomain *taken
        = exchange::Planner::remoteDomainNamed(name, remoteDomains))
        return FieldCheck::error(
            tr("%1 Choose another name.").arg(exchange::Planner::remoteDomainNameTaken(*taken)));
    return FieldCheck::okay(
        tr("A new remote domain \"%1\" for %2 will be created.").arg(name.trimmed(), domain));
}

void RemoteDomainPage::initializePage()
{
    ensureBuilt();
    const exchange::JournalingSettings &s = m_controller->settings();
    m_enabledCheckBox->setChecked(s.remoteDomainEnabled);
    if (m_nameLineEdit->text().trimmed() != s.remoteDomainName)
        m_nameLineEdit->setText(s.remoteDomainName);
    m_domainLineEdit->setText(s.journalDomain());
    revalidate();
    m_enabledCheckBox->setFocus();
}

void RemoteDomainPage::revalidate()
{
    const bool on = m_enabledCheckBox->isChecked();
    m_nameLineEdit->setEnabled(on);
    m_checkLabel->setCheck(check(on, m_nameLineEdit->text(),
                                 m_controller->settings().journalDomain(),
                                 m_controller->organisation().remoteDomains));
    Q_EMIT completeChanged();
}

bool RemoteDomainPage::isComplete() const
{
    if (!isBuilt())
        return false;
    return m_checkLabel->check().ok();
}

} // namespace wizard
