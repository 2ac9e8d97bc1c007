#include "RememberedPassword.h"

#include "CredentialStore.h"

#include <QPointer>

namespace wizard {

RememberedPassword::RememberedPassword(QObject *parent)
    : QObject(parent)
{}

void RememberedPassword::setStore(credentials::CredentialStore *store)
{
    m_store = store;
}

void RememberedPassword::load(const QString &server, const QString &user)
{
    if (!m_store || server.isEmpty() || user.isEmpty())
        return;
    QPointer<RememberedPassword> self(this);
    m_store->readPassword(
        server, user, [self, server, user](bool ok, const QString &secret, const QString &error) {
            if (!self)
                return;
            if (ok)
                Q_EMIT self->loaded(server, user, secret);
            else
                Q_EMIT self->failed(error);
        });
}

void RememberedPassword::update(const QString &server, const QString &user, const QString &password,
                                bool remember)
{
    if (!m_store || server.isEmpty() || user.isEmpty())
        return;
    QPointer<RememberedPassword> self(this);
    if (remember) {
        m_mayBeStored = true;
        m_store->writePassword(server, user, password, [self](bool ok, const QString &error) {
            if (self && !ok)
                Q_EMIT self->failed(error);
        });
    } else if (m_mayBeStored) {
        // The technician turned "remember" off: forget what was stored before.
        m_mayBeStored = false;
        m_store->deletePassword(server, user, [](bool, const QString &) {});
    }
}

} // namespace wizard
