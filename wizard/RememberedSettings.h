#pragma once

#include "JournalingSettings.h"

#include <QByteArray>
#include <QString>

#include <memory>
#include <optional>

class QSettings;

namespace wizard {

// What was typed for one server, as remembered between runs. Never a secret: the password
// lives in the system keychain (RememberedPassword).
struct RememberedServer
{
    int authChoice = 0; // SetupController::AuthChoice as int
    QString userName;
    bool rememberPassword = false;
    QByteArray pinnedSha256; // raw 32 bytes, or empty
    std::optional<exchange::JournalingSettings> settings;
};

// The wizard's settings file (an INI file; the platform's default place unless one is given):
// the last server, and per server (by ServerAddress::settingsKey) what was typed for it.
// Synchronous file access only; nothing here goes to the network or the keychain.
class RememberedSettings
{
public:
    explicit RememberedSettings(const QString &iniFile = {});
    ~RememberedSettings();

    // Empty: the platform's default settings store.
    void setFile(const QString &iniFile);

    QString lastServer() const;
    // Nothing when this server was never used.
    std::optional<RememberedServer> server(const QString &serverKey) const;
    // Remembers `server` for serverKey and makes serverText the last server.
    void remember(const QString &serverText, const QString &serverKey,
                  const RememberedServer &server);

private:
    QSettings *store() const;

    QString m_file;
    mutable std::unique_ptr<QSettings> m_store;
};

} // namespace wizard
