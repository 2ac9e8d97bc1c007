#include "ErrorAdvice.h"

namespace exchange {

using Reason = remoting::Error::Reason;
using remoting::AuthMethod;

ErrorAdvice::Context ErrorAdvice::Context::of(const remoting::SessionOptions &options)
{
    Context c;
    c.endpoint = options.endpoint;
    c.auth = options.auth;
    c.currentUser = options.userName.trimmed().isEmpty();
    return c;
}

QString ErrorAdvice::nextStep(const remoting::Error &error, const Context &context)
{
    const bool https
        = context.endpoint.scheme().compare(QLatin1String("https"), Qt::CaseInsensitive) == 0;
    const QString host
        = context.endpoint.host().isEmpty() ? tr("the server") : context.endpoint.host();
    const int port = context.endpoint.port(https ? 443 : 80);

    switch (error.reason) {
    case Reason::Unclassified:
    case Reason::InvalidInput:
    case Reason::RemoteCommand:
    case Reason::Cancelled:
        return {};
    case Reason::HostNotFound:
        return tr("Check the spelling, use the server's full name (for example ex01.contoso.com), "
                  "and make sure this computer uses the organisation's DNS servers.");
    case Reason::ConnectionRefused:
        return tr("Check that port %1 is the right one (Exchange: 80 for http://, 443 for "
                  "https://; a WinRM listener: 5985 or 5986) and that IIS and the PowerShell "
                  "virtual directory are running on %2.")
            .arg(port)
            .arg(host);
    case Reason::NetworkUnreachable:
        return tr("Check that this computer has a route to %1 (VPN, firewall: port %2 must be "
                  "open) and try again.")
            .arg(host)
            .arg(port);
    case Reason::ConnectionLost:
        return tr("Try again; if it keeps happening, check the server's event log and any proxy "
                  "or load balancer in between.");
    case Reason::Timeout:
        return tr("The server may be busy, or a firewall may drop the traffic to port %1. Try "
                  "again; if it keeps happening, check the network path to %2.")
            .arg(port)
            .arg(host);
    case Reason::TlsUntrusted:
        return tr("Compare the SHA-256 fingerprint with the server's certificate (on the server: "
                  "Get-ExchangeCertificate, or the IIS binding). If they match, trust exactly "
                  "this certificate (the wizard offers it; on the command line pass "
                  "--trust-fingerprint), or install a certificate this computer trusts on the "
                  "server.");
    case Reason::TlsHostnameMismatch:
        return tr("The certificate is trusted but not issued for the name %1. Use the name the "
                  "certificate is issued for in the address, or install a certificate for %1 on "
                  "the server.")
            .arg(host);
    case Reason::TlsPinMismatch:
        return tr("If the server's certificate was replaced, confirm the new fingerprint with its "
                  "administrator and trust that one instead. Otherwise do not connect: something "
                  "may be intercepting the connection.");
    case Reason::TlsOther:
        return tr("Check that the server offers HTTPS with TLS 1.2 or later on port %1, or use "
                  "http:// with Kerberos or NTLM, which encrypt the session themselves.")
            .arg(port);
    case Reason::InsecureTransport:
        return tr("Use an https:// address (for example https://%1/PowerShell), or choose "
                  "Kerberos or NTLM, which encrypt the session over http.")
            .arg(host);
    case Reason::AuthRejected:
        switch (context.auth) {
        case AuthMethod::Basic:
            return tr("Check the user name (DOMAIN\\user or user@domain), the password and Caps "
                      "Lock, and that Basic authentication is enabled on the PowerShell virtual "
                      "directory.");
        case AuthMethod::Ntlm:
            return tr("Check the user name (DOMAIN\\user or user@domain), the password and Caps "
                      "Lock, and that Windows (NTLM) authentication is enabled on the server.");
        case AuthMethod::Kerberos:
            return tr("Check the user name (user@REALM, for example admin@CONTOSO.COM), the "
                      "password and Caps Lock, that %1 is the name the server's SPN is "
                      "registered for (HTTP/<fqdn>), and that Kerberos is enabled on the server.")
                .arg(host);
        }
        return {};
    case Reason::AccountUnusable:
        return tr("Change the password, or ask an administrator to enable or unlock the account, "
                  "then try again.");
    case Reason::AuthUnavailable:
        if (context.auth == AuthMethod::Kerberos && context.currentUser)
            return tr("Run \"kinit user@REALM\" (or log on to the domain) first, or enter a user "
                      "name and password.");
        if (context.currentUser)
            return tr("Enter a user name (DOMAIN\\user) and password.");
        return tr("Choose another sign-in method, or install this computer's support for it "
                  "(Kerberos: the krb5 libraries; NTLM: gss-ntlmssp).");
    case Reason::KdcUnreachable:
        return tr("Check the network connection and DNS (the realm's _kerberos SRV records), or "
                  "the realm's kdc entries in krb5.conf; or choose NTLM.");
    case Reason::KerberosServiceUnknown:
        return tr("Kerberos needs the server's full DNS name as registered in Active Directory "
                  "(SPN HTTP/<fqdn>): IP addresses, aliases and load-balancer names fail unless "
                  "an alternate service account is set up. Use the server's FQDN in the address, "
                  "for example http://ex01.contoso.com/PowerShell, or choose NTLM.");
    case Reason::ClockSkew:
        return tr("Correct this computer's date, time and time zone, then try again.");
    case Reason::AuthFailed:
        return tr("Try again; if it keeps happening, choose another sign-in method. The log has "
                  "the technical details.");
    case Reason::AccessDenied:
        return tr("The account needs remote PowerShell enabled (Set-User "
                  "-RemotePowerShellEnabled $true) and a management role such as Organization "
                  "Management. The PowerShell virtual directory may also require SSL: then use "
                  "https://.");
    case Reason::EndpointNotFound:
        return tr("Use http://<server>/PowerShell for Exchange, or the WinRM listener "
                  "https://<server>:5986/wsman.");
    case Reason::ServerFault:
        if (error.httpStatus == 503)
            return tr("The service is overloaded or restarting. Try again in a few minutes.");
        return tr("Check the MSExchangePowerShellAppPool application pool and the Exchange "
                  "server's event log, then try again.");
    case Reason::SessionGone:
        return tr("Connect again: test the connection again in the wizard, or run the command "
                  "again.");
    case Reason::HttpStatus:
        return tr("Check that the address points at an Exchange server's PowerShell endpoint, "
                  "not at a web page or a proxy.");
    case Reason::Protocol:
        return tr("Check that the address is an Exchange PowerShell endpoint. The log has the "
                  "technical details for support.");
    }
    return {};
}

QString ErrorAdvice::text(const remoting::Error &error, const Context &context)
{
    const QString next = nextStep(error, context);
    return next.isEmpty() ? error.message : error.message + QLatin1Char('\n') + next;
}

} // namespace exchange
