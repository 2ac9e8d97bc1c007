#include "ServerConnection.h"

#include "http/ResponseWriter.h"

#include <QLoggingCategory>
#include <QSslSocket>
#include <QTimer>

Q_LOGGING_CATEGORY(lcFakeHttp, "securestore.fake.http", QtInfoMsg)

using fake::http::RequestParser;
using remoting::http::Request;
using remoting::http::Response;

namespace fake {

ServerConnection::ServerConnection(QTcpSocket *socket, int id, remoting::http::ParserLimits limits,
                                   QObject *parent)
    : QObject(parent)
    , m_socket(socket)
    , m_id(id)
    , m_parser(limits)
{
    m_socket->setParent(this);
    m_tls = qobject_cast<QSslSocket *>(socket) != nullptr;
    connect(m_socket, &QTcpSocket::readyRead, this, &ServerConnection::onReadyRead);
    connect(m_socket, &QTcpSocket::disconnected, this, &ServerConnection::close);
    connect(m_socket, &QTcpSocket::errorOccurred, this, [this](QAbstractSocket::SocketError e) {
        if (e != QAbstractSocket::RemoteHostClosedError)
            qCDebug(lcFakeHttp) << "connection" << m_id << "error" << m_socket->errorString();
        if (m_socket->state() != QAbstractSocket::ConnectedState)
            close();
    });
}

ServerConnection::~ServerConnection() = default;

QSslCertificate ServerConnection::localCertificate() const
{
    if (auto *s = qobject_cast<QSslSocket *>(m_socket))
        return s->localCertificate();
    return QSslCertificate();
}

void ServerConnection::onReadyRead()
{
    if (!m_socket)
        return;
    if (m_closing) {
        m_socket->readAll(); // answered with Connection: close; ignore the rest
        return;
    }
    const QByteArray data = m_socket->readAll();
    Q_EMIT bytesIn(data.size());
    m_parser.feed(data);
    processBuffered();
}

void ServerConnection::processBuffered()
{
    while (m_socket && !m_handling && !m_closing) {
        const RequestParser::State st = m_parser.feed({});
        if (st == RequestParser::NeedMore)
            return;
        if (st == RequestParser::Error) {
            qCInfo(lcFakeHttp) << "connection" << m_id << "bad request:" << m_parser.errorString();
            Response r;
            r.status = 400;
            r.headers.emplaceBack(QByteArray("Content-Type"), QByteArray("text/plain"));
            r.body = "Bad Request: " + m_parser.errorString().toUtf8() + '\n';
            m_handling = true;
            respond(r, true);
            return;
        }
        const Request req = m_parser.takeRequest();
        m_handling = true;
        m_requestKeepAlive = req.keepAlive;
        ++m_requests;
        QPointer<ServerConnection> self(this);
        Q_EMIT requestReady(this, req);
        if (!self)
            return;
    }
}

void ServerConnection::respond(Response response, bool closeAfter)
{
    if (!m_socket || !m_handling)
        return;
    m_handling = false;
    const bool close = closeAfter || !m_requestKeepAlive;
    remoting::http::removeHeader(response.headers, "Content-Length");
    remoting::http::removeHeader(response.headers, "Transfer-Encoding");
    if (!remoting::http::hasHeader(response.headers, "Server"))
        response.headers.emplaceFront(QByteArray("Server"), QByteArray("Microsoft-IIS/10.0"));
    response.headers.emplaceBack(QByteArray("Content-Length"),
                                 QByteArray(QByteArray::number(response.body.size())));
    if (close)
        remoting::http::setHeader(response.headers, "Connection", "close");
    const QByteArray wire = fake::http::serializeResponse(response);
    m_socket->write(wire);
    Q_EMIT bytesOut(wire.size());
    if (close) {
        m_closing = true;
        m_socket->disconnectFromHost(); // flushes first
        return;
    }
    // Next pipelined request, after the caller's stack unwinds.
    QTimer::singleShot(0, this, [self = QPointer<ServerConnection>(this)] {
        if (self)
            self->processBuffered();
    });
}

void ServerConnection::abort()
{
    if (!m_socket)
        return;
    m_handling = false;
    m_socket->abort();
    close();
}

void ServerConnection::close()
{
    if (!m_socket)
        return;
    QTcpSocket *s = m_socket;
    m_socket = nullptr;
    s->disconnect(this);
    s->deleteLater();
    Q_EMIT closed(this);
}

} // namespace fake
