#include "AddressSyntax.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace exchange {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("exchange::AddressSyntax", text);
}

void setReason(QString *reason, const QString &text)
{
    if (reason)
        *reason = text;
}

bool isAtext(QChar c)
{
    if (c.unicode() >= 0x80)
        return false;
    if (c.isLetterOrNumber())
        return true;
    return QStringLiteral("!#$%&'*+-/=?^_`{|}~").contains(c);
}

bool isIpv4(const QString &s)
{
    const QStringList parts = s.split(QLatin1Char('.'));
    if (parts.size() != 4)
        return false;
    for (const QString &p : parts) {
        bool ok = false;
        const int v = p.toInt(&ok);
        if (!ok || p.isEmpty() || p.size() > 3 || v < 0 || v > 255 || !p.at(0).isDigit())
            return false;
    }
    return true;
}

bool isIpv6(const QString &s)
{
    if (!s.contains(QLatin1Char(':')))
        return false;
    const int doubleColon = s.indexOf(QLatin1String("::"));
    if (doubleColon >= 0 && s.indexOf(QLatin1String("::"), doubleColon + 1) >= 0)
        return false;
    static const QRegularExpression group(QStringLiteral("^[0-9A-Fa-f]{1,4}$"));
    QString body = s;
    int groups = 0;
    // an embedded IPv4 tail counts as two groups
    const int lastColon = body.lastIndexOf(QLatin1Char(':'));
    if (body.mid(lastColon + 1).contains(QLatin1Char('.'))) {
        if (!isIpv4(body.mid(lastColon + 1)))
            return false;
        body = body.left(lastColon + 1) + QStringLiteral("0:0");
    }
    const QStringList halves = doubleColon >= 0
                                   ? QStringList{body.left(body.indexOf(QLatin1String("::"))),
                                                 body.mid(body.indexOf(QLatin1String("::")) + 2)}
                                   : QStringList{body};
    for (const QString &half : halves) {
        if (half.isEmpty())
            continue;
        for (const QString &g : half.split(QLatin1Char(':'))) {
            if (!group.match(g).hasMatch())
                return false;
            ++groups;
        }
    }
    return doubleColon >= 0 ? groups < 8 : groups == 8;
}

} // namespace

bool AddressSyntax::isValidDomain(const QString &domain, QString *reason)
{
    const QString d = domain.endsWith(QLatin1Char('.')) ? domain.chopped(1) : domain;
    if (d.isEmpty()) {
        setReason(reason, tr("The domain is missing."));
        return false;
    }
    if (d.size() > 253) {
        setReason(reason, tr("The domain is longer than 253 characters."));
        return false;
    }
    static const QRegularExpression label(
        QStringLiteral("^[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?$"));
    const QStringList labels = d.split(QLatin1Char('.'));
    if (labels.size() < 2) {
        setReason(
            reason,
            tr("\"%1\" isn't a valid SMTP domain: it needs at least two labels, like example.com.")
                .arg(domain));
        return false;
    }
    for (const QString &l : labels) {
        if (!label.match(l).hasMatch()) {
            setReason(reason, tr("\"%1\" isn't a valid SMTP domain.").arg(domain));
            return false;
        }
    }
    static const QRegularExpression numeric(QStringLiteral("^[0-9]+$"));
    if (numeric.match(labels.last()).hasMatch()) {
        setReason(reason, tr("\"%1\" isn't a valid SMTP domain.").arg(domain));
        return false;
    }
    return true;
}

bool AddressSyntax::isValidAddress(const QString &address, QString *reason)
{
    if (address.trimmed().isEmpty()) {
        setReason(reason, tr("The address is empty."));
        return false;
    }
    if (address.size() > maxAddressLength) {
        setReason(reason, tr("The address is %1 characters long; an SMTP address has at most %2.")
                              .arg(address.size())
                              .arg(maxAddressLength));
        return false;
    }
    if (address.contains(QLatin1Char('<')) || address.contains(QLatin1Char('>'))
        || address.contains(QLatin1Char('"'))) {
        setReason(reason, tr("Enter only the address itself (local@domain), without a display "
                             "name, quotes or angle brackets."));
        return false;
    }
    for (const QChar c : address) {
        if (c.isSpace() || c.category() == QChar::Other_Control) {
            setReason(
                reason,
                tr("The address contains spaces or control characters; enter only local@domain."));
            return false;
        }
    }
    const int at = address.lastIndexOf(QLatin1Char('@'));
    if (at < 0 || address.indexOf(QLatin1Char('@')) != at) {
        setReason(reason,
                  tr("The address must have exactly one @, like journal@archive.example.com."));
        return false;
    }
    const QString local = address.left(at);
    const QString domain = address.mid(at + 1);
    if (local.isEmpty() || local.size() > 64) {
        setReason(reason, tr("The part before @ must be 1 to 64 characters long."));
        return false;
    }
    if (local.startsWith(QLatin1Char('.')) || local.endsWith(QLatin1Char('.'))
        || local.contains(QLatin1String(".."))) {
        setReason(
            reason,
            tr("The part before @ cannot start or end with a dot or contain two dots in a row."));
        return false;
    }
    for (const QChar c : local) {
        if (c != QLatin1Char('.') && !isAtext(c)) {
            setReason(reason, tr("The part before @ contains the character '%1', which an SMTP "
                                 "address cannot have unquoted.")
                                  .arg(c));
            return false;
        }
    }
    if (domain.endsWith(QLatin1Char('.'))) {
        setReason(reason, tr("\"%1\" isn't a valid SMTP domain.").arg(domain));
        return false;
    }
    return isValidDomain(domain, reason);
}

bool AddressSyntax::isValidSmartHost(const QString &host, QString *reason)
{
    const QString h = host.trimmed();
    if (h.isEmpty()) {
        setReason(reason,
                  tr("You must specify a smart host if you are not using DNS to route mails."));
        return false;
    }
    QString inner = h;
    if (h.startsWith(QLatin1Char('[')) && h.endsWith(QLatin1Char(']')))
        inner = h.mid(1, h.size() - 2);
    static const QRegularExpression dottedQuad(QStringLiteral("^[0-9]{1,3}(\\.[0-9]{1,3}){3}$"));
    if (isIpv4(inner))
        return true;
    if (isIpv6(inner)) {
        setReason(reason, tr("\"%1\" is an IPv6 address; Exchange takes a smart host only as a "
                             "host name or an IPv4 address. Enter the smart host's name.")
                              .arg(host));
        return false;
    }
    if (inner != h || dottedQuad.match(inner).hasMatch()) {
        setReason(reason, tr("\"%1\" is not a valid IP address or host name.").arg(host));
        return false;
    }
    QString why;
    if (!isValidDomain(h, &why)) {
        setReason(reason, tr("\"%1\" is not a valid IP address or host name.").arg(host));
        return false;
    }
    return true;
}

QString AddressSyntax::domainOf(const QString &address)
{
    const int at = address.lastIndexOf(QLatin1Char('@'));
    return at < 0 ? QString() : address.mid(at + 1).trimmed().toLower();
}

QString AddressSyntax::normalisedHost(const QString &host)
{
    QString h = host.trimmed().toLower();
    if (h.startsWith(QLatin1Char('[')) && h.endsWith(QLatin1Char(']')))
        h = h.mid(1, h.size() - 2);
    if (h.endsWith(QLatin1Char('.')))
        h.chop(1);
    return h;
}

} // namespace exchange
