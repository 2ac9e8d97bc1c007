#include "FakeExchangeProcess.h"

#include "TestPaths.h"

#include <QDeadlineTimer>
#include <QFileInfo>
#include <QTest>

namespace testsupport {

FakeExchangeProcess::~FakeExchangeProcess()
{
    stop();
}

QString FakeExchangeProcess::executable()
{
    return binDir() + QStringLiteral("/fake-exchange");
}

bool FakeExchangeProcess::isAvailable()
{
    return QFileInfo(executable()).isExecutable();
}

bool FakeExchangeProcess::start(const QStringList &extraArgs, int timeoutMs)
{
    if (!isAvailable()) {
        m_error = QStringLiteral("%1 is not built").arg(executable());
        return false;
    }
    const bool tls = extraArgs.contains(QStringLiteral("--tls"));
    m_process.setProgram(executable());
    m_process.setArguments(QStringList{QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0")} + extraArgs);
    m_process.start();
    if (!m_process.waitForStarted(timeoutMs)) {
        m_error = m_process.errorString();
        return false;
    }
    QDeadlineTimer deadline(timeoutMs);
    QByteArray out;
    const int linesWanted = tls ? 2 : 1;
    while (out.count('\n') < linesWanted && !deadline.hasExpired()
           && m_process.state() == QProcess::Running) {
        m_process.waitForReadyRead(100);
        out += m_process.readAllStandardOutput();
    }
    const QList<QByteArray> lines = out.split('\n');
    m_url = QUrl(QString::fromUtf8(lines.value(0).trimmed()));
    if (tls)
        m_fingerprint = QString::fromUtf8(lines.value(1).trimmed());
    if (!m_url.isValid() || m_url.isEmpty()) {
        m_error = QStringLiteral("fake-exchange printed no URL; stderr: %1").arg(standardError());
        return false;
    }
    return true;
}

void FakeExchangeProcess::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(5000)) {
        m_process.kill();
        m_process.waitForFinished(2000);
    }
}

QString FakeExchangeProcess::standardError() const
{
    return QString::fromUtf8(const_cast<QProcess &>(m_process).readAllStandardError());
}

} // namespace testsupport
