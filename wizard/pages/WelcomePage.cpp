#include "WelcomePage.h"

#include <QRadioButton>
#include <QTextEdit>
#include <QVBoxLayout>

namespace wizard {

WelcomePage::WelcomePage(QWidget *parent)
    : QWizardPage(parent)
{
    setObjectName(QStringLiteral("welcomePage"));
    setTitle(tr("Journal internal mail to SecureStore"));
    setSubTitle(tr("This wizard configures your Exchange organisation to send a copy of every "
                   "internal message to your Mailprotector SecureStore archive."));

    // A read-only text view rather than a word-wrapped rich-text QLabel: the layouts ask such a
    // label for its height at many widths while the wizard is shown, and each answer lays out
    // and shapes the whole text again; the view lays it out once for its width (issue 11).
    auto *text = new QTextEdit(this);
    text->setObjectName(QStringLiteral("welcomeTextEdit"));
    text->setReadOnly(true);
    text->setTextInteractionFlags(Qt::NoTextInteraction);
    text->setFocusPolicy(Qt::NoFocus);
    text->setFrameShape(QFrame::NoFrame);
    text->viewport()->setAutoFillBackground(false);
    text->document()->setDocumentMargin(0);
    text->setHtml(
        tr("<p><b>What will be configured</b></p>"
           "<ol><li>A mailbox that receives journal reports that cannot be delivered.</li>"
           "<li>A journal rule that sends internal messages to your SecureStore journaling "
           "address.</li>"
           "<li>A remote domain that keeps journal reports free of winmail.dat (recommended).</li>"
           "<li>Optionally, a send connector to the SecureStore smart host, only when your "
           "outbound mail relays through Mailprotector.</li></ol>"
           "<p>Each change is shown before it is made, applied over remote PowerShell and read "
           "back to confirm it. Running the wizard again changes only what is missing.</p>"
           "<p><b>Before you start</b></p>"
           "<ul><li>SecureStore is enabled for the domain in the Mailprotector Console.</li>"
           "<li>Your account is a member of Organization Management in Exchange.</li>"
           "<li>Journal rules need Exchange Enterprise Client Access Licenses.</li></ul>"
           "<p><b>What is not touched</b>: mailboxes, other journal rules, transport rules, "
           "existing connectors and any other settings.</p>"));
    text->setAccessibleName(tr("Introduction"));

    m_setupRadio = new QRadioButton(tr("&Set up journaling (or repair it)"), this);
    m_setupRadio->setObjectName(QStringLiteral("setupRadioButton"));
    m_setupRadio->setChecked(true);
    m_checkRadio = new QRadioButton(
        tr("&Check that journaling works (already configured: changes nothing)"), this);
    m_checkRadio->setObjectName(QStringLiteral("checkRadioButton"));
    registerField(QStringLiteral("checkOnly"), m_checkRadio);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(text, 1);
    layout->addWidget(m_setupRadio);
    layout->addWidget(m_checkRadio);
}

} // namespace wizard
