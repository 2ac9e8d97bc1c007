#include "ApplyPage.h"

#include "AppIcon.h"
#include "RunReport.h"
#include "SetupController.h"

#include <QFontDatabase>
#include <QHeaderView>
#include <QIcon>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace wizard {

namespace {

bool isDone(exchange::StepState s)
{
    return s == exchange::StepState::Verified || s == exchange::StepState::Failed
           || s == exchange::StepState::Skipped || s == exchange::StepState::NoChange;
}

QString iconName(exchange::StepState s)
{
    switch (s) {
    case exchange::StepState::Verified:
    case exchange::StepState::NoChange:
        return QStringLiteral("step-verified");
    case exchange::StepState::Failed:
        return QStringLiteral("step-failed");
    case exchange::StepState::Applying:
    case exchange::StepState::Verifying:
        return QStringLiteral("step-running");
    case exchange::StepState::Skipped:
    case exchange::StepState::Waiting:
        break;
    }
    return QStringLiteral("step-waiting");
}

} // namespace

ApplyPage::ApplyPage(SetupController *controller, QWidget *parent)
    : LazyWizardPage(parent)
    , m_controller(controller)
{
    setObjectName(QStringLiteral("applyPage"));
    setTitle(tr("Applying the changes"));
    setSubTitle(tr("Each change is made, then read back from Exchange to confirm it."));
    setCommitPage(true);
    setButtonText(QWizard::CommitButton, tr("&Next"));
}

void ApplyPage::build()
{
    m_statusLabel = new QLabel(this);
    m_statusLabel->setObjectName(QStringLiteral("statusLabel"));
    m_statusLabel->setWordWrap(true);
    m_progressBar = new QProgressBar(this);
    m_progressBar->setObjectName(QStringLiteral("applyProgressBar"));
    m_progressBar->setAccessibleName(tr("Progress"));
    m_stepsTreeWidget = new QTreeWidget(this);
    m_stepsTreeWidget->setObjectName(QStringLiteral("stepsTreeWidget"));
    m_stepsTreeWidget->setAccessibleName(tr("Steps"));
    m_stepsTreeWidget->setRootIsDecorated(false);
    m_stepsTreeWidget->setHeaderLabels({tr("Step"), tr("State"), tr("Details")});
    m_stepsTreeWidget->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_stepsTreeWidget->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_logPlainTextEdit = new QPlainTextEdit(this);
    m_logPlainTextEdit->setObjectName(QStringLiteral("logPlainTextEdit"));
    m_logPlainTextEdit->setAccessibleName(tr("Log"));
    m_logPlainTextEdit->setReadOnly(true);
    m_logPlainTextEdit->setTabChangesFocus(true);
    m_logPlainTextEdit->setMaximumBlockCount(5000);
    m_logPlainTextEdit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_statusLabel);
    layout->addWidget(m_progressBar);
    layout->addWidget(m_stepsTreeWidget, 1);
    layout->addWidget(m_logPlainTextEdit, 2);

    connect(m_controller, &SetupController::stepChanged, this,
            [this](int index) { showStep(index); });
    connect(m_controller, &SetupController::logLine, m_logPlainTextEdit,
            &QPlainTextEdit::appendPlainText);
    connect(m_controller, &SetupController::applyFinished, this, &ApplyPage::onFinished);
    connect(m_controller, &SetupController::activityChanged, this, &ApplyPage::updateStatus);
}

void ApplyPage::initializePage()
{
    ensureBuilt();
    m_stepsTreeWidget->clear();
    m_logPlainTextEdit->clear();
    const exchange::Plan &plan = m_controller->plan();
    for (const exchange::PlannedStep &step : plan.steps) {
        auto *item = new QTreeWidgetItem(m_stepsTreeWidget);
        item->setText(0, step.title);
        item->setText(1, RunReport::stateName(exchange::StepState::Waiting));
        item->setIcon(1, iconFor(exchange::StepState::Waiting));
        item->setText(2, step.intent);
    }
    m_progressBar->setRange(0, int(qMax<qsizetype>(1, plan.steps.size())));
    m_progressBar->setValue(0);
    m_controller->apply();
    updateStatus();
}

void ApplyPage::showStep(int index)
{
    const auto &outcomes = m_controller->stepOutcomes();
    if (index < 0 || index >= outcomes.size() || index >= m_stepsTreeWidget->topLevelItemCount())
        return;
    const exchange::StepOutcome &o = outcomes.at(index);
    QTreeWidgetItem *item = m_stepsTreeWidget->topLevelItem(index);
    item->setText(1, RunReport::stateName(o.state));
    item->setIcon(1, iconFor(o.state));
    if (!o.message.isEmpty())
        item->setText(2, o.message);
    item->setToolTip(2, o.detail.isEmpty() ? o.message : o.message + QLatin1Char('\n') + o.detail);
    int done = 0;
    for (const exchange::StepOutcome &s : outcomes)
        done += isDone(s.state) ? 1 : 0;
    m_progressBar->setValue(done);
    updateStatus();
}

void ApplyPage::updateStatus()
{
    switch (m_controller->activity()) {
    case SetupController::Activity::Applying:
        m_statusLabel->setText(
            tr("Applying… You can cancel; the wizard stops after the current step."));
        break;
    case SetupController::Activity::Cancelling:
        m_statusLabel->setText(tr("Stopping after the current step…"));
        break;
    default:
        break;
    }
    Q_EMIT completeChanged();
}

void ApplyPage::onFinished()
{
    for (int i = 0; i < m_controller->stepOutcomes().size(); ++i)
        showStep(i);
    const exchange::ApplyResult &r = m_controller->applyResult();
    if (r.cancelled)
        m_statusLabel->setText(tr("Cancelled. Steps that had not started were left unchanged."));
    else if (r.success)
        m_statusLabel->setText(tr("Done: every step is configured and verified."));
    else
        m_statusLabel->setText(tr("A step failed; the steps after it were not run. See the log."));
    m_progressBar->setValue(m_progressBar->maximum());
    Q_EMIT completeChanged();
}

QIcon ApplyPage::iconFor(exchange::StepState state)
{
    // Each icon decoded once, not at every step change.
    const QString name = iconName(state);
    auto it = m_icons.constFind(name);
    if (it == m_icons.constEnd())
        it = m_icons.insert(name, appIcon(name));
    return *it;
}

bool ApplyPage::isComplete() const
{
    return m_controller->hasApplied() && !m_controller->isBusy();
}

} // namespace wizard
