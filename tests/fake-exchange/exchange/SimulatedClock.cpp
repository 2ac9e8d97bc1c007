#include "SimulatedClock.h"

#include <cmath>

namespace fake {

SimulatedClock::SimulatedClock()
    : SimulatedClock(QDateTime::currentDateTimeUtc(), 1.0)
{}

SimulatedClock::SimulatedClock(const QDateTime &start, double scale)
    : m_start(start.toUTC())
    , m_scale(scale < 0 ? 0.0 : scale)
{
    m_elapsed.start();
}

QDateTime SimulatedClock::now() const
{
    if (m_frozenAt.isValid())
        return m_frozenAt;
    if (m_scale == 0.0)
        return m_start;
    return m_start.addMSecs(qint64(std::llround(double(m_elapsed.elapsed()) * m_scale)));
}

QDateTime SimulatedClock::parseStart(const QString &text)
{
    const QString t = text.trimmed();
    QDateTime d = QDateTime::fromString(t, Qt::ISODateWithMs);
    // Without an offset the time is taken as UTC, not as the machine's local time.
    if (d.isValid() && d.timeSpec() == Qt::LocalTime)
        d.setTimeSpec(Qt::UTC);
    return d.isValid() ? d.toUTC() : QDateTime();
}

} // namespace fake
