#pragma once

#include "Error.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace fake::auth {

// gss-ntlmssp's user database for the fake's own process: gss-ntlmssp checks NTLM logons
// against the file named by NTLM_USER_FILE ("DOMAIN:user:password" lines). create() writes
// one for the given accounts into a private temporary directory (0700, file 0600) and
// points NTLM_USER_FILE of this process at it, so NTLM works with the organisation's users
// without any set-up; the previous value is restored and the file removed on destruction.
// Each account can log on as DOMAIN\user, user@dnsDomain (its UPN) or a bare user.
//
// The domain may be typed in any case (contoso\admin, CONTOSO.COM\admin), as Windows
// accepts. NTLMv2 mixes the domain into the response as the client typed it, and
// gss-ntlmssp takes the spelling from the first line that matches case-insensitively, so
// before it checks an AUTHENTICATE message the acceptor calls prepareForLogon(), which
// rewrites the file with the domain spelt as in that message.
class NtlmUserFile
{
public:
    struct Account
    {
        QString name;              // "admin"
        QString password;          // written only to the private file
        QString userPrincipalName; // "admin@contoso.com" (optional)
    };

    static remoting::Expected<std::unique_ptr<NtlmUserFile>>
    create(const QString &netbiosDomain, const QString &dnsDomain, const QList<Account> &accounts);
    ~NtlmUserFile();
    NtlmUserFile(const NtlmUserFile &) = delete;
    NtlmUserFile &operator=(const NtlmUserFile &) = delete;

    QString path() const;

    // token: the client's handshake token (raw NTLMSSP or SPNEGO around it). When it holds
    // an NTLM AUTHENTICATE message whose domain matches one of the file's domains in
    // another case, the file of this process's NtlmUserFile (if any) is rewritten with
    // that spelling. Anything else leaves the file alone.
    static void prepareForLogon(const QByteArray &token);
    // The DomainName of the NTLM AUTHENTICATE message in token; null when there is none.
    static QString authenticateMessageDomain(const QByteArray &token);

private:
    struct Line
    {
        QString domain, user, password;
    };

    NtlmUserFile() = default;
    remoting::Status write();
    void spellDomainAs(const QString &domain);

    QTemporaryDir m_dir;
    QList<Line> m_lines;
    QHash<QString, QString> m_spelling; // lower-case domain -> the spelling written
    bool m_hadPrevious = false;
    QByteArray m_previous;
};

} // namespace fake::auth
