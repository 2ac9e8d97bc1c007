#include "Planner.h"

#include "AddressSyntax.h"
#include "ManagementRoles.h"
#include "ReadBack.h"
#include "SettingsValidator.h"
#include "StepTable.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace exchange {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("exchange::Planner", text);
}

PlannedStep makeStep(StepKind kind)
{
    PlannedStep s;
    s.kind = kind;
    s.title = stepTitle(kind);
    s.readBackType = StepTable::readBackType(kind);
    return s;
}

QString describeRule(const JournalRule &r)
{
    return QCoreApplication::translate("exchange", "journals %1 messages of %2 to %3 (%4)")
        .arg(r.scope.isEmpty() ? QCoreApplication::translate("exchange", "(no scope)") : r.scope,
             r.recipient.isEmpty() ? QCoreApplication::translate("exchange", "all recipients")
                                   : r.recipient,
             r.journalEmailAddress,
             r.enabled ? QCoreApplication::translate("exchange", "enabled")
                       : QCoreApplication::translate("exchange", "disabled"));
}

QString addressSpaceDomain(const QString &space)
{
    QString t = space.trimmed();
    if (t.startsWith(QLatin1String("smtp:"), Qt::CaseInsensitive))
        t = t.mid(5);
    else if (t.contains(QLatin1Char(':')))
        return {}; // X400:, custom types
    const int semi = t.indexOf(QLatin1Char(';'));
    if (semi >= 0)
        t = t.left(semi);
    return t.trimmed().toLower();
}

} // namespace

bool Planner::isEquivalentRule(const JournalRule &rule, const QString &journalAddress)
{
    return ReadBack::smtp(rule.journalEmailAddress) == ReadBack::smtp(journalAddress)
           && rule.scope.trimmed().compare(QLatin1String("Internal"), Qt::CaseInsensitive) == 0
           && ReadBack::smtp(rule.recipient).isEmpty();
}

bool Planner::archivesTwice(const JournalRule &rule, const QString &journalAddress)
{
    const QString scope = rule.scope.trimmed();
    const bool covers = scope.compare(QLatin1String("Internal"), Qt::CaseInsensitive) == 0
                        || scope.compare(QLatin1String("Global"), Qt::CaseInsensitive) == 0;
    return rule.enabled && covers
           && ReadBack::smtp(rule.journalEmailAddress) != ReadBack::smtp(journalAddress);
}

QString Planner::doubleArchivingWarning(const JournalRule &rule)
{
    return tr("The journal rule \"%1\" already journals %2 messages to %3: those messages "
              "would be archived twice. Disable that rule if SecureStore replaces it.")
        .arg(rule.name, rule.scope, rule.journalEmailAddress);
}

QStringList Planner::doubleArchivingWarnings(const JournalingSettings &settings,
                                             const Organisation &organisation)
{
    return ruleStep(settings, organisation).warnings;
}

const RemoteDomain *Planner::remoteDomainCovering(const QString &domain,
                                                  const QList<RemoteDomain> &remoteDomains)
{
    const QString d = domain.trimmed().toLower();
    if (d.isEmpty())
        return nullptr;
    for (const RemoteDomain &rd : remoteDomains) {
        const QString dn = rd.domainName.trimmed().toLower();
        if (dn == d || dn == QLatin1String("*.") + d)
            return &rd;
    }
    return nullptr;
}

const RemoteDomain *Planner::remoteDomainNamed(const QString &name,
                                               const QList<RemoteDomain> &remoteDomains)
{
    const QString n = name.trimmed();
    const RemoteDomain *found = nullptr;
    for (const RemoteDomain &rd : remoteDomains) {
        if (rd.name.trimmed().compare(n, Qt::CaseInsensitive) == 0)
            found = &rd;
    }
    return found;
}

QString Planner::remoteDomainNameTaken(const RemoteDomain &remoteDomain)
{
    return tr("The name \"%1\" is taken by the remote domain for %2.")
        .arg(remoteDomain.name, remoteDomain.domainName);
}

QStringList Planner::connectorsRouting(const QString &domain,
                                       const QList<SendConnector> &connectors)
{
    QStringList names;
    for (const SendConnector &c : connectors)
        if (routesDomain(c, domain))
            names << c.name;
    return names;
}

bool Planner::routesDomain(const SendConnector &connector, const QString &domain)
{
    const QString d = domain.trimmed().toLower();
    for (const QString &space : connector.addressSpaces) {
        const QString sd = addressSpaceDomain(space);
        if (sd == d || sd == QLatin1String("*.") + d)
            return true;
    }
    return false;
}

PlannedStep Planner::ndrStep(const JournalingSettings &s, const Organisation &org)
{
    PlannedStep step = makeStep(StepKind::NdrMailbox);
    const QString ndr = s.ndrMailbox.trimmed();
    const QString current = org.journalingReportNdrTo;
    step.identity = QStringLiteral("TransportConfig");
    step.readBack = {StepTable::readBack(step.kind, step.identity)};
    step.expected = {{QStringLiteral("JournalingReportNdrTo"), ndr, ValueKind::Smtp}};
    step.previous = {{QStringLiteral("JournalingReportNdrTo"),
                      current.isEmpty() ? QStringLiteral("<>") : current}};
    step.desired = {{QStringLiteral("JournalingReportNdrTo"), ndr}};

    if (!org.transportConfigKnown) {
        step.action = StepAction::Conflict;
        step.found = tr("The transport configuration could not be read.");
        step.conflict = tr(
            "The current address for undeliverable journal reports is unknown, so it cannot be "
            "safely replaced.");
        step.resolution
            = tr("Ask for the Organization Transport Settings or View-Only Configuration role, "
                 "then run this again.");
        return step;
    }
    step.found = current.isEmpty()
                     ? tr("No mailbox receives undeliverable journal reports: they are lost "
                          "after two days.")
                     : tr("Undeliverable journal reports go to %1.").arg(current);
    if (!current.isEmpty() && ReadBack::smtp(current) == ReadBack::smtp(ndr)) {
        step.action = StepAction::NoChange;
        step.intent = tr("Nothing to change.");
        return step;
    }
    if (!current.isEmpty() && !s.replaceExistingNdr) {
        step.action = StepAction::Conflict;
        step.conflict
            = tr("Undeliverable journal reports already go to %1, not to %2.").arg(current, ndr);
        step.resolution
            = tr("Confirm replacing %1 with %2 (wizard: tick the replace box; command line: "
                 "\"replaceExistingNdr\": true in the answers file), or enter %1 to keep it.")
                  .arg(current, ndr);
        return step;
    }
    step.action = StepAction::Update;
    step.operation = ChangeOperation::SetNdr;
    step.intent = tr("Send undeliverable journal reports to %1.").arg(ndr);
    if (!current.isEmpty())
        step.warnings << tr("This replaces %1 as the mailbox for undeliverable journal reports.")
                             .arg(current);
    step.changes = StepTable::applyCommands(step.kind, step.operation, step.identity, step.desired);
    return step;
}

PlannedStep Planner::ruleStep(const JournalingSettings &s, const Organisation &org)
{
    PlannedStep step = makeStep(StepKind::JournalRule);
    const QString name = s.ruleName.trimmed();
    const QString address = s.journalAddress.trimmed();

    const JournalRule *sameName = nullptr;
    const JournalRule *equivalent = nullptr;
    for (const JournalRule &r : org.journalRules) {
        if (r.name.trimmed().compare(name, Qt::CaseInsensitive) == 0)
            sameName = &r;
    }
    if (!sameName) {
        for (const JournalRule &r : org.journalRules) {
            if (isEquivalentRule(r, address)
                && (!equivalent || (r.enabled && !equivalent->enabled)))
                equivalent = &r;
        }
    }

    const JournalRule *target = sameName ? sameName : equivalent;
    step.identity = target ? target->name : name;
    step.readBack = {StepTable::readBack(step.kind, step.identity)};
    step.expected = {{QStringLiteral("JournalEmailAddress"), address, ValueKind::Smtp},
                     {QStringLiteral("Scope"), QStringLiteral("Internal"), ValueKind::Name},
                     {QStringLiteral("Recipient"), QString(), ValueKind::Smtp},
                     {QStringLiteral("Enabled"), QStringLiteral("True"), ValueKind::Bool}};
    step.desired = {{QStringLiteral("Name"), step.identity},
                    {QStringLiteral("JournalEmailAddress"), address},
                    {QStringLiteral("Scope"), QStringLiteral("Internal")},
                    {QStringLiteral("Enabled"), true}};

    // 6. double archiving
    for (const JournalRule &r : org.journalRules) {
        if (&r != target && archivesTwice(r, address))
            step.warnings << doubleArchivingWarning(r);
    }

    if (sameName && !isEquivalentRule(*sameName, address)) {
        step.action = StepAction::Conflict;
        step.found = tr("A journal rule named \"%1\" exists and %2.")
                         .arg(sameName->name, describeRule(*sameName));
        step.conflict = tr("The rule name \"%1\" is taken by a rule that does something else.")
                            .arg(sameName->name);
        step.resolution
            = tr("Choose another rule name, or change or remove that rule in the Exchange admin "
                 "center (Compliance management > Journal rules).");
        return step;
    }
    if (target) {
        step.found = tr("The journal rule \"%1\" %2.").arg(target->name, describeRule(*target));
        step.previous = {{QStringLiteral("Name"), target->name},
                         {QStringLiteral("Enabled"), target->enabled}};
        if (target->enabled) {
            step.action = StepAction::NoChange;
            step.intent = target == equivalent ? tr("Reuse the existing rule \"%1\" instead of "
                                                    "creating a duplicate; nothing to change.")
                                                     .arg(target->name)
                                               : tr("Nothing to change.");
            return step;
        }
        step.action = StepAction::Update;
        step.operation = ChangeOperation::Enable;
        step.intent = tr("Enable the existing rule \"%1\" (it is disabled).").arg(target->name);
        step.changes
            = StepTable::applyCommands(step.kind, step.operation, step.identity, step.desired);
        return step;
    }
    step.action = StepAction::Create;
    step.operation = ChangeOperation::Create;
    step.found = org.journalRules.isEmpty()
                     ? tr("No journal rule exists.")
                     : tr("No journal rule journals internal mail to %1.").arg(address);
    step.intent
        = tr("Create the rule \"%1\": journal all internal messages to %2, enabled. It applies to "
             "all future messages.")
              .arg(name, address);
    step.changes = StepTable::applyCommands(step.kind, step.operation, step.identity, step.desired);
    return step;
}

PlannedStep Planner::remoteDomainStep(const JournalingSettings &s, const Organisation &org)
{
    PlannedStep step = makeStep(StepKind::RemoteDomain);
    if (!s.remoteDomainEnabled) {
        step.action = StepAction::Skip;
        step.intent = tr("Not requested.");
        return step;
    }
    const QString domain = AddressSyntax::domainOf(s.journalAddress.trimmed());
    const QString name = s.remoteDomainName.trimmed();
    if (domain.isEmpty()) {
        step.action = StepAction::Skip;
        step.intent = tr("Needs a valid journaling address.");
        return step;
    }
    const RemoteDomain *match = remoteDomainCovering(domain, org.remoteDomains);
    const RemoteDomain *sameName = remoteDomainNamed(name, org.remoteDomains);
    const RemoteDomain *target = match;
    step.identity = target ? target->name : name;
    step.readBack = {StepTable::readBack(step.kind, step.identity)};
    step.expected
        = {{QStringLiteral("DomainName"), target ? target->domainName : domain, ValueKind::Name},
           {QStringLiteral("AllowedOOFType"), QStringLiteral("None"), ValueKind::Name},
           {QStringLiteral("TNEFEnabled"), QStringLiteral("False"), ValueKind::Bool}};
    step.desired = {{QStringLiteral("Name"), step.identity},
                    {QStringLiteral("DomainName"), target ? target->domainName : domain},
                    {QStringLiteral("AllowedOOFType"), QStringLiteral("None")},
                    {QStringLiteral("TNEFEnabled"), false}};

    if (match) {
        step.found = tr("The remote domain \"%1\" covers %2 (out-of-office: %3, rich text: %4).")
                         .arg(match->name, match->domainName, match->allowedOofType,
                              match->tnefEnabled.isEmpty() ? tr("follow user settings")
                                                           : match->tnefEnabled);
        step.previous = {{QStringLiteral("Name"), match->name},
                         {QStringLiteral("AllowedOOFType"), match->allowedOofType},
                         {QStringLiteral("TNEFEnabled"), match->tnefEnabled}};
        const bool ok
            = match->allowedOofType.trimmed().compare(QLatin1String("None"), Qt::CaseInsensitive)
                  == 0
              && ReadBack::boolText(match->tnefEnabled) == QLatin1String("False");
        if (ok) {
            step.action = StepAction::NoChange;
            step.intent = tr("Nothing to change.");
            return step;
        }
        step.action = StepAction::Update;
        step.operation = ChangeOperation::Update;
        step.intent = tr("Reuse the remote domain \"%1\": no out-of-office replies, no winmail.dat "
                         "(TNEF off).")
                          .arg(match->name);
        step.changes
            = StepTable::applyCommands(step.kind, step.operation, step.identity, step.desired);
        return step;
    }
    if (sameName) {
        step.action = StepAction::Conflict;
        step.found = tr("The remote domain \"%1\" exists for %2.")
                         .arg(sameName->name, sameName->domainName);
        step.conflict = remoteDomainNameTaken(*sameName);
        step.resolution
            = tr("Choose another remote domain name, or turn the remote domain step off.");
        return step;
    }
    step.action = StepAction::Create;
    step.operation = ChangeOperation::Create;
    step.found
        = tr("No remote domain covers %1: journal reports may be sent as winmail.dat.").arg(domain);
    step.intent
        = tr("Create the remote domain \"%1\" for %2: no out-of-office replies, no winmail.dat.")
              .arg(name, domain);
    step.changes = StepTable::applyCommands(step.kind, step.operation, step.identity, step.desired);
    return step;
}

PlannedStep Planner::connectorStep(const JournalingSettings &s, const Organisation &org)
{
    PlannedStep step = makeStep(StepKind::SendConnector);
    if (!s.connectorEnabled) {
        step.action = StepAction::Skip;
        step.intent
            = tr("Not requested (only needed when outbound mail relays through Mailprotector).");
        return step;
    }
    const QString domain = AddressSyntax::domainOf(s.journalAddress.trimmed());
    const QString name = s.connectorName.trimmed();
    const QString host = s.smartHost.trimmed();
    if (domain.isEmpty()) {
        step.action = StepAction::Skip;
        step.intent = tr("Needs a valid journaling address.");
        return step;
    }
    QStringList servers;
    for (const QString &server : s.sourceServers)
        if (!server.trimmed().isEmpty())
            servers << server.trimmed();
    if (servers.isEmpty())
        servers = org.transportServers;
    const QString addressSpace = QStringLiteral("SMTP:%1;1").arg(domain);

    step.identity = name;
    step.readBack = {StepTable::readBack(step.kind, step.identity)};
    step.expected
        = {{QStringLiteral("AddressSpaces"), addressSpace, ValueKind::HostList},
           {QStringLiteral("SmartHosts"), host, ValueKind::HostList},
           {QStringLiteral("DNSRoutingEnabled"), QStringLiteral("False"), ValueKind::Bool},
           {QStringLiteral("SourceTransportServers"), servers.join(QLatin1Char(',')),
            ValueKind::HostList}};
    if (s.requireTls)
        step.expected.append(
            {QStringLiteral("RequireTLS"), QStringLiteral("True"), ValueKind::Bool});
    step.desired = {{QStringLiteral("Name"), name},
                    {QStringLiteral("AddressSpaces"), QJsonArray{addressSpace}},
                    {QStringLiteral("SmartHosts"), QJsonArray{host}},
                    {QStringLiteral("SourceTransportServers"), QJsonArray::fromStringList(servers)},
                    {QStringLiteral("RequireTLS"), s.requireTls}};

    if (!org.smartHostLookedUp.isEmpty()
        && org.smartHostLookedUp.compare(host, Qt::CaseInsensitive) == 0 && !org.smartHostResolved)
        step.warnings
            << tr("The smart host %1 does not resolve from this computer (%2). The Exchange "
                  "transport servers must be able to resolve it: check the name given by "
                  "Mailprotector.")
                   .arg(host, org.smartHostLookupError);

    const SendConnector *routing = nullptr;
    const SendConnector *sameName = nullptr;
    for (const SendConnector &c : org.sendConnectors) {
        if (!routing && routesDomain(c, domain))
            routing = &c;
        if (c.name.trimmed().compare(name, Qt::CaseInsensitive) == 0)
            sameName = &c;
    }
    if (routing) {
        step.found
            = tr("The send connector \"%1\" routes %2 via %3.")
                  .arg(routing->name, domain,
                       routing->dnsRoutingEnabled ? tr("DNS")
                                                  : routing->smartHosts.join(QStringLiteral(", ")));
        // The same values the read-back after a create would demand (step.expected).
        const auto actual = [&](const QString &property) {
            if (property == QLatin1String("AddressSpaces"))
                return routing->addressSpaces.join(QLatin1Char(','));
            if (property == QLatin1String("SmartHosts"))
                return routing->smartHosts.join(QLatin1Char(','));
            if (property == QLatin1String("SourceTransportServers"))
                return routing->sourceTransportServers.join(QLatin1Char(','));
            if (property == QLatin1String("DNSRoutingEnabled"))
                return routing->dnsRoutingEnabled ? QStringLiteral("True")
                                                  : QStringLiteral("False");
            if (property == QLatin1String("RequireTLS"))
                return routing->requireTls ? QStringLiteral("True") : QStringLiteral("False");
            return QString();
        };
        bool same = routing->name.compare(name, Qt::CaseInsensitive) == 0 && routing->enabled;
        for (const ExpectedValue &e : std::as_const(step.expected))
            same = same
                   && ReadBack::normalised(e.kind, e.value)
                          == ReadBack::normalised(e.kind, actual(e.property));
        if (same) {
            step.action = StepAction::NoChange;
            step.intent = tr("Nothing to change.");
            return step;
        }
        step.action = StepAction::Conflict;
        step.conflict
            = tr("The send connector \"%1\" already routes %2.").arg(routing->name, domain);
        step.resolution
            = tr("Change or remove that connector in the Exchange admin center (Mail flow > Send "
                 "connectors), or turn the connector step off if it already does what you need.");
        return step;
    }
    if (sameName) {
        step.action = StepAction::Conflict;
        step.found = tr("The send connector \"%1\" exists for %2.")
                         .arg(sameName->name, sameName->addressSpaces.join(QStringLiteral(", ")));
        step.conflict = tr("The connector name \"%1\" is taken.").arg(sameName->name);
        step.resolution = tr("Choose another connector name.");
        return step;
    }
    step.action = StepAction::Create;
    step.operation = ChangeOperation::Create;
    step.found = tr("No send connector routes %1.").arg(domain);
    step.intent = tr("Create the send connector \"%1\": mail for %2 goes straight to %3 from %4%5.")
                      .arg(name, domain, host, servers.join(QStringLiteral(", ")),
                           s.requireTls ? tr(" over TLS") : QString());
    step.changes = StepTable::applyCommands(step.kind, step.operation, step.identity, step.desired);
    return step;
}

Plan Planner::plan(const JournalingSettings &s, const Organisation &org)
{
    Plan p;
    p.organisation = org.identity;
    p.issues = SettingsValidator::validate(s, &org);
    p.missingRoles = org.missingRoles;
    p.steps << ndrStep(s, org) << ruleStep(s, org) << remoteDomainStep(s, org)
            << connectorStep(s, org);
    for (const PlannedStep &step : p.steps)
        for (const QString &w : step.warnings)
            if (step.kind == StepKind::JournalRule)
                p.warnings << w;
    return p;
}

} // namespace exchange
