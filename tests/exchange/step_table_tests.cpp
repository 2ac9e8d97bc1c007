// The step table: the one home of each step kind's apply, read-back and undo commands.
#include "ChangeJournal.h"
#include "ScriptRenderer.h"
#include "StepTable.h"

#include <QJsonArray>

#include <gtest/gtest.h>

using namespace exchange;
using remoting::Command;

namespace {

const QList<StepKind> kKinds{StepKind::NdrMailbox, StepKind::JournalRule, StepKind::RemoteDomain,
                             StepKind::SendConnector};

QStringList rendered(const QList<Command> &commands)
{
    QStringList out;
    for (const Command &c : commands)
        out << ScriptRenderer::command(c);
    return out;
}

} // namespace

TEST(StepTable, NamesRoundTripAndReadBacks)
{
    for (StepKind k : kKinds) {
        bool ok = false;
        EXPECT_EQ(StepTable::fromName(StepTable::name(k), &ok), k);
        EXPECT_TRUE(ok);
        EXPECT_FALSE(StepTable::readBackType(k).isEmpty());
    }
    bool ok = true;
    StepTable::fromName(QStringLiteral("mailboxDatabase"), &ok);
    EXPECT_FALSE(ok);
    EXPECT_EQ(
        ScriptRenderer::command(StepTable::readBack(StepKind::NdrMailbox, QStringLiteral("x"))),
        QStringLiteral("Get-TransportConfig"));
    EXPECT_EQ(
        ScriptRenderer::command(StepTable::readBack(StepKind::JournalRule, QStringLiteral("R"))),
        QStringLiteral("Get-JournalRule -Identity 'R'"));
}

// Every operation the planner can choose has an undo; nothing else does.
TEST(StepTable, EveryAppliedOperationHasAnUndo)
{
    const QList<std::pair<StepKind, ChangeOperation>> made
        = {{StepKind::NdrMailbox, ChangeOperation::SetNdr},
           {StepKind::JournalRule, ChangeOperation::Create},
           {StepKind::JournalRule, ChangeOperation::Enable},
           {StepKind::RemoteDomain, ChangeOperation::Create},
           {StepKind::RemoteDomain, ChangeOperation::Update},
           {StepKind::SendConnector, ChangeOperation::Create}};
    const QJsonObject desired{{QStringLiteral("Name"), QStringLiteral("N")},
                              {QStringLiteral("JournalingReportNdrTo"), QStringLiteral("a@b.c")},
                              {QStringLiteral("JournalEmailAddress"), QStringLiteral("j@x.y")},
                              {QStringLiteral("Scope"), QStringLiteral("Internal")},
                              {QStringLiteral("DomainName"), QStringLiteral("x.y")},
                              {QStringLiteral("AllowedOOFType"), QStringLiteral("None")},
                              {QStringLiteral("TNEFEnabled"), false},
                              {QStringLiteral("AddressSpaces"), QJsonArray{"SMTP:x.y;1"}},
                              {QStringLiteral("SmartHosts"), QJsonArray{"smtp.x.y"}},
                              {QStringLiteral("SourceTransportServers"), QJsonArray{"EX01"}}};
    for (StepKind k : kKinds) {
        for (ChangeOperation op :
             {ChangeOperation::SetNdr, ChangeOperation::Create, ChangeOperation::Enable,
              ChangeOperation::Update, ChangeOperation::None}) {
            bool isMade = false;
            for (const auto &m : made)
                isMade |= m.first == k && m.second == op;
            const QList<Command> apply
                = StepTable::applyCommands(k, op, QStringLiteral("N"), desired);
            const UndoAction undo = StepTable::undo(k, op, QStringLiteral("N"), {});
            EXPECT_EQ(!apply.isEmpty(), isMade) << StepTable::name(k).toStdString() << int(op);
            EXPECT_EQ(!undo.commands.isEmpty(), isMade)
                << StepTable::name(k).toStdString() << int(op);
            if (isMade) {
                EXPECT_FALSE(undo.message.isEmpty());
                EXPECT_TRUE(undo.expectAbsent || !undo.expected.isEmpty());
                EXPECT_FALSE(ChangeJournal::operationName(op).isEmpty());
            }
        }
    }
}

// Undo addresses the object it checked (its Guid) when it knows it; messages keep the name.
TEST(StepTable, UndoAddressesTheMatchedObjectByGuid)
{
    const QString guid = QStringLiteral("3f2504e0-4f89-11d3-9a0c-0305e82c3301");
    UndoAction u = StepTable::undo(StepKind::SendConnector, ChangeOperation::Create,
                                   QStringLiteral("SecureStore Archive Smarthost"), {}, guid);
    EXPECT_EQ(rendered(u.commands),
              QStringList{
                  QStringLiteral("Remove-SendConnector -Identity '%1' -Confirm:$false").arg(guid)});
    EXPECT_TRUE(u.message.contains(QStringLiteral("SecureStore Archive Smarthost")));
    EXPECT_TRUE(u.expectAbsent);

    u = StepTable::undo(StepKind::RemoteDomain, ChangeOperation::Update, QStringLiteral("Archive"),
                        {{QStringLiteral("AllowedOOFType"), QStringLiteral("External")},
                         {QStringLiteral("TNEFEnabled"), QString()}});
    EXPECT_EQ(rendered(u.commands),
              QStringList{QStringLiteral("Set-RemoteDomain -Identity 'Archive' -AllowedOOFType "
                                         "'External' -TNEFEnabled $null")});
    ASSERT_EQ(u.expected.size(), 2);
    EXPECT_EQ(u.expected.at(1).value, QString()); // TNEF back to "follow user settings"

    u = StepTable::undo(StepKind::NdrMailbox, ChangeOperation::SetNdr, QStringLiteral("x"),
                        {{QStringLiteral("JournalingReportNdrTo"), QStringLiteral("<>")}});
    EXPECT_EQ(rendered(u.commands),
              QStringList{QStringLiteral("Set-TransportConfig -JournalingReportNdrTo '<>'")});
}
