#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace fake {

// Deterministic fault injection, keyed by the 1-based index of the HTTP request the
// server received (over all connections, authentication legs included), so a test can
// walk every index. --fault SPEC, one fault per option:
//   latency:MS          add MS ms before every response        (latency:MS@N: only request N)
//   drop@N              read request N, then close the connection without answering
//   http500@N           answer request N with HTTP 500 (an IIS-style HTML page)
//   http503@N           answer request N with HTTP 503 (Service Unavailable)
//   wsman@N             a WS-Man fault for request N (the first request from N on that
//                       reaches the shell host, which builds the fault)
//   auth401@N           answer request N with 401 and forget the connection's
//                       authentication (the client must authenticate again)
//   slow-receive:MS     pipelines' output is ready MS ms after their Command (Receives wait)
//   ignore-stop         the PSRP stop signal (ctrl_c) is acknowledged but does nothing: the
//                       pipeline runs on to its end (a server hung in, or ignoring, the stop)
// and keyed by cmdlet call (the N-th call of a cmdlet over the fake's lifetime, 1-based;
// without #N every call), for one statement of a pipeline:
//   cmdlet-error:NAME[#N]     the call fails with an Exchange-style error record and changes
//                             nothing (with -ErrorAction Stop it ends the pipeline: Failed)
//   cmdlet-slow:NAME:MS[#N]   the call takes MS ms: the statements before it are answered at
//                             once, later ones wait; a stop signal meanwhile lets the call
//                             finish, then the pipeline ends Stopped (see ShellHost)
struct FaultPlan
{
    enum class Kind {
        Latency,
        Drop,
        Http500,
        Http503,
        WsMan,
        Auth401,
        SlowReceive,
        CmdletError,
        CmdletSlow,
        IgnoreStop
    };
    struct Fault
    {
        Kind kind = Kind::Latency;
        int at = 0;     // request index (cmdlet faults: the call number); 0 = every one
        int value = 0;  // milliseconds for Latency/SlowReceive/CmdletSlow
        QString cmdlet; // CmdletError/CmdletSlow
    };

    QList<Fault> faults;

    // Parses one SPEC and adds it; false (with *error) when malformed.
    bool add(const QString &spec, QString *error);
    // Extra latency for request `index` (sum of matching latency faults).
    int latencyFor(int index) const;
    // The first fault of `kind` at exactly `index`.
    bool has(Kind kind, int index) const;
    int wsmanFaultAt() const;  // 0 = none
    int slowReceiveMs() const; // 0 = none
    bool ignoresStop() const;
    QStringList describe() const;
};

} // namespace fake
