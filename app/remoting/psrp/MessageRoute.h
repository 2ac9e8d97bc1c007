#pragma once

#include "../Error.h"
#include "Message.h"

#include <QUuid>

namespace remoting::psrp {

// Checks that a message received from the server belongs where it arrived (MS-PSRP 2.2.1):
// addressed to the client, for our runspace pool (the server's SESSION_CAPABILITY may carry
// a zero RPID), and for `pid`: the pipeline whose Receive brought it, or the pool itself
// (a null pid). Anything else is a protocol error saying whose data it was, never credited
// to whatever happens to be receiving.
Status checkRoute(const Message &m, const QUuid &rpid, const QUuid &pid);

// A WS-Man Stream element's (or CommandState's) CommandId must be the command we asked
// for (expected empty: the pool's stream, where no CommandId belongs); an empty one is
// allowed (servers may omit it). Case-insensitive.
Status checkCommandId(const QString &received, const QString &expected);

} // namespace remoting::psrp
