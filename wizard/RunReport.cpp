#include "RunReport.h"

#include <QDateTime>

namespace wizard {

QString RunReport::stateName(exchange::StepState state)
{
    switch (state) {
    case exchange::StepState::Waiting:
        return tr("Waiting");
    case exchange::StepState::Applying:
        return tr("Applying");
    case exchange::StepState::Verifying:
        return tr("Verifying");
    case exchange::StepState::Verified:
        return tr("Verified");
    case exchange::StepState::Failed:
        return tr("Failed");
    case exchange::StepState::Skipped:
        return tr("Skipped");
    case exchange::StepState::NoChange:
        return tr("Already configured");
    }
    return {};
}

QString RunReport::actionName(exchange::StepAction action)
{
    switch (action) {
    case exchange::StepAction::NoChange:
        return tr("No change");
    case exchange::StepAction::Create:
        return tr("Create");
    case exchange::StepAction::Update:
        return tr("Update");
    case exchange::StepAction::Conflict:
        return tr("Conflict");
    case exchange::StepAction::Skip:
        return tr("Skip");
    }
    return {};
}

QString RunReport::healthAreaName(exchange::HealthArea area)
{
    switch (area) {
    case exchange::HealthArea::Configuration:
        return tr("Configuration");
    case exchange::HealthArea::Queues:
        return tr("Queues");
    case exchange::HealthArea::Delivery:
        return tr("Delivery");
    }
    return {};
}

QString RunReport::healthStateMark(exchange::FindingState state)
{
    switch (state) {
    case exchange::FindingState::Ok:
        return QStringLiteral("\u2713"); // check mark
    case exchange::FindingState::Info:
        return QStringLiteral("\u2022");
    case exchange::FindingState::Warning:
        return QStringLiteral("!");
    case exchange::FindingState::Failed:
        return QStringLiteral("\u2717"); // ballot x
    }
    return {};
}

QString RunReport::undoCommand(const QString &serverUrl, const QString &journalPath)
{
    QString cmd = QStringLiteral("securestore-setup undo --server %1").arg(serverUrl);
    if (!journalPath.isEmpty())
        cmd += QStringLiteral(" --journal \"%1\"").arg(journalPath);
    return cmd;
}

QString RunReport::toHtml() const
{
    auto esc = [](const QString &s) { return s.toHtmlEscaped(); };
    QString h;
    h += QStringLiteral(
             "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>%1</title>"
             "<style>body{font-family:sans-serif;margin:2em}table{border-collapse:collapse}"
             "td,th{border:1px solid #999;padding:4px 8px;text-align:left}"
             "pre{background:#f4f4f4;padding:1em}</style></head><body>\n")
             .arg(esc(tr("SecureStore journaling setup report")));
    h += QStringLiteral("<h1>%1</h1>\n").arg(esc(tr("SecureStore journaling setup report")));
    h += QStringLiteral("<p>%1<br>%2<br>%3</p>\n")
             .arg(esc(tr("Server: %1").arg(serverLabel)),
                  esc(tr("Exchange: %1 %2")
                          .arg(organisation.productName, organisation.exchangeVersion)),
                  esc(tr("Date: %1").arg(QDateTime::currentDateTime().toString(Qt::ISODate))));
    QString outcome;
    if (checkOnly)
        outcome = tr("Health check of the existing configuration; nothing was changed.");
    else if (result.cancelled)
        outcome = tr("Cancelled: the steps that were not started were left unchanged.");
    else if (result.success)
        outcome = tr("Completed: every step is configured and verified.");
    else
        outcome = tr("Failed: see the steps below and the log.");
    h += QStringLiteral("<p><b>%1</b></p>\n").arg(esc(outcome));

    h += QStringLiteral("<h2>%1</h2>\n<p>%2<br>%3<br>%4</p>\n")
             .arg(esc(tr("Settings")),
                  esc(tr("Journaling address: %1").arg(settings.journalAddress)),
                  esc(tr("Undeliverable reports to: %1").arg(settings.ndrMailbox)),
                  esc(tr("Journal rule: %1").arg(settings.ruleName)));

    if (hasHealth) {
        h += QStringLiteral("<h2>%1</h2>\n<p><b>%2</b></p>\n")
                 .arg(esc(tr("Does journaling work?")), esc(health.headline()));
        h += QStringLiteral("<table><tr><th>%1</th><th>%2</th><th>%3</th><th>%4</th></tr>\n")
                 .arg(esc(tr("Area")), esc(tr("Finding")), esc(tr("Evidence")),
                      esc(tr("What to do")));
        for (const exchange::HealthFinding &f : health.findings) {
            QString advice = f.advice;
            for (const QString &c : f.commands)
                advice += QLatin1Char('\n') + tr("Command (not run): %1").arg(c);
            h += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td></tr>\n")
                     .arg(esc(healthAreaName(f.area)),
                          esc(healthStateMark(f.state) + QLatin1Char(' ') + f.message),
                          esc(f.evidence),
                          esc(advice).replace(QLatin1Char('\n'), QLatin1String("<br>")));
        }
        h += QStringLiteral("</table>\n");
        if (!health.reports.isEmpty()) {
            h += QStringLiteral("<p>%1</p>\n<ul>\n")
                     .arg(esc(tr("Journal reports since %1 (newest last):").arg(health.since)));
            const int from = qMax(0, int(health.reports.size()) - 10);
            for (int i = from; i < health.reports.size(); ++i)
                h += QStringLiteral("<li>%1</li>\n")
                         .arg(esc(exchange::HealthReport::describe(health.reports.at(i))));
            h += QStringLiteral("</ul>\n");
        }
    }

    if (!checkOnly)
        h += QStringLiteral(
                 "<h2>%1</h2>\n<table><tr><th>%2</th><th>%3</th><th>%4</th><th>%5</th></tr>\n")
                 .arg(esc(tr("Steps")), esc(tr("Step")), esc(tr("Plan")), esc(tr("Result")),
                      esc(tr("Details")));
    for (int i = 0; !checkOnly && i < plan.steps.size(); ++i) {
        const exchange::PlannedStep &step = plan.steps.at(i);
        QString state, message;
        for (const exchange::StepOutcome &o : result.steps) {
            if (o.kind == step.kind) {
                state = stateName(o.state);
                message = o.message;
            }
        }
        h += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td></tr>\n")
                 .arg(esc(step.title),
                      esc(actionName(step.action) + QStringLiteral(": ") + step.intent), esc(state),
                      esc(message));
    }
    if (!checkOnly)
        h += QStringLiteral("</table>\n");

    h += QStringLiteral("<h2>%1</h2>\n<p>%2<br>%3</p>\n")
             .arg(esc(tr("Files")), esc(tr("Log: %1").arg(result.logPath)),
                  esc(tr("Change journal: %1")
                          .arg(result.journalPath.isEmpty() ? tr("none (nothing changed)")
                                                            : result.journalPath)));
    if (!result.journalPath.isEmpty()) {
        h += QStringLiteral("<h2>%1</h2>\n<p>%2</p>\n<pre>%3</pre>\n")
                 .arg(esc(tr("How to undo")),
                      esc(tr(
                          "Run this command to restore the previous undeliverable-reports address "
                          "and remove what this run created:")),
                      esc(undoCommand(serverLabel, result.journalPath)));
    }
    if (!script.isEmpty())
        h += QStringLiteral("<h2>%1</h2>\n<pre>%2</pre>\n").arg(esc(tr("PowerShell")), esc(script));
    h += QStringLiteral("</body></html>\n");
    return h;
}

} // namespace wizard
