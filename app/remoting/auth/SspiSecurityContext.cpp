#include "auth/SspiSecurityContext.h"

#include "auth/AuthLog.h"
#include "auth/SspiContext.h"

#include <QCoreApplication>

namespace remoting::auth {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("remoting::auth", text);
}

sspi::Bytes toBytes(const QByteArray &a)
{
    return sspi::Bytes(reinterpret_cast<const std::uint8_t *>(a.constData()),
                       reinterpret_cast<const std::uint8_t *>(a.constData()) + a.size());
}

QByteArray fromBytes(const sspi::Bytes &b)
{
    return QByteArray(reinterpret_cast<const char *>(b.data()), int(b.size()));
}

Error toError(const sspi::Result &r, const ContextOptions &o)
{
    const QString detail = QStringLiteral("%1: %2").arg(QString::fromStdString(r.function),
                                                        QString::fromLocal8Bit(r.text.c_str()));
    const QString user = o.userName.isEmpty() ? tr("the current user") : o.userName;
    QString message;
    Error::Reason reason = Error::Reason::AuthFailed;
    switch (r.failure) {
    case sspi::Failure::NoCredentials:
        reason = Error::Reason::AuthUnavailable;
        message = tr("No Windows credentials are available for %1.").arg(user);
        break;
    case sspi::Failure::WrongPassword:
        reason = Error::Reason::AuthRejected;
        message = tr("The logon was rejected for %1.").arg(user);
        break;
    case sspi::Failure::UnknownTarget:
        reason = Error::Reason::KerberosServiceUnknown;
        message
            = tr("The domain controller does not know the service principal HTTP/%1.").arg(o.host);
        break;
    case sspi::Failure::ClockSkew:
        reason = Error::Reason::ClockSkew;
        message = tr("The clocks of this computer and the domain controller or the server "
                     "differ by more than Kerberos allows (usually 5 minutes).");
        break;
    case sspi::Failure::NoAuthority:
        reason = Error::Reason::KdcUnreachable;
        message = tr("No domain controller could be reached to authenticate.");
        break;
    case sspi::Failure::AccountRestricted:
        reason = Error::Reason::AccountUnusable;
        message
            = tr("The account %1 is disabled, locked out or its password has expired.").arg(user);
        break;
    case sspi::Failure::BadBindings:
        message = tr("The server rejected the TLS channel binding (Extended Protection). A proxy "
                     "or load balancer that terminates TLS is in the way; connect to the server "
                     "directly.");
        break;
    case sspi::Failure::Integrity:
        message = tr("A security token or encrypted message from the server failed its integrity "
                     "check.");
        break;
    case sspi::Failure::None:
    case sspi::Failure::Other:
        message
            = tr("Windows authentication failed: %1").arg(QString::fromLocal8Bit(r.text.c_str()));
        break;
    }
    return Error::make(Error::Kind::Auth, reason, message, detail);
}

} // namespace

SspiSecurityContext::SspiSecurityContext(const ContextOptions &options)
    : m_options(options)
{
    sspi::Options o;
    if (options.method == AuthMethod::Ntlm)
        o.package = sspi::Package::Ntlm;
    else
        o.package = options.rawKerberos() ? sspi::Package::Kerberos : sspi::Package::Negotiate;
    o.targetName = (QStringLiteral("HTTP/") + options.host.trimmed()).toStdWString();
    o.user = options.userName.toStdWString();
    o.password = options.password.toStdWString();
    m_context = std::make_unique<sspi::Context>(std::move(o));
    m_options.password.fill(QLatin1Char('\0'));
    m_options.password.clear();
}

SspiSecurityContext::~SspiSecurityContext() = default;

QString SspiSecurityContext::scheme() const
{
    if (m_options.method == AuthMethod::Kerberos && m_options.bareKerberos)
        return QStringLiteral("Kerberos");
    return QStringLiteral("Negotiate");
}

Expected<QByteArray> SspiSecurityContext::step(const QByteArray &peerToken)
{
    sspi::Bytes out;
    const sspi::Result r = m_context->step(toBytes(peerToken), &out);
    if (!r.ok())
        return toError(r, m_options);
    return fromBytes(out);
}

bool SspiSecurityContext::isComplete() const
{
    return m_context->isComplete();
}

bool SspiSecurityContext::canEncrypt() const
{
    return m_context->isComplete() && m_context->securityTrailerSize() > 0;
}

QString SspiSecurityContext::encryptionProtocol() const
{
    if (scheme() == QLatin1String("Kerberos"))
        return QStringLiteral("application/HTTP-Kerberos-session-encrypted");
    return QStringLiteral("application/HTTP-SPNEGO-session-encrypted");
}

Expected<QByteArray> SspiSecurityContext::wrap(const QByteArray &plain, QByteArray *header)
{
    sspi::Bytes h, c;
    const sspi::Result r = m_context->encrypt(toBytes(plain), &h, &c);
    if (!r.ok())
        return toError(r, m_options);
    if (header)
        *header = fromBytes(h);
    return fromBytes(c);
}

Expected<QByteArray> SspiSecurityContext::unwrap(const QByteArray &header, const QByteArray &cipher)
{
    sspi::Bytes plain;
    const sspi::Result r = m_context->decrypt(toBytes(header), toBytes(cipher), &plain);
    if (!r.ok())
        return toError(r, m_options);
    return fromBytes(plain);
}

void SspiSecurityContext::setChannelBindings(const QByteArray &applicationData)
{
    SecurityContext::setChannelBindings(applicationData);
    m_context->setChannelBindings(toBytes(applicationData));
}

void SspiSecurityContext::reset()
{
    m_context->reset();
}

} // namespace remoting::auth
