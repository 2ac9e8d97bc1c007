#include "RemoteSession.h"

#include "ReceiveBackoff.h"
#include "WsmanTransport.h"
#include "psrp/Clixml.h"
#include "psrp/Defragmenter.h"
#include "psrp/Fragmenter.h"
#include "psrp/Message.h"
#include "psrp/MessageRoute.h"
#include "psrp/PipelineReceiver.h"
#include "psrp/PsrpMessages.h"
#include "psrp/RunspacePoolOpening.h"
#include "wsman/Wsman.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QPointer>
#include <QRegularExpression>
#include <QTimer>
#include <QUuid>

Q_LOGGING_CATEGORY(lcSession, "securestore.session")

namespace remoting {

namespace {

// Fragment payload that fits one envelope (PROTOCOL.md: (limit - skeleton - 256) * 3/4,
// minus the 21-byte fragment header).
int maxFragmentSize(int maxEnvelopeSize)
{
    const int skeleton = 2048;
    return (maxEnvelopeSize - skeleton - 256) * 3 / 4 - 21;
}

QString upperGuid(const QUuid &id)
{
    return id.toString(QUuid::WithoutBraces).toUpper();
}

// Trace lines show decoded PSRP data; secure strings and the values of parameters whose
// names look secret never appear in them.
QString redactSecrets(QString text)
{
    static const QRegularExpression secureString(QStringLiteral("<SS([^>]*)>[^<]*</SS>"));
    static const QRegularExpression secretParameter(
        QStringLiteral(
            "(<S N=\"N\">[^<]*(?:password|secret|credential|token)[^<]*</S>\\s*<[A-Za-z0-9]+ "
            "N=\"V\"[^>/]*>)[^<]*"),
        QRegularExpression::CaseInsensitiveOption);
    text.replace(secureString, QStringLiteral("<SS\\1>***</SS>"));
    text.replace(secretParameter, QStringLiteral("\\1***"));
    return text;
}

// A trace line shows at most this much of one message (a hostile server's 30 MB fault
// must not flood the log).
constexpr int kMaxTraceBytes = 256 * 1024;

QString traceText(const QByteArray &data)
{
    if (data.size() <= kMaxTraceBytes)
        return redactSecrets(QString::fromUtf8(data));
    QString text = QString::fromUtf8(data.left(kMaxTraceBytes));
    // Never show the start of a secure string whose end was cut off.
    const qsizetype open = text.lastIndexOf(QLatin1String("<SS"));
    if (open >= 0 && text.indexOf(QLatin1String("</SS>"), open) < 0)
        text.truncate(open);
    return redactSecrets(text)
           + QStringLiteral(" … (%1 more bytes not shown)").arg(data.size() - kMaxTraceBytes);
}

} // namespace

int SessionOptions::effectiveRequestTimeoutMs() const
{
    if (requestTimeoutMs > 0)
        return requestTimeoutMs;
    return qMax(readTimeoutMs, (operationTimeoutSeconds + 30) * 1000);
}

int SessionOptions::effectiveOpenTimeoutMs() const
{
    return openTimeoutMs > 0 ? openTimeoutMs : 2 * effectiveRequestTimeoutMs();
}

int SessionOptions::effectiveOperationTimeoutSeconds() const
{
    if (requestTimeoutMs <= 0)
        return operationTimeoutSeconds;
    return qBound(1, requestTimeoutMs / 1000 - 5, qMax(1, operationTimeoutSeconds));
}

QString SessionOptions::resolvedConfigurationName() const
{
    if (!configurationName.isEmpty())
        return configurationName;
    const QString path = endpoint.path().toLower();
    if (path.startsWith(QLatin1String("/powershell")))
        return QStringLiteral("Microsoft.Exchange");
    return QStringLiteral("Microsoft.PowerShell");
}

QString SessionOptions::resourceUri() const
{
    return QStringLiteral("http://schemas.microsoft.com/powershell/") + resolvedConfigurationName();
}

class PipelineJobImpl;

class SessionImpl
{
public:
    explicit SessionImpl(RemoteSession *q)
        : q(q)
    {}

    RemoteSession *q;
    SessionOptions options;
    WsmanTransport *transport = nullptr;
    wsman::Endpoint endpoint;
    QUuid rpid;
    QString shellId;
    psrp::Defragmenter poolDefragmenter;
    psrp::RunspacePoolOpening opening;
    psrp::Fragmenter fragmenter{32768};
    SessionInfo info;
    bool open = false;
    bool opening_ = false;
    bool closing = false;
    bool closeAfterCreate = false;      // close() came while the Create was still on its way
    bool deleteWhenCreated = false;     // opening failed while the Create was on its way
    bool createInFlight = false;        // the Create is sent and not answered yet
    bool quietDeleteInFlight = false;   // the shell of a failed opening is being deleted
    bool closeAfterQuietDelete = false; // close() came meanwhile: closed() once it is done
    bool traceEnabled = false;
    QList<QPointer<PipelineJobImpl>> jobs;
    ReceiveBackoff poolBackoff;
    QTimer openTimer; // the opening phase's deadline

    void trace(const QString &what, const QByteArray &data)
    {
        if (traceEnabled)
            Q_EMIT q->trace(what + QLatin1Char(' ') + traceText(data));
    }

    // Opening failed: report it, and delete the shell the server made (Exchange throttles
    // open shells per user) without emitting closed().
    void fail(const Error &error)
    {
        qCWarning(lcSession) << "session failed:" << error.toLogString();
        const bool wasOpening = opening_;
        opening_ = false;
        openTimer.stop();
        if (wasOpening && transport && !closing) {
            if (!shellId.isEmpty())
                deleteShellQuietly();
            else if (createInFlight)
                deleteWhenCreated = true;
        }
        Q_EMIT q->failed(error);
    }

    void deleteShellQuietly()
    {
        const auto request = wsman::buildDelete(endpoint, shellId);
        shellId.clear();
        quietDeleteInFlight = true;
        transport->post(
            request.xml,
            [this, id = request.messageId](const Expected<QByteArray> &soap) {
                const Status st
                    = soap ? wsman::parseEmptyResponse(*soap, id) : Status(soap.error());
                if (!st)
                    qCWarning(lcSession)
                        << "delete shell after a failed opening:" << st.error().toLogString();
                quietDeleteInFlight = false;
                emitClosedIfAwaited();
            },
            true);
    }

    // A close() that waited for the shell of a failed opening to be deleted is done.
    void emitClosedIfAwaited()
    {
        if (!closeAfterQuietDelete)
            return;
        closeAfterQuietDelete = false;
        Q_EMIT q->closed();
    }

    QByteArray encodeFragments(const psrp::Message &message)
    {
        QByteArray all;
        for (const QByteArray &f : fragmenter.fragment(psrp::encodeMessage(message)))
            all += f;
        return all;
    }

    void receivePool();
    void receivePoolAfter(int delayMs);
    void onPoolReceive(const Expected<QByteArray> &soap, const QString &messageId);
};

// One pipeline: Command (+ Send for the rest) then Receive until the pipeline ends.
class PipelineJobImpl : public PipelineJob
{
public:
    PipelineJobImpl(SessionImpl *session, const QList<Command> &statements, QObject *parent)
        : PipelineJob(parent)
        , m_session(session)
        , m_statements(statements)
    {}
    // A "pipeline" that carries another message the server answers like one
    // (GET_COMMAND_METADATA: output objects, then PIPELINE_STATE).
    PipelineJobImpl(SessionImpl *session, psrp::MessageType type, QByteArray data, QObject *parent)
        : PipelineJob(parent)
        , m_session(session)
        , m_type(type)
        , m_data(std::move(data))
    {}

    void start()
    {
        SessionImpl *s = m_session;
        psrp::Message message;
        message.destination = psrp::Destination::Server;
        message.type = m_type;
        message.rpid = s->rpid;
        message.pid = m_pid;
        message.data = m_type == psrp::MessageType::CreatePipeline
                           ? psrp::buildCreatePipeline(m_statements, s->info.protocolVersion)
                           : m_data;
        s->trace(QStringLiteral(">> ") + psrp::messageTypeName(m_type), message.data);
        const QList<QByteArray> fragments = s->fragmenter.fragment(psrp::encodeMessage(message));
        m_pending = fragments;
        const QByteArray first = m_pending.takeFirst();
        const auto request = wsman::buildCommand(s->endpoint, s->shellId, upperGuid(m_pid), first);
        QPointer<PipelineJobImpl> self(this);
        s->transport->post(request.xml,
                           [self, id = request.messageId](const Expected<QByteArray> &soap) {
                               if (self)
                                   self->onCommand(soap, id);
                           });
    }

    void cancel() override
    {
        if (isFinished() || m_stopping)
            return;
        if (m_commandId.isEmpty()) {
            // The Command is on its way: stop as soon as the server names the command.
            m_stopWhenStarted = true;
            return;
        }
        m_stopping = true;
        const auto request = wsman::buildSignal(m_session->endpoint, m_session->shellId,
                                                m_commandId, wsman::signalPsCtrlC());
        QPointer<PipelineJobImpl> self(this);
        m_session->transport->post(
            request.xml,
            [self, id = request.messageId](const Expected<QByteArray> &soap) {
                if (!self || self->isFinished())
                    return;
                if (soap) {
                    const Status st = wsman::parseEmptyResponse(*soap, id);
                    if (!st)
                        qCWarning(lcSession) << "stop signal:" << st.error().toLogString();
                }
            },
            true);
    }

    void abort(const Error &error)
    {
        InvocationResult r = m_receiver.result();
        r.transportError = error;
        finish(std::move(r));
    }

private:
    void onCommand(const Expected<QByteArray> &soap, const QString &messageId)
    {
        if (!soap)
            return abort(soap.error());
        auto commandId = wsman::parseCommandResponse(*soap, messageId);
        if (!commandId)
            return abort(commandId.error());
        m_commandId = *commandId;
        if (m_stopWhenStarted)
            cancel();
        sendRest();
    }

    void sendRest()
    {
        if (m_pending.isEmpty()) {
            receive();
            return;
        }
        const QByteArray next = m_pending.takeFirst();
        const auto request
            = wsman::buildSend(m_session->endpoint, m_session->shellId, m_commandId, next);
        QPointer<PipelineJobImpl> self(this);
        m_session->transport->post(
            request.xml, [self, id = request.messageId](const Expected<QByteArray> &soap) {
                if (!self)
                    return;
                if (!soap)
                    return self->abort(soap.error());
                const Status st = wsman::parseEmptyResponse(*soap, id);
                if (!st)
                    return self->abort(st.error());
                self->sendRest();
            });
    }

    void receiveAfter(int delayMs)
    {
        if (delayMs <= 0)
            return receive();
        QTimer::singleShot(delayMs, this, [this] {
            if (!isFinished())
                receive();
        });
    }

    void receive()
    {
        m_backoff.requestSent();
        const auto request
            = wsman::buildReceive(m_session->endpoint, m_session->shellId, m_commandId);
        QPointer<PipelineJobImpl> self(this);
        m_session->transport->post(
            request.xml,
            [self, id = request.messageId](const Expected<QByteArray> &soap) {
                if (self)
                    self->onReceive(soap, id);
            },
            true);
    }

    void onReceive(const Expected<QByteArray> &soap, const QString &messageId)
    {
        if (!soap)
            return abort(soap.error());
        auto received = wsman::parseReceiveResponse(*soap, messageId);
        if (!received) {
            if (wsman::isTimedOut(received.error()))
                return receiveAfter(m_backoff.nextDelayMs(false)); // no output yet
            return abort(received.error());
        }
        bool gotData = false;
        for (const auto &chunk : received->streams) {
            if (chunk.name != QLatin1String("stdout") && chunk.name != QLatin1String("pr"))
                continue;
            // Only what the server says is this command's output counts as such.
            const Status forUs = psrp::checkCommandId(chunk.commandId, m_commandId);
            if (!forUs)
                return abort(forUs.error());
            gotData = gotData || !chunk.data.isEmpty();
            auto messages = m_defragmenter.feed(chunk.data);
            if (!messages)
                return abort(messages.error());
            for (const psrp::Message &m : *messages) {
                m_session->trace(
                    QStringLiteral("<< %1").arg(quint32(m.type), 8, 16, QLatin1Char('0')), m.data);
                if (m.pid.isNull() && m.rpid == m_session->rpid) {
                    // A message for the pool itself (no PID): not this pipeline's.
                    qCDebug(lcSession) << "pool message on a command's stream ignored:"
                                       << psrp::messageTypeName(m.type);
                    continue;
                }
                const Status routed = psrp::checkRoute(m, m_session->rpid, m_pid);
                if (!routed)
                    return abort(routed.error());
                const Status st = m_receiver.handle(m);
                if (!st)
                    return abort(st.error());
            }
        }
        if (received->done) {
            const Status forUs = psrp::checkCommandId(received->commandStateId, m_commandId);
            if (!forUs)
                return abort(forUs.error());
        }
        if (m_receiver.isDone() || received->done) {
            if (!m_receiver.isDone()) {
                return abort(
                    Error::make(Error::Kind::Protocol,
                                QCoreApplication::translate(
                                    "remoting::RemoteSession",
                                    "The server ended the command without reporting its result."),
                                QStringLiteral("CommandState Done without PIPELINE_STATE")));
            }
            finish(m_receiver.result());
            return;
        }
        if (gotData)
            publish(m_receiver.result());
        receiveAfter(m_backoff.nextDelayMs(gotData));
    }

    SessionImpl *m_session;
    QList<Command> m_statements;
    psrp::MessageType m_type = psrp::MessageType::CreatePipeline;
    QByteArray m_data; // the message's payload when it is not a CREATE_PIPELINE
    QUuid m_pid = QUuid::createUuid();
    QString m_commandId;
    QList<QByteArray> m_pending;
    psrp::Defragmenter m_defragmenter;
    psrp::PipelineReceiver m_receiver;
    ReceiveBackoff m_backoff;
    bool m_stopping = false;
    bool m_stopWhenStarted = false;
};

void SessionImpl::receivePoolAfter(int delayMs)
{
    if (delayMs <= 0)
        return receivePool();
    QTimer::singleShot(delayMs, q, [this] {
        if (opening_)
            receivePool();
    });
}

void SessionImpl::receivePool()
{
    poolBackoff.requestSent();
    const auto request = wsman::buildReceive(endpoint, shellId);
    transport->post(
        request.xml,
        [this, id = request.messageId](const Expected<QByteArray> &soap) {
            onPoolReceive(soap, id);
        },
        true);
}

void SessionImpl::onPoolReceive(const Expected<QByteArray> &soap, const QString &messageId)
{
    if (!opening_)
        return;
    if (!soap)
        return fail(soap.error());
    auto received = wsman::parseReceiveResponse(*soap, messageId);
    if (!received) {
        if (wsman::isTimedOut(received.error()))
            return receivePoolAfter(poolBackoff.nextDelayMs(false));
        return fail(received.error());
    }
    bool gotData = false;
    for (const auto &chunk : received->streams) {
        const Status poolStream = psrp::checkCommandId(chunk.commandId, QString());
        if (!poolStream)
            return fail(poolStream.error());
        gotData = gotData || !chunk.data.isEmpty();
        auto messages = poolDefragmenter.feed(chunk.data);
        if (!messages)
            return fail(messages.error());
        for (const psrp::Message &m : *messages) {
            trace(QStringLiteral("<< pool %1").arg(quint32(m.type), 8, 16, QLatin1Char('0')),
                  m.data);
            const Status routed = psrp::checkRoute(m, rpid, QUuid());
            if (!routed)
                return fail(routed.error());
            opening.handle(m);
        }
    }
    if (opening.isBroken()) {
        Error e = opening.error().value_or(Error::make(
            Error::Kind::Remote,
            QCoreApplication::translate("remoting::RemoteSession",
                                        "The server refused to open a PowerShell session.")));
        return fail(e);
    }
    if (!opening.isOpened())
        return receivePoolAfter(poolBackoff.nextDelayMs(gotData));
    info.protocolVersion = opening.protocolVersion();
    info.psVersion = opening.psVersion();
    info.serializationVersion = opening.serializationVersion();
    info.buildVersion = opening.buildVersion();
    info.shellId = shellId;
    open = true;
    opening_ = false;
    openTimer.stop();
    qCInfo(lcSession) << "session open: protocol" << info.protocolVersion << "PS" << info.psVersion;
    Q_EMIT q->opened();
}

RemoteSession::RemoteSession(QObject *parent)
    : CommandSession(parent)
    , d(std::make_unique<SessionImpl>(this))
{
    qRegisterMetaType<remoting::InvocationResult>();
    qRegisterMetaType<remoting::Error>();
    d->openTimer.setSingleShot(true);
    connect(&d->openTimer, &QTimer::timeout, this, [this] {
        if (!d->opening_)
            return;
        const int seconds = qMax(1, d->options.effectiveOpenTimeoutMs() / 1000);
        d->fail(Error::make(Error::Kind::Timeout,
                            tr("The server did not finish opening the PowerShell session within "
                               "%n second(s). It may be overloaded; try again later.",
                               nullptr, seconds),
                            QStringLiteral("open deadline %1 ms, runspace pool state %2")
                                .arg(d->options.effectiveOpenTimeoutMs())
                                .arg(d->opening.state())));
    });
}

RemoteSession::~RemoteSession() = default;

void RemoteSession::open(const SessionOptions &options)
{
    if (d->open || d->opening_) {
        Q_EMIT failed(Error::make(Error::Kind::Usage, tr("The session is already open.")));
        return;
    }
    d->options = options;
    delete d->transport;
    d->transport = new WsmanTransport(options, this);
    connect(d->transport, &WsmanTransport::trace, this, &RemoteSession::trace);
    const Status prepared = d->transport->prepare();
    if (!prepared) {
        // Report asynchronously so callers can connect after open().
        const Error e = prepared.error();
        QMetaObject::invokeMethod(
            this, [this, e] { d->fail(e); }, Qt::QueuedConnection);
        return;
    }
    d->endpoint.to = options.endpoint.toString();
    d->endpoint.resourceUri = options.resourceUri();
    d->endpoint.sessionId = QStringLiteral("uuid:") + upperGuid(QUuid::createUuid());
    d->endpoint.operationTimeoutSeconds = options.effectiveOperationTimeoutSeconds();
    d->fragmenter = psrp::Fragmenter(maxFragmentSize(d->endpoint.maxEnvelopeSize));
    d->rpid = QUuid::createUuid();
    d->opening_ = true;
    d->deleteWhenCreated = false;
    d->closeAfterQuietDelete = false;
    d->openTimer.start(options.effectiveOpenTimeoutMs());

    psrp::Message capability{psrp::Destination::Server, psrp::MessageType::SessionCapability,
                             d->rpid, QUuid(), psrp::buildSessionCapability(QStringLiteral("2.3"))};
    psrp::Message init{psrp::Destination::Server, psrp::MessageType::InitRunspacePool, d->rpid,
                       QUuid(), psrp::buildInitRunspacePool(1, 1)};
    const QByteArray creation = d->encodeFragments(capability) + d->encodeFragments(init);
    const auto request = wsman::buildCreate(d->endpoint, upperGuid(d->rpid), creation);
    d->createInFlight = true;
    d->transport->post(request.xml,
                       [this, id = request.messageId](const Expected<QByteArray> &soap) {
                           d->createInFlight = false;
                           if (!d->opening_) {
                               if (d->deleteWhenCreated) {
                                   // Opening failed meanwhile: delete what was made.
                                   d->deleteWhenCreated = false;
                                   auto created = soap ? wsman::parseCreateResponse(*soap, id)
                                                       : Expected<QString>(soap.error());
                                   if (created) {
                                       d->shellId = *created;
                                       d->deleteShellQuietly();
                                   } else {
                                       d->emitClosedIfAwaited();
                                   }
                                   return;
                               }
                               if (!d->closeAfterCreate)
                                   return;
                               // Closed while opening: delete the shell the server just made.
                               d->closeAfterCreate = false;
                               auto created = soap ? wsman::parseCreateResponse(*soap, id)
                                                   : Expected<QString>(soap.error());
                               if (created) {
                                   d->shellId = *created;
                                   close();
                               } else {
                                   Q_EMIT closed();
                               }
                               return;
                           }
                           if (!soap)
                               return d->fail(soap.error());
                           auto shellId = wsman::parseCreateResponse(*soap, id);
                           if (!shellId)
                               return d->fail(shellId.error());
                           d->shellId = *shellId;
                           d->receivePool();
                       });
}

PipelineJob *RemoteSession::invoke(const QList<Command> &statements)
{
    auto *job = new PipelineJobImpl(d.get(), statements, this);
    if (!d->open) {
        QMetaObject::invokeMethod(
            job,
            [job] { job->abort(Error::make(Error::Kind::Usage, tr("The session is not open."))); },
            Qt::QueuedConnection);
        return job;
    }
    if (statements.isEmpty()) {
        QMetaObject::invokeMethod(
            job, [job] { job->abort(Error::make(Error::Kind::Usage, tr("Nothing to run."))); },
            Qt::QueuedConnection);
        return job;
    }
    d->jobs.append(job);
    job->start();
    return job;
}

PipelineJob *RemoteSession::commandMetadata(const QStringList &namePatterns)
{
    auto *job = new PipelineJobImpl(d.get(), psrp::MessageType::GetCommandMetadata,
                                    psrp::buildGetCommandMetadata(namePatterns), this);
    if (!d->open) {
        QMetaObject::invokeMethod(
            job,
            [job] { job->abort(Error::make(Error::Kind::Usage, tr("The session is not open."))); },
            Qt::QueuedConnection);
        return job;
    }
    d->jobs.append(job);
    job->start();
    return job;
}

AliveCheck *RemoteSession::isAlive()
{
    auto *check = new AliveCheck(this);
    QPointer<AliveCheck> guard(check);
    if (!d->open || d->closing || !d->transport) {
        QMetaObject::invokeMethod(
            check,
            [check] {
                check->finish(QString(),
                              Error::make(Error::Kind::Usage, tr("The session is not open.")));
            },
            Qt::QueuedConnection);
        return check;
    }
    const QString shellId = d->shellId;
    const auto request = wsman::buildGet(d->endpoint, shellId);
    d->trace(QStringLiteral(">> Get shell"), shellId.toUtf8());
    d->transport->post(
        request.xml,
        [guard, shellId, id = request.messageId](const Expected<QByteArray> &soap) {
            if (!guard)
                return;
            if (!soap)
                return guard->finish(QString(), soap.error());
            auto status = wsman::parseGetResponse(*soap, id);
            if (!status) {
                // The recorded answer for a shell the server no longer has: InvalidSelectors.
                const Error &e = status.error();
                return guard->finish(QString(), e,
                                     e.kind == Error::Kind::WsMan
                                         && e.wsmanCode == wsman::codeInvalidSelectors);
            }
            if (status->shellId.compare(shellId, Qt::CaseInsensitive) != 0)
                return guard->finish(
                    status->state,
                    Error::make(Error::Kind::Protocol,
                                tr("The server described another PowerShell session than ours."),
                                QStringLiteral("GetResponse ShellId %1, expected %2")
                                    .arg(status->shellId, shellId)));
            if (!status->state.isEmpty()
                && status->state.compare(QLatin1String("Connected"), Qt::CaseInsensitive) != 0)
                return guard->finish(
                    status->state,
                    Error::make(Error::Kind::Remote, Error::Reason::SessionGone,
                                tr("The server reports this PowerShell session as %1, not "
                                   "connected.")
                                    .arg(status->state),
                                QStringLiteral("shell %1 State %2").arg(shellId, status->state)),
                    true);
            guard->finish(status->state, std::nullopt);
        },
        true);
    return check;
}

void RemoteSession::close()
{
    if (d->quietDeleteInFlight || d->deleteWhenCreated) {
        // Opening failed and the shell the server made is being deleted (or will be, once
        // the Create's answer is in): closed() when that is done, so that a caller leaving
        // on closed() (the CLI exits) does not leave the shell open on the server.
        d->closeAfterQuietDelete = true;
        return;
    }
    if (d->opening_ && d->shellId.isEmpty() && d->transport) {
        // The Create is on its way: closed() follows once its answer is in (and the shell
        // it made is deleted).
        d->opening_ = false;
        d->closeAfterCreate = true;
        return;
    }
    if (!d->transport || d->shellId.isEmpty() || d->closing) {
        d->open = false;
        QMetaObject::invokeMethod(
            this, [this] { Q_EMIT closed(); }, Qt::QueuedConnection);
        return;
    }
    d->closing = true;
    d->opening_ = false;
    const auto request = wsman::buildDelete(d->endpoint, d->shellId);
    d->transport->post(
        request.xml,
        [this, id = request.messageId](const Expected<QByteArray> &soap) {
            if (soap) {
                const Status st = wsman::parseEmptyResponse(*soap, id);
                if (!st)
                    qCWarning(lcSession) << "delete shell:" << st.error().toLogString();
            } else {
                qCWarning(lcSession) << "delete shell:" << soap.error().toLogString();
            }
            d->open = false;
            d->closing = false;
            d->shellId.clear();
            const Error closedError
                = Error::make(Error::Kind::Cancelled, tr("The session was closed."));
            for (const auto &job : d->jobs)
                if (job && !job->isFinished())
                    job->abort(closedError);
            d->jobs.clear();
            Q_EMIT closed();
        },
        true);
}

bool RemoteSession::isOpen() const
{
    return d->open;
}

SessionInfo RemoteSession::info() const
{
    return d->info;
}

TrafficStats RemoteSession::stats() const
{
    return d->transport ? d->transport->stats() : TrafficStats{};
}

void RemoteSession::setTraceEnabled(bool enabled)
{
    d->traceEnabled = enabled;
}

} // namespace remoting
