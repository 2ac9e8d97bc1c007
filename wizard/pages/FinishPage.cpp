#include "FinishPage.h"

#include "CheckLabel.h"
#include "HealthCheckController.h"
#include "RunReport.h"
#include "ScriptRenderer.h"
#include "SetupController.h"

#include <QCoreApplication>
#include <QDesktopServices>
#include <QFileDialog>
#include <QFileInfo>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPageSize>
#include <QPdfWriter>
#include <QPushButton>
#include <QSaveFile>
#include <QTextDocument>
#include <QTreeWidget>
#include <QUrl>
#include <QVBoxLayout>

namespace wizard {

namespace {

QString markFor(HealthCheckController::LineState state)
{
    switch (state) {
    case HealthCheckController::LineState::Pending:
        return QStringLiteral("\u25CB"); // white circle
    case HealthCheckController::LineState::Running:
        return QStringLiteral("\u2026"); // ellipsis
    case HealthCheckController::LineState::Ok:
        return QStringLiteral("\u2713"); // check mark
    case HealthCheckController::LineState::Warning:
        return QStringLiteral("!");
    case HealthCheckController::LineState::Failed:
        return QStringLiteral("\u2717"); // ballot x
    }
    return {};
}

void setLine(CheckLabel *label, HealthCheckController::LineState state, const QString &text)
{
    const FieldCheck::Level level
        = state == HealthCheckController::LineState::Failed    ? FieldCheck::Level::Error
          : state == HealthCheckController::LineState::Warning ? FieldCheck::Level::Warning
                                                               : FieldCheck::Level::Ok;
    label->setStatus(level, markFor(state) + QLatin1Char(' ') + text);
    label->setAccessibleDescription(text);
}

} // namespace

FinishPage::FinishPage(SetupController *controller, HealthCheckController *health, QWidget *parent)
    : LazyWizardPage(parent)
    , m_controller(controller)
    , m_health(health)
{
    setObjectName(QStringLiteral("finishPage"));
    setTitle(tr("Finished"));
    setFinalPage(true);
}

void FinishPage::build()
{
    m_summaryLabel = new QLabel(this);
    m_summaryLabel->setObjectName(QStringLiteral("summaryLabel"));
    m_summaryLabel->setWordWrap(true);
    m_stepsTreeWidget = new QTreeWidget(this);
    m_stepsTreeWidget->setObjectName(QStringLiteral("resultTreeWidget"));
    m_stepsTreeWidget->setAccessibleName(tr("Results"));
    m_stepsTreeWidget->setRootIsDecorated(false);
    m_stepsTreeWidget->setHeaderLabels({tr("Step"), tr("Result"), tr("Details")});
    m_stepsTreeWidget->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_stepsTreeWidget->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_filesLabel = new QLabel(this);
    m_filesLabel->setObjectName(QStringLiteral("filesLabel"));
    m_filesLabel->setWordWrap(true);
    m_filesLabel->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_undoLabel = new QLabel(this);
    m_undoLabel->setObjectName(QStringLiteral("undoLabel"));
    m_undoLabel->setWordWrap(true);
    m_undoLabel->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_openLogButton = new QPushButton(tr("&Open log folder"), this);
    m_openLogButton->setObjectName(QStringLiteral("openLogFolderButton"));
    m_saveReportButton = new QPushButton(tr("Save &report…"), this);
    m_saveReportButton->setObjectName(QStringLiteral("saveReportButton"));

    m_healthGroupBox = new QGroupBox(tr("Does journaling work?"), this);
    m_healthGroupBox->setObjectName(QStringLiteral("healthGroupBox"));
    auto newLine = [this](const char *name) {
        auto *label = new CheckLabel(m_healthGroupBox);
        label->setObjectName(QLatin1String(name));
        label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        return label;
    };
    m_healthConfigurationLabel = newLine("healthConfigurationLabel");
    m_healthQueuesLabel = newLine("healthQueuesLabel");
    m_healthDeliveryLabel = newLine("healthDeliveryLabel");
    m_healthVerdictLabel = newLine("healthVerdictLabel");
    m_healthDetailsLabel = newLine("healthDetailsLabel");
    m_healthDetailsLabel->setTextFormat(Qt::RichText);
    m_stopCheckButton = new QPushButton(tr("&Stop waiting"), m_healthGroupBox);
    m_stopCheckButton->setObjectName(QStringLiteral("stopCheckButton"));
    m_stopCheckButton->setToolTip(
        tr("Stop waiting for a journal report; you can also finish without waiting."));
    auto *healthLayout = new QVBoxLayout(m_healthGroupBox);
    healthLayout->addWidget(m_healthConfigurationLabel);
    healthLayout->addWidget(m_healthQueuesLabel);
    healthLayout->addWidget(m_healthDeliveryLabel);
    healthLayout->addWidget(m_healthVerdictLabel);
    healthLayout->addWidget(m_healthDetailsLabel);
    auto *stopRow = new QHBoxLayout;
    stopRow->addWidget(m_stopCheckButton);
    stopRow->addStretch();
    healthLayout->addLayout(stopRow);
    connect(m_stopCheckButton, &QPushButton::clicked, m_health, &HealthCheckController::cancel);
    connect(m_health, &HealthCheckController::changed, this, &FinishPage::showHealth);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_saveReportButton);
    buttons->addWidget(m_openLogButton);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summaryLabel);
    layout->addWidget(m_stepsTreeWidget, 1);
    layout->addWidget(m_healthGroupBox);
    layout->addWidget(m_filesLabel);
    layout->addWidget(m_undoLabel);
    layout->addLayout(buttons);

    connect(m_openLogButton, &QPushButton::clicked, this, [this] {
        const QString log = m_controller->applyResult().logPath;
        if (!log.isEmpty())
            QDesktopServices::openUrl(QUrl::fromLocalFile(QFileInfo(log).absolutePath()));
    });
    connect(m_saveReportButton, &QPushButton::clicked, this, [this] {
        auto *dialog = new QFileDialog(this, tr("Save report"), QString(),
                                       tr("HTML files (*.html)") + QStringLiteral(";;")
                                           + tr("PDF files (*.pdf)"));
        dialog->setAcceptMode(QFileDialog::AcceptSave);
        dialog->setDefaultSuffix(QStringLiteral("html"));
        dialog->selectFile(QStringLiteral("securestore-journaling-report.html"));
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &QFileDialog::filterSelected, dialog, [dialog](const QString &filter) {
            dialog->setDefaultSuffix(filter.contains(QLatin1String("*.pdf"))
                                         ? QStringLiteral("pdf")
                                         : QStringLiteral("html"));
        });
        connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &path) {
            const QString error = saveReport(path);
            if (!error.isEmpty())
                QMessageBox::warning(this, tr("Save report"), error);
        });
        dialog->open();
    });
}

QString FinishPage::saveReport(const QString &path) const
{
    RunReport report;
    report.serverLabel = m_controller->serverLabel();
    report.organisation = m_controller->organisation();
    report.settings = m_controller->settings();
    report.plan = m_controller->plan();
    report.result = m_controller->applyResult();
    report.script = m_controller->script();
    report.checkOnly = m_health->isCheckOnly();
    report.hasHealth = m_health->hasStarted();
    report.health = m_health->report();
    const QString html = report.toHtml();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return tr("The report could not be saved to %1: %2").arg(path, file.errorString());
    if (path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive)) {
        // The same page, laid out by QTextDocument on A4.
        QPdfWriter pdf(&file);
        pdf.setPageSize(QPageSize(QPageSize::A4));
        pdf.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
        pdf.setTitle(tr("SecureStore journaling setup report"));
        pdf.setCreator(QCoreApplication::applicationName());
        QTextDocument document;
        document.setHtml(html);
        document.print(&pdf);
    } else if (file.write(html.toUtf8()) < 0) {
        file.cancelWriting();
    }
    if (!file.commit())
        return tr("The report could not be saved to %1: %2").arg(path, file.errorString());
    return {};
}

void FinishPage::cleanupPage()
{
    m_health->cancel();
}

void FinishPage::showHealth()
{
    setLine(m_healthConfigurationLabel, m_health->configurationState(),
            m_health->configurationText());
    setLine(m_healthQueuesLabel, m_health->queuesState(), m_health->queuesText());
    setLine(m_healthDeliveryLabel, m_health->deliveryState(), m_health->deliveryText());
    const QString verdict = m_health->verdictText();
    m_healthVerdictLabel->setVisible(!verdict.isEmpty());
    m_healthVerdictLabel->setText(
        verdict.isEmpty() ? QString() : QStringLiteral("<b>%1</b>").arg(verdict.toHtmlEscaped()));
    // Evidence and advice for every problem, in plain words; commands as text only.
    QStringList details;
    for (const exchange::HealthFinding &f : m_health->report().findings) {
        if (f.state != exchange::FindingState::Failed && f.state != exchange::FindingState::Warning)
            continue;
        QString item = QStringLiteral("<li>%1").arg(f.message.toHtmlEscaped());
        if (!f.evidence.isEmpty())
            item += QStringLiteral("<br><i>%1</i>")
                        .arg(tr("Evidence: %1").arg(f.evidence).toHtmlEscaped());
        if (!f.advice.isEmpty())
            item
                += QStringLiteral("<br>%1").arg(tr("What to do: %1").arg(f.advice).toHtmlEscaped());
        for (const QString &c : f.commands)
            item += QStringLiteral("<br><code>%1</code>").arg(c.toHtmlEscaped());
        details << item + QStringLiteral("</li>");
    }
    m_healthDetailsLabel->setVisible(!details.isEmpty());
    m_healthDetailsLabel->setText(
        details.isEmpty() ? QString() : QStringLiteral("<ul>%1</ul>").arg(details.join(QString())));
    m_stopCheckButton->setVisible(m_health->isRunning());
}

void FinishPage::initializePage()
{
    ensureBuilt();
    const bool checkOnly = field(QStringLiteral("checkOnly")).toBool();
    m_health->setCheckOnly(checkOnly);
    m_stepsTreeWidget->setVisible(!checkOnly);
    m_filesLabel->setVisible(!checkOnly);
    m_undoLabel->setVisible(!checkOnly);
    m_openLogButton->setVisible(!checkOnly);
    if (checkOnly) {
        m_healthGroupBox->setVisible(true);
        setTitle(tr("Journaling health check"));
        setSubTitle(tr("Read-only: nothing is changed."));
        m_summaryLabel->setText(
            tr("Checking the journaling configuration of %1 and whether journal reports leave "
               "the organisation for the archive. You can finish at any time.")
                .arg(m_controller->serverLabel()));
        m_health->start(m_controller->session(), m_controller->settings(),
                        exchange::ErrorAdvice::Context::of(m_controller->sessionOptions()));
        showHealth();
        return;
    }
    setTitle(tr("Finished"));
    const exchange::ApplyResult &r = m_controller->applyResult();
    int changed = 0, verified = 0, unchanged = 0;
    m_stepsTreeWidget->clear();
    const exchange::Plan &plan = m_controller->plan();
    for (int i = 0; i < m_controller->stepOutcomes().size(); ++i) {
        const exchange::StepOutcome &o = m_controller->stepOutcomes().at(i);
        auto *item = new QTreeWidgetItem(m_stepsTreeWidget);
        item->setText(0, i < plan.steps.size() ? plan.steps.at(i).title
                                               : exchange::stepKindName(o.kind));
        item->setText(1, RunReport::stateName(o.state));
        item->setText(2, o.message);
        item->setToolTip(2,
                         o.detail.isEmpty() ? o.message : o.message + QLatin1Char('\n') + o.detail);
        if (o.state == exchange::StepState::Verified) {
            ++changed;
            ++verified;
        } else if (o.state == exchange::StepState::NoChange) {
            ++unchanged;
        }
    }
    QString summary;
    if (r.cancelled)
        summary
            = tr("The run was cancelled. %n step(s) were changed and verified before it stopped.",
                 nullptr, changed);
    else if (r.success && changed == 0)
        summary = tr("Everything was already configured; nothing was changed.");
    else if (r.success)
        summary = tr("%n step(s) were changed and verified; the others were already configured.",
                     nullptr, verified);
    else
        summary = tr("The run failed. %n step(s) were changed and verified before the failure; "
                     "the failed step is described below.",
                     nullptr, verified);
    if (unchanged > 0)
        summary += QLatin1Char(' ') + tr("%n step(s) needed no change.", nullptr, unchanged);
    setSubTitle(r.success ? tr("Internal mail is now journaled to SecureStore.") : QString());
    m_summaryLabel->setText(summary);

    m_filesLabel->setText(
        tr("Log file: %1").arg(r.logPath.isEmpty() ? tr("(none)") : r.logPath) + QLatin1Char('\n')
        + tr("Change journal: %1")
              .arg(r.journalPath.isEmpty() ? tr("(nothing changed)") : r.journalPath));
    m_openLogButton->setEnabled(!r.logPath.isEmpty());
    if (r.journalPath.isEmpty())
        m_undoLabel->setText(tr("Nothing was changed, so there is nothing to undo."));
    else
        m_undoLabel->setText(
            tr("To undo this run (restore the previous undeliverable-reports address "
               "and remove what was created), run:\n%1")
                .arg(RunReport::undoCommand(m_controller->serverLabel(), r.journalPath)));
    // Prove it works: only after a run that left journaling configured.
    m_healthGroupBox->setVisible(r.success);
    if (r.success) {
        m_health->start(m_controller->session(), m_controller->settings(),
                        exchange::ErrorAdvice::Context::of(m_controller->sessionOptions()));
        showHealth();
    }
}

} // namespace wizard
