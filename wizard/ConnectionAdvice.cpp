#include "ConnectionAdvice.h"

namespace wizard {

ConnectionAdvice ConnectionAdvice::explain(const remoting::Error &error, const QString &server)
{
    using Kind = remoting::Error::Kind;
    ConnectionAdvice a;
    const QString detail = error.detail + QLatin1Char(' ') + error.message;
    const bool mentionsKerberos = detail.contains(QLatin1String("Kerberos"), Qt::CaseInsensitive)
                                  || detail.contains(QLatin1String("SPN"), Qt::CaseInsensitive)
                                  || detail.contains(QLatin1String("GSS"), Qt::CaseInsensitive);

    switch (error.kind) {
    case Kind::Usage:
        a.problem = error.message;
        a.nextStep = tr("Correct the highlighted input and try again.");
        break;
    case Kind::Network:
        if (detail.contains(QLatin1String("not found"), Qt::CaseInsensitive)
            || detail.contains(QLatin1String("resolve"), Qt::CaseInsensitive)
            || detail.contains(QLatin1String("HostNotFound"), Qt::CaseInsensitive)) {
            a.problem = tr("The name %1 could not be found in DNS.").arg(server);
            a.nextStep = tr("Check the spelling, use the server's full name (for example "
                            "ex01.contoso.com), and make sure this computer uses the "
                            "organisation's DNS servers.");
        } else if (detail.contains(QLatin1String("refused"), Qt::CaseInsensitive)) {
            a.problem = tr("%1 refused the connection.").arg(server);
            a.nextStep = tr("Check that the address and port are right and that IIS and the "
                            "PowerShell virtual directory are running on the Exchange server.");
        } else {
            a.problem = tr("%1 could not be reached.").arg(server);
            a.nextStep = tr("Check that this computer has a route to the server (VPN, "
                            "firewall: port 80 for http, 443 for https) and try again.");
        }
        break;
    case Kind::Timeout:
        a.problem = tr("%1 did not answer in time.").arg(server);
        a.nextStep = tr("The server may be busy or a firewall may drop the traffic. Try again; "
                        "if it keeps happening, check the network path to the server.");
        break;
    case Kind::Tls:
        a.problem = tr("The secure connection to %1 could not be established.").arg(server);
        a.nextStep
            = error.certificateChain.isEmpty()
                  ? tr("Check that the server offers HTTPS on this port, or use http:// with "
                       "Kerberos, which encrypts the session itself.")
                  : tr("The server's certificate is not trusted by this computer. Compare its "
                       "fingerprint with the one on the server before trusting it.");
        break;
    case Kind::Auth:
        if (mentionsKerberos) {
            a.problem = tr("Kerberos sign-in to %1 failed.").arg(server);
            a.nextStep = tr("Use the server's full DNS name (not an IP address or alias) so "
                            "the service name HTTP/%1 matches, check that this computer's "
                            "clock is within 5 minutes of the domain controller's, or enter a "
                            "user name and password instead.")
                             .arg(server);
        } else if (error.httpStatus == 403) {
            a.problem = tr("%1 refused access for this account (HTTP 403).").arg(server);
            a.nextStep = tr("The account needs remote PowerShell enabled "
                            "(Set-User -RemotePowerShellEnabled $true) and membership of "
                            "Organization Management.");
        } else {
            a.problem = tr("The user name or password was not accepted by %1.").arg(server);
            a.nextStep = tr("Enter the account as DOMAIN\\user or user@domain, check the "
                            "password and Caps Lock, and check that the chosen authentication "
                            "method is enabled on the PowerShell virtual directory.");
        }
        break;
    case Kind::Http:
        if (error.httpStatus == 404) {
            a.problem = tr("%1 has no remote PowerShell endpoint at this address (HTTP 404).")
                            .arg(server);
            a.nextStep = tr("Use http://<server>/PowerShell for Exchange, or the WinRM "
                            "listener https://<server>:5986/wsman.");
        } else if (error.httpStatus == 403) {
            a.problem = tr("%1 refused access for this account (HTTP 403).").arg(server);
            a.nextStep = tr("The account needs remote PowerShell enabled "
                            "(Set-User -RemotePowerShellEnabled $true) and membership of "
                            "Organization Management.");
        } else if (error.httpStatus >= 500) {
            a.problem
                = tr("%1 reported an internal error (HTTP %2).").arg(server).arg(error.httpStatus);
            a.nextStep = tr("Check the MSExchangePowerShellAppPool application pool and the "
                            "server's event log, then try again.");
        } else {
            a.problem = tr("%1 answered in an unexpected way (HTTP %2).")
                            .arg(server)
                            .arg(error.httpStatus);
            a.nextStep = tr("Check that the address points at an Exchange server's PowerShell "
                            "endpoint and not at a proxy or web page.");
        }
        break;
    case Kind::WsMan:
        a.problem
            = tr("The server's remote management service reported an error: %1").arg(error.message);
        a.nextStep = tr("Check that remote PowerShell is enabled for the account and that "
                        "the server is healthy, then try again.");
        break;
    case Kind::Protocol:
        a.problem = tr("The server's reply could not be understood.");
        a.nextStep = tr("Check that the address is an Exchange PowerShell endpoint. The log "
                        "has the technical details for support.");
        break;
    case Kind::Remote:
        a.problem = error.message;
        a.nextStep = tr("Read the message above; the log has the full PowerShell error.");
        break;
    case Kind::Cancelled:
        a.problem = tr("The operation was cancelled.");
        break;
    }
    return a;
}

} // namespace wizard
