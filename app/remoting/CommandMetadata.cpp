#include "CommandMetadata.h"

#include "ServerText.h"

#include <QCoreApplication>

namespace remoting {

namespace {

Error metadataError(const QString &detail)
{
    return Error::make(Error::Kind::Protocol,
                       QCoreApplication::translate("remoting::CommandMetadata",
                                                   "The server's list of available commands is "
                                                   "malformed or incomplete."),
                       detail);
}

// CommandTypes arrives as an enum object (ToString "Cmdlet", base value 8), as a string or
// as a bare number; numbers are named for the common types.
QString commandTypeName(const PsValue &value)
{
    if (value.isObject() && value.obj()->hasToString && !value.obj()->toString.isEmpty())
        return serverText(value.obj()->toString, 200);
    if (value.type() == PsValue::Type::String)
        return serverText(value.toString(), 200);
    switch (value.toInteger()) {
    case 1:
        return QStringLiteral("Alias");
    case 2:
        return QStringLiteral("Function");
    case 4:
        return QStringLiteral("Filter");
    case 8:
        return QStringLiteral("Cmdlet");
    default:
        break;
    }
    return QString::number(value.toInteger());
}

} // namespace

Expected<QList<CommandInfo>> parseCommandMetadata(const InvocationResult &result)
{
    if (result.transportError)
        return *result.transportError;
    if (!result.succeeded()) {
        Error e = Error::make(
            Error::Kind::Remote,
            result.failure
                ? result.failure->message
                : QCoreApplication::translate("remoting::CommandMetadata",
                                              "The server did not list its available commands."),
            result.failure
                ? result.failure->fullyQualifiedErrorId
                : QStringLiteral("GET_COMMAND_METADATA pipeline state %1").arg(int(result.state)));
        return e;
    }
    if (result.output.isEmpty())
        return metadataError(QStringLiteral("no count object"));
    const PsValue &first = result.output.first();
    const PsValue count = first.property(QStringLiteral("Count"));
    if (!first.isObject() || count.isNil())
        return metadataError(QStringLiteral("the first object is not the count"));
    if (count.toInteger() != result.output.size() - 1)
        return metadataError(QStringLiteral("count %1, %2 command objects")
                                 .arg(count.toInteger())
                                 .arg(result.output.size() - 1));
    QList<CommandInfo> commands;
    for (qsizetype i = 1; i < result.output.size(); ++i) {
        const PsValue &v = result.output.at(i);
        CommandInfo info;
        info.name = serverText(v.property(QStringLiteral("Name")).toString(), 200);
        if (!v.isObject() || info.name.isEmpty())
            return metadataError(QStringLiteral("command object %1 has no Name").arg(i));
        info.commandType = commandTypeName(v.property(QStringLiteral("CommandType")));
        info.moduleName = serverText(v.property(QStringLiteral("Namespace")).toString(), 200);
        if (info.moduleName.isEmpty())
            info.moduleName = serverText(v.property(QStringLiteral("ModuleName")).toString(), 200);
        const PsValue parameters = v.property(QStringLiteral("Parameters"));
        if (parameters.isObject())
            for (const auto &entry : parameters.obj()->entries)
                info.parameters << serverText(entry.first.toString(), 200);
        commands.append(std::move(info));
    }
    return commands;
}

} // namespace remoting
