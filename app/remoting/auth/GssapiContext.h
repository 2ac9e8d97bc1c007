#pragma once

#include "auth/SecurityContext.h"

#include <QByteArray>
#include <QString>

#include <memory>

namespace remoting::auth {

// GSSAPI (MIT krb5) client security context: Negotiate/SPNEGO (restricted to Kerberos), bare
// Kerberos, and NTLM through the gss-ntlmssp mechanism (raw NTLMSSP tokens, sent under
// the "Negotiate" HTTP scheme as WinRM expects). The acceptor (server side) lives with the
// fake Exchange.
//
// GSSAPI calls are synchronous: the initiator's first step() may contact the KDC
// (acquiring a TGT with the password, then a service ticket). Callers that must not block
// the GUI thread run the context on a worker.
class GssapiContext final : public SecurityContext
{
public:
    enum class Mechanism { Spnego, Kerberos, Ntlm };

    static Expected<std::unique_ptr<GssapiContext>> createInitiator(const ContextOptions &options);
    ~GssapiContext() override;

    QString scheme() const override;
    Expected<QByteArray> step(const QByteArray &peerToken) override;
    bool isComplete() const override;
    bool canEncrypt() const override;
    QString encryptionProtocol() const override;
    Expected<QByteArray> wrap(const QByteArray &plain, QByteArray *header) override;
    Expected<QByteArray> unwrap(const QByteArray &header, const QByteArray &cipher) override;
    void reset() override;

    Mechanism mechanism() const;
    // The mechanism negotiated inside SPNEGO (Kerberos when complete), else mechanism().
    Mechanism negotiatedMechanism() const;

private:
    struct Private;
    explicit GssapiContext(std::unique_ptr<Private> d);
    std::unique_ptr<Private> d;
};

} // namespace remoting::auth
