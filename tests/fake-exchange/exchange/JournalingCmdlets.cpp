// Journaling: the transport configuration's NDR address and the journal rules.
#include "CmdletCall.h"
#include "Cmdlets.h"
#include "ExchangeObjects.h"
#include "RecipientLookup.h"
#include "SmtpSyntax.h"

namespace fake::cmdlets {

using remoting::PsValue;

namespace {

const QString kArgumentException = QStringLiteral("System.ArgumentException");

QString invalidAddressText(const QString &address)
{
    return QStringLiteral("The email address \"%1\" isn't correct. Please use this format: user "
                          "name, the @ sign, "
                          "followed by the domain name. For example, tonysmith@contoso.com or "
                          "tony.smith@contoso.com.")
        .arg(address);
}

int findRule(const OrganisationModel &org, const QString &identity)
{
    const QUuid guid = QUuid::fromString(identity.trimmed());
    for (int i = 0; i < org.journalRules.size(); ++i) {
        const JournalRuleInfo &r = org.journalRules.at(i);
        if (r.name.compare(identity.trimmed(), Qt::CaseInsensitive) == 0
            || (!guid.isNull() && r.guid == guid))
            return i;
    }
    return -1;
}

// The rule named by -Identity, or a terminating not-found error (-1).
int requireRule(CmdletCall &call)
{
    const QString id = call.text(QStringLiteral("Identity"));
    const int index = findRule(call.model(), id);
    if (index < 0)
        call.fail(call.notFound(id));
    return index;
}

bool nameTaken(const OrganisationModel &org, const QString &name, int exceptIndex)
{
    for (int i = 0; i < org.journalRules.size(); ++i)
        if (i != exceptIndex && org.journalRules.at(i).name.compare(name, Qt::CaseInsensitive) == 0)
            return true;
    return false;
}

// -JournalEmailAddress: a valid SMTP address is stored verbatim; anything else must name a
// recipient (its primary address is stored).
std::optional<QString> resolveJournalAddress(CmdletCall &call, const QString &value)
{
    if (SmtpSyntax::isValidAddress(value.trimmed()))
        return value.trimmed();
    const QList<const RecipientInfo *> found = RecipientLookup::find(call.model(), value);
    if (found.size() == 1)
        return found.first()->primarySmtpAddress;
    call.fail(call.taskError(
        QStringLiteral("Microsoft.Exchange.Configuration.Tasks.RecipientInvalidException"),
        QStringLiteral("InvalidArgument"),
        QStringLiteral("No recipient matched the specified parameter value."), value));
    return std::nullopt;
}

// -Recipient (SmtpAddress): $null or "" = all recipients.
std::optional<QString> recipientFilter(CmdletCall &call)
{
    const PsValue v = call.value(QStringLiteral("Recipient"));
    const QString s = v.toString().trimmed();
    if (v.isNil() || s.isEmpty())
        return QString();
    if (!SmtpSyntax::isValidAddress(s)) {
        call.fail(call.transformationError(QStringLiteral("Recipient"), invalidAddressText(s)));
        return std::nullopt;
    }
    return s;
}

} // namespace

void getTransportConfig(CmdletCall &call)
{
    call.write(ExchangeObjects::transportConfig(call.model()));
}

void setTransportConfig(CmdletCall &call)
{
    TransportConfigInfo updated = call.model().transportConfig;
    if (call.has(QStringLiteral("JournalingReportNdrTo"))) {
        const PsValue v = call.value(QStringLiteral("JournalingReportNdrTo"));
        const QString s = v.toString().trimmed();
        if (v.isNil() || s.isEmpty() || s == QLatin1String("<>")) {
            updated.journalingReportNdrTo.clear();
        } else if (!SmtpSyntax::isValidAddress(s)) {
            call.fail(call.transformationError(
                QStringLiteral("JournalingReportNdrTo"),
                QStringLiteral(
                    "You can't forward email to \"%1\" because the address format isn't correct. "
                    "Please use "
                    "this format: user name, the @ sign, followed by the domain name. For example, "
                    "tonysmith@contoso.com or tony.smith@contoso.com.")
                    .arg(s)));
            return;
        } else {
            updated.journalingReportNdrTo = s;
        }
    }
    if (call.has(QStringLiteral("ExternalPostmasterAddress"))) {
        const QString s = call.text(QStringLiteral("ExternalPostmasterAddress")).trimmed();
        if (!s.isEmpty() && !SmtpSyntax::isValidAddress(s)) {
            call.fail(call.transformationError(QStringLiteral("ExternalPostmasterAddress"),
                                               invalidAddressText(s)));
            return;
        }
        updated.externalPostmasterAddress = s;
    }
    if (call.has(QStringLiteral("MaxSendSize")))
        updated.maxSendSize = call.text(QStringLiteral("MaxSendSize"));
    if (call.has(QStringLiteral("MaxReceiveSize")))
        updated.maxReceiveSize = call.text(QStringLiteral("MaxReceiveSize"));
    if (call.has(QStringLiteral("MaxRecipientEnvelopeLimit")))
        updated.maxRecipientEnvelopeLimit
            = call.integer(QStringLiteral("MaxRecipientEnvelopeLimit"));

    TransportConfigInfo &current = call.model().transportConfig;
    const bool same
        = updated.journalingReportNdrTo.compare(current.journalingReportNdrTo, Qt::CaseSensitive)
              == 0
          && updated.externalPostmasterAddress == current.externalPostmasterAddress
          && updated.maxSendSize == current.maxSendSize
          && updated.maxReceiveSize == current.maxReceiveSize
          && updated.maxRecipientEnvelopeLimit == current.maxRecipientEnvelopeLimit;
    if (same) {
        call.warnNothingModified(QStringLiteral("Transport Settings"));
        return;
    }
    current = updated;
    call.markChanged();
}

void getJournalRule(CmdletCall &call)
{
    const OrganisationModel &org = call.model();
    if (call.has(QStringLiteral("Identity"))) {
        const QString id = call.text(QStringLiteral("Identity"));
        const int index = findRule(org, id);
        if (index < 0)
            call.writeError(call.notFound(id));
        else
            call.write(ExchangeObjects::journalRule(org, org.journalRules.at(index)));
        return;
    }
    for (const JournalRuleInfo &r : org.journalRules)
        call.write(ExchangeObjects::journalRule(org, r));
}

void newJournalRule(CmdletCall &call)
{
    OrganisationModel &org = call.model();
    JournalRuleInfo rule;
    rule.name = call.text(QStringLiteral("Name"));
    const std::optional<QString> recipient = recipientFilter(call);
    if (!recipient || !call.checkNameLength(rule.name))
        return;
    if (nameTaken(org, rule.name, -1)) {
        call.fail(call.taskError(kArgumentException, QStringLiteral("InvalidArgument"),
                                 QStringLiteral("A journal rule with that name already exists."),
                                 rule.name));
        return;
    }
    const std::optional<QString> address
        = resolveJournalAddress(call, call.text(QStringLiteral("JournalEmailAddress")));
    if (!address)
        return;
    rule.journalEmailAddress = *address;
    rule.recipient = *recipient;
    if (call.has(QStringLiteral("Scope")))
        rule.scope = call.text(QStringLiteral("Scope"));
    rule.enabled = call.has(QStringLiteral("Enabled")) && call.flag(QStringLiteral("Enabled"));
    rule.guid = QUuid::createUuid();
    rule.whenChanged = call.now();
    org.journalRules.append(rule);
    call.markChanged();
    call.write(ExchangeObjects::journalRule(org, rule));
}

void setJournalRule(CmdletCall &call)
{
    OrganisationModel &org = call.model();
    const int index = requireRule(call);
    if (index < 0)
        return;
    JournalRuleInfo updated = org.journalRules.at(index);
    if (call.has(QStringLiteral("Recipient"))) {
        const std::optional<QString> recipient = recipientFilter(call);
        if (!recipient)
            return;
        updated.recipient = *recipient;
    }
    if (call.has(QStringLiteral("Name"))) {
        const QString name = call.text(QStringLiteral("Name"));
        if (!call.checkNameLength(name))
            return;
        if (nameTaken(org, name, index)) {
            call.fail(call.taskError(
                kArgumentException, QStringLiteral("InvalidArgument"),
                QStringLiteral("A journal rule with that name already exists."), name));
            return;
        }
        updated.name = name;
    }
    if (call.has(QStringLiteral("JournalEmailAddress"))) {
        const std::optional<QString> address
            = resolveJournalAddress(call, call.text(QStringLiteral("JournalEmailAddress")));
        if (!address)
            return;
        updated.journalEmailAddress = *address;
    }
    if (call.has(QStringLiteral("Scope")))
        updated.scope = call.text(QStringLiteral("Scope"));

    const JournalRuleInfo &current = org.journalRules.at(index);
    if (updated.name == current.name && updated.journalEmailAddress == current.journalEmailAddress
        && updated.scope == current.scope && updated.recipient == current.recipient) {
        call.warnNothingModified(current.name);
        return;
    }
    updated.whenChanged = call.now();
    org.journalRules[index] = updated;
    call.markChanged();
}

namespace {

void setEnabled(CmdletCall &call, bool enabled)
{
    const int index = requireRule(call);
    if (index < 0)
        return;
    JournalRuleInfo &rule = call.model().journalRules[index];
    if (rule.enabled == enabled)
        return;
    rule.enabled = enabled;
    rule.whenChanged = call.now();
    call.markChanged();
}

} // namespace

void enableJournalRule(CmdletCall &call)
{
    setEnabled(call, true);
}

void disableJournalRule(CmdletCall &call)
{
    setEnabled(call, false);
}

void removeJournalRule(CmdletCall &call)
{
    const int index = requireRule(call);
    if (index < 0)
        return;
    call.model().journalRules.removeAt(index);
    call.markChanged();
}

} // namespace fake::cmdlets
