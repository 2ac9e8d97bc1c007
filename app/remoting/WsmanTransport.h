#pragma once

#include "Error.h"
#include "RemoteSession.h"

#include <QByteArray>
#include <QObject>
#include <QQueue>

#include <functional>
#include <memory>

namespace remoting {

namespace http {
class HttpConnection;
struct Response;
} // namespace http
namespace auth {
class SecurityContext;
} // namespace auth

// Posts SOAP envelopes to the WS-Man endpoint over one persistent connection:
// authenticates (token on the first request, no anonymous probe), encrypts bodies over
// http (MS-WSMV 2.2.9.1), re-authenticates after a dropped connection, and after a 401 once
// the server has accepted us (a 401 means WS-Man did not process the request: it is sent
// again once; a second rejection is the error). Every request has a total deadline
// (SessionOptions::effectiveRequestTimeoutMs). One request is on the wire at a time;
// further posts wait in order.
class WsmanTransport : public QObject
{
    Q_OBJECT
public:
    using Callback = std::function<void(const Expected<QByteArray> &soap)>;

    explicit WsmanTransport(const SessionOptions &options, QObject *parent = nullptr);
    ~WsmanTransport() override;

    // Validates the options and creates the security context; no network traffic.
    Status prepare();
    // Sends one SOAP envelope; `done` gets the response envelope (HTTP 200, or a 500
    // carrying a SOAP fault) or an Error. `retryOnDrop`: the request is safe to send
    // again when the connection dropped before any answer (Receive, Signal, Delete).
    void post(const QByteArray &soap, Callback done, bool retryOnDrop = false);

    TrafficStats stats() const;

Q_SIGNALS:
    void trace(const QString &line);

private:
    struct Pending
    {
        QByteArray soap;
        Callback done;
        bool retryOnDrop = false;
        int attempts = 0;
        bool reauthenticated = false; // sent again after a 401 (once at most)
    };
    enum class Phase { Idle, Handshake, Sending };

    void startNext();
    void sendHandshakeLeg(const QByteArray &peerToken);
    void continueHandshakeLeg(const Expected<QByteArray> &token);
    void sendBody();
    void onResponse(const http::Response &response);
    // Feeds the server's final (mutual) token; false after finishing the request with the error.
    bool acceptFinalToken(const http::Response &response);
    void onFailed(const Error &error);
    void finishCurrent(const Expected<QByteArray> &result);
    void resetAuthentication();
    // Kerberos/NTLM: gives up the security context and the connection the server holds its
    // side on; the next request authenticates afresh on a new connection.
    void abandonSecurityContext();
    // Ends the request with `error` when a Kerberos/NTLM handshake did not complete: the
    // security context and the server's state for this connection are half-way through it,
    // so both are given up.
    void failHandshake(const Error &error);
    QByteArray authorizationFor(const QByteArray &token) const;
    QByteArray peerToken(const http::Response &response) const;
    Expected<QByteArray> unpackBody(const http::Response &response);
    Error httpError(const http::Response &response) const;

    SessionOptions m_options;
    bool m_overTls = false;
    bool m_encrypt = false;
    std::shared_ptr<auth::SecurityContext> m_context; // shared with a handshake step on the pool
    http::HttpConnection *m_connection = nullptr;
    QQueue<Pending> m_queue;
    std::optional<Pending> m_current;
    Phase m_phase = Phase::Idle;
    bool m_authenticated = false;
    bool m_awaitingConnection = false;
    bool m_stepInFlight = false;
    quint64 m_generation = 0;
    QByteArray m_basicToken;       // user:password for Basic (HTTPS only); never logged
    bool m_acceptedBefore = false; // the server has accepted our credentials in this session
};

} // namespace remoting
