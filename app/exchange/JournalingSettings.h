#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace exchange {

// The desired configuration: what the technician asked for (wizard pages, CLI flags or an
// answers file). Never holds a secret.
struct JournalingSettings
{
    static QString defaultRuleName() { return QStringLiteral("Journaling to SecureStore Archive"); }
    static QString defaultRemoteDomainName() { return QStringLiteral("SecureStore Archiving"); }
    static QString defaultConnectorName()
    {
        return QStringLiteral("SecureStore Archive Smarthost");
    }

    QString journalAddress; // the unique address from the Mailprotector Console
    QString ndrMailbox;     // alternate mailbox for undeliverable journal reports
    QString ruleName = defaultRuleName();

    bool remoteDomainEnabled = true;
    QString remoteDomainName = defaultRemoteDomainName(); // domain = journalDomain()

    bool connectorEnabled = false; // only when outbound mail relays through Mailprotector
    QString connectorName = defaultConnectorName();
    QString smartHost;
    QStringList sourceServers; // empty: every discovered transport server
    bool requireTls = false;

    // Consent to replace an existing, different JournalingReportNdrTo.
    bool replaceExistingNdr = false;

    QString journalDomain() const; // the part after '@', lower-cased; empty when none

    QJsonObject toJson() const;
    static JournalingSettings fromJson(const QJsonObject &json); // missing keys keep defaults
};

} // namespace exchange
