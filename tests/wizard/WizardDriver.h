#pragma once

#include <QString>
#include <QWizard>

#include <functional>
#include <memory>

class QWidget;

namespace wizard {
class SetupController;
class SetupWizard;
} // namespace wizard

namespace testsupport {

// Drives the real SetupWizard the way a technician does: mouse clicks on buttons and key
// presses into inputs found by object name, waiting (QTest::qWaitFor) for the asynchronous
// work behind them. Used by the GUI flow tests and by the page renderer. Every action
// returns false with error() set instead of asserting, so both can use it.
class WizardDriver
{
public:
    // settingsFile: where the controller remembers typed settings (a throwaway file).
    explicit WizardDriver(const QString &settingsFile);
    ~WizardDriver();

    wizard::SetupWizard *wizard() const { return m_wizard.get(); }
    wizard::SetupController *controller() const { return m_controller; }
    int currentId() const;
    QString error() const { return m_error; }

    // A widget of the current page (or of the wizard, e.g. a dialog it opened) by object name.
    QWidget *widget(const QString &objectName) const;
    template<typename T>
    T *find(const QString &objectName) const
    {
        return qobject_cast<T *>(widget(objectName));
    }

    // Clicks a widget with the mouse; fails when it is missing, hidden or disabled.
    bool click(const QString &objectName);
    bool clickButton(QWidget *button, const QString &what);
    // Next or, on a commit page, the commit button; then waits until the page changed.
    bool clickNext(int timeoutMs = 5000);
    bool clickBack();
    bool clickCancel();
    bool clickFinish();
    // Clears a line edit and types text into it key by key.
    bool type(const QString &objectName, const QString &text);
    // Focuses a combo box and presses keys in it (e.g. End for the last entry).
    bool pressKey(const QString &objectName, Qt::Key key);
    bool waitFor(const std::function<bool()> &condition, int timeoutMs, const QString &what);
    // Waits until the controller is idle.
    bool waitIdle(int timeoutMs = 60000);
    bool isNextEnabled() const;

    // Welcome -> Connect; types the server and Basic credentials and clicks Test connection.
    // Does not wait for the result.
    bool startConnection(const QString &url, const QString &user, const QString &password);

    void fail(const QString &message) { m_error = message; }

private:
    QWidget *nextButton() const;

    wizard::SetupController *m_controller = nullptr; // owned by the wizard
    std::unique_ptr<wizard::SetupWizard> m_wizard;
    QString m_error;
};

} // namespace testsupport
