#pragma once

#include <QElapsedTimer>

namespace remoting {

// Paces Receive requests. A server answers a Receive when it has data or after the
// OperationTimeout; one that answers at once with nothing (an empty ReceiveResponse, or a
// TimedOut fault it did not wait for) would otherwise be asked again immediately, tens of
// thousands of times a second. Such quick empty answers are followed by a growing wait
// (kFirstDelayMs doubling up to kMaxDelayMs); data or a server that did wait resets it.
class ReceiveBackoff
{
public:
    static constexpr int kFirstDelayMs = 50;
    static constexpr int kMaxDelayMs = 2000;
    static constexpr int kQuickAnswerMs = 1000; // an answer faster than this did not wait

    void requestSent() { m_sent.start(); }
    // Milliseconds to wait before the next Receive.
    int nextDelayMs(bool gotData);

private:
    QElapsedTimer m_sent;
    int m_delayMs = 0;
};

} // namespace remoting
