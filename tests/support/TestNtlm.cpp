#include "TestNtlm.h"

#include <QFile>

namespace testsupport {

std::unique_ptr<TestNtlm> TestNtlm::create(QString *error)
{
    std::unique_ptr<TestNtlm> ntlm(new TestNtlm);
    if (!ntlm->m_dir.isValid()) {
        if (error)
            *error = QStringLiteral("cannot create a temporary directory");
        return {};
    }
    if (!QFile::exists(QStringLiteral("/usr/lib/x86_64-linux-gnu/gssntlmssp/gssntlmssp.so"))
        && !QFile::exists(QStringLiteral("/etc/gss/mech.d/mech.ntlmssp.conf"))) {
        if (error)
            *error = QStringLiteral("gss-ntlmssp is not installed (apt install gss-ntlmssp)");
        return {};
    }
    return ntlm;
}

TestNtlm::~TestNtlm()
{
    if (!m_applied)
        return;
    if (m_previous)
        qputenv("NTLM_USER_FILE", *m_previous);
    else
        qunsetenv("NTLM_USER_FILE");
}

QString TestNtlm::userFilePath() const
{
    return m_dir.filePath(QStringLiteral("ntlm-users"));
}

bool TestNtlm::addUser(const QString &domain, const QString &user, const QString &password)
{
    m_lines << domain + QLatin1Char(':') + user + QLatin1Char(':') + password;
    QFile f(userFilePath());
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    const QByteArray data = m_lines.join(QLatin1Char('\n')).toUtf8() + '\n';
    return f.write(data) == data.size();
}

void TestNtlm::applyEnvironment()
{
    if (!m_applied) {
        if (qEnvironmentVariableIsSet("NTLM_USER_FILE"))
            m_previous = qgetenv("NTLM_USER_FILE");
        m_applied = true;
    }
    qputenv("NTLM_USER_FILE", userFilePath().toUtf8());
}

} // namespace testsupport
