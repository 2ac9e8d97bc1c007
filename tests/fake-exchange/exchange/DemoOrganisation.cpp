#include "DemoOrganisation.h"

namespace fake {

QByteArray DemoOrganisation::json()
{
    static const char demo[] = R"json({
  "organization": { "name": "Contoso", "adDomain": "contoso.com", "netbiosDomain": "CONTOSO",
                    "domainController": "DC01.contoso.com", "guid": "6f8a4a5e-1c64-4a0b-9d0c-4b2b54a1d001" },
  "servers": [
    { "name": "EX01", "fqdn": "ex01.contoso.com", "version": "Version 15.1 (Build 2507.6)",
      "roles": ["Mailbox"], "site": "contoso.com/Configuration/Sites/Default-First-Site-Name",
      "edition": "Enterprise", "transport": true, "guid": "6f8a4a5e-1c64-4a0b-9d0c-4b2b54a1d002" }
  ],
  "acceptedDomains": [
    { "name": "contoso.com", "domainName": "contoso.com", "domainType": "Authoritative", "default": true,
      "guid": "6f8a4a5e-1c64-4a0b-9d0c-4b2b54a1d010" },
    { "name": "sales.contoso.com", "domainName": "sales.contoso.com", "domainType": "Authoritative",
      "guid": "6f8a4a5e-1c64-4a0b-9d0c-4b2b54a1d011" },
    { "name": "corp subdomains", "domainName": "*.corp.contoso.com", "domainType": "InternalRelay",
      "guid": "6f8a4a5e-1c64-4a0b-9d0c-4b2b54a1d012" }
  ],
  "recipients": [
    { "primarySmtpAddress": "administrator@contoso.com", "type": "UserMailbox", "alias": "Administrator",
      "name": "Administrator", "displayName": "Administrator", "guid": "6f8a4a5e-1c64-4a0b-9d0c-4b2b54a1d020" },
    { "primarySmtpAddress": "alex.wilber@contoso.com", "type": "UserMailbox", "alias": "alex.wilber",
      "name": "Alex Wilber", "displayName": "Alex Wilber",
      "emailAddresses": ["SMTP:alex.wilber@contoso.com", "smtp:alex@contoso.com"],
      "guid": "6f8a4a5e-1c64-4a0b-9d0c-4b2b54a1d021" },
    { "primarySmtpAddress": "megan.bowen@sales.contoso.com", "type": "UserMailbox", "alias": "megan.bowen",
      "name": "Megan Bowen", "displayName": "Megan Bowen", "guid": "6f8a4a5e-1c64-4a0b-9d0c-4b2b54a1d022" },
    { "primarySmtpAddress": "journal-ndr@contoso.com", "type": "SharedMailbox", "alias": "journal-ndr",
      "name": "Journal NDR", "displayName": "Journal NDR", "guid": "6f8a4a5e-1c64-4a0b-9d0c-4b2b54a1d023" },
    { "primarySmtpAddress": "it-team@contoso.com", "type": "MailUniversalDistributionGroup", "alias": "it-team",
      "name": "IT Team", "displayName": "IT Team", "guid": "6f8a4a5e-1c64-4a0b-9d0c-4b2b54a1d024" },
    { "primarySmtpAddress": "archive-contact@contoso.com", "type": "MailContact", "alias": "archive-contact",
      "name": "Vendor Archive", "displayName": "Vendor Archive",
      "externalEmailAddress": "vendor-archive@archive.example.net",
      "guid": "6f8a4a5e-1c64-4a0b-9d0c-4b2b54a1d025" }
  ],
  "transportConfig": { "journalingReportNdrTo": "" },
  "journalRules": [],
  "remoteDomains": [
    { "name": "Default", "domainName": "*", "guid": "6f8a4a5e-1c64-4a0b-9d0c-4b2b54a1d030" }
  ],
  "sendConnectors": [],
  "users": [
    { "name": "admin", "password": "Contoso!Admin1", "roles": ["Organization Management"],
      "userPrincipalName": "admin@contoso.com" },
    { "name": "helpdesk", "password": "Contoso!Help1", "roles": ["Journaling", "View-Only Configuration"],
      "userPrincipalName": "helpdesk@contoso.com" },
    { "name": "auditor", "password": "Contoso!View1", "roles": ["View-Only Configuration"],
      "userPrincipalName": "auditor@contoso.com" },
    { "name": "tracker", "password": "Contoso!Track1",
      "roles": ["View-Only Configuration", "Message Tracking", "Monitoring"],
      "userPrincipalName": "tracker@contoso.com" }
  ],
  "mailFlow": { "internalMessagesPerHour": 120, "internetRouting": true,
                "archives": [ { "domain": "*", "behaviour": "accept" } ] }
}
)json";
    return QByteArray(demo);
}

} // namespace fake
