#pragma once

#include <QDateTime>
#include <QString>

#include <memory>

class QLockFile;

namespace exchange {

// The lock a run holds on its change journal (a QLockFile next to it, "<journal>.lock"): the
// apply that writes the journal holds it from before its first entry until it ends, and an
// undo holds it while it reverses the journal's changes. So undo refuses a journal whose run
// is still changing Exchange (it would remove what that run is creating), two undos of one
// journal never overlap, and two runs started in the same millisecond never share a journal
// file. A lock left by a process that is gone counts as free.
class JournalLock
{
public:
    JournalLock(JournalLock &&) noexcept;
    JournalLock &operator=(JournalLock &&) noexcept;
    ~JournalLock(); // releases the lock

    // A new journal path for `server`, locked: another path when a run already holds that one.
    // Null only when no lock can be created in the journal folder (*error says why).
    static std::unique_ptr<JournalLock> createNew(const QString &server, QString *error,
                                                  const QDateTime &when
                                                  = QDateTime::currentDateTimeUtc());
    // Locks an existing journal. Null when another running process holds it: *holder then
    // describes it ("process 1234 (securestore-setup) on ws01") or, when the lock cannot be
    // made at all, why.
    static std::unique_ptr<JournalLock> acquire(const QString &journalPath, QString *holder);

    QString journalPath() const { return m_journalPath; }

private:
    JournalLock(QString journalPath, std::unique_ptr<QLockFile> lock);

    QString m_journalPath;
    std::unique_ptr<QLockFile> m_lock;
};

} // namespace exchange
