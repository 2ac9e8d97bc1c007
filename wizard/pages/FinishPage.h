#pragma once

#include <QWizardPage>

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
class FinishPage : public QWizardPage
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

private:
    void showHealth();

    SetupController *m_controller;
    HealthCheckController *m_health;
    QGroupBox *m_healthGroupBox;
    CheckLabel *m_healthConfigurationLabel;
    CheckLabel *m_healthQueuesLabel;
    CheckLabel *m_healthDeliveryLabel;
    QLabel *m_healthVerdictLabel;
    QLabel *m_healthDetailsLabel;
    QPushButton *m_stopCheckButton;
    QLabel *m_summaryLabel;
    QTreeWidget *m_stepsTreeWidget;
    QLabel *m_filesLabel;
    QLabel *m_undoLabel;
    QPushButton *m_openLogButton;
    QPushButton *m_saveReportButton;
};

} // namespace wizard
