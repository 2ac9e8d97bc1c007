#pragma once

#include "auth/SecurityContext.h"

#include <QByteArray>
#include <QString>

#include <memory>

namespace fake::auth {

using remoting::Expected;

// The server side of Negotiate/Kerberos/NTLM for the fake Exchange (GSSAPI, MIT krb5 and
// gss-ntlmssp). Like Windows' Negotiate package it takes whatever the client's first token
// is: SPNEGO (Kerberos or NTLM inside), a raw Kerberos AP-REQ (GSS-framed, OID
// 1.2.840.113554.1.2.2) or a raw NTLMSSP message; the HTTP scheme ("Negotiate", "Kerberos"
// or "NTLM") only decides the scheme of the answers and the encryption protocol name.
// Kerberos uses the service keys of keytabPath (empty: KRB5_KTNAME / the default keytab);
// NTLM checks the users of gss-ntlmssp's NTLM_USER_FILE.
class GssapiAcceptor final : public remoting::auth::SecurityContext
{
public:
    enum class Mechanism { Unknown, Spnego, Kerberos, Ntlm };

    // httpScheme: "Negotiate", "Kerberos" or "NTLM" (case-insensitive).
    static Expected<std::unique_ptr<GssapiAcceptor>> create(const QString &keytabPath,
                                                            const QString &httpScheme);
    ~GssapiAcceptor() override;

    QString scheme() const override;
    Expected<QByteArray> step(const QByteArray &peerToken) override;
    bool isComplete() const override;
    bool canEncrypt() const override;
    QString encryptionProtocol() const override;
    Expected<QByteArray> wrap(const QByteArray &plain, QByteArray *header) override;
    Expected<QByteArray> unwrap(const QByteArray &header, const QByteArray &cipher) override;
    QString peerName() const override;
    void reset() override;

    // What the client's first token was (Unknown before it).
    Mechanism mechanism() const;
    // The mechanism that authenticated: inside SPNEGO, Kerberos or NTLM; else mechanism().
    Mechanism negotiatedMechanism() const;

    // What the first token of a handshake is, by its framing (Unknown: none of the three).
    static Mechanism classifyToken(const QByteArray &token);

private:
    struct Private;
    explicit GssapiAcceptor(std::unique_ptr<Private> d);
    std::unique_ptr<Private> d;
};

} // namespace fake::auth
