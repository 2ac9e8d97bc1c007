#include "FieldCheck.h"

#include "AddressSyntax.h"
#include "Planner.h"
#include "SettingsValidator.h"

namespace wizard {

namespace {

bool hasAddress(const exchange::Recipient &r, const QString &address)
{
    if (r.primarySmtpAddress.compare(address, Qt::CaseInsensitive) == 0)
        return true;
    for (const QString &a : r.emailAddresses)
        if (a.compare(address, Qt::CaseInsensitive) == 0)
            return true;
    return false;
}

// The recipient behind address as discovery knows it: its identity lookup when that found
// it, else the listed mailbox with that (primary or proxy) address.
const exchange::Recipient *knownRecipient(const exchange::Organisation &org, const QString &address)
{
    if (const exchange::Recipient *r = org.recipient(address); r && r->found)
        return r;
    for (const exchange::Recipient &r : org.mailboxes) {
        if (hasAddress(r, address))
            return &r;
    }
    return nullptr;
}

// The engine's first issue for one field of these settings, checked against organisation
// as far as it is known (offline checks only when it was not discovered).
QString engineIssue(const exchange::JournalingSettings &settings,
                    const exchange::Organisation &organisation, const QString &field)
{
    const QList<exchange::ValidationIssue> issues
        = exchange::SettingsValidator::validate(settings, &organisation);
    for (const exchange::ValidationIssue &issue : issues) {
        if (issue.field == field)
            return issue.message;
    }
    return {};
}

} // namespace

FieldCheck FieldCheck::journalAddress(const QString &text,
                                      const QList<exchange::AcceptedDomain> &accepted)
{
    const QString address = text.trimmed();
    exchange::JournalingSettings settings;
    settings.journalAddress = address;
    exchange::Organisation organisation;
    organisation.acceptedDomains = accepted;
    const QString issue = engineIssue(settings, organisation, QStringLiteral("journalAddress"));
    if (!issue.isEmpty())
        return error(issue);
    return okay(tr("Journal reports will be sent to %1.").arg(address));
}

FieldCheck FieldCheck::ndrMailbox(const QString &text, const QString &journalAddress,
                                  const exchange::Organisation &organisation)
{
    const QString address = text.trimmed();
    // The engine's rules (syntax, not the journaling address, not journaled). Whether the
    // mailbox exists comes from discovery's mailbox list (or an identity lookup); when the
    // list is capped, the review page's discovery looks the address up and validates it.
    exchange::JournalingSettings settings;
    settings.journalAddress = journalAddress.trimmed();
    settings.ndrMailbox = address;
    exchange::Organisation offline = organisation;
    offline.discovered = false;
    const QString issue = engineIssue(settings, offline, QStringLiteral("ndrMailbox"));
    if (!issue.isEmpty())
        return error(issue);
    if (const exchange::Recipient *r = knownRecipient(organisation, address)) {
        const QString type
            = r->recipientTypeDetails.isEmpty() ? r->recipientType : r->recipientTypeDetails;
        const QString name = !r->displayName.isEmpty() ? r->displayName : r->name;
        if (!r->isGroup() && type == QLatin1String("UserMailbox"))
            return okay(
                tr("%1 is the user mailbox \"%2\".").arg(address, name.isEmpty() ? address : name));
        if (!r->isGroup() && type == QLatin1String("SharedMailbox"))
            return okay(tr("%1 is the shared mailbox \"%2\".")
                            .arg(address, name.isEmpty() ? address : name));
        if (!type.isEmpty())
            return error(tr("%1 is a %2, not a mailbox. Choose a user or shared mailbox "
                            "(ideally one used only for these reports).")
                             .arg(address, type));
    }
    const QString domain = exchange::AddressSyntax::domainOf(address);
    if (!organisation.acceptedDomains.isEmpty()
        && !exchange::SettingsValidator::acceptedDomainCovering(domain, organisation))
        return error(tr("%1 is not an accepted domain of this organisation. The reports must go "
                        "to a mailbox in this organisation.")
                         .arg(domain));
    // Every user and shared mailbox was listed: anything else is no mailbox at all.
    if (organisation.mailboxListComplete)
        return error(tr("No user or shared mailbox %1 was found in this organisation (a group, a "
                        "contact or a mistyped address cannot receive these reports). Choose a "
                        "mailbox from the list that opens as you type.")
                         .arg(address));
    // The list was capped (or could not be read): the review page looks the address up.
    if (organisation.mailboxes.isEmpty())
        return okay(tr("The mailboxes of this organisation were not listed; %1 will be looked up "
                       "on the review page before anything is changed.")
                        .arg(address));
    return okay(tr("%1 is not among the %2 mailboxes listed (large organisations are listed only "
                   "in part); it will be looked up on the review page before anything is changed.")
                    .arg(address)
                    .arg(organisation.mailboxes.size()));
}

FieldCheck FieldCheck::ruleName(const QString &name, const QString &journalAddress,
                                const QList<exchange::JournalRule> &rules)
{
    const FieldCheck basic = objectName(name);
    if (!basic.ok())
        return basic;
    const QString trimmed = name.trimmed();
    for (const exchange::JournalRule &rule : rules) {
        if (rule.name.trimmed().compare(trimmed, Qt::CaseInsensitive) != 0)
            continue;
        if (!exchange::Planner::isEquivalentRule(rule, journalAddress))
            return error(tr("A journal rule named \"%1\" already exists and does something else "
                            "(sends to %2, scope %3). Choose another name.")
                             .arg(rule.name, rule.journalEmailAddress, rule.scope));
        if (!rule.enabled)
            return okay(tr("The existing rule \"%1\" already does this; it will be enabled.")
                            .arg(rule.name));
        return okay(
            tr("The existing rule \"%1\" already does this; it will be kept.").arg(rule.name));
    }
    return okay(tr("A new rule \"%1\" will be created.").arg(trimmed));
}

FieldCheck FieldCheck::objectName(const QString &name)
{
    QString reason;
    if (!exchange::SettingsValidator::isValidName(name, &reason))
        return error(reason);
    return okay();
}

FieldCheck FieldCheck::smartHost(const QString &host)
{
    QString reason;
    if (!exchange::AddressSyntax::isValidSmartHost(host, &reason))
        return error(reason);
    return okay();
}

} // namespace wizard
