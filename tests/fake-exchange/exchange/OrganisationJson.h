#pragma once

#include "Error.h"
#include "OrganisationModel.h"

#include <QByteArray>
#include <QString>

namespace fake {

// Reads and writes the organisation as JSON. The fixture (--org) and the state file (--state)
// share this format; every key is optional except where marked, unknown keys are errors (so
// a typo does not silently fall back to a default), and the built-in "Default" remote domain
// (DomainName "*") is added when missing.
//
// {
//   "organization": { "name": "Contoso", "adDomain": "contoso.com", "netbiosDomain": "CONTOSO",
//                     "domainController": "DC01.contoso.com", "guid": "<uuid>" },
//   "servers": [ { "name": "EX01" (required), "fqdn": "ex01.contoso.com",
//                  "version": "Version 15.1 (Build 2507.6)", "roles": ["Mailbox"],
//                  "site": "contoso.com/Configuration/Sites/Default-First-Site-Name",
//                  "edition": "Enterprise", "transport": true, "guid": "<uuid>" } ],   (at least
//                  one)
//   "acceptedDomains": [ { "domainName": "contoso.com" (required; "*.contoso.com" allowed),
//                          "name": "contoso.com", "domainType":
//                          "Authoritative|InternalRelay|ExternalRelay", "default": true, "guid":
//                          "<uuid>" } ],
//   "recipients": [ { "primarySmtpAddress": "a@contoso.com" (required),
//                     "type":
//                     "UserMailbox|SharedMailbox|RoomMailbox|EquipmentMailbox|MailContact|MailUser|
//                              MailUniversalDistributionGroup|MailUniversalSecurityGroup|DynamicDistributionGroup",
//                     "alias": "a", "name": "A", "displayName": "A",
//                     "emailAddresses": ["SMTP:a@contoso.com", "smtp:a2@contoso.com"],
//                     "externalEmailAddress": "x@example.net" (mail contacts / mail users), "guid":
//                     "<uuid>" } ],
//   "transportConfig": { "journalingReportNdrTo": "" ("" or "<>" = unset), "maxSendSize": "...",
//                        "maxReceiveSize": "...", "maxRecipientEnvelopeLimit": 500,
//                        "externalPostmasterAddress": "" },
//   "journalRules": [ { "name" (required), "journalEmailAddress" (required), "scope":
//   "Global|Internal|External",
//                       "recipient": "", "enabled": false, "guid": "<uuid>", "whenChanged": "<ISO
//                       8601>" } ],
//   "remoteDomains": [ { "name" (required), "domainName" (required), "allowedOOFType":
//   "External|ExternalLegacy|
//                        InternalLegacy|None", "tnefEnabled": null|true|false, "autoReplyEnabled":
//                        true, "autoForwardEnabled": true, "deliveryReportEnabled": true,
//                        "ndrEnabled": true, "meetingForwardNotificationEnabled": false,
//                        "isInternal": false, "contentType": "MimeHtmlText|MimeText|MimeHtml",
//                        "characterSet": "", "guid", "whenChanged" } ],
//   "sendConnectors": [ { "name" (required), "addressSpaces": ["SMTP:archive.example;1"],
//   "smartHosts": [],
//                         "dnsRoutingEnabled": true, "sourceTransportServers": ["EX01"], "enabled":
//                         true, "port": 25, "requireTLS": false, "tlsAuthLevel": "", "usage":
//                         "Custom", "comment": "", "fqdn": "", "maxMessageSize": "35 MB (36,700,160
//                         bytes)", "guid", "whenChanged" } ],
//   "users": [ { "name": "admin" (required), "password" (required), "roles": ["Organization
//   Management"],
//                "userPrincipalName": "admin@contoso.com" } ],
//   "mailFlow": { ... }   simulated mail flow, keys in ../MAILFLOW.md (MailFlowJson)
// }
// Role names: "Journaling", "Organization Transport Settings", "Remote and Accepted Domains",
// "Send Connectors", "View-Only Configuration", "View-Only Recipients", "Transport Queues",
// "Message Tracking", "Monitoring", "Organization Management".
class OrganisationJson
{
public:
    // sourceName is used in error messages (usually the file path).
    static remoting::Expected<OrganisationModel> parse(const QByteArray &json,
                                                       const QString &sourceName);
    static remoting::Expected<OrganisationModel> readFile(const QString &path);
    static QByteArray serialize(const OrganisationModel &model);
    // Defaults a loaded model needs: guids, Default remote domain, derived names.
    static void complete(OrganisationModel &model);
};

} // namespace fake
