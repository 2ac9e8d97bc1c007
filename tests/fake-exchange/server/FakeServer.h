#pragma once

#include "FaultPlan.h"
#include "HttpServer.h"

#include <QJsonObject>
#include <QMap>
#include <QObject>
#include <QSet>
#include <QString>

#include <map>
#include <memory>

namespace remoting::auth {
class SecurityContext;
}

namespace fake {

class FakeOrganisation;
class ShellHost;

// The fake Exchange's HTTP face: authentication (Basic over HTTPS only; Negotiate/Kerberos
// and NTLM through GSSAPI acceptors), MS-WSMV message encryption, fault injection by
// request index, and dispatch of the SOAP to the ShellHost. Counts everything.
class FakeServer : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        QSet<QString> auth{QStringLiteral("basic"), QStringLiteral("negotiate"),
                           QStringLiteral("ntlm")};
        QString keytab; // Kerberos service keytab (empty: KRB5_KTNAME / default)
        FaultPlan faults;
        // One JSON object per line for every request, appended as it is handled: its index
        // (as --fault counts), connection, WS-Man action (Create, Command, Receive, Send,
        // Signal, Delete; "" for an empty authentication leg), CommandId, a Command's cmdlets
        // and the fault injected. Empty: no log.
        QString requestLog;
    };

    FakeServer(FakeOrganisation *organisation, HttpServer *http, Options options,
               QObject *parent = nullptr);
    ~FakeServer() override;

    ShellHost *shellHost() const { return m_shell.get(); }
    QJsonObject stats() const;

private:
    struct ConnectionState;
    struct RequestRecord;

    void onRequest(ServerConnection *connection, const remoting::http::Request &request);
    void process(ServerConnection *connection, const remoting::http::Request &request,
                 RequestRecord &record);
    void dispatch(ServerConnection *connection, ConnectionState &state, const QString &route,
                  const QByteArray &soap, bool encrypted, const QByteArray &mutualHeader);
    void writeRecord(const RequestRecord &record);
    void challenge(ServerConnection *connection, const QString &why);
    void respondStatus(ServerConnection *connection, int status, const QByteArray &html,
                       bool close = false);
    QList<QByteArray> challengeHeaders(bool tls) const;

    FakeOrganisation *m_org;
    HttpServer *m_http;
    Options m_options;
    std::unique_ptr<ShellHost> m_shell;
    std::map<int, std::unique_ptr<ConnectionState>> m_connections; // by connection id
    int m_requestIndex = 0;
    bool m_wsmanFaultDone = false;
    QMap<int, int> m_statusCounts;
    int m_faultsInjected = 0;
    int m_authFailures = 0;
    int m_authenticated = 0;
};

} // namespace fake
