// Our client requests against the recorded real-client requests (structure, RefIds/GUIDs
// normalised), and our server builders against what real servers send.
#include "PsrpTranscript.h"
#include "TestPaths.h"
#include "psrp/Psrp.h"
#include "psrp/ServerMessages.h"

#include <gtest/gtest.h>

#include <QRegularExpression>
#include <QXmlStreamReader>

using namespace remoting;
using namespace remoting::psrp;
using namespace fake::psrp;
using psrptest::Transcript;

namespace {

// Canonical element tree: one line per element with its name, N, and text; RefIds dropped,
// GUIDs replaced.
QStringList shape(const QByteArray &xml)
{
    static const QRegularExpression guid(QStringLiteral(
        "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}"));
    QStringList out;
    QXmlStreamReader r(xml);
    int depth = 0;
    QString pending;
    while (!r.atEnd()) {
        r.readNext();
        if (r.isStartElement()) {
            if (!pending.isEmpty())
                out.append(pending);
            QString line = QString(depth * 2, QLatin1Char(' ')) + r.name().toString();
            const auto n = r.attributes().value(QLatin1String("N"));
            if (!n.isNull())
                line += QStringLiteral(" N=") + n.toString();
            pending = line;
            ++depth;
        } else if (r.isCharacters() && !r.isWhitespace()) {
            pending += QStringLiteral(" = ")
                       + r.text().toString().replace(guid, QStringLiteral("<guid>"));
        } else if (r.isEndElement()) {
            --depth;
            if (!pending.isEmpty())
                out.append(pending);
            pending.clear();
        }
    }
    EXPECT_FALSE(r.hasError()) << qPrintable(r.errorString());
    return out;
}

QByteArray stripBom(QByteArray b)
{
    if (b.startsWith("\xEF\xBB\xBF"))
        b.remove(0, 3);
    return b;
}

const Transcript &transcript(const QString &name)
{
    static QMap<QString, Transcript> cache;
    if (!cache.contains(name))
        cache.insert(name, psrptest::loadTranscript(testsupport::recordedPsrpDir()
                                                    + QLatin1Char('/') + name));
    return cache[name];
}

QByteArray recorded(const QString &file, MessageType type, bool fromClient, int index = 0)
{
    const auto list = transcript(file).ofType(type, fromClient);
    return index < list.size() ? stripBom(list.at(index).message.data) : QByteArray();
}

// member names of an object's MS, in order
QStringList memberNames(const PsValue &v)
{
    QStringList out;
    if (v.isObject())
        for (const PsProperty &p : v.obj()->extended)
            out.append(p.name);
    return out;
}

} // namespace

TEST(PsrpBuilders, SessionCapabilityMatchesRecorded)
{
    const QByteArray real = recorded(QStringLiteral("test_psrp_error_failed.yml"),
                                     MessageType::SessionCapability, true);
    ASSERT_FALSE(real.isEmpty());
    EXPECT_EQ(shape(buildSessionCapability(QStringLiteral("2.3"))), shape(real));
    EXPECT_EQ(buildSessionCapability(QStringLiteral("2.3")), real); // even byte for byte
}

TEST(PsrpBuilders, InitRunspacePoolMatchesRecorded)
{
    const QByteArray real = recorded(QStringLiteral("test_psrp_error_failed.yml"),
                                     MessageType::InitRunspacePool, true);
    ASSERT_FALSE(real.isEmpty());
    EXPECT_EQ(shape(buildInitRunspacePool(1, 1)), shape(real));
}

TEST(PsrpBuilders, CreatePipelineOneCommandMatchesRecorded)
{
    const QByteArray real = recorded(QStringLiteral("test_psrp_with_jea_configuration.yml"),
                                     MessageType::CreatePipeline, true);
    ASSERT_FALSE(real.isEmpty());
    const QList<Command> statements
        = {Command(QStringLiteral("Get-Item"))
               .add(QStringLiteral("Path"),
                    QStringLiteral("WSMan:\\localhost\\Service\\AllowUnencrypted"))};
    EXPECT_EQ(shape(buildCreatePipeline(statements, QStringLiteral("2.3"))), shape(real));
}

TEST(PsrpBuilders, CreatePipelineTwoStatementsMatchesRecordedExtraCmds)
{
    const QByteArray real = recorded(QStringLiteral("test_psrp_long_running_cmdlet.yml"),
                                     MessageType::CreatePipeline, true);
    ASSERT_FALSE(real.isEmpty());
    Command script(QStringLiteral("echo hi"));
    script.isScript = true;
    const QList<Command> statements
        = {Command(QStringLiteral("Start-Sleep")).add(QStringLiteral("Seconds"), 10), script};
    const bool noInput = clixml::parse(real)->property(QStringLiteral("NoInput")).toBool();
    EXPECT_EQ(shape(buildCreatePipeline(statements, QStringLiteral("2.3"), noInput)), shape(real));
}

TEST(PsrpBuilders, CreatePipelineMembersFollowProtocolVersion)
{
    const QList<Command> statements = {Command(QStringLiteral("Get-Mailbox"))};
    auto commandMembers = [&](const QString &version) {
        const PsValue v = *clixml::parse(buildCreatePipeline(statements, version));
        const PsValue cmd = v.property(QStringLiteral("PowerShell"))
                                .property(QStringLiteral("Cmds"))
                                .obj()
                                ->items.first();
        return memberNames(cmd);
    };
    // the recorded 2.2 request (server said 2.2): MergeError..MergeDebug, no MergeInformation
    const PsValue real22
        = *clixml::parse(recorded(QStringLiteral("test_psrp_run_protocol_version_2.2.yml"),
                                  MessageType::CreatePipeline, true));
    EXPECT_EQ(commandMembers(QStringLiteral("2.2")),
              memberNames(real22.property(QStringLiteral("PowerShell"))
                              .property(QStringLiteral("Cmds"))
                              .obj()
                              ->items.first()));
    const QStringList v21 = commandMembers(QStringLiteral("2.1"));
    EXPECT_FALSE(v21.contains(QStringLiteral("MergeError")));
    EXPECT_FALSE(v21.contains(QStringLiteral("MergeInformation")));
    EXPECT_TRUE(v21.contains(QStringLiteral("MergePreviousResults")));
    EXPECT_TRUE(commandMembers(QStringLiteral("2.3")).contains(QStringLiteral("MergeInformation")));
    EXPECT_FALSE(
        commandMembers(QStringLiteral("2.2")).contains(QStringLiteral("MergeInformation")));
}

TEST(PsrpBuilders, CommandParametersPositionalSwitchAndTypes)
{
    Command c(QStringLiteral("New-JournalRule"));
    c.add(QStringLiteral("Name"), QStringLiteral("SecureStore"))
        .addSwitch(QStringLiteral("Enabled"))
        .add(QStringLiteral("Confirm"), false)
        .add(QStringLiteral("Recipients"),
             QStringList{QStringLiteral("a@x"), QStringLiteral("b@x")})
        .addNull(QStringLiteral("Scope"))
        .addPositional(PsValue::string(QStringLiteral("positional")));
    Command second(QStringLiteral("Get-JournalRule"));
    const QByteArray xml = buildCreatePipeline({c, second}, QStringLiteral("2.3"));
    // positional: <Nil N="N" />; switch: <B N="V">true</B>
    EXPECT_TRUE(xml.contains("<Nil N=\"N\"/><S N=\"V\">positional</S>")
                || xml.contains("<Nil N=\"N\" /><S N=\"V\">positional</S>"))
        << xml.constData();
    EXPECT_TRUE(xml.contains("<S N=\"N\">Enabled</S><B N=\"V\">true</B>"));
    EXPECT_TRUE(xml.contains("<S N=\"N\">Confirm</S><B N=\"V\">false</B>"));

    auto parsed = parseCreatePipeline(*clixml::parse(xml));
    ASSERT_TRUE(parsed.ok()) << qPrintable(parsed.error().toLogString());
    ASSERT_EQ(parsed->statements.size(), 2);
    ASSERT_EQ(parsed->statements.at(0).size(), 1);
    ASSERT_EQ(parsed->statements.at(1).size(), 1);
    EXPECT_TRUE(parsed->noInput);
    const Command &back = parsed->statements.first().first();
    EXPECT_EQ(back.name, c.name);
    ASSERT_EQ(back.parameters.size(), c.parameters.size());
    for (int i = 0; i < back.parameters.size(); ++i) {
        EXPECT_EQ(back.parameters.at(i).name, c.parameters.at(i).name);
        EXPECT_EQ(back.parameters.at(i).value, c.parameters.at(i).value) << i;
    }
    EXPECT_EQ(parsed->statements.at(1).first().name, QStringLiteral("Get-JournalRule"));
}

TEST(PsrpBuilders, ServerCapabilityAndPrivateDataOpenAPool)
{
    RunspacePoolOpening pool;
    const QUuid rpid = QUuid::createUuid();
    pool.handle({Destination::Client,
                 MessageType::SessionCapability,
                 {},
                 {},
                 buildServerSessionCapability(QStringLiteral("2.3"), QStringLiteral("2.0"))});
    pool.handle({Destination::Client,
                 MessageType::ApplicationPrivateData,
                 rpid,
                 {},
                 buildApplicationPrivateData(QStringLiteral("15.2.1118.7"))});
    EXPECT_FALSE(pool.isOpened());
    pool.handle(
        {Destination::Client, MessageType::RunspacePoolState, rpid, {}, buildRunspacePoolState(2)});
    EXPECT_TRUE(pool.isOpened());
    EXPECT_EQ(pool.protocolVersion(), QStringLiteral("2.3"));
    EXPECT_EQ(pool.psVersion(), QStringLiteral("2.0"));
    EXPECT_EQ(pool.buildVersion(), QStringLiteral("15.2.1118.7"));
    // same shape as a real server's APPLICATION_PRIVATE_DATA
    const QByteArray real = recorded(QStringLiteral("test_psrp_error_failed.yml"),
                                     MessageType::ApplicationPrivateData, false);
    QStringList ours = shape(buildApplicationPrivateData(QStringLiteral("10.0.14393.2248")));
    QStringList theirs = shape(real);
    auto dropValues = [](QStringList l) {
        for (QString &s : l)
            s = s.section(QStringLiteral(" = "), 0, 0);
        return l;
    };
    EXPECT_EQ(dropValues(ours), dropValues(theirs));
}

namespace {
ErrorRecord sampleRecord()
{
    ErrorRecord e;
    e.message = QStringLiteral(
        "The operation couldn't be performed because object 'x' couldn't be found on 'EX01'.");
    e.fullyQualifiedErrorId = QStringLiteral(
        "[Server=EX01,RequestId=1,TimeStamp=1/1/2024] "
        "[FailureCategory=Cmdlet-ManagementObjectNotFoundException] "
        "A1B2C3D4,Microsoft.Exchange.Management.SystemConfigurationTasks.GetJournalRule");
    e.category = QStringLiteral("NotSpecified");
    e.reason = QStringLiteral("ManagementObjectNotFoundException");
    e.activity = QStringLiteral("Get-JournalRule");
    e.targetName = QStringLiteral("x");
    e.exceptionType = QStringLiteral(
        "Microsoft.Exchange.Configuration.Tasks.ManagementObjectNotFoundException");
    e.commandName = QStringLiteral("Get-JournalRule");
    return e;
}

void expectSameFields(const ErrorRecord &a, const ErrorRecord &b)
{
    EXPECT_EQ(a.message, b.message);
    EXPECT_EQ(a.fullyQualifiedErrorId, b.fullyQualifiedErrorId);
    EXPECT_EQ(a.category, b.category);
    EXPECT_EQ(a.reason, b.reason);
    EXPECT_EQ(a.activity, b.activity);
    EXPECT_EQ(a.targetName, b.targetName);
    EXPECT_EQ(a.exceptionType, b.exceptionType);
    EXPECT_EQ(a.commandName, b.commandName);
}
} // namespace

TEST(PsrpBuilders, ErrorRecordRoundTripsThroughTheWire)
{
    const ErrorRecord e = sampleRecord();
    const ErrorRecord back = errorRecordFromValue(*clixml::parse(buildErrorRecord(e)));
    expectSameFields(back, e);
    EXPECT_EQ(back.failureCategory(), QStringLiteral("ManagementObjectNotFoundException"));
    for (const QString &category :
         {QStringLiteral("InvalidArgument"), QStringLiteral("ObjectNotFound"),
          QStringLiteral("PermissionDenied")}) {
        ErrorRecord c = e;
        c.category = category;
        EXPECT_EQ(errorRecordFromValue(*clixml::parse(buildErrorRecord(c))).category, category);
    }
}

TEST(PsrpBuilders, OurErrorRecordUsesOnlyRealServerMembers)
{
    // a real record with SerializeExtendedInfo=true (JEA transcript's ERROR_RECORD)
    const PsValue real = *clixml::parse(recorded(
        QStringLiteral("test_psrp_with_jea_configuration.yml"), MessageType::ErrorRecord, false));
    const QStringList realMembers = memberNames(real);
    const PsValue ours = errorRecordToValue(sampleRecord());
    for (const QString &m : memberNames(ours))
        EXPECT_TRUE(realMembers.contains(m)) << qPrintable(m);
    EXPECT_EQ(ours.obj()->typeNames, real.obj()->typeNames);
    // and a real record re-built from its flattened fields reads the same
    ErrorRecord flat = errorRecordFromValue(real);
    ErrorRecord copy = flat;
    copy.raw = PsValue();
    expectSameFields(errorRecordFromValue(*clixml::parse(buildErrorRecord(copy))), flat);
    // a record that still carries its raw value is sent as is
    EXPECT_EQ(errorRecordToValue(flat), real);
}

TEST(PsrpBuilders, PipelineStateFailedCarriesError)
{
    PipelineReceiver receiver;
    const QUuid rpid = QUuid::createUuid(), pid = QUuid::createUuid();
    ASSERT_TRUE(receiver
                    .handle({Destination::Client, MessageType::PipelineOutput, rpid, pid,
                             buildPipelineOutput(PsValue::string(QStringLiteral("x")))})
                    .ok());
    ASSERT_TRUE(receiver
                    .handle({Destination::Client, MessageType::WarningRecord, rpid, pid,
                             buildInformational(QStringLiteral("careful"))})
                    .ok());
    ASSERT_TRUE(
        receiver
            .handle({Destination::Client, MessageType::VerboseRecord, rpid, pid,
                     buildInformational(QStringLiteral("chatty"), MessageType::VerboseRecord)})
            .ok());
    ASSERT_TRUE(receiver
                    .handle({Destination::Client, MessageType::ErrorRecord, rpid, pid,
                             buildErrorRecord(sampleRecord())})
                    .ok());
    EXPECT_FALSE(receiver.isDone());
    ASSERT_TRUE(receiver
                    .handle({Destination::Client, MessageType::PipelineState, rpid, pid,
                             buildPipelineState(PipelineState::Failed, sampleRecord())})
                    .ok());
    EXPECT_TRUE(receiver.isDone());
    const InvocationResult r = receiver.result();
    EXPECT_EQ(r.state, PipelineState::Failed);
    EXPECT_FALSE(r.succeeded());
    EXPECT_EQ(r.output, QList<PsValue>{PsValue::string(QStringLiteral("x"))});
    EXPECT_EQ(r.warnings, QStringList{QStringLiteral("careful")});
    EXPECT_EQ(r.verbose, QStringList{QStringLiteral("chatty")});
    ASSERT_EQ(r.errors.size(), 1);
    ASSERT_TRUE(r.failure.has_value());
    expectSameFields(*r.failure, sampleRecord());
}

TEST(PsrpBuilders, BrokenRunspacePoolReportsTheError)
{
    RunspacePoolOpening pool;
    ErrorRecord e;
    e.message = QStringLiteral("Access denied");
    e.fullyQualifiedErrorId = QStringLiteral("PSSessionOpenFailed");
    pool.handle({Destination::Client,
                 MessageType::RunspacePoolState,
                 QUuid::createUuid(),
                 {},
                 buildRunspacePoolState(5, e)});
    EXPECT_TRUE(pool.isBroken());
    EXPECT_FALSE(pool.isOpened());
    ASSERT_TRUE(pool.error().has_value());
    EXPECT_EQ(pool.error()->kind, Error::Kind::Remote);
    EXPECT_TRUE(pool.error()->message.contains(QStringLiteral("Access denied")));
    EXPECT_TRUE(pool.error()->detail.contains(QStringLiteral("PSSessionOpenFailed")));
}

// `A | B; C`: commands joined by pipedToNext form one statement (one Cmds list), as
// PowerShell serializes a pipeline; statements go to ExtraCmds.
TEST(PsrpBuilders, PipedCommandsFormOneStatement)
{
    Command select(QStringLiteral("Select-Object"));
    select.add(QStringLiteral("First"), 1);
    const QByteArray one
        = buildCreatePipeline({Command(QStringLiteral("Get-AcceptedDomain")).pipeToNext(), select},
                              QStringLiteral("2.3"));
    const PsValue v = *clixml::parse(one);
    const PsValue ps = v.property(QStringLiteral("PowerShell"));
    EXPECT_TRUE(ps.property(QStringLiteral("ExtraCmds")).isNil());
    const PsValue cmds = ps.property(QStringLiteral("Cmds"));
    ASSERT_TRUE(cmds.isObject());
    ASSERT_EQ(cmds.obj()->items.size(), 2);
    EXPECT_EQ(cmds.obj()->items.at(1).property(QStringLiteral("Cmd")).toString(),
              QStringLiteral("Select-Object"));

    const QByteArray two
        = buildCreatePipeline({Command(QStringLiteral("Get-AcceptedDomain")).pipeToNext(), select,
                               Command(QStringLiteral("Get-JournalRule"))},
                              QStringLiteral("2.3"));
    auto parsed = parseCreatePipeline(*clixml::parse(two));
    ASSERT_TRUE(parsed.ok()) << qPrintable(parsed.error().toLogString());
    ASSERT_EQ(parsed->statements.size(), 2);
    ASSERT_EQ(parsed->statements.at(0).size(), 2);
    EXPECT_EQ(parsed->statements.at(0).at(0).name, QStringLiteral("Get-AcceptedDomain"));
    EXPECT_EQ(parsed->statements.at(0).at(1).name, QStringLiteral("Select-Object"));
    ASSERT_EQ(parsed->statements.at(1).size(), 1);
    EXPECT_EQ(parsed->statements.at(1).first().name, QStringLiteral("Get-JournalRule"));
}
