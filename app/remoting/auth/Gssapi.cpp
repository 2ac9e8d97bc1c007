#include "auth/Gssapi.h"

#include <QCoreApplication>
#include <QStringList>

#include <gssapi/gssapi_ext.h>

#include <cstring>

namespace remoting::auth::gssapi {

namespace {

gss_OID_desc kKrb5Oid = {9, const_cast<char *>("\x2a\x86\x48\x86\xf7\x12\x01\x02\x02")};
gss_OID_desc kSpnegoOid = {6, const_cast<char *>("\x2b\x06\x01\x05\x05\x02")};
gss_OID_desc kNtlmOid = {10, const_cast<char *>("\x2b\x06\x01\x04\x01\x82\x37\x02\x02\x0a")};

} // namespace

gss_OID krb5Oid()
{
    return &kKrb5Oid;
}

gss_OID spnegoOid()
{
    return &kSpnegoOid;
}

gss_OID ntlmOid()
{
    return &kNtlmOid;
}

bool sameOid(gss_const_OID a, gss_const_OID b)
{
    return a && b && a->length == b->length
           && std::memcmp(a->elements, b->elements, a->length) == 0;
}

QString displayStatus(OM_uint32 code, int type, gss_OID mech)
{
    QStringList parts;
    OM_uint32 messageContext = 0;
    do {
        OM_uint32 minor = 0;
        gss_buffer_desc text = GSS_C_EMPTY_BUFFER;
        const OM_uint32 major
            = gss_display_status(&minor, code, type, mech, &messageContext, &text);
        if (GSS_ERROR(major))
            break;
        parts << QString::fromUtf8(static_cast<const char *>(text.value), int(text.length));
        gss_release_buffer(&minor, &text);
    } while (messageContext != 0);
    return parts.join(QStringLiteral("; "));
}

QString statusDetail(const char *call, OM_uint32 major, OM_uint32 minor, gss_OID mech)
{
    QString detail = QStringLiteral("%1: major 0x%2 (%3)")
                         .arg(QLatin1String(call))
                         .arg(major, 8, 16, QLatin1Char('0'))
                         .arg(displayStatus(major, GSS_C_GSS_CODE, GSS_C_NO_OID));
    if (minor != 0) {
        detail += QStringLiteral(", minor %1 (%2)")
                      .arg(qint32(minor))
                      .arg(displayStatus(minor, GSS_C_MECH_CODE, mech));
    }
    return detail;
}

Buffer::~Buffer()
{
    OM_uint32 minor = 0;
    if (b.value)
        gss_release_buffer(&minor, &b);
}

QByteArray Buffer::bytes() const
{
    return QByteArray(static_cast<const char *>(b.value), int(b.length));
}

gss_buffer_desc view(const QByteArray &a)
{
    gss_buffer_desc d;
    d.length = size_t(a.size());
    d.value = const_cast<char *>(a.constData());
    return d;
}

Expected<QByteArray> seal(gss_ctx_id_t ctx, bool ntlm, const QByteArray &plain, QByteArray *header,
                          const ErrorMapper &mapError)
{
    OM_uint32 minor = 0;
    int confState = 0;
    if (ntlm) {
        // gss-ntlmssp has no gss_wrap_iov: gss_wrap gives signature(16) + sealed data.
        gss_buffer_desc in = view(plain);
        Buffer out;
        const OM_uint32 major
            = gss_wrap(&minor, ctx, 1, GSS_C_QOP_DEFAULT, &in, &confState, &out.b);
        if (GSS_ERROR(major))
            return mapError("gss_wrap(ntlm)", major, minor);
        const QByteArray token = out.bytes();
        if (token.size() < 16 || !confState)
            return Error::make(
                Error::Kind::Auth,
                QCoreApplication::translate("remoting::auth", "NTLM message sealing failed."),
                QStringLiteral("gss_wrap: short token or no confidentiality"));
        if (header)
            *header = token.left(16);
        return token.mid(16);
    }
    // Kerberos: HEADER | DATA | PADDING; MIT folds the trailer into the header (RRC).
    QByteArray data = plain;
    data.detach();
    gss_iov_buffer_desc iov[3];
    std::memset(iov, 0, sizeof iov);
    iov[0].type = GSS_IOV_BUFFER_TYPE_HEADER | GSS_IOV_BUFFER_FLAG_ALLOCATE;
    iov[1].type = GSS_IOV_BUFFER_TYPE_DATA;
    iov[1].buffer = view(data);
    iov[1].buffer.value = data.data();
    iov[2].type = GSS_IOV_BUFFER_TYPE_PADDING | GSS_IOV_BUFFER_FLAG_ALLOCATE;
    const OM_uint32 major = gss_wrap_iov(&minor, ctx, 1, GSS_C_QOP_DEFAULT, &confState, iov, 3);
    if (GSS_ERROR(major)) {
        gss_release_iov_buffer(&minor, iov, 3);
        return mapError("gss_wrap_iov", major, minor);
    }
    if (header)
        *header
            = QByteArray(static_cast<const char *>(iov[0].buffer.value), int(iov[0].buffer.length));
    QByteArray cipher(static_cast<const char *>(iov[1].buffer.value), int(iov[1].buffer.length));
    cipher += QByteArray(static_cast<const char *>(iov[2].buffer.value), int(iov[2].buffer.length));
    OM_uint32 ignored = 0;
    gss_release_iov_buffer(&ignored, iov, 3);
    if (!confState)
        return Error::make(Error::Kind::Auth,
                           QCoreApplication::translate(
                               "remoting::auth", "Kerberos message encryption was not applied."),
                           QStringLiteral("gss_wrap_iov: conf_state 0"));
    return cipher;
}

Expected<QByteArray> unseal(gss_ctx_id_t ctx, bool ntlm, const QByteArray &header,
                            const QByteArray &cipher, const ErrorMapper &mapError)
{
    OM_uint32 minor = 0;
    int confState = 0;
    gss_qop_t qop = 0;
    if (ntlm) {
        const QByteArray token = header + cipher;
        gss_buffer_desc in = view(token);
        Buffer out;
        const OM_uint32 major = gss_unwrap(&minor, ctx, &in, &out.b, &confState, &qop);
        if (GSS_ERROR(major))
            return mapError("gss_unwrap(ntlm)", major, minor);
        return out.bytes();
    }
    QByteArray headerCopy = header;
    QByteArray data = cipher;
    headerCopy.detach();
    data.detach();
    gss_iov_buffer_desc iov[2];
    std::memset(iov, 0, sizeof iov);
    iov[0].type = GSS_IOV_BUFFER_TYPE_HEADER;
    iov[0].buffer.length = size_t(headerCopy.size());
    iov[0].buffer.value = headerCopy.data();
    iov[1].type = GSS_IOV_BUFFER_TYPE_DATA;
    iov[1].buffer.length = size_t(data.size());
    iov[1].buffer.value = data.data();
    const OM_uint32 major = gss_unwrap_iov(&minor, ctx, &confState, &qop, iov, 2);
    if (GSS_ERROR(major))
        return mapError("gss_unwrap_iov", major, minor);
    return QByteArray(static_cast<const char *>(iov[1].buffer.value), int(iov[1].buffer.length));
}

} // namespace remoting::auth::gssapi
