#pragma once

#include "Error.h"
#include "Plan.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace exchange {

// One change the engine is about to make (written before the change is sent).
struct JournalEntry
{
    QString server;
    StepKind step = StepKind::NdrMailbox;
    QString operation;                          // "set-ndr", "create", "enable", "update"
    QString identity;                           // the object's name / identity
    QJsonObject previous;                       // values before
    QJsonObject desired;                        // values after
    QDateTime time;                             // UTC, when the entry was written
    QString status = QStringLiteral("pending"); // pending, verified, failed, undone

    QJsonObject toJson() const;
    static JournalEntry fromJson(const QJsonObject &json);
};

// The change journal of one apply run: a JSON file in AppDataLocation/journals/
// (<timestamp>-<server>.json). Every mutation rewrites the file atomically.
class ChangeJournal
{
public:
    ChangeJournal() = default;

    static QString directory(); // AppDataLocation/journals
    static QString newPath(const QString &server,
                           const QDateTime &when = QDateTime::currentDateTimeUtc());
    static QString latestPath(); // empty when none
    static remoting::Expected<ChangeJournal> load(const QString &path);

    void setPath(const QString &path) { m_path = path; }
    QString path() const { return m_path; }
    QString server() const { return m_server; }
    void setServer(const QString &server) { m_server = server; }
    const QList<JournalEntry> &entries() const { return m_entries; }

    remoting::Status append(const JournalEntry &entry); // appends and saves
    remoting::Status setStatus(int index, const QString &status);
    remoting::Status save() const;

    QJsonObject toJson() const;
    static ChangeJournal fromJson(const QJsonObject &json);

private:
    QString m_path;
    QString m_server;
    QDateTime m_created = QDateTime::currentDateTimeUtc();
    QList<JournalEntry> m_entries;
};

StepKind stepKindFromName(const QString &name, bool *ok = nullptr);

} // namespace exchange
