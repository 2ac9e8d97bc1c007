#pragma once

#include "CredentialStore.h"

namespace credentials {

// Passwords in the operating system's keychain (Windows Credential Manager, macOS Keychain,
// Secret Service on Linux) through QtKeychain. Never falls back to a plain-text file.
// The only file in the project that includes QtKeychain.
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
