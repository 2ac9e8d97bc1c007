#pragma once

// The state of the emulated Exchange organisation: plain data, no behaviour. FakeOrganisation
// runs cmdlets against it; OrganisationJson reads and writes it (fixture and state file share
// one format, documented in OrganisationJson.h); DemoOrganisation builds contoso.com.

#include "MailFlowModel.h"

#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QUuid>

#include <optional>

namespace fake {

struct ExchangeServerInfo
{
    QString name;      // "EX01"
    QString fqdn;      // "ex01.contoso.com"
    QString version;   // AdminDisplayVersion, "Version 15.1 (Build 2507.6)"
    QStringList roles; // ServerRole, e.g. {"Mailbox"}
    QString site;      // "contoso.com/Configuration/Sites/Default-First-Site-Name"
    QString edition = QStringLiteral("Enterprise");
    bool transport = true; // listed by Get-TransportService
    QUuid guid;
};

struct AcceptedDomainInfo
{
    QString name;
    QString domainName; // "contoso.com" or "*.contoso.com"
    QString domainType = QStringLiteral("Authoritative");
    bool isDefault = false;
    QUuid guid;
};

struct RecipientInfo
{
    QString alias;
    QString name;
    QString displayName;
    QString recipientTypeDetails; // UserMailbox, SharedMailbox, MailContact,
                                  // MailUniversalDistributionGroup...
    QString primarySmtpAddress;
    QStringList
        emailAddresses; // proxy addresses as Exchange shows them: "SMTP:primary", "smtp:other"
    QString
        externalEmailAddress; // mail contacts / mail users: the target address (without "SMTP:")
    QUuid guid;

    QString recipientType() const; // derived from recipientTypeDetails
    bool isMailbox() const;
};

struct TransportConfigInfo
{
    QString journalingReportNdrTo; // empty = unset (shown as "<>")
    QString maxSendSize = QStringLiteral("10 MB (10,485,760 bytes)");
    QString maxReceiveSize = QStringLiteral("10 MB (10,485,760 bytes)");
    int maxRecipientEnvelopeLimit = 500;
    QString externalPostmasterAddress; // empty = unset
};

struct JournalRuleInfo
{
    QString name;
    QString journalEmailAddress;
    QString scope = QStringLiteral("Global"); // Global, Internal, External
    QString recipient;                        // empty = all recipients
    bool enabled = false;
    QUuid guid;
    QDateTime whenChanged;
};

struct RemoteDomainInfo
{
    QString name;
    QString domainName; // "*" for Default
    QString allowedOofType = QStringLiteral("External");
    std::optional<bool> tnefEnabled; // nullopt = follow user settings
    bool autoReplyEnabled = true;
    bool autoForwardEnabled = true;
    bool deliveryReportEnabled = true;
    bool ndrEnabled = true;
    bool meetingForwardNotificationEnabled = false;
    bool isInternal = false;
    QString contentType = QStringLiteral("MimeHtmlText");
    QString characterSet;
    QUuid guid;
    QDateTime whenChanged;
};

struct SendConnectorInfo
{
    QString name;
    QStringList addressSpaces; // "SMTP:archive.example;1"
    QStringList smartHosts;    // FQDN as typed, IP as "[1.2.3.4]"
    bool dnsRoutingEnabled = true;
    QStringList sourceTransportServers;
    bool enabled = true;
    int port = 25;
    bool requireTls = false;
    QString tlsAuthLevel; // empty, EncryptionOnly, CertificateValidation, DomainValidation
    QString usage = QStringLiteral("Custom");
    QString comment;
    QString fqdn;
    QString maxMessageSize = QStringLiteral("35 MB (36,700,160 bytes)");
    QUuid guid;
    QDateTime whenChanged;
};

struct UserAccount
{
    QString name; // "admin"
    QString password;
    QStringList roles;         // management role names
    QString userPrincipalName; // "admin@contoso.com"
};

struct OrganisationModel
{
    QString organizationName = QStringLiteral("Contoso");
    QString adDomain = QStringLiteral("contoso.com"); // DC=contoso,DC=com
    QString netbiosDomain = QStringLiteral("CONTOSO");
    QString domainController = QStringLiteral("DC01.contoso.com");
    QUuid organizationGuid;
    QList<ExchangeServerInfo> servers;
    QList<AcceptedDomainInfo> acceptedDomains;
    QList<RecipientInfo> recipients;
    TransportConfigInfo transportConfig;
    QList<JournalRuleInfo> journalRules;
    QList<RemoteDomainInfo> remoteDomains;
    QList<SendConnectorInfo> sendConnectors;
    QList<UserAccount> users;
    MailFlowSettings mailFlow; // simulated mail flow (../MAILFLOW.md)

    // "CN=Microsoft Exchange,CN=Services,CN=Configuration,DC=contoso,DC=com" style suffixes.
    QString configurationDn() const;
    QString organizationDn() const;
};

} // namespace fake
