#include "ReviewPage.h"

#include "CheckLabel.h"
#include "RunReport.h"
#include "SetupController.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QFile>
#include <QFileDialog>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace wizard {

ReviewPage::ReviewPage(SetupController *controller, QWidget *parent)
    : LazyWizardPage(parent)
    , m_controller(controller)
{
    setObjectName(QStringLiteral("reviewPage"));
    setTitle(tr("Review the changes"));
    setSubTitle(tr("Nothing has been changed yet. Check what will be done, then choose Apply."));
    setCommitPage(true);
    setButtonText(QWizard::CommitButton, tr("&Apply"));
}

void ReviewPage::build()
{
    m_busyProgressBar = new QProgressBar(this);
    m_busyProgressBar->setObjectName(QStringLiteral("busyProgressBar"));
    m_busyProgressBar->setRange(0, 0);
    m_busyProgressBar->setTextVisible(false);
    m_busyProgressBar->setAccessibleName(tr("Reading the configuration"));
    m_statusLabel = new CheckLabel(this);
    m_statusLabel->setObjectName(QStringLiteral("statusLabel"));
    m_stepsTreeWidget = new QTreeWidget(this);
    m_stepsTreeWidget->setObjectName(QStringLiteral("planTreeWidget"));
    m_stepsTreeWidget->setAccessibleName(tr("Planned steps"));
    m_stepsTreeWidget->setHeaderLabels({tr("Step"), tr("Action"), tr("Details")});
    m_stepsTreeWidget->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_stepsTreeWidget->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_stepsTreeWidget->setWordWrap(true);
    m_issuesLabel = new CheckLabel(this);
    m_issuesLabel->setObjectName(QStringLiteral("issuesLabel"));
    m_issuesLabel->setTextInteractionFlags(Qt::TextSelectableByMouse
                                           | Qt::TextSelectableByKeyboard);
    m_scriptPlainTextEdit = new QPlainTextEdit(this);
    m_scriptPlainTextEdit->setObjectName(QStringLiteral("scriptPlainTextEdit"));
    m_scriptPlainTextEdit->setAccessibleName(tr("PowerShell commands"));
    m_scriptPlainTextEdit->setReadOnly(true);
    m_scriptPlainTextEdit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_scriptPlainTextEdit->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_scriptPlainTextEdit->setTabChangesFocus(true);
    m_copyButton = new QPushButton(tr("&Copy"), this);
    m_copyButton->setObjectName(QStringLiteral("copyScriptButton"));
    m_saveButton = new QPushButton(tr("&Save as .ps1…"), this);
    m_saveButton->setObjectName(QStringLiteral("saveScriptButton"));
    m_refreshButton = new QPushButton(tr("Check a&gain"), this);
    m_refreshButton->setObjectName(QStringLiteral("refreshPlanButton"));
    m_confirmCheckBox = new QCheckBox(tr("I understand that the journal rule applies to &all "
                                         "future internal messages"),
                                      this);
    m_confirmCheckBox->setObjectName(QStringLiteral("confirmCheckBox"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_copyButton);
    buttons->addWidget(m_saveButton);
    buttons->addStretch();
    buttons->addWidget(m_refreshButton);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_busyProgressBar);
    layout->addWidget(m_statusLabel);
    layout->addWidget(m_stepsTreeWidget, 2);
    layout->addWidget(m_issuesLabel);
    layout->addWidget(new QLabel(tr("PowerShell that will be run:"), this));
    layout->addWidget(m_scriptPlainTextEdit, 2);
    layout->addLayout(buttons);
    layout->addWidget(m_confirmCheckBox);

    connect(m_copyButton, &QPushButton::clicked, this, &ReviewPage::copyScript);
    connect(m_saveButton, &QPushButton::clicked, this, &ReviewPage::saveScript);
    connect(m_refreshButton, &QPushButton::clicked, m_controller, &SetupController::refreshPlan);
    connect(m_confirmCheckBox, &QCheckBox::toggled, this, &QWizardPage::completeChanged);
    connect(m_controller, &SetupController::planChanged, this, &ReviewPage::showPlan);
    connect(m_controller, &SetupController::activityChanged, this, &ReviewPage::updateBusy);
}

void ReviewPage::initializePage()
{
    ensureBuilt();
    m_confirmCheckBox->setChecked(false);
    m_stepsTreeWidget->clear();
    m_scriptPlainTextEdit->clear();
    m_issuesLabel->clear();
    m_issuesLabel->hide();
    m_controller->refreshPlan();
    updateBusy();
}

void ReviewPage::cleanupPage()
{
    m_controller->cancel();
}

void ReviewPage::updateBusy()
{
    if (!isVisible() && wizard() && wizard()->currentPage() != this)
        return;
    const bool busy = m_controller->isBusy();
    m_busyProgressBar->setVisible(busy);
    m_refreshButton->setEnabled(!busy);
    if (busy)
        m_statusLabel->setText(tr("Reading the organisation's current configuration…"));
    Q_EMIT completeChanged();
}

void ReviewPage::showPlan()
{
    updateBusy();
    m_stepsTreeWidget->clear();
    const exchange::Plan &plan = m_controller->plan();
    if (!m_controller->isPlanCurrent()) {
        m_statusLabel->setStatus(FieldCheck::Level::Error,
                                 m_controller->errorText().isEmpty()
                                     ? tr("The configuration could not be read.")
                                     : m_controller->errorText());
        m_scriptPlainTextEdit->clear();
        Q_EMIT completeChanged();
        return;
    }
    m_statusLabel->setStatus(FieldCheck::Level::Ok, m_statusLabel->text());
    for (const exchange::PlannedStep &step : plan.steps) {
        auto *item = new QTreeWidgetItem(m_stepsTreeWidget);
        item->setText(0, step.title);
        item->setText(1, RunReport::actionName(step.action));
        item->setText(2, step.intent);
        item->setToolTip(2, step.intent);
        if (!step.found.isEmpty()) {
            auto *found = new QTreeWidgetItem(item);
            found->setText(2, tr("Found: %1").arg(step.found));
        }
        if (step.action == exchange::StepAction::Conflict) {
            auto *conflict = new QTreeWidgetItem(item);
            conflict->setText(1, tr("Conflict"));
            conflict->setText(2, step.conflict + QLatin1Char(' ') + step.resolution);
            conflict->setForeground(
                2, CheckLabel::colour(FieldCheck::Level::Error, m_stepsTreeWidget->palette()));
        }
        for (const QString &w : step.warnings) {
            auto *warning = new QTreeWidgetItem(item);
            warning->setText(1, tr("Warning"));
            warning->setText(2, w);
        }
    }
    m_stepsTreeWidget->expandAll();

    QStringList problems;
    for (const exchange::ValidationIssue &issue : plan.issues)
        problems << issue.message;
    const exchange::Organisation &org = m_controller->organisation();
    if (!org.missingRoles.isEmpty())
        problems << tr("This account lacks the management role(s): %1.")
                        .arg(org.missingRoles.join(QStringLiteral(", ")));
    QStringList notes = plan.warnings;
    QString issues;
    if (!problems.isEmpty())
        issues += tr("Resolve these before applying (use Back to change your answers):")
                  + QLatin1Char('\n') + QStringLiteral("• ")
                  + problems.join(QStringLiteral("\n• "));
    if (plan.hasConflicts())
        issues += (issues.isEmpty() ? QString() : QStringLiteral("\n"))
                  + tr("A step conflicts with the existing configuration; see the steps above.");
    if (!notes.isEmpty())
        issues += (issues.isEmpty() ? QString() : QStringLiteral("\n")) + QStringLiteral("⚠ ")
                  + notes.join(QStringLiteral("\n⚠ "));
    m_issuesLabel->setStatus(problems.isEmpty() && !plan.hasConflicts() ? FieldCheck::Level::Warning
                                                                        : FieldCheck::Level::Error,
                             issues);
    m_issuesLabel->setVisible(!issues.isEmpty());

    if (plan.hasChanges())
        m_statusLabel->setText(
            tr("These changes will be made on %1.").arg(m_controller->serverLabel()));
    else
        m_statusLabel->setText(tr("Everything is already configured: nothing to change. Apply will "
                                  "verify the configuration."));
    m_confirmCheckBox->setVisible(plan.hasChanges());
    m_scriptPlainTextEdit->setPlainText(m_controller->script());
    Q_EMIT completeChanged();
}

bool ReviewPage::isComplete() const
{
    if (m_controller->isBusy() || !m_controller->isPlanCurrent())
        return false;
    const exchange::Plan &plan = m_controller->plan();
    if (!plan.isValid() || plan.hasConflicts()
        || !m_controller->organisation().missingRoles.isEmpty())
        return false;
    return !plan.hasChanges() || (m_confirmCheckBox && m_confirmCheckBox->isChecked());
}

void ReviewPage::copyScript()
{
    QApplication::clipboard()->setText(m_scriptPlainTextEdit->toPlainText());
    m_statusLabel->setText(tr("The PowerShell commands were copied to the clipboard."));
}

void ReviewPage::saveScript()
{
    auto *dialog = new QFileDialog(this, tr("Save PowerShell script"), QString(),
                                   tr("PowerShell scripts (*.ps1)"));
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("ps1"));
    dialog->selectFile(QStringLiteral("securestore-journaling.ps1"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QString text = m_scriptPlainTextEdit->toPlainText();
    connect(dialog, &QFileDialog::fileSelected, this, [this, text](const QString &path) {
        QSaveFile file(path);
        // UTF-8 with BOM so Windows PowerShell 5.1 reads non-ASCII names correctly.
        if (!file.open(QIODevice::WriteOnly) || file.write("\xEF\xBB\xBF") < 0
            || file.write(text.toUtf8()) < 0 || !file.commit()) {
            QMessageBox::warning(
                this, tr("Save PowerShell script"),
                tr("The script could not be saved to %1: %2").arg(path, file.errorString()));
            return;
        }
        m_statusLabel->setText(tr("Saved to %1.").arg(path));
    });
    dialog->open();
}

} // namespace wizard
