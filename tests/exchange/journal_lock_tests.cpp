// JournalLock: the lock a run holds on its change journal (issue 12: concurrent apply + undo).

#include "ChangeJournal.h"
#include "JournalLock.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace exchange;

namespace {

// Journals go to a temporary XDG data folder for the test's duration.
class JournalLockTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_testMode = QStandardPaths::isTestModeEnabled();
#ifdef Q_OS_WIN
        // Windows has no XDG folders: the test-mode data folder, emptied first.
        QStandardPaths::setTestModeEnabled(true);
        ASSERT_TRUE(QDir(ChangeJournal::directory()).removeRecursively());
#else
        QStandardPaths::setTestModeEnabled(false);
        m_oldDataHome = qgetenv("XDG_DATA_HOME");
        qputenv("XDG_DATA_HOME", m_dir.path().toLocal8Bit());
        ASSERT_TRUE(ChangeJournal::directory().startsWith(m_dir.path()))
            << ChangeJournal::directory().toStdString();
#endif
    }
    void TearDown() override
    {
#ifndef Q_OS_WIN
        qputenv("XDG_DATA_HOME", m_oldDataHome);
#endif
        QStandardPaths::setTestModeEnabled(m_testMode);
    }

    QTemporaryDir m_dir;
    QByteArray m_oldDataHome;
    bool m_testMode = false;
};

TEST_F(JournalLockTest, RunsStartedInTheSameMillisecondGetTheirOwnJournal)
{
    const QDateTime when(QDate(2026, 11, 30), QTime(8, 0, 0, 123), Qt::UTC);
    QString error;
    const auto first = JournalLock::createNew(QStringLiteral("ex01"), &error, when);
    ASSERT_TRUE(first) << error.toStdString();
    const auto second = JournalLock::createNew(QStringLiteral("ex01"), &error, when);
    ASSERT_TRUE(second) << error.toStdString();
    EXPECT_EQ(first->journalPath(), ChangeJournal::newPath(QStringLiteral("ex01"), when));
    EXPECT_NE(second->journalPath(), first->journalPath());
    EXPECT_TRUE(second->journalPath().endsWith(QStringLiteral("-ex01-2.json")))
        << second->journalPath().toStdString();
    EXPECT_TRUE(QFileInfo::exists(first->journalPath() + QStringLiteral(".lock")));
    // The lock files are not journals: the latest journal is still found by its name.
    EXPECT_TRUE(ChangeJournal::latestPath().isEmpty());
}

TEST_F(JournalLockTest, AJournalInUseCannotBeLockedUntilItsRunEnds)
{
    QString error;
    auto running = JournalLock::createNew(QStringLiteral("ex01"), &error);
    ASSERT_TRUE(running) << error.toStdString();
    const QString path = running->journalPath();

    QString holder;
    EXPECT_FALSE(JournalLock::acquire(path, &holder));
    EXPECT_TRUE(holder.contains(QString::number(QCoreApplication::applicationPid())))
        << holder.toStdString();

    running.reset(); // the run ends
    EXPECT_FALSE(QFileInfo::exists(path + QStringLiteral(".lock")));
    auto undo = JournalLock::acquire(path, &holder);
    ASSERT_TRUE(undo);
    EXPECT_EQ(undo->journalPath(), path);
    // While the undo holds it, a second undo of the same journal is refused.
    EXPECT_FALSE(JournalLock::acquire(path, &holder));
}

} // namespace
