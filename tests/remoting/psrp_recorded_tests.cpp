// Golden tests: every PSRP fragment in every recorded real-server transcript must decode,
// and the recorded facts (states, outputs, error records, versions) must come out right.
#include "CommandMetadata.h"
#include "PsrpTranscript.h"
#include "psrp/Psrp.h"

#include <gtest/gtest.h>

#include <QFileInfo>
#include <QMap>
#include <QRegularExpression>

#include "TestPaths.h"
#include "psrp/ServerMessages.h"

using namespace remoting;
using namespace remoting::psrp;
using namespace fake::psrp;
using psrptest::DecodedMessage;
using psrptest::Transcript;

namespace {

const Transcript &transcript(const QString &name)
{
    static QMap<QString, Transcript> cache;
    if (!cache.contains(name))
        cache.insert(name, psrptest::loadTranscript(testsupport::recordedPsrpDir()
                                                    + QLatin1Char('/') + name));
    return cache[name];
}

// Pipelines (by PID) as our PipelineReceiver sees them, in order of first appearance.
QList<std::pair<QUuid, PipelineReceiver>> pipelines(const Transcript &t)
{
    QList<std::pair<QUuid, PipelineReceiver>> out;
    for (const DecodedMessage &d : t.messages) {
        if (d.fromClient || d.message.pid.isNull())
            continue;
        auto it = std::find_if(out.begin(), out.end(),
                               [&](const auto &p) { return p.first == d.message.pid; });
        if (it == out.end()) {
            out.append({d.message.pid, PipelineReceiver()});
            it = out.end() - 1;
        }
        const Status s = it->second.handle(d.message);
        EXPECT_TRUE(s.ok()) << qPrintable(t.name) << ": "
                            << qPrintable(s.ok() ? QString() : s.error().toLogString());
    }
    return out;
}

RunspacePoolOpening openPool(const Transcript &t)
{
    RunspacePoolOpening pool;
    for (const DecodedMessage &d : t.messages) {
        if (d.fromClient || !d.message.pid.isNull())
            continue;
        pool.handle(d.message);
        if (pool.isOpened() || pool.isBroken())
            break;
    }
    return pool;
}

QStringList outputsAsText(const InvocationResult &r)
{
    QStringList out;
    for (const PsValue &v : r.output)
        out.append(v.toString());
    return out;
}

PsValue createPipeline(const Transcript &t, int index = 0)
{
    const auto created = t.ofType(MessageType::CreatePipeline, true);
    return index < created.size() ? created.at(index).value : PsValue();
}

class RecordedFile : public ::testing::TestWithParam<QString>
{
};

} // namespace

TEST(PsrpRecorded, AllFilesArePresent)
{
    EXPECT_GE(psrptest::transcriptFiles().size(), 29);
}

TEST_P(RecordedFile, EveryMessageDecodes)
{
    const Transcript &t = transcript(QFileInfo(GetParam()).fileName());
    EXPECT_TRUE(t.errors.isEmpty()) << qPrintable(t.errors.join(QLatin1Char('\n')));
    ASSERT_FALSE(t.messages.isEmpty());
    EXPECT_GT(t.streamElements, 0);
    for (const DecodedMessage &d : t.messages) {
        SCOPED_TRACE(qPrintable(t.name + QLatin1Char(' ') + messageTypeName(d.message.type)));
        EXPECT_TRUE(isKnownMessageType(quint32(d.message.type)));
        EXPECT_EQ(d.message.destination, d.fromClient ? Destination::Server : Destination::Client);
        if (!d.message.data.isEmpty()) {
            EXPECT_FALSE(d.value.isNil() && !d.message.data.contains("<Nil"))
                << d.message.data.left(200).constData();
        }
        // re-encoding the message gives the same bytes
        Message copy = d.message;
        auto again = decodeMessage(encodeMessage(copy));
        ASSERT_TRUE(again.ok());
        EXPECT_EQ(again->rpid, d.message.rpid);
        EXPECT_EQ(again->data, d.message.data);
        // our writer and reader agree with the real server's CLIXML
        if (!d.message.data.isEmpty()) {
            auto reparsed = clixml::parse(clixml::serialize(d.value));
            ASSERT_TRUE(reparsed.ok()) << qPrintable(reparsed.error().toLogString());
            EXPECT_TRUE(*reparsed == d.value);
        }
    }
}

TEST_P(RecordedFile, RunspacePoolOpensAndStatesAreKnown)
{
    const Transcript &t = transcript(QFileInfo(GetParam()).fileName());
    const RunspacePoolOpening pool = openPool(t);
    EXPECT_TRUE(pool.isOpened()) << qPrintable(t.name);
    EXPECT_FALSE(pool.isBroken());
    // Servers run PSRP 2.1 (PowerShell 2.0), 2.2 or 2.3: whichever the server announced in
    // its SESSION_CAPABILITY is what the pool reports.
    EXPECT_TRUE(QStringList({QStringLiteral("2.1"), QStringLiteral("2.2"), QStringLiteral("2.3")})
                    .contains(pool.protocolVersion()))
        << qPrintable(pool.protocolVersion());
    for (const DecodedMessage &d : t.ofType(MessageType::SessionCapability)) {
        auto server = parseSessionCapability(d.value);
        ASSERT_TRUE(server.ok());
        EXPECT_EQ(pool.protocolVersion(), server->protocolVersion);
    }
    EXPECT_EQ(pool.serializationVersion(), QStringLiteral("1.1.0.1"));
    EXPECT_FALSE(pool.buildVersion().isEmpty());

    for (const DecodedMessage &d : t.ofType(MessageType::RunspacePoolState))
        EXPECT_EQ(d.value.property(QStringLiteral("RunspaceState")).toInteger(), 2);
    for (const DecodedMessage &d : t.ofType(MessageType::SessionCapability, true)) {
        auto c = parseSessionCapability(d.value);
        ASSERT_TRUE(c.ok());
        EXPECT_EQ(c->protocolVersion, QStringLiteral("2.3"));
        EXPECT_EQ(c->psVersion, QStringLiteral("2.0"));
    }
    for (const DecodedMessage &d : t.ofType(MessageType::InitRunspacePool, true)) {
        auto s = parseInitRunspacePool(d.value);
        ASSERT_TRUE(s.ok());
        EXPECT_GE(s->maxRunspaces, s->minRunspaces);
    }
    // every CREATE_PIPELINE a real client sent is understood by our server-side parser
    for (const DecodedMessage &d : t.ofType(MessageType::CreatePipeline, true)) {
        auto p = parseCreatePipeline(d.value);
        ASSERT_TRUE(p.ok()) << qPrintable(p.error().toLogString());
        EXPECT_FALSE(p->statements.isEmpty());
    }
    // every pipeline that reported a terminal state is done
    for (const auto &[pid, receiver] : pipelines(t)) {
        const bool sawTerminal = std::any_of(
            t.messages.begin(), t.messages.end(), [&, pid = pid](const DecodedMessage &d) {
                const qlonglong s = d.value.property(QStringLiteral("PipelineState")).toInteger();
                return d.message.pid == pid && d.message.type == MessageType::PipelineState
                       && s >= 3 && s <= 5;
            });
        EXPECT_EQ(receiver.isDone(), sawTerminal);
    }
}

INSTANTIATE_TEST_SUITE_P(AllTranscripts, RecordedFile,
                         ::testing::ValuesIn(psrptest::transcriptFiles()),
                         [](const ::testing::TestParamInfo<QString> &info) {
                             QString n = QFileInfo(info.param).completeBaseName();
                             n.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9]")),
                                       QStringLiteral("_"));
                             return n.toStdString();
                         });

// ---------------------------------------------------------------- per-file facts

TEST(PsrpRecorded, ErrorFailedPipelineCarriesTheErrorRecord)
{
    const Transcript &t = transcript(QStringLiteral("test_psrp_error_failed.yml"));
    const RunspacePoolOpening pool = openPool(t);
    EXPECT_EQ(pool.protocolVersion(), QStringLiteral("2.3"));
    EXPECT_EQ(pool.buildVersion(), QStringLiteral("10.0.14393.2248"));
    const auto p = pipelines(t);
    ASSERT_EQ(p.size(), 1);
    const InvocationResult r = p.first().second.result();
    EXPECT_EQ(r.state, PipelineState::Failed);
    EXPECT_FALSE(r.succeeded());
    EXPECT_EQ(outputsAsText(r), QStringList{QStringLiteral("before")});
    ASSERT_TRUE(r.failure.has_value());
    EXPECT_EQ(r.failure->message, QStringLiteral("error"));
    EXPECT_EQ(r.failure->fullyQualifiedErrorId,
              QStringLiteral("Microsoft.PowerShell.Commands.WriteErrorException"));
    EXPECT_EQ(r.failure->category, QStringLiteral("NotSpecified"));
    EXPECT_EQ(r.failure->activity, QStringLiteral("Write-Error"));
    EXPECT_EQ(r.failure->reason, QStringLiteral("WriteErrorException"));
    EXPECT_EQ(r.failure->exceptionType,
              QStringLiteral("Microsoft.PowerShell.Commands.WriteErrorException"));
    EXPECT_EQ(r.failure->failureCategory(), QStringLiteral("WriteErrorException"));
    // the PositionMessage had _x000D__x000A_ escapes
    const PsValue inv = r.failure->raw.property(QStringLiteral("InvocationInfo"));
    EXPECT_TRUE(inv.property(QStringLiteral("PositionMessage"))
                    .toString()
                    .contains(QStringLiteral("\r\n+ ")));
}

TEST(PsrpRecorded, JeaErrorRecordsAndNoLanguageFailure)
{
    const Transcript &t = transcript(QStringLiteral("test_psrp_with_jea_configuration.yml"));
    const auto p = pipelines(t);
    ASSERT_EQ(p.size(), 2);
    // Get-Item WSMan:\localhost\Service\AllowUnencrypted
    const InvocationResult first = p.at(0).second.result();
    EXPECT_TRUE(first.succeeded());
    ASSERT_EQ(first.output.size(), 1);
    EXPECT_EQ(first.output.first().property(QStringLiteral("Name")).toString(),
              QStringLiteral("AllowUnencrypted"));
    EXPECT_EQ(first.output.first().property(QStringLiteral("Value")).toString(),
              QStringLiteral("true"));
    EXPECT_TRUE(first.output.first().obj()->isA(QStringLiteral("WSManConfigLeafElement")));

    bool sawProviderError = false, sawScriptsNotAllowed = false;
    for (const auto &[pid, receiver] : p) {
        const InvocationResult r = receiver.result();
        for (const ErrorRecord &e : r.errors) {
            if (e.fullyQualifiedErrorId
                == QLatin1String("ProviderNotFound,Microsoft.PowerShell.Commands.GetItemCommand")) {
                sawProviderError = true;
                EXPECT_EQ(e.message,
                          QStringLiteral("Cannot find a provider with the name 'FileSystem'."));
                EXPECT_EQ(e.category, QStringLiteral("ObjectNotFound"));
                EXPECT_EQ(e.targetName, QStringLiteral("FileSystem"));
                EXPECT_EQ(e.activity, QStringLiteral("Get-Item"));
                EXPECT_EQ(e.commandName, QStringLiteral("Get-Item"));
                EXPECT_EQ(e.exceptionType,
                          QStringLiteral("System.Management.Automation.ProviderNotFoundException"));
            }
        }
        if (r.failure && r.failure->fullyQualifiedErrorId == QLatin1String("ScriptsNotAllowed")) {
            sawScriptsNotAllowed = true;
            EXPECT_EQ(r.state, PipelineState::Failed);
            EXPECT_EQ(r.failure->category, QStringLiteral("ParserError"));
            EXPECT_EQ(r.failure->reason, QStringLiteral("ParseException"));
            EXPECT_TRUE(r.failure->message.contains(QStringLiteral("no-language mode")));
            EXPECT_TRUE(r.failure->commandName.isEmpty());
        }
    }
    EXPECT_TRUE(sawProviderError);
    EXPECT_TRUE(sawScriptsNotAllowed);

    // the client's Get-Item request: one named parameter
    auto parsed = parseCreatePipeline(createPipeline(t));
    ASSERT_TRUE(parsed.ok());
    ASSERT_EQ(parsed->statements.size(), 1);
    ASSERT_EQ(parsed->statements.first().size(), 1);
    EXPECT_EQ(parsed->statements.first().first().name, QStringLiteral("Get-Item"));
    EXPECT_FALSE(parsed->statements.first().first().isScript);
    ASSERT_EQ(parsed->statements.first().first().parameters.size(), 1);
    EXPECT_EQ(parsed->statements.first().first().parameters.first().name, QStringLiteral("Path"));
    EXPECT_EQ(parsed->statements.first().first().parameters.first().value.toString(),
              QStringLiteral("WSMan:\\localhost\\Service\\AllowUnencrypted"));
}

TEST(PsrpRecorded, ProtocolVersion22ServerAndClientShape)
{
    const Transcript &t = transcript(QStringLiteral("test_psrp_run_protocol_version_2.2.yml"));
    EXPECT_EQ(openPool(t).protocolVersion(), QStringLiteral("2.2"));
    const QByteArray created = t.ofType(MessageType::CreatePipeline, true).first().message.data;
    EXPECT_TRUE(created.contains("N=\"MergeError\""));
    EXPECT_TRUE(created.contains("N=\"MergeDebug\""));
    EXPECT_FALSE(created.contains("MergeInformation"));
    const auto p = pipelines(t);
    ASSERT_EQ(p.size(), 1);
    const InvocationResult r = p.first().second.result();
    EXPECT_EQ(r.state, PipelineState::Completed);
    // the script ran with MergeMyResult=Error/MergeToResult=Output: its error record comes
    // as PIPELINE_OUTPUT
    EXPECT_TRUE(r.errors.isEmpty());
    ASSERT_EQ(r.output.size(), 4);
    ASSERT_TRUE(r.output.at(0).isObject());
    EXPECT_TRUE(r.output.at(0).obj()->isA(QStringLiteral("ErrorRecord")));
    const ErrorRecord merged = errorRecordFromValue(r.output.at(0));
    EXPECT_EQ(merged.message, QStringLiteral("error"));
    EXPECT_EQ(merged.fullyQualifiedErrorId,
              QStringLiteral("Microsoft.PowerShell.Commands.WriteErrorException"));
    EXPECT_EQ(r.output.at(1), PsValue::string(QStringLiteral("message 1")));
    EXPECT_EQ(r.output.at(2), PsValue::int32(2));
    EXPECT_EQ(r.output.at(3).toStringList(),
              (QStringList{QStringLiteral("3"), QStringLiteral("3")}));
    // input was sent with PIPELINE_INPUT and closed with END_OF_PIPELINE_INPUT
    EXPECT_FALSE(t.ofType(MessageType::PipelineInput, true).isEmpty());
    EXPECT_EQ(t.ofType(MessageType::EndOfPipelineInput, true).size(), 1);
    EXPECT_TRUE(t.ofType(MessageType::EndOfPipelineInput, true).first().message.data.isEmpty());
}

TEST(PsrpRecorded, ProtocolVersion23HasMergeInformation)
{
    const Transcript &t = transcript(QStringLiteral("test_psrp_run_protocol_version_2.3.yml"));
    EXPECT_EQ(openPool(t).protocolVersion(), QStringLiteral("2.3"));
    EXPECT_TRUE(t.ofType(MessageType::CreatePipeline, true)
                    .first()
                    .message.data.contains("N=\"MergeInformation\""));
}

TEST(PsrpRecorded, StreamsSeparateErrorsWarningsVerboseAndOutput)
{
    const auto p
        = pipelines(transcript(QStringLiteral("test_psrp_stream_no_output_invocation.yml")));
    ASSERT_FALSE(p.isEmpty());
    InvocationResult r;
    for (const auto &[pid, receiver] : p)
        if (!receiver.result().errors.isEmpty())
            r = receiver.result();
    EXPECT_EQ(r.state, PipelineState::Completed);
    EXPECT_EQ(outputsAsText(r), QStringList{QStringLiteral("output stream")});
    ASSERT_EQ(r.errors.size(), 1);
    EXPECT_EQ(r.errors.first().message, QStringLiteral("error stream"));
    EXPECT_EQ(r.warnings, QStringList{QStringLiteral("warning stream")});
    EXPECT_EQ(r.verbose, QStringList{QStringLiteral("verbose stream")});
}

TEST(PsrpRecorded, MultipleInvocationsReturnTwoEach)
{
    // one pipeline (same PID) invoked twice: two outputs, two Completed states
    const Transcript &t = transcript(QStringLiteral("test_psrp_multiple_invocations.yml"));
    const auto p = pipelines(t);
    ASSERT_EQ(p.size(), 1);
    const InvocationResult r = p.first().second.result();
    EXPECT_TRUE(r.succeeded());
    ASSERT_EQ(r.output.size(), 2);
    for (const PsValue &v : r.output)
        EXPECT_EQ(v, PsValue::int32(2));
    EXPECT_EQ(t.ofType(MessageType::PipelineState).size(), 2);
    EXPECT_EQ(t.ofType(MessageType::CreatePipeline, true).size(), 2);
}

TEST(PsrpRecorded, NoProfileOutputsSystemProfilePath)
{
    const auto p = pipelines(transcript(QStringLiteral("test_psrp_no_profile.yml")));
    ASSERT_EQ(p.size(), 1);
    EXPECT_EQ(outputsAsText(p.first().second.result()),
              QStringList{QStringLiteral("C:\\WINDOWS\\SYSTEM32\\CONFIG\\SYSTEMPROFILE")});
}

TEST(PsrpRecorded, LongRunningCmdletHasTwoStatementsInExtraCmds)
{
    const Transcript &t = transcript(QStringLiteral("test_psrp_long_running_cmdlet.yml"));
    auto parsed = parseCreatePipeline(createPipeline(t));
    ASSERT_TRUE(parsed.ok());
    ASSERT_EQ(parsed->statements.size(), 2);
    ASSERT_EQ(parsed->statements.at(0).size(), 1);
    ASSERT_EQ(parsed->statements.at(1).size(), 1);
    EXPECT_EQ(parsed->statements.at(0).first().name, QStringLiteral("Start-Sleep"));
    ASSERT_NE(parsed->statements.at(0).first().parameter(QStringLiteral("Seconds")), nullptr);
    EXPECT_EQ(parsed->statements.at(0).first().parameter(QStringLiteral("Seconds"))->value,
              PsValue::int32(10));
    EXPECT_EQ(parsed->statements.at(1).first().name, QStringLiteral("echo hi"));
    EXPECT_TRUE(parsed->statements.at(1).first().isScript);
    const auto p = pipelines(t);
    ASSERT_FALSE(p.isEmpty());
    EXPECT_EQ(outputsAsText(p.first().second.result()), QStringList{QStringLiteral("hi")});
}

TEST(PsrpRecorded, WithInputRoundTripsHashtableAndArray)
{
    const Transcript &t = transcript(QStringLiteral("test_psrp_with_input.yml"));
    const auto p = pipelines(t);
    ASSERT_EQ(p.size(), 1);
    const InvocationResult r = p.first().second.result();
    ASSERT_EQ(r.output.size(), 4);
    EXPECT_EQ(r.output.at(0), PsValue::string(QStringLiteral("1")));
    EXPECT_EQ(r.output.at(1), PsValue::int32(2));
    const PsObject *dict = r.output.at(2).obj();
    ASSERT_NE(dict, nullptr);
    EXPECT_EQ(dict->collection, PsObject::Collection::Dictionary);
    ASSERT_EQ(dict->entries.size(), 1);
    EXPECT_EQ(dict->entries.first().first.toString(), QStringLiteral("a"));
    EXPECT_EQ(dict->entries.first().second.toString(), QStringLiteral("b"));
    EXPECT_EQ(r.output.at(3).toStringList(),
              (QStringList{QStringLiteral("a"), QStringLiteral("b")}));
    auto parsed = parseCreatePipeline(createPipeline(t));
    ASSERT_TRUE(parsed.ok());
    EXPECT_FALSE(parsed->noInput);
}

TEST(PsrpRecorded, HistoryInfoObjectHasToString)
{
    const auto p = pipelines(transcript(QStringLiteral("test_psrp_with_history.yml")));
    ASSERT_EQ(p.size(), 2);
    EXPECT_EQ(outputsAsText(p.at(0).second.result()),
              (QStringList{QStringLiteral("1"), QStringLiteral("2")}));
    ASSERT_EQ(p.at(1).second.result().output.size(), 1);
    const PsValue h = p.at(1).second.result().output.first();
    EXPECT_TRUE(h.obj()->isA(QStringLiteral("HistoryInfo")));
    EXPECT_EQ(h.toString(), QStringLiteral("Write-Output 1; Write-Output 2"));
}

TEST(PsrpRecorded, SecureStringAndHostCalls)
{
    const Transcript &t = transcript(QStringLiteral("test_psrp_pshost_ui_mocked_methods.yml"));
    const auto p = pipelines(t);
    ASSERT_FALSE(p.isEmpty());
    bool sawSecure = false;
    int hostCalls = 0;
    for (const auto &[pid, receiver] : p) {
        hostCalls += receiver.hostCallCount();
        for (const PsValue &v : receiver.result().output)
            if (v.type() == PsValue::Type::SecureString) {
                sawSecure = true;
                EXPECT_EQ(v.scalar().toByteArray().size(), 64);
            }
    }
    EXPECT_TRUE(sawSecure);
    EXPECT_GT(hostCalls, 0);
    EXPECT_FALSE(t.ofType(MessageType::PipelineHostResponse, true).isEmpty());
}

TEST(PsrpRecorded, GetCommandMetadataOutputsCmdletInfo)
{
    const Transcript &t = transcript(QStringLiteral("test_psrp_get_command_metadata.yml"));
    EXPECT_FALSE(t.ofType(MessageType::GetCommandMetadata, true).isEmpty());
    int cmdlets = 0;
    for (const auto &[pid, receiver] : pipelines(t))
        for (const PsValue &v : receiver.result().output)
            if (v.isObject() && v.obj()->isA(QStringLiteral("CmdletInfo")))
                ++cmdlets;
    EXPECT_GT(cmdlets, 0);
}

// Our GET_COMMAND_METADATA is the recorded client's, value for value, and the recorded
// server's answer reads as the command list (count first, then one CmdletInfo each).
TEST(PsrpRecorded, GetCommandMetadataBuilderAndParserMatchTheRecording)
{
    const Transcript &t = transcript(QStringLiteral("test_psrp_get_command_metadata.yml"));
    const auto requests = t.ofType(MessageType::GetCommandMetadata, true);
    ASSERT_EQ(requests.size(), 3); // new-pssession* (all types), new-* (functions), Get-* (WSMan)
    auto ours = clixml::parse(buildGetCommandMetadata({QStringLiteral("new-pssession*")}));
    ASSERT_TRUE(ours.ok()) << ours.error().toLogString().toStdString();
    EXPECT_EQ(*ours, requests.first().value);
    EXPECT_NE(*ours, clixml::parse(buildGetCommandMetadata({QStringLiteral("get-*")})).value());

    int lists = 0;
    QStringList names, types;
    for (const auto &[pid, receiver] : pipelines(t)) {
        const InvocationResult &result = receiver.result();
        if (result.output.isEmpty() || !result.output.first().obj()
            || !result.output.first().obj()->isA(QStringLiteral("GenericMeasureInfo")))
            continue;
        auto commands = parseCommandMetadata(result);
        ASSERT_TRUE(commands.ok()) << commands.error().toLogString().toStdString();
        ASSERT_FALSE(commands->isEmpty());
        for (const CommandInfo &c : *commands) {
            EXPECT_FALSE(c.name.isEmpty());
            EXPECT_FALSE(c.commandType.isEmpty()) << c.name.toStdString();
            names << c.name;
            types << c.commandType;
            if (c.name == QLatin1String("New-PSSession")) {
                EXPECT_EQ(c.commandType, QStringLiteral("Cmdlet"));
                EXPECT_TRUE(c.parameters.contains(QStringLiteral("ComputerName")));
            }
        }
        // A count that does not match the objects that follow is refused.
        InvocationResult cut = result;
        cut.output.removeLast();
        EXPECT_FALSE(parseCommandMetadata(cut).ok());
        ++lists;
    }
    EXPECT_EQ(lists, 3);
    EXPECT_TRUE(names.contains(QStringLiteral("New-PSSession")));
    EXPECT_TRUE(types.contains(QStringLiteral("Cmdlet")));
    EXPECT_TRUE(types.contains(QStringLiteral("Function")));
}

TEST(PsrpRecorded, DisconnectedCommandsOutputAB)
{
    const auto p = pipelines(transcript(QStringLiteral("test_psrp_disconnected_commands.yml")));
    QStringList all;
    for (const auto &[pid, receiver] : p)
        all += outputsAsText(receiver.result());
    EXPECT_EQ(all, (QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("a"),
                                QStringLiteral("b")}));
}

TEST(PsrpRecorded, GuidsInHeaderMatchTheShellId)
{
    // pypsrp (the recording client) wrote the ShellId's RFC 4122 bytes as the RPID; read in
    // .NET order that is 30797704-4713-2b42-...; the server echoes the same bytes back.
    const Transcript &t = transcript(QStringLiteral("test_psrp_error_failed.yml"));
    const auto caps = t.ofType(MessageType::SessionCapability, true);
    ASSERT_FALSE(caps.isEmpty());
    const QUuid shellId(QStringLiteral("04777930-1347-422B-AA4D-33BDC2570979"));
    EXPECT_EQ(guidToBytes(caps.first().message.rpid), shellId.toRfc4122());
    EXPECT_EQ(caps.first().message.rpid,
              QUuid(QStringLiteral("30797704-4713-2b42-aa4d-33bdc2570979")));
    const auto states = t.ofType(MessageType::RunspacePoolState);
    ASSERT_FALSE(states.isEmpty());
    EXPECT_EQ(states.first().message.rpid, caps.first().message.rpid);
    // the server's SESSION_CAPABILITY has a zero RPID
    const auto serverCaps = t.ofType(MessageType::SessionCapability, false);
    ASSERT_FALSE(serverCaps.isEmpty());
    EXPECT_TRUE(serverCaps.first().message.rpid.isNull());
}

// ---------------------------------------------------------------- re-fragmenting real data

TEST(PsrpRecorded, ServerStreamsSurviveOneByteFeeds)
{
    for (const QString &file : {QStringLiteral("test_psrp_get_command_metadata.yml"),
                                QStringLiteral("test_psrp_with_jea_configuration.yml")}) {
        const Transcript &t = transcript(file);
        int expected = 0;
        for (const DecodedMessage &d : t.messages)
            expected += d.fromClient ? 0 : 1;
        Defragmenter defrag;
        int got = 0;
        for (const QByteArray &chunk : t.serverChunks)
            for (char c : chunk) {
                auto m = defrag.feed(QByteArray(1, c));
                ASSERT_TRUE(m.ok());
                got += m->size();
            }
        EXPECT_EQ(got, expected) << qPrintable(file);
        EXPECT_FALSE(defrag.hasIncomplete());
    }
}

TEST(PsrpRecorded, RefragmentedMessagesAcrossElementsDecodeTheSame)
{
    const Transcript &t = transcript(QStringLiteral("test_psrp_get_command_metadata.yml"));
    Fragmenter fragmenter(300);
    QByteArray all;
    QList<Message> original;
    for (const DecodedMessage &d : t.messages) {
        if (d.fromClient)
            continue;
        original.append(d.message);
        for (const QByteArray &f : fragmenter.fragment(encodeMessage(d.message)))
            all += f;
    }
    // cut the stream at odd places (as if spread over several Stream elements / responses)
    Defragmenter defrag;
    QList<Message> got;
    for (qsizetype pos = 0; pos < all.size(); pos += 777) {
        auto m = defrag.feed(all.mid(pos, 777));
        ASSERT_TRUE(m.ok()) << qPrintable(m.error().toLogString());
        got += *m;
    }
    ASSERT_EQ(got.size(), original.size());
    for (int i = 0; i < got.size(); ++i) {
        EXPECT_EQ(got.at(i).type, original.at(i).type);
        EXPECT_EQ(got.at(i).pid, original.at(i).pid);
        EXPECT_EQ(got.at(i).data, original.at(i).data);
    }
}
