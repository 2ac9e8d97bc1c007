#pragma once

#include <QWizardPage>

class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QTreeWidget;

namespace wizard {

class SetupController;

// Page 9 (commit page): applies the plan step by step; each step shows its own state, a
// progress bar counts finished steps and the log streams live. Cancel stops between steps.
class ApplyPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit ApplyPage(SetupController *controller, QWidget *parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;

private:
    void showStep(int index);
    void onFinished();
    void updateStatus();

    SetupController *m_controller;
    QLabel *m_statusLabel;
    QProgressBar *m_progressBar;
    QTreeWidget *m_stepsTreeWidget;
    QPlainTextEdit *m_logPlainTextEdit;
};

} // namespace wizard
