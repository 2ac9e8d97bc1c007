#pragma once

// GSSAPI (MIT krb5) pieces that every GSSAPI security context needs, whichever side it is
// on: mechanism OIDs, status texts for the log, buffer handling, and MS-WSMV message
// sealing (gss_wrap_iov for Kerberos, gss_wrap split into signature + data for NTLM).

#include "Error.h"

#include <QByteArray>
#include <QString>

#include <gssapi/gssapi.h>

#include <functional>

namespace remoting::auth::gssapi {

gss_OID krb5Oid();   // 1.2.840.113554.1.2.2
gss_OID spnegoOid(); // 1.3.6.1.5.5.2
gss_OID ntlmOid();   // 1.3.6.1.4.1.311.2.2.10 (gss-ntlmssp)
bool sameOid(gss_const_OID a, gss_const_OID b);

// gss_display_status texts of one status code, joined with "; ".
QString displayStatus(OM_uint32 code, int type, gss_OID mech);
// Technical detail for the log: the call, both status codes and their texts.
QString statusDetail(const char *call, OM_uint32 major, OM_uint32 minor, gss_OID mech);

// An output buffer released by GSSAPI when it goes out of scope.
struct Buffer
{
    gss_buffer_desc b = GSS_C_EMPTY_BUFFER;
    Buffer() = default;
    Buffer(const Buffer &) = delete;
    Buffer &operator=(const Buffer &) = delete;
    ~Buffer();
    QByteArray bytes() const;
};
// A read-only view of a; valid while a lives and is not modified.
gss_buffer_desc view(const QByteArray &a);

// Turns a failed GSSAPI call into the caller's Error.
using ErrorMapper = std::function<Error(const char *call, OM_uint32 major, OM_uint32 minor)>;

// Seals plain for an established context (MS-WSMV 2.2.9.1): *header receives the
// signature/token header, the return value the ciphertext. ntlm: the context runs NTLM.
Expected<QByteArray> seal(gss_ctx_id_t ctx, bool ntlm, const QByteArray &plain, QByteArray *header,
                          const ErrorMapper &mapError);
Expected<QByteArray> unseal(gss_ctx_id_t ctx, bool ntlm, const QByteArray &header,
                            const QByteArray &cipher, const ErrorMapper &mapError);

} // namespace remoting::auth::gssapi
