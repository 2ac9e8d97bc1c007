#include "RunLog.h"

#include "PrivateFiles.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace exchange {

RunLog::~RunLog()
{
    close();
}

QString RunLog::directory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
           + QStringLiteral("/logs");
}

bool RunLog::open(const QString &path)
{
    close();
    QString p = path;
    if (p.isEmpty()) {
        const QString stamp
            = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss-zzz"));
        p = directory() + QLatin1Char('/') + stamp + QStringLiteral(".log");
        for (int i = 2; QFileInfo::exists(p); ++i)
            p = directory() + QLatin1Char('/') + stamp + QStringLiteral("-%1.log").arg(i);
    }
    PrivateFiles::makeDirectory(QFileInfo(p).absolutePath());
    m_file.setFileName(p);
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Text))
        return false;
    PrivateFiles::restrict(m_file);
    return true;
}

void RunLog::write(const QString &line)
{
    if (!m_file.isOpen())
        return;
    const QString stamped
        = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs) + QLatin1Char(' ') + line;
    m_file.write(stamped.toUtf8());
    m_file.write("\n");
    m_file.flush();
}

void RunLog::close()
{
    if (m_file.isOpen())
        m_file.close();
}

QString RunLog::describe(const remoting::InvocationResult &r)
{
    static const char *states[]
        = {"NotStarted", "Running", "Stopping", "Stopped", "Completed", "Failed", "Disconnected"};
    QStringList parts;
    parts << QStringLiteral("state=%1").arg(QLatin1String(states[qBound(0, int(r.state), 6)]));
    parts << QStringLiteral("objects=%1").arg(r.output.size());
    for (const remoting::PsValue &v : r.output) {
        if (v.isObject() && !v.obj()->typeNames.isEmpty())
            parts << QStringLiteral("[%1 %2]").arg(
                v.obj()->typeNames.first().section(QLatin1Char('.'), -1),
                v.property(QStringLiteral("Name")).toString());
    }
    for (const remoting::ErrorRecord &e : r.errors)
        parts << QStringLiteral("error: %1 {%2} (%3)")
                     .arg(e.message, e.fullyQualifiedErrorId, e.activity);
    if (r.failure)
        parts << QStringLiteral("failure: %1 {%2}")
                     .arg(r.failure->message, r.failure->fullyQualifiedErrorId);
    for (const QString &w : r.warnings)
        parts << QStringLiteral("warning: %1").arg(w);
    if (r.transportError)
        parts << QStringLiteral("transport: %1").arg(r.transportError->toLogString());
    return parts.join(QStringLiteral("; "));
}

} // namespace exchange
