#include "HttpConnection.h"

#include "CertificateFingerprint.h"

#include <QDateTime>
#include <QLoggingCategory>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTcpSocket>

Q_LOGGING_CATEGORY(lcHttp, "securestore.http", QtInfoMsg)

namespace remoting::http {

HttpConnection::HttpConnection(const QUrl &base, QObject *parent)
    : QObject(parent)
    , m_base(base)
    , m_tls(base.scheme().compare(QLatin1String("https"), Qt::CaseInsensitive) == 0)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &HttpConnection::onTimeout);
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, &HttpConnection::onDeadline);
}

HttpConnection::~HttpConnection()
{
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
        delete m_socket;
    }
}

void HttpConnection::setTimeouts(int connectMs, int readMs)
{
    m_connectMs = connectMs;
    m_readMs = readMs;
}

void HttpConnection::setRequestDeadline(int ms)
{
    m_deadlineMs = ms;
}

void HttpConnection::setPinnedSha256(const QByteArray &sha256)
{
    m_pinned = sha256;
}

bool HttpConnection::isConnected() const
{
    return m_socket && m_phase == Phase::Connected;
}

void HttpConnection::open()
{
    if (m_phase == Phase::Idle)
        startConnecting();
    else if (m_phase == Phase::Connected)
        QMetaObject::invokeMethod(this, &HttpConnection::connected, Qt::QueuedConnection);
}

void HttpConnection::send(const Request &request)
{
    const QString scheme = m_base.scheme().toLower();
    if ((scheme != QLatin1String("http") && scheme != QLatin1String("https"))
        || m_base.host().isEmpty()) {
        // Report asynchronously, like every other outcome.
        const Error e = Error::make(
            Error::Kind::Usage,
            tr("The address %1 is not an http:// or https:// URL.").arg(m_base.toDisplayString()));
        QMetaObject::invokeMethod(
            this, [this, e] { Q_EMIT failed(e); }, Qt::QueuedConnection);
        return;
    }
    m_queue.enqueue(request);
    pump();
}

void HttpConnection::pump()
{
    if (m_current || m_queue.isEmpty())
        return;
    m_current = m_queue.dequeue();
    m_written = false;
    if (m_phase == Phase::Connected)
        writeCurrent();
    else if (m_phase == Phase::Idle)
        startConnecting();
    // Connecting: writeCurrent() runs once the connection is up.
}

void HttpConnection::startConnecting()
{
    dropSocket();
    QSslSocket *tls = m_tls ? new QSslSocket(this) : nullptr;
    m_socket = tls ? tls : new QTcpSocket(this);
    m_phase = Phase::Connecting;
    m_sslErrors.clear();
    m_pinAccepted = false;
    m_parser.reset();

    connect(m_socket, &QTcpSocket::readyRead, this, &HttpConnection::onReadyRead);
    connect(m_socket, &QTcpSocket::disconnected, this, &HttpConnection::onDisconnected);
    connect(m_socket, &QTcpSocket::errorOccurred, this, &HttpConnection::onSocketError);
    connect(m_socket, &QTcpSocket::bytesWritten, this, [this] {
        if (m_current && m_timer.isActive())
            m_timer.start(m_readMs); // upload progress counts as activity
    });

    const QString host = m_base.host();
    const quint16 port = quint16(m_base.port(m_tls ? 443 : 80));
    m_timer.start(m_connectMs);
    if (tls) {
        QSslConfiguration conf = QSslConfiguration::defaultConfiguration();
        conf.setProtocol(QSsl::TlsV1_2OrLater);
        conf.setPeerVerifyMode(QSslSocket::VerifyPeer);
        tls->setSslConfiguration(conf);
        tls->setPeerVerifyName(host);
        connect(tls, &QSslSocket::encrypted, this, &HttpConnection::onSocketReady);
        connect(tls, &QSslSocket::sslErrors, this, &HttpConnection::onSslErrors);
        qCDebug(lcHttp) << "connecting (TLS) to" << host << port;
        tls->connectToHostEncrypted(host, port);
    } else {
        connect(m_socket, &QTcpSocket::connected, this, &HttpConnection::onSocketReady);
        qCDebug(lcHttp) << "connecting to" << host << port;
        m_socket->connectToHost(host, port);
    }
}

void HttpConnection::onSocketReady()
{
    m_timer.stop();
    m_phase = Phase::Connected;
    ++m_connectionCount;
    if (QSslSocket *tls = tlsSocket()) {
        m_peerCertificate = tls->peerCertificate();
        m_peerChain = tls->peerCertificateChain();
    }
    qCDebug(lcHttp) << "connected; connection" << m_connectionCount;
    QPointer<HttpConnection> self(this);
    Q_EMIT connected();
    if (!self)
        return;
    if (m_current && !m_written && m_phase == Phase::Connected)
        writeCurrent();
    else
        pump();
}

void HttpConnection::onSslErrors(const QList<QSslError> &errors)
{
    QSslSocket *tls = tlsSocket();
    if (!tls)
        return;
    m_sslErrors = errors;
    const QSslCertificate leaf = tls->peerCertificate();
    const QByteArray digest = sha256Fingerprint(leaf);
    if (!m_pinned.isEmpty() && !digest.isEmpty() && digest == m_pinned) {
        // Exactly the pinned certificate: accept these errors, for this certificate only.
        for (const QSslError &e : errors) {
            if (!e.certificate().isNull() && !tls->peerCertificateChain().contains(e.certificate()))
                return; // an error about some other certificate: do not override
        }
        qCInfo(lcHttp) << "accepting the pinned certificate" << formatFingerprint(digest);
        m_pinAccepted = true;
        tls->ignoreSslErrors(errors);
    }
}

QSslSocket *HttpConnection::tlsSocket() const
{
    return m_tls ? static_cast<QSslSocket *>(m_socket) : nullptr;
}

Error::Reason HttpConnection::certificateReason(const QList<QSslError> &errors)
{
    // A name mismatch alone: the chain is trusted, only the name in the address is not the
    // certificate's. Anything else wrong with the chain makes it untrusted as a whole.
    bool mismatch = false;
    for (const QSslError &e : errors) {
        if (e.error() == QSslError::HostNameMismatch)
            mismatch = true;
        else if (e.error() != QSslError::NoError)
            return Error::Reason::TlsUntrusted;
    }
    return mismatch ? Error::Reason::TlsHostnameMismatch : Error::Reason::TlsOther;
}

Error HttpConnection::tlsError(const QString &socketError) const
{
    const QSslSocket *tls = tlsSocket();
    QSslCertificate leaf = tls ? tls->peerCertificate() : QSslCertificate();
    QList<QSslCertificate> chain = tls ? tls->peerCertificateChain() : QList<QSslCertificate>();
    if (leaf.isNull() && !m_sslErrors.isEmpty())
        leaf = m_sslErrors.first().certificate();
    if (chain.isEmpty() && !leaf.isNull())
        chain.append(leaf);
    const QString host = m_base.host();
    QStringList reasons;
    for (const QSslError &e : m_sslErrors)
        reasons.append(e.errorString());
    Error e = Error::make(Error::Kind::Tls, Error::Reason::TlsOther, QString());
    e.certificateChain = chain;
    if (leaf.isNull()) {
        e.message = tr("The secure connection to %1 failed: %2.").arg(host, socketError);
    } else {
        const QString fingerprint = formatFingerprint(sha256Fingerprint(leaf));
        if (!m_pinned.isEmpty()) {
            e.reason = Error::Reason::TlsPinMismatch;
            e.message = tr("The certificate of %1 (SHA-256 fingerprint %2) does not match the "
                           "pinned fingerprint %3.")
                            .arg(host, fingerprint, formatFingerprint(m_pinned));
        } else if (!reasons.isEmpty()) {
            e.reason = certificateReason(m_sslErrors);
            e.message = tr("The certificate of %1 (SHA-256 fingerprint %3) is not trusted: %2.")
                            .arg(host, reasons.join(QLatin1String("; ")), fingerprint);
        } else {
            e.message = tr("The secure connection to %1 failed: %2 (SHA-256 fingerprint %3).")
                            .arg(host, socketError, fingerprint);
        }
        e.detail = QStringLiteral("subject=%1 issuer=%2 sha256=%3")
                       .arg(leaf.subjectDisplayName(), leaf.issuerDisplayName(), fingerprint);
    }
    if (!reasons.isEmpty())
        e.detail += QStringLiteral(" errors=") + reasons.join(QLatin1String("; "));
    e.detail += QStringLiteral(" socket=") + socketError;
    return e;
}

void HttpConnection::onSocketError()
{
    if (!m_socket)
        return;
    const QAbstractSocket::SocketError code = m_socket->error();
    const QString text = m_socket->errorString();
    const Phase phase = m_phase;

    if (phase == Phase::Connecting) {
        Error e;
        const bool tls
            = m_tls
              && (!m_sslErrors.isEmpty() || code == QAbstractSocket::SslHandshakeFailedError
                  || code == QAbstractSocket::SslInternalError
                  || code == QAbstractSocket::SslInvalidUserDataError);
        const QString host = m_base.host();
        const int port = m_base.port(m_tls ? 443 : 80);
        const QString detail = QStringLiteral("socket error %1: %2").arg(int(code)).arg(text);
        if (tls) {
            e = tlsError(text);
        } else if (code == QAbstractSocket::HostNotFoundError) {
            e = Error::make(Error::Kind::Network, Error::Reason::HostNotFound,
                            tr("The server name %1 could not be found in DNS.").arg(host), detail);
        } else if (code == QAbstractSocket::ConnectionRefusedError) {
            e = Error::make(Error::Kind::Network, Error::Reason::ConnectionRefused,
                            tr("%1 refused the connection on port %2.").arg(host).arg(port),
                            detail);
        } else if (code == QAbstractSocket::SocketTimeoutError) {
            e = Error::make(Error::Kind::Network, Error::Reason::Timeout,
                            tr("Could not connect to %1 port %2 in time.").arg(host).arg(port),
                            detail);
        } else {
            e = Error::make(
                Error::Kind::Network, Error::Reason::NetworkUnreachable,
                tr("Could not connect to %1 port %2: %3.").arg(host).arg(port).arg(text), detail);
        }
        qCWarning(lcHttp) << "connect failed:" << e.toLogString();
        dropSocket();
        failAll(e, false);
        return;
    }
    // Connected: a close or reset. onDisconnected() handles a clean close the same way.
    if (code == QAbstractSocket::RemoteHostClosedError) {
        onDisconnected();
        return;
    }
    const Error e = Error::make(Error::Kind::Network, Error::Reason::ConnectionLost,
                                tr("The connection to %1 failed: %2.").arg(m_base.host(), text),
                                QStringLiteral("socket error %1").arg(int(code)));
    qCWarning(lcHttp) << e.toLogString();
    const bool hadRequest = m_current.has_value();
    dropSocket();
    if (hadRequest)
        failAll(e, true);
    else
        Q_EMIT connectionLost();
}

void HttpConnection::onDisconnected()
{
    if (!m_socket)
        return;
    if (m_phase == Phase::Connecting) {
        onSocketError();
        return;
    }
    // A body delimited by the close ends here.
    if (m_current && m_written && m_parser.finishInput() == ResponseParser::Complete) {
        Response r = m_parser.takeResponse();
        r.keepAlive = false;
        completeResponse(std::move(r));
        return;
    }
    const bool hadRequest = m_current.has_value() && m_written;
    qCInfo(lcHttp) << "server closed the connection"
                   << (hadRequest ? "during a request" : "while idle");
    dropSocket();
    if (hadRequest) {
        failAll(Error::make(
                    Error::Kind::Network, Error::Reason::ConnectionLost,
                    tr("The server %1 closed the connection before answering.").arg(m_base.host()),
                    QStringLiteral("connection closed with a request outstanding")),
                true);
    } else {
        Q_EMIT connectionLost();
        pump();
    }
}

void HttpConnection::onTimeout()
{
    if (m_phase == Phase::Connecting) {
        const Error e = Error::make(Error::Kind::Timeout,
                                    tr("Could not connect to %1 within %2 seconds.")
                                        .arg(m_base.host())
                                        .arg(m_connectMs / 1000.0),
                                    QStringLiteral("connect timeout %1 ms").arg(m_connectMs));
        dropSocket();
        failAll(e, false);
        return;
    }
    if (m_current) {
        const Error e = Error::make(Error::Kind::Timeout,
                                    tr("The server %1 did not answer within %2 seconds.")
                                        .arg(m_base.host())
                                        .arg(m_readMs / 1000.0),
                                    QStringLiteral("read timeout %1 ms").arg(m_readMs));
        qCWarning(lcHttp) << e.toLogString();
        dropSocket();
        failAll(e, true);
    }
}

void HttpConnection::onDeadline()
{
    if (!m_current || !m_written)
        return;
    const Error e = Error::make(Error::Kind::Timeout,
                                tr("The server %1 did not complete its answer within %2 seconds.")
                                    .arg(m_base.host())
                                    .arg(m_deadlineMs / 1000.0),
                                QStringLiteral("request deadline %1 ms").arg(m_deadlineMs));
    qCWarning(lcHttp) << e.toLogString();
    dropSocket();
    failAll(e, true);
}

void HttpConnection::writeCurrent()
{
    Request r = *m_current;
    HeaderList headers;
    headers.emplaceBack(QByteArray("Host"), QByteArray(hostHeader()));
    if (!hasHeader(r.headers, "Connection"))
        headers.emplaceBack(QByteArray("Connection"), QByteArray("Keep-Alive"));
    if (!hasHeader(r.headers, "User-Agent"))
        headers.emplaceBack(QByteArray("User-Agent"), QByteArray("Microsoft WinRM Client"));
    headers.emplaceBack(QByteArray("Accept-Encoding"), QByteArray("identity"));
    if (r.path.isEmpty()) {
        r.path = m_base.path(QUrl::FullyEncoded).toUtf8();
        if (m_base.hasQuery())
            r.path += '?' + m_base.query(QUrl::FullyEncoded).toUtf8();
        if (r.path.isEmpty())
            r.path = "/";
    }
    const QByteArray cookie = cookieHeader(r.path);
    if (!cookie.isEmpty() && !hasHeader(r.headers, "Cookie"))
        headers.emplaceBack(QByteArray("Cookie"), QByteArray(cookie));
    for (const auto &h : qAsConst(r.headers)) {
        const QByteArray lower = h.first.toLower();
        if (lower == "content-length" || lower == "host" || lower == "accept-encoding"
            || lower == "transfer-encoding")
            continue;
        headers.append(h);
    }
    if (!r.body.isEmpty() || r.method != "GET")
        headers.emplaceBack(QByteArray("Content-Length"),
                            QByteArray(QByteArray::number(r.body.size())));
    r.headers = headers;

    const QByteArray wire = r.serialize();
    m_parser.setHeadRequest(r.method == "HEAD");
    m_written = true;
    ++m_requestCount;
    m_bytesSent += quint64(wire.size());
    qCDebug(lcHttp) << r.method << r.path << "body" << r.body.size() << "bytes";
    m_timer.start(m_readMs);
    if (m_deadlineMs > 0)
        m_deadline.start(m_deadlineMs);
    m_socket->write(wire);
}

void HttpConnection::onReadyRead()
{
    if (!m_socket)
        return;
    const QByteArray data = m_socket->readAll();
    m_bytesReceived += quint64(data.size());
    if (!m_current || !m_written) {
        // Nothing was asked (IIS may send a 408 before closing an idle connection).
        qCInfo(lcHttp) << "unsolicited" << data.size() << "bytes from the server; closing";
        dropSocket();
        Q_EMIT connectionLost();
        pump();
        return;
    }
    m_timer.start(m_readMs);
    const ResponseParser::State st = m_parser.feed(data);
    if (st == ResponseParser::Complete) {
        Response r = m_parser.takeResponse();
        if (m_parser.hasPartialMessage() || m_parser.feed({}) != ResponseParser::NeedMore) {
            qCInfo(lcHttp) << "extra bytes after the response; the connection will be closed";
            r.keepAlive = false;
        }
        completeResponse(std::move(r));
    } else if (st == ResponseParser::Error) {
        const Error e
            = Error::make(Error::Kind::Http, Error::Reason::Protocol,
                          tr("The server %1 sent a malformed HTTP response.").arg(m_base.host()),
                          m_parser.errorString());
        qCWarning(lcHttp) << e.toLogString();
        dropSocket();
        failAll(e, true);
    }
}

void HttpConnection::completeResponse(Response response)
{
    m_timer.stop();
    m_deadline.stop();
    storeCookies(response);
    m_current.reset();
    m_written = false;
    const bool close = !response.keepAlive;
    if (close)
        dropSocket();
    qCDebug(lcHttp) << "response" << response.status << "body" << response.body.size() << "bytes"
                    << (close ? "(closing)" : "");
    QPointer<HttpConnection> self(this);
    Q_EMIT responseReceived(response);
    if (!self)
        return;
    if (close)
        Q_EMIT connectionLost();
    if (!self)
        return;
    pump();
}

void HttpConnection::dropSocket()
{
    m_timer.stop();
    m_deadline.stop();
    m_phase = Phase::Idle;
    if (!m_socket)
        return;
    QTcpSocket *s = m_socket;
    m_socket = nullptr;
    s->disconnect(this);
    s->abort();
    s->deleteLater();
    m_parser.reset();
}

void HttpConnection::failAll(const Error &error, bool lost)
{
    const bool hadCurrent = m_current.has_value();
    QList<Request> pending;
    if (hadCurrent)
        pending.append(*m_current);
    pending.append(m_queue);
    m_current.reset();
    m_queue.clear();
    m_written = false;
    QPointer<HttpConnection> self(this);
    for (qsizetype i = 0; i < pending.size(); ++i) {
        Q_EMIT failed(error);
        if (!self)
            return;
    }
    if (lost)
        Q_EMIT connectionLost();
}

void HttpConnection::disconnectFromHost()
{
    const bool busy = isBusy();
    if (m_socket && !busy) {
        m_socket->disconnect(this);
        m_socket->disconnectFromHost(); // graceful when idle
        m_socket->deleteLater();
        m_socket = nullptr;
        m_phase = Phase::Idle;
        m_timer.stop();
        m_parser.reset();
        return;
    }
    dropSocket();
    if (busy)
        failAll(Error::make(Error::Kind::Cancelled, tr("The request was cancelled.")), false);
}

QByteArray HttpConnection::hostHeader() const
{
    QByteArray host = m_base.host(QUrl::FullyEncoded).toUtf8();
    if (host.contains(':'))
        host = '[' + host + ']';
    const int port = m_base.port(-1);
    if (port != -1 && port != (m_tls ? 443 : 80))
        host += ':' + QByteArray::number(port);
    return host;
}

void HttpConnection::storeCookies(const Response &response)
{
    const QList<QByteArray> values = response.headerValues("Set-Cookie");
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const QByteArray &v : values) {
        const QList<QNetworkCookie> parsed = QNetworkCookie::parseCookies(v);
        for (const QNetworkCookie &c : parsed) {
            m_cookies.removeIf([&](const QNetworkCookie &old) {
                return old.name() == c.name() && old.path() == c.path();
            });
            if (c.expirationDate().isValid() && c.expirationDate() <= now)
                continue; // a deletion
            m_cookies.append(c);
        }
    }
}

QByteArray HttpConnection::cookieHeader(const QByteArray &path) const
{
    QByteArray out;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const QNetworkCookie &c : m_cookies) {
        if (c.expirationDate().isValid() && c.expirationDate() <= now)
            continue;
        if (c.isSecure() && !m_tls)
            continue;
        const QByteArray p = c.path().toUtf8();
        if (!p.isEmpty() && p != "/" && !path.startsWith(p))
            continue;
        if (!out.isEmpty())
            out += "; ";
        out += c.name() + '=' + c.value();
    }
    return out;
}

} // namespace remoting::http
