#include "NtlmUserFile.h"

#include <QSaveFile>
#include <QSet>
#include <QStringList>
#include <QtEndian>

namespace fake::auth {

using remoting::Error;

namespace {

// The NtlmUserFile whose path NTLM_USER_FILE names (this process has at most one).
NtlmUserFile *g_current = nullptr;

} // namespace

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
    QSet<QString> seen;
    auto add = [&](const QString &domain, const QString &user, const QString &password) {
        if (user.isEmpty() || password.isEmpty() || user.contains(QLatin1Char(':'))
            || domain.contains(QLatin1Char(':')) || password.contains(QLatin1Char('\n')))
            return;
        const QString key = domain + QLatin1Char(':') + user + QLatin1Char(':') + password;
        if (!seen.contains(key)) {
            seen.insert(key);
            file->m_lines.append({domain, user, password});
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
    for (const Line &line : std::as_const(file->m_lines))
        if (!line.domain.isEmpty())
            file->m_spelling.insert(line.domain.toLower(), line.domain);
    const remoting::Status written = file->write();
    if (!written)
        return written.error();
    file->m_hadPrevious = qEnvironmentVariableIsSet("NTLM_USER_FILE");
    file->m_previous = qgetenv("NTLM_USER_FILE");
    qputenv("NTLM_USER_FILE", QFile::encodeName(file->path()));
    g_current = file.get();
    return file;
}

NtlmUserFile::~NtlmUserFile()
{
    if (g_current == this)
        g_current = nullptr;
    if (m_hadPrevious)
        qputenv("NTLM_USER_FILE", m_previous);
    else
        qunsetenv("NTLM_USER_FILE");
}

QString NtlmUserFile::path() const
{
    return m_dir.filePath(QStringLiteral("ntlm-users"));
}

// Writes every line with its domain spelt as m_spelling says; replaced atomically, so
// gss-ntlmssp never reads half a file.
remoting::Status NtlmUserFile::write()
{
    QStringList lines;
    for (const Line &line : std::as_const(m_lines))
        lines << m_spelling.value(line.domain.toLower(), line.domain) + QLatin1Char(':') + line.user
                     + QLatin1Char(':') + line.password;
    QSaveFile f(path());
    const QByteArray data = lines.join(QLatin1Char('\n')).toUtf8() + '\n';
    if (!f.open(QIODevice::WriteOnly)
        || !f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)
        || f.write(data) != data.size() || !f.commit())
        return Error::make(
            Error::Kind::Usage,
            QStringLiteral("Cannot write the NTLM user file %1: %2").arg(path(), f.errorString()));
    return remoting::success();
}

void NtlmUserFile::spellDomainAs(const QString &domain)
{
    const QString key = domain.toLower();
    const auto it = m_spelling.find(key);
    if (domain.isEmpty() || it == m_spelling.end() || it.value() == domain)
        return;
    it.value() = domain;
    (void)write(); // a failed rewrite leaves the previous spelling: the logon is refused
}

void NtlmUserFile::prepareForLogon(const QByteArray &token)
{
    if (!g_current)
        return;
    const QString domain = authenticateMessageDomain(token);
    if (!domain.isNull())
        g_current->spellDomainAs(domain);
}

QString NtlmUserFile::authenticateMessageDomain(const QByteArray &token)
{
    // MS-NLMP 2.2.1.3 AUTHENTICATE_MESSAGE: signature, MessageType 3, then the Lm/Nt
    // response fields and DomainNameFields (Len u16, MaxLen u16, BufferOffset u32) at 28,
    // NegotiateFlags at 60 (bit 0: Unicode). Inside SPNEGO the message is a contiguous
    // OCTET STRING, so it is found by its signature.
    static const QByteArray signature("NTLMSSP\0\3\0\0\0", 12);
    const qsizetype start = token.indexOf(signature);
    if (start < 0)
        return QString();
    const QByteArray m = token.mid(start);
    if (m.size() < 64)
        return QString();
    const auto *p = reinterpret_cast<const uchar *>(m.constData());
    const quint16 length = qFromLittleEndian<quint16>(p + 28);
    const quint32 offset = qFromLittleEndian<quint32>(p + 32);
    const quint32 flags = qFromLittleEndian<quint32>(p + 60);
    if (length == 0 || offset > quint32(m.size()) || length > m.size() - offset)
        return QString();
    const QByteArray raw = m.mid(offset, length);
    if (flags & 0x1) {
        if (raw.size() % 2)
            return QString();
        QString out(raw.size() / 2, Qt::Uninitialized);
        for (int i = 0; i < out.size(); ++i)
            out[i] = QChar(qFromLittleEndian<quint16>(p + offset + 2 * i));
        return out;
    }
    return QString::fromLatin1(raw);
}

} // namespace fake::auth
