#pragma once

#include "auth/SecurityContext.h"

namespace remoting::auth {

// HTTP Basic (RFC 7617) for the initiator: one token "user:password" (UTF-8). No message
// encryption, so it is only created over TLS (see createInitiator).
class BasicContext final : public SecurityContext
{
public:
    BasicContext(QString userName, QString password);

    QString scheme() const override;
    Expected<QByteArray> step(const QByteArray &peerToken) override;
    bool isComplete() const override;
    bool canEncrypt() const override;
    QString encryptionProtocol() const override;
    Expected<QByteArray> wrap(const QByteArray &plain, QByteArray *header) override;
    Expected<QByteArray> unwrap(const QByteArray &header, const QByteArray &cipher) override;
    void reset() override;

    // The refusal createInitiator returns for Basic over plain http.
    static Error refusedOverHttp();

private:
    QString m_userName;
    QString m_password;
    bool m_sent = false;
};

} // namespace remoting::auth
