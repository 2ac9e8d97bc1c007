#pragma once

#include "LazyWizardPage.h"

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
class ReviewPage : public LazyWizardPage
{
    Q_OBJECT
public:
    explicit ReviewPage(SetupController *controller, QWidget *parent = nullptr);

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;

protected:
    void build() override;

private:
    void showPlan();
    void updateBusy();
    void copyScript();
    void saveScript();

    SetupController *m_controller;
    QProgressBar *m_busyProgressBar = nullptr;
    CheckLabel *m_statusLabel = nullptr;
    QTreeWidget *m_stepsTreeWidget = nullptr;
    CheckLabel *m_issuesLabel = nullptr;
    QPlainTextEdit *m_scriptPlainTextEdit = nullptr;
    QPushButton *m_copyButton = nullptr;
    QPushButton *m_saveButton = nullptr;
    QPushButton *m_refreshButton = nullptr;
    QCheckBox *m_confirmCheckBox = nullptr;
};

} // namespace wizard
