#include "HealthAssumptions.h"

#include <QtGlobal>

namespace exchange {

bool HealthAssumptions::isJournalReportId(const QString &messageId)
{
    return messageId.trimmed().endsWith(journalReportIdSuffix(), Qt::CaseInsensitive);
}

QStringList HealthAssumptions::sendEventIds()
{
    return {QStringLiteral("SEND"), QStringLiteral("SENDEXTERNAL")};
}

bool HealthAssumptions::isSendEvent(const QString &eventId)
{
    return sendEventIds().contains(eventId.trimmed(), Qt::CaseInsensitive);
}

QStringList HealthAssumptions::archiveDeliveryTypes()
{
    return {QStringLiteral("SmartHostConnectorDelivery"),
            QStringLiteral("DnsConnectorDelivery"),
            QStringLiteral("SmtpRelayToConnectorSourceServers"),
            QStringLiteral("SmtpRelayToRemoteAdSite"),
            QStringLiteral("SmtpRelayToRemoteActiveDirectorySite"),
            QStringLiteral("SmtpRelayWithinAdSiteToEdge")};
}

bool HealthAssumptions::isUnreachableQueue(const QString &identity, const QString &deliveryType)
{
    return deliveryType.compare(QLatin1String("Unreachable"), Qt::CaseInsensitive) == 0
           || identity.section(QLatin1Char('\\'), -1)
                      .compare(QLatin1String("Unreachable"), Qt::CaseInsensitive)
                  == 0;
}

bool HealthAssumptions::isSubmissionQueue(const QString &identity, const QString &nextHopDomain)
{
    return nextHopDomain.compare(QLatin1String("Submission"), Qt::CaseInsensitive) == 0
           || identity.section(QLatin1Char('\\'), -1)
                      .compare(QLatin1String("Submission"), Qt::CaseInsensitive)
                  == 0;
}

QStringList HealthAssumptions::noRouteMarkers()
{
    return {QStringLiteral("matching connector cannot be found"),
            QStringLiteral("No Matching Connector")};
}

QString HealthAssumptions::roleFor(const QString &cmdlet)
{
    const QString c = cmdlet.trimmed();
    if (c.compare(QLatin1String("Get-MessageTrackingLog"), Qt::CaseInsensitive) == 0)
        return QStringLiteral("Message Tracking");
    if (c.compare(QLatin1String("Test-Mailflow"), Qt::CaseInsensitive) == 0)
        return QStringLiteral("Monitoring");
    if (c.compare(QLatin1String("Get-JournalRule"), Qt::CaseInsensitive) == 0)
        return QStringLiteral("Journaling");
    if (c.compare(QLatin1String("Get-TransportConfig"), Qt::CaseInsensitive) == 0)
        return QStringLiteral("Organization Transport Settings");
    return QStringLiteral("View-Only Configuration");
}

int HealthAssumptions::pollIntervalMs(qint64 waitMs)
{
    return int(qBound(qint64(500), waitMs / 8, qint64(15000)));
}

} // namespace exchange
