#include "HttpServer.h"

#include <QLoggingCategory>
#include <QSslConfiguration>
#include <QSslSocket>

Q_DECLARE_LOGGING_CATEGORY(lcFakeHttp)

namespace fake {

HttpServer::HttpServer(QObject *parent)
    : QTcpServer(parent)
{}

HttpServer::~HttpServer() = default;

void HttpServer::setTls(const QSslCertificate &certificate, const QSslKey &key)
{
    m_certificate = certificate;
    m_key = key;
}

void HttpServer::incomingConnection(qintptr socketDescriptor)
{
    QTcpSocket *socket = nullptr;
    if (isTls()) {
        auto *ssl = new QSslSocket;
        if (!ssl->setSocketDescriptor(socketDescriptor)) {
            delete ssl;
            return;
        }
        QSslConfiguration conf = QSslConfiguration::defaultConfiguration();
        conf.setLocalCertificate(m_certificate);
        conf.setPrivateKey(m_key);
        conf.setPeerVerifyMode(QSslSocket::VerifyNone);
        ssl->setSslConfiguration(conf);
        connect(ssl, &QSslSocket::sslErrors, ssl, [ssl](const QList<QSslError> &errors) {
            qCDebug(lcFakeHttp) << "server-side TLS errors" << errors;
        });
        ssl->startServerEncryption();
        socket = ssl;
    } else {
        socket = new QTcpSocket;
        if (!socket->setSocketDescriptor(socketDescriptor)) {
            delete socket;
            return;
        }
    }
    const int id = int(++m_connections);
    ++m_open;
    auto *conn = new ServerConnection(socket, id, m_limits, this);
    qCDebug(lcFakeHttp) << "connection" << id << "accepted";
    connect(conn, &ServerConnection::bytesIn, this, [this](qint64 n) { m_bytesIn += quint64(n); });
    connect(conn, &ServerConnection::bytesOut, this,
            [this](qint64 n) { m_bytesOut += quint64(n); });
    connect(conn, &ServerConnection::requestReady, this,
            [this](ServerConnection *c, const remoting::http::Request &r) {
                ++m_requests;
                if (m_handler) {
                    m_handler(c, r);
                } else {
                    remoting::http::Response resp;
                    resp.status = 404;
                    c->respond(resp);
                }
            });
    connect(conn, &ServerConnection::closed, this, [this](ServerConnection *c) {
        --m_open;
        qCDebug(lcFakeHttp) << "connection" << c->id() << "closed";
        Q_EMIT connectionClosed(c->id());
        c->deleteLater();
    });
}

} // namespace fake
