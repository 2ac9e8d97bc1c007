#include "FakeExchangeProcess.h"

#include "TestPaths.h"

#include <QDeadlineTimer>
#include <QTest>
#include <QThread>

#ifdef Q_OS_WIN
#include "WineUnixProcess.h"
#endif

namespace testsupport {

FakeExchangeProcess::FakeExchangeProcess(Options options)
    : m_options(std::move(options))
{}

FakeExchangeProcess::~FakeExchangeProcess()
{
    stop();
}

bool FakeExchangeProcess::start(int timeoutMs)
{
    QStringList args{QStringLiteral("--listen"), m_options.https
                                                     ? QStringLiteral("https://127.0.0.1:0")
                                                     : QStringLiteral("http://127.0.0.1:0")};
    if (!m_options.statsFile.isEmpty())
        args << QStringLiteral("--stats-file") << m_options.statsFile;
    if (!m_options.org.isEmpty())
        args << QStringLiteral("--org") << m_options.org;
    if (!m_options.state.isEmpty())
        args << QStringLiteral("--state") << m_options.state;
    if (!m_options.auth.isEmpty())
        args << QStringLiteral("--auth") << m_options.auth;
    if (!m_options.keytab.isEmpty())
        args << QStringLiteral("--keytab") << m_options.keytab;
    if (m_options.latencyMs > 0)
        args << QStringLiteral("--latency-ms") << QString::number(m_options.latencyMs);
    for (const QString &f : m_options.faults)
        args << QStringLiteral("--fault") << f;
    args << m_options.extraArgs;

#ifdef Q_OS_WIN
    m_unix = std::make_unique<WineUnixProcess>();
    if (!m_unix->start(fakeExchangeProgram(), args)) {
        m_error = QStringLiteral("fake-exchange did not start: ") + m_unix->errorString();
        return false;
    }
    const int wanted = m_options.https ? 2 : 1;
    QList<QByteArray> lines;
    QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        lines = m_unix->readStdout().split('\n');
        lines.removeAll(QByteArray());
        if (lines.size() >= wanted)
            break;
        // Give up early only on a fake that is gone for good: through Wine, /proc may not show
        // the process during its first moments.
        if (!m_unix->isRunning() && deadline.remainingTime() < timeoutMs - 2000)
            break;
        QThread::msleep(20);
    }
    return readEndpoint(lines);
#else
    m_process = std::make_unique<QProcess>();
    m_process->setProgram(fakeExchangeProgram());
    m_process->setArguments(args);
    m_process->start();
    if (!m_process->waitForStarted(timeoutMs)) {
        m_error = QStringLiteral("fake-exchange did not start: ") + m_process->errorString();
        return false;
    }
    const int wanted = m_options.https ? 2 : 1;
    QList<QByteArray> lines;
    QByteArray buffer;
    QDeadlineTimer deadline(timeoutMs);
    while (lines.size() < wanted && !deadline.hasExpired()) {
        if (m_process->state() != QProcess::Running)
            break;
        m_process->waitForReadyRead(100);
        buffer += m_process->readAllStandardOutput();
        int nl;
        while ((nl = buffer.indexOf('\n')) >= 0) {
            lines.append(buffer.left(nl).trimmed());
            buffer.remove(0, nl + 1);
        }
    }
    return readEndpoint(lines);
#endif
}

bool FakeExchangeProcess::readEndpoint(const QList<QByteArray> &lines)
{
    if (lines.isEmpty()) {
        m_error = QStringLiteral("fake-exchange printed no URL; stderr: ") + stderrText();
        return false;
    }
    m_url = QUrl(QString::fromUtf8(lines.at(0).trimmed()));
    if (lines.size() > 1) {
        QByteArray hex = lines.at(1).trimmed();
        const int colon = hex.indexOf(' ');
        if (colon >= 0)
            hex = hex.mid(colon + 1);
        m_fingerprint = QByteArray::fromHex(hex.replace(':', ""));
    }
    return m_url.isValid();
}

void FakeExchangeProcess::stop()
{
#ifdef Q_OS_WIN
    if (m_unix)
        m_unix->stop();
#endif
    if (!m_process || m_process->state() == QProcess::NotRunning)
        return;
    m_process->terminate();
    if (!m_process->waitForFinished(5000)) {
        m_process->kill();
        m_process->waitForFinished(2000);
    }
}

QUrl FakeExchangeProcess::wsmanUrl() const
{
    QUrl u = m_url;
    u.setPath(QStringLiteral("/wsman"));
    return u;
}

QString FakeExchangeProcess::fingerprintHex() const
{
    return QString::fromLatin1(m_fingerprint.toHex(':').toUpper());
}

QString FakeExchangeProcess::stderrText() const
{
#ifdef Q_OS_WIN
    if (m_unix)
        return QString::fromUtf8(m_unix->readStderr());
#endif
    if (m_process)
        m_stderr += m_process->readAllStandardError();
    return QString::fromUtf8(m_stderr);
}

int FakeExchangeProcess::exitCode() const
{
    return m_process ? m_process->exitCode() : -1;
}

} // namespace testsupport
