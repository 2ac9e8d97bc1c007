#pragma once

#include "Error.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace cli {

// An --answers file, read strictly before anything is sent: one JSON object whose keys are
// the journaling settings (exchange::JournalingSettings::toJson()) plus "server", "user" and
// "auth"; each key known, given once, and of its type. Every problem is a Usage error that
// names the key, the expected type and what to write instead.
class AnswersFile
{
    Q_DECLARE_TR_FUNCTIONS(cli::AnswersFile)

public:
    static remoting::Expected<QJsonObject> read(const QString &path);
    // `name` is how messages refer to the file (its path).
    static remoting::Expected<QJsonObject> parse(const QByteArray &json, const QString &name);
    static QStringList knownKeys();
};

} // namespace cli
