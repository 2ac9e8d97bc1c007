#pragma once

#include <QCoreApplication>
#include <QString>
#include <QUrl>

namespace wizard {

// What the technician typed in the server box, turned into a remote PowerShell endpoint:
// a bare FQDN becomes http://<fqdn>/PowerShell (Exchange's endpoint); a URL is kept as is.
class ServerAddress
{
    Q_DECLARE_TR_FUNCTIONS(wizard::ServerAddress)
public:
    static ServerAddress parse(const QString &text);

    bool isValid() const { return m_error.isEmpty() && m_url.isValid(); }
    bool isEmpty() const { return m_url.isEmpty() && m_error.isEmpty(); }
    QUrl url() const { return m_url; }
    QString error() const { return m_error; } // translated; empty when valid or empty input
    // Key under which settings and a pinned certificate are remembered: host[:port], lower case.
    QString settingsKey() const;

private:
    QUrl m_url;
    QString m_error;
};

} // namespace wizard
