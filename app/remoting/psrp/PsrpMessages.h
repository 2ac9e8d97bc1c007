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

// Builders and parsers of PSRP message payloads (the CLIXML `data` of a Message): the
// client's half and what both sides share. The server's half lives with the fake Exchange
// (tests/fake-exchange/protocol/psrp/ServerMessages.h).
namespace remoting::psrp {

// ---- client builders
QByteArray buildSessionCapability(const QString &protocolVersion = QStringLiteral("2.3"));
QByteArray buildInitRunspacePool(int minRunspaces = 1, int maxRunspaces = 1);
// statements: first -> Cmds, all -> ExtraCmds; commands with pipedToNext join the next one
// into one statement (`A | B`). Shaped for the server's protocolVersion
// (2.1: no MergeError..; 2.2: + MergeError/Warning/Verbose/Debug; 2.3: + MergeInformation).
QByteArray buildCreatePipeline(const QList<Command> &statements, const QString &protocolVersion);
QByteArray buildCreatePipeline(const QList<Command> &statements, const QString &protocolVersion,
                               bool noInput);
// GET_COMMAND_METADATA (MS-PSRP 2.2.2.14) as recorded: Name = the wildcard patterns
// (System.String[]; empty: "*"), CommandType 511 (all), no Namespace, no ArgumentList.
QByteArray buildGetCommandMetadata(const QStringList &namePatterns);

// An ErrorRecord from its serialized form (as real servers send it: ErrorCategory_* and
// InvocationInfo_* extended members, Exception with Message, FullyQualifiedErrorId...).
ErrorRecord errorRecordFromValue(const PsValue &value);
// System.Management.Automation.ErrorCategory: name <-> number (unknown names give 0,
// NotSpecified; unknown numbers give their digits).
int errorCategoryCode(const QString &name);
QString errorCategoryName(qlonglong code);
// The message of a WARNING/VERBOSE/DEBUG record (InformationalRecord_Message or ToString).
QString informationalMessage(const PsValue &value);

// ---- both sides: the peer's SESSION_CAPABILITY
struct ClientCapability
{
    QString protocolVersion, psVersion, serializationVersion;
};
Expected<ClientCapability> parseSessionCapability(const PsValue &v);

} // namespace remoting::psrp
