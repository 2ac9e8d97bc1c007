// Windows: passwords in the Windows Credential Manager (generic credentials of the logged-on
// user, persisted on this computer), through the Credential Manager API directly. The same
// class as KeychainCredentialStore.cpp (QtKeychain) on the other platforms; CMake picks one.
// Each call runs on the thread pool (Credential Manager may talk to the user profile service)
// and reports back on the caller's thread through the event loop.
#include "KeychainCredentialStore.h"

#include <QLoggingCategory>
#include <QMetaObject>
#include <QPointer>
#include <QThreadPool>

#include <windows.h>
// wincred.h needs windows.h first (separate include blocks keep the order).
#include <wincred.h>

#include <string>

Q_LOGGING_CATEGORY(lcCredentials, "securestore.credentials")

namespace credentials {

namespace {

struct Outcome
{
    bool ok = false;
    bool notFound = false;
    DWORD code = 0;
    QString secret;
};

std::wstring targetName(const QString &key)
{
    return key.toStdWString();
}

QString describe(const Outcome &o)
{
    if (o.notFound)
        return KeychainCredentialStore::tr("No password is saved for this server and user.");
    if (o.code == ERROR_ACCESS_DENIED)
        return KeychainCredentialStore::tr(
            "The system keychain refused access. Unlock it and try again.");
    if (o.code == ERROR_NO_SUCH_LOGON_SESSION)
        return KeychainCredentialStore::tr("No system keychain is available, so the password "
                                           "cannot be remembered. Enter it each time.");
    return KeychainCredentialStore::tr("The system keychain reported an error: %1")
        .arg(QStringLiteral("Credential Manager error %1").arg(o.code));
}

Outcome readCredential(const std::wstring &target)
{
    Outcome o;
    PCREDENTIALW credential = nullptr;
    if (!CredReadW(target.c_str(), CRED_TYPE_GENERIC, 0, &credential)) {
        o.code = GetLastError();
        o.notFound = o.code == ERROR_NOT_FOUND;
        return o;
    }
    o.secret
        = QString::fromWCharArray(reinterpret_cast<const wchar_t *>(credential->CredentialBlob),
                                  int(credential->CredentialBlobSize / sizeof(wchar_t)));
    SecureZeroMemory(credential->CredentialBlob, credential->CredentialBlobSize);
    CredFree(credential);
    o.ok = true;
    return o;
}

Outcome writeCredential(const std::wstring &target, const QString &secret, const QString &user)
{
    Outcome o;
    std::wstring blob = secret.toStdWString();
    std::wstring userName = user.toStdWString();
    CREDENTIALW credential{};
    credential.Type = CRED_TYPE_GENERIC;
    credential.TargetName = const_cast<wchar_t *>(target.c_str());
    credential.Comment = const_cast<wchar_t *>(L"SecureStore Journaling Setup");
    credential.CredentialBlobSize = DWORD(blob.size() * sizeof(wchar_t));
    credential.CredentialBlob = reinterpret_cast<LPBYTE>(blob.data());
    credential.Persist = CRED_PERSIST_LOCAL_MACHINE;
    credential.UserName = userName.data();
    o.ok = CredWriteW(&credential, 0);
    if (!o.ok)
        o.code = GetLastError();
    SecureZeroMemory(blob.data(), blob.size() * sizeof(wchar_t));
    return o;
}

Outcome deleteCredential(const std::wstring &target)
{
    Outcome o;
    o.ok = CredDeleteW(target.c_str(), CRED_TYPE_GENERIC, 0);
    if (!o.ok) {
        o.code = GetLastError();
        o.notFound = o.code == ERROR_NOT_FOUND;
        o.ok = o.notFound; // deleting what is not there: the password is not stored either way
    }
    return o;
}

// Runs work() on the thread pool, then done(outcome) on owner's thread (if owner still lives).
template<typename Work, typename Done>
void runAsync(QObject *owner, Work work, Done done)
{
    QPointer<QObject> guard(owner);
    QThreadPool::globalInstance()->start([guard, work, done]() mutable {
        Outcome outcome = work();
        if (!guard)
            return;
        QMetaObject::invokeMethod(
            guard.data(),
            [guard, done, outcome]() mutable {
                if (guard)
                    done(outcome);
            },
            Qt::QueuedConnection);
    });
}

} // namespace

KeychainCredentialStore::KeychainCredentialStore(QObject *parent)
    : CredentialStore(parent)
{}

QString KeychainCredentialStore::serviceName()
{
    return QStringLiteral("securestore-setup");
}

void KeychainCredentialStore::readPassword(const QString &server, const QString &user,
                                           ReadCallback done)
{
    const QString key = keyFor(server, user);
    runAsync(
        this, [target = targetName(key)] { return readCredential(target); },
        [done, key](const Outcome &o) {
            if (!o.ok) {
                qCInfo(lcCredentials) << "read" << key << "failed: error" << o.code;
                done(false, QString(), describe(o));
                return;
            }
            qCDebug(lcCredentials) << "read" << key << "ok";
            done(true, o.secret, QString());
        });
}

void KeychainCredentialStore::writePassword(const QString &server, const QString &user,
                                            const QString &secret, WriteCallback done)
{
    const QString key = keyFor(server, user);
    runAsync(
        this,
        [target = targetName(key), secret, user] { return writeCredential(target, secret, user); },
        [done, key](const Outcome &o) {
            if (!o.ok) {
                qCWarning(lcCredentials) << "write" << key << "failed: error" << o.code;
                done(false, describe(o));
                return;
            }
            qCDebug(lcCredentials) << "write" << key << "ok";
            done(true, QString());
        });
}

void KeychainCredentialStore::deletePassword(const QString &server, const QString &user,
                                             WriteCallback done)
{
    const QString key = keyFor(server, user);
    runAsync(
        this, [target = targetName(key)] { return deleteCredential(target); },
        [done, key](const Outcome &o) {
            if (!o.ok) {
                qCWarning(lcCredentials) << "delete" << key << "failed: error" << o.code;
                done(false, describe(o));
                return;
            }
            done(true, QString());
        });
}

} // namespace credentials
