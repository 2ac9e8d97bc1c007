#include "PsrpMessages.h"

#include "Clixml.h"

#include <QCoreApplication>
#include <QVersionNumber>

namespace remoting::psrp {

namespace {

const QString kObject = QStringLiteral("System.Object");
const QString kPsObjectList
    = QStringLiteral("System.Collections.Generic.List`1[[System.Management.Automation.PSObject, "
                     "System.Management.Automation, "
                     "Version=1.0.0.0, Culture=neutral, PublicKeyToken=31bf3856ad364e35]]");

// Builds one PsObject member by member.
class ObjectBuilder
{
public:
    ObjectBuilder()
        : m_obj(std::make_shared<PsObject>())
    {}
    ObjectBuilder &types(const QStringList &names)
    {
        m_obj->typeNames = names;
        return *this;
    }
    ObjectBuilder &toString(const QString &s)
    {
        m_obj->toString = s;
        m_obj->hasToString = true;
        return *this;
    }
    ObjectBuilder &base(const PsValue &v)
    {
        m_obj->baseValue = v;
        return *this;
    }
    ObjectBuilder &ms(const QString &name, const PsValue &v)
    {
        m_obj->extended.append({name, v});
        return *this;
    }
    ObjectBuilder &prop(const QString &name, const PsValue &v)
    {
        m_obj->adapted.append({name, v});
        return *this;
    }
    ObjectBuilder &list(const QList<PsValue> &items)
    {
        m_obj->collection = PsObject::Collection::List;
        m_obj->items = items;
        return *this;
    }
    ObjectBuilder &dict(const QList<std::pair<PsValue, PsValue>> &entries)
    {
        m_obj->collection = PsObject::Collection::Dictionary;
        m_obj->entries = entries;
        return *this;
    }
    PsValue value() const { return PsValue::object(m_obj); }

private:
    std::shared_ptr<PsObject> m_obj;
};

PsValue str(const QString &s)
{
    return PsValue::string(s);
}

PsValue enumValue(const QString &typeName, const QString &text, int value)
{
    return ObjectBuilder()
        .types(
            {typeName, QStringLiteral("System.Enum"), QStringLiteral("System.ValueType"), kObject})
        .toString(text)
        .base(PsValue::int32(value))
        .value();
}

PsValue hostInfo()
{
    return ObjectBuilder()
        .ms(QStringLiteral("_isHostNull"), PsValue::boolean(true))
        .ms(QStringLiteral("_isHostUINull"), PsValue::boolean(true))
        .ms(QStringLiteral("_isHostRawUINull"), PsValue::boolean(true))
        .ms(QStringLiteral("_useRunspaceHost"), PsValue::boolean(true))
        .value();
}

PsValue apartmentState() // UNKNOWN
{
    return enumValue(QStringLiteral("System.Management.Automation.Runspaces.ApartmentState"),
                     QStringLiteral("UNKNOWN"), 2);
}

PsValue resultTypes(const QString &text = QStringLiteral("None"), int value = 0)
{
    return enumValue(QStringLiteral("System.Management.Automation.Runspaces.PipelineResultTypes"),
                     text, value);
}

// protocol version as comparable number (2.1 -> 201)
int protocolLevel(const QString &v)
{
    const QVersionNumber n = QVersionNumber::fromString(v);
    if (n.isNull())
        return 203;
    return n.majorVersion() * 100 + n.minorVersion();
}

PsValue commandValue(const Command &c, int level)
{
    QList<PsValue> args;
    for (const CommandParameter &p : c.parameters) {
        const PsValue v
            = p.kind == CommandParameter::Kind::Switch ? PsValue::boolean(true) : p.value;
        args.append(ObjectBuilder()
                        .ms(QStringLiteral("N"), p.name.isEmpty() ? PsValue::nil() : str(p.name))
                        .ms(QStringLiteral("V"), v)
                        .value());
    }
    ObjectBuilder b;
    b.ms(QStringLiteral("Cmd"), str(c.name))
        .ms(QStringLiteral("IsScript"), PsValue::boolean(c.isScript))
        .ms(QStringLiteral("UseLocalScope"), PsValue::nil())
        .ms(QStringLiteral("MergeMyResult"), resultTypes())
        .ms(QStringLiteral("MergeToResult"), resultTypes())
        .ms(QStringLiteral("MergePreviousResults"), resultTypes())
        .ms(QStringLiteral("Args"),
            ObjectBuilder().types({kPsObjectList, kObject}).list(args).value());
    if (level >= 202) {
        b.ms(QStringLiteral("MergeError"), resultTypes())
            .ms(QStringLiteral("MergeWarning"), resultTypes())
            .ms(QStringLiteral("MergeVerbose"), resultTypes())
            .ms(QStringLiteral("MergeDebug"), resultTypes());
    }
    if (level >= 203)
        b.ms(QStringLiteral("MergeInformation"), resultTypes());
    return b.value();
}

PsValue commandList(const QList<PsValue> &commands)
{
    return ObjectBuilder().types({kPsObjectList, kObject}).list(commands).value();
}

Error dataError(const QString &detail)
{
    return Error::make(Error::Kind::Protocol,
                       QCoreApplication::translate(
                           "remoting::psrp", "The PowerShell message is not in the expected form."),
                       detail);
}

const char *const kCategories[] = {
    "NotSpecified",        "OpenError",           "CloseError",       "DeviceError",
    "DeadlockDetected",    "InvalidArgument",     "InvalidData",      "InvalidOperation",
    "InvalidResult",       "InvalidType",         "MetadataError",    "NotImplemented",
    "NotInstalled",        "ObjectNotFound",      "OperationStopped", "OperationTimeout",
    "SyntaxError",         "ParserError",         "PermissionDenied", "ResourceBusy",
    "ResourceExists",      "ResourceUnavailable", "ReadError",        "WriteError",
    "FromStdErr",          "SecurityError",       "ProtocolError",    "ConnectionError",
    "AuthenticationError", "LimitsExceeded",      "QuotaExceeded",    "NotEnabled",
};
constexpr int kCategoryCount = int(sizeof(kCategories) / sizeof(kCategories[0]));

int categoryCode(const QString &name)
{
    for (int i = 0; i < kCategoryCount; ++i)
        if (name.compare(QLatin1String(kCategories[i]), Qt::CaseInsensitive) == 0)
            return i;
    return 0;
}

QString categoryName(qlonglong code)
{
    if (code >= 0 && code < kCategoryCount)
        return QString::fromLatin1(kCategories[code]);
    return QString::number(code);
}

QString nonEmpty(const PsValue &v)
{
    return v.isNil() ? QString() : v.toString();
}

} // namespace

// ---------------------------------------------------------------- client builders

QByteArray buildSessionCapability(const QString &protocolVersion)
{
    return clixml::serialize(
        ObjectBuilder()
            .ms(QStringLiteral("protocolversion"), PsValue::version(protocolVersion))
            .ms(QStringLiteral("PSVersion"), PsValue::version(QStringLiteral("2.0")))
            .ms(QStringLiteral("SerializationVersion"), PsValue::version(QStringLiteral("1.1.0.1")))
            .value());
}

QByteArray buildInitRunspacePool(int minRunspaces, int maxRunspaces)
{
    return clixml::serialize(
        ObjectBuilder()
            .ms(QStringLiteral("MinRunspaces"), PsValue::int32(minRunspaces))
            .ms(QStringLiteral("MaxRunspaces"), PsValue::int32(maxRunspaces))
            .ms(QStringLiteral("PSThreadOptions"),
                enumValue(QStringLiteral("System.Management.Automation.Runspaces.PSThreadOptions"),
                          QStringLiteral("Default"), 0))
            .ms(QStringLiteral("ApartmentState"), apartmentState())
            .ms(QStringLiteral("HostInfo"), hostInfo())
            .ms(QStringLiteral("ApplicationArguments"), PsValue::nil())
            .value());
}

QByteArray buildCreatePipeline(const QList<Command> &statements, const QString &protocolVersion)
{
    return buildCreatePipeline(statements, protocolVersion, true);
}

QByteArray buildCreatePipeline(const QList<Command> &statements, const QString &protocolVersion,
                               bool noInput)
{
    const int level = protocolLevel(protocolVersion);
    QList<PsValue> first;
    if (!statements.isEmpty())
        first.append(commandValue(statements.first(), level));
    // Like PowerShell itself: with several statements, ExtraCmds lists every statement
    // (the first included) as {Cmds}, and Cmds repeats the first statement.
    PsValue extra;
    if (statements.size() > 1) {
        QList<PsValue> all;
        for (const Command &c : statements)
            all.append(ObjectBuilder()
                           .ms(QStringLiteral("Cmds"), commandList({commandValue(c, level)}))
                           .value());
        extra = commandList(all);
    }
    const PsValue powerShell
        = ObjectBuilder()
              .ms(QStringLiteral("IsNested"), PsValue::boolean(false))
              .ms(QStringLiteral("ExtraCmds"), extra)
              .ms(QStringLiteral("Cmds"), commandList(first))
              .ms(QStringLiteral("History"), PsValue::nil())
              .ms(QStringLiteral("RedirectShellErrorOutputPipe"), PsValue::boolean(false))
              .value();
    return clixml::serialize(
        ObjectBuilder()
            .ms(QStringLiteral("NoInput"), PsValue::boolean(noInput))
            .ms(QStringLiteral("ApartmentState"), apartmentState())
            .ms(QStringLiteral("RemoteStreamOptions"),
                enumValue(
                    QStringLiteral("System.Management.Automation.Runspaces.RemoteStreamOptions"),
                    QStringLiteral("AddInvocationInfo"), 15))
            .ms(QStringLiteral("AddToHistory"), PsValue::boolean(false))
            .ms(QStringLiteral("HostInfo"), hostInfo())
            .ms(QStringLiteral("PowerShell"), powerShell)
            .ms(QStringLiteral("IsNested"), PsValue::boolean(false))
            .value());
}

// ---------------------------------------------------------------- server builders

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
    b.ms(QStringLiteral("ErrorCategory_Category"), PsValue::int32(categoryCode(category)))
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
                enumValue(QStringLiteral("System.Management.Automation.CommandTypes"),
                          QStringLiteral("Cmdlet"), 8));
    }
    return b.value();
}

ErrorRecord errorRecordFromValue(const PsValue &value)
{
    ErrorRecord r;
    r.raw = value;
    if (!value.isObject()) {
        r.message = value.toString();
        return r;
    }
    const PsValue exception = value.property(QStringLiteral("Exception"));
    const QString details = nonEmpty(value.property(QStringLiteral("ErrorDetails_Message")));
    QString exceptionMessage = nonEmpty(exception.property(QStringLiteral("Message")));
    if (details.isEmpty() && exceptionMessage.isEmpty() && exception.isObject()) {
        // a deserialized exception without Message: "Type: message" in its ToString
        exceptionMessage = exception.obj()->toString.section(QStringLiteral(": "), 1);
    }
    r.message = !details.isEmpty()            ? details
                : !exceptionMessage.isEmpty() ? exceptionMessage
                                              : value.obj()->toString;
    r.fullyQualifiedErrorId = nonEmpty(value.property(QStringLiteral("FullyQualifiedErrorId")));

    const PsValue cat = value.property(QStringLiteral("ErrorCategory_Category"));
    if (!cat.isNil()) {
        r.category = categoryName(cat.toInteger());
    } else {
        // CategoryInfo as an object (other serializers)
        const PsValue info = value.property(QStringLiteral("CategoryInfo"));
        r.category = nonEmpty(info.property(QStringLiteral("Category")));
    }
    r.reason = nonEmpty(value.property(QStringLiteral("ErrorCategory_Reason")));
    r.activity = nonEmpty(value.property(QStringLiteral("ErrorCategory_Activity")));
    r.targetName = nonEmpty(value.property(QStringLiteral("ErrorCategory_TargetName")));
    if (r.reason.isEmpty() || r.activity.isEmpty() || r.targetName.isEmpty()) {
        const PsValue info = value.property(QStringLiteral("CategoryInfo"));
        if (r.reason.isEmpty())
            r.reason = nonEmpty(info.property(QStringLiteral("Reason")));
        if (r.activity.isEmpty())
            r.activity = nonEmpty(info.property(QStringLiteral("Activity")));
        if (r.targetName.isEmpty())
            r.targetName = nonEmpty(info.property(QStringLiteral("TargetName")));
    }
    if (exception.isObject() && !exception.obj()->typeNames.isEmpty()) {
        r.exceptionType = exception.obj()->typeNames.first();
        if (r.exceptionType.startsWith(QLatin1String("Deserialized.")))
            r.exceptionType.remove(0, 13);
    }

    const PsValue invocation = value.property(QStringLiteral("InvocationInfo"));
    r.commandName = nonEmpty(invocation.property(QStringLiteral("MyCommand")));
    if (r.commandName.isEmpty())
        r.commandName = nonEmpty(value.property(QStringLiteral("CommandInfo_Name")));
    if (r.commandName.isEmpty())
        r.commandName = nonEmpty(value.property(QStringLiteral("InvocationInfo_InvocationName")));
    if (r.message.isEmpty())
        r.message = nonEmpty(value.property(QStringLiteral("ErrorCategory_Message")));
    return r;
}

QString informationalMessage(const PsValue &value)
{
    const PsValue m = value.property(QStringLiteral("InformationalRecord_Message"));
    if (!m.isNil())
        return m.toString();
    const PsValue msg = value.property(QStringLiteral("Message"));
    if (!msg.isNil())
        return msg.toString();
    return value.toString();
}

// ---------------------------------------------------------------- server parsers

Expected<ClientCapability> parseSessionCapability(const PsValue &v)
{
    if (!v.isObject())
        return dataError(QStringLiteral("SESSION_CAPABILITY is not an object"));
    ClientCapability c;
    c.protocolVersion = nonEmpty(v.property(QStringLiteral("protocolversion")));
    c.psVersion = nonEmpty(v.property(QStringLiteral("PSVersion")));
    c.serializationVersion = nonEmpty(v.property(QStringLiteral("SerializationVersion")));
    if (c.protocolVersion.isEmpty())
        return dataError(QStringLiteral("SESSION_CAPABILITY without protocolversion"));
    return c;
}

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

Status appendStatement(const PsValue &cmds, QList<Command> *out)
{
    if (!cmds.isObject())
        return dataError(QStringLiteral("Cmds is not a list"));
    for (const PsValue &item : cmds.obj()->items) {
        auto c = parseCommand(item);
        if (!c)
            return c.error();
        out->append(*c);
    }
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
    QList<Command> first;
    const Status s = appendStatement(ps.property(QStringLiteral("Cmds")), &first);
    if (!s)
        return s.error();
    const PsValue extra = ps.property(QStringLiteral("ExtraCmds"));
    QList<Command> extraStatements;
    if (extra.isObject()) {
        for (const PsValue &statement : extra.obj()->items) {
            const Status e
                = appendStatement(statement.property(QStringLiteral("Cmds")), &extraStatements);
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

} // namespace remoting::psrp
