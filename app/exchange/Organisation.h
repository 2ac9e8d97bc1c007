#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace exchange {

// What discovery read from Exchange, normalised from the deserialized property bags.
struct AcceptedDomain
{
    QString domainName; // may start with "*." for subdomains
    QString domainType; // Authoritative, InternalRelay, ExternalRelay
    bool isDefault = false;
};

struct JournalRule
{
    QString name;
    QString identity;
    QString guid;
    QString journalEmailAddress;
    QString scope;     // Internal, Global, External
    QString recipient; // empty = all recipients
    bool enabled = false;
};

struct RemoteDomain
{
    QString name;
    QString identity;
    QString domainName;
    QString allowedOofType; // External, None, ...
    QString tnefEnabled;    // "True", "False" or "" (follow user settings)
};

struct SendConnector
{
    QString name;
    QString identity;
    QStringList addressSpaces; // as shown, e.g. "SMTP:archive.example;1"
    QStringList smartHosts;
    bool dnsRoutingEnabled = true;
    QStringList sourceTransportServers;
    bool enabled = true;
    bool requireTls = false;
    QString tlsAuthLevel;
};

struct Recipient
{
    QString query; // what the user typed and we looked up
    bool found = false;
    QString primarySmtpAddress;
    QString recipientType;
    QString recipientTypeDetails; // UserMailbox, SharedMailbox, MailContact, ...
    QString displayName;
    QString externalEmailAddress; // mail contacts
    QString name;
    QStringList emailAddresses; // proxy addresses without the "smtp:" prefix

    bool isMailbox() const; // UserMailbox, SharedMailbox, LinkedMailbox...
    bool isGroup() const;   // any distribution / security group
    bool isMailContact() const;
};

// Which Exchange organisation this is: the organisation container's distinguished name
// ("CN=Contoso,CN=Microsoft Exchange,CN=Services,CN=Configuration,DC=contoso,DC=com") and,
// when Get-OrganizationConfig may be read, its Guid. A change journal is bound to it: undo
// refuses to run against any other organisation.
struct OrganisationIdentity
{
    QString distinguishedName;
    QString guid;

    bool isEmpty() const { return distinguishedName.isEmpty() && guid.isEmpty(); }
    // The same organisation: equal Guids when both are known, else equal names.
    bool sameAs(const OrganisationIdentity &other) const;
    // "Contoso {guid}" for the user.
    QString display() const;
    // The organisation part of any configuration object's distinguished name; empty if none.
    static QString fromObjectDn(const QString &dn);
};

struct Organisation
{
    OrganisationIdentity identity;
    QString serverName;
    QString exchangeVersion; // AdminDisplayVersion, e.g. "Version 15.1 (Build 2507.6)"
    QString productName;     // "Exchange Server 2016" derived from the version
    QList<AcceptedDomain> acceptedDomains;
    bool transportConfigKnown = false;
    QString journalingReportNdrTo; // empty when unset ("<>")
    QList<JournalRule> journalRules;
    QList<RemoteDomain> remoteDomains;
    QList<SendConnector> sendConnectors;
    QStringList transportServers;
    // The smart host as looked up from this computer (DNS), when a connector is wanted.
    QString smartHostLookedUp; // the name that was looked up; empty = not looked up
    bool smartHostResolved = false;
    QString smartHostLookupError;
    QList<Recipient> recipients;
    QList<Recipient> mailboxes; // user and shared mailboxes, for type-ahead (may be capped)
    bool mailboxListComplete
        = false; // mailboxes holds every user and shared mailbox (not capped, no error)
    QStringList availableCmdlets; // from Get-Command
    QStringList missingCmdlets;   // needed by the plan, not granted
    QStringList missingRoles;     // management roles that would grant them
    QStringList discoveryErrors;  // errors of individual reads (for the log and the user)
    bool discovered = false;      // a discovery completed (Get-Command was read)

    const Recipient *recipient(const QString &query) const;
};

} // namespace exchange
