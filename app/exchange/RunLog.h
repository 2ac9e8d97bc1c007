#pragma once

#include "Command.h"
#include "Invocation.h"

#include <QFile>
#include <QString>

namespace exchange {

// The per-run log: AppDataLocation/logs/<timestamp>.log, one line per event (commands as
// rendered PowerShell, results, errors with FullyQualifiedErrorId, timings). The engine
// never holds a secret, so none can reach it.
class RunLog
{
public:
    RunLog() = default;
    ~RunLog();
    RunLog(const RunLog &) = delete;
    RunLog &operator=(const RunLog &) = delete;

    static QString directory();
    bool open(const QString &path = {}); // default: a new timestamped file
    bool isOpen() const { return m_file.isOpen(); }
    QString path() const { return m_file.fileName(); }

    void write(const QString &line); // timestamps and flushes
    void close();

    static QString describe(const remoting::InvocationResult &result); // one-paragraph summary

private:
    QFile m_file;
};

} // namespace exchange
