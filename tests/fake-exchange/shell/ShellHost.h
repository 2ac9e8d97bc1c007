#pragma once

// The server side of WS-Management shells and MS-PSRP for the fake Exchange: runspace
// pools (Create + Receives), pipelines (Command -> FakeOrganisation::run for each
// statement), Receive/Send/Signal/Delete, WS-Man faults, and fault injection.
// Not thread-safe: call it from one thread (the server's). No blocking: a Receive with
// nothing to say either faults at once (handle) or is answered later (handleAsync).

#include "psrp/Message.h"
#include "wsman/WsmanServer.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QString>
#include <QStringList>

#include <functional>
#include <map>
#include <memory>
#include <optional>

class QObject;

namespace fake {

class FakeOrganisation;

class ShellHost
{
public:
    struct Reply
    {
        int httpStatus = 200;
        QByteArray body; // SOAP (application/soap+xml;charset=UTF-8)
    };
    using ReplyHandler = std::function<void(const Reply &)>;

    explicit ShellHost(FakeOrganisation *organisation);
    ~ShellHost();
    ShellHost(const ShellHost &) = delete;
    ShellHost &operator=(const ShellHost &) = delete;

    // One request of an authenticated user (the name FakeOrganisation knows, e.g. "admin")
    // on path "/PowerShell" (Microsoft.Exchange) or "/wsman" (Microsoft.PowerShell).
    // Synchronous: a Receive with nothing to say gets the TimedOut fault (HTTP 500) at once.
    Reply handle(const QString &user, const QString &path, const QByteArray &soap);
    // Asynchronous: done is called exactly once — before this returns, or later from the
    // calling thread's event loop when a Receive waits for output (at most its
    // OperationTimeout, capped by setMaxReceiveWaitMs) and then answers with the output or
    // the TimedOut fault. Pending calls are dropped (done not called) when the host is destroyed.
    void handleAsync(const QString &user, const QString &path, const QByteArray &soap,
                     ReplyHandler done);

    // ---- fault injection (deterministic) ----
    // Answer the n-th request (1-based, counted over handle/handleAsync calls) with a WS-Man
    // fault (default: the per-user shell quota fault) instead of processing it; 0 disables.
    void setFaultWsManAt(int n, std::optional<fake::wsman::Fault> fault = std::nullopt);
    // Each pipeline's results become available ms after its Command arrived (a "running"
    // pipeline): earlier Receives wait (async) or get TimedOut (sync); ctrl_c stops it.
    void setSlowReceiveMs(int ms);
    // The stop signal (ctrl_c) is acknowledged but ignored: pipelines run on to their end.
    void setIgnoreStop(bool ignore);
    // Upper bound for an async Receive's wait (default -1: the request's OperationTimeout).
    void setMaxReceiveWaitMs(int ms);
    // Machine attribute in faults (default: the organisation's server name).
    void setMachineName(const QString &name);
    // Shells per user before Create gets the quota fault (Exchange's default is 18; 0 = no limit).
    void setMaxShellsPerUser(int n);

    int requestCount() const { return m_requestCount; }
    // The cmdlets of the pipeline with this CommandId (every statement's, in order; empty
    // when there is no such pipeline or its CREATE_PIPELINE is not complete yet).
    QStringList pipelineCmdlets(const QString &commandId) const;
    int shellCount() const;
    int shellCount(const QString &user) const;

    static QString expectedResourceUri(const QString &path); // empty for an unknown path
    static fake::wsman::Fault shellQuotaFault(const QString &machine);

private:
    struct Shell;
    struct Pipeline;
    struct Outcome
    {
        std::optional<Reply> reply; // set: answer now
        int waitMs = 0;             // else: nothing to say yet; re-evaluate after this long
    };

    Outcome process(const QString &user, const QString &path, const QByteArray &soap, bool mayWait,
                    qint64 waitDeadlineMs);
    void retryLater(const QString &user, const QString &path, const QByteArray &soap,
                    ReplyHandler done, qint64 waitDeadlineMs, int delayMs);

    std::optional<Reply> injectedFault(const QByteArray &soap);
    Reply fault(const QString &relatesTo, const fake::wsman::Fault &f, int status = 500) const;
    Reply onCreate(const QString &user, const fake::wsman::ParsedRequest &r);
    Reply onCommand(Shell &shell, const QString &user, const fake::wsman::ParsedRequest &r);
    Reply onSend(Shell &shell, const QString &user, const fake::wsman::ParsedRequest &r);
    Outcome onReceive(Shell &shell, const QString &user, const fake::wsman::ParsedRequest &r,
                      bool mayWait, qint64 waitDeadlineMs);
    Reply onSignal(Shell &shell, const fake::wsman::ParsedRequest &r);
    Reply onDelete(const QString &shellKey, const fake::wsman::ParsedRequest &r);
    Reply onGet(const Shell &shell, const fake::wsman::ParsedRequest &r) const;

    void queuePool(Shell &shell, int batch, int messageType, const QByteArray &data);
    void queuePipeline(Shell &shell, Pipeline &p, int messageType, const QByteArray &data);
    static bool absorbPipelineMessage(Pipeline &p, const remoting::psrp::Message &m);
    void startPipelineIfReady(Shell &shell, Pipeline &p, const QString &user);
    void runPipeline(Shell &shell, Pipeline &p, const QString &user);
    void continuePipeline(Shell &shell, Pipeline &p, const QString &user);
    void stopPipeline(Shell &shell, Pipeline &p);
    QString machine() const;
    qint64 nowMs() const { return m_clock.elapsed(); }

    FakeOrganisation *m_org;
    std::map<QString, std::unique_ptr<Shell>> m_shells; // by upper-case ShellId
    std::unique_ptr<QObject> m_timerContext;
    QElapsedTimer m_clock;
    int m_requestCount = 0;
    int m_faultAt = 0;
    std::optional<fake::wsman::Fault> m_injectedFault;
    int m_slowReceiveMs = 0;
    bool m_ignoreStop = false;
    int m_maxReceiveWaitMs = -1;
    int m_maxShellsPerUser = 0;
    QString m_machineName;
};

} // namespace fake
