#include "FieldCheck.h"

#include "AddressSyntax.h"
#include "SettingsValidator.h"

namespace wizard {

namespace {

const exchange::Recipient *findMailbox(const exchange::Organisation &org, const QString &address)
{
    if (const exchange::Recipient *r = org.recipient(address))
        return r;
    for (const exchange::Recipient &r : org.mailboxes) {
        if (r.primarySmtpAddress.compare(address, Qt::CaseInsensitive) == 0)
            return &r;
    }
    return nullptr;
}

// The engine's first issue for one field of these settings, checked against organisation
// as far as it is known (offline checks only when it was not discovered).
QString engineIssue(const exchange::JournalingSettings &settings, const exchange::Organisation &organisation,
                    const QString &field)
{
    const QList<exchange::ValidationIssue> issues = exchange::SettingsValidator::validate(settings, &organisation);
    for (const exchange::ValidationIssue &issue : issues) {
        if (issue.field == field)
            return issue.message;
    }
    return {};
}

} // namespace

FieldCheck FieldCheck::journalAddress(const QString &text, const QList<exchange::AcceptedDomain> &accepted)
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
    // mailbox exists is only known for addresses discovery looked up, so the live checks
    // are left to the review page's discovery.
    exchange::JournalingSettings settings;
    settings.journalAddress = journalAddress.trimmed();
    settings.ndrMailbox = address;
    exchange::Organisation offline = organisation;
    offline.discovered = false;
    const QString issue = engineIssue(settings, offline, QStringLiteral("ndrMailbox"));
    if (!issue.isEmpty())
        return error(issue);
    if (address.compare(journalAddress.trimmed(), Qt::CaseInsensitive) == 0)
        return error(tr("The mailbox for undeliverable reports must differ from the journaling "
                        "address."));
    if (const exchange::Recipient *r = findMailbox(organisation, address)) {
        if (r->found || !r->recipientTypeDetails.isEmpty()) {
            const QString type = r->recipientTypeDetails;
            if (type == QLatin1String("UserMailbox") || type == QLatin1String("SharedMailbox"))
                return okay(tr("%1 is a mailbox in this organisation.").arg(address));
            if (!type.isEmpty())
                return error(tr("%1 is a %2, not a mailbox. Choose a user or shared mailbox "
                                "(ideally one used only for these reports).").arg(address, type));
        }
    }
    const QString domain = exchange::AddressSyntax::domainOf(address);
    if (!organisation.acceptedDomains.isEmpty()
        && !exchange::SettingsValidator::acceptedDomainCovering(domain, organisation))
        return error(tr("%1 is not an accepted domain of this organisation. The reports must go "
                        "to a mailbox in this organisation.").arg(domain));
    return warning(tr("%1 was not among the mailboxes found; it will be looked up before "
                      "anything is changed.").arg(address));
}

FieldCheck FieldCheck::ruleName(const QString &name, const QString &journalAddress,
                                const QList<exchange::JournalRule> &rules)
{
    const FieldCheck basic = objectName(name);
    if (!basic.ok())
        return basic;
    const QString trimmed = name.trimmed();
    for (const exchange::JournalRule &rule : rules) {
        if (rule.name.compare(trimmed, Qt::CaseInsensitive) != 0)
            continue;
        const bool equivalent =
            rule.journalEmailAddress.compare(journalAddress.trimmed(), Qt::CaseInsensitive) == 0
            && rule.scope.compare(QLatin1String("Internal"), Qt::CaseInsensitive) == 0
            && rule.recipient.isEmpty();
        if (!equivalent)
            return error(tr("A journal rule named \"%1\" already exists and does something else "
                            "(sends to %2, scope %3). Choose another name.")
                             .arg(rule.name, rule.journalEmailAddress, rule.scope));
        if (!rule.enabled)
            return okay(tr("The existing rule \"%1\" already does this; it will be enabled.").arg(rule.name));
        return okay(tr("The existing rule \"%1\" already does this; it will be kept.").arg(rule.name));
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
