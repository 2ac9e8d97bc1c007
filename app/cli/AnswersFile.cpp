#include "AnswersFile.h"

#include "ClosestMatch.h"
#include "JournalingSettings.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>

namespace cli {

using remoting::Error;

namespace {

// For the free functions of this file: lupdate files their tr() calls under the enclosing
// namespace's context, "cli", so they are looked up there. AnswersFile's members use
// AnswersFile::tr, in "cli::AnswersFile".
QString tr(const char *text)
{
    return QCoreApplication::translate("cli", text);
}

Error usage(const QString &message)
{
    return Error::make(Error::Kind::Usage, message);
}

// Larger files are certainly not answers files; refuse before reading them into memory.
constexpr qint64 kMaxFileBytes = 1024 * 1024;

// The type each key must have: the journaling settings' own JSON (one home for their names
// and types), plus the connection keys.
QHash<QString, QJsonValue::Type> keyTypes()
{
    QHash<QString, QJsonValue::Type> types;
    const QJsonObject defaults = exchange::JournalingSettings().toJson();
    for (auto it = defaults.begin(); it != defaults.end(); ++it)
        types.insert(it.key(), it.value().type());
    for (const char *key : {"server", "user", "auth"})
        types.insert(QLatin1String(key), QJsonValue::String);
    return types;
}

QString describeType(QJsonValue::Type type)
{
    switch (type) {
    case QJsonValue::Bool:
        return tr("true or false (without quotes)");
    case QJsonValue::String:
        return tr("a string in double quotes");
    case QJsonValue::Array:
        return tr("a list of strings such as [\"EX01\", \"EX02\"]");
    default:
        return tr("a JSON value");
    }
}

QString describeValue(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null:
        return tr("null");
    case QJsonValue::Bool:
        return tr("the boolean %1")
            .arg(v.toBool() ? QStringLiteral("true") : QStringLiteral("false"));
    case QJsonValue::Double:
        return tr("the number %1").arg(v.toDouble());
    case QJsonValue::String: {
        QString s = v.toString();
        if (s.size() > 40)
            s = s.left(40) + QChar(0x2026);
        return tr("the string \"%1\"").arg(s);
    }
    case QJsonValue::Array:
        return tr("a list");
    case QJsonValue::Object:
        return tr("an object");
    case QJsonValue::Undefined:
        break;
    }
    return tr("an undefined value");
}

// What to write instead, for the common slips.
QString suggestion(const QString &key, QJsonValue::Type expected, const QJsonValue &v)
{
    if (expected == QJsonValue::Bool && v.isString()) {
        const QString s = v.toString().trimmed().toLower();
        if (s == QLatin1String("true") || s == QLatin1String("false"))
            return tr("Write \"%1\": %2 without quotes.").arg(key, s);
    }
    if (expected == QJsonValue::Bool)
        return tr("Write \"%1\": true or \"%1\": false.").arg(key);
    if (expected == QJsonValue::String && (v.isDouble() || v.isBool()))
        return tr("Put the value in double quotes, e.g. \"%1\": \"%2\".")
            .arg(key, v.isBool() ? (v.toBool() ? QStringLiteral("true") : QStringLiteral("false"))
                                 : QString::number(v.toDouble()));
    if (expected == QJsonValue::String)
        return tr("Write \"%1\": \"…\".").arg(key);
    if (expected == QJsonValue::Array && v.isString())
        return tr("Write a list, e.g. \"%1\": [\"%2\"].").arg(key, v.toString());
    if (expected == QJsonValue::Array)
        return tr("Write a list of strings, e.g. \"%1\": [\"EX01\", \"EX02\"].").arg(key);
    return {};
}

struct KeyAt
{
    QString key;
    int line = 0;
};

// The keys of the top-level object in the order written, with their line numbers.
// QJsonDocument keeps only the last of duplicate keys, so the raw text is scanned; it is
// already known to be valid JSON whose top level is an object.
QList<KeyAt> topLevelKeys(const QByteArray &data)
{
    QList<KeyAt> keys;
    int depth = 0;
    int line = 1;
    bool expectKey = false;
    for (qsizetype i = 0; i < data.size(); ++i) {
        const char c = data.at(i);
        if (c == '\n') {
            ++line;
        } else if (c == '"') {
            const qsizetype start = i;
            for (++i; i < data.size() && data.at(i) != '"'; ++i)
                if (data.at(i) == '\\')
                    ++i;
            if (depth == 1 && expectKey) {
                const QByteArray literal = data.mid(start, i - start + 1);
                const QJsonDocument decoded = QJsonDocument::fromJson('[' + literal + ']');
                keys.append({decoded.array().at(0).toString(), line});
                expectKey = false;
            }
        } else if (c == '{' || c == '[') {
            ++depth;
            if (depth == 1)
                expectKey = c == '{';
        } else if (c == '}' || c == ']') {
            --depth;
        } else if (c == ',' && depth == 1) {
            expectKey = true;
        }
    }
    return keys;
}

} // namespace

QStringList AnswersFile::knownKeys()
{
    QStringList keys = keyTypes().keys();
    keys.sort();
    return keys;
}

remoting::Expected<QJsonObject> AnswersFile::read(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return usage(tr("Cannot read the answers file %1: %2").arg(path, f.errorString()));
    if (f.size() > kMaxFileBytes)
        return usage(tr("The answers file %1 is larger than 1 MB; it should hold a few settings.")
                         .arg(path));
    return parse(f.read(kMaxFileBytes), path);
}

remoting::Expected<QJsonObject> AnswersFile::parse(const QByteArray &data, const QString &name)
{
    const QString notObject = tr("The answers file %1 must hold one JSON object such as "
                                 "{\"journalAddress\": \"…\", \"ndrMailbox\": \"…\"}, not %2.");
    const QByteArray trimmed = data.trimmed();
    if (trimmed.isEmpty())
        return usage(notObject.arg(name, tr("an empty file")));
    if (!trimmed.startsWith('{') && !trimmed.startsWith('['))
        return usage(notObject.arg(name, tr("a single value")));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(data, &error);
    if (error.error != QJsonParseError::NoError) {
        const QByteArray before = data.left(error.offset);
        const int line = int(before.count('\n')) + 1;
        const int column = int(error.offset - (before.lastIndexOf('\n') + 1)) + 1;
        return usage(tr("The answers file %1 is not valid JSON: %2 at line %3, column %4. Check "
                        "the quotes, colons and commas there.")
                         .arg(name, error.errorString())
                         .arg(line)
                         .arg(column));
    }
    if (!doc.isObject())
        return usage(notObject.arg(name, doc.isArray() ? tr("a list") : tr("a single value")));

    QHash<QString, int> firstLine;
    for (const KeyAt &k : topLevelKeys(data)) {
        if (firstLine.contains(k.key))
            return usage(tr("The answers file %1 gives \"%2\" twice (lines %3 and %4); keep one.")
                             .arg(name, k.key)
                             .arg(firstLine.value(k.key))
                             .arg(k.line));
        firstLine.insert(k.key, k.line);
    }

    const QJsonObject json = doc.object();
    const QHash<QString, QJsonValue::Type> types = keyTypes();
    for (auto it = json.begin(); it != json.end(); ++it) {
        const QString &key = it.key();
        if (key.compare(QLatin1String("password"), Qt::CaseInsensitive) == 0)
            return usage(tr("The answers file must not contain a password; use --password-stdin."));
        if (!types.contains(key)) {
            const QString near = ClosestMatch::in(key, knownKeys());
            if (!near.isEmpty())
                return usage(tr("The answers file %1 has an unknown key \"%2\"; did you mean "
                                "\"%3\"?")
                                 .arg(name, key, near));
            return usage(tr("The answers file %1 has an unknown key \"%2\". Known keys: %3.")
                             .arg(name, key, knownKeys().join(QStringLiteral(", "))));
        }
        const QJsonValue::Type expected = types.value(key);
        const QJsonValue value = it.value();
        bool ok = value.type() == expected;
        if (ok && expected == QJsonValue::Array) {
            for (const QJsonValue &element : value.toArray())
                ok = ok && element.isString();
        }
        if (!ok)
            return usage(tr("The answers file %1: \"%2\" must be %3, not %4. %5")
                             .arg(name, key, describeType(expected), describeValue(value),
                                  suggestion(key, expected, value))
                             .trimmed());
    }
    const QString auth = json.value(QLatin1String("auth")).toString().toLower();
    if (json.contains(QLatin1String("auth")) && auth != QLatin1String("kerberos")
        && auth != QLatin1String("ntlm") && auth != QLatin1String("basic"))
        return usage(tr("The answers file %1: \"auth\" must be \"kerberos\", \"ntlm\" or "
                        "\"basic\", not \"%2\".")
                         .arg(name, json.value(QLatin1String("auth")).toString()));
    return json;
}

} // namespace cli
