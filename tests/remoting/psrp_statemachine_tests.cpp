#include "psrp/Psrp.h"
#include "psrp/ServerMessages.h"

#include <gtest/gtest.h>

using namespace remoting;
using namespace remoting::psrp;
using namespace fake::psrp;

namespace {
Message msg(MessageType type, const QByteArray &data, QUuid pid = {})
{
    return {Destination::Client, type,
            QUuid(QStringLiteral("11111111-2222-3333-4444-555555555555")), pid, data};
}
} // namespace

TEST(RunspacePoolOpening, OpensOnlyAtStateTwo)
{
    RunspacePoolOpening pool;
    EXPECT_FALSE(pool.isOpened());
    pool.handle(msg(MessageType::SessionCapability,
                    buildServerSessionCapability(QStringLiteral("2.1"), QStringLiteral("2.0"))));
    EXPECT_FALSE(pool.isOpened());
    EXPECT_EQ(pool.protocolVersion(), QStringLiteral("2.1"));
    pool.handle(msg(MessageType::RunspacePoolState,
                    "<Obj RefId=\"0\"><MS><I32 N=\"RunspaceState\">1</I32></MS></Obj>"));
    EXPECT_FALSE(pool.isOpened());
    EXPECT_FALSE(pool.isBroken());
    pool.handle(
        msg(MessageType::RunspacePoolState,
            "\xEF\xBB\xBF<Obj RefId=\"0\"><MS><I32 N=\"RunspaceState\">2</I32></MS></Obj>"));
    EXPECT_TRUE(pool.isOpened());
    EXPECT_TRUE(pool.buildVersion().isEmpty()); // no APPLICATION_PRIVATE_DATA was sent
}

TEST(RunspacePoolOpening, BrokenWithoutRecordAndGarbage)
{
    RunspacePoolOpening broken;
    broken.handle(
        msg(MessageType::RunspacePoolState, buildRunspacePoolState(RunspacePoolOpening::Broken)));
    EXPECT_TRUE(broken.isBroken());
    EXPECT_EQ(broken.error()->kind, Error::Kind::Remote);

    RunspacePoolOpening garbage;
    garbage.handle(msg(MessageType::SessionCapability, "<Obj><MS>"));
    EXPECT_TRUE(garbage.isBroken());
    EXPECT_EQ(garbage.error()->kind, Error::Kind::Protocol);

    RunspacePoolOpening noState;
    noState.handle(msg(MessageType::RunspacePoolState, "<Obj RefId=\"0\"><MS></MS></Obj>"));
    EXPECT_TRUE(noState.isBroken());
    // later messages do not un-break it
    noState.handle(msg(MessageType::RunspacePoolState, buildRunspacePoolState(2)));
    EXPECT_FALSE(noState.isOpened());
}

TEST(PipelineReceiver, CompletedAndStopped)
{
    const QUuid pid = QUuid::createUuid();
    PipelineReceiver ok;
    EXPECT_TRUE(ok.handle(msg(MessageType::PipelineOutput, "<I32>7</I32>", pid)).ok());
    EXPECT_TRUE(
        ok.handle(msg(MessageType::ProgressRecord, "<Obj RefId=\"0\"><MS/></Obj>", pid)).ok());
    EXPECT_TRUE(
        ok.handle(msg(MessageType::PipelineState, buildPipelineState(PipelineState::Running), pid))
            .ok());
    EXPECT_FALSE(ok.isDone());
    EXPECT_TRUE(ok.handle(msg(MessageType::PipelineState,
                              buildPipelineState(PipelineState::Completed), pid))
                    .ok());
    EXPECT_TRUE(ok.isDone());
    EXPECT_TRUE(ok.result().succeeded());
    EXPECT_EQ(ok.result().output.first().toInteger(), 7);

    PipelineReceiver stopped;
    ErrorRecord e;
    e.message = QStringLiteral("The pipeline has been stopped.");
    e.fullyQualifiedErrorId = QStringLiteral("PipelineStopped");
    EXPECT_TRUE(stopped
                    .handle(msg(MessageType::PipelineState,
                                buildPipelineState(PipelineState::Stopped, e), pid))
                    .ok());
    EXPECT_TRUE(stopped.isDone());
    EXPECT_EQ(stopped.result().state, PipelineState::Stopped);
    ASSERT_TRUE(stopped.result().failure.has_value());
    EXPECT_EQ(stopped.result().failure->fullyQualifiedErrorId, QStringLiteral("PipelineStopped"));
    EXPECT_FALSE(stopped.result().succeeded());
}

TEST(PipelineReceiver, BadDataIsAnErrorAndIgnored)
{
    PipelineReceiver r;
    EXPECT_FALSE(r.handle(msg(MessageType::PipelineOutput, "<I32>x</I32>")).ok());
    EXPECT_FALSE(r.handle(msg(MessageType::PipelineState, "<Obj RefId=\"0\"><MS/></Obj>")).ok());
    EXPECT_FALSE(r.handle(msg(MessageType::PipelineState,
                              "<Obj RefId=\"0\"><MS><I32 N=\"PipelineState\">42</I32></MS></Obj>"))
                     .ok());
    EXPECT_FALSE(r.isDone());
    EXPECT_TRUE(r.result().output.isEmpty());
    EXPECT_TRUE(r.handle(msg(MessageType::PipelineHostCall, "<Obj RefId=\"0\"/>")).ok());
    EXPECT_EQ(r.hostCallCount(), 1);
}
