#include "MailFlowObjects.h"

#include <QLocale>

#include <memory>

namespace fake {

using remoting::PsObject;
using remoting::PsValue;

namespace {

// Collects properties in order, then freezes them into a PsValue.
class PropertyBag
{
public:
    PropertyBag(const QStringList &typeNames, const QString &toString)
        : m_obj(std::make_shared<PsObject>())
    {
        m_obj->typeNames = typeNames;
        m_obj->typeNames.append(QStringLiteral("System.Object"));
        m_obj->toString = toString;
        m_obj->hasToString = true;
    }
    PropertyBag &add(const QString &name, const PsValue &value)
    {
        m_obj->adapted.append({name, value});
        return *this;
    }
    PropertyBag &text(const QString &name, const QString &value)
    {
        return add(name, PsValue::string(value));
    }
    PropertyBag &optionalText(const QString &name, const QString &value)
    {
        return add(name, value.isEmpty() ? PsValue::nil() : PsValue::string(value));
    }
    PropertyBag &number(const QString &name, qint64 value)
    {
        return add(name, value >= std::numeric_limits<qint32>::min()
                                 && value <= std::numeric_limits<qint32>::max()
                             ? PsValue::int32(qint32(value))
                             : PsValue::int64(value));
    }
    PropertyBag &real(const QString &name, double value)
    {
        return add(name, PsValue(PsValue::Type::Double, value));
    }
    PropertyBag &flag(const QString &name, bool value)
    {
        return add(name, PsValue::boolean(value));
    }
    PropertyBag &time(const QString &name, const QDateTime &t)
    {
        return add(name, t.isValid() ? PsValue(PsValue::Type::DateTime,
                                               t.toUTC().toString(Qt::ISODateWithMs))
                                     : PsValue::nil());
    }
    PsValue value() { return PsValue::object(std::move(m_obj)); }

private:
    std::shared_ptr<PsObject> m_obj;
};

PsValue intList(const QList<int> &values)
{
    auto obj = std::make_shared<PsObject>();
    obj->typeNames = {QStringLiteral("System.Int32[]"), QStringLiteral("System.Array"),
                      QStringLiteral("System.Object")};
    obj->collection = PsObject::Collection::List;
    for (int v : values)
        obj->items.append(PsValue::int32(v));
    return PsValue::object(std::move(obj));
}

PsValue objectList(const QList<PsValue> &items, const QString &typeName)
{
    auto obj = std::make_shared<PsObject>();
    obj->typeNames = {typeName, QStringLiteral("System.Array"), QStringLiteral("System.Object")};
    obj->collection = PsObject::Collection::List;
    obj->items = items;
    return PsValue::object(std::move(obj));
}

QString sizeText(qint64 bytes)
{
    const QLocale en(QLocale::English, QLocale::UnitedStates);
    return QStringLiteral("%1 KB (%2 bytes)")
        .arg(en.toString(double(bytes) / 1024.0, 'f', 1), en.toString(bytes));
}

QString timeText(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QString();
}

const QString kQueueViewer = QStringLiteral("Microsoft.Exchange.Data.QueueViewer.");

} // namespace

PsValue MailFlowObjects::queue(const QueueState &q)
{
    const int count = int(q.messages.size());
    PropertyBag bag({kQueueViewer + QStringLiteral("PropertyBagBasedQueueInfo"),
                     kQueueViewer + QStringLiteral("ExtensibleQueueInfo"),
                     kQueueViewer + QStringLiteral("PagedDataObject"),
                     QStringLiteral("Microsoft.Exchange.Data.ConfigurableObject")},
                    q.identity());
    return bag.text(QStringLiteral("Identity"), q.identity())
        .text(QStringLiteral("QueueIdentity"), q.identity())
        .text(QStringLiteral("DeliveryType"), q.deliveryType)
        .text(QStringLiteral("NextHopDomain"), q.nextHopDomain)
        .text(QStringLiteral("TlsDomain"), QString())
        .text(QStringLiteral("NextHopConnector"), q.nextHopConnector.toString(QUuid::WithoutBraces))
        .text(QStringLiteral("Status"), q.status)
        .number(QStringLiteral("MessageCount"), count)
        .optionalText(QStringLiteral("LastError"), q.lastError)
        .number(QStringLiteral("RetryCount"), q.retryCount)
        .time(QStringLiteral("LastRetryTime"), q.lastRetryTime)
        .time(QStringLiteral("NextRetryTime"), q.nextRetryTime)
        .time(QStringLiteral("FirstRetryTime"), q.firstRetryTime)
        .number(QStringLiteral("DeferredMessageCount"), 0)
        .number(QStringLiteral("LockedMessageCount"), 0)
        .add(QStringLiteral("MessageCountsPerPriority"), intList({0, 0, count, 0}))
        .add(QStringLiteral("DeferredMessageCountsPerPriority"), intList({0, 0, 0, 0}))
        .add(QStringLiteral("PriorityDescriptions"),
             PsValue::stringList({QStringLiteral("High"), QStringLiteral("Normal"),
                                  QStringLiteral("Low"), QStringLiteral("None")}))
        .text(QStringLiteral("RiskLevel"), QStringLiteral("Normal"))
        .number(QStringLiteral("OutboundIPPool"), 0)
        .text(QStringLiteral("NextHopCategory"), q.nextHopCategory)
        .real(QStringLiteral("IncomingRate"), 0.0)
        .real(QStringLiteral("OutgoingRate"), 0.0)
        .real(QStringLiteral("Velocity"), 0.0)
        .text(QStringLiteral("OverrideSource"), QString())
        .flag(QStringLiteral("IsValid"), true)
        .value();
}

QString MailFlowObjects::messageIdentity(const QueueState &q, const QueuedMessage &m)
{
    return q.identity() + QLatin1Char('\\') + QString::number(m.number);
}

PsValue MailFlowObjects::message(const QueueState &q, const QueuedMessage &m,
                                 bool includeRecipients)
{
    PsValue recipients = PsValue::nil();
    if (includeRecipients) {
        PropertyBag r({kQueueViewer + QStringLiteral("RecipientInfo")}, m.recipient);
        r.text(QStringLiteral("Address"), m.recipient)
            .text(QStringLiteral("Type"), QStringLiteral("External"))
            .text(QStringLiteral("FinalDestination"), m.finalDestination)
            .text(QStringLiteral("Status"), m.recipientStatus)
            .optionalText(QStringLiteral("LastError"), m.lastError)
            .text(QStringLiteral("OutboundIPPool"), QStringLiteral("0"));
        recipients = objectList({r.value()}, kQueueViewer + QStringLiteral("RecipientInfo[]"));
    }
    PropertyBag bag({kQueueViewer + QStringLiteral("PropertyBagBasedMessageInfo"),
                     kQueueViewer + QStringLiteral("ExtensibleMessageInfo"),
                     kQueueViewer + QStringLiteral("PagedDataObject"),
                     QStringLiteral("Microsoft.Exchange.Data.ConfigurableObject")},
                    messageIdentity(q, m));
    return bag.text(QStringLiteral("Identity"), messageIdentity(q, m))
        .text(QStringLiteral("Queue"), q.identity())
        .text(QStringLiteral("Subject"), m.subject)
        .text(QStringLiteral("FromAddress"), m.fromAddress)
        .text(QStringLiteral("OriginalFromAddress"), m.originalFromAddress)
        .text(QStringLiteral("InternetMessageId"), m.internetMessageId)
        .text(QStringLiteral("Status"), m.status)
        .text(QStringLiteral("Size"), sizeText(m.size))
        .text(QStringLiteral("MessageSourceName"), m.messageSourceName)
        .text(QStringLiteral("SourceIP"), QStringLiteral("127.0.0.1"))
        .number(QStringLiteral("SCL"), -1)
        .time(QStringLiteral("DateReceived"), m.dateReceived)
        .time(QStringLiteral("ExpirationTime"), m.expirationTime)
        .optionalText(QStringLiteral("LastError"), m.lastError)
        .number(QStringLiteral("RetryCount"), m.retryCount)
        .text(QStringLiteral("Priority"), QStringLiteral("Low"))
        .text(QStringLiteral("Directionality"), QStringLiteral("Originating"))
        .text(QStringLiteral("DeferReason"), QString())
        .add(QStringLiteral("Recipients"), recipients)
        .flag(QStringLiteral("IsValid"), true)
        .value();
}

PsValue MailFlowObjects::trackingEvent(const TrackingEvent &e)
{
    QList<PsValue> data;
    for (const auto &kv : e.eventData) {
        PropertyBag pair(
            {QStringLiteral("System.Collections.Generic.KeyValuePair`2[[System.String, "
                            "mscorlib],[System.Object, mscorlib]]"),
             QStringLiteral("System.ValueType")},
            QStringLiteral("[%1, %2]").arg(kv.first, kv.second));
        data.append(pair.text(QStringLiteral("Key"), kv.first)
                        .text(QStringLiteral("Value"), kv.second)
                        .value());
    }
    PropertyBag bag(
        {QStringLiteral(
            "Microsoft.Exchange.Management.TransportLogSearchTasks.MessageTrackingEvent")},
        QStringLiteral(
            "Microsoft.Exchange.Management.TransportLogSearchTasks.MessageTrackingEvent"));
    return bag.time(QStringLiteral("Timestamp"), e.timestamp)
        .optionalText(QStringLiteral("ClientIp"), e.clientIp)
        .optionalText(QStringLiteral("ClientHostname"), e.clientHostname)
        .optionalText(QStringLiteral("ServerIp"), e.serverIp)
        .optionalText(QStringLiteral("ServerHostname"), e.serverHostname)
        .optionalText(QStringLiteral("SourceContext"), e.sourceContext)
        .optionalText(QStringLiteral("ConnectorId"), e.connectorId)
        .text(QStringLiteral("Source"), e.source)
        .text(QStringLiteral("EventId"), e.eventId)
        .text(QStringLiteral("InternalMessageId"), QString::number(e.internalMessageId))
        .text(QStringLiteral("MessageId"), e.messageId)
        .text(QStringLiteral("NetworkMessageId"), e.networkMessageId)
        .add(QStringLiteral("Recipients"), PsValue::stringList(e.recipients))
        .add(QStringLiteral("RecipientStatus"), PsValue::stringList(e.recipientStatus))
        .number(QStringLiteral("TotalBytes"), e.totalBytes)
        .number(QStringLiteral("RecipientCount"), e.recipients.size())
        .optionalText(QStringLiteral("RelatedRecipientAddress"), e.relatedRecipientAddress)
        .add(QStringLiteral("Reference"),
             e.reference.isEmpty() ? PsValue::nil() : PsValue::stringList(e.reference))
        .text(QStringLiteral("MessageSubject"), e.messageSubject)
        .text(QStringLiteral("Sender"), e.sender)
        .text(QStringLiteral("ReturnPath"), e.returnPath)
        .text(QStringLiteral("Directionality"), e.directionality)
        .add(QStringLiteral("TenantId"), PsValue::nil())
        .optionalText(QStringLiteral("OriginalClientIp"), QString())
        .add(QStringLiteral("MessageInfo"), PsValue::nil())
        .add(QStringLiteral("MessageLatency"), PsValue::nil())
        .add(QStringLiteral("MessageLatencyType"), PsValue::string(QStringLiteral("None")))
        .add(QStringLiteral("EventData"),
             objectList(data, QStringLiteral("System.Collections.Generic.KeyValuePair`2[[System."
                                             "String, mscorlib],[System.Object, mscorlib]][]")))
        .value();
}

PsValue MailFlowObjects::testMailflowOutput(const QString &result, const QString &latency,
                                            bool remote)
{
    PropertyBag bag({QStringLiteral("Microsoft.Exchange.Monitoring.TestMailflowOutput"),
                     QStringLiteral("Microsoft.Exchange.Data.ConfigurableObject")},
                    QStringLiteral("Microsoft.Exchange.Monitoring.TestMailflowOutput"));
    return bag.text(QStringLiteral("TestMailflowResult"), result)
        .text(QStringLiteral("MessageLatencyTime"), latency)
        .flag(QStringLiteral("IsRemoteTest"), remote)
        .add(QStringLiteral("Identity"), PsValue::nil())
        .flag(QStringLiteral("IsValid"), true)
        .text(QStringLiteral("ObjectState"), QStringLiteral("New"))
        .value();
}

QStringList MailFlowObjects::queueFilterProperties()
{
    return {QStringLiteral("Identity"),
            QStringLiteral("DeliveryType"),
            QStringLiteral("NextHopDomain"),
            QStringLiteral("NextHopCategory"),
            QStringLiteral("NextHopConnector"),
            QStringLiteral("Status"),
            QStringLiteral("MessageCount"),
            QStringLiteral("LastError"),
            QStringLiteral("RetryCount"),
            QStringLiteral("Velocity"),
            QStringLiteral("IncomingRate"),
            QStringLiteral("OutgoingRate"),
            QStringLiteral("DeferredMessageCount"),
            QStringLiteral("TlsDomain")};
}

QMap<QString, QString> MailFlowObjects::queueFilterValues(const QueueState &q)
{
    return {{QStringLiteral("identity"), q.identity()},
            {QStringLiteral("deliverytype"), q.deliveryType},
            {QStringLiteral("nexthopdomain"), q.nextHopDomain},
            {QStringLiteral("nexthopcategory"), q.nextHopCategory},
            {QStringLiteral("nexthopconnector"), q.nextHopConnector.toString(QUuid::WithoutBraces)},
            {QStringLiteral("status"), q.status},
            {QStringLiteral("messagecount"), QString::number(q.messages.size())},
            {QStringLiteral("lasterror"), q.lastError},
            {QStringLiteral("retrycount"), QString::number(q.retryCount)},
            {QStringLiteral("velocity"), QStringLiteral("0")},
            {QStringLiteral("incomingrate"), QStringLiteral("0")},
            {QStringLiteral("outgoingrate"), QStringLiteral("0")},
            {QStringLiteral("deferredmessagecount"), QStringLiteral("0")},
            {QStringLiteral("tlsdomain"), QString()}};
}

QStringList MailFlowObjects::messageFilterProperties()
{
    return {QStringLiteral("Identity"),
            QStringLiteral("Queue"),
            QStringLiteral("Subject"),
            QStringLiteral("FromAddress"),
            QStringLiteral("OriginalFromAddress"),
            QStringLiteral("InternetMessageId"),
            QStringLiteral("Status"),
            QStringLiteral("Size"),
            QStringLiteral("SCL"),
            QStringLiteral("RetryCount"),
            QStringLiteral("LastError"),
            QStringLiteral("DateReceived"),
            QStringLiteral("ExpirationTime")};
}

QMap<QString, QString> MailFlowObjects::messageFilterValues(const QueueState &q,
                                                            const QueuedMessage &m)
{
    return {{QStringLiteral("identity"), messageIdentity(q, m)},
            {QStringLiteral("queue"), q.identity()},
            {QStringLiteral("subject"), m.subject},
            {QStringLiteral("fromaddress"), m.fromAddress},
            {QStringLiteral("originalfromaddress"), m.originalFromAddress},
            {QStringLiteral("internetmessageid"), m.internetMessageId},
            {QStringLiteral("status"), m.status},
            {QStringLiteral("size"), QString::number(m.size)},
            {QStringLiteral("scl"), QStringLiteral("-1")},
            {QStringLiteral("retrycount"), QString::number(m.retryCount)},
            {QStringLiteral("lasterror"), m.lastError},
            {QStringLiteral("datereceived"), timeText(m.dateReceived)},
            {QStringLiteral("expirationtime"), timeText(m.expirationTime)}};
}

} // namespace fake
