#pragma once

// Windows test builds run under Wine, but fake-exchange (and the KDC) are Linux programs.
// Wine's CreateProcess can start a Linux executable, yet the Windows side gets neither its
// standard output nor its exit status. WineUnixProcess starts it through /bin/sh, which
// records its pid and sends its output into files that are read here; stop() sends SIGTERM
// through /bin/kill and waits until /proc shows the process gone. Only built for Windows.

#include <QString>
#include <QStringList>
#include <QTemporaryDir>

namespace testsupport {

class WineUnixProcess
{
public:
    // True when this Windows process runs under Wine (so Linux programs can be started).
    static bool underWine();
    // The Linux path of a Windows path ("C:\\users\\..." -> "/root/.wine/drive_c/users/...");
    // empty when not under Wine or when the path has no Unix equivalent.
    static QString unixPath(const QString &windowsPath);
    // A Windows path for a Linux path ("/tmp/x" -> "Z:/tmp/x").
    static QString windowsPath(const QString &unixPath);

    ~WineUnixProcess();

    // program: Linux path. Arguments that are Windows paths ("C:\\..." or "C:/...") are
    // passed as their Linux paths. False with errorString() when it could not start.
    bool start(const QString &program, const QStringList &arguments);
    bool isRunning() const;
    QByteArray readStdout() const;
    QByteArray readStderr() const;
    void stop(int timeoutMs = 5000);
    QString errorString() const { return m_error; }

private:
    QTemporaryDir m_dir;
    qint64 m_pid = 0;
    QString m_error;
};

} // namespace testsupport
