#include "Discovery.h"

#include "AddressSyntax.h"
#include "ManagementRoles.h"
#include "ReadBack.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace exchange {

using remoting::Command;
using remoting::ErrorRecord;
using remoting::InvocationResult;
using remoting::PsObject;
using remoting::PsValue;

namespace {

QString prop(const PsValue &v, const char *name)
{
    return ReadBack::textOf(v.property(QLatin1String(name)));
}

bool boolProp(const PsValue &v, const char *name, bool fallback)
{
    const QString t = ReadBack::boolText(prop(v, name));
    if (t.isEmpty())
        return fallback;
    return t == QLatin1String("True");
}

QString stripSmtpPrefix(const QString &s)
{
    const QString t = s.trimmed();
    const int colon = t.indexOf(QLatin1Char(':'));
    if (colon > 0 && colon < 8 && !t.left(colon).contains(QLatin1Char('@')))
        return t.mid(colon + 1);
    return t;
}

QString errorCommand(const ErrorRecord &e)
{
    if (!e.activity.isEmpty())
        return e.activity;
    if (!e.commandName.isEmpty())
        return e.commandName;
    // the task name closes the FullyQualifiedErrorId: "...,Microsoft.Exchange...GetRecipient"
    const QString task
        = e.fullyQualifiedErrorId.section(QLatin1Char(','), -1).section(QLatin1Char('.'), -1);
    static const QRegularExpression verbNoun(
        QStringLiteral("^(Get|Set|New|Remove|Enable|Disable)([A-Z]\\w+)$"));
    const auto m = verbNoun.match(task);
    if (m.hasMatch())
        return m.captured(1) + QLatin1Char('-') + m.captured(2);
    return {};
}

Recipient recipientFrom(const PsValue &v)
{
    Recipient r;
    r.found = true;
    r.primarySmtpAddress = stripSmtpPrefix(prop(v, "PrimarySmtpAddress"));
    r.recipientType = prop(v, "RecipientType");
    r.recipientTypeDetails = prop(v, "RecipientTypeDetails");
    r.displayName = prop(v, "DisplayName");
    r.name = prop(v, "Name");
    r.externalEmailAddress = stripSmtpPrefix(prop(v, "ExternalEmailAddress"));
    for (const QString &a : ReadBack::listOf(v.property(QStringLiteral("EmailAddresses")))) {
        if (a.startsWith(QLatin1String("smtp:"), Qt::CaseInsensitive)
            || !a.contains(QLatin1Char(':')))
            r.emailAddresses << stripSmtpPrefix(a);
    }
    return r;
}

bool recipientAnswers(const Recipient &r, const QString &query)
{
    const QString q = ReadBack::smtp(query);
    if (ReadBack::smtp(r.primarySmtpAddress) == q || ReadBack::smtp(r.externalEmailAddress) == q)
        return true;
    for (const QString &a : r.emailAddresses)
        if (ReadBack::smtp(a) == q)
            return true;
    return r.name.compare(query, Qt::CaseInsensitive) == 0;
}

} // namespace

QStringList Discovery::readCmdlets()
{
    return {QStringLiteral("Get-OrganizationConfig"), // the organisation's identity
            QStringLiteral("Get-ExchangeServer"),     QStringLiteral("Get-AcceptedDomain"),
            QStringLiteral("Get-TransportConfig"),    QStringLiteral("Get-JournalRule"),
            QStringLiteral("Get-RemoteDomain"),       QStringLiteral("Get-SendConnector"),
            QStringLiteral("Get-TransportService"),   QStringLiteral("Get-Recipient")};
}

QStringList Discovery::recipientQueries(const JournalingSettings &settings)
{
    QStringList out;
    for (const QString &a : {settings.journalAddress.trimmed(), settings.ndrMailbox.trimmed()}) {
        if (!a.isEmpty() && AddressSyntax::isValidAddress(a)
            && !out.contains(a, Qt::CaseInsensitive))
            out << a;
    }
    return out;
}

Command Discovery::mailboxList()
{
    return Command(QStringLiteral("Get-Recipient"))
        .add(QStringLiteral("RecipientTypeDetails"),
             QStringList{QStringLiteral("UserMailbox"), QStringLiteral("SharedMailbox")})
        .add(QStringLiteral("ResultSize"), mailboxListSize);
}

Command Discovery::getCommand(const JournalingSettings &settings)
{
    return Command(QStringLiteral("Get-Command"))
        .add(QStringLiteral("Name"), ManagementRoles::queriedCmdlets(settings));
}

QList<Command> Discovery::statements(const JournalingSettings &settings,
                                     const QStringList *onlyCmdlets, bool listMailboxes)
{
    auto wanted = [&](const QString &cmdlet) {
        return !onlyCmdlets || onlyCmdlets->contains(cmdlet, Qt::CaseInsensitive);
    };
    QList<Command> out;
    for (const QString &cmdlet : readCmdlets()) {
        if (!wanted(cmdlet))
            continue;
        if (cmdlet == QLatin1String("Get-Recipient")) {
            // The list first: parse() takes the identity lookups' answers from the end.
            if (listMailboxes)
                out << mailboxList();
            for (const QString &q : recipientQueries(settings))
                out << Command(cmdlet).add(QStringLiteral("Identity"), q);
        } else {
            out << Command(cmdlet);
        }
    }
    out << getCommand(settings);
    return out;
}

bool Discovery::isCommandNotFound(const InvocationResult &result)
{
    auto notFound = [](const ErrorRecord &e) {
        return e.failureCategory().contains(QLatin1String("CommandNotFound"))
               || e.fullyQualifiedErrorId.startsWith(QLatin1String("CommandNotFoundException"))
               || e.exceptionType.endsWith(QLatin1String("CommandNotFoundException"));
    };
    if (result.failure && notFound(*result.failure))
        return true;
    if (result.state != remoting::PipelineState::Failed)
        return false;
    for (const ErrorRecord &e : result.errors)
        if (notFound(e)
            && errorCommand(e).compare(QLatin1String("Get-Command"), Qt::CaseInsensitive) != 0)
            return true;
    return false;
}

QString Discovery::productName(const QString &version)
{
    static const QRegularExpression re(QStringLiteral("(\\d+)\\.(\\d+)"));
    const auto m = re.match(version);
    if (!m.hasMatch())
        return {};
    const int major = m.captured(1).toInt();
    const int minor = m.captured(2).toInt();
    if (major == 15 && minor == 0)
        return QStringLiteral("Exchange Server 2013");
    if (major == 15 && minor == 1)
        return QStringLiteral("Exchange Server 2016");
    if (major == 15 && minor == 2)
        return QStringLiteral("Exchange Server 2019");
    if (major == 14)
        return QStringLiteral("Exchange Server 2010");
    return QStringLiteral("Exchange Server %1.%2").arg(major).arg(minor);
}

Organisation Discovery::parse(const QList<InvocationResult> &results,
                              const JournalingSettings &settings, const QString &serverLabel,
                              bool mailboxListRequested)
{
    Organisation org;
    const QStringList queries = recipientQueries(settings);
    QList<Recipient> foundRecipients; // every recipient object, in output order
    QList<Recipient> lookupAnswers;   // the identity lookups' answers (a subset of foundRecipients)
    QList<Recipient> listedMailboxes; // the mailbox list's objects
    int listedCount = 0;
    bool listTrouble = false; // the mailbox list was capped or reported an error
    QStringList notFoundTargets;

    for (const InvocationResult &result : results) {
        QList<Recipient> resultRecipients;
        for (const PsValue &v : result.output) {
            if (!v.isObject())
                continue;
            const PsObject &o = *v.obj();
            if (org.identity.distinguishedName.isEmpty())
                org.identity.distinguishedName
                    = OrganisationIdentity::fromObjectDn(prop(v, "DistinguishedName"));
            if (o.isA(QStringLiteral("OrganizationConfig"))) {
                org.identity.guid = prop(v, "Guid");
                const QString dn = prop(v, "DistinguishedName");
                if (!dn.isEmpty())
                    org.identity.distinguishedName = dn;
            } else if (o.isA(QStringLiteral("JournalRuleObject"))
                       || o.isA(QStringLiteral("JournalRule"))) {
                JournalRule r;
                r.name = prop(v, "Name");
                r.identity = prop(v, "Identity");
                r.guid = prop(v, "Guid");
                r.journalEmailAddress = stripSmtpPrefix(prop(v, "JournalEmailAddress"));
                r.scope = prop(v, "Scope");
                r.recipient = stripSmtpPrefix(prop(v, "Recipient"));
                r.enabled = boolProp(v, "Enabled", false);
                org.journalRules << r;
            } else if (o.isA(QStringLiteral("DomainContentConfig"))) {
                RemoteDomain d;
                d.name = prop(v, "Name");
                d.identity = prop(v, "Identity");
                d.domainName = prop(v, "DomainName");
                d.allowedOofType = prop(v, "AllowedOOFType");
                d.tnefEnabled = ReadBack::boolText(prop(v, "TNEFEnabled"));
                org.remoteDomains << d;
            } else if (o.isA(QStringLiteral("SmtpSendConnectorConfig"))
                       || o.isA(QStringLiteral("SendConnector"))) {
                SendConnector c;
                c.name = prop(v, "Name");
                c.identity = prop(v, "Identity");
                c.addressSpaces = ReadBack::listOf(v.property(QStringLiteral("AddressSpaces")));
                c.smartHosts = ReadBack::listOf(v.property(QStringLiteral("SmartHosts")));
                c.dnsRoutingEnabled = boolProp(v, "DNSRoutingEnabled", true);
                c.sourceTransportServers
                    = ReadBack::listOf(v.property(QStringLiteral("SourceTransportServers")));
                c.enabled = boolProp(v, "Enabled", true);
                c.requireTls = boolProp(v, "RequireTLS", false);
                c.tlsAuthLevel = prop(v, "TlsAuthLevel");
                org.sendConnectors << c;
            } else if (o.isA(QStringLiteral("TransportConfigContainer"))) {
                org.transportConfigKnown = true;
                org.journalingReportNdrTo = stripSmtpPrefix(prop(v, "JournalingReportNdrTo"));
                if (org.journalingReportNdrTo == QLatin1String("<>"))
                    org.journalingReportNdrTo.clear();
            } else if (o.isA(QStringLiteral("AcceptedDomain"))) {
                AcceptedDomain a;
                a.domainName = prop(v, "DomainName");
                a.domainType = prop(v, "DomainType");
                a.isDefault = boolProp(v, "Default", false);
                org.acceptedDomains << a;
            } else if (o.isA(QStringLiteral("ReducedRecipient"))
                       || o.isA(QStringLiteral(".Recipient"))) {
                resultRecipients << recipientFrom(v);
            } else if (o.isA(QStringLiteral("TransportServer"))
                       || o.isA(QStringLiteral("TransportService"))) {
                const QString name = prop(v, "Name");
                if (!name.isEmpty() && !org.transportServers.contains(name, Qt::CaseInsensitive))
                    org.transportServers << name;
            } else if (o.isA(QStringLiteral("ExchangeServer"))) {
                const QString name = prop(v, "Name");
                const QString version = prop(v, "AdminDisplayVersion");
                const bool preferred = !serverLabel.isEmpty()
                                       && serverLabel.section(QLatin1Char('.'), 0, 0)
                                                  .compare(name, Qt::CaseInsensitive)
                                              == 0;
                if (org.serverName.isEmpty() || preferred) {
                    org.serverName = name;
                    org.exchangeVersion = version;
                    org.productName = productName(version);
                }
            } else if (o.isA(QStringLiteral("CmdletInfo")) || o.isA(QStringLiteral("FunctionInfo"))
                       || o.isA(QStringLiteral("AliasInfo"))
                       || o.isA(QStringLiteral("CommandInfo"))) {
                const QString name = prop(v, "Name");
                if (!name.isEmpty() && !org.availableCmdlets.contains(name, Qt::CaseInsensitive))
                    org.availableCmdlets << name;
            }
        }
        int unansweredLookups = 0; // identity lookups of this result that ended in an error
        for (const ErrorRecord &e : result.errors) {
            const QString cmd = errorCommand(e);
            if (cmd.compare(QLatin1String("Get-Command"), Qt::CaseInsensitive) == 0)
                continue; // a cmdlet not granted: reported through missingCmdlets
            const bool recipientError
                = cmd.compare(QLatin1String("Get-Recipient"), Qt::CaseInsensitive) == 0;
            const bool aboutQuery = queries.contains(e.targetName.trimmed(), Qt::CaseInsensitive);
            if ((recipientError || ReadBack::isNotFound(e)) && aboutQuery)
                ++unansweredLookups;
            else if (recipientError)
                listTrouble = true; // an error of the mailbox list itself
            if (recipientError || ReadBack::isNotFound(e)) {
                if (ReadBack::isNotFound(e)) {
                    notFoundTargets << e.targetName;
                    continue;
                }
            }
            org.discoveryErrors << QStringLiteral("%1: %2 [%3]")
                                       .arg(cmd.isEmpty() ? QStringLiteral("?") : cmd, e.message,
                                            e.fullyQualifiedErrorId);
        }
        if (result.failure && !isCommandNotFound(result))
            org.discoveryErrors << result.failure->message;
        // Exchange warns when -ResultSize cut the list short ("There are more results
        // available ... increase the value for the ResultSize parameter.").
        for (const QString &w : result.warnings)
            if (w.contains(QLatin1String("ResultSize"), Qt::CaseInsensitive))
                listTrouble = true;

        // The statements run in order and each identity lookup answers with one object or
        // one error, so the last (queries - errors) recipient objects are the lookups'
        // answers and everything before them is the mailbox list.
        if (!resultRecipients.isEmpty()) {
            const int answers
                = qBound(0, int(queries.size()) - unansweredLookups, int(resultRecipients.size()));
            const int listed = int(resultRecipients.size()) - answers;
            listedCount += listed;
            for (int i = 0; i < resultRecipients.size(); ++i) {
                const Recipient &r = resultRecipients.at(i);
                if (i >= listed) {
                    lookupAnswers << r;
                    continue;
                }
                if (!r.isMailbox() || r.primarySmtpAddress.isEmpty())
                    continue;
                bool known = false;
                for (const Recipient &m : listedMailboxes)
                    if (ReadBack::smtp(m.primarySmtpAddress)
                        == ReadBack::smtp(r.primarySmtpAddress))
                        known = true;
                if (!known)
                    listedMailboxes << r;
            }
        }
        foundRecipients << resultRecipients;
    }
    org.mailboxes = listedMailboxes;

    // Recipients: match each answer to the query it answers; an unmatched single answer
    // belongs to the single unanswered query.
    for (const QString &q : queries) {
        Recipient r;
        r.query = q;
        for (int i = 0; i < foundRecipients.size(); ++i) {
            if (recipientAnswers(foundRecipients.at(i), q)) {
                r = foundRecipients.at(i);
                r.query = q;
                break;
            }
        }
        org.recipients << r;
    }
    QList<int> unanswered;
    for (int i = 0; i < org.recipients.size(); ++i) {
        const QString q = org.recipients.at(i).query;
        bool reportedMissing = false;
        for (const QString &t : notFoundTargets)
            if (t.compare(q, Qt::CaseInsensitive) == 0)
                reportedMissing = true;
        if (!org.recipients.at(i).found && !reportedMissing)
            unanswered << i;
    }
    QList<Recipient> unmatched;
    for (const Recipient &f : lookupAnswers) {
        bool used = false;
        for (const Recipient &r : org.recipients)
            if (r.found && r.primarySmtpAddress == f.primarySmtpAddress && r.name == f.name)
                used = true;
        if (!used)
            unmatched << f;
    }
    if (unanswered.size() == 1 && unmatched.size() == 1) {
        const QString q = org.recipients.at(unanswered.first()).query;
        org.recipients[unanswered.first()] = unmatched.first();
        org.recipients[unanswered.first()].query = q;
    }

    const QStringList required = ManagementRoles::requiredCmdlets(settings);
    org.discovered = !org.availableCmdlets.isEmpty();
    for (const QString &c : required)
        if (!org.availableCmdlets.contains(c, Qt::CaseInsensitive))
            org.missingCmdlets << c;
    if (!org.discovered)
        org.missingCmdlets.clear(); // Get-Command did not answer: nothing known
    org.missingRoles = ManagementRoles::rolesFor(org.missingCmdlets);
    // The list ran wherever Get-Recipient did (it is granted with the Journaling role).
    // Exactly mailboxListSize objects without Exchange's warning is still taken as capped.
    org.mailboxListComplete
        = mailboxListRequested && org.discovered
          && org.availableCmdlets.contains(QStringLiteral("Get-Recipient"), Qt::CaseInsensitive)
          && !listTrouble && listedCount < mailboxListSize;
    return org;
}

} // namespace exchange
