#include "WsmanTransport.h"

#include "ServerText.h"
#include "auth/ChannelBindings.h"
#include "auth/MessageEncryption.h"
#include "auth/SecurityContext.h"
#include "http/HttpConnection.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QPointer>
#include <QThreadPool>

Q_LOGGING_CATEGORY(lcTransport, "securestore.transport")

namespace remoting {

namespace {

const QByteArray kSoapContentType = QByteArrayLiteral("application/soap+xml;charset=UTF-8");

bool looksLikeSoap(const QByteArray &body)
{
    return body.contains(":Envelope") || body.startsWith("<Envelope");
}

} // namespace

WsmanTransport::WsmanTransport(const SessionOptions &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
{}

WsmanTransport::~WsmanTransport() = default;

Status WsmanTransport::prepare()
{
    const QUrl &url = m_options.endpoint;
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || url.host().isEmpty()
        || (scheme != QLatin1String("http") && scheme != QLatin1String("https"))) {
        return Error::make(Error::Kind::Usage,
                           tr("The server address \"%1\" is not a valid http:// or https:// URL. "
                              "Enter the Exchange server's name, e.g. ex01.contoso.com.")
                               .arg(url.toString()));
    }
    m_overTls = scheme == QLatin1String("https");

    auth::ContextOptions contextOptions;
    contextOptions.method = m_options.auth;
    contextOptions.host = url.host();
    contextOptions.userName = m_options.userName;
    contextOptions.password = m_options.password;
    contextOptions.kerberosToken = m_options.kerberosToken;
    auto context = auth::createInitiator(contextOptions, m_overTls);
    if (!context)
        return context.error();
    m_context = std::move(context.value());
    // Over http, Kerberos/NTLM sessions encrypt every body once the handshake is done.
    m_encrypt = !m_overTls && m_context->scheme() != QLatin1String("Basic");

    m_connection = new http::HttpConnection(url, this);
    const int deadline = m_options.effectiveRequestTimeoutMs();
    m_connection->setTimeouts(
        m_options.connectTimeoutMs,
        qMin(deadline,
             qMax(m_options.readTimeoutMs, (m_options.operationTimeoutSeconds + 30) * 1000)));
    m_connection->setRequestDeadline(deadline);
    m_connection->setPinnedSha256(m_options.pinnedSha256);
    connect(m_connection, &http::HttpConnection::responseReceived, this,
            &WsmanTransport::onResponse);
    connect(m_connection, &http::HttpConnection::failed, this, &WsmanTransport::onFailed);
    connect(m_connection, &http::HttpConnection::connected, this, [this] {
        if (m_awaitingConnection && m_current) {
            m_awaitingConnection = false;
            sendHandshakeLeg(QByteArray());
        }
    });
    connect(m_connection, &http::HttpConnection::connectionLost, this, [this] {
        // Kerberos/NTLM contexts are bound to the TCP connection: authenticate again.
        if (m_context && m_context->scheme() != QLatin1String("Basic") && m_authenticated) {
            qCDebug(lcTransport) << "connection lost; will authenticate again";
            resetAuthentication();
        }
    });
    return success();
}

void WsmanTransport::post(const QByteArray &soap, Callback done, bool retryOnDrop)
{
    m_queue.enqueue(Pending{soap, std::move(done), retryOnDrop, 0});
    startNext();
}

TrafficStats WsmanTransport::stats() const
{
    TrafficStats s;
    if (m_connection) {
        s.requests = m_connection->requestCount();
        s.bytesSent = m_connection->bytesSent();
        s.bytesReceived = m_connection->bytesReceived();
    }
    return s;
}

void WsmanTransport::resetAuthentication()
{
    m_authenticated = false;
    // A first step running on the pool starts from a fresh context anyway.
    if (m_context && !m_stepInFlight)
        m_context->reset();
}

void WsmanTransport::abandonSecurityContext()
{
    if (!m_context || m_context->scheme() == QLatin1String("Basic"))
        return;
    qCDebug(lcTransport) << "security context given up; the next request authenticates anew";
    resetAuthentication();
    m_connection->disconnectFromHost();
}

void WsmanTransport::failHandshake(const Error &error)
{
    // Without this the next request (the shell's Delete, the next pipeline) would step a
    // context that waits for a token that never comes, or send a fresh first leg into the
    // server's half-done handshake on this connection: both fail.
    abandonSecurityContext();
    finishCurrent(error);
}

QByteArray WsmanTransport::authorizationFor(const QByteArray &token) const
{
    return m_context->scheme().toLatin1() + ' ' + token.toBase64();
}

QByteArray WsmanTransport::peerToken(const http::Response &response) const
{
    const QByteArray scheme = m_context->scheme().toLatin1().toLower();
    for (const QByteArray &value : response.headerValues("WWW-Authenticate")) {
        for (const QByteArray &challenge : value.split(',')) {
            const QByteArray trimmed = challenge.trimmed();
            const int space = trimmed.indexOf(' ');
            const QByteArray name = (space < 0 ? trimmed : trimmed.left(space)).toLower();
            if (name == scheme && space > 0)
                return QByteArray::fromBase64(trimmed.mid(space + 1).trimmed());
        }
    }
    return {};
}

void WsmanTransport::startNext()
{
    if (m_current || m_queue.isEmpty())
        return;
    m_current = m_queue.dequeue();
    m_current->attempts++;
    const bool basic = m_context->scheme() == QLatin1String("Basic");
    if (basic || m_authenticated) {
        sendBody();
        return;
    }
    if (m_overTls && !m_connection->isConnected()) {
        // Channel binding needs the server certificate: connect first, then start.
        m_awaitingConnection = true;
        m_connection->open();
        return;
    }
    sendHandshakeLeg(QByteArray());
}

void WsmanTransport::sendHandshakeLeg(const QByteArray &peerToken)
{
    if (m_overTls && peerToken.isEmpty()) {
        // Channel binding (Extended Protection): the hash of the server certificate.
        m_context->setChannelBindings(auth::channelBindingsFor(m_connection->peerCertificate()));
    }
    if (!peerToken.isEmpty()) {
        // Later legs only process the server's token: local work.
        continueHandshakeLeg(m_context->step(peerToken));
        return;
    }
    // The first leg may talk to the KDC (acquire credentials, get a service ticket), which
    // can take seconds when it is slow or unreachable: never on the caller's (GUI) thread.
    m_stepInFlight = true;
    const quint64 generation = ++m_generation;
    QPointer<WsmanTransport> self(this);
    std::shared_ptr<auth::SecurityContext> context = m_context;
    QThreadPool::globalInstance()->start([self, context, generation] {
        Expected<QByteArray> token = context->step(QByteArray());
        QMetaObject::invokeMethod(
            qApp,
            [self, generation, token] {
                if (!self)
                    return;
                self->m_stepInFlight = false;
                if (generation != self->m_generation || !self->m_current)
                    return; // aborted meanwhile
                self->continueHandshakeLeg(token);
            },
            Qt::QueuedConnection);
    });
}

void WsmanTransport::continueHandshakeLeg(const Expected<QByteArray> &token)
{
    if (!token) {
        failHandshake(token.error());
        return;
    }
    if (token->isEmpty() && m_context->isComplete()) {
        m_authenticated = true;
        sendBody();
        return;
    }
    http::Request request;
    request.path = m_options.endpoint.path(QUrl::FullyEncoded).toLatin1();
    request.headers.append({"Authorization", authorizationFor(*token)});
    if (m_overTls) {
        // No message encryption over TLS: the real body rides on each handshake leg.
        m_phase = Phase::Sending;
        request.headers.append({"Content-Type", kSoapContentType});
        request.body = m_current->soap;
    } else {
        m_phase = Phase::Handshake;
    }
    m_connection->send(request);
}

void WsmanTransport::sendBody()
{
    http::Request request;
    request.path = m_options.endpoint.path(QUrl::FullyEncoded).toLatin1();
    if (m_context->scheme() == QLatin1String("Basic")) {
        // Basic goes with every request; the context yields the credentials once.
        if (m_basicToken.isEmpty()) {
            auto token = m_context->step(QByteArray());
            if (!token) {
                finishCurrent(token.error());
                return;
            }
            m_basicToken = *token;
        }
        request.headers.append({"Authorization", authorizationFor(m_basicToken)});
    }
    if (m_encrypt) {
        if (!m_context->canEncrypt()) {
            finishCurrent(Error::make(
                Error::Kind::Auth, Error::Reason::InsecureTransport,
                tr("The server did not agree to encrypt the session, and this tool does not "
                   "send Exchange commands unencrypted over http."),
                QStringLiteral("security context offers no confidentiality")));
            return;
        }
        QByteArray contentType;
        request.body = auth::encryptBody(*m_context, m_current->soap, &contentType);
        if (request.body.isEmpty()) {
            finishCurrent(Error::make(Error::Kind::Auth,
                                      tr("Could not encrypt the request for the server."),
                                      QStringLiteral("wrap failed")));
            return;
        }
        request.headers.append({"Content-Type", contentType});
    } else {
        request.headers.append({"Content-Type", kSoapContentType});
        request.body = m_current->soap;
    }
    m_phase = Phase::Sending;
    m_connection->send(request);
}

void WsmanTransport::onResponse(const http::Response &response)
{
    if (!m_current)
        return;
    const bool basic = m_context->scheme() == QLatin1String("Basic");

    if (response.status == 401) {
        const QByteArray token = basic ? QByteArray() : peerToken(response);
        if (!basic && !m_authenticated && !token.isEmpty() && !m_context->isComplete()) {
            sendHandshakeLeg(token); // next leg (NTLM challenge, SPNEGO continuation)
            return;
        }
        if (m_acceptedBefore && !m_current->reauthenticated) {
            // The server accepted us before: its context expired (ticket lifetime) or a load
            // balancer moved us. A 401 means WS-Man did not process the request, so
            // authenticate again and send it once more.
            qCInfo(lcTransport) << "HTTP 401 after the server had accepted us; authenticating "
                                   "again and sending the request once more";
            m_current->reauthenticated = true;
            if (basic) {
                sendBody();
            } else {
                resetAuthentication();
                sendHandshakeLeg(QByteArray());
            }
            return;
        }
        const QString detail
            = QStringLiteral("WWW-Authenticate: %1")
                  .arg(QString::fromLatin1(
                      response.headerValues("WWW-Authenticate").join(", ").left(200)));
        Error e;
        if (m_acceptedBefore) {
            e = Error::make(
                Error::Kind::Auth, Error::Reason::AuthRejected,
                tr("The server rejected our credentials twice in a row (HTTP 401), although it "
                   "had accepted them earlier in this session; authenticating anew did not help. "
                   "The password may have changed or the account been locked meanwhile, or a "
                   "load balancer sent the request to a server that does not accept them. Try "
                   "again; if it keeps happening, check the account and the load balancer's "
                   "session affinity."),
                detail + QStringLiteral(" (second rejection after re-authentication)"));
        } else {
            e = Error::make(Error::Kind::Auth, Error::Reason::AuthRejected,
                            basic ? tr("The server rejected the user name or password (HTTP 401).")
                                  : tr("The server did not accept our %1 credentials (HTTP 401).")
                                        .arg(m_context->scheme()),
                            detail);
        }
        e.httpStatus = 401;
        failHandshake(e);
        return;
    }

    if (m_phase == Phase::Handshake) {
        if (response.status != 200) {
            // 500, 503, a proxy's error page… answering a leg: the handshake is over.
            failHandshake(httpError(response));
            return;
        }
        if (!acceptFinalToken(response))
            return;
        if (!m_context->isComplete()) {
            failHandshake(Error::make(Error::Kind::Auth, Error::Reason::AuthFailed,
                                      tr("Authentication with the server did not complete."),
                                      QStringLiteral("handshake ended without a final token")));
            return;
        }
        m_authenticated = true;
        m_acceptedBefore = true;
        sendBody();
        return;
    }

    // Phase::Sending
    if (!basic && !m_authenticated) {
        if (!acceptFinalToken(response))
            return;
        m_authenticated = true;
    }
    m_acceptedBefore = true; // anything but a 401 once authenticated
    if (m_encrypt && !response.header("Content-Type").toLower().startsWith("multipart/encrypted")) {
        // A sealed request answered unsealed: an error page of IIS/HTTP.sys (500, 503, 400…)
        // sent before the request reached WS-Man, so the server may never have unsealed it.
        // NTLM's sealing keeps a sequence state per direction; ours has moved on, the
        // server's perhaps not, and every later message would then fail its integrity check
        // there (the shell's Delete too). Start the next request with a new context.
        abandonSecurityContext();
    }
    if (response.status != 200 && response.status != 500 && response.status != 400) {
        finishCurrent(httpError(response));
        return;
    }
    finishCurrent(unpackBody(response));
}

bool WsmanTransport::acceptFinalToken(const http::Response &response)
{
    // Kerberos mutual authentication: the server's last token completes the context.
    const QByteArray token = peerToken(response);
    if (token.isEmpty() || m_context->isComplete())
        return true;
    const auto next = m_context->step(token);
    if (!next) {
        failHandshake(next.error());
        return false;
    }
    return true;
}

Expected<QByteArray> WsmanTransport::unpackBody(const http::Response &response)
{
    const QByteArray contentType = response.header("Content-Type");
    QByteArray body = response.body;
    if (contentType.toLower().startsWith("multipart/encrypted")) {
        auto plain = auth::decryptBody(*m_context, body, contentType);
        if (!plain)
            return plain.error();
        body = std::move(plain.value());
    } else if (m_encrypt && !body.isEmpty()) {
        return Error::make(Error::Kind::Protocol,
                           tr("The server answered without encryption on an encrypted session."),
                           QStringLiteral("HTTP %1, Content-Type %2")
                               .arg(response.status)
                               .arg(QString::fromLatin1(contentType)));
    }
    if (!looksLikeSoap(body)) {
        http::Response copy = response;
        copy.body = body;
        return httpError(copy);
    }
    return body;
}

Error WsmanTransport::httpError(const http::Response &response) const
{
    Error::Reason reason = Error::Reason::HttpStatus;
    if (response.status == 403)
        reason = Error::Reason::AccessDenied;
    else if (response.status == 404)
        reason = Error::Reason::EndpointNotFound;
    else if (response.status >= 500)
        reason = Error::Reason::ServerFault;
    QString start = QString::fromUtf8(response.body.left(300)).simplified();
    Error e = Error::make(
        Error::Kind::Http, reason,
        response.status == 200 ? tr("The server answered HTTP 200 without a WS-Management message.")
                               : tr("The server answered HTTP %1 %2.")
                                     .arg(response.status)
                                     .arg(serverText(QString::fromLatin1(response.reason), 100)),
        start.isEmpty() ? QStringLiteral("(empty body)") : QStringLiteral("body: ") + start);
    e.httpStatus = response.status;
    return e;
}

void WsmanTransport::onFailed(const Error &error)
{
    m_awaitingConnection = false;
    if (!m_current)
        return;
    if (m_context && m_context->scheme() != QLatin1String("Basic"))
        resetAuthentication();
    const bool dropped = error.kind == Error::Kind::Network;
    // A leg of the handshake over http carries no body (the request is sealed once the
    // context is complete): when the connection is lost on it, WS-Man has processed nothing,
    // so any request may be sent again, on a new connection with a new handshake.
    const bool lostOnBodilessLeg = error.reason == Error::Reason::ConnectionLost
                                   && m_phase == Phase::Handshake && !m_overTls;
    if (dropped && (m_current->retryOnDrop || lostOnBodilessLeg) && m_current->attempts < 2) {
        qCDebug(lcTransport) << "connection dropped, sending again:" << error.detail;
        auto again = std::move(*m_current);
        m_current.reset();
        m_phase = Phase::Idle;
        m_queue.prepend(std::move(again));
        startNext();
        return;
    }
    finishCurrent(error);
}

void WsmanTransport::finishCurrent(const Expected<QByteArray> &result)
{
    if (!m_current)
        return;
    auto current = std::move(*m_current);
    m_current.reset();
    m_phase = Phase::Idle;
    current.done(result);
    startNext();
}

} // namespace remoting
