#include "SmtpSyntax.h"

#include <QHostAddress>
#include <QRegularExpression>

namespace fake {

namespace {

bool isLabel(const QString &label)
{
    static const QRegularExpression re(
        QStringLiteral("^[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?$"));
    return re.match(label).hasMatch();
}

bool isHostName(const QString &name, bool requireDot)
{
    if (name.isEmpty() || name.size() > 255)
        return false;
    QString n = name;
    if (n.endsWith(QLatin1Char('.')))
        n.chop(1);
    const QStringList labels = n.split(QLatin1Char('.'));
    if (requireDot && labels.size() < 2)
        return false;
    for (const QString &l : labels)
        if (!isLabel(l))
            return false;
    return true;
}

QString stripBrackets(const QString &host)
{
    if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']')))
        return host.mid(1, host.size() - 2);
    return host;
}

bool isIpv4(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("^\\d{1,3}(\\.\\d{1,3}){3}$"));
    if (!re.match(text).hasMatch())
        return false;
    QHostAddress a;
    return a.setAddress(text) && a.protocol() == QAbstractSocket::IPv4Protocol;
}

} // namespace

bool SmtpSyntax::isValidAddress(const QString &address)
{
    if (address.isEmpty() || address.size() > 320)
        return false;
    const int at = address.lastIndexOf(QLatin1Char('@'));
    if (at <= 0 || at == address.size() - 1)
        return false;
    const QString local = address.left(at);
    const QString domain = address.mid(at + 1);
    if (local.size() > 64)
        return false;
    static const QRegularExpression dotAtom(
        QStringLiteral("^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*$"));
    static const QRegularExpression quoted(QStringLiteral("^\"([^\"\\\\\\r\\n]|\\\\.)*\"$"));
    if (!dotAtom.match(local).hasMatch() && !quoted.match(local).hasMatch())
        return false;
    if (domain.startsWith(QLatin1Char('[')))
        return isIpv4(stripBrackets(domain));
    return isHostName(domain, false);
}

bool SmtpSyntax::isValidDomain(const QString &domain, bool allowWildcard)
{
    if (allowWildcard) {
        if (domain == QLatin1String("*"))
            return true;
        if (domain.startsWith(QLatin1String("*.")))
            return isHostName(domain.mid(2), false);
    }
    return isHostName(domain, false);
}

// New-SendConnector -SmartHosts: a host name or an IPv4 address (bare or bracketed); IPv6
// addresses are refused, as the client's AddressSyntax::isValidSmartHost refuses them.
bool SmtpSyntax::isValidSmartHost(const QString &host)
{
    const QString h = stripBrackets(host.trimmed());
    if (h.isEmpty())
        return false;
    if (isIpv4(h))
        return true;
    if (host.startsWith(QLatin1Char('[')))
        return false; // brackets only around an IP address
    static const QRegularExpression allDigits(QStringLiteral("^[\\d.]+$"));
    if (allDigits.match(h).hasMatch())
        return false; // looks like an IP address but is not one
    return isHostName(h, false);
}

QString SmtpSyntax::smartHostDisplay(const QString &host)
{
    const QString h = stripBrackets(host.trimmed());
    if (isIpv4(h))
        return QLatin1Char('[') + h + QLatin1Char(']');
    return h;
}

} // namespace fake
