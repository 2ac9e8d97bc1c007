#pragma once

#include <QByteArray>

namespace fake {

// The built-in demo organisation, used when fake-exchange runs without --org. Same JSON format
// as a fixture (see OrganisationJson.h).
//
//   Organisation  Contoso (AD domain contoso.com, domain controller DC01.contoso.com)
//   Server        EX01 (ex01.contoso.com), Mailbox role, "Version 15.1 (Build 2507.6)" = Exchange
//   2016 CU23 Accepted      contoso.com (default, Authoritative), sales.contoso.com
//   (Authoritative),
//                 *.corp.contoso.com (InternalRelay)
//   Recipients    administrator@contoso.com   UserMailbox     (alias Administrator)
//                 alex.wilber@contoso.com     UserMailbox     (alias alex.wilber)
//                 megan.bowen@sales.contoso.com UserMailbox   (alias megan.bowen)
//                 journal-ndr@contoso.com     SharedMailbox   (alias journal-ndr, "Journal NDR")
//                 it-team@contoso.com         MailUniversalDistributionGroup (alias it-team)
//                 archive-contact@contoso.com MailContact -> vendor-archive@archive.example.net
//   Transport     JournalingReportNdrTo unset ("<>"); no journal rules; no send connectors
//   Remote domain Default (DomainName "*")
//
//   Users (Basic auth; also the Kerberos/NTLM principal names admin@CONTOSO.COM, CONTOSO\admin):
//     admin     password "Contoso!Admin1"  roles: Organization Management
//     helpdesk  password "Contoso!Help1"   roles: Journaling, View-Only Configuration
//     auditor   password "Contoso!View1"   roles: View-Only Configuration (queues, no tracking)
//     tracker   password "Contoso!Track1"  roles: View-Only Configuration, Message Tracking,
//                                                 Monitoring (a read-only health-check account)
//
//   Mail flow     120 internal messages an hour from the clock's start; any archive accepts
//                 (an implicit Internet connector routes by DNS): after the journaling setup is
//                 applied, journal reports are sent (../MAILFLOW.md).
class DemoOrganisation
{
public:
    static QByteArray json();
};

} // namespace fake
