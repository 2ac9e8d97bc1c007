#pragma once

#include "Error.h"

#include <QObject>
#include <QString>

#include <optional>

namespace remoting {

class RemoteSession;

// The answer to RemoteSession::isAlive(): whether the server still has the session's shell
// (a WS-Management Get on the shell resource, the probe real clients use to check or keep
// an idle session alive). Emits finished() exactly once; the caller may deleteLater() it
// afterwards.
class AliveCheck : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    bool isFinished() const { return m_finished; }
    // The server has the shell and reports it Connected.
    bool isAlive() const { return m_finished && !m_error; }
    // The shell's State as the server reported it ("Connected", "Disconnected"); empty when
    // the server did not describe the shell.
    QString shellState() const { return m_shellState; }
    // Why the session is not usable: the server no longer has the shell, reports it
    // disconnected, or could not be asked (network, authentication, ...). Empty when alive.
    const std::optional<Error> &error() const { return m_error; }
    // The server answered that it no longer has the shell (InvalidSelectors) or that it is
    // not connected: open a new session. False when alive or when the server could not be
    // asked (then error() says why).
    bool isShellGone() const { return m_shellGone; }

Q_SIGNALS:
    void finished();

private:
    friend class RemoteSession;
    void finish(QString shellState, std::optional<Error> error, bool shellGone = false)
    {
        if (m_finished)
            return;
        m_finished = true;
        m_shellState = std::move(shellState);
        m_error = std::move(error);
        m_shellGone = shellGone;
        Q_EMIT finished();
    }

    bool m_finished = false;
    QString m_shellState;
    std::optional<Error> m_error;
    bool m_shellGone = false;
};

} // namespace remoting
