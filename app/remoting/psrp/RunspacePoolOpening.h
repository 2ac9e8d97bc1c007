#pragma once

#include "../Error.h"
#include "Message.h"

#include <QString>

#include <optional>

namespace remoting::psrp {

// Client side of opening a runspace pool: feed it the messages received after Create until
// isOpened() or isBroken(). Pure: no I/O.
class RunspacePoolOpening
{
public:
    // RunspacePoolState values (MS-PSRP 2.2.3.4)
    enum State {
        BeforeOpen = 0,
        Opening = 1,
        Opened = 2,
        Closed = 3,
        Closing = 4,
        Broken = 5,
        NegotiationSent = 6,
        NegotiationSucceeded = 7,
        Connecting = 8,
        Disconnected = 9
    };

    // SESSION_CAPABILITY, APPLICATION_PRIVATE_DATA, RUNSPACEPOOL_STATE (others ignored).
    // Malformed data, or a state that ends the pool (Broken/Closed), makes it broken.
    void handle(const Message &m);

    bool isOpened() const { return m_state == Opened && !m_error; }
    bool isBroken() const { return m_error.has_value(); }
    std::optional<Error> error() const { return m_error; }
    int state() const { return m_state; }

    QString protocolVersion() const { return m_protocolVersion; }
    QString psVersion() const { return m_psVersion; }
    QString serializationVersion() const { return m_serializationVersion; }
    QString buildVersion() const { return m_buildVersion; } // from APPLICATION_PRIVATE_DATA

private:
    void fail(Error e);

    int m_state = BeforeOpen;
    std::optional<Error> m_error;
    QString m_protocolVersion, m_psVersion, m_serializationVersion, m_buildVersion;
};

} // namespace remoting::psrp
