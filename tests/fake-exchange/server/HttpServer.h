#pragma once

#include "ServerConnection.h"
#include "http/ParserLimits.h"

#include <QHostAddress>
#include <QSslCertificate>
#include <QSslKey>
#include <QTcpServer>

#include <functional>

namespace fake {

// Loopback HTTP/1.1 server (plain or TLS) with persistent connections. Every parsed
// request goes to the handler, which answers through ServerConnection::respond() now or
// later (latency, slow receives).
class HttpServer : public QTcpServer
{
    Q_OBJECT
public:
    using Handler = std::function<void(ServerConnection *, const remoting::http::Request &)>;

    explicit HttpServer(QObject *parent = nullptr);
    ~HttpServer() override;

    // Before listen(): serve TLS with this certificate and key.
    void setTls(const QSslCertificate &certificate, const QSslKey &key);
    bool isTls() const { return !m_certificate.isNull(); }
    QSslCertificate certificate() const { return m_certificate; }
    void setLimits(const remoting::http::ParserLimits &limits) { m_limits = limits; }
    void setHandler(Handler handler) { m_handler = std::move(handler); }

    quint64 requestCount() const { return m_requests; }
    quint64 bytesReceived() const { return m_bytesIn; }
    quint64 bytesSent() const { return m_bytesOut; }
    quint64 connectionCount() const { return m_connections; }
    int openConnections() const { return m_open; }

Q_SIGNALS:
    void connectionClosed(int connectionId);

protected:
    void incomingConnection(qintptr socketDescriptor) override;

private:
    QSslCertificate m_certificate;
    QSslKey m_key;
    remoting::http::ParserLimits m_limits;
    Handler m_handler;
    quint64 m_requests = 0;
    quint64 m_bytesIn = 0;
    quint64 m_bytesOut = 0;
    quint64 m_connections = 0;
    int m_open = 0;
};

} // namespace fake
