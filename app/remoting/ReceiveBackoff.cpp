#include "ReceiveBackoff.h"

#include <QtGlobal>

namespace remoting {

int ReceiveBackoff::nextDelayMs(bool gotData)
{
    const bool serverWaited = m_sent.isValid() && m_sent.elapsed() >= kQuickAnswerMs;
    if (gotData || serverWaited) {
        m_delayMs = 0;
        return 0;
    }
    m_delayMs = m_delayMs == 0 ? kFirstDelayMs : qMin(2 * m_delayMs, kMaxDelayMs);
    return m_delayMs;
}

} // namespace remoting
