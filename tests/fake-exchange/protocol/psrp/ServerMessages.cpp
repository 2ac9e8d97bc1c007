#include "ServerMessages.h"

#include "psrp/Clixml.h"
#include "psrp/ObjectBuilder.h"

#include <QStringList>

namespace fake::psrp {

using namespace remoting;
using remoting::psrp::enumObject;
using remoting::psrp::ObjectBuilder;

namespace {

const QString kObject = QStringLiteral("System.Object");

PsValue str(const QString &s)
{
    return PsValue::string(s);
}

QString nonEmpty(const PsValue &v)
{
    return v.isNil() ? QString() : v.toString();
}

Error dataError(const QString &detail)
{
    return Error::make(Error::Kind::Protocol,
                       QStringLiteral("The PowerShell message is not in the expected form."),
                       detail);
}

} // namespace

// ---------------------------------------------------------------- builders

QByteArray buildServerSessionCapability(const QString &protocolVersion, const QString &psVersion)
{
    return clixml::serialize(
        ObjectBuilder()
            .ms(QStringLiteral("protocolversion"), PsValue::version(protocolVersion))
            .ms(QStringLiteral("PSVersion"), PsValue::version(psVersion))
            .ms(QStringLiteral("SerializationVersion"), PsValue::version(QStringLiteral("1.1.0.1")))
            .value());
}

QByteArray buildApplicationPrivateData(const QString &buildVersion)
{
    const QStringList dictTypes
        = {QStringLiteral("System.Management.Automation.PSPrimitiveDictionary"),
           QStringLiteral("System.Collections.Hashtable"), kObject};
    auto entry
        = [](const QString &k, const PsValue &v) { return std::pair<PsValue, PsValue>(str(k), v); };
    const PsValue versions
        = ObjectBuilder()
              .types({QStringLiteral("System.Version[]"), QStringLiteral("System.Array"), kObject})
              .list(
                  {PsValue::version(QStringLiteral("1.0")), PsValue::version(QStringLiteral("2.0")),
                   PsValue::version(QStringLiteral("3.0")), PsValue::version(QStringLiteral("4.0")),
                   PsValue::version(QStringLiteral("5.0")),
                   PsValue::version(QStringLiteral("5.1"))})
              .value();
    const PsValue table
        = ObjectBuilder()
              .types(dictTypes)
              .dict({entry(QStringLiteral("PSVersion"), PsValue::version(QStringLiteral("5.1"))),
                     entry(QStringLiteral("PSEdition"), str(QStringLiteral("Desktop"))),
                     entry(QStringLiteral("PSCompatibleVersions"), versions),
                     entry(QStringLiteral("CLRVersion"),
                           PsValue::version(QStringLiteral("4.0.30319.42000"))),
                     entry(QStringLiteral("BuildVersion"), PsValue::version(buildVersion)),
                     entry(QStringLiteral("WSManStackVersion"),
                           PsValue::version(QStringLiteral("3.0"))),
                     entry(QStringLiteral("PSRemotingProtocolVersion"),
                           PsValue::version(QStringLiteral("2.3"))),
                     entry(QStringLiteral("SerializationVersion"),
                           PsValue::version(QStringLiteral("1.1.0.1")))})
              .value();
    const PsValue data = ObjectBuilder()
                             .types(dictTypes)
                             .dict({entry(QStringLiteral("PSVersionTable"), table)})
                             .value();
    return clixml::serialize(
        ObjectBuilder().ms(QStringLiteral("ApplicationPrivateData"), data).value());
}

QByteArray buildRunspacePoolState(int state, const std::optional<ErrorRecord> &error)
{
    ObjectBuilder b;
    b.ms(QStringLiteral("RunspaceState"), PsValue::int32(state));
    if (error)
        b.ms(QStringLiteral("ExceptionAsErrorRecord"), errorRecordToValue(*error));
    return clixml::serialize(b.value());
}

QByteArray buildPipelineState(PipelineState state, const std::optional<ErrorRecord> &error)
{
    ObjectBuilder b;
    b.ms(QStringLiteral("PipelineState"), PsValue::int32(int(state)));
    if (error)
        b.ms(QStringLiteral("ExceptionAsErrorRecord"), errorRecordToValue(*error));
    return clixml::serialize(b.value());
}

QByteArray buildErrorRecord(const ErrorRecord &record)
{
    return clixml::serialize(errorRecordToValue(record));
}

QByteArray buildInformational(const QString &message)
{
    return buildInformational(message, MessageType::WarningRecord);
}

QByteArray buildInformational(const QString &message, MessageType type)
{
    const QString recordType = type == MessageType::VerboseRecord
                                   ? QStringLiteral("System.Management.Automation.VerboseRecord")
                               : type == MessageType::DebugRecord
                                   ? QStringLiteral("System.Management.Automation.DebugRecord")
                                   : QStringLiteral("System.Management.Automation.WarningRecord");
    return clixml::serialize(
        ObjectBuilder()
            .types({recordType, QStringLiteral("System.Management.Automation.InformationalRecord"),
                    kObject})
            .toString(message)
            .ms(QStringLiteral("InformationalRecord_Message"), str(message))
            .ms(QStringLiteral("InformationalRecord_SerializeInvocationInfo"),
                PsValue::boolean(false))
            .value());
}

QByteArray buildPipelineOutput(const PsValue &value)
{
    return clixml::serialize(value);
}

// ---------------------------------------------------------------- error records

PsValue errorRecordToValue(const ErrorRecord &record)
{
    if (record.raw.isObject() && record.raw.obj()->isA(QStringLiteral("ErrorRecord")))
        return record.raw;

    const QString exceptionType
        = record.exceptionType.isEmpty()
              ? (record.reason.isEmpty()
                     ? QStringLiteral("System.Exception")
                     : QStringLiteral("System.Management.Automation.") + record.reason)
              : record.exceptionType;
    QStringList exceptionTypes = {exceptionType};
    if (exceptionType != QLatin1String("System.Exception"))
        exceptionTypes << QStringLiteral("System.SystemException")
                       << QStringLiteral("System.Exception");
    exceptionTypes << kObject;
    const PsValue exception
        = ObjectBuilder()
              .types(exceptionTypes)
              .toString(exceptionType + QStringLiteral(": ") + record.message)
              .prop(QStringLiteral("Message"), str(record.message))
              .prop(
                  QStringLiteral("Data"),
                  ObjectBuilder()
                      .types({QStringLiteral("System.Collections.ListDictionaryInternal"), kObject})
                      .dict({})
                      .value())
              .prop(QStringLiteral("InnerException"), PsValue::nil())
              .prop(QStringLiteral("HResult"), PsValue::int32(-2146233087))
              .value();
    const QString reason
        = record.reason.isEmpty() ? exceptionType.section(QLatin1Char('.'), -1) : record.reason;
    const QString category
        = record.category.isEmpty() ? QStringLiteral("NotSpecified") : record.category;
    const QString targetType = record.targetName.isEmpty() ? QString() : QStringLiteral("String");
    const QString categoryMessage
        = QStringLiteral("%1: (%2:%3) [%4], %5")
              .arg(category, record.targetName, targetType, record.activity, reason);

    ObjectBuilder b;
    b.types({QStringLiteral("System.Management.Automation.ErrorRecord"), kObject})
        .toString(record.message)
        .ms(QStringLiteral("Exception"), exception)
        .ms(QStringLiteral("TargetObject"),
            record.targetName.isEmpty() ? PsValue::nil() : str(record.targetName))
        .ms(QStringLiteral("FullyQualifiedErrorId"), str(record.fullyQualifiedErrorId));
    if (record.commandName.isEmpty()) {
        b.ms(QStringLiteral("InvocationInfo"), PsValue::nil());
    } else {
        b.ms(QStringLiteral("InvocationInfo"),
             ObjectBuilder()
                 .types({QStringLiteral("System.Management.Automation.InvocationInfo"), kObject})
                 .toString(QStringLiteral("System.Management.Automation.InvocationInfo"))
                 .prop(QStringLiteral("MyCommand"), str(record.commandName))
                 .prop(QStringLiteral("InvocationName"), str(record.commandName))
                 .value());
    }
    b.ms(QStringLiteral("ErrorCategory_Category"),
         PsValue::int32(remoting::psrp::errorCategoryCode(category)))
        .ms(QStringLiteral("ErrorCategory_Activity"), str(record.activity))
        .ms(QStringLiteral("ErrorCategory_Reason"), str(reason))
        .ms(QStringLiteral("ErrorCategory_TargetName"), str(record.targetName))
        .ms(QStringLiteral("ErrorCategory_TargetType"), str(targetType))
        .ms(QStringLiteral("ErrorCategory_Message"), str(categoryMessage))
        .ms(QStringLiteral("SerializeExtendedInfo"),
            PsValue::boolean(!record.commandName.isEmpty()));
    if (!record.commandName.isEmpty()) {
        b.ms(QStringLiteral("InvocationInfo_InvocationName"), str(record.commandName))
            .ms(QStringLiteral("CommandInfo_Name"), str(record.commandName))
            .ms(QStringLiteral("CommandInfo_CommandType"),
                enumObject(QStringLiteral("System.Management.Automation.CommandTypes"),
                           QStringLiteral("Cmdlet"), 8));
    }
    return b.value();
}

// ---------------------------------------------------------------- parsers

Expected<RunspacePoolSize> parseInitRunspacePool(const PsValue &v)
{
    if (!v.isObject())
        return dataError(QStringLiteral("INIT_RUNSPACEPOOL is not an object"));
    RunspacePoolSize s;
    const PsValue min = v.property(QStringLiteral("MinRunspaces"));
    const PsValue max = v.property(QStringLiteral("MaxRunspaces"));
    if (min.isNil() || max.isNil())
        return dataError(QStringLiteral("INIT_RUNSPACEPOOL without MinRunspaces/MaxRunspaces"));
    s.minRunspaces = int(min.toInteger());
    s.maxRunspaces = int(max.toInteger());
    return s;
}

namespace {

Expected<Command> parseCommand(const PsValue &v)
{
    if (!v.isObject())
        return dataError(QStringLiteral("a command is not an object"));
    Command c(nonEmpty(v.property(QStringLiteral("Cmd"))));
    if (c.name.isEmpty())
        return dataError(QStringLiteral("a command without Cmd"));
    c.isScript = v.property(QStringLiteral("IsScript")).toBool();
    const PsValue args = v.property(QStringLiteral("Args"));
    if (args.isObject()) {
        for (const PsValue &a : args.obj()->items) {
            if (!a.isObject())
                return dataError(QStringLiteral("a command argument is not an object"));
            const PsValue n = a.property(QStringLiteral("N"));
            CommandParameter p;
            p.name = n.isNil() ? QString() : n.toString();
            if (p.name.startsWith(QLatin1Char('-')))
                p.name.remove(0, 1);
            if (p.name.endsWith(QLatin1Char(':')))
                p.name.chop(1);
            p.value = a.property(QStringLiteral("V"));
            c.parameters.append(p);
        }
    }
    return c;
}

// Appends the statements of one Cmds list: commands form one pipeline until a command
// marked IsEndOfStatement.
Status appendStatements(const PsValue &cmds, QList<Pipeline> *out)
{
    if (!cmds.isObject())
        return dataError(QStringLiteral("Cmds is not a list"));
    Pipeline current;
    for (const PsValue &item : cmds.obj()->items) {
        auto c = parseCommand(item);
        if (!c)
            return c.error();
        current.append(*c);
        if (item.property(QStringLiteral("IsEndOfStatement")).toBool()) {
            out->append(current);
            current.clear();
        }
    }
    if (!current.isEmpty())
        out->append(current);
    return success();
}

} // namespace

Expected<ParsedPipeline> parseCreatePipeline(const PsValue &v)
{
    if (!v.isObject())
        return dataError(QStringLiteral("CREATE_PIPELINE is not an object"));
    ParsedPipeline p;
    const PsValue noInput = v.property(QStringLiteral("NoInput"));
    p.noInput = noInput.isNil() ? true : noInput.toBool();
    const PsValue ps = v.property(QStringLiteral("PowerShell"));
    if (!ps.isObject())
        return dataError(QStringLiteral("CREATE_PIPELINE without PowerShell"));
    QList<Pipeline> first;
    const Status s = appendStatements(ps.property(QStringLiteral("Cmds")), &first);
    if (!s)
        return s.error();
    const PsValue extra = ps.property(QStringLiteral("ExtraCmds"));
    QList<Pipeline> extraStatements;
    if (extra.isObject()) {
        for (const PsValue &statement : extra.obj()->items) {
            const Status e
                = appendStatements(statement.property(QStringLiteral("Cmds")), &extraStatements);
            if (!e)
                return e.error();
        }
    }
    if (extraStatements.isEmpty()) {
        p.statements = first;
    } else if (extraStatements.mid(0, first.size()) == first) {
        // PowerShell's own shape: ExtraCmds holds every statement, Cmds repeats the first
        p.statements = extraStatements;
    } else {
        p.statements = first + extraStatements;
    }
    if (p.statements.isEmpty())
        return dataError(QStringLiteral("CREATE_PIPELINE without commands"));
    return p;
}

Expected<CommandMetadataRequest> parseGetCommandMetadata(const PsValue &v)
{
    if (!v.isObject())
        return dataError(QStringLiteral("GET_COMMAND_METADATA is not an object"));
    CommandMetadataRequest r;
    r.names = v.property(QStringLiteral("Name")).toStringList();
    const PsValue type = v.property(QStringLiteral("CommandType"));
    if (!type.isNil())
        r.commandTypes = int(type.toInteger());
    r.namespaces = v.property(QStringLiteral("Namespace")).toStringList();
    return r;
}

} // namespace fake::psrp
