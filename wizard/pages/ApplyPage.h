#pragma once

#include "JournalingEngine.h"
#include "LazyWizardPage.h"

#include <QHash>
#include <QIcon>

class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QTreeWidget;

namespace wizard {

class SetupController;

// Page 9 (commit page): applies the plan step by step; each step shows its own state, a
// progress bar counts finished steps and the log streams live. Cancel stops between steps.
class ApplyPage : public LazyWizardPage
{
    Q_OBJECT
public:
    explicit ApplyPage(SetupController *controller, QWidget *parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;

protected:
    void build() override;

private:
    void showStep(int index);
    void onFinished();
    void updateStatus();
    QIcon iconFor(exchange::StepState state);

    SetupController *m_controller;
    QLabel *m_statusLabel = nullptr;
    QProgressBar *m_progressBar = nullptr;
    QTreeWidget *m_stepsTreeWidget = nullptr;
    QPlainTextEdit *m_logPlainTextEdit = nullptr;
    QHash<QString, QIcon> m_icons;
};

} // namespace wizard
