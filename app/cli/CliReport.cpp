#include "CliReport.h"

#include "ScriptRenderer.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace cli {

using namespace exchange;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cli::CliReport", text);
}

QString errorKindName(remoting::Error::Kind k)
{
    switch (k) {
    case remoting::Error::Kind::Usage:
        return QStringLiteral("usage");
    case remoting::Error::Kind::Network:
        return QStringLiteral("network");
    case remoting::Error::Kind::Tls:
        return QStringLiteral("tls");
    case remoting::Error::Kind::Auth:
        return QStringLiteral("auth");
    case remoting::Error::Kind::Http:
        return QStringLiteral("http");
    case remoting::Error::Kind::WsMan:
        return QStringLiteral("wsman");
    case remoting::Error::Kind::Protocol:
        return QStringLiteral("protocol");
    case remoting::Error::Kind::Remote:
        return QStringLiteral("remote");
    case remoting::Error::Kind::Cancelled:
        return QStringLiteral("cancelled");
    case remoting::Error::Kind::Timeout:
        return QStringLiteral("timeout");
    }
    return {};
}

} // namespace

QString CliReport::findingsText(const QList<HealthFinding> &findings)
{
    QStringList lines;
    for (const HealthFinding &f : findings) {
        QString mark;
        switch (f.state) {
        case FindingState::Ok:
            mark = QStringLiteral("[ok]  ");
            break;
        case FindingState::Info:
            mark = QStringLiteral("[..]  ");
            break;
        case FindingState::Warning:
            mark = QStringLiteral("[!]   ");
            break;
        case FindingState::Failed:
            mark = QStringLiteral("[FAIL]");
            break;
        }
        lines << QStringLiteral("  %1 %2").arg(mark, f.message);
        if (!f.evidence.isEmpty())
            lines << QStringLiteral("         ") + tr("evidence: %1").arg(f.evidence);
        if (!f.advice.isEmpty())
            lines << QStringLiteral("         ") + tr("what to do: %1").arg(f.advice);
        for (const QString &c : f.commands)
            lines << QStringLiteral("         ") + tr("command (not run by this check): %1").arg(c);
    }
    return lines.join(QLatin1Char('\n'));
}

QString CliReport::planText(const Plan &plan)
{
    QStringList lines;
    for (const ValidationIssue &i : plan.issues)
        lines << tr("invalid %1: %2").arg(i.field, i.message);
    if (!plan.missingRoles.isEmpty())
        lines << tr("missing management roles: %1 (ask an Organization Management member to assign "
                    "them; "
                    "nothing was changed)")
                     .arg(plan.missingRoles.join(QStringLiteral(", ")));
    for (const PlannedStep &s : plan.steps) {
        lines << QStringLiteral("[%1] %2: %3")
                     .arg(stepKindName(s.kind), stepActionName(s.action), s.title);
        if (!s.found.isEmpty())
            lines << tr("    found: %1").arg(s.found);
        if (!s.intent.isEmpty())
            lines << tr("    plan:  %1").arg(s.intent);
        if (s.action == StepAction::Conflict) {
            lines << tr("    conflict: %1").arg(s.conflict);
            lines << tr("    to resolve: %1").arg(s.resolution);
        }
        for (const QString &w : s.warnings)
            lines << tr("    warning: %1").arg(w);
        if (s.action == StepAction::Create || s.action == StepAction::Update)
            for (const remoting::Command &c : s.changes)
                lines << QStringLiteral("    > ") + ScriptRenderer::command(c);
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

QString CliReport::outcomeLine(const StepOutcome &o)
{
    QString line
        = QStringLiteral("[%1] %2: %3")
              .arg(stepKindName(o.kind),
                   o.refused ? QStringLiteral("Refused") : stepStateName(o.state), o.message);
    if (!o.detail.isEmpty() && o.state == StepState::Failed)
        line += QStringLiteral(" (%1)").arg(o.detail);
    return line;
}

QString CliReport::organisationText(const Organisation &org)
{
    QStringList lines;
    if (org.exchangeVersion.isEmpty())
        lines << tr("Exchange: version unknown (Get-ExchangeServer could not be read; see the "
                    "roles below)");
    else
        lines << tr("Exchange: %1 %2 on %3")
                     .arg(org.productName, org.exchangeVersion, org.serverName);
    lines << tr("Journal rules: %1; remote domains: %2; send connectors: %3; transport servers: %4")
                 .arg(org.journalRules.size())
                 .arg(org.remoteDomains.size())
                 .arg(org.sendConnectors.size())
                 .arg(org.transportServers.join(QStringLiteral(", ")));
    lines << (org.missingRoles.isEmpty() ? tr("Management roles: all needed roles are granted")
                                         : tr("Missing management roles: %1 (cmdlets: %2)")
                                               .arg(org.missingRoles.join(QStringLiteral(", ")),
                                                    org.missingCmdlets.join(QStringLiteral(", "))));
    for (const QString &e : org.discoveryErrors)
        lines << tr("Read error: %1").arg(e);
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

QJsonObject CliReport::planJson(const Plan &plan)
{
    QJsonObject o;
    QJsonArray steps;
    for (const PlannedStep &s : plan.steps) {
        QJsonObject j;
        j[QStringLiteral("step")] = stepKindName(s.kind);
        j[QStringLiteral("action")] = stepActionName(s.action);
        j[QStringLiteral("title")] = s.title;
        j[QStringLiteral("identity")] = s.identity;
        j[QStringLiteral("found")] = s.found;
        j[QStringLiteral("intent")] = s.intent;
        if (s.action == StepAction::Conflict) {
            j[QStringLiteral("conflict")] = s.conflict;
            j[QStringLiteral("resolution")] = s.resolution;
        }
        j[QStringLiteral("warnings")] = QJsonArray::fromStringList(s.warnings);
        QStringList commands;
        if (s.action == StepAction::Create || s.action == StepAction::Update)
            for (const remoting::Command &c : s.changes)
                commands << ScriptRenderer::command(c);
        j[QStringLiteral("commands")] = QJsonArray::fromStringList(commands);
        steps.append(j);
    }
    o[QStringLiteral("steps")] = steps;
    QJsonArray issues;
    for (const ValidationIssue &i : plan.issues)
        issues.append(QJsonObject{{QStringLiteral("field"), i.field},
                                  {QStringLiteral("message"), i.message}});
    o[QStringLiteral("issues")] = issues;
    o[QStringLiteral("warnings")] = QJsonArray::fromStringList(plan.warnings);
    o[QStringLiteral("missingRoles")] = QJsonArray::fromStringList(plan.missingRoles);
    o[QStringLiteral("hasChanges")] = plan.hasChanges();
    o[QStringLiteral("hasConflicts")] = plan.hasConflicts();
    return o;
}

QJsonObject CliReport::resultJson(const ApplyResult &r)
{
    QJsonObject o;
    o[QStringLiteral("success")] = r.success;
    o[QStringLiteral("cancelled")] = r.cancelled;
    o[QStringLiteral("refused")] = r.refused;
    o[QStringLiteral("journal")] = r.journalPath;
    o[QStringLiteral("log")] = r.logPath;
    QJsonArray steps;
    for (const StepOutcome &s : r.steps) {
        steps.append(QJsonObject{{QStringLiteral("step"), stepKindName(s.kind)},
                                 {QStringLiteral("state"),
                                  s.refused ? QStringLiteral("Refused") : stepStateName(s.state)},
                                 {QStringLiteral("identity"), s.identity},
                                 {QStringLiteral("message"), s.message},
                                 {QStringLiteral("detail"), s.detail},
                                 {QStringLiteral("elapsedMs"), double(s.elapsedMs)}});
    }
    o[QStringLiteral("steps")] = steps;
    return o;
}

QJsonObject CliReport::organisationJson(const Organisation &org)
{
    QJsonObject o;
    o[QStringLiteral("server")] = org.serverName;
    o[QStringLiteral("exchangeVersion")] = org.exchangeVersion;
    o[QStringLiteral("product")] = org.productName;
    o[QStringLiteral("journalingReportNdrTo")] = org.journalingReportNdrTo;
    o[QStringLiteral("journalRules")] = int(org.journalRules.size());
    o[QStringLiteral("remoteDomains")] = int(org.remoteDomains.size());
    o[QStringLiteral("sendConnectors")] = int(org.sendConnectors.size());
    o[QStringLiteral("transportServers")] = QJsonArray::fromStringList(org.transportServers);
    o[QStringLiteral("missingCmdlets")] = QJsonArray::fromStringList(org.missingCmdlets);
    o[QStringLiteral("missingRoles")] = QJsonArray::fromStringList(org.missingRoles);
    o[QStringLiteral("errors")] = QJsonArray::fromStringList(org.discoveryErrors);
    return o;
}

QJsonObject CliReport::errorJson(const remoting::Error &e, const QString &advice)
{
    QJsonObject o{{QStringLiteral("kind"), errorKindName(e.kind)},
                  {QStringLiteral("reason"), QLatin1String(remoting::Error::reasonName(e.reason))},
                  {QStringLiteral("message"), e.message},
                  {QStringLiteral("detail"), e.detail}};
    if (!advice.isEmpty())
        o.insert(QStringLiteral("advice"), advice);
    return o;
}

QString CliReport::adviceLine(const QString &advice)
{
    return tr("what to do: %1").arg(advice);
}

} // namespace cli
