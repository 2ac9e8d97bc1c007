#include "JournalLock.h"

#include "ChangeJournal.h"
#include "PrivateFiles.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QLockFile>

namespace exchange {

namespace {

std::unique_ptr<QLockFile> lockFor(const QString &journalPath)
{
    auto lock = std::make_unique<QLockFile>(journalPath + QStringLiteral(".lock"));
    // A run may change Exchange for longer than any fixed time: only a lock whose process is
    // gone is stale.
    lock->setStaleLockTime(0);
    return lock;
}

QString describeHolder(const QLockFile &lock)
{
    qint64 pid = 0;
    QString hostname;
    QString appname;
    if (!lock.getLockInfo(&pid, &hostname, &appname))
        return QCoreApplication::translate("exchange::JournalLock", "another process");
    return QCoreApplication::translate("exchange::JournalLock", "process %1 (%2) on %3")
        .arg(pid)
        .arg(appname.isEmpty() ? QStringLiteral("?") : appname,
             hostname.isEmpty() ? QStringLiteral("?") : hostname);
}

} // namespace

JournalLock::JournalLock(QString journalPath, std::unique_ptr<QLockFile> lock)
    : m_journalPath(std::move(journalPath))
    , m_lock(std::move(lock))
{}

JournalLock::JournalLock(JournalLock &&) noexcept = default;
JournalLock &JournalLock::operator=(JournalLock &&) noexcept = default;
JournalLock::~JournalLock() = default; // QLockFile's destructor unlocks

std::unique_ptr<JournalLock> JournalLock::createNew(const QString &server, QString *error,
                                                    const QDateTime &when)
{
    const QString first = ChangeJournal::newPath(server, when);
    if (!PrivateFiles::makeDirectory(QFileInfo(first).absolutePath())) {
        if (error)
            *error = QCoreApplication::translate("exchange::JournalLock",
                                                 "cannot create the folder %1")
                         .arg(QFileInfo(first).absolutePath());
        return nullptr;
    }
    QString path = first;
    for (int attempt = 2; attempt <= 100; ++attempt) {
        auto lock = lockFor(path);
        if (lock->tryLock(0) && !QFileInfo::exists(path))
            return std::unique_ptr<JournalLock>(new JournalLock(path, std::move(lock)));
        if (lock->error() == QLockFile::PermissionError
            || lock->error() == QLockFile::UnknownError) {
            if (error)
                *error = QCoreApplication::translate("exchange::JournalLock",
                                                     "cannot create a lock file next to %1")
                             .arg(path);
            return nullptr;
        }
        // Taken (another run started in the same millisecond): the next free name.
        path = first.chopped(5) + QStringLiteral("-%1.json").arg(attempt);
    }
    if (error)
        *error = QCoreApplication::translate("exchange::JournalLock",
                                             "no free change journal name next to %1")
                     .arg(first);
    return nullptr;
}

std::unique_ptr<JournalLock> JournalLock::acquire(const QString &journalPath, QString *holder)
{
    auto lock = lockFor(journalPath);
    if (lock->tryLock(0))
        return std::unique_ptr<JournalLock>(new JournalLock(journalPath, std::move(lock)));
    if (holder)
        *holder = lock->error() == QLockFile::LockFailedError
                      ? describeHolder(*lock)
                      : QCoreApplication::translate("exchange::JournalLock",
                                                    "the lock file %1.lock cannot be created")
                            .arg(journalPath);
    return nullptr;
}

} // namespace exchange
