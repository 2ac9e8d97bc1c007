#include "FakeServer.h"

#include "FakeOrganisation.h"
#include "ShellHost.h"
#include "auth/Auth.h"
#include "auth/GssapiAcceptor.h"
#include "wsman/WsmanServer.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QPointer>
#include <QTimer>

Q_LOGGING_CATEGORY(lcFake, "securestore.fake.server", QtInfoMsg)

using remoting::http::Request;
using remoting::http::Response;

namespace fake {

struct FakeServer::ConnectionState
{
    std::unique_ptr<remoting::auth::SecurityContext> context;
    QString user;
    QString scheme;
    bool authenticated = false;

    void forget()
    {
        context.reset();
        user.clear();
        scheme.clear();
        authenticated = false;
    }
};

// What the request log (Options::requestLog) says about one request.
struct FakeServer::RequestRecord
{
    int index = 0;
    int connection = 0;
    QString action;    // the last segment of the WS-Man action URI
    QString commandId; // Command/Signal/Send: CommandId; Receive: its DesiredStream CommandId
    QStringList cmdlets;
    QString fault;

    // Reads the action and CommandId from a SOAP body (not from an encrypted one).
    void describe(const QByteArray &soap)
    {
        if (soap.isEmpty())
            return;
        const auto parsed = wsman::parseRequest(soap);
        if (!parsed) {
            action = QStringLiteral("unparsed");
            return;
        }
        action = parsed->action.section(QLatin1Char('/'), -1);
        commandId = parsed->desiredStreamCommandId.isEmpty() ? parsed->commandId
                                                             : parsed->desiredStreamCommandId;
        commandId = commandId.trimmed().toUpper();
    }
};

namespace {

// How the client's tokens were framed, for the log: "Kerberos" or "NTLM" for a bare token,
// "SPNEGO/Kerberos" (or "SPNEGO/NTLM") for one wrapped in SPNEGO.
QString tokenFraming(const remoting::auth::SecurityContext &context)
{
    const auto *acceptor = dynamic_cast<const fake::auth::GssapiAcceptor *>(&context);
    if (!acceptor)
        return context.scheme();
    using Mechanism = fake::auth::GssapiAcceptor::Mechanism;
    auto name = [](Mechanism m) {
        switch (m) {
        case Mechanism::Spnego:
            return QStringLiteral("SPNEGO");
        case Mechanism::Kerberos:
            return QStringLiteral("Kerberos");
        case Mechanism::Ntlm:
            return QStringLiteral("NTLM");
        case Mechanism::Unknown:
            break;
        }
        return QStringLiteral("unknown");
    };
    if (acceptor->mechanism() == Mechanism::Spnego)
        return name(Mechanism::Spnego) + QLatin1Char('/') + name(acceptor->negotiatedMechanism());
    return name(acceptor->mechanism());
}

QByteArray iisPage(int status, const QString &title, const QString &text)
{
    return QStringLiteral("<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0 Strict//EN\" "
                          "\"http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd\">\r\n"
                          "<html xmlns=\"http://www.w3.org/1999/xhtml\">\r\n<head>\r\n"
                          "<title>%1 - %2</title>\r\n</head>\r\n<body>\r\n<div "
                          "id=\"header\"><h1>Server Error</h1></div>\r\n"
                          "<div id=\"content\">\r\n <div class=\"content-container\"><fieldset>\r\n"
                          "  <h2>%1 - %2</h2>\r\n  <h3>%3</h3>\r\n "
                          "</fieldset></div>\r\n</div>\r\n</body>\r\n</html>\r\n")
        .arg(status)
        .arg(title, text)
        .toUtf8();
}

} // namespace

FakeServer::FakeServer(FakeOrganisation *organisation, HttpServer *http, Options options,
                       QObject *parent)
    : QObject(parent)
    , m_org(organisation)
    , m_http(http)
    , m_options(std::move(options))
    , m_shell(std::make_unique<ShellHost>(organisation))
{
    if (const int ms = m_options.faults.slowReceiveMs())
        m_shell->setSlowReceiveMs(ms);
    m_shell->setIgnoreStop(m_options.faults.ignoresStop());
    for (const FaultPlan::Fault &f : m_options.faults.faults)
        if (f.kind == FaultPlan::Kind::CmdletError || f.kind == FaultPlan::Kind::CmdletSlow)
            organisation->addInjectedFault(
                {f.cmdlet, f.at, f.kind == FaultPlan::Kind::CmdletError, f.value});
    m_http->setHandler([this](ServerConnection *c, const Request &r) { onRequest(c, r); });
    connect(m_http, &HttpServer::connectionClosed, this,
            [this](int id) { m_connections.erase(id); });
}

FakeServer::~FakeServer() = default;

void FakeServer::onRequest(ServerConnection *connection, const Request &request)
{
    RequestRecord record;
    record.index = ++m_requestIndex;
    record.connection = connection->id();
    if (!remoting::auth::isEncryptedContentType(request.header("Content-Type")))
        record.describe(request.body);
    const int latency = m_options.faults.latencyFor(record.index);
    if (latency <= 0) {
        process(connection, request, record);
        writeRecord(record);
        return;
    }
    QPointer<ServerConnection> guard(connection);
    QTimer::singleShot(latency, this, [this, guard, request, record]() mutable {
        if (guard && guard->isOpen())
            process(guard, request, record);
        else
            record.fault = QStringLiteral("latency (the client left before the answer)");
        writeRecord(record);
    });
}

void FakeServer::writeRecord(const RequestRecord &record)
{
    if (m_options.requestLog.isEmpty())
        return;
    QJsonObject o{{QStringLiteral("index"), record.index},
                  {QStringLiteral("connection"), record.connection},
                  {QStringLiteral("action"), record.action}};
    if (!record.commandId.isEmpty())
        o.insert(QStringLiteral("commandId"), record.commandId);
    if (!record.cmdlets.isEmpty())
        o.insert(QStringLiteral("cmdlets"), QJsonArray::fromStringList(record.cmdlets));
    if (!record.fault.isEmpty())
        o.insert(QStringLiteral("fault"), record.fault);
    QFile f(m_options.requestLog);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Append)
        || f.write(QJsonDocument(o).toJson(QJsonDocument::Compact) + '\n') < 0)
        qCWarning(lcFake) << "cannot write the request log" << m_options.requestLog;
}

void FakeServer::respondStatus(ServerConnection *connection, int status, const QByteArray &html,
                               bool close)
{
    Response r;
    r.status = status;
    r.headers.emplaceBack(QByteArray("Content-Type"), QByteArray("text/html"));
    r.body = html;
    ++m_statusCounts[status];
    connection->respond(r, close);
}

QList<QByteArray> FakeServer::challengeHeaders(bool tls) const
{
    QList<QByteArray> out;
    if (m_options.auth.contains(QStringLiteral("negotiate"))
        || m_options.auth.contains(QStringLiteral("ntlm")))
        out.append("Negotiate");
    if (m_options.auth.contains(QStringLiteral("negotiate")))
        out.append("Kerberos");
    // Like IIS: Basic is offered (and accepted) over HTTPS only.
    if (tls && m_options.auth.contains(QStringLiteral("basic")))
        out.append("Basic realm=\"" + m_org->serverName().toUtf8() + "\"");
    return out;
}

void FakeServer::challenge(ServerConnection *connection, const QString &why)
{
    qCInfo(lcFake) << "401 on connection" << connection->id() << ":" << why;
    Response r;
    r.status = 401;
    for (const QByteArray &h : challengeHeaders(connection->isTls()))
        r.headers.emplaceBack(QByteArray("WWW-Authenticate"), h);
    r.headers.emplaceBack(QByteArray("Content-Type"), QByteArray("text/html"));
    r.body
        = iisPage(401, QStringLiteral("Unauthorized: Access is denied due to invalid credentials."),
                  QStringLiteral("You do not have permission to view this directory or page using "
                                 "the credentials that you supplied."));
    ++m_statusCounts[401];
    connection->respond(r);
}

void FakeServer::process(ServerConnection *connection, const Request &request,
                         RequestRecord &record)
{
    const int index = record.index;
    const FaultPlan &faults = m_options.faults;
    if (faults.has(FaultPlan::Kind::Drop, index)) {
        qCInfo(lcFake) << "fault: dropping the connection at request" << index;
        record.fault = QStringLiteral("drop");
        ++m_faultsInjected;
        connection->abort();
        return;
    }
    if (faults.has(FaultPlan::Kind::Http500, index)) {
        record.fault = QStringLiteral("http500");
        ++m_faultsInjected;
        respondStatus(connection, 500,
                      iisPage(500, QStringLiteral("Internal server error."),
                              QStringLiteral("There is a problem with the resource you are "
                                             "looking for, and it cannot be displayed.")));
        return;
    }
    if (faults.has(FaultPlan::Kind::Http503, index)) {
        record.fault = QStringLiteral("http503");
        ++m_faultsInjected;
        respondStatus(connection, 503,
                      iisPage(503, QStringLiteral("Service Unavailable"),
                              QStringLiteral("The service is unavailable.")));
        return;
    }

    QByteArray path = request.path;
    const qsizetype q = path.indexOf('?');
    if (q >= 0)
        path.truncate(q);
    QString route;
    if (path.compare("/PowerShell", Qt::CaseInsensitive) == 0
        || path.compare("/PowerShell/", Qt::CaseInsensitive) == 0)
        route = QStringLiteral("/PowerShell");
    else if (path.compare("/wsman", Qt::CaseInsensitive) == 0
             || path.compare("/wsman/", Qt::CaseInsensitive) == 0)
        route = QStringLiteral("/wsman");
    if (route.isEmpty()) {
        respondStatus(connection, 404,
                      iisPage(404, QStringLiteral("File or directory not found."),
                              QStringLiteral("The resource you are looking for might have "
                                             "been removed, had its name changed, or is "
                                             "temporarily unavailable.")));
        return;
    }
    if (request.method != "POST") {
        respondStatus(connection, 405,
                      iisPage(405,
                              QStringLiteral("HTTP verb used to access this page is not allowed."),
                              QStringLiteral("The page you are looking for cannot be displayed "
                                             "because an invalid method (HTTP verb) was used.")));
        return;
    }

    auto &slot = m_connections[connection->id()];
    if (!slot)
        slot = std::make_unique<ConnectionState>();
    ConnectionState &st = *slot;

    if (faults.has(FaultPlan::Kind::Auth401, index)) {
        record.fault = QStringLiteral("auth401");
        ++m_faultsInjected;
        st.forget();
        challenge(connection,
                  QStringLiteral("fault: authentication expired at request %1").arg(index));
        return;
    }

    // ---- authentication ----
    QByteArray mutualHeader;
    const QByteArray authorization = request.header("Authorization");
    if (!authorization.isEmpty()) {
        const qsizetype sp = authorization.indexOf(' ');
        const QByteArray scheme = sp < 0 ? authorization : authorization.left(sp);
        const QByteArray token = sp < 0 ? QByteArray() : authorization.mid(sp + 1).trimmed();
        if (scheme.compare("Basic", Qt::CaseInsensitive) == 0) {
            if (!connection->isTls() || !m_options.auth.contains(QStringLiteral("basic"))) {
                ++m_authFailures;
                challenge(connection, connection->isTls()
                                          ? QStringLiteral("Basic is not enabled")
                                          : QStringLiteral("Basic refused over http"));
                return;
            }
            const QByteArray decoded = QByteArray::fromBase64(token);
            const qsizetype colon = decoded.indexOf(':');
            const QString user
                = m_org->resolveUser(QString::fromUtf8(colon < 0 ? decoded : decoded.left(colon)));
            const QString password
                = QString::fromUtf8(colon < 0 ? QByteArray() : decoded.mid(colon + 1));
            if (colon < 0 || !m_org->checkPassword(user, password)) {
                ++m_authFailures;
                st.forget();
                challenge(connection,
                          QStringLiteral("Basic: wrong user name or password for '%1'").arg(user));
                return;
            }
            if (!st.authenticated || st.user != user)
                ++m_authenticated;
            st.forget();
            st.user = user;
            st.scheme = QStringLiteral("Basic");
            st.authenticated = true;
        } else if (scheme.compare("Negotiate", Qt::CaseInsensitive) == 0
                   || scheme.compare("Kerberos", Qt::CaseInsensitive) == 0
                   || scheme.compare("NTLM", Qt::CaseInsensitive) == 0) {
            const QByteArray raw = QByteArray::fromBase64(token);
            if (!st.context || st.authenticated) {
                // A new handshake on this connection. Like Windows' Negotiate, any of SPNEGO,
                // a raw Kerberos AP-REQ or raw NTLMSSP is accepted under "Negotiate".
                st.forget();
                using Mechanism = fake::auth::GssapiAcceptor::Mechanism;
                const Mechanism mechanism = fake::auth::GssapiAcceptor::classifyToken(raw);
                const bool ntlm = mechanism == Mechanism::Ntlm;
                const bool enabled = ntlm ? m_options.auth.contains(QStringLiteral("ntlm"))
                                          : m_options.auth.contains(QStringLiteral("negotiate"));
                if (!enabled) {
                    ++m_authFailures;
                    challenge(connection, QStringLiteral("%1 token for a disabled method")
                                              .arg(ntlm ? QStringLiteral("NTLM")
                                                        : QString::fromLatin1(scheme)));
                    return;
                }
                auto ctx = fake::auth::GssapiAcceptor::create(m_options.keytab,
                                                              QString::fromLatin1(scheme));
                if (!ctx) {
                    ++m_authFailures;
                    challenge(connection, QStringLiteral("cannot create the acceptor: %1")
                                              .arg(ctx.error().toLogString()));
                    return;
                }
                st.context = std::move(ctx).value();
                if (connection->isTls())
                    st.context->setChannelBindings(
                        remoting::auth::channelBindingsFor(connection->localCertificate()));
                st.scheme = QString::fromLatin1(scheme);
            }
            const auto out = st.context->step(raw);
            if (!out) {
                ++m_authFailures;
                const QString why = out.error().toLogString();
                st.forget();
                challenge(connection, QStringLiteral("%1 handshake failed: %2")
                                          .arg(QString::fromLatin1(scheme), why));
                return;
            }
            const QByteArray header
                = scheme + (out->isEmpty() ? QByteArray() : ' ' + out->toBase64());
            if (!st.context->isComplete()) {
                Response r;
                r.status = 401;
                r.headers.emplaceBack(QByteArray("WWW-Authenticate"), header);
                r.headers.emplaceBack(QByteArray("Content-Type"), QByteArray("text/html"));
                ++m_statusCounts[401];
                connection->respond(r);
                return;
            }
            const QString user = m_org->resolveUser(st.context->peerName());
            if (!m_org->userExists(user)) {
                ++m_authFailures;
                st.forget();
                challenge(
                    connection,
                    QStringLiteral("authenticated principal '%1' is not a user of the organisation")
                        .arg(user));
                return;
            }
            st.user = user;
            st.authenticated = true;
            ++m_authenticated;
            qCInfo(lcFake).noquote()
                << "connection" << connection->id() << "authenticated" << user << "with"
                << QStringLiteral("%1 (%2)").arg(st.scheme, tokenFraming(*st.context));
            if (!out->isEmpty())
                mutualHeader = header;
        } else {
            ++m_authFailures;
            challenge(connection,
                      QStringLiteral("unsupported scheme %1").arg(QString::fromLatin1(scheme)));
            return;
        }
    } else if (!st.authenticated || st.scheme == QLatin1String("Basic")) {
        // Basic needs the header on every request; session schemes once per connection.
        challenge(connection, QStringLiteral("no credentials"));
        return;
    }

    // ---- body ----
    const QByteArray contentType = request.header("Content-Type");
    QByteArray soap = request.body;
    const bool encrypted = remoting::auth::isEncryptedContentType(contentType);
    if (encrypted) {
        if (!st.context || !st.context->canEncrypt()) {
            respondStatus(
                connection, 400,
                iisPage(400, QStringLiteral("Bad Request"),
                        QStringLiteral("An encrypted body needs a Kerberos or NTLM session.")));
            return;
        }
        auto plain = remoting::auth::decryptBody(*st.context, request.body, contentType);
        if (!plain) {
            qCInfo(lcFake) << "cannot decrypt the body:" << plain.error().toLogString();
            respondStatus(connection, 400,
                          iisPage(400, QStringLiteral("Bad Request"),
                                  QStringLiteral("The encrypted body could not be decrypted.")));
            return;
        }
        soap = std::move(plain).value();
        record.describe(soap);
    } else if (!soap.isEmpty() && !connection->isTls() && st.context) {
        // WinRM/Exchange over http refuse unencrypted bodies (AllowUnencrypted=false).
        respondStatus(connection, 400,
                      iisPage(400, QStringLiteral("Bad Request"),
                              QStringLiteral("Unencrypted traffic is not allowed on this "
                                             "endpoint; use message encryption or HTTPS.")));
        return;
    }
    if (soap.isEmpty()) {
        // The end of a handshake (empty POST): nothing to dispatch.
        Response r;
        r.status = 200;
        if (!mutualHeader.isEmpty())
            r.headers.emplaceBack(QByteArray("WWW-Authenticate"), mutualHeader);
        ++m_statusCounts[200];
        connection->respond(r);
        return;
    }
    if (const int at = faults.wsmanFaultAt(); at > 0 && index >= at && !m_wsmanFaultDone) {
        m_wsmanFaultDone = true;
        record.fault = QStringLiteral("wsman");
        ++m_faultsInjected;
        m_shell->setFaultWsManAt(m_shell->requestCount() + 1);
    }
    dispatch(connection, st, route, soap, encrypted, mutualHeader);
    if (record.action == QLatin1String("Command"))
        record.cmdlets = m_shell->pipelineCmdlets(record.commandId);
}

void FakeServer::dispatch(ServerConnection *connection, ConnectionState &state,
                          const QString &route, const QByteArray &soap, bool encrypted,
                          const QByteArray &mutualHeader)
{
    QPointer<ServerConnection> guard(connection);
    const int id = connection->id();
    m_shell->handleAsync(
        state.user, route, soap,
        [this, guard, id, encrypted, mutualHeader](const ShellHost::Reply &reply) {
            if (!guard || !guard->isOpen())
                return; // the client went away meanwhile
            Response r;
            r.status = reply.httpStatus;
            if (!mutualHeader.isEmpty())
                r.headers.emplaceBack(QByteArray("WWW-Authenticate"), mutualHeader);
            const auto it = m_connections.find(id);
            if (encrypted && it != m_connections.end() && it->second->context
                && it->second->context->canEncrypt()) {
                QByteArray contentType;
                r.body
                    = remoting::auth::encryptBody(*it->second->context, reply.body, &contentType);
                r.headers.emplaceBack(QByteArray("Content-Type"), contentType);
            } else {
                r.body = reply.body;
                if (!r.body.isEmpty())
                    r.headers.emplaceBack(QByteArray("Content-Type"),
                                          QByteArray("application/soap+xml;charset=UTF-8"));
            }
            ++m_statusCounts[r.status];
            guard->respond(r);
        });
}

QJsonObject FakeServer::stats() const
{
    QJsonObject o;
    o.insert(QStringLiteral("requests"), double(m_http->requestCount()));
    o.insert(QStringLiteral("bytesReceived"), double(m_http->bytesReceived()));
    o.insert(QStringLiteral("bytesSent"), double(m_http->bytesSent()));
    o.insert(QStringLiteral("connections"), double(m_http->connectionCount()));
    o.insert(QStringLiteral("shellRequests"), m_shell->requestCount());
    o.insert(QStringLiteral("openShells"), m_shell->shellCount());
    o.insert(QStringLiteral("authenticated"), m_authenticated);
    o.insert(QStringLiteral("authFailures"), m_authFailures);
    o.insert(QStringLiteral("faultsInjected"), m_faultsInjected + m_org->injectedFailures());
    QJsonObject statuses;
    for (auto it = m_statusCounts.cbegin(); it != m_statusCounts.cend(); ++it)
        statuses.insert(QString::number(it.key()), it.value());
    o.insert(QStringLiteral("statuses"), statuses);
    return o;
}

} // namespace fake
