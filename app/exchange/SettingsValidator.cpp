#include "SettingsValidator.h"

#include "AddressSyntax.h"
#include "ReadBack.h"

#include <QCoreApplication>

namespace exchange {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("exchange::SettingsValidator", text);
}

} // namespace

bool SettingsValidator::isValidName(const QString &name, QString *reason)
{
    const QString n = name.trimmed();
    if (n.isEmpty()) {
        if (reason)
            *reason = tr("The name is empty.");
        return false;
    }
    if (n.size() > maxNameLength) {
        if (reason)
            *reason = tr("The name is %1 characters long; Exchange allows at most %2.")
                          .arg(n.size())
                          .arg(maxNameLength);
        return false;
    }
    for (const QChar c : n) {
        if (c.category() == QChar::Other_Control || c.category() == QChar::Separator_Line
            || c.category() == QChar::Separator_Paragraph) {
            if (reason)
                *reason
                    = tr("The name contains a control character (tab, line break…); remove it.");
            return false;
        }
    }
    return true;
}

const AcceptedDomain *SettingsValidator::acceptedDomainCovering(const QString &domain,
                                                                const Organisation &org)
{
    const QString d = domain.trimmed().toLower();
    if (d.isEmpty())
        return nullptr;
    for (const AcceptedDomain &a : org.acceptedDomains) {
        QString name = a.domainName.trimmed().toLower();
        if (name.startsWith(QLatin1String("*."))) {
            const QString parent = name.mid(2);
            if (d == parent || d.endsWith(QLatin1Char('.') + parent))
                return &a;
        } else if (name == QLatin1String("*")) {
            return &a;
        } else if (d == name) {
            return &a;
        }
    }
    return nullptr;
}

QList<ValidationIssue> SettingsValidator::validate(const JournalingSettings &s,
                                                   const Organisation *org)
{
    QList<ValidationIssue> issues;
    auto add = [&](const char *field, const QString &message) {
        issues.append({QLatin1String(field), message});
    };
    const bool live = org && org->discovered;

    // 1. journaling address
    const QString journal = s.journalAddress.trimmed();
    QString why;
    bool journalOk = false;
    if (journal.isEmpty()) {
        add("journalAddress",
            tr("Enter the journaling address: copy it from the Mailprotector Console "
               "(your domain > Archiving tab, bottom of the page)."));
    } else if (!AddressSyntax::isValidAddress(journal, &why)) {
        add("journalAddress",
            tr("The journaling address \"%1\" is not valid: %2").arg(journal, why));
    } else {
        journalOk = true;
        if (org) {
            if (const AcceptedDomain *a
                = acceptedDomainCovering(AddressSyntax::domainOf(journal), *org)) {
                add("journalAddress", tr("The journaling address's domain is covered by the "
                                         "accepted domain \"%1\" of this "
                                         "organisation, so journal reports would never leave "
                                         "Exchange. Use the SecureStore "
                                         "address exactly as shown in the Mailprotector Console.")
                                          .arg(a->domainName));
                journalOk = false;
            }
        }
    }
    // 2. nothing internal owns it (a mail contact pointing to it is fine)
    if (journalOk && live) {
        if (const Recipient *r = org->recipient(journal)) {
            if (r->found && !r->isMailContact()) {
                add("journalAddress",
                    tr("The journaling address already belongs to %1 \"%2\" in this organisation; "
                       "journal "
                       "reports would be delivered there instead of the archive. Check the "
                       "address.")
                        .arg(r->recipientTypeDetails.isEmpty() ? r->recipientType
                                                               : r->recipientTypeDetails,
                             r->displayName.isEmpty() ? r->name : r->displayName));
            }
        }
    }

    // 3. NDR mailbox
    const QString ndr = s.ndrMailbox.trimmed();
    if (ndr.isEmpty()) {
        add("ndrMailbox",
            tr("Enter a mailbox for undeliverable journal reports (ideally a dedicated one); "
               "without it, reports that cannot be delivered are lost after two days."));
    } else if (!AddressSyntax::isValidAddress(ndr, &why)) {
        add("ndrMailbox",
            tr("The mailbox for undeliverable journal reports \"%1\" is not valid: %2")
                .arg(ndr, why));
    } else if (journalOk && ReadBack::smtp(ndr) == ReadBack::smtp(journal)) {
        add("ndrMailbox",
            tr("The mailbox for undeliverable journal reports must differ from the journaling "
               "address; choose a mailbox in your organisation."));
    } else {
        bool journaled = false;
        if (org) {
            for (const JournalRule &rule : org->journalRules)
                if (!rule.recipient.isEmpty()
                    && ReadBack::smtp(rule.recipient) == ReadBack::smtp(ndr))
                    journaled = true;
        }
        if (journaled) {
            add("ndrMailbox",
                tr("\"%1\" is the recipient of a journal rule; the mailbox for undeliverable "
                   "journal reports must not be journaled. Choose another mailbox.")
                    .arg(ndr));
        } else if (live) {
            const Recipient *r = org->recipient(ndr);
            if (!r || !r->found) {
                add("ndrMailbox",
                    tr("No recipient in this organisation has the address \"%1\". Create a "
                       "mailbox for undeliverable journal reports (ideally dedicated) or "
                       "enter an existing one.")
                        .arg(ndr));
            } else if (r->isGroup()) {
                add("ndrMailbox",
                    tr("\"%1\" is a group (%2); undeliverable journal reports need a user or "
                       "shared mailbox.")
                        .arg(ndr, r->recipientTypeDetails));
            } else if (!r->isMailbox()) {
                add("ndrMailbox",
                    tr("\"%1\" is a %2, not a mailbox; undeliverable journal reports need a "
                       "user or shared mailbox.")
                        .arg(ndr, r->recipientTypeDetails.isEmpty() ? r->recipientType
                                                                    : r->recipientTypeDetails));
            }
        }
    }

    // 5. names
    if (!isValidName(s.ruleName, &why))
        add("ruleName", tr("Journal rule name: %1").arg(why));
    if (s.remoteDomainEnabled && !isValidName(s.remoteDomainName, &why))
        add("remoteDomainName", tr("Remote domain name: %1").arg(why));

    // 8. connector
    if (s.connectorEnabled) {
        if (!isValidName(s.connectorName, &why))
            add("connectorName", tr("Send connector name: %1").arg(why));
        if (!AddressSyntax::isValidSmartHost(s.smartHost, &why))
            add("smartHost", why);
        // The transport servers are only known when Get-TransportService could run; without
        // that cmdlet (a missing role, reported as such) an empty list proves nothing.
        const bool serversKnown = live
                                  && org->availableCmdlets.contains(
                                      QStringLiteral("Get-TransportService"), Qt::CaseInsensitive);
        for (const QString &server : s.sourceServers) {
            if (server.trimmed().isEmpty() || !isValidName(server)) {
                add("sourceServers", tr("\"%1\" is not a server name.").arg(server));
            } else if (serversKnown
                       && !org->transportServers.contains(server.trimmed(), Qt::CaseInsensitive)) {
                add("sourceServers",
                    tr("\"%1\" is not a transport server of this organisation (found: %2).")
                        .arg(server, org->transportServers.join(QStringLiteral(", "))));
            }
        }
        if (serversKnown && s.sourceServers.isEmpty() && org->transportServers.isEmpty())
            add("sourceServers",
                tr("No transport server was found to send through; name the source servers."));
    }
    return issues;
}

} // namespace exchange
