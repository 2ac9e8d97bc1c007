#include "ChangeJournal.h"

#include "PrivateFiles.h"
#include "StepTable.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSaveFile>
#include <QStandardPaths>

#include <utility>

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

namespace {

const QList<std::pair<JournalStatus, QLatin1String>> &statusNames()
{
    static const QList<std::pair<JournalStatus, QLatin1String>> names = {
        {JournalStatus::Pending, QLatin1String("pending")},
        {JournalStatus::Verified, QLatin1String("verified")},
        {JournalStatus::Failed, QLatin1String("failed")},
        {JournalStatus::Unconfirmed, QLatin1String("unconfirmed")},
        {JournalStatus::Undone, QLatin1String("undone")},
        {JournalStatus::NotRun, QLatin1String("not-run")},
    };
    return names;
}

const QList<std::pair<ChangeOperation, QLatin1String>> &operationNames()
{
    static const QList<std::pair<ChangeOperation, QLatin1String>> names = {
        {ChangeOperation::SetNdr, QLatin1String("set-ndr")},
        {ChangeOperation::Create, QLatin1String("create")},
        {ChangeOperation::Enable, QLatin1String("enable")},
        {ChangeOperation::Update, QLatin1String("update")},
    };
    return names;
}

const QList<std::pair<ValueKind, QLatin1String>> &valueKindNames()
{
    static const QList<std::pair<ValueKind, QLatin1String>> names = {
        {ValueKind::Text, QLatin1String("text")},      {ValueKind::Name, QLatin1String("name")},
        {ValueKind::Smtp, QLatin1String("smtp")},      {ValueKind::Bool, QLatin1String("bool")},
        {ValueKind::HostList, QLatin1String("hosts")},
    };
    return names;
}

template<typename T>
QString nameOf(const QList<std::pair<T, QLatin1String>> &names, T value)
{
    for (const auto &n : names)
        if (n.first == value)
            return n.second;
    return {};
}

template<typename T>
T valueOf(const QList<std::pair<T, QLatin1String>> &names, const QString &name, T fallback)
{
    for (const auto &n : names)
        if (name == n.second)
            return n.first;
    return fallback;
}

} // namespace

StepKind stepKindFromName(const QString &name, bool *ok)
{
    return StepTable::fromName(name, ok);
}

QString ChangeJournal::statusName(JournalStatus status)
{
    return nameOf(statusNames(), status);
}

QString ChangeJournal::operationName(ChangeOperation operation)
{
    return nameOf(operationNames(), operation);
}

QJsonObject JournalEntry::toJson() const
{
    QJsonObject o;
    o[QStringLiteral("server")] = server;
    o[QStringLiteral("step")] = stepKnown ? stepKindName(step) : stepName;
    o[QStringLiteral("operation")] = operation == ChangeOperation::None
                                         ? operationName
                                         : ChangeJournal::operationName(operation);
    o[QStringLiteral("identity")] = identity;
    o[QStringLiteral("previous")] = previous;
    o[QStringLiteral("new")] = desired;
    QJsonArray exp;
    for (const ExpectedValue &e : expected)
        exp.append(QJsonObject{{QStringLiteral("property"), e.property},
                               {QStringLiteral("value"), e.value},
                               {QStringLiteral("compare"), nameOf(valueKindNames(), e.kind)}});
    o[QStringLiteral("expected")] = exp;
    if (!observed.isEmpty())
        o[QStringLiteral("observed")] = observed;
    o[QStringLiteral("time")] = time.toUTC().toString(Qt::ISODateWithMs);
    o[QStringLiteral("status")] = ChangeJournal::statusName(status);
    return o;
}

JournalEntry JournalEntry::fromJson(const QJsonObject &o)
{
    JournalEntry e;
    e.server = o.value(QLatin1String("server")).toString();
    const QString stepName = o.value(QLatin1String("step")).toString();
    e.step = stepKindFromName(stepName, &e.stepKnown);
    e.operationName = o.value(QLatin1String("operation")).toString();
    e.operation = valueOf(operationNames(), e.operationName, ChangeOperation::None);
    if (!e.stepKnown) { // undo leaves it to the user
        e.stepName = stepName;
        e.operation = ChangeOperation::None;
    }
    e.identity = o.value(QLatin1String("identity")).toString();
    e.previous = o.value(QLatin1String("previous")).toObject();
    e.desired = o.value(QLatin1String("new")).toObject();
    for (const QJsonValue &v : o.value(QLatin1String("expected")).toArray()) {
        const QJsonObject x = v.toObject();
        e.expected << ExpectedValue{x.value(QLatin1String("property")).toString(),
                                    x.value(QLatin1String("value")).toString(),
                                    valueOf(valueKindNames(),
                                            x.value(QLatin1String("compare")).toString(),
                                            ValueKind::Text)};
    }
    e.observed = o.value(QLatin1String("observed")).toObject();
    e.time = QDateTime::fromString(o.value(QLatin1String("time")).toString(), Qt::ISODateWithMs);
    e.time.setTimeSpec(Qt::UTC);
    // An unknown status is treated as never confirmed: undo checks it against the live state.
    e.status = valueOf(statusNames(), o.value(QLatin1String("status")).toString(),
                       JournalStatus::Pending);
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
    o[QStringLiteral("version")] = 2;
    o[QStringLiteral("server")] = m_server;
    o[QStringLiteral("organisation")]
        = QJsonObject{{QStringLiteral("distinguishedName"), m_organisation.distinguishedName},
                      {QStringLiteral("guid"), m_organisation.guid}};
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
    const QJsonObject org = o.value(QLatin1String("organisation")).toObject();
    j.m_organisation.distinguishedName = org.value(QLatin1String("distinguishedName")).toString();
    j.m_organisation.guid = org.value(QLatin1String("guid")).toString();
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
    return parse(f.readAll(), path);
}

remoting::Expected<ChangeJournal> ChangeJournal::parse(const QByteArray &data, const QString &path)
{
    QJsonParseError perr;
    const QJsonDocument doc = QJsonDocument::fromJson(data, &perr);
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

remoting::Status ChangeJournal::changed()
{
    if (!m_holding)
        return save();
    m_changedWhileHeld = true;
    return remoting::success();
}

remoting::Status ChangeJournal::writeHeld()
{
    const bool pending = m_holding && m_changedWhileHeld;
    m_holding = false;
    m_changedWhileHeld = false;
    return pending ? save() : remoting::success();
}

remoting::Status ChangeJournal::append(const JournalEntry &entry)
{
    m_entries.append(entry);
    return changed();
}

remoting::Status ChangeJournal::setStatus(int index, JournalStatus status)
{
    if (index < 0 || index >= m_entries.size())
        return Error::make(Error::Kind::Usage, QStringLiteral("journal entry out of range"));
    m_entries[index].status = status;
    return changed();
}

remoting::Status ChangeJournal::setObserved(int index, const QJsonObject &observed)
{
    if (index < 0 || index >= m_entries.size())
        return Error::make(Error::Kind::Usage, QStringLiteral("journal entry out of range"));
    m_entries[index].observed = observed;
    return changed();
}

} // namespace exchange
