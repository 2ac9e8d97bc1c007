#pragma once

#include <QObject>
#include <QString>

#include <functional>

namespace credentials {

// Secrets live only in the system keychain. Asynchronous: callbacks run on the caller's
// thread from the event loop; no call blocks.
class CredentialStore : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    // Key of one secret: "securestore-setup/<server>/<user>" (server lower-cased).
    static QString keyFor(const QString &server, const QString &user);

    // ok=false with a user-facing message when the keychain is unavailable or refused.
    using ReadCallback = std::function<void(bool ok, const QString &secret, const QString &error)>;
    using WriteCallback = std::function<void(bool ok, const QString &error)>;

    virtual void readPassword(const QString &server, const QString &user, ReadCallback done) = 0;
    virtual void writePassword(const QString &server, const QString &user, const QString &secret,
                               WriteCallback done)
        = 0;
    virtual void deletePassword(const QString &server, const QString &user, WriteCallback done) = 0;
};

} // namespace credentials
