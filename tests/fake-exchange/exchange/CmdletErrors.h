#pragma once

#include "CmdletSpec.h"
#include "Invocation.h"

#include <QString>

namespace fake {

// Builds ErrorRecords shaped like the ones PowerShell and Exchange produce: message, a
// FullyQualifiedErrorId, CategoryInfo (category, reason = exception short type, activity =
// cmdlet name, target) and the exception's full type name. One place, so every emulated
// cmdlet reports failures the same way.
class CmdletErrors
{
public:
    struct Spec
    {
        QString message;
        QString fullyQualifiedErrorId;
        QString category; // ErrorCategory name: InvalidArgument, ObjectNotFound, NotSpecified...
        QString exceptionType; // full .NET type name; reason = its last segment
        QString targetName;
        QString activity; // the cmdlet name
    };
    static remoting::ErrorRecord make(const Spec &spec);

    // The error Exchange tasks report: FQID
    // "[Server=EX01,RequestId=<guid>,TimeStamp=<M/d/yyyy h:mm:ss AP>]
    // [FailureCategory=Cmdlet-<Short>] <HEX8>,<taskClass>".
    static remoting::ErrorRecord exchangeTask(const QString &server, const QString &cmdlet,
                                              const QString &taskClass,
                                              const QString &exceptionType, const QString &category,
                                              const QString &message,
                                              const QString &targetName = {});

    // PowerShell's "The term 'X' is not recognized..." (FQID "CommandNotFoundException").
    static remoting::ErrorRecord commandNotFound(const QString &commandName);
    static QString commandNotFoundMessage(const QString &commandName);
    // The same, written by Get-Command for a name it cannot find.
    static remoting::ErrorRecord getCommandNotFound(const QString &commandName);

    // Parameter binding failures: FQID "<errorId>,<taskClass>", ParameterBindingException family.
    static remoting::ErrorRecord
    parameterBinding(const QString &errorId, const QString &cmdlet, const QString &taskClass,
                     const QString &category, const QString &message,
                     const QString &exceptionType
                     = QStringLiteral("System.Management.Automation.ParameterBindingException"),
                     const QString &targetName = {});

    // In `A | B`, B takes no pipeline input: PowerShell's "The input object cannot be bound
    // to any parameters..." (FQID "InputObjectNotBound,<taskClass>"), one per piped object.
    static remoting::ErrorRecord inputObjectNotBound(const CmdletSpec &spec,
                                                     const remoting::PsValue &object);

    // NoLanguage runspace refusing script text.
    static remoting::ErrorRecord scriptsNotAllowed();

    // Short deterministic "8A1D3C06"-style id for an exception type and message template.
    static QString hexId(const QString &exceptionType, const QString &taskClass);
};

} // namespace fake
