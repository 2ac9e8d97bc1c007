#include "JournalRulePage.h"

#include "CheckLabel.h"
#include "SetupController.h"

#include "Planner.h"

#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace wizard {

JournalRulePage::JournalRulePage(SetupController *controller, QWidget *parent)
    : LazyWizardPage(parent)
    , m_controller(controller)
{
    setObjectName(QStringLiteral("journalRulePage"));
    setTitle(tr("Journal rule"));
    setSubTitle(tr("A rule that sends a journal report of every internal message to SecureStore."));
}

void JournalRulePage::build()
{
    m_nameLineEdit = new QLineEdit(this);
    m_nameLineEdit->setObjectName(QStringLiteral("ruleNameLineEdit"));
    m_nameLineEdit->setAccessibleName(tr("Rule name"));
    m_nameLineEdit->setMaxLength(200);
    m_checkLabel = new CheckLabel(this);
    m_checkLabel->setObjectName(QStringLiteral("ruleNameCheckLabel"));
    auto *scope = new QLabel(tr("Internal messages only"), this);
    scope->setObjectName(QStringLiteral("scopeLabel"));
    auto *recipients = new QLabel(tr("All messages (no recipient filter)"), this);
    recipients->setObjectName(QStringLiteral("recipientsLabel"));

    m_rulesTreeWidget = new QTreeWidget(this);
    m_rulesTreeWidget->setObjectName(QStringLiteral("existingRulesTreeWidget"));
    m_rulesTreeWidget->setAccessibleName(tr("Existing journal rules"));
    m_rulesTreeWidget->setRootIsDecorated(false);
    m_rulesTreeWidget->setHeaderLabels(
        {tr("Name"), tr("Sends to"), tr("Scope"), tr("Recipient"), tr("Enabled")});
    m_rulesTreeWidget->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_warningsLabel = new CheckLabel(this);
    m_warningsLabel->setObjectName(QStringLiteral("warningsLabel"));

    auto *form = new QFormLayout;
    form->addRow(tr("Rule &name:"), m_nameLineEdit);
    // The check under the name, outside the form: a wrapped label in a form row gets a row
    // far taller than its text.
    auto *details = new QFormLayout;
    details->addRow(tr("Scope:"), scope);
    details->addRow(tr("Applies to:"), recipients);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_checkLabel);
    layout->addLayout(details);
    layout->addWidget(new QLabel(tr("Journal rules in this organisation:"), this));
    layout->addWidget(m_rulesTreeWidget, 1);
    layout->addWidget(m_warningsLabel);

    connect(m_nameLineEdit, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_controller->updateSettings(
            [&](exchange::JournalingSettings &s) { s.ruleName = text.trimmed(); });
        revalidate();
    });
}

void JournalRulePage::initializePage()
{
    ensureBuilt();
    const exchange::Organisation &org = m_controller->organisation();
    m_rulesTreeWidget->clear();
    for (const exchange::JournalRule &rule : org.journalRules) {
        auto *item = new QTreeWidgetItem(m_rulesTreeWidget);
        item->setText(0, rule.name);
        item->setText(1, rule.journalEmailAddress);
        item->setText(2, rule.scope);
        item->setText(3, rule.recipient.isEmpty() ? tr("All") : rule.recipient);
        item->setText(4, rule.enabled ? tr("Yes") : tr("No"));
    }
    if (org.journalRules.isEmpty()) {
        auto *item = new QTreeWidgetItem(m_rulesTreeWidget);
        item->setText(0, tr("(none)"));
    }
    const QString name = m_controller->settings().ruleName;
    if (m_nameLineEdit->text().trimmed() != name)
        m_nameLineEdit->setText(name);
    revalidate();
    m_nameLineEdit->setFocus();
}

void JournalRulePage::revalidate()
{
    const exchange::Organisation &org = m_controller->organisation();
    const QString address = m_controller->settings().journalAddress;
    m_checkLabel->setCheck(FieldCheck::ruleName(m_nameLineEdit->text(), address, org.journalRules));
    const QStringList warnings
        = exchange::Planner::doubleArchivingWarnings(m_controller->settings(), org);
    m_warningsLabel->setStatus(FieldCheck::Level::Warning, warnings.join(QLatin1Char('\n')));
    m_warningsLabel->setVisible(!warnings.isEmpty());
    Q_EMIT completeChanged();
}

bool JournalRulePage::isComplete() const
{
    if (!isBuilt())
        return false;
    return m_checkLabel->check().ok();
}

} // namespace wizard
