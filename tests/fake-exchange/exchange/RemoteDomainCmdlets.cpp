// Remote domains (Mail flow > Remote domains): the built-in Default (DomainName "*") and others.
#include "CmdletCall.h"
#include "Cmdlets.h"
#include "ExchangeObjects.h"
#include "SmtpSyntax.h"

namespace fake::cmdlets {

using remoting::PsValue;

namespace {

int findRemoteDomain(const OrganisationModel &org, const QString &identity)
{
    const QString id = identity.trimmed();
    const QUuid guid = QUuid::fromString(id);
    for (int i = 0; i < org.remoteDomains.size(); ++i) {
        const RemoteDomainInfo &d = org.remoteDomains.at(i);
        if (d.name.compare(id, Qt::CaseInsensitive) == 0 || (!guid.isNull() && d.guid == guid))
            return i;
    }
    return -1;
}

bool nameTaken(const OrganisationModel &org, const QString &name, int exceptIndex)
{
    for (int i = 0; i < org.remoteDomains.size(); ++i)
        if (i != exceptIndex
            && org.remoteDomains.at(i).name.compare(name, Qt::CaseInsensitive) == 0)
            return true;
    return false;
}

QString bareDomain(const QString &d)
{
    return d.startsWith(QLatin1String("*.")) ? d.mid(2) : d;
}

} // namespace

void getRemoteDomain(CmdletCall &call)
{
    const OrganisationModel &org = call.model();
    if (call.has(QStringLiteral("Identity"))) {
        const QString id = call.text(QStringLiteral("Identity"));
        const int index = findRemoteDomain(org, id);
        if (index < 0)
            call.writeError(call.notFound(id));
        else
            call.write(ExchangeObjects::remoteDomain(org, org.remoteDomains.at(index)));
        return;
    }
    for (const RemoteDomainInfo &d : org.remoteDomains)
        call.write(ExchangeObjects::remoteDomain(org, d));
}

void newRemoteDomain(CmdletCall &call)
{
    OrganisationModel &org = call.model();
    RemoteDomainInfo d;
    d.name = call.text(QStringLiteral("Name"));
    d.domainName = call.text(QStringLiteral("DomainName")).trimmed();
    if (!SmtpSyntax::isValidDomain(d.domainName, true)) {
        call.fail(call.transformationError(
            QStringLiteral("DomainName"),
            QStringLiteral("\"%1\" isn't a valid SMTP domain.").arg(d.domainName)));
        return;
    }
    if (!call.checkNameLength(d.name))
        return;
    for (const RemoteDomainInfo &other : qAsConst(org.remoteDomains)) {
        if (other.domainName == QLatin1String("*") || d.domainName == QLatin1String("*")) {
            if (other.domainName != d.domainName)
                continue;
        } else if (bareDomain(other.domainName)
                       .compare(bareDomain(d.domainName), Qt::CaseInsensitive)
                   != 0) {
            continue;
        }
        call.fail(
            call.taskError(QStringLiteral("Microsoft.Exchange.Management.SystemConfigurationTasks."
                                          "DuplicateRemoteDomainException"),
                           QStringLiteral("ResourceExists"),
                           QStringLiteral("The remote domain %1 already exists.").arg(d.domainName),
                           d.domainName));
        return;
    }
    if (nameTaken(org, d.name, -1)) {
        call.fail(call.alreadyExists(ExchangeObjects::remoteDomainDn(org, d.name)));
        return;
    }
    // New remote domains start with Exchange's defaults for non-Default entries.
    d.guid = QUuid::createUuid();
    d.whenChanged = QDateTime::currentDateTimeUtc();
    org.remoteDomains.append(d);
    call.markChanged();
    call.write(ExchangeObjects::remoteDomain(org, d));
}

void setRemoteDomain(CmdletCall &call)
{
    OrganisationModel &org = call.model();
    const QString id = call.text(QStringLiteral("Identity"));
    const int index = findRemoteDomain(org, id);
    if (index < 0) {
        call.fail(call.notFound(id));
        return;
    }
    RemoteDomainInfo updated = org.remoteDomains.at(index);
    if (call.has(QStringLiteral("Name"))) {
        const QString name = call.text(QStringLiteral("Name"));
        if (!call.checkNameLength(name))
            return;
        if (nameTaken(org, name, index)) {
            call.fail(call.alreadyExists(ExchangeObjects::remoteDomainDn(org, name)));
            return;
        }
        updated.name = name;
    }
    if (call.has(QStringLiteral("AllowedOOFType")))
        updated.allowedOofType = call.text(QStringLiteral("AllowedOOFType"));
    if (call.has(QStringLiteral("TNEFEnabled"))) {
        const PsValue v = call.value(QStringLiteral("TNEFEnabled"));
        updated.tnefEnabled = v.isNil() ? std::nullopt : std::optional<bool>(v.toBool());
    }
    auto setBool = [&](const char *param, bool &field) {
        if (call.has(QLatin1String(param)))
            field = call.flag(QLatin1String(param));
    };
    setBool("AutoReplyEnabled", updated.autoReplyEnabled);
    setBool("AutoForwardEnabled", updated.autoForwardEnabled);
    setBool("DeliveryReportEnabled", updated.deliveryReportEnabled);
    setBool("NDREnabled", updated.ndrEnabled);
    setBool("MeetingForwardNotificationEnabled", updated.meetingForwardNotificationEnabled);
    setBool("IsInternal", updated.isInternal);
    if (call.has(QStringLiteral("ContentType")))
        updated.contentType = call.text(QStringLiteral("ContentType"));
    if (call.has(QStringLiteral("CharacterSet")))
        updated.characterSet = call.text(QStringLiteral("CharacterSet"));

    const RemoteDomainInfo &c = org.remoteDomains.at(index);
    if (updated.name == c.name && updated.allowedOofType == c.allowedOofType
        && updated.tnefEnabled == c.tnefEnabled && updated.autoReplyEnabled == c.autoReplyEnabled
        && updated.autoForwardEnabled == c.autoForwardEnabled
        && updated.deliveryReportEnabled == c.deliveryReportEnabled
        && updated.ndrEnabled == c.ndrEnabled
        && updated.meetingForwardNotificationEnabled == c.meetingForwardNotificationEnabled
        && updated.isInternal == c.isInternal && updated.contentType == c.contentType
        && updated.characterSet == c.characterSet) {
        call.warnNothingModified(c.name);
        return;
    }
    updated.whenChanged = QDateTime::currentDateTimeUtc();
    org.remoteDomains[index] = updated;
    call.markChanged();
}

void removeRemoteDomain(CmdletCall &call)
{
    OrganisationModel &org = call.model();
    const QString id = call.text(QStringLiteral("Identity"));
    const int index = findRemoteDomain(org, id);
    if (index < 0) {
        call.fail(call.notFound(id));
        return;
    }
    org.remoteDomains.removeAt(index);
    call.markChanged();
}

} // namespace fake::cmdlets
