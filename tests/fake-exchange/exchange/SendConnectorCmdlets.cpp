// Send connectors: the optional smarthost route to SecureStore.
#include "CmdletCall.h"
#include "Cmdlets.h"
#include "ExchangeObjects.h"
#include "SmtpSyntax.h"

namespace fake::cmdlets {

namespace {

int findConnector(const OrganisationModel &org, const QString &identity)
{
    const QString id = identity.trimmed();
    const QUuid guid = QUuid::fromString(id);
    for (int i = 0; i < org.sendConnectors.size(); ++i) {
        const SendConnectorInfo &c = org.sendConnectors.at(i);
        if (c.name.compare(id, Qt::CaseInsensitive) == 0 || (!guid.isNull() && c.guid == guid))
            return i;
    }
    return -1;
}

bool nameTaken(const OrganisationModel &org, const QString &name, int exceptIndex)
{
    for (int i = 0; i < org.sendConnectors.size(); ++i)
        if (i != exceptIndex
            && org.sendConnectors.at(i).name.compare(name, Qt::CaseInsensitive) == 0)
            return true;
    return false;
}

// "SMTP:archive.example;1", "archive.example;1" or "archive.example" -> "SMTP:archive.example;1".
std::optional<QString> parseAddressSpace(CmdletCall &call, const QString &text)
{
    QString rest = text.trimmed();
    QString type = QStringLiteral("SMTP");
    const int colon = rest.indexOf(QLatin1Char(':'));
    if (colon >= 0) {
        type = rest.left(colon);
        rest = rest.mid(colon + 1);
    }
    QString domain = rest;
    int cost = 1;
    bool costOk = true;
    const int semicolon = rest.indexOf(QLatin1Char(';'));
    if (semicolon >= 0) {
        domain = rest.left(semicolon);
        cost = rest.mid(semicolon + 1).trimmed().toInt(&costOk);
    }
    domain = domain.trimmed();
    if (type.compare(QLatin1String("SMTP"), Qt::CaseInsensitive) != 0
        || !SmtpSyntax::isValidDomain(domain, true)) {
        call.fail(call.transformationError(
            QStringLiteral("AddressSpaces"),
            QStringLiteral("\"%1\" isn't a valid SMTP domain.").arg(domain)));
        return std::nullopt;
    }
    if (!costOk || cost < 1 || cost > 100) {
        call.fail(call.transformationError(
            QStringLiteral("AddressSpaces"),
            QStringLiteral("The address space cost must be between 1 and 100.")));
        return std::nullopt;
    }
    return QStringLiteral("SMTP:%1;%2").arg(domain).arg(cost);
}

// Applies the settings shared by New- and Set-SendConnector; false after a terminating error.
bool applySettings(CmdletCall &call, SendConnectorInfo &c)
{
    if (call.has(QStringLiteral("AddressSpaces"))) {
        QStringList spaces;
        for (const QString &s : call.list(QStringLiteral("AddressSpaces"))) {
            const std::optional<QString> parsed = parseAddressSpace(call, s);
            if (!parsed)
                return false;
            spaces.append(*parsed);
        }
        c.addressSpaces = spaces;
    }
    if (call.has(QStringLiteral("SmartHosts"))) {
        QStringList hosts;
        for (const QString &h : call.list(QStringLiteral("SmartHosts"))) {
            if (!SmtpSyntax::isValidSmartHost(h)) {
                call.fail(call.transformationError(
                    QStringLiteral("SmartHosts"),
                    QStringLiteral("\"%1\" is not a valid IP address or host name.")
                        .arg(h.trimmed())));
                return false;
            }
            hosts.append(SmtpSyntax::smartHostDisplay(h));
        }
        c.smartHosts = hosts;
        if (!call.has(QStringLiteral("DNSRoutingEnabled")) && !hosts.isEmpty())
            c.dnsRoutingEnabled = false;
    }
    if (call.has(QStringLiteral("DNSRoutingEnabled")))
        c.dnsRoutingEnabled = call.flag(QStringLiteral("DNSRoutingEnabled"));
    if (call.has(QStringLiteral("SourceTransportServers"))) {
        QStringList servers;
        for (const QString &name : call.list(QStringLiteral("SourceTransportServers"))) {
            const ExchangeServerInfo *found = nullptr;
            for (const ExchangeServerInfo &s : call.model().servers)
                if (s.transport
                    && (s.name.compare(name.trimmed(), Qt::CaseInsensitive) == 0
                        || s.fqdn.compare(name.trimmed(), Qt::CaseInsensitive) == 0))
                    found = &s;
            if (!found) {
                call.fail(call.notFound(name.trimmed()));
                return false;
            }
            if (!servers.contains(found->name))
                servers.append(found->name);
        }
        c.sourceTransportServers = servers;
    }
    if (call.has(QStringLiteral("RequireTLS")))
        c.requireTls = call.flag(QStringLiteral("RequireTLS"));
    if (call.has(QStringLiteral("TlsAuthLevel")))
        c.tlsAuthLevel = call.text(QStringLiteral("TlsAuthLevel"));
    if (call.has(QStringLiteral("Enabled")))
        c.enabled = call.flag(QStringLiteral("Enabled"));
    if (call.has(QStringLiteral("Port")))
        c.port = call.integer(QStringLiteral("Port"));
    if (call.has(QStringLiteral("Comment")))
        c.comment = call.text(QStringLiteral("Comment"));
    if (call.has(QStringLiteral("Fqdn")))
        c.fqdn = call.text(QStringLiteral("Fqdn"));
    if (call.has(QStringLiteral("MaxMessageSize")))
        c.maxMessageSize = call.text(QStringLiteral("MaxMessageSize"));

    if (!c.dnsRoutingEnabled && c.smartHosts.isEmpty()) {
        call.fail(call.taskError(
            QStringLiteral("Microsoft.Exchange.Data.DataValidationException"),
            QStringLiteral("NotSpecified"),
            QStringLiteral(
                "You must specify a smart host if you are not using DNS to route mails."),
            c.name));
        return false;
    }
    return true;
}

bool sameSettings(const SendConnectorInfo &a, const SendConnectorInfo &b)
{
    return a.name == b.name && a.addressSpaces == b.addressSpaces && a.smartHosts == b.smartHosts
           && a.dnsRoutingEnabled == b.dnsRoutingEnabled
           && a.sourceTransportServers == b.sourceTransportServers && a.enabled == b.enabled
           && a.port == b.port && a.requireTls == b.requireTls && a.tlsAuthLevel == b.tlsAuthLevel
           && a.comment == b.comment && a.fqdn == b.fqdn && a.maxMessageSize == b.maxMessageSize;
}

} // namespace

void getSendConnector(CmdletCall &call)
{
    const OrganisationModel &org = call.model();
    if (call.has(QStringLiteral("Identity"))) {
        const QString id = call.text(QStringLiteral("Identity"));
        const int index = findConnector(org, id);
        if (index < 0)
            call.writeError(call.notFound(id));
        else
            call.write(ExchangeObjects::sendConnector(org, org.sendConnectors.at(index)));
        return;
    }
    for (const SendConnectorInfo &c : org.sendConnectors)
        call.write(ExchangeObjects::sendConnector(org, c));
}

void newSendConnector(CmdletCall &call)
{
    OrganisationModel &org = call.model();
    SendConnectorInfo c;
    c.name = call.text(QStringLiteral("Name"));
    if (call.has(QStringLiteral("Usage")))
        c.usage = call.text(QStringLiteral("Usage"));
    for (const ExchangeServerInfo &s : org.servers)
        if (s.transport) {
            c.sourceTransportServers = {s.name}; // the server the session runs on
            break;
        }
    if (!applySettings(call, c) || !call.checkNameLength(c.name))
        return;
    if (nameTaken(org, c.name, -1)) {
        call.fail(call.alreadyExists(ExchangeObjects::sendConnectorDn(org, c.name)));
        return;
    }
    c.guid = QUuid::createUuid();
    c.whenChanged = QDateTime::currentDateTimeUtc();
    org.sendConnectors.append(c);
    call.markChanged();
    call.write(ExchangeObjects::sendConnector(org, c));
}

void setSendConnector(CmdletCall &call)
{
    OrganisationModel &org = call.model();
    const QString id = call.text(QStringLiteral("Identity"));
    const int index = findConnector(org, id);
    if (index < 0) {
        call.fail(call.notFound(id));
        return;
    }
    SendConnectorInfo updated = org.sendConnectors.at(index);
    if (call.has(QStringLiteral("Name"))) {
        updated.name = call.text(QStringLiteral("Name"));
        if (!call.checkNameLength(updated.name))
            return;
        if (nameTaken(org, updated.name, index)) {
            call.fail(call.alreadyExists(ExchangeObjects::sendConnectorDn(org, updated.name)));
            return;
        }
    }
    if (!applySettings(call, updated))
        return;
    if (sameSettings(updated, org.sendConnectors.at(index))) {
        call.warnNothingModified(updated.name);
        return;
    }
    updated.whenChanged = QDateTime::currentDateTimeUtc();
    org.sendConnectors[index] = updated;
    call.markChanged();
}

void removeSendConnector(CmdletCall &call)
{
    OrganisationModel &org = call.model();
    const QString id = call.text(QStringLiteral("Identity"));
    const int index = findConnector(org, id);
    if (index < 0) {
        call.fail(call.notFound(id));
        return;
    }
    org.sendConnectors.removeAt(index);
    call.markChanged();
}

} // namespace fake::cmdlets
