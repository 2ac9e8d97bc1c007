#include "CredentialStore.h"

namespace credentials {

QString CredentialStore::keyFor(const QString &server, const QString &user)
{
    return QStringLiteral("securestore-setup/%1/%2")
        .arg(server.trimmed().toLower(), user.trimmed());
}

} // namespace credentials
