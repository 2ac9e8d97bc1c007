#pragma once

#include "Error.h"
#include "RemoteSession.h" // AuthMethod

#include <QByteArray>
#include <QString>

#include <memory>

namespace remoting::auth {

// One authentication exchange (and, for Kerberos/NTLM, the session keys that protect the
// HTTP bodies afterwards: MS-WSMV 2.2.9.1). Bound to one TCP connection: after a dropped
// connection call reset() and authenticate again.
class SecurityContext
{
public:
    virtual ~SecurityContext();

    // HTTP scheme used in Authorization / WWW-Authenticate: "Negotiate", "Kerberos", "Basic".
    // NTLM contexts send raw NTLMSSP tokens under "Negotiate" (WinRM offers no "NTLM"
    // scheme; Windows' Negotiate accepts raw NTLMSSP, as pywinrm relies on).
    virtual QString scheme() const = 0;
    // Feed the peer's raw token (the caller base64-decodes/encodes); returns the raw token
    // to send, possibly empty. Initiator: the first call takes an empty token.
    virtual Expected<QByteArray> step(const QByteArray &peerToken) = 0;
    virtual bool isComplete() const = 0;
    // Message encryption available (Kerberos/NTLM once complete; never Basic).
    virtual bool canEncrypt() const = 0;
    // "application/HTTP-SPNEGO-session-encrypted" (Negotiate, also NTLM),
    // "application/HTTP-Kerberos-session-encrypted" (bare Kerberos scheme) or "" (Basic).
    virtual QString encryptionProtocol() const = 0;
    // Encrypts plain; *header receives the signature/token header; returns the ciphertext.
    virtual Expected<QByteArray> wrap(const QByteArray &plain, QByteArray *header) = 0;
    virtual Expected<QByteArray> unwrap(const QByteArray &header, const QByteArray &cipher) = 0;
    // The authenticated peer when the context knows it (a server's context: the client,
    // "user@REALM" or "DOMAIN\\user"). Empty before completion and for client contexts.
    virtual QString peerName() const;
    // "tls-server-end-point:" + certificate hash (see channelBindingsFor); empty = none.
    // Must be set before the first step().
    virtual void setChannelBindings(const QByteArray &applicationData);
    // Forget the exchange (dropped connection); the next step() starts over.
    virtual void reset() = 0;

protected:
    QByteArray m_channelBindings;
};

struct ContextOptions
{
    AuthMethod method = AuthMethod::Kerberos;
    QString host;     // the server's FQDN as in the URL; the SPN is HTTP/<host>
    QString userName; // empty: current credentials (ccache / logon session). "user@REALM",
                      // "DOMAIN\\user" or "user"
    QString password; // never logged
    // Kerberos only: use the bare "Kerberos" HTTP scheme (raw krb5 tokens) instead of
    // "Negotiate" (SPNEGO). Exchange and WinRM accept Negotiate; leave false unless needed.
    bool bareKerberos = false;
    // Kerberos under "Negotiate": SPNEGO (default) or a bare krb5 AP-REQ (RawKrb5). With
    // bareKerberos the tokens are always bare krb5.
    KerberosToken kerberosToken = KerberosToken::Spnego;

    // Kerberos tokens without SPNEGO (bareKerberos or KerberosToken::RawKrb5).
    bool rawKerberos() const
    {
        return method == AuthMethod::Kerberos
               && (bareKerberos || kerberosToken == KerberosToken::RawKrb5);
    }
};

// Client side. Basic over http (overTls == false) is refused with an Error{Auth}.
Expected<std::unique_ptr<SecurityContext>> createInitiator(const ContextOptions &options,
                                                           bool overTls);

} // namespace remoting::auth
