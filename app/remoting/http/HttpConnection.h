#pragma once

#include "Error.h"
#include "Request.h"
#include "Response.h"
#include "ResponseParser.h"

#include <QByteArray>
#include <QList>
#include <QNetworkCookie>
#include <QObject>
#include <QPointer>
#include <QQueue>
#include <QSslCertificate>
#include <QSslError>
#include <QTimer>
#include <QUrl>

#include <optional>

class QSslSocket;
class QTcpSocket;

namespace remoting::http {

// One persistent HTTP/1.1 connection (plain or TLS) to the server of `base`, as WinRM
// needs: NTLM/Kerberos contexts and message encryption are bound to one TCP connection.
//
// send() queues a request; requests go out one at a time in order, and each ends in
// exactly one responseReceived() or failed(). The connection is opened on demand and
// kept open (keep-alive); after the server closes it or it drops, the next send()
// reconnects. connectionLost() tells the owner that whatever was bound to the old
// connection (an authenticated security context) is gone.
//
// TLS: the system trust store decides. A certificate that does not verify fails with
// Error{Tls} naming its SHA-256 fingerprint, unless setPinnedSha256() names exactly that
// leaf certificate. Asynchronous only: no waitFor*, no nested event loop.
class HttpConnection : public QObject
{
    Q_OBJECT
public:
    explicit HttpConnection(const QUrl &base, QObject *parent = nullptr);
    ~HttpConnection() override;

    // connectMs: connecting (and the TLS handshake); readMs: longest silence while an
    // answer is awaited.
    void setTimeouts(int connectMs, int readMs);
    // Total time from writing a request to the last byte of its answer (0: none). Bytes
    // trickling in do not extend it.
    void setRequestDeadline(int ms);
    // Raw 32-byte SHA-256 of the one certificate to accept when it does not verify.
    void setPinnedSha256(const QByteArray &sha256);

    // Connects (and completes the TLS handshake) without sending; emits connected().
    // Useful to learn the server certificate (channel bindings) before the first request.
    void open();
    void send(const Request &request);
    // Closes the connection; a request in flight and queued ones fail with Cancelled.
    void disconnectFromHost();

    bool isConnected() const;
    bool isBusy() const { return m_current.has_value() || !m_queue.isEmpty(); }
    QSslCertificate peerCertificate() const
    {
        return m_peerCertificate ? *m_peerCertificate : QSslCertificate();
    }
    QList<QSslCertificate> peerCertificateChain() const { return m_peerChain; }

    quint64 bytesSent() const { return m_bytesSent; }
    quint64 bytesReceived() const { return m_bytesReceived; }
    quint64 requestCount() const { return m_requestCount; }
    quint64 connectionCount() const { return m_connectionCount; } // TCP connections opened

Q_SIGNALS:
    void connected();
    void responseReceived(const remoting::http::Response &response);
    void failed(const remoting::Error &error);
    void connectionLost();

private:
    enum class Phase { Idle, Connecting, Connected };

    void pump();
    void startConnecting();
    void onSocketReady();
    void onReadyRead();
    void onSslErrors(const QList<QSslError> &errors);
    void onSocketError();
    void onDisconnected();
    void onTimeout();
    void onDeadline();
    void writeCurrent();
    void completeResponse(Response response);
    void dropSocket();
    void failAll(const Error &error, bool lost);
    Error tlsError(const QString &socketError) const;
    static Error::Reason certificateReason(const QList<QSslError> &errors);
    QByteArray hostHeader() const;
    void storeCookies(const Response &response);
    QByteArray cookieHeader(const QByteArray &path) const;
    QSslSocket *tlsSocket() const;

    QUrl m_base;
    bool m_tls = false;
    int m_connectMs = 15000;
    int m_readMs = 120000;
    QByteArray m_pinned;

    // A QSslSocket for https only: plain http never loads the TLS backend (OpenSSL and the
    // system trust store cost several milliseconds at the first use in a process).
    QTcpSocket *m_socket = nullptr;
    Phase m_phase = Phase::Idle;
    QTimer m_timer;
    QTimer m_deadline; // total time of the request in flight
    int m_deadlineMs = 0;
    ResponseParser m_parser;
    QQueue<Request> m_queue;
    std::optional<Request> m_current;
    bool m_written = false;
    QList<QSslError> m_sslErrors;
    bool m_pinAccepted = false;
    std::optional<QSslCertificate> m_peerCertificate; // not a null one: see m_socket
    QList<QSslCertificate> m_peerChain;
    QList<QNetworkCookie> m_cookies;

    quint64 m_bytesSent = 0;
    quint64 m_bytesReceived = 0;
    quint64 m_requestCount = 0;
    quint64 m_connectionCount = 0;
};

} // namespace remoting::http
