#include "CmdletErrors.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QLocale>
#include <QUuid>

namespace fake {

using remoting::ErrorRecord;
using remoting::PsValue;

ErrorRecord CmdletErrors::make(const Spec &spec)
{
    ErrorRecord r;
    r.message = spec.message;
    r.fullyQualifiedErrorId = spec.fullyQualifiedErrorId;
    r.category = spec.category;
    r.exceptionType = spec.exceptionType;
    r.reason = spec.exceptionType.section(QLatin1Char('.'), -1);
    r.targetName = spec.targetName;
    r.activity = spec.activity;
    r.commandName = spec.activity;
    return r;
}

QString CmdletErrors::hexId(const QString &exceptionType, const QString &taskClass)
{
    const QByteArray digest = QCryptographicHash::hash(
        (exceptionType + QLatin1Char('|') + taskClass).toUtf8(), QCryptographicHash::Sha1);
    return QString::fromLatin1(digest.left(4).toHex().toUpper());
}

ErrorRecord CmdletErrors::exchangeTask(const QString &server, const QString &cmdlet,
                                       const QString &taskClass, const QString &exceptionType,
                                       const QString &category, const QString &message,
                                       const QString &targetName)
{
    const QString shortType = exceptionType.section(QLatin1Char('.'), -1);
    // Exchange writes the timestamp in the server's (en-US) culture, UTC here.
    const QString timeStamp
        = QLocale(QLocale::English, QLocale::UnitedStates)
              .toString(QDateTime::currentDateTimeUtc(), QStringLiteral("M/d/yyyy h:mm:ss AP"));
    const QString fqid
        = QStringLiteral("[Server=%1,RequestId=%2,TimeStamp=%3] [FailureCategory=Cmdlet-%4] %5,%6")
              .arg(server, QUuid::createUuid().toString(QUuid::WithoutBraces), timeStamp, shortType,
                   hexId(exceptionType, taskClass), taskClass);
    return make({message, fqid, category, exceptionType, targetName, cmdlet});
}

QString CmdletErrors::commandNotFoundMessage(const QString &commandName)
{
    return QStringLiteral(
               "The term '%1' is not recognized as the name of a cmdlet, function, script file, or "
               "operable program. Check the spelling of the name, or if a path was included, "
               "verify "
               "that the path is correct and try again.")
        .arg(commandName);
}

ErrorRecord CmdletErrors::commandNotFound(const QString &commandName)
{
    return make({commandNotFoundMessage(commandName), QStringLiteral("CommandNotFoundException"),
                 QStringLiteral("ObjectNotFound"),
                 QStringLiteral("System.Management.Automation.CommandNotFoundException"),
                 commandName, commandName});
}

ErrorRecord CmdletErrors::getCommandNotFound(const QString &commandName)
{
    return make(
        {commandNotFoundMessage(commandName),
         QStringLiteral("CommandNotFoundException,Microsoft.PowerShell.Commands.GetCommandCommand"),
         QStringLiteral("ObjectNotFound"),
         QStringLiteral("System.Management.Automation.CommandNotFoundException"), commandName,
         QStringLiteral("Get-Command")});
}

ErrorRecord CmdletErrors::parameterBinding(const QString &errorId, const QString &cmdlet,
                                           const QString &taskClass, const QString &category,
                                           const QString &message, const QString &exceptionType,
                                           const QString &targetName)
{
    return make({message, errorId + QLatin1Char(',') + taskClass, category, exceptionType,
                 targetName, cmdlet});
}

ErrorRecord CmdletErrors::inputObjectNotBound(const CmdletSpec &spec, const PsValue &object)
{
    return make({QStringLiteral("The input object cannot be bound to any parameters for the "
                                "command either because the command does not take pipeline "
                                "input or the input and its properties do not match any of the "
                                "parameters that take pipeline input."),
                 QStringLiteral("InputObjectNotBound,") + spec.taskClass,
                 QStringLiteral("InvalidArgument"),
                 QStringLiteral("System.Management.Automation.ParameterBindingException"),
                 object.toString(), spec.name});
}

ErrorRecord CmdletErrors::scriptsNotAllowed()
{
    return make(
        {QStringLiteral(
             "The syntax is not supported by this runspace. This can occur if the runspace is in "
             "no-language mode."),
         QStringLiteral("ScriptsNotAllowed"),
         QStringLiteral("ParserError"),
         QStringLiteral("System.Management.Automation.ParseException"),
         {},
         {}});
}

} // namespace fake
