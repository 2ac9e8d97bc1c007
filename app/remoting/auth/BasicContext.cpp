#include "auth/BasicContext.h"

#include <QCoreApplication>

namespace remoting::auth {

BasicContext::BasicContext(QString userName, QString password)
    : m_userName(std::move(userName))
    , m_password(std::move(password))
{}

QString BasicContext::scheme() const
{
    return QStringLiteral("Basic");
}

Expected<QByteArray> BasicContext::step(const QByteArray &peerToken)
{
    if (m_sent) {
        // A second challenge after the credentials were sent means they were rejected.
        return Error::make(
            Error::Kind::Auth, Error::Reason::AuthRejected,
            QCoreApplication::translate("remoting::auth",
                                        "The server rejected the user name or password (Basic "
                                        "authentication)."),
            QStringLiteral("Basic: challenged again after sending credentials"));
    }
    Q_UNUSED(peerToken);
    if (m_userName.isEmpty()) {
        return Error::make(
            Error::Kind::Usage,
            QCoreApplication::translate("remoting::auth",
                                        "Basic authentication needs a user name and password."));
    }
    m_sent = true;
    return m_userName.toUtf8() + ':' + m_password.toUtf8();
}

bool BasicContext::isComplete() const
{
    return m_sent;
}

bool BasicContext::canEncrypt() const
{
    return false;
}

QString BasicContext::encryptionProtocol() const
{
    return {};
}

Expected<QByteArray> BasicContext::wrap(const QByteArray &, QByteArray *)
{
    return Error::make(Error::Kind::Usage,
                       QCoreApplication::translate(
                           "remoting::auth", "Basic authentication cannot encrypt messages."));
}

Expected<QByteArray> BasicContext::unwrap(const QByteArray &, const QByteArray &)
{
    return wrap({}, nullptr).error();
}

void BasicContext::reset()
{
    m_sent = false;
}

Error BasicContext::refusedOverHttp()
{
    return Error::make(Error::Kind::Auth, Error::Reason::InsecureTransport,
                       QCoreApplication::translate(
                           "remoting::auth",
                           "Basic authentication sends the password in clear text, so it is "
                           "only used over HTTPS."),
                       QStringLiteral("Basic refused: endpoint is not TLS"));
}

} // namespace remoting::auth
