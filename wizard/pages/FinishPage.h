#pragma once

#include <QWizardPage>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace wizard {

class SetupController;

// Page 10: what changed and what was verified, where the log is, an HTML or PDF report, how to
// undo.
class FinishPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit FinishPage(SetupController *controller, QWidget *parent = nullptr);

    void initializePage() override;
    // Writes the report of the run: PDF when path ends in .pdf, else HTML. Returns an error
    // message, or empty on success.
    QString saveReport(const QString &path) const;

private:
    SetupController *m_controller;
    QLabel *m_summaryLabel;
    QTreeWidget *m_stepsTreeWidget;
    QLabel *m_filesLabel;
    QLabel *m_undoLabel;
    QPushButton *m_openLogButton;
    QPushButton *m_saveReportButton;
};

} // namespace wizard
