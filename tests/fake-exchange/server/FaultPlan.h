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
struct FaultPlan
{
    enum class Kind { Latency, Drop, Http500, Http503, WsMan, Auth401, SlowReceive };
    struct Fault
    {
        Kind kind = Kind::Latency;
        int at = 0;    // request index; 0 = every request
        int value = 0; // milliseconds for Latency/SlowReceive
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
    QStringList describe() const;
};

} // namespace fake
