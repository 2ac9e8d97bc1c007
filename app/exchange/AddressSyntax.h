#pragma once

#include <QString>

namespace exchange {

// Syntax checks for what the technician types (pure; no network). Reasons are translated and
// say what to do.
class AddressSyntax
{
public:
    static constexpr int maxAddressLength = 320;

    // A bare local@domain address (no display name, no angle brackets, ASCII, <= 320 chars).
    static bool isValidAddress(const QString &address, QString *reason = nullptr);
    // A DNS domain: labels of letters/digits/hyphens, at least two labels, not all-numeric TLD.
    static bool isValidDomain(const QString &domain, QString *reason = nullptr);
    // A smart host as New-SendConnector -SmartHosts takes it: a host name (FQDN, MX or A
    // record) or an IPv4 address, bare or [bracketed]. Microsoft's reference and EAC's "add
    // smart host" name only these forms (and the read-back shows IPs as [1.2.3.4]); an IPv6
    // address is refused before any change, with the advice to enter the host's name.
    static bool isValidSmartHost(const QString &host, QString *reason = nullptr);
    // Lower-cased domain of an address, empty when none.
    static QString domainOf(const QString &address);
    // Smart host as Exchange compares it: lower-case, brackets around IPs removed.
    static QString normalisedHost(const QString &host);
};

} // namespace exchange
