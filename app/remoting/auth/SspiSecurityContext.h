#pragma once

#include "auth/SecurityContext.h"

#include <memory>

namespace remoting::auth {

namespace sspi {
class Context;
}

// Windows: SecurityContext over the Qt-free SSPI context (auth/SspiContext.h).
// AuthMethod::Kerberos -> "Negotiate" package ("Kerberos" with bareKerberos or RawKrb5),
// AuthMethod::Ntlm -> "NTLM" package sent under the "Negotiate" HTTP scheme.
class SspiSecurityContext final : public SecurityContext
{
public:
    explicit SspiSecurityContext(const ContextOptions &options);
    ~SspiSecurityContext() override;

    QString scheme() const override;
    Expected<QByteArray> step(const QByteArray &peerToken) override;
    bool isComplete() const override;
    bool canEncrypt() const override;
    QString encryptionProtocol() const override;
    Expected<QByteArray> wrap(const QByteArray &plain, QByteArray *header) override;
    Expected<QByteArray> unwrap(const QByteArray &header, const QByteArray &cipher) override;
    void setChannelBindings(const QByteArray &applicationData) override;
    void reset() override;

private:
    ContextOptions m_options; // password cleared after the context is created
    std::unique_ptr<sspi::Context> m_context;
};

} // namespace remoting::auth
