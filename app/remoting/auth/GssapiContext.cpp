#include "auth/GssapiContext.h"

#include "auth/AuthLog.h"
#include "auth/Gssapi.h"

#include <QCoreApplication>

#include <gssapi/gssapi.h>
#include <gssapi/gssapi_ext.h>
#include <gssapi/gssapi_krb5.h>
#include <krb5/krb5.h>

#include <cstring>

namespace remoting::auth {

using namespace gssapi;

namespace {

gss_OID oidFor(GssapiContext::Mechanism m)
{
    switch (m) {
    case GssapiContext::Mechanism::Spnego:
        return spnegoOid();
    case GssapiContext::Mechanism::Kerberos:
        return krb5Oid();
    case GssapiContext::Mechanism::Ntlm:
        return ntlmOid();
    }
    return krb5Oid();
}

const char *mechName(GssapiContext::Mechanism m)
{
    switch (m) {
    case GssapiContext::Mechanism::Spnego:
        return "SPNEGO";
    case GssapiContext::Mechanism::Kerberos:
        return "Kerberos";
    case GssapiContext::Mechanism::Ntlm:
        return "NTLM";
    }
    return "?";
}

// Kerberos wants "user@REALM" with the realm in upper case; "DOMAIN\user" is a NetBIOS
// name, which is not a realm: use the bare user (default realm from krb5.conf).
QString kerberosPrincipalFor(const QString &userName)
{
    QString user = userName.trimmed();
    const int backslash = user.indexOf(QLatin1Char('\\'));
    if (backslash >= 0)
        return user.mid(backslash + 1);
    const int at = user.lastIndexOf(QLatin1Char('@'));
    if (at > 0)
        return user.left(at) + QLatin1Char('@') + user.mid(at + 1).toUpper();
    return user;
}

} // namespace

struct GssapiContext::Private
{
    Mechanism mechanism = Mechanism::Spnego;
    ContextOptions options;

    gss_cred_id_t cred = GSS_C_NO_CREDENTIAL;
    gss_ctx_id_t ctx = GSS_C_NO_CONTEXT;
    gss_name_t target = GSS_C_NO_NAME;
    gss_OID actualMech = GSS_C_NO_OID;
    OM_uint32 flags = 0;
    bool complete = false;
    bool started = false;
    // SPNEGO with a password: the private in-memory credential cache (never a file) that
    // holds the Kerberos credential SPNEGO uses, and the krb5 context that owns it.
    krb5_context krb = nullptr;
    krb5_ccache memoryCache = nullptr;

    ~Private()
    {
        OM_uint32 minor = 0;
        releaseContext();
        if (cred != GSS_C_NO_CREDENTIAL)
            gss_release_cred(&minor, &cred);
        if (target != GSS_C_NO_NAME)
            gss_release_name(&minor, &target);
        dropMemoryCache();
    }

    void dropMemoryCache()
    {
        // After the credential that reads it is released: destroying wipes the tickets.
        if (memoryCache)
            krb5_cc_destroy(krb, memoryCache);
        memoryCache = nullptr;
        if (krb)
            krb5_free_context(krb);
        krb = nullptr;
    }

    void releaseContext()
    {
        OM_uint32 minor = 0;
        if (ctx != GSS_C_NO_CONTEXT)
            gss_delete_sec_context(&minor, &ctx, GSS_C_NO_BUFFER);
        ctx = GSS_C_NO_CONTEXT;
        actualMech = GSS_C_NO_OID;
        flags = 0;
        complete = false;
        started = false;
    }

    bool negotiatedNtlm() const
    {
        if (mechanism == Mechanism::Ntlm)
            return true;
        return sameOid(actualMech, ntlmOid());
    }

    Error mapError(const char *call, OM_uint32 major, OM_uint32 minor) const;
    Status acquireInitiatorCredentials();
    Status spnegoCredentialFrom(gss_cred_id_t kerberos);
};

Error GssapiContext::Private::mapError(const char *call, OM_uint32 major, OM_uint32 minor) const
{
    gss_OID mech = actualMech != GSS_C_NO_OID ? actualMech : oidFor(mechanism);
    if (mechanism == Mechanism::Spnego && actualMech == GSS_C_NO_OID)
        mech = krb5Oid(); // minor codes under SPNEGO come from the Kerberos mechanism
    const QString detail = statusDetail(call, major, minor, mech);
    const QString minorText = displayStatus(minor, GSS_C_MECH_CODE, mech);
    auto has = [&](const char *needle) {
        return minorText.contains(QLatin1String(needle), Qt::CaseInsensitive);
    };
    const krb5_error_code code = krb5_error_code(qint32(minor));
    const QString user = options.userName.isEmpty()
                             ? QCoreApplication::translate("remoting::auth", "the current user")
                             : options.userName;
    const QString host = options.host;
    const bool ntlm = negotiatedNtlm();
    auto make = [&](Error::Reason reason, const QString &message) {
        return Error::make(Error::Kind::Auth, reason, message, detail);
    };

    if (code == KRB5KDC_ERR_PREAUTH_FAILED || code == KRB5KRB_AP_ERR_BAD_INTEGRITY
        || has("Preauthentication failed") || has("Password incorrect")) {
        return make(Error::Reason::AuthRejected,
                    QCoreApplication::translate(
                        "remoting::auth", "The domain controller rejected the password for %1.")
                        .arg(user));
    }
    if (code == KRB5KDC_ERR_C_PRINCIPAL_UNKNOWN
        || (has("Client") && has("not found in Kerberos database"))) {
        return make(Error::Reason::AuthRejected,
                    QCoreApplication::translate("remoting::auth",
                                                "The user %1 is not known to the Kerberos realm.")
                        .arg(user));
    }
    if (code == KRB5KDC_ERR_S_PRINCIPAL_UNKNOWN || has("Server not found in Kerberos database")
        || (has("Server") && has("not found in Kerberos database"))) {
        return make(Error::Reason::KerberosServiceUnknown,
                    QCoreApplication::translate(
                        "remoting::auth",
                        "The domain controller does not know the service principal HTTP/%1.")
                        .arg(host));
    }
    if (code == KRB5KRB_AP_ERR_SKEW || has("Clock skew")) {
        return make(Error::Reason::ClockSkew,
                    QCoreApplication::translate(
                        "remoting::auth",
                        "The clocks of this computer and the domain controller or the server "
                        "differ by more than Kerberos allows (usually 5 minutes)."));
    }
    if (code == KRB5_KDC_UNREACH || code == KRB5_REALM_CANT_RESOLVE || code == KRB5_REALM_UNKNOWN
        || has("Cannot contact any KDC") || has("Cannot find KDC")) {
        return make(Error::Reason::KdcUnreachable,
                    QCoreApplication::translate(
                        "remoting::auth",
                        "No Kerberos domain controller (KDC) could be reached for the realm."));
    }
    if (code == KRB5KDC_ERR_KEY_EXP || has("Password has expired")) {
        return make(Error::Reason::AccountUnusable,
                    QCoreApplication::translate("remoting::auth", "The password of %1 has expired.")
                        .arg(user));
    }
    if (code == KRB5KDC_ERR_CLIENT_REVOKED || has("revoked")) {
        return make(Error::Reason::AccountUnusable,
                    QCoreApplication::translate("remoting::auth",
                                                "The account %1 is disabled or locked out.")
                        .arg(user));
    }
    if (code == KRB5_FCC_NOFILE || code == KRB5_CC_NOTFOUND || code == KRB5_CC_NOSUPP
        || code == KRB5_CC_END || has("No Kerberos credentials available")
        || has("No credentials cache") || has("Credentials cache") || major == GSS_S_NO_CRED) {
        if (ntlm) {
            return make(
                Error::Reason::AuthUnavailable,
                QCoreApplication::translate(
                    "remoting::auth", "No NTLM credentials are available for the current user."));
        }
        return make(
            Error::Reason::AuthUnavailable,
            QCoreApplication::translate("remoting::auth", "No Kerberos ticket is available for %1.")
                .arg(user));
    }
    if (code == KRB5KRB_AP_ERR_TKT_EXPIRED || has("Ticket expired")) {
        return make(
            Error::Reason::AuthUnavailable,
            QCoreApplication::translate("remoting::auth", "The Kerberos ticket has expired."));
    }
    if (code == KRB5KRB_AP_ERR_MODIFIED || has("Decrypt integrity check failed")) {
        return make(Error::Reason::AuthFailed,
                    QCoreApplication::translate(
                        "remoting::auth",
                        "The server could not decrypt the Kerberos ticket: its keytab does not "
                        "match the service principal HTTP/%1 (stale key or wrong SPN).")
                        .arg(host));
    }
    if (GSS_ROUTINE_ERROR(major) == GSS_S_BAD_MECH && qstrncmp(call, "gss_acquire_cred", 16) == 0) {
        return make(
            Error::Reason::AuthUnavailable,
            QCoreApplication::translate("remoting::auth", "%1 is not available on this computer.")
                .arg(QLatin1String(mechName(mechanism))));
    }
    if (major == GSS_S_BAD_SIG || major == GSS_S_BAD_MIC || major == GSS_S_DEFECTIVE_TOKEN
        || major == GSS_S_BAD_MECH || major == GSS_S_DUPLICATE_TOKEN || major == GSS_S_OLD_TOKEN
        || major == GSS_S_UNSEQ_TOKEN || major == GSS_S_GAP_TOKEN) {
        return make(Error::Reason::AuthFailed,
                    QCoreApplication::translate(
                        "remoting::auth",
                        "A security token or encrypted message from the peer failed its integrity "
                        "check (%1).")
                        .arg(displayStatus(major, GSS_C_GSS_CODE, GSS_C_NO_OID)));
    }
    return make(Error::Reason::AuthFailed,
                QCoreApplication::translate("remoting::auth", "%1 authentication failed: %2")
                    .arg(QLatin1String(mechName(mechanism)),
                         minorText.isEmpty() ? displayStatus(major, GSS_C_GSS_CODE, GSS_C_NO_OID)
                                             : minorText));
}

Status GssapiContext::Private::acquireInitiatorCredentials()
{
    if (cred != GSS_C_NO_CREDENTIAL)
        return success();
    OM_uint32 major = 0, minor = 0;
    // SPNEGO credentials restricted to Kerberos: otherwise SPNEGO would also offer NTLM.
    gss_OID mech = oidFor(mechanism);
    gss_OID_set_desc mechs = {1, mech};

    if (!options.userName.isEmpty()) {
        const QByteArray user
            = (mechanism == Mechanism::Ntlm ? options.userName.trimmed()
                                            : kerberosPrincipalFor(options.userName))
                  .toUtf8();
        gss_buffer_desc nameBuf = view(user);
        gss_name_t name = GSS_C_NO_NAME;
        major = gss_import_name(&minor, &nameBuf, GSS_C_NT_USER_NAME, &name);
        if (GSS_ERROR(major)) {
            Error e = mapError("gss_import_name(user)", major, minor);
            e.kind = Error::Kind::Usage;
            e.reason = Error::Reason::InvalidInput;
            e.message = QCoreApplication::translate("remoting::auth",
                                                    "The user name \"%1\" is not valid.")
                            .arg(options.userName);
            return e;
        }
        QByteArray password = options.password.toUtf8();
        gss_buffer_desc pw = view(password);
        OM_uint32 ignored = 0;
        // SPNEGO hides why its Kerberos element could not be acquired ("cannot find
        // mechanisms to negotiate"): acquire through Kerberos itself, whose failure says why
        // (wrong password, unknown user, KDC unreachable...), and build the SPNEGO
        // credential from that one (spnegoCredentialFrom): one AS exchange, one try of the
        // password.
        gss_OID_set_desc krb5 = {1, krb5Oid()};
        gss_cred_id_t acquired = GSS_C_NO_CREDENTIAL;
        major = gss_acquire_cred_with_password(&minor, name, &pw, GSS_C_INDEFINITE,
                                               mechanism == Mechanism::Spnego ? &krb5 : &mechs,
                                               GSS_C_INITIATE, &acquired, nullptr, nullptr);
        password.fill('\0');
        gss_release_name(&ignored, &name);
        if (GSS_ERROR(major))
            return mapError("gss_acquire_cred_with_password", major, minor);
        if (mechanism != Mechanism::Spnego) {
            cred = acquired;
            return success();
        }
        const Status spnego = spnegoCredentialFrom(acquired);
        gss_release_cred(&ignored, &acquired);
        if (!spnego)
            return spnego;
    } else {
        major = gss_acquire_cred(&minor, GSS_C_NO_NAME, GSS_C_INDEFINITE, &mechs, GSS_C_INITIATE,
                                 &cred, nullptr, nullptr);
        if (GSS_ERROR(major))
            return mapError("gss_acquire_cred", major, minor);
    }
    if (mechanism == Mechanism::Spnego) {
        gss_OID_set_desc krb5 = {1, krb5Oid()};
        major = gss_set_neg_mechs(&minor, cred, &krb5);
        if (GSS_ERROR(major))
            return mapError("gss_set_neg_mechs", major, minor);
    }
    return success();
}

Status GssapiContext::Private::spnegoCredentialFrom(gss_cred_id_t kerberos)
{
    // Asking SPNEGO for a credential with the password would run a second AS exchange (the
    // string-to-key and the KDC round trips again) and compute an NTLM hash for a mechanism
    // switched off below. Instead its Kerberos element reads the credential just acquired
    // from a private MEMORY cache: in this process only, destroyed with the context.
    krb5_error_code code = krb5_init_context(&krb);
    if (code == 0)
        code = krb5_cc_new_unique(krb, "MEMORY", nullptr, &memoryCache);
    char *fullName = nullptr;
    if (code == 0)
        code = krb5_cc_get_full_name(krb, memoryCache, &fullName);
    if (code != 0) {
        dropMemoryCache();
        return mapError("krb5_cc_new_unique(MEMORY)", GSS_S_FAILURE, OM_uint32(code));
    }
    const QByteArray cacheName(fullName);
    krb5_free_string(krb, fullName);
    gss_key_value_element_desc element = {"ccache", cacheName.constData()};
    const gss_key_value_set_desc store = {1, &element};

    OM_uint32 minor = 0;
    OM_uint32 major = gss_store_cred_into(&minor, kerberos, GSS_C_INITIATE, krb5Oid(), 1, 0, &store,
                                          nullptr, nullptr);
    if (GSS_ERROR(major)) {
        dropMemoryCache();
        return mapError("gss_store_cred_into(MEMORY)", major, minor);
    }
    // No name: the cache's own principal, as the KDC returned it (its spelling may differ
    // from what the user typed).
    gss_OID_set_desc spnego = {1, spnegoOid()};
    major = gss_acquire_cred_from(&minor, GSS_C_NO_NAME, GSS_C_INDEFINITE, &spnego, GSS_C_INITIATE,
                                  &store, &cred, nullptr, nullptr);
    if (GSS_ERROR(major)) {
        dropMemoryCache();
        return mapError("gss_acquire_cred_from(MEMORY)", major, minor);
    }
    return success();
}

GssapiContext::GssapiContext(std::unique_ptr<Private> p)
    : d(std::move(p))
{}

GssapiContext::~GssapiContext() = default;

Expected<std::unique_ptr<GssapiContext>>
GssapiContext::createInitiator(const ContextOptions &options)
{
    auto p = std::make_unique<Private>();
    p->options = options;
    switch (options.method) {
    case AuthMethod::Kerberos:
        p->mechanism = options.rawKerberos() ? Mechanism::Kerberos : Mechanism::Spnego;
        break;
    case AuthMethod::Ntlm:
        p->mechanism = Mechanism::Ntlm;
        break;
    case AuthMethod::Basic:
        return Error::make(Error::Kind::Usage,
                           QCoreApplication::translate(
                               "remoting::auth", "Basic authentication does not use GSSAPI."));
    }
    if (options.host.trimmed().isEmpty())
        return Error::make(
            Error::Kind::Usage,
            QCoreApplication::translate("remoting::auth", "The server name is missing."));

    const QByteArray service = "HTTP@" + options.host.trimmed().toUtf8();
    gss_buffer_desc nameBuf = view(service);
    OM_uint32 minor = 0;
    const OM_uint32 major
        = gss_import_name(&minor, &nameBuf, GSS_C_NT_HOSTBASED_SERVICE, &p->target);
    if (GSS_ERROR(major)) {
        Error e = p->mapError("gss_import_name(HTTP@host)", major, minor);
        e.kind = Error::Kind::Usage;
        e.reason = Error::Reason::InvalidInput;
        e.message = QCoreApplication::translate(
                        "remoting::auth", "The server name \"%1\" cannot be used for Kerberos.")
                        .arg(options.host);
        return e;
    }
    return std::unique_ptr<GssapiContext>(new GssapiContext(std::move(p)));
}

QString GssapiContext::scheme() const
{
    if (d->mechanism == Mechanism::Kerberos && d->options.bareKerberos)
        return QStringLiteral("Kerberos");
    return QStringLiteral("Negotiate");
}

Expected<QByteArray> GssapiContext::step(const QByteArray &peerToken)
{
    if (d->complete) {
        if (peerToken.isEmpty())
            return QByteArray();
        return Error::make(Error::Kind::Auth,
                           QCoreApplication::translate(
                               "remoting::auth",
                               "The server sent another authentication token after the exchange "
                               "had completed."),
                           QStringLiteral("unexpected token after GSS_S_COMPLETE"));
    }

    gss_channel_bindings_struct bindings;
    std::memset(&bindings, 0, sizeof bindings);
    bindings.initiator_addrtype = GSS_C_AF_UNSPEC;
    bindings.acceptor_addrtype = GSS_C_AF_UNSPEC;
    bindings.application_data = view(m_channelBindings);
    gss_channel_bindings_t cb = m_channelBindings.isEmpty() ? GSS_C_NO_CHANNEL_BINDINGS : &bindings;

    gss_buffer_desc input = view(peerToken);
    Buffer output;
    OM_uint32 minor = 0;
    OM_uint32 major = 0;

    if (d->started && peerToken.isEmpty()) {
        return Error::make(Error::Kind::Auth,
                           QCoreApplication::translate(
                               "remoting::auth",
                               "The server did not continue the %1 exchange (no token in its "
                               "answer).")
                               .arg(QLatin1String(mechName(d->mechanism))),
                           QStringLiteral("empty peer token while GSS_S_CONTINUE_NEEDED"));
    }
    const Status creds = d->acquireInitiatorCredentials();
    if (!creds)
        return creds.error();
    const OM_uint32 wanted = GSS_C_MUTUAL_FLAG | GSS_C_REPLAY_FLAG | GSS_C_SEQUENCE_FLAG
                             | GSS_C_CONF_FLAG | GSS_C_INTEG_FLAG;
    major
        = gss_init_sec_context(&minor, d->cred, &d->ctx, d->target, oidFor(d->mechanism), wanted,
                               GSS_C_INDEFINITE, cb, peerToken.isEmpty() ? GSS_C_NO_BUFFER : &input,
                               &d->actualMech, &output.b, &d->flags, nullptr);
    d->started = true;
    if (GSS_ERROR(major)) {
        Error e = d->mapError("gss_init_sec_context", major, minor);
        OM_uint32 ignored = 0;
        if (d->ctx != GSS_C_NO_CONTEXT)
            gss_delete_sec_context(&ignored, &d->ctx, GSS_C_NO_BUFFER);
        d->ctx = GSS_C_NO_CONTEXT;
        d->started = false;
        return e;
    }
    d->complete = major == GSS_S_COMPLETE;
    qCDebug(lcAuth) << mechName(d->mechanism) << "initiator step: in" << peerToken.size() << "out"
                    << int(output.b.length) << (d->complete ? "complete" : "continue");
    return output.bytes();
}

bool GssapiContext::isComplete() const
{
    return d->complete;
}

bool GssapiContext::canEncrypt() const
{
    return d->complete && (d->flags & GSS_C_CONF_FLAG);
}

QString GssapiContext::encryptionProtocol() const
{
    if (scheme() == QLatin1String("Kerberos"))
        return QStringLiteral("application/HTTP-Kerberos-session-encrypted");
    return QStringLiteral("application/HTTP-SPNEGO-session-encrypted");
}

Expected<QByteArray> GssapiContext::wrap(const QByteArray &plain, QByteArray *header)
{
    if (!canEncrypt()) {
        return Error::make(Error::Kind::Auth,
                           QCoreApplication::translate(
                               "remoting::auth",
                               "Message encryption is not available: authentication has not "
                               "completed or the server did not agree to encryption."),
                           QStringLiteral("wrap before GSS_S_COMPLETE or without GSS_C_CONF_FLAG"));
    }
    return seal(d->ctx, d->negotiatedNtlm(), plain, header,
                [this](const char *call, OM_uint32 major, OM_uint32 minor) {
                    return d->mapError(call, major, minor);
                });
}

Expected<QByteArray> GssapiContext::unwrap(const QByteArray &header, const QByteArray &cipher)
{
    if (!canEncrypt()) {
        return Error::make(
            Error::Kind::Auth,
            QCoreApplication::translate(
                "remoting::auth", "Cannot decrypt the message: authentication has not completed."),
            QStringLiteral("unwrap before GSS_S_COMPLETE"));
    }
    return unseal(d->ctx, d->negotiatedNtlm(), header, cipher,
                  [this](const char *call, OM_uint32 major, OM_uint32 minor) {
                      return d->mapError(call, major, minor);
                  });
}

void GssapiContext::reset()
{
    d->releaseContext();
}

GssapiContext::Mechanism GssapiContext::mechanism() const
{
    return d->mechanism;
}

GssapiContext::Mechanism GssapiContext::negotiatedMechanism() const
{
    if (sameOid(d->actualMech, ntlmOid()))
        return Mechanism::Ntlm;
    if (sameOid(d->actualMech, krb5Oid()))
        return Mechanism::Kerberos;
    return d->mechanism;
}

} // namespace remoting::auth
