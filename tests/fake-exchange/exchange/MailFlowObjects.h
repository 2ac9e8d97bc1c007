#pragma once

#include "MailFlowSimulation.h"
#include "PsValue.h"

#include <QMap>

namespace fake {

// The objects the mail-flow cmdlets write (shapes in ../MAILFLOW.md, HEALTH.md 1.3, 1.7, 2.2,
// 3.1), and the property texts their OPATH filters compare.
class MailFlowObjects
{
public:
    static remoting::PsValue queue(const QueueState &queue);
    static remoting::PsValue message(const QueueState &queue, const QueuedMessage &message,
                                     bool includeRecipients);
    static remoting::PsValue trackingEvent(const TrackingEvent &event);
    static remoting::PsValue testMailflowOutput(const QString &result, const QString &latency,
                                                bool remote);

    static QStringList queueFilterProperties();
    static QMap<QString, QString> queueFilterValues(const QueueState &queue);
    static QStringList messageFilterProperties();
    static QMap<QString, QString> messageFilterValues(const QueueState &queue,
                                                      const QueuedMessage &message);
    static QString messageIdentity(const QueueState &queue, const QueuedMessage &message);
};

} // namespace fake
