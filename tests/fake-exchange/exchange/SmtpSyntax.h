#pragma once

#include <QString>

namespace fake {

// The syntax checks Exchange applies when it converts parameter values to SmtpAddress,
// SmtpDomain(WithSubdomains) and SmartHost.
class SmtpSyntax
{
public:
    // local@domain, no display name, no angle brackets, at most 320 characters.
    static bool isValidAddress(const QString &address);
    // "contoso.com"; with allowWildcard also "*" and "*.contoso.com".
    static bool isValidDomain(const QString &domain, bool allowWildcard);
    // An FQDN / host name, an IPv4 address, or a bracketed "[1.2.3.4]".
    static bool isValidSmartHost(const QString &host);
    // How Get-SendConnector shows a smart host: IP addresses in brackets, names as typed.
    static QString smartHostDisplay(const QString &host);
};

} // namespace fake
