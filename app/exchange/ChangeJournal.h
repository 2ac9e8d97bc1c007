#pragma once

#include "Error.h"
#include "Organisation.h"
#include "Plan.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace exchange {

// Where a journaled change stands. Only ChangeJournal turns it into text.
enum class JournalStatus {
    Pending,     // written before the change was sent; its outcome never came back
    Verified,    // sent, read back and matching
    Failed,      // Exchange refused the change (it did not happen)
    Unconfirmed, // sent, but the outcome is unknown (connection lost, read-back missing/differs)
    Undone,      // reversed (or found never made) by undo, verified
    // Written before the run's pipeline was sent, but the pipeline ended (an earlier change
    // failed, or it was stopped) before this change's statement started: PowerShell runs the
    // statements of one pipeline in order, so nothing was changed here. Undo leaves it alone.
    NotRun,
};

// One change the engine is about to make (written before the change is sent).
struct JournalEntry
{
    QString server;
    StepKind step = StepKind::NdrMailbox;
    // False for a step this version does not know (edited, or written by a newer version):
    // its name is kept in stepName and its operation is None, so undo never reverses it as
    // another kind of object.
    bool stepKnown = true;
    QString stepName; // as written, when !stepKnown
    ChangeOperation operation = ChangeOperation::None;
    QString operationName;         // as written; kept for an operation this version does not know
    QString identity;              // the object's name / identity
    QJsonObject previous;          // values before
    QJsonObject desired;           // values after
    QList<ExpectedValue> expected; // what the read-back must show while the change is in place
    // What the read-back showed after this run's change: Guid, Identity and the expected
    // properties as Exchange returned them. Empty until a read-back found the object.
    QJsonObject observed;
    QDateTime time; // UTC, when the entry was written
    JournalStatus status = JournalStatus::Pending;

    QJsonObject toJson() const;
    static JournalEntry fromJson(const QJsonObject &json);
};

// The change journal of one apply run: a JSON file in AppDataLocation/journals/
// (<timestamp>-<server>.json), readable by the user only. Every mutation rewrites the file
// atomically. It names the server and the organisation (OrganisationIdentity) it was made
// for; undo refuses any other.
class ChangeJournal
{
public:
    ChangeJournal() = default;

    static QString directory(); // AppDataLocation/journals
    static QString newPath(const QString &server,
                           const QDateTime &when = QDateTime::currentDateTimeUtc());
    static QString latestPath(); // empty when none
    static remoting::Expected<ChangeJournal> load(const QString &path);
    // The journal in `data` (a file's contents); `path` names it in messages and becomes its
    // path. What load() does after reading the file.
    static remoting::Expected<ChangeJournal> parse(const QByteArray &data, const QString &path);

    static QString statusName(JournalStatus status);         // "pending", "verified", ...
    static QString operationName(ChangeOperation operation); // "set-ndr", "create", ...

    void setPath(const QString &path) { m_path = path; }
    QString path() const { return m_path; }
    QString server() const { return m_server; }
    void setServer(const QString &server) { m_server = server; }
    OrganisationIdentity organisation() const { return m_organisation; }
    void setOrganisation(const OrganisationIdentity &organisation)
    {
        m_organisation = organisation;
    }
    const QList<JournalEntry> &entries() const { return m_entries; }

    // Each change is saved at once (the file replaced atomically), except while writes are
    // held: then changes stay in memory until writeHeld(), which saves them in one write.
    // The engine holds writes for what one answer of the server brought (several steps
    // decided together): one durable write instead of one per entry and field.
    remoting::Status append(const JournalEntry &entry);
    remoting::Status setStatus(int index, JournalStatus status);
    remoting::Status setObserved(int index, const QJsonObject &observed);
    remoting::Status save() const;
    void holdWrites() { m_holding = true; }
    remoting::Status writeHeld(); // ends the hold; saves when something changed meanwhile

    QJsonObject toJson() const;
    static ChangeJournal fromJson(const QJsonObject &json);

private:
    QString m_path;
    QString m_server;
    OrganisationIdentity m_organisation;
    QDateTime m_created = QDateTime::currentDateTimeUtc();
    QList<JournalEntry> m_entries;
    bool m_holding = false;
    bool m_changedWhileHeld = false;

    remoting::Status changed(); // saves, or notes the change while writes are held
};

StepKind stepKindFromName(const QString &name, bool *ok = nullptr);

} // namespace exchange
