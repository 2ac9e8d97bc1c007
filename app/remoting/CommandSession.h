#pragma once

#include "AliveCheck.h"
#include "CommandRunner.h"
#include "Error.h"

#include <QObject>

namespace remoting {

struct SessionOptions;

// A CommandRunner with a connection's lifetime, as the wizard drives one:
// open() -> opened() | failed(); invoke() and isAlive() while open; close() -> closed() (also while
// still opening: a shell the server already made is deleted). failed() may also come while open
// (the connection was lost) and, for bad options, before open() returns. RemoteSession is the
// real one (PSRP over WS-Man); the wizard's controller is given a factory of them.
class CommandSession : public QObject, public CommandRunner
{
    Q_OBJECT
public:
    using QObject::QObject;

    virtual void open(const SessionOptions &options) = 0;
    virtual void close() = 0;
    virtual bool isOpen() const = 0;
    // Asks the server whether it still has this session (one request) -> AliveCheck::finished();
    // AliveCheck::isShellGone() when the server dropped it. The check is parented to the
    // session; the caller may deleteLater() it after finished().
    virtual AliveCheck *isAlive() = 0;

Q_SIGNALS:
    void opened();
    void failed(const remoting::Error &error);
    void closed();
};

} // namespace remoting
