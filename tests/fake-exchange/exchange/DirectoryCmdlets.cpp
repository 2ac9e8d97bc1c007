// Read-only cmdlets over the directory: servers, organisation, accepted domains, recipients,
// transport services, and Get-Command.
#include "CmdletCall.h"
#include "CmdletCatalog.h"
#include "CmdletErrors.h"
#include "Cmdlets.h"
#include "ExchangeObjects.h"
#include "ManagementRoles.h"
#include "ParameterBinder.h"
#include "RecipientLookup.h"

#include <QRegularExpression>

namespace fake::cmdlets {

namespace {

bool sameName(const QString &a, const QString &b)
{
    return a.compare(b, Qt::CaseInsensitive) == 0;
}

// Identity with PowerShell wildcards ("*", "?") matches by pattern; otherwise exactly.
bool identityMatches(const QString &identity, const QStringList &candidates)
{
    const bool wildcard
        = identity.contains(QLatin1Char('*')) || identity.contains(QLatin1Char('?'));
    const QRegularExpression re(wildcard ? QRegularExpression::wildcardToRegularExpression(identity)
                                         : QString(),
                                QRegularExpression::CaseInsensitiveOption);
    for (const QString &c : candidates) {
        if (wildcard ? re.match(c).hasMatch() : sameName(identity, c))
            return true;
    }
    return false;
}

bool isWildcard(const QString &identity)
{
    return identity.contains(QLatin1Char('*')) || identity.contains(QLatin1Char('?'));
}

void writeRecipients(CmdletCall &call, bool mailboxesOnly)
{
    const OrganisationModel &org = call.model();
    const QStringList typeDetails = call.list(QStringLiteral("RecipientTypeDetails"));
    const QStringList types = call.list(QStringLiteral("RecipientType"));
    auto wanted = [&](const RecipientInfo &r) {
        if (mailboxesOnly && !r.isMailbox())
            return false;
        if (!typeDetails.isEmpty()
            && !typeDetails.contains(r.recipientTypeDetails, Qt::CaseInsensitive))
            return false;
        if (!types.isEmpty() && !types.contains(r.recipientType(), Qt::CaseInsensitive))
            return false;
        return true;
    };
    auto shape = [&](const RecipientInfo &r) {
        return mailboxesOnly ? ExchangeObjects::mailbox(org, r)
                             : ExchangeObjects::reducedRecipient(org, r);
    };

    if (call.has(QStringLiteral("Identity"))) {
        const QString id = call.text(QStringLiteral("Identity"));
        QList<const RecipientInfo *> found;
        for (const RecipientInfo *r : RecipientLookup::find(org, id))
            if (wanted(*r))
                found.append(r);
        if (found.isEmpty())
            call.writeError(call.notFound(id));
        else if (found.size() > 1)
            call.writeError(call.ambiguous(id));
        else
            call.write(shape(*found.first()));
        return;
    }

    const bool explicitSize = call.has(QStringLiteral("ResultSize"));
    const QString sizeText = call.text(QStringLiteral("ResultSize"));
    const bool unlimited = sizeText == QLatin1String("Unlimited");
    const int limit = explicitSize ? (unlimited ? std::numeric_limits<int>::max()
                                                : call.integer(QStringLiteral("ResultSize")))
                                   : 1000;
    int written = 0;
    bool more = false;
    for (const RecipientInfo &r : org.recipients) {
        if (!wanted(r))
            continue;
        if (written >= limit) {
            more = true;
            break;
        }
        call.write(shape(r));
        ++written;
    }
    if (more && !explicitSize)
        call.warn(QStringLiteral(
            "By default, only the first 1000 items are returned. Use the ResultSize parameter to "
            "specify the number of items returned. To return all items, specify \"-ResultSize "
            "Unlimited\". Be aware that, depending on the actual number of items, returning all "
            "items can take a long time and consume a large amount of memory. Also, we don't "
            "recommend storing the results in a variable. Instead, pipe the results to another "
            "task "
            "or script to perform batch changes."));
    else if (more)
        call.warn(QStringLiteral(
            "There are more results available than are currently displayed. To view them, increase "
            "the value for the ResultSize parameter."));
}

} // namespace

void getExchangeServer(CmdletCall &call)
{
    const OrganisationModel &org = call.model();
    const QString id = call.text(QStringLiteral("Identity"));
    bool any = false;
    for (const ExchangeServerInfo &s : org.servers) {
        if (!id.isEmpty()
            && !identityMatches(id, {s.name, s.fqdn, s.guid.toString(QUuid::WithoutBraces)}))
            continue;
        call.write(ExchangeObjects::exchangeServer(org, s));
        any = true;
    }
    if (!any && !id.isEmpty() && !isWildcard(id))
        call.writeError(call.notFound(id));
}

void getOrganizationConfig(CmdletCall &call)
{
    call.write(ExchangeObjects::organizationConfig(call.model()));
}

void getAcceptedDomain(CmdletCall &call)
{
    const OrganisationModel &org = call.model();
    const QString id = call.text(QStringLiteral("Identity"));
    bool any = false;
    for (const AcceptedDomainInfo &d : org.acceptedDomains) {
        if (!id.isEmpty()
            && !identityMatches(id, {d.name, d.domainName, d.guid.toString(QUuid::WithoutBraces)}))
            continue;
        call.write(ExchangeObjects::acceptedDomain(org, d));
        any = true;
    }
    if (!any && !id.isEmpty() && !isWildcard(id))
        call.writeError(call.notFound(id));
}

void getRecipient(CmdletCall &call)
{
    writeRecipients(call, false);
}

void getMailbox(CmdletCall &call)
{
    writeRecipients(call, true);
}

void getTransportService(CmdletCall &call)
{
    const OrganisationModel &org = call.model();
    const QString id = call.text(QStringLiteral("Identity"));
    bool any = false;
    for (const ExchangeServerInfo &s : org.servers) {
        // Edge servers are outside the organisation's RBAC (HEALTH.md 1.9): not listed.
        if (!s.transport || s.roles.contains(QStringLiteral("Edge"), Qt::CaseInsensitive))
            continue;
        if (!id.isEmpty()
            && !identityMatches(id, {s.name, s.fqdn, s.guid.toString(QUuid::WithoutBraces)}))
            continue;
        call.write(ExchangeObjects::transportService(org, s));
        any = true;
    }
    if (!any && !id.isEmpty() && !isWildcard(id))
        call.writeError(call.notFound(id));
}

void getCommand(CmdletCall &call)
{
    auto infoFor = [&](const CmdletSpec &spec) {
        const ManagementRoles::Grant grant = ManagementRoles::grantFor(call.userRoles(), spec.name);
        return ExchangeObjects::cmdletInfo(spec.name,
                                           ParameterBinder(spec, grant).availableParameters());
    };
    auto visible = [&](const CmdletSpec &spec) {
        return ManagementRoles::grantFor(call.userRoles(), spec.name).granted;
    };

    const QStringList names = call.list(QStringLiteral("Name"));
    if (names.isEmpty()) {
        for (const CmdletSpec &spec : CmdletCatalog::all())
            if (visible(spec))
                call.write(infoFor(spec));
        return;
    }
    for (const QString &name : names) {
        if (isWildcard(name)) {
            for (const CmdletSpec &spec : CmdletCatalog::all())
                if (visible(spec) && identityMatches(name, {spec.name}))
                    call.write(infoFor(spec));
            continue;
        }
        const CmdletSpec *spec = CmdletCatalog::find(name);
        if (spec && visible(*spec))
            call.write(infoFor(*spec));
        else
            call.writeError(CmdletErrors::getCommandNotFound(name));
    }
}

} // namespace fake::cmdlets
