#include "NtlmUserFile.h"

#include <QFile>
#include <QSet>
#include <QStringList>

namespace fake::auth {

using remoting::Error;

remoting::Expected<std::unique_ptr<NtlmUserFile>>
NtlmUserFile::create(const QString &netbiosDomain, const QString &dnsDomain,
                     const QList<Account> &accounts)
{
    std::unique_ptr<NtlmUserFile> file(new NtlmUserFile);
    if (!file->m_dir.isValid())
        return Error::make(Error::Kind::Usage,
                           QStringLiteral("Cannot create a private directory for the NTLM users: "
                                          "%1")
                               .arg(file->m_dir.errorString()));
    QStringList lines;
    QSet<QString> seen;
    auto add = [&](const QString &domain, const QString &user, const QString &password) {
        if (user.isEmpty() || password.isEmpty() || user.contains(QLatin1Char(':'))
            || domain.contains(QLatin1Char(':')))
            return;
        const QString line = domain + QLatin1Char(':') + user + QLatin1Char(':') + password;
        if (!seen.contains(line)) {
            seen.insert(line);
            lines << line;
        }
    };

    for (const Account &a : accounts) {
        // DOMAIN\user (NetBIOS and DNS domain names) and a bare user name.
        add(netbiosDomain.toUpper(), a.name, a.password);
        add(dnsDomain, a.name, a.password);
        add(QString(), a.name, a.password);
        // user@domain: gss-ntlmssp sends a UPN as the user name with an empty domain.
        const QString upn = a.userPrincipalName.isEmpty() && !dnsDomain.isEmpty()
                                ? a.name + QLatin1Char('@') + dnsDomain
                                : a.userPrincipalName;
        add(QString(), upn, a.password);
        const int at = upn.indexOf(QLatin1Char('@'));
        if (at > 0)
            add(upn.mid(at + 1), upn.left(at), a.password);
    }
    QFile f(file->path());
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate)
        || !f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner))
        return Error::make(Error::Kind::Usage,
                           QStringLiteral("Cannot write the NTLM user file %1: %2")
                               .arg(file->path(), f.errorString()));
    const QByteArray data = lines.join(QLatin1Char('\n')).toUtf8() + '\n';
    if (f.write(data) != data.size() || !f.flush())
        return Error::make(Error::Kind::Usage,
                           QStringLiteral("Cannot write the NTLM user file %1: %2")
                               .arg(file->path(), f.errorString()));
    f.close();
    file->m_hadPrevious = qEnvironmentVariableIsSet("NTLM_USER_FILE");
    file->m_previous = qgetenv("NTLM_USER_FILE");
    qputenv("NTLM_USER_FILE", QFile::encodeName(file->path()));
    return file;
}

NtlmUserFile::~NtlmUserFile()
{
    if (m_hadPrevious)
        qputenv("NTLM_USER_FILE", m_previous);
    else
        qunsetenv("NTLM_USER_FILE");
}

QString NtlmUserFile::path() const
{
    return m_dir.filePath(QStringLiteral("ntlm-users"));
}

} // namespace fake::auth
