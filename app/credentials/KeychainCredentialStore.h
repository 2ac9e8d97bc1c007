#pragma once

#include "CredentialStore.h"

namespace credentials {

// Passwords in the operating system's keychain, never in a plain-text file. One implementation
// file per platform: KeychainCredentialStore.cpp (QtKeychain: Secret Service on Linux, macOS
// Keychain; the only file that includes QtKeychain) and KeychainCredentialStore_win.cpp (the
// Windows Credential Manager API).
class KeychainCredentialStore : public CredentialStore
{
    Q_OBJECT
public:
    explicit KeychainCredentialStore(QObject *parent = nullptr);

    // The keychain "service" all entries are filed under.
    static QString serviceName();

    void readPassword(const QString &server, const QString &user, ReadCallback done) override;
    void writePassword(const QString &server, const QString &user, const QString &secret,
                       WriteCallback done) override;
    void deletePassword(const QString &server, const QString &user, WriteCallback done) override;
};

} // namespace credentials
