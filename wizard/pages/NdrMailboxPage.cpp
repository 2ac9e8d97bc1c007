#include "NdrMailboxPage.h"

#include "CheckLabel.h"
#include "SetupController.h"

#include <QCheckBox>
#include <QCompleter>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QStringListModel>
#include <QVBoxLayout>

namespace wizard {

NdrMailboxPage::NdrMailboxPage(SetupController *controller, QWidget *parent)
    : LazyWizardPage(parent)
    , m_controller(controller)
{
    setObjectName(QStringLiteral("ndrMailboxPage"));
    setTitle(tr("Undeliverable journal reports"));
    setSubTitle(tr("Exchange sends journal reports it cannot deliver to this mailbox instead "
                   "of dropping them after two days."));
}

void NdrMailboxPage::build()
{
    auto *help = new QLabel(tr("Choose a user or shared mailbox in this organisation, ideally one "
                               "used only for these reports. It must not be the journaling "
                               "address. Reports that arrive there cannot simply be sent again; "
                               "keep them until the archive has them."),
                            this);
    help->setWordWrap(true);
    m_currentLabel = new QLabel(this);
    m_currentLabel->setObjectName(QStringLiteral("currentNdrLabel"));
    m_currentLabel->setWordWrap(true);

    m_ndrLineEdit = new QLineEdit(this);
    m_ndrLineEdit->setObjectName(QStringLiteral("ndrMailboxLineEdit"));
    m_ndrLineEdit->setAccessibleName(tr("Mailbox for undeliverable reports"));
    m_ndrLineEdit->setPlaceholderText(tr("journal-ndr@contoso.com"));
    m_mailboxModel = new QStringListModel(this);
    auto *completer = new QCompleter(m_mailboxModel, this);
    completer->setObjectName(QStringLiteral("ndrMailboxCompleter"));
    completer->setCompletionMode(QCompleter::PopupCompletion);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    m_ndrLineEdit->setCompleter(completer);
    m_checkLabel = new CheckLabel(this);
    m_checkLabel->setObjectName(QStringLiteral("ndrMailboxCheckLabel"));
    m_replaceCheckBox = new QCheckBox(this);
    m_replaceCheckBox->setObjectName(QStringLiteral("replaceNdrCheckBox"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Mailbox:"), m_ndrLineEdit);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(help);
    layout->addWidget(m_currentLabel);
    layout->addLayout(form);
    layout->addWidget(m_checkLabel);
    layout->addWidget(m_replaceCheckBox);
    layout->addStretch();

    connect(m_ndrLineEdit, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_controller->updateSettings(
            [&](exchange::JournalingSettings &s) { s.ndrMailbox = text.trimmed(); });
        revalidate();
    });
    connect(m_replaceCheckBox, &QCheckBox::toggled, this, [this](bool on) {
        m_controller->updateSettings(
            [&](exchange::JournalingSettings &s) { s.replaceExistingNdr = on; });
        Q_EMIT completeChanged();
    });
}

void NdrMailboxPage::initializePage()
{
    ensureBuilt();
    const exchange::Organisation &org = m_controller->organisation();
    QStringList addresses;
    for (const exchange::Recipient &r : org.mailboxes) {
        if (!r.primarySmtpAddress.isEmpty() && !r.isGroup()
            && !addresses.contains(r.primarySmtpAddress, Qt::CaseInsensitive))
            addresses << r.primarySmtpAddress;
    }
    addresses.sort(Qt::CaseInsensitive);
    m_mailboxModel->setStringList(addresses);

    if (org.journalingReportNdrTo.isEmpty())
        m_currentLabel->setText(tr("Currently: not set — undeliverable journal reports are lost."));
    else
        m_currentLabel->setText(tr("Currently: %1").arg(org.journalingReportNdrTo));

    QString ndr = m_controller->settings().ndrMailbox;
    if (ndr.isEmpty())
        ndr = org.journalingReportNdrTo;
    if (m_ndrLineEdit->text().trimmed() != ndr)
        m_ndrLineEdit->setText(ndr);
    m_replaceCheckBox->setChecked(m_controller->settings().replaceExistingNdr);
    revalidate();
    m_ndrLineEdit->setFocus();
}

bool NdrMailboxPage::needsReplaceConsent() const
{
    const QString current = m_controller->organisation().journalingReportNdrTo;
    const QString chosen
        = m_ndrLineEdit ? m_ndrLineEdit->text().trimmed() : m_controller->settings().ndrMailbox;
    return !current.isEmpty() && current.compare(chosen, Qt::CaseInsensitive) != 0;
}

void NdrMailboxPage::revalidate()
{
    m_checkLabel->setCheck(FieldCheck::ndrMailbox(m_ndrLineEdit->text(),
                                                  m_controller->settings().journalAddress,
                                                  m_controller->organisation()));
    const bool consent = needsReplaceConsent();
    m_replaceCheckBox->setVisible(consent);
    m_replaceCheckBox->setText(tr("&Replace the current address %1 with %2")
                                   .arg(m_controller->organisation().journalingReportNdrTo,
                                        m_ndrLineEdit->text().trimmed()));
    Q_EMIT completeChanged();
}

bool NdrMailboxPage::isComplete() const
{
    if (!isBuilt())
        return false;
    return m_checkLabel->check().ok() && !m_ndrLineEdit->text().trimmed().isEmpty()
           && (!needsReplaceConsent() || m_replaceCheckBox->isChecked());
}

} // namespace wizard
