// Fuzz entry for the MS-WSMV 2.2.9.1 encrypted multipart body parser
// (auth::decryptBody). The cryptography is not under test here, the framing is: a
// transparent security context stands in for Kerberos/NTLM (its 16-byte "signature" must
// be the one it wrote). The first input byte picks the Content-Type; with mode 3 the
// input is instead encrypted and decrypted again, which must give it back exactly.
#include "auth/MessageEncryption.h"
#include "auth/SecurityContext.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

using namespace remoting;

namespace {

class TransparentContext : public auth::SecurityContext
{
public:
    QString scheme() const override { return QStringLiteral("Negotiate"); }
    Expected<QByteArray> step(const QByteArray &) override { return QByteArray(); }
    bool isComplete() const override { return true; }
    bool canEncrypt() const override { return true; }
    QString encryptionProtocol() const override
    {
        return QStringLiteral("application/HTTP-SPNEGO-session-encrypted");
    }
    Expected<QByteArray> wrap(const QByteArray &plain, QByteArray *header) override
    {
        *header = QByteArray(16, '\x5a');
        return plain;
    }
    Expected<QByteArray> unwrap(const QByteArray &header, const QByteArray &cipher) override
    {
        if (header != QByteArray(16, '\x5a'))
            return Error::make(Error::Kind::Auth, QStringLiteral("bad signature"));
        return cipher;
    }
    void reset() override {}
};

const QByteArray kTypes[] = {
    "multipart/encrypted;protocol=\"application/HTTP-SPNEGO-session-encrypted\";"
    "boundary=\"Encrypted Boundary\"",
    "multipart/encrypted;protocol=\"application/HTTP-Kerberos-session-encrypted\";"
    "boundary=Encrypted Boundary",
    "multipart/x-multi-encrypted;protocol=\"application/HTTP-CredSSP-session-encrypted\";"
    "boundary=\"Encrypted Boundary\"",
};

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    const int mode = data[0] % 4;
    const QByteArray in(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    TransparentContext ctx;
    if (mode == 3) {
        QByteArray type;
        const QByteArray body = auth::encryptBody(ctx, in, &type);
        auto back = auth::decryptBody(ctx, body, type);
        if (!back.ok() || *back != in)
            std::abort(); // what we write, we read
        return 0;
    }
    auto plain = auth::decryptBody(ctx, in, kTypes[mode]);
    if (plain.ok() && plain->size() > in.size())
        std::abort(); // the plaintext is part of the body here
    if (!plain.ok() && plain.error().message.isEmpty())
        std::abort();
    return 0;
}

#include "ReplayMain.h"

namespace {

QList<QByteArray> builtinSeeds()
{
    TransparentContext ctx;
    QByteArray type;
    const QByteArray soap = "<s:Envelope><s:Body/></s:Envelope>";
    const QByteArray body = auth::encryptBody(ctx, soap, &type);
    QByteArray spaced = body;
    spaced.replace("--Encrypted Boundary", "-- Encrypted Boundary");
    const QList<QByteArray> seeds
        = {char(0) + body, char(1) + spaced, char(2) + body, char(3) + soap,
           char(0) + QByteArray("--Encrypted Boundary\r\n")};
    return seeds;
}

} // namespace

SECURESTORE_FUZZ_SEEDS("fuzz_encrypted_body", builtinSeeds)
