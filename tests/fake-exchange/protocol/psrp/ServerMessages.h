#pragma once

// The server's half of the PSRP message payloads, for the fake Exchange: what a server
// sends (capability, private data, states, output, error and informational records) and
// what only a server reads (INIT_RUNSPACEPOOL, CREATE_PIPELINE). Shares the CLIXML codec
// and the client's vocabulary in remoting/psrp (PsrpMessages.h).

#include "Command.h"
#include "Error.h"
#include "Invocation.h"
#include "PsValue.h"
#include "psrp/Message.h"
#include "psrp/PsrpMessages.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace fake::psrp {

using remoting::Command;
using remoting::ErrorRecord;
using remoting::Expected;
using remoting::PipelineState;
using remoting::PsValue;
using remoting::psrp::ClientCapability;
using remoting::psrp::MessageType;

// ---- builders
QByteArray buildServerSessionCapability(const QString &protocolVersion, const QString &psVersion);
QByteArray buildApplicationPrivateData(const QString &buildVersion);
QByteArray buildRunspacePoolState(int state, const std::optional<ErrorRecord> &error = {});
QByteArray buildPipelineState(PipelineState state, const std::optional<ErrorRecord> &error = {});
QByteArray buildErrorRecord(const ErrorRecord &record); // ERROR_RECORD data
QByteArray buildInformational(const QString &message);  // WARNING record data
// type: WarningRecord, VerboseRecord or DebugRecord (selects the record type name)
QByteArray buildInformational(const QString &message, MessageType type);
QByteArray buildPipelineOutput(const PsValue &value);

// An ErrorRecord in its serialized form (ErrorCategory_* and InvocationInfo_* extended
// members, Exception with Message, FullyQualifiedErrorId...), as real servers send it.
// Uses record.raw when it is an ErrorRecord object, else builds one.
PsValue errorRecordToValue(const ErrorRecord &record);

// ---- parsers
struct RunspacePoolSize
{
    int minRunspaces = 1, maxRunspaces = 1;
};
Expected<RunspacePoolSize> parseInitRunspacePool(const PsValue &v);
// CREATE_PIPELINE's PowerShell: statements run one after another; each statement is one
// pipeline `A | B | C` whose output flows from command to command. Statements are separated
// by ExtraCmds entries and by a command's IsEndOfStatement; PowerShell's own shape (ExtraCmds
// lists every statement, Cmds repeats the first) is recognised.
using Pipeline = QList<Command>;
struct ParsedPipeline
{
    QList<Pipeline> statements;
    bool noInput = true;
};
Expected<ParsedPipeline> parseCreatePipeline(const PsValue &v);
// GET_COMMAND_METADATA (MS-PSRP 2.2.2.14): which commands a client asks about.
struct CommandMetadataRequest
{
    QStringList names;      // wildcards allowed; empty = "*"
    int commandTypes = 511; // System.Management.Automation.CommandTypes flags (8 = Cmdlet)
    QStringList namespaces; // module/snap-in names (wildcards); empty = any
};
Expected<CommandMetadataRequest> parseGetCommandMetadata(const PsValue &v);

} // namespace fake::psrp
