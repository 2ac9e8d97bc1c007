#include "SetupWizard.h"

#include "AppIcon.h"
#include "HealthCheckController.h"
#include "KeychainCredentialStore.h"
#include "SetupController.h"
#include "pages/ApplyPage.h"
#include "pages/ConnectPage.h"
#include "pages/FinishPage.h"
#include "pages/JournalAddressPage.h"
#include "pages/JournalRulePage.h"
#include "pages/NdrMailboxPage.h"
#include "pages/RemoteDomainPage.h"
#include "pages/ReviewPage.h"
#include "pages/SmartHostPage.h"
#include "pages/WelcomePage.h"

#include <QAbstractButton>
#include <QIcon>

namespace wizard {

SetupWizard::SetupWizard(SetupController *controller, QWidget *parent)
    : QWizard(parent)
    , m_controller(controller)
{
    setObjectName(QStringLiteral("setupWizard"));
    setWindowTitle(tr("SecureStore Journaling Setup"));
    const QIcon icon = appIcon(QStringLiteral("securestore"));
    setWindowIcon(icon);
    setPixmap(QWizard::LogoPixmap, icon.pixmap(48, 48));
    setOption(QWizard::NoBackButtonOnStartPage, true);
    setOption(QWizard::NoCancelButtonOnLastPage, true);
    setMinimumSize(720, 560);
    // Room for the step details on the review, apply and finish pages (full text in tooltips).
    resize(900, 640);

    if (!m_controller) {
        m_controller = new SetupController(this);
        m_controller->setCredentialStore(new credentials::KeychainCredentialStore(m_controller));
    } else if (!m_controller->parent()) {
        m_controller->setParent(this);
    }

    m_health = new HealthCheckController(this);

    setPage(WelcomePageId, new WelcomePage(this));
    setPage(ConnectPageId, new ConnectPage(m_controller, this));
    setPage(JournalAddressPageId, new JournalAddressPage(m_controller, this));
    setPage(NdrMailboxPageId, new NdrMailboxPage(m_controller, this));
    setPage(JournalRulePageId, new JournalRulePage(m_controller, this));
    setPage(RemoteDomainPageId, new RemoteDomainPage(m_controller, this));
    setPage(SmartHostPageId, new SmartHostPage(m_controller, this));
    setPage(ReviewPageId, new ReviewPage(m_controller, this));
    setPage(ApplyPageId, new ApplyPage(m_controller, this));
    setPage(FinishPageId, new FinishPage(m_controller, m_health, this));
    setStartId(WelcomePageId);

    // Keep Back/Cancel honest about running work.
    connect(m_controller, &SetupController::activityChanged, this, [this] {
        if (QAbstractButton *back = button(QWizard::BackButton))
            back->setEnabled(!m_controller->isBusy() && currentId() != ApplyPageId
                             && currentId() != FinishPageId && currentId() != WelcomePageId);
        if (QAbstractButton *cancel = button(QWizard::CancelButton))
            cancel->setEnabled(m_controller->activity() != SetupController::Activity::Cancelling);
    });
}

int SetupWizard::nextId() const
{
    if (currentId() == ConnectPageId && field(QStringLiteral("checkOnly")).toBool())
        return FinishPageId;
    return QWizard::nextId();
}

void SetupWizard::done(int result)
{
    m_health->cancel(); // finishing without waiting for the first journal report
    QWizard::done(result);
}

void SetupWizard::reject()
{
    switch (m_controller->activity()) {
    case SetupController::Activity::Applying:
        // Never close over a change in flight: stop between steps, then let the user leave.
        m_controller->cancel();
        return;
    case SetupController::Activity::Cancelling:
        return;
    case SetupController::Activity::Connecting:
    case SetupController::Activity::Discovering:
        m_controller->cancel();
        break;
    case SetupController::Activity::Idle:
        break;
    }
    QWizard::reject();
}

} // namespace wizard
