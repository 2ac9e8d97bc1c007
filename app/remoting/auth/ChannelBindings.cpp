#include "auth/ChannelBindings.h"

namespace remoting::auth {

namespace {

// Minimal DER reader: tag, definite length, value.
struct Tlv
{
    quint8 tag = 0;
    int headerLength = 0;
    int length = 0;
    bool ok = false;
};

Tlv readTlv(const QByteArray &der, int at)
{
    Tlv t;
    if (at < 0 || at + 2 > der.size())
        return t;
    t.tag = quint8(der[at]);
    const quint8 first = quint8(der[at + 1]);
    if (first < 0x80) {
        t.length = first;
        t.headerLength = 2;
    } else {
        const int count = first & 0x7f;
        if (count == 0 || count > 3 || at + 2 + count > der.size())
            return t;
        int length = 0;
        for (int i = 0; i < count; ++i)
            length = (length << 8) | quint8(der[at + 2 + i]);
        t.length = length;
        t.headerLength = 2 + count;
    }
    t.ok = qint64(at) + t.headerLength + t.length <= der.size();
    return t;
}

QCryptographicHash::Algorithm hashForDigestOid(const QByteArray &oid)
{
    // id-sha256/384/512: 2.16.840.1.101.3.4.2.{1,2,3}
    if (oid == QByteArray::fromHex("608648016503040202"))
        return QCryptographicHash::Sha384;
    if (oid == QByteArray::fromHex("608648016503040203"))
        return QCryptographicHash::Sha512;
    return QCryptographicHash::Sha256; // sha256, sha1 (upgraded), md5 (upgraded), unknown
}

} // namespace

QCryptographicHash::Algorithm channelBindingHashFor(const QByteArray &der)
{
    // Certificate ::= SEQUENCE { tbsCertificate SEQUENCE, signatureAlgorithm SEQUENCE {OID,
    // params}, ... }
    const Tlv cert = readTlv(der, 0);
    if (!cert.ok || cert.tag != 0x30)
        return QCryptographicHash::Sha256;
    const int tbsAt = cert.headerLength;
    const Tlv tbs = readTlv(der, tbsAt);
    if (!tbs.ok || tbs.tag != 0x30)
        return QCryptographicHash::Sha256;
    const int algAt = tbsAt + tbs.headerLength + tbs.length;
    const Tlv alg = readTlv(der, algAt);
    if (!alg.ok || alg.tag != 0x30)
        return QCryptographicHash::Sha256;
    const int oidAt = algAt + alg.headerLength;
    const Tlv oidTlv = readTlv(der, oidAt);
    if (!oidTlv.ok || oidTlv.tag != 0x06)
        return QCryptographicHash::Sha256;
    const QByteArray oid = der.mid(oidAt + oidTlv.headerLength, oidTlv.length);

    const QByteArray rsa = QByteArray::fromHex("2a864886f70d0101"); // 1.2.840.113549.1.1.x
    const QByteArray ecdsa = QByteArray::fromHex("2a8648ce3d0403"); // 1.2.840.10045.4.3.x
    if (oid.size() == rsa.size() + 1 && oid.startsWith(rsa)) {
        switch (quint8(oid.back())) {
        case 12:
            return QCryptographicHash::Sha384; // sha384WithRSAEncryption
        case 13:
            return QCryptographicHash::Sha512; // sha512WithRSAEncryption
        case 10: { // RSASSA-PSS: params SEQUENCE { [0] AlgorithmIdentifier hashAlgorithm DEFAULT
                   // sha1, ... }
            const int paramsAt = oidAt + oidTlv.headerLength + oidTlv.length;
            const Tlv params = readTlv(der, paramsAt);
            if (!params.ok || params.tag != 0x30)
                return QCryptographicHash::Sha256;
            const Tlv tagged = readTlv(der, paramsAt + params.headerLength);
            if (!tagged.ok || tagged.tag != 0xa0)
                return QCryptographicHash::Sha256; // default SHA-1 -> SHA-256
            const int hashAlgAt = paramsAt + params.headerLength + tagged.headerLength;
            const Tlv hashAlg = readTlv(der, hashAlgAt);
            if (!hashAlg.ok || hashAlg.tag != 0x30)
                return QCryptographicHash::Sha256;
            const Tlv hashOid = readTlv(der, hashAlgAt + hashAlg.headerLength);
            if (!hashOid.ok || hashOid.tag != 0x06)
                return QCryptographicHash::Sha256;
            return hashForDigestOid(
                der.mid(hashAlgAt + hashAlg.headerLength + hashOid.headerLength, hashOid.length));
        }
        default:
            return QCryptographicHash::Sha256; // md5 (4), sha1 (5), sha256 (11), sha224 (14)...
        }
    }
    if (oid.size() == ecdsa.size() + 1 && oid.startsWith(ecdsa)) {
        switch (quint8(oid.back())) {
        case 3:
            return QCryptographicHash::Sha384;
        case 4:
            return QCryptographicHash::Sha512;
        default:
            return QCryptographicHash::Sha256;
        }
    }
    return QCryptographicHash::Sha256;
}

QByteArray channelBindingsFor(const QSslCertificate &serverCert)
{
    if (serverCert.isNull())
        return {};
    const QByteArray der = serverCert.toDer();
    return QByteArray("tls-server-end-point:")
           + QCryptographicHash::hash(der, channelBindingHashFor(der));
}

} // namespace remoting::auth
