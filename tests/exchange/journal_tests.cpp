// Change journal JSON round trip and file handling.
#include "ChangeJournal.h"
#include "RunLog.h"
#include "StepTable.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace exchange;

TEST(ChangeJournal, JsonRoundTrip)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    ChangeJournal j;
    j.setServer(QStringLiteral("ex01.contoso.com"));
    j.setOrganisation({QStringLiteral("CN=Contoso,CN=Microsoft Exchange,CN=Services,"
                                      "CN=Configuration,DC=contoso,DC=com"),
                       QStringLiteral("0b6e8a8e-1111-4222-8333-444455556666")});
    j.setPath(dir.filePath(QStringLiteral("j.json")));
    JournalEntry e;
    e.server = QStringLiteral("ex01.contoso.com");
    e.step = StepKind::RemoteDomain;
    e.operation = ChangeOperation::Update;
    e.expected = {{QStringLiteral("AllowedOOFType"), QStringLiteral("None"), ValueKind::Name},
                  {QStringLiteral("TNEFEnabled"), QStringLiteral("False"), ValueKind::Bool}};
    e.observed = {{QStringLiteral("Guid"), QStringLiteral("6f1d2c3b-0000-4000-8000-000000000001")},
                  {QStringLiteral("AllowedOOFType"), QStringLiteral("None")}};
    e.identity = QStringLiteral("Archive 'x' für");
    e.previous = {{QStringLiteral("AllowedOOFType"), QStringLiteral("External")},
                  {QStringLiteral("TNEFEnabled"), QString()}};
    e.desired = {{QStringLiteral("AllowedOOFType"), QStringLiteral("None")},
                 {QStringLiteral("TNEFEnabled"), false}};
    e.time = QDateTime(QDate(2024, 5, 1), QTime(12, 30, 1, 250), Qt::UTC);
    ASSERT_TRUE(j.append(e).ok());
    JournalEntry e2 = e;
    e2.step = StepKind::NdrMailbox;
    e2.operation = ChangeOperation::SetNdr;
    e2.observed = {};
    ASSERT_TRUE(j.append(e2).ok());
    ASSERT_TRUE(j.setStatus(0, JournalStatus::Verified).ok());

    auto loaded = ChangeJournal::load(j.path());
    ASSERT_TRUE(loaded.ok()) << loaded.error().message.toStdString();
    EXPECT_EQ(loaded->server(), QStringLiteral("ex01.contoso.com"));
    EXPECT_TRUE(loaded->organisation().sameAs(j.organisation()));
    EXPECT_EQ(loaded->organisation().display(),
              QStringLiteral("Contoso {0b6e8a8e-1111-4222-8333-444455556666}"));
    ASSERT_EQ(loaded->entries().size(), 2);
    const JournalEntry &r = loaded->entries().first();
    EXPECT_EQ(r.step, StepKind::RemoteDomain);
    EXPECT_EQ(r.operation, ChangeOperation::Update);
    ASSERT_EQ(r.expected.size(), 2);
    EXPECT_EQ(r.expected.at(1).property, QStringLiteral("TNEFEnabled"));
    EXPECT_EQ(r.expected.at(1).kind, ValueKind::Bool);
    EXPECT_EQ(r.observed, e.observed);
    EXPECT_EQ(r.identity, e.identity);
    EXPECT_EQ(r.previous, e.previous);
    EXPECT_EQ(r.desired, e.desired);
    EXPECT_EQ(r.time, e.time);
    EXPECT_EQ(r.status, JournalStatus::Verified);
    EXPECT_EQ(loaded->entries().at(1).step, StepKind::NdrMailbox);
    EXPECT_EQ(loaded->entries().at(1).status, JournalStatus::Pending);
    EXPECT_EQ(loaded->toJson(), j.toJson());
    // Operations and statuses are text only in the file, written by the journal alone.
    const QJsonObject first
        = j.toJson().value(QLatin1String("entries")).toArray().first().toObject();
    EXPECT_EQ(first.value(QLatin1String("operation")).toString(), QStringLiteral("update"));
    EXPECT_EQ(first.value(QLatin1String("status")).toString(), QStringLiteral("verified"));
}

TEST(ChangeJournal, UnknownOperationIsKeptAndUnknownStatusIsNeverConfirmed)
{
    QJsonObject entry{{QStringLiteral("step"), QStringLiteral("connector")},
                      {QStringLiteral("operation"), QStringLiteral("retarget")},
                      {QStringLiteral("identity"), QStringLiteral("C")},
                      {QStringLiteral("status"), QStringLiteral("half-done")}};
    const JournalEntry e = JournalEntry::fromJson(entry);
    EXPECT_EQ(e.step, StepKind::SendConnector);
    EXPECT_EQ(e.operation, ChangeOperation::None);
    EXPECT_EQ(e.operationName, QStringLiteral("retarget"));
    EXPECT_EQ(e.status, JournalStatus::Pending); // checked against the live state by undo
    EXPECT_EQ(e.toJson().value(QLatin1String("operation")).toString(), QStringLiteral("retarget"));
}

// Found by fuzz_journal's invariant: an entry whose step this version does not know was read
// as the NDR step, so `"step": "transportRule", "operation": "set-ndr"` would have made undo
// reset the organisation's NDR mailbox. It is kept as written and never undone automatically.
TEST(ChangeJournal, UnknownStepIsKeptAndNeverUndoneAsAnotherStep)
{
    for (const QString &step :
         {QStringLiteral("transportRule"), QString(), QStringLiteral("NDR")}) {
        QJsonObject entry{
            {QStringLiteral("operation"), QStringLiteral("set-ndr")},
            {QStringLiteral("identity"), QStringLiteral("x")},
            {QStringLiteral("previous"), QJsonObject{{QStringLiteral("JournalingReportNdrTo"),
                                                      QStringLiteral("old@contoso.com")}}},
            {QStringLiteral("status"), QStringLiteral("verified")}};
        if (!step.isNull())
            entry.insert(QStringLiteral("step"), step);
        const JournalEntry e = JournalEntry::fromJson(entry);
        EXPECT_FALSE(e.stepKnown) << step.toStdString();
        EXPECT_EQ(e.operation, ChangeOperation::None) << step.toStdString();
        EXPECT_TRUE(StepTable::undo(e.step, e.operation, e.identity, e.previous).commands.isEmpty())
            << step.toStdString();
        const QJsonObject again = e.toJson();
        EXPECT_EQ(again.value(QLatin1String("step")).toString(), step);
        EXPECT_EQ(again.value(QLatin1String("operation")).toString(), QStringLiteral("set-ndr"));
        // Saved and read again (undo rewrites the journal), it is still not an NDR entry.
        EXPECT_FALSE(JournalEntry::fromJson(again).stepKnown) << step.toStdString();
    }
    const JournalEntry known = JournalEntry::fromJson(
        QJsonObject{{QStringLiteral("step"), QStringLiteral("ndr")},
                    {QStringLiteral("operation"), QStringLiteral("set-ndr")}});
    EXPECT_TRUE(known.stepKnown);
    EXPECT_EQ(known.operation, ChangeOperation::SetNdr);
}

TEST(ChangeJournal, ParseReadsWhatLoadReadsAndRefusesOtherText)
{
    auto parsed = ChangeJournal::parse(
        "{\"format\": \"securestore-change-journal\", \"server\": \"ex01\", \"entries\": "
        "[{\"step\": \"rule\", \"operation\": \"create\", \"identity\": \"R\"}]}",
        QStringLiteral("/tmp/j.json"));
    ASSERT_TRUE(parsed.ok()) << parsed.error().message.toStdString();
    EXPECT_EQ(parsed->path(), QStringLiteral("/tmp/j.json"));
    EXPECT_EQ(parsed->server(), QStringLiteral("ex01"));
    ASSERT_EQ(parsed->entries().size(), 1);
    EXPECT_EQ(parsed->entries().first().step, StepKind::JournalRule);
    for (const char *bad : {"", "[]", "{\"format\": \"other\"}", "{\"format\": "}) {
        auto refused = ChangeJournal::parse(bad, QStringLiteral("j.json"));
        ASSERT_FALSE(refused.ok()) << bad;
        EXPECT_EQ(refused.error().kind, remoting::Error::Kind::Usage);
        EXPECT_TRUE(refused.error().message.contains(QStringLiteral("j.json"))) << bad;
    }
}

TEST(ChangeJournal, RejectsOtherFiles)
{
    QTemporaryDir dir;
    QFile f(dir.filePath(QStringLiteral("x.json")));
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write("{\"entries\": []}");
    f.close();
    EXPECT_FALSE(ChangeJournal::load(f.fileName()).ok());
    EXPECT_FALSE(ChangeJournal::load(dir.filePath(QStringLiteral("missing.json"))).ok());
}

TEST(ChangeJournal, PathsAreTimestampedPerServerAndLatestIsFound)
{
    QStandardPaths::setTestModeEnabled(true);
    const QString a = ChangeJournal::newPath(QStringLiteral("ex01.contoso.com"),
                                             QDateTime(QDate(2024, 1, 2), QTime(3, 4, 5), Qt::UTC));
    EXPECT_TRUE(a.endsWith(QStringLiteral("/journals/20240102-030405-000-ex01.contoso.com.json")))
        << a.toStdString();
    EXPECT_TRUE(ChangeJournal::newPath(QStringLiteral("../../etc/passwd"))
                    .contains(QStringLiteral("/journals/")));
    EXPECT_FALSE(ChangeJournal::newPath(QStringLiteral("../../etc/passwd"))
                     .contains(QStringLiteral("/../")));
}

// Held writes: the changes of one answer stay in memory and are saved in one write.
TEST(ChangeJournal, HeldChangesAreWrittenOnceWhenReleased)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    ChangeJournal j;
    j.setPath(dir.filePath(QStringLiteral("j.json")));
    JournalEntry e;
    e.step = StepKind::JournalRule;
    e.operation = ChangeOperation::Create;
    e.identity = QStringLiteral("Journaling to SecureStore Archive");

    j.holdWrites();
    ASSERT_TRUE(j.append(e).ok());
    ASSERT_TRUE(j.append(e).ok());
    ASSERT_TRUE(j.setStatus(1, JournalStatus::Verified).ok());
    EXPECT_FALSE(QFile::exists(j.path())) << "written while held";
    ASSERT_TRUE(j.writeHeld().ok());
    auto saved = ChangeJournal::load(j.path());
    ASSERT_TRUE(saved.ok());
    ASSERT_EQ(saved->entries().size(), 2);
    EXPECT_EQ(saved->entries().at(1).status, JournalStatus::Verified);

    // Nothing changed while held: no write (the file removed here is not made again).
    ASSERT_TRUE(QFile::remove(j.path()));
    j.holdWrites();
    ASSERT_TRUE(j.writeHeld().ok());
    EXPECT_FALSE(QFile::exists(j.path()));

    // Not held: every change is saved at once, as before.
    ASSERT_TRUE(j.setStatus(0, JournalStatus::Failed).ok());
    saved = ChangeJournal::load(j.path());
    ASSERT_TRUE(saved.ok());
    EXPECT_EQ(saved->entries().at(0).status, JournalStatus::Failed);

    // A write that fails is reported by writeHeld (a folder stands where the file goes).
    ASSERT_TRUE(QFile::remove(j.path()));
    ASSERT_TRUE(QDir(dir.path()).mkdir(QStringLiteral("j.json")));
    j.holdWrites();
    ASSERT_TRUE(j.setStatus(0, JournalStatus::Verified).ok());
    const remoting::Status written = j.writeHeld();
    ASSERT_FALSE(written.ok());
    EXPECT_TRUE(written.error().message.contains(QStringLiteral("Cannot write the change journal")))
        << written.error().message.toStdString();
}

#ifdef Q_OS_UNIX
// Journals and logs hold server names, settings and commands: owner-only, whatever the umask.
TEST(ChangeJournal, JournalAndLogAreReadableByTheUserOnly)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QFileDevice::Permissions group
        = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup;
    const QFileDevice::Permissions other
        = QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;

    ChangeJournal j;
    j.setPath(dir.filePath(QStringLiteral("app/journals/j.json")));
    ASSERT_TRUE(j.save().ok());
    for (const QString &folder : {QStringLiteral("app"), QStringLiteral("app/journals")}) {
        const QFileDevice::Permissions p = QFile::permissions(dir.filePath(folder));
        EXPECT_TRUE(p & QFileDevice::ExeOwner) << folder.toStdString();
        EXPECT_FALSE(p & (group | other)) << folder.toStdString() << " is " << std::hex << int(p);
    }
    const QFileDevice::Permissions journal = QFile::permissions(j.path());
    EXPECT_TRUE(journal & QFileDevice::ReadOwner);
    EXPECT_FALSE(journal & (group | other)) << std::hex << int(journal);
    ASSERT_TRUE(j.save().ok()); // rewritten atomically: still owner-only
    EXPECT_FALSE(QFile::permissions(j.path()) & (group | other));

    RunLog log;
    ASSERT_TRUE(log.open(dir.filePath(QStringLiteral("app/logs/run.log"))));
    log.write(QStringLiteral("line"));
    EXPECT_FALSE(QFile::permissions(dir.filePath(QStringLiteral("app/logs"))) & (group | other));
    EXPECT_FALSE(QFile::permissions(log.path()) & (group | other));
}
#endif
