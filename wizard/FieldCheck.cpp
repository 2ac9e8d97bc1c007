#include "FieldCheck.h"

#include <QHostAddress>
#include <QRegularExpression>

namespace wizard {

namespace {

bool hasControlCharacters(const QString &text)
{
    for (const QChar c : text) {
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format)
            return true;
    }
    return false;
}

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

} // namespace

bool FieldCheck::isDomainName(const QString &text)
{
    if (text.isEmpty() || text.size() > 253)
        return false;
    static const QRegularExpression label(QStringLiteral("^[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?$"));
    const QStringList labels = text.split(QLatin1Char('.'));
    if (labels.size() < 2)
        return false;
    for (const QString &l : labels) {
        if (!label.match(l).hasMatch())
            return false;
    }
    static const QRegularExpression tld(QStringLiteral("^[A-Za-z][A-Za-z0-9-]*[A-Za-z0-9]$"));
    return tld.match(labels.last()).hasMatch();
}

bool FieldCheck::isSmtpAddress(const QString &text)
{
    if (text.size() > 320)
        return false;
    const int at = text.lastIndexOf(QLatin1Char('@'));
    if (at <= 0 || at != text.indexOf(QLatin1Char('@')))
        return false;
    const QString local = text.left(at);
    const QString domain = text.mid(at + 1);
    if (local.size() > 64)
        return false;
    static const QRegularExpression dotAtom(
        QStringLiteral("^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*$"));
    return dotAtom.match(local).hasMatch() && isDomainName(domain);
}

bool FieldCheck::isAcceptedDomain(const QString &domain, const QList<exchange::AcceptedDomain> &accepted)
{
    const QString d = domain.toLower();
    for (const exchange::AcceptedDomain &a : accepted) {
        QString name = a.domainName.trimmed().toLower();
        if (name.startsWith(QLatin1String("*."))) {
            name = name.mid(2);
            if (d == name || d.endsWith(QLatin1Char('.') + name))
                return true;
        } else if (d == name) {
            return true;
        }
    }
    return false;
}

FieldCheck FieldCheck::journalAddress(const QString &text, const QList<exchange::AcceptedDomain> &accepted)
{
    const QString address = text.trimmed();
    if (address.isEmpty())
        return error(tr("Paste the journaling address from the Mailprotector Console."));
    if (address.contains(QLatin1Char('<')) || address.contains(QLatin1Char(' ')))
        return error(tr("Enter only the address itself (name@domain), without a display name, "
                        "spaces or angle brackets."));
    if (!isSmtpAddress(address))
        return error(tr("\"%1\" is not a valid email address. Copy it again from the Archiving "
                        "tab of the domain in the Mailprotector Console.").arg(address));
    const QString domain = address.mid(address.indexOf(QLatin1Char('@')) + 1);
    if (isAcceptedDomain(domain, accepted))
        return error(tr("%1 is an accepted domain of this Exchange organisation, so journal "
                        "reports would stay inside it. The SecureStore journaling address is "
                        "in a Mailprotector domain; copy it again from the Console.").arg(domain));
    return okay(tr("Journal reports will be sent to %1.").arg(address));
}

FieldCheck FieldCheck::ndrMailbox(const QString &text, const QString &journalAddress,
                                  const exchange::Organisation &organisation)
{
    const QString address = text.trimmed();
    if (address.isEmpty())
        return error(tr("Choose a mailbox that receives journal reports that cannot be delivered."));
    if (!isSmtpAddress(address))
        return error(tr("\"%1\" is not a valid email address.").arg(address));
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
    const QString domain = address.mid(address.indexOf(QLatin1Char('@')) + 1);
    if (!organisation.acceptedDomains.isEmpty() && !isAcceptedDomain(domain, organisation.acceptedDomains))
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
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return error(tr("Enter a name."));
    if (trimmed.size() > 64)
        return error(tr("The name is %n characters long; at most 64 are allowed.", nullptr,
                        int(trimmed.size())));
    if (hasControlCharacters(trimmed))
        return error(tr("The name contains control characters; type it again."));
    return okay();
}

FieldCheck FieldCheck::smartHost(const QString &host)
{
    const QString h = host.trimmed();
    if (h.isEmpty())
        return error(tr("Enter the SecureStore smart host given by Mailprotector."));
    QHostAddress ip;
    if (ip.setAddress(h))
        return okay();
    if (!isDomainName(h))
        return error(tr("\"%1\" is not a valid IP address or host name.").arg(h));
    return okay();
}

} // namespace wizard
