#include "HealthCheck.h"

#include "Discovery.h"
#include "HealthAssumptions.h"
#include "QueueScan.h"
#include "ReadBack.h"
#include "SmtpReply.h"
#include "TrackingTrace.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QLoggingCategory>
#include <QPointer>
#include <QTimer>

Q_LOGGING_CATEGORY(lcHealth, "securestore.health")

namespace exchange {

using remoting::Command;
using remoting::Error;
using remoting::ErrorRecord;
using remoting::InvocationResult;
using remoting::PipelineJob;
using remoting::PsValue;

namespace {

// For the free functions of this file: lupdate files their tr() calls under the enclosing
// namespace's context, "exchange", so they are looked up there. HealthCheck's own members
// (and Private's) use HealthCheck::tr, in "exchange::HealthCheck".
QString tr(const char *text)
{
    return QCoreApplication::translate("exchange", text);
}

QString prop(const PsValue &v, const char *name)
{
    return ReadBack::textOf(v.property(QLatin1String(name)));
}

// Every cmdlet the check may run; Get-Command reports which are granted.
QStringList checkCmdlets()
{
    return {QStringLiteral("Get-JournalRule"),      QStringLiteral("Get-TransportConfig"),
            QStringLiteral("Get-TransportService"), QStringLiteral("Get-SendConnector"),
            QStringLiteral("Get-RemoteDomain"),     QStringLiteral("Get-Queue"),
            QStringLiteral("Get-Message"),          QStringLiteral("Get-MessageTrackingLog"),
            QStringLiteral("Test-Mailflow")};
}

QStringList configurationReads()
{
    return {QStringLiteral("Get-JournalRule"), QStringLiteral("Get-TransportConfig"),
            QStringLiteral("Get-TransportService"), QStringLiteral("Get-SendConnector"),
            QStringLiteral("Get-RemoteDomain")};
}

Command getCommand()
{
    return Command(QStringLiteral("Get-Command")).add(QStringLiteral("Name"), checkCmdlets());
}

PsValue dateTime(const QDateTime &t)
{
    return PsValue(PsValue::Type::DateTime, t.toUTC().toString(Qt::ISODateWithMs));
}

struct TransportServer
{
    QString name;
    bool tracking = true;
    bool subjects = true;
};

QList<TransportServer> transportServers(const InvocationResult &configuration)
{
    QList<TransportServer> out;
    for (const PsValue &v : configuration.output) {
        if (!v.isObject()
            || !(v.obj()->isA(QStringLiteral("TransportServer"))
                 || v.obj()->isA(QStringLiteral("TransportService"))))
            continue;
        TransportServer s;
        s.name = prop(v, "Name");
        if (s.name.isEmpty())
            continue;
        s.tracking
            = ReadBack::boolText(prop(v, "MessageTrackingLogEnabled")) != QLatin1String("False");
        s.subjects = ReadBack::boolText(prop(v, "MessageTrackingLogSubjectLoggingEnabled"))
                     != QLatin1String("False");
        out << s;
    }
    return out;
}

// "SMTP:archive.example;1", "archive.example", "*", "*.example" cover domain?
bool covers(const QString &addressSpace, const QString &domain)
{
    QString s = addressSpace.trimmed().toLower();
    if (s.startsWith(QLatin1String("smtp:")))
        s = s.mid(5);
    s = s.section(QLatin1Char(';'), 0, 0).trimmed();
    if (s.isEmpty() || domain.isEmpty())
        return false;
    if (s == QLatin1String("*") || s == domain)
        return true;
    return s.startsWith(QLatin1String("*.")) && domain.endsWith(s.mid(1));
}

bool granted(const Organisation &org, const QString &cmdlet)
{
    // Get-Command unanswered: nothing known, try everything.
    return org.availableCmdlets.isEmpty()
           || org.availableCmdlets.contains(cmdlet, Qt::CaseInsensitive);
}

HealthFinding finding(HealthArea area, FindingState state, const QString &code,
                      const QString &message)
{
    HealthFinding f;
    f.area = area;
    f.state = state;
    f.code = code;
    f.message = message;
    return f;
}

const JournalRule *findRule(const Organisation &org, const QString &name)
{
    for (const JournalRule &r : org.journalRules)
        if (r.name.compare(name.trimmed(), Qt::CaseInsensitive) == 0
            || r.identity.compare(name.trimmed(), Qt::CaseInsensitive) == 0)
            return &r;
    return nullptr;
}

QString effectiveJournalAddress(const JournalingSettings &settings, const Organisation &org)
{
    if (!settings.journalAddress.trimmed().isEmpty())
        return settings.journalAddress.trimmed();
    if (const JournalRule *rule = findRule(org, settings.ruleName))
        return rule->journalEmailAddress;
    return {};
}

QString missingRoleAdvice(const QString &cmdlet)
{
    return tr("Ask an Exchange administrator to add your account to a role group with the "
              "\"%1\" management role (it grants %2), or run the check as a member of "
              "Organization Management.")
        .arg(HealthAssumptions::roleFor(cmdlet), cmdlet);
}

void checkConfiguration(const JournalingSettings &settings, const Organisation &org,
                        const QString &journal, HealthReport &r)
{
    const HealthArea area = HealthArea::Configuration;
    for (const QString &cmdlet :
         {QStringLiteral("Get-JournalRule"), QStringLiteral("Get-TransportConfig"),
          QStringLiteral("Get-Queue")}) {
        if (granted(org, cmdlet))
            continue;
        HealthFinding f = finding(area, FindingState::Failed, QStringLiteral("role-missing"),
                                  tr("The check cannot read %1: your account lacks the \"%2\" "
                                     "management role.")
                                      .arg(cmdlet, HealthAssumptions::roleFor(cmdlet)));
        f.advice = missingRoleAdvice(cmdlet);
        r.findings << f;
    }

    if (granted(org, QStringLiteral("Get-JournalRule"))) {
        const JournalRule *rule = findRule(org, settings.ruleName);
        if (!rule) {
            HealthFinding f = finding(area, FindingState::Failed, QStringLiteral("rule-missing"),
                                      tr("There is no journal rule named '%1': no journal "
                                         "reports are created.")
                                          .arg(settings.ruleName));
            QStringList names;
            for (const JournalRule &other : org.journalRules)
                names << other.name;
            f.evidence = names.isEmpty()
                             ? tr("No journal rules exist.")
                             : tr("Journal rules: %1").arg(names.join(QStringLiteral(", ")));
            f.advice = tr("Run the setup again to create the journal rule.");
            r.findings << f;
        } else {
            const QString evidence
                = tr("Rule '%1': Enabled %2, Scope %3, JournalEmailAddress %4")
                      .arg(rule->name,
                           rule->enabled ? QStringLiteral("True") : QStringLiteral("False"),
                           rule->scope, rule->journalEmailAddress);
            bool ok = true;
            if (!rule->enabled) {
                ok = false;
                HealthFinding f
                    = finding(area, FindingState::Failed, QStringLiteral("rule-disabled"),
                              tr("The journal rule '%1' is disabled: no journal "
                                 "reports are created.")
                                  .arg(rule->name));
                f.evidence = evidence;
                f.advice = tr("Enable the rule (or run the setup again, which enables it).");
                f.commands << QStringLiteral("Enable-JournalRule -Identity '%1'").arg(rule->name);
                r.findings << f;
            }
            if (ReadBack::smtp(rule->journalEmailAddress) != ReadBack::smtp(journal)) {
                ok = false;
                HealthFinding f
                    = finding(area, FindingState::Failed, QStringLiteral("rule-address"),
                              tr("The journal rule sends to %1, not to %2.")
                                  .arg(rule->journalEmailAddress, journal));
                f.evidence = evidence;
                f.advice = tr("Re-copy the journaling address from the Mailprotector Console "
                              "and run the setup again with it.");
                r.findings << f;
            }
            if (rule->scope.compare(QLatin1String("External"), Qt::CaseInsensitive) == 0) {
                ok = false;
                HealthFinding f = finding(area, FindingState::Failed, QStringLiteral("rule-scope"),
                                          tr("The journal rule only journals external mail "
                                             "(Scope External); internal mail is not archived."));
                f.evidence = evidence;
                f.advice = tr("Run the setup again: it sets the rule's scope to Internal.");
                r.findings << f;
            }
            if (!rule->recipient.isEmpty()) {
                HealthFinding f = finding(
                    area, FindingState::Warning, QStringLiteral("rule-recipient"),
                    tr("The journal rule only journals mail of %1.").arg(rule->recipient));
                f.evidence = evidence;
                r.findings << f;
            }
            if (ok)
                r.findings << [&] {
                    HealthFinding f = finding(area, FindingState::Ok, QStringLiteral("rule-ok"),
                                              tr("The journal rule '%1' is enabled (scope %2) and "
                                                 "sends to %3.")
                                                  .arg(rule->name, rule->scope, journal));
                    f.evidence = evidence;
                    return f;
                }();
        }
    }

    if (granted(org, QStringLiteral("Get-TransportConfig")) && org.transportConfigKnown) {
        const QString ndr = org.journalingReportNdrTo;
        if (ndr.isEmpty()) {
            HealthFinding f = finding(area, FindingState::Failed, QStringLiteral("ndr-missing"),
                                      tr("No mailbox receives undeliverable journal reports: "
                                         "reports the archive does not accept are retried for "
                                         "two days and then lost."));
            f.evidence = QStringLiteral("JournalingReportNdrTo: <>");
            f.advice = tr("Run the setup again to set the mailbox for undeliverable journal "
                          "reports.");
            r.findings << f;
        } else if (ReadBack::smtp(ndr) == ReadBack::smtp(journal)) {
            HealthFinding f = finding(area, FindingState::Warning, QStringLiteral("ndr-journal"),
                                      tr("Undeliverable journal reports go to the journaling "
                                         "address itself."));
            f.evidence = QStringLiteral("JournalingReportNdrTo: %1").arg(ndr);
            r.findings << f;
        } else if (!settings.ndrMailbox.trimmed().isEmpty()
                   && ReadBack::smtp(ndr) != ReadBack::smtp(settings.ndrMailbox)) {
            HealthFinding f = finding(area, FindingState::Warning, QStringLiteral("ndr-different"),
                                      tr("Undeliverable journal reports go to %1, not to %2.")
                                          .arg(ndr, settings.ndrMailbox.trimmed()));
            f.evidence = QStringLiteral("JournalingReportNdrTo: %1").arg(ndr);
            r.findings << f;
        } else {
            HealthFinding f = finding(area, FindingState::Ok, QStringLiteral("ndr-ok"),
                                      tr("Undeliverable journal reports go to %1.").arg(ndr));
            f.evidence = QStringLiteral("JournalingReportNdrTo: %1").arg(ndr);
            r.findings << f;
        }
    }

    const QString domain = journal.section(QLatin1Char('@'), 1).trimmed().toLower();
    if (settings.connectorEnabled && granted(org, QStringLiteral("Get-SendConnector"))) {
        const SendConnector *connector = nullptr;
        for (const SendConnector &c : org.sendConnectors)
            if (c.name.compare(settings.connectorName, Qt::CaseInsensitive) == 0)
                connector = &c;
        if (!connector) {
            HealthFinding f
                = finding(area, FindingState::Failed, QStringLiteral("connector-missing"),
                          tr("The send connector '%1' to the SecureStore smart host "
                             "does not exist.")
                              .arg(settings.connectorName));
            f.advice = tr("Run the setup again to create it, or clear the smart host if mail "
                          "does not relay through Mailprotector.");
            r.findings << f;
        } else {
            bool covered = false;
            for (const QString &space : connector->addressSpaces)
                covered = covered || covers(space, domain);
            const QString evidence
                = tr("Connector '%1': Enabled %2, AddressSpaces %3, SmartHosts %4")
                      .arg(connector->name,
                           connector->enabled ? QStringLiteral("True") : QStringLiteral("False"),
                           connector->addressSpaces.join(QStringLiteral(", ")),
                           connector->smartHosts.join(QStringLiteral(", ")));
            if (!connector->enabled) {
                HealthFinding f
                    = finding(area, FindingState::Failed, QStringLiteral("connector-disabled"),
                              tr("The send connector '%1' is disabled.").arg(connector->name));
                f.evidence = evidence;
                f.commands << QStringLiteral("Set-SendConnector -Identity '%1' -Enabled $true")
                                  .arg(connector->name);
                r.findings << f;
            } else if (!covered) {
                HealthFinding f = finding(
                    area, FindingState::Failed, QStringLiteral("connector-address-space"),
                    tr("The send connector '%1' does not route %2.").arg(connector->name, domain));
                f.evidence = evidence;
                f.advice = tr("Run the setup again: it sets the connector's address space to "
                              "the archive domain.");
                r.findings << f;
            } else {
                HealthFinding f
                    = finding(area, FindingState::Ok, QStringLiteral("connector-ok"),
                              tr("The send connector '%1' routes %2 to %3.")
                                  .arg(connector->name, domain,
                                       connector->smartHosts.join(QStringLiteral(", "))));
                f.evidence = evidence;
                r.findings << f;
            }
        }
    }

    if (settings.remoteDomainEnabled && granted(org, QStringLiteral("Get-RemoteDomain"))) {
        const RemoteDomain *remote = nullptr;
        for (const RemoteDomain &d : org.remoteDomains)
            if (d.domainName.compare(domain, Qt::CaseInsensitive) == 0)
                remote = &d;
        if (!remote) {
            HealthFinding f
                = finding(area, FindingState::Warning, QStringLiteral("remote-domain-missing"),
                          tr("No remote domain for %1: journal reports may carry "
                             "winmail.dat attachments.")
                              .arg(domain));
            f.advice = tr("Run the setup again to add the remote domain.");
            r.findings << f;
        } else if (remote->tnefEnabled != QLatin1String("False")) {
            HealthFinding f = finding(
                area, FindingState::Warning, QStringLiteral("remote-domain-tnef"),
                tr("The remote domain '%1' does not turn winmail.dat off.").arg(remote->name));
            f.evidence = QStringLiteral("TNEFEnabled: %1")
                             .arg(remote->tnefEnabled.isEmpty() ? QStringLiteral("<>")
                                                                : remote->tnefEnabled);
            r.findings << f;
        } else {
            r.findings << finding(area, FindingState::Ok, QStringLiteral("remote-domain-ok"),
                                  tr("The remote domain '%1' keeps winmail.dat out of journal "
                                     "reports.")
                                      .arg(remote->name));
        }
    }
}

void decide(HealthReport &r, bool trackingGranted, bool trackingOn)
{
    bool failing = false;
    for (const HealthFinding &f : r.findings)
        failing = failing || f.state == FindingState::Failed;
    // The newest journal report with a final outcome decides between sent and rejected.
    const JournalReportTrace *last = nullptr;
    bool inFlight = false;
    for (const JournalReportTrace &t : r.reports) {
        if (t.outcome == JournalReportTrace::Outcome::Sent
            || t.outcome == JournalReportTrace::Outcome::Failed)
            last = &t;
        else
            inFlight = true;
    }
    if (failing) {
        r.verdict = HealthVerdict::Failing;
        r.reason = NotProvenReason::None;
    } else if (last && last->outcome == JournalReportTrace::Outcome::Sent) {
        r.verdict = HealthVerdict::Proven;
        r.reason = NotProvenReason::None;
    } else {
        r.verdict = HealthVerdict::NotYetProven;
        if (!trackingGranted)
            r.reason = NotProvenReason::TrackingNotGranted;
        else if (!trackingOn)
            r.reason = NotProvenReason::TrackingOff;
        else if (inFlight)
            r.reason = NotProvenReason::InFlight;
        else
            r.reason = NotProvenReason::NoMailYet;
    }
}

} // namespace

QList<Command> HealthCheck::configurationStatements()
{
    QList<Command> out;
    for (const QString &c : configurationReads())
        out << Command(c);
    out << getCommand();
    return out;
}

HealthCheck::ScanPlan HealthCheck::scanPlan(const JournalingSettings &settings,
                                            const InvocationResult &configuration,
                                            const QDateTime &since)
{
    const Organisation org = Discovery::parse({configuration}, settings, {}, false);
    ScanPlan plan;
    for (const TransportServer &s : transportServers(configuration)) {
        plan.servers << s.name;
        if (s.tracking)
            plan.trackingServers << s.name;
    }
    plan.messagesGranted = granted(org, QStringLiteral("Get-Message"));
    plan.trackingGranted = granted(org, QStringLiteral("Get-MessageTrackingLog"));
    plan.journalAddress = effectiveJournalAddress(settings, org);
    plan.ndrAddress = org.journalingReportNdrTo;
    plan.since = since;
    if (!granted(org, QStringLiteral("Get-Queue")))
        plan.servers.clear();
    return plan;
}

QList<Command> HealthCheck::scanStatements(const ScanPlan &plan)
{
    QList<Command> out;
    // All servers in one pipeline: each statement names its server (-Server, HEALTH.md 1.1).
    for (const QString &server : plan.servers) {
        out << Command(QStringLiteral("Get-Queue"))
                   .add(QStringLiteral("Server"), server)
                   .add(QStringLiteral("ResultSize"), 5000);
        if (plan.messagesGranted)
            out << Command(QStringLiteral("Get-Message"))
                       .add(QStringLiteral("Server"), server)
                       .add(QStringLiteral("Filter"),
                            QStringLiteral("InternetMessageId -like '*%1'")
                                .arg(HealthAssumptions::journalReportIdSuffix()))
                       .addSwitch(QStringLiteral("IncludeRecipientInfo"))
                       .add(QStringLiteral("ResultSize"), 500);
    }
    if (plan.trackingGranted && !plan.journalAddress.isEmpty()) {
        for (const QString &server : plan.trackingServers) {
            out << Command(QStringLiteral("Get-MessageTrackingLog"))
                       .add(QStringLiteral("Server"), server)
                       .add(QStringLiteral("Start"), dateTime(plan.since))
                       .add(QStringLiteral("Recipients"), QStringList{plan.journalAddress})
                       .add(QStringLiteral("ResultSize"), 5000);
            if (!plan.ndrAddress.isEmpty())
                out << Command(QStringLiteral("Get-MessageTrackingLog"))
                           .add(QStringLiteral("Server"), server)
                           .add(QStringLiteral("Start"), dateTime(plan.since))
                           .add(QStringLiteral("Recipients"), QStringList{plan.ndrAddress})
                           .add(QStringLiteral("ResultSize"), 1000);
        }
    }
    return out;
}

HealthReport HealthCheck::evaluate(const JournalingSettings &settings,
                                   const InvocationResult &configuration,
                                   const InvocationResult *scan, const QDateTime &since,
                                   const QDateTime &nowUtc)
{
    HealthReport r;
    const Organisation org = Discovery::parse({configuration}, settings, {}, false);
    const QString journal = effectiveJournalAddress(settings, org);
    const ScanPlan plan = scanPlan(settings, configuration, since);
    const QList<TransportServer> servers = transportServers(configuration);
    r.journalAddress = journal;
    r.since = since.toUTC().toString(Qt::ISODate);
    r.servers = plan.servers;
    r.configurationChecked = true;
    checkConfiguration(settings, org, journal, r);
    for (const QString &e : org.discoveryErrors)
        r.findings << [&] {
            HealthFinding f = finding(HealthArea::Configuration, FindingState::Warning,
                                      QStringLiteral("read-error"),
                                      tr("Part of the configuration could not be read."));
            f.evidence = e;
            return f;
        }();

    bool trackingOn = !servers.isEmpty() ? !plan.trackingServers.isEmpty() : true;
    if (!plan.trackingGranted) {
        HealthFinding f = finding(
            HealthArea::Delivery, FindingState::Warning, QStringLiteral("tracking-not-granted"),
            tr("Delivery cannot be proven: reading message tracking needs "
               "the \"%1\" management role.")
                .arg(HealthAssumptions::roleFor(QStringLiteral("Get-MessageTrackingLog"))));
        f.advice = missingRoleAdvice(QStringLiteral("Get-MessageTrackingLog"));
        r.findings << f;
    }
    for (const TransportServer &s : servers) {
        if (!s.tracking) {
            HealthFinding f = finding(HealthArea::Delivery, FindingState::Warning,
                                      QStringLiteral("tracking-off"),
                                      tr("Message tracking is turned off on %1.").arg(s.name));
            f.commands << QStringLiteral(
                              "Set-TransportService -Identity '%1' -MessageTrackingLogEnabled "
                              "$true")
                              .arg(s.name);
            r.findings << f;
        } else if (!s.subjects) {
            r.findings << finding(HealthArea::Delivery, FindingState::Info,
                                  QStringLiteral("subject-logging-off"),
                                  tr("Subject logging is turned off on %1: journal reports are "
                                     "shown without their subjects.")
                                      .arg(s.name));
        }
    }

    if (!scan) {
        decide(r, plan.trackingGranted, trackingOn);
        return r;
    }
    r.queuesChecked = true;
    QueueScan::Targets targets;
    targets.journalAddress = journal;
    const QString domain = journal.section(QLatin1Char('@'), 1).trimmed().toLower();
    targets.nextHops << domain;
    if (!settings.smartHost.trimmed().isEmpty())
        targets.nextHops << settings.smartHost.trimmed();
    for (const SendConnector &c : org.sendConnectors) {
        bool routes = c.name.compare(settings.connectorName, Qt::CaseInsensitive) == 0;
        for (const QString &space : c.addressSpaces)
            routes = routes || covers(space, domain);
        if (!routes || !c.enabled)
            continue;
        targets.nextHops << c.name << c.smartHosts;
    }
    if (!plan.servers.isEmpty()) {
        r.findings << QueueScan::classify(QueueScan::queues(scan->output),
                                          QueueScan::messages(scan->output), targets, plan.servers,
                                          nowUtc);
    }
    // Errors of individual reads (an unreachable server, ...): shown, not a verdict.
    for (const ErrorRecord &e : scan->errors) {
        HealthFinding f
            = finding(HealthArea::Queues, FindingState::Warning, QStringLiteral("read-error"),
                      tr("A read failed: %1").arg(e.message));
        f.evidence = QStringLiteral("%1 %2 [%3]")
                         .arg(e.activity, e.targetName, e.fullyQualifiedErrorId)
                         .trimmed();
        r.findings << f;
    }
    for (const QString &w : scan->warnings)
        if (w.contains(QLatin1String("ResultSize"), Qt::CaseInsensitive)) {
            HealthFinding f
                = finding(HealthArea::Delivery, FindingState::Info, QStringLiteral("tracking-cut"),
                          tr("Message tracking returned more entries than the check "
                             "reads; pass a later start time to see the newest."));
            f.evidence = w;
            r.findings << f;
            break;
        }

    if (plan.trackingGranted && trackingOn) {
        QStringList exchangeServers = plan.servers;
        for (const TransportServer &s : servers)
            if (!exchangeServers.contains(s.name, Qt::CaseInsensitive))
                exchangeServers << s.name;
        r.reports = TrackingTrace::follow(TrackingTrace::events(scan->output), journal,
                                          org.journalingReportNdrTo, exchangeServers);
        const JournalReportTrace *last = nullptr;
        int created = 0;
        for (const JournalReportTrace &t : r.reports) {
            if (t.outcome == JournalReportTrace::Outcome::Sent
                || t.outcome == JournalReportTrace::Outcome::Failed)
                last = &t;
            else
                ++created;
        }
        if (last && last->outcome == JournalReportTrace::Outcome::Sent) {
            HealthFinding f = finding(HealthArea::Delivery, FindingState::Ok,
                                      QStringLiteral("report-sent"), HealthReport::describe(*last));
            f.evidence = tr("%1 %2, connector %3, %4")
                             .arg(last->eventId, last->messageId,
                                  last->connector.isEmpty() ? QStringLiteral("-") : last->connector,
                                  last->ip.isEmpty() ? last->host : last->ip);
            r.findings << f;
        } else if (last) {
            HealthFinding f
                = finding(HealthArea::Delivery, FindingState::Failed,
                          QStringLiteral("report-rejected"), HealthReport::describe(*last));
            f.evidence = tr("%1 %2: %3").arg(last->eventId, last->messageId, last->status);
            f.advice = QueueScan::adviceFor(last->status, journal);
            if (last->ndrDelivered)
                f.evidence += QLatin1String("; ")
                              + tr("the NDR was delivered to %1 at %2")
                                    .arg(org.journalingReportNdrTo, last->ndrAt);
            else if (org.journalingReportNdrTo.isEmpty())
                f.evidence += QLatin1String("; ")
                              + tr("no mailbox receives undeliverable journal reports: the "
                                   "report is lost");
            r.findings << f;
        } else if (created > 0) {
            r.findings << finding(HealthArea::Delivery, FindingState::Info,
                                  QStringLiteral("report-created"),
                                  HealthReport::describe(r.reports.constLast()));
        } else {
            r.findings << finding(HealthArea::Delivery, FindingState::Info,
                                  QStringLiteral("no-reports"),
                                  tr("No journal report to %1 since %2.").arg(journal, r.since));
        }
    }
    decide(r, plan.trackingGranted, trackingOn);
    // Where no journal report has been seen yet, an active probe can create one (HEALTH.md 3.1:
    // Test-Mailflow in the endpoint server's own session; that it is journaled is M/L). The check
    // never sends mail itself: it offers the command.
    if (r.verdict == HealthVerdict::NotYetProven
        && (r.reason == NotProvenReason::NoMailYet || r.reason == NotProvenReason::InFlight)
        && !org.availableCmdlets.isEmpty()
        && org.availableCmdlets.contains(QStringLiteral("Test-Mailflow"), Qt::CaseInsensitive)) {
        HealthFinding f
            = finding(HealthArea::Delivery, FindingState::Info, QStringLiteral("probe-available"),
                      tr("To create a journal report now, send an internal message "
                         "or run Test-Mailflow on the server you connected to, then "
                         "check again."));
        f.commands << QStringLiteral("Test-Mailflow");
        r.findings << f;
    }
    return r;
}

// --- the asynchronous driver ---

class HealthCheck::Private
{
public:
    HealthCheck *q = nullptr;
    remoting::CommandRunner *runner = nullptr;
    QPointer<PipelineJob> job;
    QTimer pollTimer;
    QDeadlineTimer deadline;
    JournalingSettings settings;
    HealthCheckOptions options;
    QDateTime since;
    InvocationResult configuration;
    HealthReport report;
    bool busy = false;
    int pipelines = 0;
    bool fallback = false; // the configuration pipeline is being re-run with granted reads

    void run(const QList<Command> &statements, void (Private::*next)(const InvocationResult &))
    {
        ++pipelines;
        job = runner->invoke(statements);
        PipelineJob *j = job;
        connect(j, &PipelineJob::finished, q, [this, j, next](const InvocationResult &result) {
            j->deleteLater();
            if (job == j)
                job = nullptr;
            if (!busy)
                return;
            if (result.transportError) {
                busy = false;
                Q_EMIT q->failed(*result.transportError);
                return;
            }
            (this->*next)(result);
        });
    }

    void onConfiguration(const InvocationResult &result)
    {
        if (Discovery::isCommandNotFound(result) && !fallback) {
            // A read is not granted: learn which are, then read only those.
            fallback = true;
            Q_EMIT q->logLine(tr("Some configuration reads are not granted; asking which are."));
            run({getCommand()}, &Private::onGranted);
            return;
        }
        if (!result.succeeded() && result.output.isEmpty()) {
            busy = false;
            Q_EMIT q->failed(Error::make(
                Error::Kind::Remote,
                tr("The configuration could not be read: %1")
                    .arg(result.failure ? result.failure->message : tr("the pipeline failed")),
                result.failure ? result.failure->fullyQualifiedErrorId : QString()));
            return;
        }
        configuration = result;
        if (!since.isValid())
            since = defaultSince();
        report = evaluate(settings, configuration, nullptr, since, QDateTime::currentDateTimeUtc());
        report.pipelines = pipelines;
        Q_EMIT q->progress(report);
        scan();
    }

    void onGranted(const InvocationResult &result)
    {
        const Organisation org = Discovery::parse({result}, settings, {}, false);
        QList<Command> statements;
        for (const QString &c : configurationReads())
            if (org.availableCmdlets.contains(c, Qt::CaseInsensitive))
                statements << Command(c);
        statements << getCommand();
        run(statements, &Private::onConfiguration);
    }

    QDateTime defaultSince() const
    {
        // The rule's last change (its creation, for a rule the setup made) when Exchange shows
        // it (WhenChanged: M), bounded by the default look-back.
        const QDateTime floor = QDateTime::currentDateTimeUtc().addSecs(
            -3600LL * HealthAssumptions::defaultLookBackHours());
        for (const PsValue &v : configuration.output) {
            if (!v.isObject() || !v.obj()->isA(QStringLiteral("JournalRuleObject")))
                continue;
            if (prop(v, "Name").compare(settings.ruleName, Qt::CaseInsensitive) != 0)
                continue;
            for (const char *key : {"WhenChangedUTC", "WhenChanged", "WhenCreated"}) {
                QDateTime t = QDateTime::fromString(prop(v, key), Qt::ISODateWithMs);
                if (!t.isValid())
                    t = QDateTime::fromString(prop(v, key), Qt::ISODate);
                if (t.isValid())
                    return qMax(t.toUTC(), floor); // tracking is read oldest first: stay recent
            }
        }
        return floor;
    }

    void scan()
    {
        const ScanPlan plan = scanPlan(settings, configuration, since);
        const QList<Command> statements = scanStatements(plan);
        if (statements.isEmpty()) {
            InvocationResult nothing;
            nothing.state = remoting::PipelineState::Completed;
            onScan(nothing);
            return;
        }
        run(statements, &Private::onScan);
    }

    void onScan(const InvocationResult &result)
    {
        if (!result.succeeded() && result.failure) {
            // A terminating error stops the whole scan: show it, do not guess a verdict.
            InvocationResult partial = result;
            partial.errors << *result.failure;
            report = evaluate(settings, configuration, &partial, since,
                              QDateTime::currentDateTimeUtc());
        } else {
            report = evaluate(settings, configuration, &result, since,
                              QDateTime::currentDateTimeUtc());
        }
        report.pipelines = pipelines;
        const bool keepWaiting = report.verdict == HealthVerdict::NotYetProven
                                 && (report.reason == NotProvenReason::NoMailYet
                                     || report.reason == NotProvenReason::InFlight)
                                 && options.waitMs > 0 && !deadline.hasExpired();
        if (!keepWaiting) {
            if (report.verdict == HealthVerdict::NotYetProven && options.waitMs > 0
                && (report.reason == NotProvenReason::NoMailYet
                    || report.reason == NotProvenReason::InFlight))
                report.reason = NotProvenReason::TimedOut;
            finish();
            return;
        }
        report.waiting = true;
        Q_EMIT q->progress(report);
        const qint64 remaining = deadline.remainingTime();
        pollTimer.start(int(qMax<qint64>(
            0, qMin<qint64>(remaining, options.pollIntervalMs > 0
                                           ? options.pollIntervalMs
                                           : HealthAssumptions::pollIntervalMs(options.waitMs)))));
    }

    void finish()
    {
        busy = false;
        report.waiting = false;
        report.finished = true;
        report.pipelines = pipelines;
        Q_EMIT q->logLine(tr("Health check: %1").arg(report.headline()));
        Q_EMIT q->finished(report);
    }
};

HealthCheck::HealthCheck(QObject *parent)
    : QObject(parent)
    , d(new Private)
{
    d->q = this;
    d->pollTimer.setSingleShot(true);
    connect(&d->pollTimer, &QTimer::timeout, this, [this] {
        if (d->busy)
            d->scan();
    });
}

HealthCheck::~HealthCheck()
{
    if (d->job)
        d->job->cancel();
    delete d;
}

void HealthCheck::setRunner(remoting::CommandRunner *runner)
{
    d->runner = runner;
}

void HealthCheck::start(const JournalingSettings &settings, const HealthCheckOptions &options)
{
    if (d->busy || !d->runner) {
        Q_EMIT failed(Error::make(Error::Kind::Usage, d->busy
                                                          ? tr("A health check is already running.")
                                                          : tr("Not connected to Exchange.")));
        return;
    }
    d->settings = settings;
    d->options = options;
    d->since = options.since.isValid() ? options.since.toUTC() : QDateTime();
    d->deadline = QDeadlineTimer(qMax<qint64>(0, options.waitMs));
    d->report = HealthReport();
    d->configuration = InvocationResult();
    d->pipelines = 0;
    d->fallback = false;
    d->busy = true;
    Q_EMIT logLine(tr("Health check: reading the configuration…"));
    d->run(configurationStatements(), &Private::onConfiguration);
}

void HealthCheck::cancel()
{
    if (!d->busy)
        return;
    d->pollTimer.stop();
    if (d->job) {
        PipelineJob *j = d->job;
        d->job = nullptr;
        j->cancel();
    }
    if (d->report.verdict == HealthVerdict::NotYetProven)
        d->report.reason = NotProvenReason::Cancelled;
    d->finish();
}

bool HealthCheck::isBusy() const
{
    return d->busy;
}

const HealthReport &HealthCheck::report() const
{
    return d->report;
}

} // namespace exchange
