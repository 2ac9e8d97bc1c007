#include "WizardDriver.h"

#include "HealthCheckController.h"
#include "SetupController.h"
#include "SetupWizard.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QTest>

namespace testsupport {

WizardDriver::WizardDriver(const QString &settingsFile)
{
    m_controller = new wizard::SetupController;
    m_controller->setSettingsFile(settingsFile);
    m_wizard = std::make_unique<wizard::SetupWizard>(m_controller);
    m_wizard->show();
    if (!QTest::qWaitForWindowExposed(m_wizard.get(), 2000))
        qWarning("WizardDriver: the wizard window was not exposed within 2 s");
}

WizardDriver::~WizardDriver()
{
    // Let a running test, apply or health check stop before the window goes away (as the
    // wizard's own Finish/Cancel does). Destroying it with a request in flight is not what the
    // product does, and under Wine it crashed inside Qt's TLS backend.
    if (m_controller->isBusy()) {
        m_controller->cancel();
        if (!QTest::qWaitFor([this] { return !m_controller->isBusy(); }, 30000))
            qWarning("WizardDriver: the controller was still busy after cancelling");
    }
    if (wizard::HealthCheckController *health = m_wizard->healthCheck();
        health && health->isRunning()) {
        health->cancel();
        if (!QTest::qWaitFor([health] { return !health->isRunning(); }, 30000))
            qWarning("WizardDriver: the health check was still running after cancelling");
    }
    m_wizard.reset();
}

int WizardDriver::currentId() const
{
    return m_wizard->currentId();
}

QWidget *WizardDriver::widget(const QString &objectName) const
{
    if (QWizardPage *page = m_wizard->currentPage()) {
        if (auto *w = page->findChild<QWidget *>(objectName))
            return w;
    }
    if (auto *w = m_wizard->findChild<QWidget *>(objectName))
        return w;
    for (QWidget *top : QApplication::topLevelWidgets()) {
        if (top->objectName() == objectName && top->isVisible())
            return top;
    }
    return nullptr;
}

bool WizardDriver::clickButton(QWidget *button, const QString &what)
{
    if (!button) {
        m_error = QStringLiteral("no %1").arg(what);
        return false;
    }
    if (!button->isVisible() || !button->isEnabled()) {
        m_error = QStringLiteral("%1 is %2")
                      .arg(what, button->isVisible() ? QStringLiteral("disabled")
                                                     : QStringLiteral("hidden"));
        return false;
    }
    // A check box only reacts on its indicator and text, not on the stretched rest of it.
    QPoint at = button->rect().center();
    if (qobject_cast<QCheckBox *>(button))
        at = QPoint(qMin(at.x(), button->height() / 2), at.y());
    QTest::mouseClick(button, Qt::LeftButton, Qt::NoModifier, at);
    return true;
}

bool WizardDriver::click(const QString &objectName)
{
    return clickButton(widget(objectName), objectName);
}

QWidget *WizardDriver::nextButton() const
{
    QAbstractButton *commit = m_wizard->button(QWizard::CommitButton);
    if (commit && commit->isVisible())
        return commit;
    return m_wizard->button(QWizard::NextButton);
}

bool WizardDriver::isNextEnabled() const
{
    QWidget *b = nextButton();
    return b && b->isVisible() && b->isEnabled();
}

bool WizardDriver::clickNext(int timeoutMs)
{
    const int before = currentId();
    if (!clickButton(nextButton(), QStringLiteral("Next on page %1").arg(before)))
        return false;
    return waitFor([&] { return currentId() != before; }, timeoutMs,
                   QStringLiteral("leaving page %1").arg(before));
}

bool WizardDriver::clickBack()
{
    const int before = currentId();
    if (!clickButton(m_wizard->button(QWizard::BackButton), QStringLiteral("Back")))
        return false;
    return waitFor([&] { return currentId() != before; }, 5000, QStringLiteral("going back"));
}

bool WizardDriver::clickCancel()
{
    return clickButton(m_wizard->button(QWizard::CancelButton), QStringLiteral("Cancel"));
}

bool WizardDriver::clickFinish()
{
    return clickButton(m_wizard->button(QWizard::FinishButton), QStringLiteral("Finish"));
}

bool WizardDriver::type(const QString &objectName, const QString &text)
{
    auto *edit = find<QLineEdit>(objectName);
    if (!edit || !edit->isEnabled()) {
        m_error = QStringLiteral("no enabled line edit %1").arg(objectName);
        return false;
    }
    QTest::mouseClick(edit, Qt::LeftButton);
    edit->setFocus();
    QTest::keyClick(edit, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, text);
    if (edit->text() != text) {
        m_error = QStringLiteral("%1 shows \"%2\" after typing \"%3\"")
                      .arg(objectName, edit->text(), text);
        return false;
    }
    return true;
}

bool WizardDriver::pressKey(const QString &objectName, Qt::Key key)
{
    QWidget *w = widget(objectName);
    if (!w || !w->isEnabled()) {
        m_error = QStringLiteral("no enabled %1").arg(objectName);
        return false;
    }
    w->setFocus();
    QTest::keyClick(w, key);
    return true;
}

bool WizardDriver::waitFor(const std::function<bool()> &condition, int timeoutMs,
                           const QString &what)
{
    if (QTest::qWaitFor(condition, timeoutMs))
        return true;
    m_error = QStringLiteral("timed out waiting for %1 (page %2; controller: %3)")
                  .arg(what)
                  .arg(currentId())
                  .arg(m_controller->errorText());
    return false;
}

bool WizardDriver::waitIdle(int timeoutMs)
{
    return waitFor([this] { return !m_controller->isBusy(); }, timeoutMs,
                   QStringLiteral("the controller to be idle"));
}

bool WizardDriver::startConnection(const QString &url, const QString &user, const QString &password)
{
    if (currentId() == wizard::SetupWizard::WelcomePageId && !clickNext())
        return false;
    if (currentId() != wizard::SetupWizard::ConnectPageId) {
        m_error = QStringLiteral("not on the connect page (%1)").arg(currentId());
        return false;
    }
    if (!type(QStringLiteral("serverLineEdit"), url))
        return false;
    // The sign-in method by keyboard: Basic over HTTPS is the last entry.
    if (!pressKey(QStringLiteral("authComboBox"), Qt::Key_End))
        return false;
    if (m_controller->authChoice() != wizard::SetupController::AuthChoice::Basic) {
        m_error = QStringLiteral("End in the sign-in list did not choose Basic");
        return false;
    }
    if (!type(QStringLiteral("userLineEdit"), user)
        || !type(QStringLiteral("passwordLineEdit"), password))
        return false;
    return click(QStringLiteral("testConnectionButton"));
}

} // namespace testsupport
