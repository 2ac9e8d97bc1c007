#pragma once

#include "Error.h"
#include "Invocation.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace remoting {

// One command as GET_COMMAND_METADATA describes it (MS-PSRP 2.2.2.14; the server answers
// with a count, then one CmdletInfo-like object per command the session may run — for
// Exchange, the commands the user's management roles grant).
struct CommandInfo
{
    QString name;           // "New-JournalRule"
    QString commandType;    // "Cmdlet", "Function", ... (System.Management.Automation.CommandTypes)
    QString moduleName;     // the snap-in / module, when the server says
    QStringList parameters; // the parameter names the session allows
};

// The commands in the result of RemoteSession::commandMetadata(): a failed pipeline, a
// missing count or a count that does not match the objects that followed is an Error.
Expected<QList<CommandInfo>> parseCommandMetadata(const InvocationResult &result);

} // namespace remoting
