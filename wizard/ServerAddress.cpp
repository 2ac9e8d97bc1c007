#include "ServerAddress.h"

#include <QHostAddress>
#include <QRegularExpression>

namespace wizard {

namespace {

bool isHostName(const QString &host)
{
    if (host.isEmpty() || host.size() > 253)
        return false;
    QHostAddress ip;
    if (ip.setAddress(host))
        return true;
    static const QRegularExpression label(
        QStringLiteral("^[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?$"));
    const QStringList labels = host.split(QLatin1Char('.'));
    for (const QString &l : labels) {
        if (!label.match(l).hasMatch())
            return false;
    }
    return true;
}

} // namespace

ServerAddress ServerAddress::parse(const QString &text)
{
    ServerAddress result;
    const QString input = text.trimmed();
    if (input.isEmpty())
        return result;

    if (input.contains(QLatin1String("://"))) {
        const QUrl url(input, QUrl::StrictMode);
        const QString scheme = url.scheme().toLower();
        if (!url.isValid()
            || (scheme != QLatin1String("http") && scheme != QLatin1String("https"))) {
            result.m_error = tr("Enter a server name such as ex01.contoso.com, or a URL that "
                                "starts with http:// or https://.");
            return result;
        }
        if (!isHostName(url.host())) {
            result.m_error = tr("\"%1\" is not a valid server name.").arg(url.host());
            return result;
        }
        QUrl normalised = url;
        normalised.setScheme(scheme);
        if (normalised.path().isEmpty() || normalised.path() == QLatin1String("/"))
            normalised.setPath(QStringLiteral("/PowerShell"));
        result.m_url = normalised;
        return result;
    }

    QString host = input;
    int port = -1;
    const int colon = host.lastIndexOf(QLatin1Char(':'));
    if (colon > 0 && !host.contains(QLatin1Char('['))) {
        bool ok = false;
        port = host.mid(colon + 1).toInt(&ok);
        if (!ok || port <= 0 || port > 65535) {
            result.m_error = tr("The port after \":\" must be a number from 1 to 65535.");
            return result;
        }
        host = host.left(colon);
    }
    if (host.contains(QLatin1Char('/')) || !isHostName(host)) {
        result.m_error = tr("\"%1\" is not a valid server name. Enter the Exchange server's "
                            "name, for example ex01.contoso.com.")
                             .arg(host);
        return result;
    }
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(host);
    if (port > 0)
        url.setPort(port);
    url.setPath(QStringLiteral("/PowerShell"));
    result.m_url = url;
    return result;
}

QString ServerAddress::settingsKey() const
{
    if (!isValid())
        return {};
    QString key = m_url.host().toLower();
    if (m_url.port() > 0)
        key += QLatin1Char('_') + QString::number(m_url.port());
    return key;
}

} // namespace wizard
