#pragma once

#include <QWizardPage>

class QCheckBox;
class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTreeWidget;

namespace wizard {

class CheckLabel;
class SetupController;

// Page 8: reads the organisation again with the answers given, then shows the plan step by
// step, the exact PowerShell (copy, save as .ps1) and asks for the "applies to all future
// messages" confirmation. Validation issues and conflicts block Apply.
class ReviewPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit ReviewPage(SetupController *controller, QWidget *parent = nullptr);

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;

private:
    void showPlan();
    void updateBusy();
    void copyScript();
    void saveScript();

    SetupController *m_controller;
    QProgressBar *m_busyProgressBar;
    CheckLabel *m_statusLabel;
    QTreeWidget *m_stepsTreeWidget;
    CheckLabel *m_issuesLabel;
    QPlainTextEdit *m_scriptPlainTextEdit;
    QPushButton *m_copyButton;
    QPushButton *m_saveButton;
    QPushButton *m_refreshButton;
    QCheckBox *m_confirmCheckBox;
};

} // namespace wizard
