#pragma once

#include "LazyWizardPage.h"

class QGroupBox;
class QLabel;
class QPushButton;
class QTreeWidget;

namespace wizard {

class CheckLabel;
class HealthCheckController;
class SetupController;

// Page 10: what changed and what was verified, where the log is, an HTML or PDF report, how to
// undo; and, live, whether journaling works (HealthCheckController): configuration, queues,
// "waiting for the first journal report…" until one is seen leaving. The user may finish
// without waiting. Also the whole page for "check that journaling works" from the Welcome page.
class FinishPage : public LazyWizardPage
{
    Q_OBJECT
public:
    FinishPage(SetupController *controller, HealthCheckController *health,
               QWidget *parent = nullptr);

    void initializePage() override;
    void cleanupPage() override;
    // Writes the report of the run: PDF when path ends in .pdf, else HTML. Returns an error
    // message, or empty on success.
    QString saveReport(const QString &path) const;

protected:
    void build() override;

private:
    void showHealth();

    SetupController *m_controller;
    HealthCheckController *m_health;
    QGroupBox *m_healthGroupBox = nullptr;
    CheckLabel *m_healthConfigurationLabel = nullptr;
    CheckLabel *m_healthQueuesLabel = nullptr;
    CheckLabel *m_healthDeliveryLabel = nullptr;
    QLabel *m_healthVerdictLabel = nullptr;
    QLabel *m_healthDetailsLabel = nullptr;
    QPushButton *m_stopCheckButton = nullptr;
    QLabel *m_summaryLabel = nullptr;
    QTreeWidget *m_stepsTreeWidget = nullptr;
    QLabel *m_filesLabel = nullptr;
    QLabel *m_undoLabel = nullptr;
    QPushButton *m_openLogButton = nullptr;
    QPushButton *m_saveReportButton = nullptr;
};

} // namespace wizard
