#pragma once

#include "http/Request.h"
#include "http/RequestParser.h"
#include "http/Response.h"

#include <QObject>
#include <QPointer>
#include <QSslCertificate>

class QTcpSocket;

namespace fake {

// One accepted client connection of HttpServer: parses requests (persistent, pipelined
// requests handled one at a time, in order) and writes the handler's responses.
class ServerConnection : public QObject
{
    Q_OBJECT
public:
    ServerConnection(QTcpSocket *socket, int id, remoting::http::ParserLimits limits,
                     QObject *parent);
    ~ServerConnection() override;

    int id() const { return m_id; }
    bool isTls() const { return m_tls; }
    // The certificate this server presented on the connection (channel bindings).
    QSslCertificate localCertificate() const;
    int requestsOnConnection() const { return m_requests; }

    // Answer the request being handled (now or later). Content-Length is set here; the
    // connection closes afterwards when the client asked for it or closeAfter is true.
    void respond(remoting::http::Response response, bool closeAfter = false);
    // Drop the connection without answering (fault injection).
    void abort();
    bool isOpen() const { return m_socket != nullptr; }

Q_SIGNALS:
    void requestReady(fake::ServerConnection *connection, const remoting::http::Request &request);
    void bytesIn(qint64 n);
    void bytesOut(qint64 n);
    void closed(fake::ServerConnection *connection);

private:
    void onReadyRead();
    void processBuffered();
    void close();

    QTcpSocket *m_socket;
    int m_id;
    bool m_tls = false;
    fake::http::RequestParser m_parser;
    bool m_handling = false;
    bool m_closing = false;
    bool m_requestKeepAlive = true;
    int m_requests = 0;
};

} // namespace fake
