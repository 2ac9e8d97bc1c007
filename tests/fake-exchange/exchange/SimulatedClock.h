#pragma once

#include <QDateTime>
#include <QElapsedTimer>

namespace fake {

// The fake's notion of "now": start + (real time elapsed since construction) × scale, so tests
// can run hours of mail flow in seconds (--clock, --time-scale; ../MAILFLOW.md). Scale 0
// freezes the clock at start.
class SimulatedClock
{
public:
    SimulatedClock(); // real time now, scale 1
    SimulatedClock(const QDateTime &start, double scale);
    static SimulatedClock frozen(const QDateTime &at) { return SimulatedClock(at, 0.0); }
    // Stops the clock at `at`, keeping start() (tests stepping through time).
    void freezeAt(const QDateTime &at) { m_frozenAt = at.toUTC(); }

    QDateTime start() const { return m_start; }
    double scale() const { return m_scale; }
    QDateTime now() const;

    // "2026-11-30T08:00:00Z" (ISO 8601 with an offset or Z); invalid QDateTime when not.
    static QDateTime parseStart(const QString &text);

private:
    QDateTime m_start;
    double m_scale = 1.0;
    QElapsedTimer m_elapsed;
    QDateTime m_frozenAt; // valid: now() is this
};

} // namespace fake
