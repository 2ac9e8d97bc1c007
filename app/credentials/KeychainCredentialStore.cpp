#include "KeychainCredentialStore.h"

#include <QLoggingCategory>
#include <QPointer>

#include <qt6keychain/keychain.h>

Q_LOGGING_CATEGORY(lcCredentials, "securestore.credentials")

namespace credentials {

namespace {

QString describe(QKeychain::Error error, const QString &technical)
{
    switch (error) {
    case QKeychain::NoError:
        return {};
    case QKeychain::EntryNotFound:
        return KeychainCredentialStore::tr("No password is saved for this server and user.");
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        return KeychainCredentialStore::tr(
            "The system keychain refused access. Unlock it and try again.");
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return KeychainCredentialStore::tr("No system keychain is available, so the password "
                                           "cannot be remembered. Enter it each time.");
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::OtherError:
        break;
    }
    return KeychainCredentialStore::tr("The system keychain reported an error: %1").arg(technical);
}

template<typename JobT>
JobT *makeJob(QObject *parent, const QString &key)
{
    auto *job = new JobT(KeychainCredentialStore::serviceName(), parent);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    return job;
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
    auto *job = makeJob<QKeychain::ReadPasswordJob>(this, key);
    connect(job, &QKeychain::Job::finished, this, [done, key](QKeychain::Job *j) {
        auto *read = static_cast<QKeychain::ReadPasswordJob *>(j);
        if (read->error() != QKeychain::NoError) {
            qCInfo(lcCredentials) << "read" << key << "failed:" << read->errorString();
            done(false, QString(), describe(read->error(), read->errorString()));
            return;
        }
        qCDebug(lcCredentials) << "read" << key << "ok";
        done(true, read->textData(), QString());
    });
    job->start();
}

void KeychainCredentialStore::writePassword(const QString &server, const QString &user,
                                            const QString &secret, WriteCallback done)
{
    const QString key = keyFor(server, user);
    auto *job = makeJob<QKeychain::WritePasswordJob>(this, key);
    job->setTextData(secret);
    connect(job, &QKeychain::Job::finished, this, [done, key](QKeychain::Job *j) {
        if (j->error() != QKeychain::NoError) {
            qCWarning(lcCredentials) << "write" << key << "failed:" << j->errorString();
            done(false, describe(j->error(), j->errorString()));
            return;
        }
        qCDebug(lcCredentials) << "write" << key << "ok";
        done(true, QString());
    });
    job->start();
}

void KeychainCredentialStore::deletePassword(const QString &server, const QString &user,
                                             WriteCallback done)
{
    const QString key = keyFor(server, user);
    auto *job = makeJob<QKeychain::DeletePasswordJob>(this, key);
    connect(job, &QKeychain::Job::finished, this, [done, key](QKeychain::Job *j) {
        // Deleting what is not there is success: the password is not stored either way.
        if (j->error() != QKeychain::NoError && j->error() != QKeychain::EntryNotFound) {
            qCWarning(lcCredentials) << "delete" << key << "failed:" << j->errorString();
            done(false, describe(j->error(), j->errorString()));
            return;
        }
        done(true, QString());
    });
    job->start();
}

} // namespace credentials
