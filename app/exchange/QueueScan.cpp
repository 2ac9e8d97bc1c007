#include "QueueScan.h"

#include "HealthAssumptions.h"
#include "ReadBack.h"
#include "SmtpReply.h"

#include <QCoreApplication>
#include <QMap>

namespace exchange {

using remoting::PsValue;

namespace {

// For the free functions of this file: lupdate files their tr() calls under the enclosing
// namespace's context, "exchange", so they are looked up there. QueueScan's members use
// QueueScan::tr, in "exchange::QueueScan".
QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("exchange", text, disambiguation, n);
}

QString prop(const PsValue &v, const char *name)
{
    return ReadBack::textOf(v.property(QLatin1String(name)));
}

bool hasProperty(const PsValue &v, const char *name)
{
    return v.isObject() && v.obj()->findProperty(QLatin1String(name)) != nullptr;
}

QString addressOf(const PsValue &recipient)
{
    if (recipient.isObject() && recipient.obj()->findProperty(QStringLiteral("Address")))
        return ReadBack::smtp(prop(recipient, "Address"));
    // The text form: {chris@contoso.com;2;2;A matching connector cannot be found...;16;...;0}
    QString t = recipient.toString().trimmed();
    if (t.startsWith(QLatin1Char('{')))
        t = t.mid(1);
    return ReadBack::smtp(t.section(QLatin1Char(';'), 0, 0));
}

bool sameHost(const QString &a, const QString &b)
{
    QString x = a.trimmed().toLower(), y = b.trimmed().toLower();
    x.remove(QLatin1Char('[')).remove(QLatin1Char(']'));
    y.remove(QLatin1Char('[')).remove(QLatin1Char(']'));
    return !x.isEmpty() && x == y;
}

QString queueEvidence(const QueueInfo &q)
{
    QString e = tr("%1 (%2, next hop %3): %4, %n message(s)", nullptr, int(q.messageCount))
                    .arg(q.identity, q.deliveryType, q.nextHopDomain, q.status);
    if (q.retryCount > 0)
        e += QLatin1String("; ") + tr("retried %1 times").arg(q.retryCount);
    if (!q.firstRetryTime.isEmpty())
        e += QLatin1String("; ") + tr("retrying since %1").arg(q.firstRetryTime);
    if (!q.nextRetryTime.isEmpty())
        e += QLatin1String("; ") + tr("next retry %1").arg(q.nextRetryTime);
    if (!q.lastError.isEmpty())
        e += QLatin1String("; ") + tr("last error: %1").arg(q.lastError);
    return e;
}

} // namespace

QList<QueueInfo> QueueScan::queues(const QList<PsValue> &output)
{
    QList<QueueInfo> out;
    for (const PsValue &v : output) {
        if (!v.isObject())
            continue;
        const bool typed = v.obj()->isA(QStringLiteral("QueueInfo"));
        if (!typed && !(hasProperty(v, "DeliveryType") && hasProperty(v, "NextHopDomain")))
            continue;
        QueueInfo q;
        q.identity = prop(v, "Identity");
        if (q.identity.isEmpty())
            q.identity = prop(v, "QueueIdentity");
        q.server = q.identity.section(QLatin1Char('\\'), 0, 0);
        q.deliveryType = prop(v, "DeliveryType");
        q.nextHopDomain = prop(v, "NextHopDomain");
        q.nextHopConnector = prop(v, "NextHopConnector");
        q.status = prop(v, "Status");
        q.messageCount = v.property(QStringLiteral("MessageCount")).toInteger();
        if (q.messageCount == 0)
            q.messageCount = prop(v, "MessageCount").toLongLong();
        q.lastError = prop(v, "LastError");
        q.retryCount = v.property(QStringLiteral("RetryCount")).toInteger();
        if (q.retryCount == 0)
            q.retryCount = prop(v, "RetryCount").toLongLong();
        q.firstRetryTime = prop(v, "FirstRetryTime");
        q.nextRetryTime = prop(v, "NextRetryTime");
        out << q;
    }
    return out;
}

QList<QueuedMessage> QueueScan::messages(const QList<PsValue> &output)
{
    QList<QueuedMessage> out;
    for (const PsValue &v : output) {
        if (!v.isObject())
            continue;
        const bool typed = v.obj()->isA(QStringLiteral("MessageInfo"));
        if (!typed && !(hasProperty(v, "InternetMessageId") && hasProperty(v, "FromAddress")))
            continue;
        QueuedMessage m;
        m.identity = prop(v, "Identity");
        m.queue = prop(v, "Queue");
        if (m.queue.isEmpty())
            m.queue = m.identity.section(QLatin1Char('\\'), 0, 1);
        m.subject = prop(v, "Subject");
        m.fromAddress = ReadBack::smtp(prop(v, "FromAddress"));
        m.internetMessageId = prop(v, "InternetMessageId");
        m.status = prop(v, "Status");
        m.lastError = prop(v, "LastError");
        m.dateReceived = prop(v, "DateReceived");
        const PsValue recipients = v.property(QStringLiteral("Recipients"));
        if (recipients.isObject() && !recipients.obj()->items.isEmpty()) {
            for (const PsValue &r : recipients.obj()->items)
                m.recipients << addressOf(r);
        } else if (!recipients.isNil()) {
            m.recipients << addressOf(recipients);
        }
        m.recipients.removeAll(QString());
        out << m;
    }
    return out;
}

bool QueueScan::isJournalReport(const QueuedMessage &m, const QString &journalAddress)
{
    if (!m.recipients.isEmpty() && !journalAddress.isEmpty())
        return m.recipients.contains(ReadBack::smtp(journalAddress));
    return HealthAssumptions::isJournalReportId(m.internetMessageId);
}

bool QueueScan::isArchiveQueue(const QueueInfo &q, const Targets &targets)
{
    if (!HealthAssumptions::archiveDeliveryTypes().contains(q.deliveryType, Qt::CaseInsensitive))
        return false;
    for (const QString &guid : targets.connectorGuids)
        if (!guid.isEmpty() && q.nextHopConnector.compare(guid, Qt::CaseInsensitive) == 0)
            return true;
    // NextHopDomain may be a list of smart hosts ("[192.0.2.10],relay.archive.com").
    for (const QString &hop : q.nextHopDomain.split(QLatin1Char(','), Qt::SkipEmptyParts))
        for (const QString &target : targets.nextHops)
            if (sameHost(hop, target))
                return true;
    return false;
}

QString QueueScan::adviceFor(const QString &lastError, const QString &journalAddress)
{
    const SmtpReply r = SmtpReply::parse(lastError);
    const QString host = r.host.isEmpty() ? tr("the archive's mail server") : r.host;
    switch (r.cause) {
    case SmtpReply::Cause::Dns:
        return tr("Exchange cannot find the archive's mail server in DNS. Check that the archive "
                  "domain and smart host are spelled exactly as in the Mailprotector Console and "
                  "that the Exchange servers' DNS servers resolve them (nslookup -type=mx).");
    case SmtpReply::Cause::ConnectionRefused:
        return tr("%1 refused the connection on port 25. Check the smart host name and port, "
                  "and that your firewall allows outbound TCP port 25 from the Exchange servers.")
            .arg(host);
    case SmtpReply::Cause::ConnectionTimedOut:
        return tr("Connections to %1 on port 25 timed out: a firewall or your internet provider "
                  "probably blocks outbound TCP port 25. Allow it from the Exchange servers.")
            .arg(host);
    case SmtpReply::Cause::AddressRejected:
        return tr("The archive rejected the journaling address %1 (it does not exist there). "
                  "Re-copy the journaling address from the Mailprotector Console and run the "
                  "setup again with it.")
            .arg(journalAddress);
    case SmtpReply::Cause::NoRoute:
        return tr("No send connector or route matches the archive's domain. Create the smart "
                  "host connector with this wizard, or add the archive domain to a send "
                  "connector's address spaces.");
    case SmtpReply::Cause::SizeLimit:
        return tr("The journal report is larger than the archive or the send connector accepts. "
                  "Raise the send connector's MaxMessageSize or ask Mailprotector about the "
                  "archive's size limit.");
    case SmtpReply::Cause::AccessDenied:
        return tr("The archive refused to accept mail from this organisation (relay or "
                  "authentication). Check in the Mailprotector Console that SecureStore is "
                  "enabled for your domain and your outbound IP address is allowed.");
    case SmtpReply::Cause::Throttled:
        return tr("The archive's server is throttling or refused TLS; Exchange keeps retrying. "
                  "If it persists, check the TLS settings of the send connector.");
    case SmtpReply::Cause::Expired:
        return tr("The journal report expired: Exchange could not deliver it to the archive for "
                  "the whole retry period (two days by default), so it was given up. Find and "
                  "fix why the archive was unreachable (see the queue findings); reports that "
                  "expired are lost unless the undeliverable-reports mailbox received them.");
    case SmtpReply::Cause::None:
    case SmtpReply::Cause::Accepted:
    case SmtpReply::Cause::Other:
        break;
    }
    return tr("Exchange cannot deliver to the archive; the error above says why. Journal reports "
              "are retried until they expire (two days by default).");
}

QList<HealthFinding> QueueScan::classify(const QList<QueueInfo> &queues,
                                         const QList<QueuedMessage> &messages,
                                         const Targets &targets, const QStringList &servers,
                                         const QDateTime &nowUtc)
{
    QList<HealthFinding> out;
    // Queues that hold journal reports count as the archive's, whatever their next hop.
    QStringList journalQueues;
    for (const QueuedMessage &m : messages)
        if (isJournalReport(m, targets.journalAddress))
            journalQueues << m.queue.toLower();

    int archiveQueues = 0;
    for (const QueueInfo &q : queues) {
        if (HealthAssumptions::isUnreachableQueue(q.identity, q.deliveryType)
            || HealthAssumptions::isSubmissionQueue(q.identity, q.nextHopDomain))
            continue;
        if (!isArchiveQueue(q, targets) && !journalQueues.contains(q.identity.toLower()))
            continue;
        ++archiveQueues;
        HealthFinding f;
        f.area = HealthArea::Queues;
        f.evidence = queueEvidence(q);
        if (q.status.compare(QLatin1String("Retry"), Qt::CaseInsensitive) == 0) {
            const SmtpReply reply = SmtpReply::parse(q.lastError);
            f.state = FindingState::Failed;
            f.code = QStringLiteral("queue-retry");
            switch (reply.cause) {
            case SmtpReply::Cause::Dns:
                f.message = tr("The queue to the archive on %1 is retrying: DNS lookup failed.")
                                .arg(q.server);
                break;
            case SmtpReply::Cause::ConnectionRefused:
                f.message = tr("The queue to the archive on %1 is retrying: connection refused "
                               "on port 25.")
                                .arg(q.server);
                break;
            case SmtpReply::Cause::ConnectionTimedOut:
                f.message = tr("The queue to the archive on %1 is retrying: connection to port "
                               "25 timed out.")
                                .arg(q.server);
                break;
            default:
                f.message = tr("The queue to the archive on %1 is retrying (%2).")
                                .arg(q.server, reply.shortText());
                break;
            }
            f.advice = adviceFor(q.lastError, targets.journalAddress);
            f.commands << QStringLiteral("Retry-Queue -Identity '%1'").arg(q.identity);
        } else if (q.status.compare(QLatin1String("Suspended"), Qt::CaseInsensitive) == 0) {
            f.state = FindingState::Failed;
            f.code = QStringLiteral("queue-suspended");
            f.message = tr("The queue to the archive on %1 is suspended: nothing is sent to the "
                           "archive until it is resumed.")
                            .arg(q.server);
            f.advice = tr("An administrator suspended the queue. Resume it when the reason for "
                          "suspending it is gone.");
            f.commands << QStringLiteral("Resume-Queue -Identity '%1'").arg(q.identity);
        } else if (q.messageCount > 0) {
            f.state = FindingState::Info;
            f.code = QStringLiteral("queue-draining");
            f.message = tr("The queue to the archive on %1 is sending (%n message(s) waiting).",
                           nullptr, int(q.messageCount))
                            .arg(q.server);
        } else {
            f.state = FindingState::Ok;
            f.code = QStringLiteral("queue-empty");
            f.message = tr("The queue to the archive on %1 is empty.").arg(q.server);
        }
        out << f;
    }

    // Journal reports in Unreachable (no route) or waiting in Submission.
    QMap<QString, QList<QueuedMessage>> unreachable, submission;
    for (const QueuedMessage &m : messages) {
        if (!isJournalReport(m, targets.journalAddress))
            continue;
        const QString queueName = m.queue.section(QLatin1Char('\\'), -1);
        if (HealthAssumptions::isUnreachableQueue(m.queue, QString()))
            unreachable[m.queue.section(QLatin1Char('\\'), 0, 0)] << m;
        else if (queueName.compare(QLatin1String("Submission"), Qt::CaseInsensitive) == 0)
            submission[m.queue.section(QLatin1Char('\\'), 0, 0)] << m;
    }
    for (auto it = unreachable.cbegin(); it != unreachable.cend(); ++it) {
        HealthFinding f;
        f.area = HealthArea::Queues;
        f.state = FindingState::Failed;
        f.code = QStringLiteral("queue-unreachable");
        f.message = tr("%n journal report(s) on %1 have no route to the archive (Unreachable "
                       "queue).",
                       nullptr, int(it.value().size()))
                        .arg(it.key());
        const QueuedMessage &m = it.value().first();
        f.evidence = tr("%1: '%2' from %3, %4")
                         .arg(m.identity, m.subject, m.fromAddress,
                              m.lastError.isEmpty() ? m.status : m.lastError);
        f.advice = adviceFor(QStringLiteral("A matching connector cannot be found"),
                             targets.journalAddress);
        out << f;
    }
    for (auto it = submission.cbegin(); it != submission.cend(); ++it) {
        int old = 0;
        for (const QueuedMessage &m : it.value()) {
            const QDateTime received = QDateTime::fromString(m.dateReceived, Qt::ISODateWithMs);
            if (received.isValid()
                && received.secsTo(nowUtc) > 60 * HealthAssumptions::submissionBacklogMinutes())
                ++old;
        }
        HealthFinding f;
        f.area = HealthArea::Queues;
        f.state = old > 0 ? FindingState::Warning : FindingState::Info;
        f.code = QStringLiteral("submission-waiting");
        f.message = tr("%n journal report(s) on %1 are waiting in the Submission queue.", nullptr,
                       int(it.value().size()))
                        .arg(it.key());
        if (old > 0)
            f.advice = tr("Messages waiting in Submission for more than %1 minutes point to a "
                          "backlog in the transport service; check the server's health.")
                           .arg(HealthAssumptions::submissionBacklogMinutes());
        f.evidence = it.value().first().identity;
        out << f;
    }

    if (archiveQueues == 0 && unreachable.isEmpty()) {
        HealthFinding f;
        f.area = HealthArea::Queues;
        f.state = FindingState::Ok;
        f.code = QStringLiteral("queue-none");
        f.message = tr("Nothing is waiting for the archive on %1.")
                        .arg(servers.isEmpty() ? tr("the transport servers")
                                               : servers.join(QStringLiteral(", ")));
        out << f;
    }
    return out;
}

} // namespace exchange
