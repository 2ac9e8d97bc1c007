#include "JournalAddressPage.h"

#include "CheckLabel.h"
#include "SetupController.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace wizard {

JournalAddressPage::JournalAddressPage(SetupController *controller, QWidget *parent)
    : LazyWizardPage(parent)
    , m_controller(controller)
{
    setObjectName(QStringLiteral("journalAddressPage"));
    setTitle(tr("Journaling address"));
    setSubTitle(tr("The unique address your SecureStore archive receives journal reports on."));
}

void JournalAddressPage::build()
{
    auto *help = new QLabel(tr("In the Mailprotector Console, open the domain, select the "
                               "<b>Archiving</b> tab and copy the journaling address shown at the "
                               "bottom of the page. Paste it below."),
                            this);
    help->setObjectName(QStringLiteral("helpLabel"));
    help->setWordWrap(true);

    m_addressLineEdit = new QLineEdit(this);
    m_addressLineEdit->setObjectName(QStringLiteral("journalAddressLineEdit"));
    m_addressLineEdit->setAccessibleName(tr("Journaling address"));
    m_addressLineEdit->setPlaceholderText(tr("for example j-1a2b3c@archive.example.net"));
    m_checkLabel = new CheckLabel(this);
    m_checkLabel->setObjectName(QStringLiteral("journalAddressCheckLabel"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Journaling address:"), m_addressLineEdit);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(help);
    layout->addLayout(form);
    layout->addWidget(m_checkLabel);
    layout->addStretch();

    connect(m_addressLineEdit, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_controller->updateSettings(
            [&](exchange::JournalingSettings &s) { s.journalAddress = text.trimmed(); });
        revalidate();
    });
}

void JournalAddressPage::initializePage()
{
    ensureBuilt();
    if (m_addressLineEdit->text().trimmed() != m_controller->settings().journalAddress)
        m_addressLineEdit->setText(m_controller->settings().journalAddress);
    revalidate();
    m_addressLineEdit->setFocus();
}

void JournalAddressPage::revalidate()
{
    m_checkLabel->setCheck(FieldCheck::journalAddress(
        m_addressLineEdit->text(), m_controller->organisation().acceptedDomains));
    Q_EMIT completeChanged();
}

bool JournalAddressPage::isComplete() const
{
    if (!isBuilt())
        return false;
    return m_checkLabel->check().ok() && !m_addressLineEdit->text().trimmed().isEmpty();
}

} // namespace wizard
