#include "Message.h"

#include <QCoreApplication>
#include <QtEndian>

namespace remoting::psrp {

namespace {

struct TypeName
{
    MessageType type;
    const char *name;
};

const TypeName kTypeNames[] = {
    {MessageType::SessionCapability, "SESSION_CAPABILITY"},
    {MessageType::InitRunspacePool, "INIT_RUNSPACEPOOL"},
    {MessageType::PublicKey, "PUBLIC_KEY"},
    {MessageType::EncryptedSessionKey, "ENCRYPTED_SESSION_KEY"},
    {MessageType::PublicKeyRequest, "PUBLIC_KEY_REQUEST"},
    {MessageType::SetMaxRunspaces, "SET_MAX_RUNSPACES"},
    {MessageType::SetMinRunspaces, "SET_MIN_RUNSPACES"},
    {MessageType::RunspaceAvailability, "RUNSPACE_AVAILABILITY"},
    {MessageType::RunspacePoolState, "RUNSPACEPOOL_STATE"},
    {MessageType::CreatePipeline, "CREATE_PIPELINE"},
    {MessageType::GetAvailableRunspaces, "GET_AVAILABLE_RUNSPACES"},
    {MessageType::UserEvent, "USER_EVENT"},
    {MessageType::ApplicationPrivateData, "APPLICATION_PRIVATE_DATA"},
    {MessageType::GetCommandMetadata, "GET_COMMAND_METADATA"},
    {MessageType::RunspacePoolInitData, "RUNSPACEPOOL_INIT_DATA"},
    {MessageType::ResetRunspaceState, "RESET_RUNSPACE_STATE"},
    {MessageType::RunspacePoolHostCall, "RUNSPACEPOOL_HOST_CALL"},
    {MessageType::RunspacePoolHostResponse, "RUNSPACEPOOL_HOST_RESPONSE"},
    {MessageType::PipelineInput, "PIPELINE_INPUT"},
    {MessageType::EndOfPipelineInput, "END_OF_PIPELINE_INPUT"},
    {MessageType::PipelineOutput, "PIPELINE_OUTPUT"},
    {MessageType::ErrorRecord, "ERROR_RECORD"},
    {MessageType::PipelineState, "PIPELINE_STATE"},
    {MessageType::DebugRecord, "DEBUG_RECORD"},
    {MessageType::VerboseRecord, "VERBOSE_RECORD"},
    {MessageType::WarningRecord, "WARNING_RECORD"},
    {MessageType::ProgressRecord, "PROGRESS_RECORD"},
    {MessageType::InformationRecord, "INFORMATION_RECORD"},
    {MessageType::PipelineHostCall, "PIPELINE_HOST_CALL"},
    {MessageType::PipelineHostResponse, "PIPELINE_HOST_RESPONSE"},
};

} // namespace

QByteArray guidToBytes(const QUuid &g)
{
    QByteArray out(16, '\0');
    auto *p = reinterpret_cast<uchar *>(out.data());
    qToLittleEndian<quint32>(g.data1, p);
    qToLittleEndian<quint16>(g.data2, p + 4);
    qToLittleEndian<quint16>(g.data3, p + 6);
    for (int i = 0; i < 8; ++i)
        p[8 + i] = g.data4[i];
    return out;
}

QUuid guidFromBytes(const QByteArray &sixteen)
{
    if (sixteen.size() != 16)
        return {};
    const auto *p = reinterpret_cast<const uchar *>(sixteen.constData());
    return QUuid(qFromLittleEndian<quint32>(p), qFromLittleEndian<quint16>(p + 4),
                 qFromLittleEndian<quint16>(p + 6), p[8], p[9], p[10], p[11], p[12], p[13], p[14],
                 p[15]);
}

QByteArray encodeMessage(const Message &m)
{
    QByteArray out(8, '\0');
    auto *p = reinterpret_cast<uchar *>(out.data());
    qToLittleEndian<quint32>(quint32(m.destination), p);
    qToLittleEndian<quint32>(quint32(m.type), p + 4);
    out += guidToBytes(m.rpid);
    out += guidToBytes(m.pid);
    out += m.data;
    return out;
}

Expected<Message> decodeMessage(const QByteArray &bytes)
{
    auto fail = [](const QString &detail) {
        return Error::make(Error::Kind::Protocol,
                           QCoreApplication::translate(
                               "remoting::psrp", "The server sent a malformed PowerShell message."),
                           detail);
    };
    if (bytes.size() < kMessageHeaderSize)
        return fail(QStringLiteral("PSRP message of %1 bytes is shorter than its 40-byte header")
                        .arg(bytes.size()));
    const auto *p = reinterpret_cast<const uchar *>(bytes.constData());
    const quint32 destination = qFromLittleEndian<quint32>(p);
    const quint32 type = qFromLittleEndian<quint32>(p + 4);
    if (destination != 1 && destination != 2)
        return fail(
            QStringLiteral("PSRP message destination %1 is neither client (1) nor server (2)")
                .arg(destination));
    Message m;
    m.destination = Destination(destination);
    m.type = MessageType(type);
    m.rpid = guidFromBytes(bytes.mid(8, 16));
    m.pid = guidFromBytes(bytes.mid(24, 16));
    m.data = bytes.mid(kMessageHeaderSize);
    return m;
}

bool isKnownMessageType(quint32 type)
{
    for (const TypeName &t : kTypeNames)
        if (quint32(t.type) == type)
            return true;
    return false;
}

QString messageTypeName(MessageType type)
{
    for (const TypeName &t : kTypeNames)
        if (t.type == type)
            return QString::fromLatin1(t.name);
    return QStringLiteral("0x%1").arg(quint32(type), 8, 16, QLatin1Char('0'));
}

} // namespace remoting::psrp
