#include "PsrpMessages.h"

#include "../ServerText.h"
#include "Clixml.h"
#include "ObjectBuilder.h"

#include <QCoreApplication>
#include <QVersionNumber>

namespace remoting::psrp {

namespace {

const QString kObject = QStringLiteral("System.Object");
const QString kPsObjectList
    = QStringLiteral("System.Collections.Generic.List`1[[System.Management.Automation.PSObject, "
                     "System.Management.Automation, "
                     "Version=1.0.0.0, Culture=neutral, PublicKeyToken=31bf3856ad364e35]]");

PsValue str(const QString &s)
{
    return PsValue::string(s);
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
    return enumObject(QStringLiteral("System.Management.Automation.Runspaces.ApartmentState"),
                      QStringLiteral("UNKNOWN"), 2);
}

PsValue resultTypes(const QString &text = QStringLiteral("None"), int value = 0)
{
    return enumObject(QStringLiteral("System.Management.Automation.Runspaces.PipelineResultTypes"),
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
                enumObject(QStringLiteral("System.Management.Automation.Runspaces.PSThreadOptions"),
                           QStringLiteral("Default"), 0))
            .ms(QStringLiteral("ApartmentState"), apartmentState())
            .ms(QStringLiteral("HostInfo"), hostInfo())
            .ms(QStringLiteral("ApplicationArguments"), PsValue::nil())
            .value());
}

QByteArray buildGetCommandMetadata(const QStringList &namePatterns)
{
    QList<PsValue> names;
    for (const QString &pattern : namePatterns)
        names.append(str(pattern));
    if (names.isEmpty())
        names.append(str(QStringLiteral("*")));
    constexpr int kAllCommandTypes = 511; // System.Management.Automation.CommandTypes.All
    return clixml::serialize(
        ObjectBuilder()
            .ms(QStringLiteral("Name"), ObjectBuilder()
                                            .types({QStringLiteral("System.String[]"),
                                                    QStringLiteral("System.Array"), kObject})
                                            .list(names)
                                            .value())
            .ms(QStringLiteral("CommandType"), PsValue::int32(kAllCommandTypes))
            .ms(QStringLiteral("Namespace"), PsValue::nil())
            .ms(QStringLiteral("ArgumentList"), PsValue::nil())
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
    // Statements: runs of commands joined by pipedToNext (`A | B`).
    QList<QList<Command>> groups;
    bool continuing = false;
    for (const Command &c : statements) {
        if (!continuing)
            groups.append(QList<Command>());
        groups.last().append(c);
        continuing = c.pipedToNext;
    }
    // Fresh objects each time: a value serialized twice would become a <Ref>.
    auto cmdsOf = [&](const QList<Command> &group) {
        QList<PsValue> values;
        for (const Command &c : group)
            values.append(commandValue(c, level));
        return commandList(values);
    };
    // Like PowerShell itself: with several statements, ExtraCmds lists every statement
    // (the first included) as {Cmds}, and Cmds repeats the first statement.
    PsValue extra;
    if (groups.size() > 1) {
        QList<PsValue> all;
        for (const QList<Command> &group : std::as_const(groups))
            all.append(ObjectBuilder().ms(QStringLiteral("Cmds"), cmdsOf(group)).value());
        extra = commandList(all);
    }
    const PsValue first = cmdsOf(groups.isEmpty() ? QList<Command>() : groups.first());
    const PsValue powerShell
        = ObjectBuilder()
              .ms(QStringLiteral("IsNested"), PsValue::boolean(false))
              .ms(QStringLiteral("ExtraCmds"), extra)
              .ms(QStringLiteral("Cmds"), first)
              .ms(QStringLiteral("History"), PsValue::nil())
              .ms(QStringLiteral("RedirectShellErrorOutputPipe"), PsValue::boolean(false))
              .value();
    return clixml::serialize(
        ObjectBuilder()
            .ms(QStringLiteral("NoInput"), PsValue::boolean(noInput))
            .ms(QStringLiteral("ApartmentState"), apartmentState())
            .ms(QStringLiteral("RemoteStreamOptions"),
                enumObject(
                    QStringLiteral("System.Management.Automation.Runspaces.RemoteStreamOptions"),
                    QStringLiteral("AddInvocationInfo"), 15))
            .ms(QStringLiteral("AddToHistory"), PsValue::boolean(false))
            .ms(QStringLiteral("HostInfo"), hostInfo())
            .ms(QStringLiteral("PowerShell"), powerShell)
            .ms(QStringLiteral("IsNested"), PsValue::boolean(false))
            .value());
}

// ---------------------------------------------------------------- error categories

int errorCategoryCode(const QString &name)
{
    for (int i = 0; i < kCategoryCount; ++i)
        if (name.compare(QLatin1String(kCategories[i]), Qt::CaseInsensitive) == 0)
            return i;
    return 0;
}

QString errorCategoryName(qlonglong code)
{
    if (code >= 0 && code < kCategoryCount)
        return QString::fromLatin1(kCategories[code]);
    return QString::number(code);
}

// ---------------------------------------------------------------- error records

ErrorRecord errorRecordFromValue(const PsValue &value)
{
    ErrorRecord r;
    r.raw = value;
    if (!value.isObject()) {
        r.message = serverText(value.toString()); // bounded like every other field below
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
        r.category = errorCategoryName(cat.toInteger());
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
    // The server's text, shown and logged: bounded (raw keeps the whole record).
    for (QString *field : {&r.message, &r.fullyQualifiedErrorId, &r.category, &r.reason,
                           &r.activity, &r.targetName, &r.exceptionType, &r.commandName})
        *field = serverText(*field);
    return r;
}

QString informationalMessage(const PsValue &value)
{
    const PsValue m = value.property(QStringLiteral("InformationalRecord_Message"));
    if (!m.isNil())
        return serverText(m.toString());
    const PsValue msg = value.property(QStringLiteral("Message"));
    if (!msg.isNil())
        return serverText(msg.toString());
    return serverText(value.toString());
}

// ---------------------------------------------------------------- session capability (both sides)

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

} // namespace remoting::psrp
