// The mail-flow cmdlets: Get-Queue, Get-Message, Get-MessageTrackingLog, Test-Mailflow
// (../MAILFLOW.md). All but Test-Mailflow only read a MailFlowSimulation of the organisation
// at the simulated time.
#include "CmdletCall.h"
#include "CmdletErrors.h"
#include "Cmdlets.h"
#include "MailFlowObjects.h"
#include "MailFlowSimulation.h"
#include "OpathFilter.h"

#include <QLocale>
#include <QRegularExpression>

#include <limits>
#include <optional>

namespace fake::cmdlets {

namespace {

const QStringList kDeliveryTypes = {QStringLiteral("Undefined"),
                                    QStringLiteral("DnsConnectorDelivery"),
                                    QStringLiteral("MapiDelivery"),
                                    QStringLiteral("NonSmtpGatewayDelivery"),
                                    QStringLiteral("SmartHostConnectorDelivery"),
                                    QStringLiteral("SmtpRelayToRemoteAdSite"),
                                    QStringLiteral("SmtpRelayToTiRg"),
                                    QStringLiteral("SmtpRelayWithinAdSite"),
                                    QStringLiteral("SmtpRelayWithinAdSiteToEdge"),
                                    QStringLiteral("Unreachable"),
                                    QStringLiteral("ShadowRedundancy"),
                                    QStringLiteral("Heartbeat"),
                                    QStringLiteral("DeliveryAgent"),
                                    QStringLiteral("SmtpDeliveryToMailbox"),
                                    QStringLiteral("SmtpRelayToDag"),
                                    QStringLiteral("SmtpRelayToMailboxDeliveryGroup"),
                                    QStringLiteral("SmtpRelayToConnectorSourceServers"),
                                    QStringLiteral("SmtpRelayToServers"),
                                    QStringLiteral("SmtpRelayToRemoteForest"),
                                    QStringLiteral("SmtpDeliveryToExo")};

MailFlowSimulation simulate(CmdletCall &call)
{
    return MailFlowSimulation(call.model(), call.now(), call.clockStart());
}

// PowerShell's error for parameters from different parameter sets.
void failAmbiguousSet(CmdletCall &call)
{
    call.fail(CmdletErrors::parameterBinding(
        QStringLiteral("AmbiguousParameterSet"), call.spec().name, call.spec().taskClass,
        QStringLiteral("InvalidArgument"),
        QStringLiteral("Parameter set cannot be resolved using the specified named parameters.")));
}

void failInvalidFilter(CmdletCall &call, const QString &message)
{
    call.fail(call.taskError(QStringLiteral("Microsoft.Exchange.Data.InvalidFilterException"),
                             QStringLiteral("InvalidArgument"), message,
                             call.text(QStringLiteral("Filter"))));
}

// The transport server named by name or FQDN; an error written (and empty) when unknown.
QString resolveServer(CmdletCall &call, const QString &name)
{
    const QString wanted = name.trimmed();
    for (const ExchangeServerInfo &s : call.model().servers)
        if (s.name.compare(wanted, Qt::CaseInsensitive) == 0
            || s.fqdn.compare(wanted, Qt::CaseInsensitive) == 0) {
            if (!MailFlowSimulation::transportServerNames(call.model()).contains(s.name)) {
                call.writeError(call.taskError(
                    QStringLiteral("Microsoft.Exchange.Data.QueueViewer.QueueViewerException"),
                    QStringLiteral("InvalidOperation"),
                    QStringLiteral("The Microsoft Exchange Transport service isn't running on "
                                   "server %1, or the server isn't in this organisation's RBAC "
                                   "scope.")
                        .arg(s.name),
                    s.name));
                return {};
            }
            return s.name;
        }
    call.writeError(call.notFound(wanted));
    return {};
}

struct ResultLimit
{
    bool explicitSize = false;
    int limit = 1000;
};

ResultLimit resultLimit(CmdletCall &call)
{
    ResultLimit r;
    r.explicitSize = call.has(QStringLiteral("ResultSize"));
    if (r.explicitSize)
        r.limit = call.text(QStringLiteral("ResultSize")) == QLatin1String("Unlimited")
                      ? std::numeric_limits<int>::max()
                      : call.integer(QStringLiteral("ResultSize"));
    return r;
}

void warnMore(CmdletCall &call, const ResultLimit &r)
{
    if (r.explicitSize)
        call.warn(QStringLiteral("There are more results available than are currently "
                                 "displayed. To view them, increase the value for the ResultSize "
                                 "parameter."));
    else
        call.warn(QStringLiteral(
            "By default, only the first 1000 items are returned. Use the ResultSize parameter to "
            "specify the number of items returned. To return all items, specify \"-ResultSize "
            "Unlimited\"."));
}

// "SERVER\rest" -> (server or the session's server, rest).
QPair<QString, QString> splitServer(CmdletCall &call, const QString &identity)
{
    const int slash = identity.indexOf(QLatin1Char('\\'));
    if (slash < 0)
        return {call.serverName(), identity};
    return {identity.left(slash), identity.mid(slash + 1)};
}

bool hasWildcard(const QString &s)
{
    return s.contains(QLatin1Char('*')) || s.contains(QLatin1Char('?'));
}

// Queues of every transport server whose name matches `serverPattern`.
QList<QueueState> queuesOn(const MailFlowSimulation &sim, const QString &serverPattern)
{
    QList<QueueState> out;
    for (const QString &s : sim.transportServers())
        if (OpathFilter::wildcardMatch(serverPattern, s))
            out += sim.queues(s);
    return out;
}

bool queueMatches(const QueueState &q, const QString &queuePart)
{
    return OpathFilter::wildcardMatch(queuePart, q.name)
           || (!q.nextHopDomain.isEmpty() && !hasWildcard(queuePart)
               && q.deliveryType != QLatin1String("Undefined")
               && q.deliveryType != QLatin1String("Unreachable")
               && q.nextHopDomain.compare(queuePart, Qt::CaseInsensitive) == 0);
}

// -Include / -Exclude: Internal, External, Empty or a DeliveryType.
bool inClass(const QueueState &q, const QString &value)
{
    if (value.compare(QLatin1String("Internal"), Qt::CaseInsensitive) == 0
        || value.compare(QLatin1String("External"), Qt::CaseInsensitive) == 0)
        return q.nextHopCategory.compare(value, Qt::CaseInsensitive) == 0;
    if (value.compare(QLatin1String("Empty"), Qt::CaseInsensitive) == 0)
        return q.messages.isEmpty();
    if (value.compare(QLatin1String("SmtpRelayToRemoteActiveDirectorySite"), Qt::CaseInsensitive)
        == 0)
        return q.deliveryType == QLatin1String("SmtpRelayToRemoteAdSite");
    return q.deliveryType.compare(value, Qt::CaseInsensitive) == 0;
}

bool validClasses(CmdletCall &call, const QString &parameter)
{
    for (const QString &v : call.list(parameter)) {
        bool ok = v.compare(QLatin1String("Internal"), Qt::CaseInsensitive) == 0
                  || v.compare(QLatin1String("External"), Qt::CaseInsensitive) == 0
                  || v.compare(QLatin1String("Empty"), Qt::CaseInsensitive) == 0
                  || v.compare(QLatin1String("SmtpRelayToRemoteActiveDirectorySite"),
                               Qt::CaseInsensitive)
                         == 0;
        for (const QString &t : kDeliveryTypes)
            ok = ok || t.compare(v, Qt::CaseInsensitive) == 0;
        if (!ok) {
            call.fail(call.transformationError(
                parameter,
                QStringLiteral(
                    "Cannot convert value \"%1\" to type "
                    "\"Microsoft.Exchange.Data.QueueViewer.QueueViewerIncludesAndExcludes\". "
                    "Error: \"The value must be Internal, External, Empty or a "
                    "DeliveryType (%2).\"")
                    .arg(v, kDeliveryTypes.join(QStringLiteral(", ")))));
            return false;
        }
    }
    return true;
}

// DateTime objects arrive as their xs:dateTime text; strings may also be en-US local format.
std::optional<QDateTime> parseTime(const QString &text)
{
    const QString t = text.trimmed();
    QDateTime d = QDateTime::fromString(t, Qt::ISODateWithMs);
    if (!d.isValid()) {
        // xs:dateTime with 7 fractional digits (.NET ticks): keep milliseconds.
        static const QRegularExpression ticks(
            QStringLiteral("^(.*T\\d\\d:\\d\\d:\\d\\d\\.\\d{3})\\d+(.*)$"));
        const auto m = ticks.match(t);
        if (m.hasMatch())
            d = QDateTime::fromString(m.captured(1) + m.captured(2), Qt::ISODateWithMs);
    }
    if (!d.isValid()) {
        const QLocale en(QLocale::English, QLocale::UnitedStates);
        for (const QString &format :
             {QStringLiteral("M/d/yyyy h:mm:ss AP"), QStringLiteral("M/d/yyyy h:mm AP"),
              QStringLiteral("M/d/yyyy H:mm:ss"), QStringLiteral("M/d/yyyy H:mm"),
              QStringLiteral("M/d/yyyy")}) {
            d = en.toDateTime(t, format);
            if (d.isValid())
                break;
        }
    }
    if (!d.isValid())
        return std::nullopt;
    if (d.timeSpec() == Qt::LocalTime)
        d.setTimeSpec(Qt::UTC); // the fake's servers run on UTC
    return d.toUTC();
}

std::optional<QDateTime> timeParameter(CmdletCall &call, const QString &parameter)
{
    if (!call.has(parameter) || call.value(parameter).isNil())
        return QDateTime();
    const QString text = call.text(parameter);
    const std::optional<QDateTime> t = parseTime(text);
    if (!t)
        call.fail(call.transformationError(
            parameter, QStringLiteral("Cannot convert value \"%1\" to type \"System.DateTime\". "
                                      "Error: \"String was not recognized as a valid DateTime.\"")
                           .arg(text)));
    return t;
}

} // namespace

void getQueue(CmdletCall &call)
{
    const bool hasIdentity = call.has(QStringLiteral("Identity"));
    if (hasIdentity && (call.has(QStringLiteral("Server")) || call.has(QStringLiteral("Filter")))) {
        failAmbiguousSet(call);
        return;
    }
    if (!validClasses(call, QStringLiteral("Include"))
        || !validClasses(call, QStringLiteral("Exclude")))
        return;
    std::optional<OpathFilter> filter;
    if (call.has(QStringLiteral("Filter"))) {
        QString error;
        filter = OpathFilter::parse(call.text(QStringLiteral("Filter")),
                                    MailFlowObjects::queueFilterProperties(), &error);
        if (!filter) {
            failInvalidFilter(call, error);
            return;
        }
    }
    const MailFlowSimulation sim = simulate(call);
    QList<QueueState> candidates;
    if (hasIdentity) {
        const QString id = call.text(QStringLiteral("Identity")).trimmed();
        if (id == QLatin1String("*")) {
            candidates = queuesOn(sim, QStringLiteral("*"));
        } else {
            const auto [server, queuePart] = splitServer(call, id);
            for (const QueueState &q : queuesOn(sim, server))
                if (queueMatches(q, queuePart))
                    candidates.append(q);
            if (candidates.isEmpty() && !hasWildcard(id)) {
                call.writeError(call.notFound(id));
                return;
            }
        }
    } else {
        QString server = call.serverName();
        if (call.has(QStringLiteral("Server"))) {
            server = resolveServer(call, call.text(QStringLiteral("Server")));
            if (server.isEmpty())
                return;
        }
        candidates = sim.queues(server);
    }

    const QStringList include = call.list(QStringLiteral("Include"));
    const QStringList exclude = call.list(QStringLiteral("Exclude"));
    const ResultLimit limit = resultLimit(call);
    int written = 0;
    for (const QueueState &q : qAsConst(candidates)) {
        if (filter && !filter->matches(MailFlowObjects::queueFilterValues(q)))
            continue;
        bool included = include.isEmpty();
        for (const QString &c : include)
            included = included || inClass(q, c);
        bool excluded = false;
        for (const QString &c : exclude)
            excluded = excluded || inClass(q, c);
        if (!included || excluded)
            continue;
        if (written >= limit.limit) {
            warnMore(call, limit);
            break;
        }
        call.write(MailFlowObjects::queue(q));
        ++written;
    }
}

void getMessage(CmdletCall &call)
{
    const bool hasIdentity = call.has(QStringLiteral("Identity"));
    const bool hasQueue = call.has(QStringLiteral("Queue"));
    const bool hasServerSet
        = call.has(QStringLiteral("Server")) || call.has(QStringLiteral("Filter"));
    if (int(hasIdentity) + int(hasQueue) + int(hasServerSet) > 1) {
        failAmbiguousSet(call);
        return;
    }
    std::optional<OpathFilter> filter;
    if (call.has(QStringLiteral("Filter"))) {
        QString error;
        filter = OpathFilter::parse(call.text(QStringLiteral("Filter")),
                                    MailFlowObjects::messageFilterProperties(), &error);
        if (!filter) {
            failInvalidFilter(call, error);
            return;
        }
    }
    const MailFlowSimulation sim = simulate(call);
    const bool recipients = call.flag(QStringLiteral("IncludeRecipientInfo"));
    const ResultLimit limit = resultLimit(call);

    QList<QueueState> queues;
    QString messagePart = QStringLiteral("*");
    QString shownIdentity;
    if (hasIdentity || hasQueue) {
        shownIdentity
            = call.text(hasIdentity ? QStringLiteral("Identity") : QStringLiteral("Queue"))
                  .trimmed();
        auto [server, rest] = splitServer(call, shownIdentity);
        QString queuePart = rest;
        if (hasIdentity) {
            const int slash = rest.lastIndexOf(QLatin1Char('\\'));
            if (slash < 0) {
                messagePart = rest;
                queuePart = QStringLiteral("*");
            } else {
                queuePart = rest.left(slash);
                messagePart = rest.mid(slash + 1);
            }
        }
        for (const QueueState &q : queuesOn(sim, server))
            if (queueMatches(q, queuePart))
                queues.append(q);
        if (queues.isEmpty() && !hasWildcard(shownIdentity)) {
            call.writeError(call.notFound(shownIdentity));
            return;
        }
    } else {
        QString server = call.serverName();
        if (call.has(QStringLiteral("Server"))) {
            server = resolveServer(call, call.text(QStringLiteral("Server")));
            if (server.isEmpty())
                return;
        }
        queues = sim.queues(server);
    }

    int written = 0;
    for (const QueueState &q : qAsConst(queues)) {
        for (const QueuedMessage &m : q.messages) {
            if (!OpathFilter::wildcardMatch(messagePart, QString::number(m.number)))
                continue;
            if (filter && !filter->matches(MailFlowObjects::messageFilterValues(q, m)))
                continue;
            if (written >= limit.limit) {
                warnMore(call, limit);
                return;
            }
            call.write(MailFlowObjects::message(q, m, recipients));
            ++written;
        }
    }
    if (written == 0 && hasIdentity && !hasWildcard(shownIdentity))
        call.writeError(call.notFound(shownIdentity));
}

void getMessageTrackingLog(CmdletCall &call)
{
    const std::optional<QDateTime> start = timeParameter(call, QStringLiteral("Start"));
    if (!start)
        return;
    const std::optional<QDateTime> end = timeParameter(call, QStringLiteral("End"));
    if (!end)
        return;
    QString server = call.serverName();
    if (call.has(QStringLiteral("Server"))) {
        server = resolveServer(call, call.text(QStringLiteral("Server")));
        if (server.isEmpty())
            return;
    }
    const QString sender = call.text(QStringLiteral("Sender")).trimmed();
    const QStringList recipients = call.list(QStringLiteral("Recipients"));
    const QString eventId = call.text(QStringLiteral("EventId")).trimmed();
    const QString messageId = call.text(QStringLiteral("MessageId")).trimmed();
    const QString subject = call.text(QStringLiteral("MessageSubject"));
    const QString internalId = call.text(QStringLiteral("InternalMessageId")).trimmed();
    const QString reference = call.text(QStringLiteral("Reference")).trimmed();
    const QString source = call.text(QStringLiteral("Source")).trimmed();
    const QString networkId = call.text(QStringLiteral("NetworkMessageId")).trimmed();
    const ResultLimit limit = resultLimit(call);

    const MailFlowSimulation sim = simulate(call);
    int written = 0;
    for (const TrackingEvent &e : sim.events(server)) {
        if (start->isValid() && e.timestamp < *start)
            continue;
        if (end->isValid() && e.timestamp >= *end)
            continue;
        if (!sender.isEmpty() && e.sender.compare(sender, Qt::CaseInsensitive) != 0)
            continue;
        if (!recipients.isEmpty()) {
            bool any = false;
            for (const QString &r : recipients)
                any = any || e.recipients.contains(r.trimmed(), Qt::CaseInsensitive);
            if (!any)
                continue;
        }
        if (!eventId.isEmpty() && e.eventId.compare(eventId, Qt::CaseInsensitive) != 0)
            continue;
        if (!messageId.isEmpty() && e.messageId.compare(messageId, Qt::CaseInsensitive) != 0)
            continue;
        if (!subject.isEmpty() && !e.messageSubject.contains(subject, Qt::CaseInsensitive))
            continue;
        if (!internalId.isEmpty() && QString::number(e.internalMessageId) != internalId)
            continue;
        if (!reference.isEmpty() && !e.reference.contains(reference, Qt::CaseInsensitive))
            continue;
        if (!source.isEmpty() && e.source.compare(source, Qt::CaseInsensitive) != 0)
            continue;
        if (!networkId.isEmpty() && e.networkMessageId.compare(networkId, Qt::CaseInsensitive) != 0)
            continue;
        if (written >= limit.limit) {
            warnMore(call, limit);
            break;
        }
        call.write(MailFlowObjects::trackingEvent(e));
        ++written;
    }
}

void testMailflow(CmdletCall &call)
{
    OrganisationModel &org = call.model();
    const QString session = call.serverName();
    if (call.has(QStringLiteral("Identity"))) {
        const QString source = call.text(QStringLiteral("Identity")).trimmed();
        bool known = false;
        for (const ExchangeServerInfo &s : org.servers)
            known = known || s.name.compare(source, Qt::CaseInsensitive) == 0
                    || s.fqdn.compare(source, Qt::CaseInsensitive) == 0;
        if (!known) {
            call.fail(call.notFound(source));
            return;
        }
        if (source.compare(session, Qt::CaseInsensitive) != 0
            && source.section(QLatin1Char('.'), 0, 0).compare(session, Qt::CaseInsensitive) != 0) {
            // HEALTH.md 3.1: on 2013+ the test only runs on the server the session is on.
            call.fail(call.taskError(
                QStringLiteral("System.InvalidOperationException"),
                QStringLiteral("InvalidOperation"),
                QStringLiteral("Test-Mailflow can't run against server %1 from a session on %2. "
                               "Connect to %1 and run Test-Mailflow there.")
                    .arg(source, session),
                source));
            return;
        }
    }
    QString target = MailFlowSimulation::systemMailbox(org, session);
    bool remote = false;
    if (call.has(QStringLiteral("TargetEmailAddress"))) {
        target = call.text(QStringLiteral("TargetEmailAddress")).trimmed();
        remote = true;
    } else if (call.has(QStringLiteral("TargetMailboxServer"))) {
        const QStringList targets = call.list(QStringLiteral("TargetMailboxServer"));
        const QString name = targets.isEmpty() ? session : targets.first().trimmed();
        bool known = false;
        for (const ExchangeServerInfo &s : org.servers)
            if (s.name.compare(name, Qt::CaseInsensitive) == 0) {
                known = true;
                target = MailFlowSimulation::systemMailbox(org, s.name);
            }
        if (!known) {
            call.fail(call.notFound(name));
            return;
        }
    }
    MailMessageInfo probe;
    probe.time = call.now();
    probe.from = MailFlowSimulation::systemMailbox(org, session);
    probe.to = {target};
    probe.subject = QStringLiteral("Test-Mailflow %1")
                        .arg(QUuid::createUuidV5(org.organizationGuid,
                                                 QStringLiteral("probe/%1/%2")
                                                     .arg(probe.time.toString(Qt::ISODateWithMs))
                                                     .arg(org.mailFlow.messages.size()))
                                 .toString(QUuid::WithoutBraces));
    probe.server = session;
    probe.kind = QStringLiteral("Test-Mailflow");
    org.mailFlow.messages.append(probe);
    call.markChanged();
    call.write(MailFlowObjects::testMailflowOutput(org.mailFlow.testMailflowResult,
                                                   QStringLiteral("00:00:03"), remote));
}

} // namespace fake::cmdlets
