#pragma once

#include "../Error.h"

#include <QByteArray>
#include <QString>
#include <QUuid>

namespace remoting::psrp {

// MS-PSRP 2.2.1 message types.
enum class MessageType : quint32 {
    SessionCapability = 0x00010002,
    InitRunspacePool = 0x00010004,
    PublicKey = 0x00010005,
    EncryptedSessionKey = 0x00010006,
    PublicKeyRequest = 0x00010007,
    SetMaxRunspaces = 0x00021002,
    SetMinRunspaces = 0x00021003,
    RunspaceAvailability = 0x00021004,
    RunspacePoolState = 0x00021005,
    CreatePipeline = 0x00021006,
    GetAvailableRunspaces = 0x00021007,
    UserEvent = 0x00021008,
    ApplicationPrivateData = 0x00021009,
    GetCommandMetadata = 0x0002100A,
    RunspacePoolInitData = 0x0002100B,
    ResetRunspaceState = 0x0002100C,
    RunspacePoolHostCall = 0x00021100,
    RunspacePoolHostResponse = 0x00021101,
    PipelineInput = 0x00041002,
    EndOfPipelineInput = 0x00041003,
    PipelineOutput = 0x00041004,
    ErrorRecord = 0x00041005,
    PipelineState = 0x00041006,
    DebugRecord = 0x00041007,
    VerboseRecord = 0x00041008,
    WarningRecord = 0x00041009,
    ProgressRecord = 0x00041010,
    InformationRecord = 0x00041011,
    PipelineHostCall = 0x00041100,
    PipelineHostResponse = 0x00041101,
};

enum class Destination : quint32 { Client = 1, Server = 2 };

// One PSRP message (MS-PSRP 2.2.1). `data` is the UTF-8 CLIXML payload (may start with a
// BOM when it came from a server; may be empty, e.g. END_OF_PIPELINE_INPUT).
struct Message
{
    Destination destination = Destination::Server;
    MessageType type = MessageType::SessionCapability;
    QUuid rpid;
    QUuid pid; // null for runspace-pool messages
    QByteArray data;
};

constexpr int kMessageHeaderSize = 40;

// Little-endian header, GUIDs in .NET byte order.
QByteArray encodeMessage(const Message &m);
Expected<Message> decodeMessage(const QByteArray &bytes);

// .NET Guid.ToByteArray order: first three groups little-endian, the rest as is.
QByteArray guidToBytes(const QUuid &g);
QUuid guidFromBytes(const QByteArray &sixteen); // null QUuid unless exactly 16 bytes

// "RUNSPACEPOOL_STATE", ... for logs; "0x000XXXXX" for unknown values.
QString messageTypeName(MessageType type);
bool isKnownMessageType(quint32 type);

} // namespace remoting::psrp
