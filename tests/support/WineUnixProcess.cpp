#include "WineUnixProcess.h"

#ifdef Q_OS_WIN

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QThread>

#include <windows.h>

namespace testsupport {

namespace {

using UnixFileNameFn = char *(__cdecl *)(const wchar_t *);

UnixFileNameFn unixFileNameFunction()
{
    static const auto fn = reinterpret_cast<UnixFileNameFn>(reinterpret_cast<void *>(
        GetProcAddress(GetModuleHandleW(L"kernel32.dll"), "wine_get_unix_file_name")));
    return fn;
}

// Reads at most maxBytes: files under /proc report no meaningful size through Wine, so
// nothing here allocates by the size a file claims.
QByteArray readFile(const QString &path, qint64 maxBytes = 1 << 20)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.read(maxBytes) : QByteArray();
}

bool isWindowsPath(const QString &arg)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z]:[\\\\/]"));
    return re.match(arg).hasMatch();
}

} // namespace

bool WineUnixProcess::underWine()
{
    return unixFileNameFunction() != nullptr;
}

QString WineUnixProcess::unixPath(const QString &windowsPath)
{
    const UnixFileNameFn fn = unixFileNameFunction();
    if (!fn)
        return {};
    const std::wstring native = QDir::toNativeSeparators(windowsPath).toStdWString();
    char *path = fn(native.c_str());
    if (!path)
        return {};
    const QString result = QString::fromLocal8Bit(path);
    HeapFree(GetProcessHeap(), 0, path);
    return result;
}

QString WineUnixProcess::windowsPath(const QString &unixPath)
{
    return QStringLiteral("Z:") + unixPath;
}

WineUnixProcess::~WineUnixProcess()
{
    stop();
}

bool WineUnixProcess::start(const QString &program, const QStringList &arguments)
{
    if (!underWine()) {
        m_error = QStringLiteral("not running under Wine: Linux programs cannot be started");
        return false;
    }
    if (!m_dir.isValid()) {
        m_error = QStringLiteral("no temporary directory");
        return false;
    }
    const QString dir = unixPath(m_dir.path());
    QStringList args{
        QStringLiteral("-c"),
        QStringLiteral("echo $$ > '%1/pid'; exec \"$0\" \"$@\" > '%1/out' 2> '%1/err'").arg(dir),
        program};
    for (const QString &a : arguments)
        args << (isWindowsPath(a) ? unixPath(a) : a);
    if (!QProcess::startDetached(windowsPath(QStringLiteral("/bin/sh")), args)) {
        m_error = QStringLiteral("could not start /bin/sh through Wine");
        return false;
    }
    QDeadlineTimer deadline(10000);
    while (!deadline.hasExpired()) {
        const QByteArray pid = readFile(m_dir.filePath(QStringLiteral("pid")), 32).trimmed();
        if (!pid.isEmpty()) {
            bool ok = false;
            m_pid = pid.toLongLong(&ok);
            if (ok && m_pid > 0)
                return true;
        }
        QThread::msleep(20);
    }
    m_error = QStringLiteral("the Linux program did not start (no pid file)");
    return false;
}

bool WineUnixProcess::isRunning() const
{
    // A process that ended but was not reaped yet has an empty command line.
    return m_pid > 0
           && !readFile(windowsPath(QStringLiteral("/proc/%1/cmdline").arg(m_pid)), 4096).isEmpty();
}

QByteArray WineUnixProcess::readStdout() const
{
    return readFile(m_dir.filePath(QStringLiteral("out")));
}

QByteArray WineUnixProcess::readStderr() const
{
    return readFile(m_dir.filePath(QStringLiteral("err")));
}

void WineUnixProcess::stop(int timeoutMs)
{
    if (!isRunning())
        return;
    QProcess::startDetached(windowsPath(QStringLiteral("/bin/kill")),
                            {QStringLiteral("-TERM"), QString::number(m_pid)});
    QDeadlineTimer deadline(timeoutMs);
    while (isRunning() && !deadline.hasExpired())
        QThread::msleep(20);
    if (isRunning())
        QProcess::startDetached(windowsPath(QStringLiteral("/bin/kill")),
                                {QStringLiteral("-KILL"), QString::number(m_pid)});
}

} // namespace testsupport

#endif // Q_OS_WIN
