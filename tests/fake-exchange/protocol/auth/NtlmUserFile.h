#pragma once

#include "Error.h"

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
// Each account can log on as DOMAIN\user, user@dnsDomain (its UPN) or a bare user. The
// domain must be spelt as configured (CONTOSO, contoso.com): NTLMv2 mixes it into the
// response as typed, and gss-ntlmssp takes the spelling from the first line that matches
// case-insensitively (Windows would accept any case).
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

private:
    NtlmUserFile() = default;
    QTemporaryDir m_dir;
    bool m_hadPrevious = false;
    QByteArray m_previous;
};

} // namespace fake::auth
