#include "ChangeJournal.h"

#include "PrivateFiles.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSaveFile>
#include <QStandardPaths>

namespace exchange {

using remoting::Error;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("exchange::ChangeJournal", text);
}

QString safeFilePart(const QString &s)
{
    QString out = s;
    static const QRegularExpression bad(QStringLiteral("[^A-Za-z0-9._-]+"));
    out.replace(bad, QStringLiteral("_"));
    return out.left(80);
}

} // namespace

StepKind stepKindFromName(const QString &name, bool *ok)
{
    if (ok)
        *ok = true;
    for (StepKind k : {StepKind::NdrMailbox, StepKind::JournalRule, StepKind::RemoteDomain,
                       StepKind::SendConnector})
        if (stepKindName(k) == name)
            return k;
    if (ok)
        *ok = false;
    return StepKind::NdrMailbox;
}

QJsonObject JournalEntry::toJson() const
{
    QJsonObject o;
    o[QStringLiteral("server")] = server;
    o[QStringLiteral("step")] = stepKindName(step);
    o[QStringLiteral("operation")] = operation;
    o[QStringLiteral("identity")] = identity;
    o[QStringLiteral("previous")] = previous;
    o[QStringLiteral("new")] = desired;
    o[QStringLiteral("time")] = time.toUTC().toString(Qt::ISODateWithMs);
    o[QStringLiteral("status")] = status;
    return o;
}

JournalEntry JournalEntry::fromJson(const QJsonObject &o)
{
    JournalEntry e;
    e.server = o.value(QLatin1String("server")).toString();
    e.step = stepKindFromName(o.value(QLatin1String("step")).toString());
    e.operation = o.value(QLatin1String("operation")).toString();
    e.identity = o.value(QLatin1String("identity")).toString();
    e.previous = o.value(QLatin1String("previous")).toObject();
    e.desired = o.value(QLatin1String("new")).toObject();
    e.time = QDateTime::fromString(o.value(QLatin1String("time")).toString(), Qt::ISODateWithMs);
    e.time.setTimeSpec(Qt::UTC);
    e.status = o.value(QLatin1String("status")).toString(QStringLiteral("pending"));
    return e;
}

QString ChangeJournal::directory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
           + QStringLiteral("/journals");
}

QString ChangeJournal::newPath(const QString &server, const QDateTime &when)
{
    return directory() + QLatin1Char('/')
           + when.toUTC().toString(QStringLiteral("yyyyMMdd-HHmmss-zzz")) + QLatin1Char('-')
           + safeFilePart(server.isEmpty() ? QStringLiteral("exchange") : server)
           + QStringLiteral(".json");
}

QString ChangeJournal::latestPath()
{
    QDir dir(directory());
    const QFileInfoList files
        = dir.entryInfoList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    return files.isEmpty() ? QString()
                           : files.last().absoluteFilePath(); // names start with the UTC time
}

QJsonObject ChangeJournal::toJson() const
{
    QJsonObject o;
    o[QStringLiteral("format")] = QStringLiteral("securestore-change-journal");
    o[QStringLiteral("version")] = 1;
    o[QStringLiteral("server")] = m_server;
    o[QStringLiteral("created")] = m_created.toUTC().toString(Qt::ISODateWithMs);
    QJsonArray entries;
    for (const JournalEntry &e : m_entries)
        entries.append(e.toJson());
    o[QStringLiteral("entries")] = entries;
    return o;
}

ChangeJournal ChangeJournal::fromJson(const QJsonObject &o)
{
    ChangeJournal j;
    j.m_server = o.value(QLatin1String("server")).toString();
    j.m_created
        = QDateTime::fromString(o.value(QLatin1String("created")).toString(), Qt::ISODateWithMs);
    j.m_created.setTimeSpec(Qt::UTC);
    for (const QJsonValue &v : o.value(QLatin1String("entries")).toArray())
        j.m_entries.append(JournalEntry::fromJson(v.toObject()));
    return j;
}

remoting::Expected<ChangeJournal> ChangeJournal::load(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error::make(Error::Kind::Usage,
                           tr("Cannot read the change journal %1: %2").arg(path, f.errorString()));
    QJsonParseError perr;
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &perr);
    if (doc.isNull() || !doc.isObject()
        || doc.object().value(QLatin1String("format")).toString()
               != QLatin1String("securestore-change-journal"))
        return Error::make(Error::Kind::Usage,
                           tr("%1 is not a change journal of this tool.").arg(path),
                           perr.errorString());
    ChangeJournal j = fromJson(doc.object());
    j.m_path = path;
    return j;
}

remoting::Status ChangeJournal::save() const
{
    if (m_path.isEmpty())
        return Error::make(Error::Kind::Usage, tr("The change journal has no file."));
    PrivateFiles::makeDirectory(QFileInfo(m_path).absolutePath());
    QSaveFile f(m_path);
    if (!f.open(QIODevice::WriteOnly))
        return Error::make(
            Error::Kind::Usage,
            tr("Cannot write the change journal %1: %2").arg(m_path, f.errorString()));
    PrivateFiles::restrict(f); // the temporary file, renamed over the journal on commit
    f.write(QJsonDocument(toJson()).toJson(QJsonDocument::Indented));
    if (!f.commit())
        return Error::make(
            Error::Kind::Usage,
            tr("Cannot write the change journal %1: %2").arg(m_path, f.errorString()));
    return remoting::success();
}

remoting::Status ChangeJournal::append(const JournalEntry &entry)
{
    m_entries.append(entry);
    return save();
}

remoting::Status ChangeJournal::setStatus(int index, const QString &status)
{
    if (index < 0 || index >= m_entries.size())
        return Error::make(Error::Kind::Usage, QStringLiteral("journal entry out of range"));
    m_entries[index].status = status;
    return save();
}

} // namespace exchange
