#pragma once

#include <QObject>
#include <QString>

namespace credentials {
class CredentialStore;
}

namespace wizard {

// The password of one server and user in the system keychain, kept only when the technician
// asked to remember it. Asynchronous (the keychain may ask the user): answers arrive through
// signals, never as a blocking call. Holds no secret itself.
class RememberedPassword : public QObject
{
    Q_OBJECT
public:
    explicit RememberedPassword(QObject *parent = nullptr);

    // Not owned; null = passwords are never remembered.
    void setStore(credentials::CredentialStore *store);
    bool hasStore() const { return m_store != nullptr; }

    // The remembered settings say a password may be in the keychain for this server/user.
    void setMayBeStored(bool stored) { m_mayBeStored = stored; }

    // Reads the password -> loaded(server, user, secret) | failed(message).
    void load(const QString &server, const QString &user);
    // After a verified connection: stores the password when remember is on; when it was
    // turned off, forgets the one stored before for this server/user.
    void update(const QString &server, const QString &user, const QString &password, bool remember);

Q_SIGNALS:
    // The caller checks that server/user are still the ones typed.
    void loaded(const QString &server, const QString &user, const QString &secret);
    void failed(const QString &message);

private:
    credentials::CredentialStore *m_store = nullptr;
    bool m_mayBeStored = false;
};

} // namespace wizard
