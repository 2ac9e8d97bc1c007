#pragma once

#include "../Command.h"
#include "../Error.h"
#include "../Invocation.h"
#include "Message.h"
#include "PsValue.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

// Builders and parsers of PSRP message payloads (the CLIXML `data` of a Message).
namespace remoting::psrp {

// ---- client builders
QByteArray buildSessionCapability(const QString &protocolVersion = QStringLiteral("2.3"));
QByteArray buildInitRunspacePool(int minRunspaces = 1, int maxRunspaces = 1);
// statements: first -> Cmds, rest -> ExtraCmds; shaped for the server's protocolVersion
// (2.1: no MergeError..; 2.2: + MergeError/Warning/Verbose/Debug; 2.3: + MergeInformation).
QByteArray buildCreatePipeline(const QList<Command> &statements, const QString &protocolVersion);
QByteArray buildCreatePipeline(const QList<Command> &statements, const QString &protocolVersion,
                               bool noInput);

// ---- server builders (fake Exchange)
QByteArray buildServerSessionCapability(const QString &protocolVersion, const QString &psVersion);
QByteArray buildApplicationPrivateData(const QString &buildVersion);
QByteArray buildRunspacePoolState(int state, const std::optional<ErrorRecord> &error = {});
QByteArray buildPipelineState(PipelineState state, const std::optional<ErrorRecord> &error = {});
QByteArray buildErrorRecord(const ErrorRecord &record); // ERROR_RECORD data
QByteArray buildInformational(const QString &message);  // WARNING record data
// type: WarningRecord, VerboseRecord or DebugRecord (selects the record type name)
QByteArray buildInformational(const QString &message, MessageType type);
QByteArray buildPipelineOutput(const PsValue &value);

// ErrorRecord <-> its serialized form (as real servers send it: ErrorCategory_* and
// InvocationInfo_* extended members, Exception with Message, FullyQualifiedErrorId...).
// errorRecordToValue uses record.raw when it is an ErrorRecord object, else builds one.
PsValue errorRecordToValue(const ErrorRecord &record);
ErrorRecord errorRecordFromValue(const PsValue &value);
// The message of a WARNING/VERBOSE/DEBUG record (InformationalRecord_Message or ToString).
QString informationalMessage(const PsValue &value);

// ---- server parsers
struct ClientCapability
{
    QString protocolVersion, psVersion, serializationVersion;
};
Expected<ClientCapability> parseSessionCapability(const PsValue &v); // also reads the server's
struct RunspacePoolSize
{
    int minRunspaces = 1, maxRunspaces = 1;
};
Expected<RunspacePoolSize> parseInitRunspacePool(const PsValue &v);
struct ParsedPipeline
{
    QList<Command> statements;
    bool noInput = true;
};
Expected<ParsedPipeline> parseCreatePipeline(const PsValue &v);

} // namespace remoting::psrp
