#include "MessageRoute.h"

#include "../ServerText.h"

#include <QCoreApplication>

namespace remoting::psrp {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("remoting::psrp::MessageRoute", text);
}

QString guidText(const QUuid &id)
{
    return id.toString(QUuid::WithoutBraces).toUpper();
}

} // namespace

Status checkRoute(const Message &m, const QUuid &rpid, const QUuid &pid)
{
    const QString what = messageTypeName(m.type);
    if (m.destination != Destination::Client)
        return Error::make(
            Error::Kind::Protocol,
            tr("The server sent a PowerShell message that is not addressed to "
               "this client. The data cannot be trusted and was not used."),
            QStringLiteral("%1 with destination %2").arg(what).arg(quint32(m.destination)));
    const bool zeroRpidAllowed = m.type == MessageType::SessionCapability && m.rpid.isNull();
    if (m.rpid != rpid && !zeroRpidAllowed)
        return Error::make(
            Error::Kind::Protocol,
            tr("The server sent PowerShell data that belongs to another session (runspace pool "
               "%1; this session's is %2). The data cannot be trusted and was not used.")
                .arg(guidText(m.rpid), guidText(rpid)),
            QStringLiteral("%1 for a foreign RPID").arg(what));
    if (m.pid != pid) {
        if (pid.isNull())
            return Error::make(
                Error::Kind::Protocol,
                tr("The server sent data for a command (pipeline %1) where only data for the "
                   "session itself was expected. The data cannot be trusted and was not used.")
                    .arg(guidText(m.pid)),
                QStringLiteral("%1 with a PID on the pool stream").arg(what));
        return Error::make(
            Error::Kind::Protocol,
            tr("The server sent data for another command (pipeline %1) while this command "
               "(pipeline %2) was running. The data cannot be trusted and was not used.")
                .arg(guidText(m.pid), guidText(pid)),
            QStringLiteral("%1 for a foreign PID").arg(what));
    }
    return success();
}

Status checkCommandId(const QString &received, const QString &expected)
{
    const QString id = received.trimmed();
    if (id.isEmpty() || id.compare(expected.trimmed(), Qt::CaseInsensitive) == 0)
        return success();
    if (expected.trimmed().isEmpty())
        return Error::make(Error::Kind::Protocol,
                           tr("The server sent data for command %1 where only data for the "
                              "session itself was expected. The data cannot be trusted and was "
                              "not used.")
                               .arg(serverText(id, 64)),
                           QStringLiteral("CommandId on the pool stream"));
    return Error::make(
        Error::Kind::Protocol,
        tr("The server answered for command %1 when asked for command %2. The data cannot be "
           "trusted and was not used.")
            .arg(serverText(id, 64), expected),
        QStringLiteral("Stream/CommandState CommandId mismatch"));
}

} // namespace remoting::psrp
