#include "auth/GssapiContext.h"

#include "auth/AuthLog.h"
#include <QCoreApplication>

#include <gssapi/gssapi.h>
#include <gssapi/gssapi_ext.h>
#include <gssapi/gssapi_krb5.h>
#include <krb5/krb5.h>

#include <cstring>

namespace remoting::auth {

namespace {

gss_OID_desc kKrb5Oid = {9, const_cast<char *>("\x2a\x86\x48\x86\xf7\x12\x01\x02\x02")};
gss_OID_desc kSpnegoOid = {6, const_cast<char *>("\x2b\x06\x01\x05\x05\x02")};
gss_OID_desc kNtlmOid = {10, const_cast<char *>("\x2b\x06\x01\x04\x01\x82\x37\x02\x02\x0a")};

bool sameOid(gss_const_OID a, gss_const_OID b)
{
    return a && b && a->length == b->length
           && std::memcmp(a->elements, b->elements, a->length) == 0;
}

gss_OID oidFor(GssapiContext::Mechanism m)
{
    switch (m) {
    case GssapiContext::Mechanism::Spnego:
        return &kSpnegoOid;
    case GssapiContext::Mechanism::Kerberos:
        return &kKrb5Oid;
    case GssapiContext::Mechanism::Ntlm:
        return &kNtlmOid;
    }
    return &kKrb5Oid;
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

// Technical detail for the log: the call, both status codes and their texts.
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

struct Buffer
{
    gss_buffer_desc b = GSS_C_EMPTY_BUFFER;
    ~Buffer()
    {
        OM_uint32 minor = 0;
        if (b.value)
            gss_release_buffer(&minor, &b);
    }
    QByteArray bytes() const
    {
        return QByteArray(static_cast<const char *>(b.value), int(b.length));
    }
};

gss_buffer_desc view(const QByteArray &a)
{
    gss_buffer_desc d;
    d.length = size_t(a.size());
    d.value = const_cast<char *>(a.constData());
    return d;
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
    Role role = Role::Initiator;
    Mechanism mechanism = Mechanism::Spnego;
    Mechanism initialMechanism = Mechanism::Spnego;
    ContextOptions options; // initiator
    QString keytabPath;     // acceptor
    bool bareKerberosScheme = false;

    gss_cred_id_t cred = GSS_C_NO_CREDENTIAL;
    gss_ctx_id_t ctx = GSS_C_NO_CONTEXT;
    gss_name_t target = GSS_C_NO_NAME;
    gss_OID actualMech = GSS_C_NO_OID;
    OM_uint32 flags = 0;
    bool complete = false;
    bool started = false;
    QString peer;

    ~Private()
    {
        OM_uint32 minor = 0;
        releaseContext();
        if (cred != GSS_C_NO_CREDENTIAL)
            gss_release_cred(&minor, &cred);
        if (target != GSS_C_NO_NAME)
            gss_release_name(&minor, &target);
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
        peer.clear();
    }

    bool negotiatedNtlm() const
    {
        if (mechanism == Mechanism::Ntlm)
            return true;
        return sameOid(actualMech, &kNtlmOid);
    }

    Error mapError(const char *call, OM_uint32 major, OM_uint32 minor) const;
    Status acquireInitiatorCredentials();
    Status acquireAcceptorCredentials();
};

Error GssapiContext::Private::mapError(const char *call, OM_uint32 major, OM_uint32 minor) const
{
    gss_OID mech = actualMech != GSS_C_NO_OID ? actualMech : oidFor(mechanism);
    if (mechanism == Mechanism::Spnego && actualMech == GSS_C_NO_OID)
        mech = &kKrb5Oid; // minor codes under SPNEGO come from the Kerberos mechanism
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
    auto make
        = [&](const QString &message) { return Error::make(Error::Kind::Auth, message, detail); };

    if (code == KRB5KDC_ERR_PREAUTH_FAILED || code == KRB5KRB_AP_ERR_BAD_INTEGRITY
        || has("Preauthentication failed") || has("Password incorrect")) {
        return make(QCoreApplication::translate(
                        "remoting::auth",
                        "The domain controller rejected the password for %1. Check the password "
                        "(and Caps Lock) and try again.")
                        .arg(user));
    }
    if (code == KRB5KDC_ERR_C_PRINCIPAL_UNKNOWN
        || (has("Client") && has("not found in Kerberos database"))) {
        return make(QCoreApplication::translate(
                        "remoting::auth",
                        "The user %1 is not known to the Kerberos realm. Check the user name; "
                        "enter it as user@REALM (for example admin@CONTOSO.COM).")
                        .arg(user));
    }
    if (code == KRB5KDC_ERR_S_PRINCIPAL_UNKNOWN || has("Server not found in Kerberos database")
        || (has("Server") && has("not found in Kerberos database"))) {
        return make(QCoreApplication::translate(
                        "remoting::auth",
                        "The domain controller does not know the service principal HTTP/%1. "
                        "Kerberos needs the server's full DNS name (FQDN) as registered in Active "
                        "Directory, as in the SPN HTTP/<fqdn>: IP addresses, CNAME aliases and "
                        "load-balancer names fail unless an alternate service account is set up. "
                        "Use the server's FQDN in the address, for example "
                        "http://ex01.contoso.com/PowerShell.")
                        .arg(host));
    }
    if (code == KRB5KRB_AP_ERR_SKEW || has("Clock skew")) {
        return make(QCoreApplication::translate(
            "remoting::auth",
            "The clocks of this computer and the domain controller or the server differ "
            "by more than Kerberos allows (usually 5 minutes). Correct this computer's "
            "date, time and time zone, then try again."));
    }
    if (code == KRB5_KDC_UNREACH || code == KRB5_REALM_CANT_RESOLVE || code == KRB5_REALM_UNKNOWN
        || has("Cannot contact any KDC") || has("Cannot find KDC")) {
        return make(QCoreApplication::translate(
            "remoting::auth", "No Kerberos domain controller (KDC) could be reached for the realm. "
                              "Check the network connection and DNS, or the realm's kdc entries in "
                              "krb5.conf."));
    }
    if (code == KRB5KDC_ERR_KEY_EXP || has("Password has expired")) {
        return make(
            QCoreApplication::translate(
                "remoting::auth", "The password of %1 has expired. Change it, then try again.")
                .arg(user));
    }
    if (code == KRB5KDC_ERR_CLIENT_REVOKED || has("revoked")) {
        return make(QCoreApplication::translate("remoting::auth",
                                                "The account %1 is disabled or locked out.")
                        .arg(user));
    }
    if (code == KRB5_FCC_NOFILE || code == KRB5_CC_NOTFOUND || code == KRB5_CC_NOSUPP
        || code == KRB5_CC_END || has("No Kerberos credentials available")
        || has("No credentials cache") || has("Credentials cache") || major == GSS_S_NO_CRED) {
        if (ntlm) {
            return make(QCoreApplication::translate(
                "remoting::auth",
                "No NTLM credentials are available for the current user. Enter a user "
                "name (DOMAIN\\user) and password."));
        }
        return make(QCoreApplication::translate(
                        "remoting::auth",
                        "No Kerberos ticket is available for %1. Run \"kinit user@REALM\" (or log "
                        "on to the domain) first, or enter a user name and password.")
                        .arg(user));
    }
    if (code == KRB5KRB_AP_ERR_TKT_EXPIRED || has("Ticket expired")) {
        return make(QCoreApplication::translate(
            "remoting::auth",
            "The Kerberos ticket has expired. Run \"kinit\" again (or log on again), "
            "or enter a user name and password."));
    }
    if (code == KRB5KRB_AP_ERR_MODIFIED || has("Decrypt integrity check failed")
        || code == KRB5_KT_NOTFOUND || has("not found in keytab")) {
        return make(QCoreApplication::translate(
                        "remoting::auth",
                        "The server could not decrypt the Kerberos ticket: its keytab does not "
                        "match the service principal HTTP/%1 (stale key or wrong SPN).")
                        .arg(host));
    }
    if (role == Role::Acceptor && ntlm) {
        return make(QCoreApplication::translate(
            "remoting::auth",
            "NTLM authentication failed: the user name or password was not accepted."));
    }
    if (major == GSS_S_BAD_SIG || major == GSS_S_BAD_MIC || major == GSS_S_DEFECTIVE_TOKEN
        || major == GSS_S_BAD_MECH || major == GSS_S_DUPLICATE_TOKEN || major == GSS_S_OLD_TOKEN
        || major == GSS_S_UNSEQ_TOKEN || major == GSS_S_GAP_TOKEN) {
        return make(QCoreApplication::translate(
                        "remoting::auth",
                        "A security token or encrypted message from the peer failed its integrity "
                        "check (%1).")
                        .arg(displayStatus(major, GSS_C_GSS_CODE, GSS_C_NO_OID)));
    }
    return make(QCoreApplication::translate("remoting::auth", "%1 authentication failed: %2")
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
    gss_OID mech = mechanism == Mechanism::Ntlm     ? &kNtlmOid
                   : mechanism == Mechanism::Spnego ? &kSpnegoOid
                                                    : &kKrb5Oid;
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
            e.message = QCoreApplication::translate("remoting::auth",
                                                    "The user name \"%1\" is not valid.")
                            .arg(options.userName);
            return e;
        }
        QByteArray password = options.password.toUtf8();
        gss_buffer_desc pw = view(password);
        OM_uint32 ignored = 0;
        if (mechanism == Mechanism::Spnego) {
            // SPNEGO hides why its Kerberos element could not be acquired ("cannot find
            // mechanisms to negotiate"). Acquire through Kerberos first: its failure says
            // why (wrong password, unknown user, KDC unreachable...). A success costs one
            // more AS exchange with the right password (no lockout impact).
            gss_OID_set_desc krb5 = {1, &kKrb5Oid};
            gss_cred_id_t probe = GSS_C_NO_CREDENTIAL;
            major = gss_acquire_cred_with_password(&minor, name, &pw, GSS_C_INDEFINITE, &krb5,
                                                   GSS_C_INITIATE, &probe, nullptr, nullptr);
            if (probe != GSS_C_NO_CREDENTIAL)
                gss_release_cred(&ignored, &probe);
            if (GSS_ERROR(major)) {
                password.fill('\0');
                gss_release_name(&ignored, &name);
                return mapError("gss_acquire_cred_with_password", major, minor);
            }
        }
        major = gss_acquire_cred_with_password(&minor, name, &pw, GSS_C_INDEFINITE, &mechs,
                                               GSS_C_INITIATE, &cred, nullptr, nullptr);
        password.fill('\0');
        gss_release_name(&ignored, &name);
        if (GSS_ERROR(major))
            return mapError("gss_acquire_cred_with_password", major, minor);
    } else {
        major = gss_acquire_cred(&minor, GSS_C_NO_NAME, GSS_C_INDEFINITE, &mechs, GSS_C_INITIATE,
                                 &cred, nullptr, nullptr);
        if (GSS_ERROR(major))
            return mapError("gss_acquire_cred", major, minor);
    }
    if (mechanism == Mechanism::Spnego) {
        gss_OID_set_desc krb5 = {1, &kKrb5Oid};
        major = gss_set_neg_mechs(&minor, cred, &krb5);
        if (GSS_ERROR(major))
            return mapError("gss_set_neg_mechs", major, minor);
    }
    return success();
}

Status GssapiContext::Private::acquireAcceptorCredentials()
{
    OM_uint32 minor = 0;
    if (cred != GSS_C_NO_CREDENTIAL)
        gss_release_cred(&minor, &cred);
    OM_uint32 major = 0;
    gss_OID_set_desc mechs = {1, oidFor(mechanism)};
    if (mechanism == Mechanism::Ntlm) {
        // gss-ntlmssp checks users against NTLM_USER_FILE (DOMAIN:user:password lines).
        major = gss_acquire_cred(&minor, GSS_C_NO_NAME, GSS_C_INDEFINITE, &mechs, GSS_C_ACCEPT,
                                 &cred, nullptr, nullptr);
        if (GSS_ERROR(major))
            return mapError("gss_acquire_cred(ntlm, accept)", major, minor);
        return success();
    }
    const QByteArray keytab = keytabPath.toUtf8();
    gss_key_value_element_desc element = {"keytab", keytab.constData()};
    gss_key_value_set_desc store = {1, &element};
    major = gss_acquire_cred_from(&minor, GSS_C_NO_NAME, GSS_C_INDEFINITE, &mechs, GSS_C_ACCEPT,
                                  keytab.isEmpty() ? nullptr : &store, &cred, nullptr, nullptr);
    if (GSS_ERROR(major))
        return mapError("gss_acquire_cred_from(keytab)", major, minor);
    if (mechanism == Mechanism::Spnego) {
        gss_OID_set_desc krb5 = {1, &kKrb5Oid};
        major = gss_set_neg_mechs(&minor, cred, &krb5);
        if (GSS_ERROR(major))
            return mapError("gss_set_neg_mechs", major, minor);
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
    p->role = Role::Initiator;
    p->options = options;
    switch (options.method) {
    case AuthMethod::Kerberos:
        p->mechanism = options.bareKerberos ? Mechanism::Kerberos : Mechanism::Spnego;
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
        e.message = QCoreApplication::translate(
                        "remoting::auth", "The server name \"%1\" cannot be used for Kerberos.")
                        .arg(options.host);
        return e;
    }
    return std::unique_ptr<GssapiContext>(new GssapiContext(std::move(p)));
}

Expected<std::unique_ptr<GssapiContext>> GssapiContext::createAcceptor(const QString &keytabPath,
                                                                       Mechanism mechanism)
{
    auto p = std::make_unique<Private>();
    p->role = Role::Acceptor;
    p->mechanism = mechanism;
    p->initialMechanism = mechanism;
    p->keytabPath = keytabPath;
    p->bareKerberosScheme = mechanism == Mechanism::Kerberos;
    const Status acquired = p->acquireAcceptorCredentials();
    if (!acquired)
        return acquired.error();
    return std::unique_ptr<GssapiContext>(new GssapiContext(std::move(p)));
}

QString GssapiContext::scheme() const
{
    if (d->mechanism == Mechanism::Kerberos || d->bareKerberosScheme)
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

    if (d->role == Role::Initiator) {
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
        major = gss_init_sec_context(&minor, d->cred, &d->ctx, d->target, oidFor(d->mechanism),
                                     wanted, GSS_C_INDEFINITE, cb,
                                     peerToken.isEmpty() ? GSS_C_NO_BUFFER : &input, &d->actualMech,
                                     &output.b, &d->flags, nullptr);
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
    } else {
        if (!d->started && d->mechanism == Mechanism::Spnego
            && peerToken.startsWith(QByteArray("NTLMSSP\0", 8))) {
            // A raw NTLMSSP token under "Negotiate" (what pywinrm and our NTLM client send).
            d->mechanism = Mechanism::Ntlm;
            const Status creds = d->acquireAcceptorCredentials();
            if (!creds)
                return creds.error();
        }
        gss_name_t source = GSS_C_NO_NAME;
        major = gss_accept_sec_context(&minor, &d->ctx, d->cred, &input, cb, &source,
                                       &d->actualMech, &output.b, &d->flags, nullptr, nullptr);
        d->started = true;
        if (GSS_ERROR(major)) {
            Error e = d->mapError("gss_accept_sec_context", major, minor);
            if (source != GSS_C_NO_NAME)
                gss_release_name(&minor, &source);
            d->releaseContext();
            return e;
        }
        if (major == GSS_S_COMPLETE && source != GSS_C_NO_NAME) {
            Buffer text;
            OM_uint32 ignored = 0;
            if (!GSS_ERROR(gss_display_name(&ignored, source, &text.b, nullptr))) {
                // gss-ntlmssp counts a terminating NUL in the name's length.
                QByteArray name = text.bytes();
                while (name.endsWith('\0'))
                    name.chop(1);
                d->peer = QString::fromUtf8(name);
            }
        }
        if (source != GSS_C_NO_NAME) {
            OM_uint32 ignored = 0;
            gss_release_name(&ignored, &source);
        }
    }
    d->complete = major == GSS_S_COMPLETE;
    qCDebug(lcAuth) << mechName(d->mechanism)
                    << (d->role == Role::Initiator ? "initiator" : "acceptor") << "step: in"
                    << peerToken.size() << "out" << int(output.b.length)
                    << (d->complete ? "complete" : "continue");
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
    OM_uint32 minor = 0;
    int confState = 0;
    if (d->negotiatedNtlm()) {
        // gss-ntlmssp has no gss_wrap_iov: gss_wrap gives signature(16) + sealed data.
        gss_buffer_desc in = view(plain);
        Buffer out;
        const OM_uint32 major
            = gss_wrap(&minor, d->ctx, 1, GSS_C_QOP_DEFAULT, &in, &confState, &out.b);
        if (GSS_ERROR(major))
            return d->mapError("gss_wrap(ntlm)", major, minor);
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
    const OM_uint32 major = gss_wrap_iov(&minor, d->ctx, 1, GSS_C_QOP_DEFAULT, &confState, iov, 3);
    if (GSS_ERROR(major)) {
        gss_release_iov_buffer(&minor, iov, 3);
        return d->mapError("gss_wrap_iov", major, minor);
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

Expected<QByteArray> GssapiContext::unwrap(const QByteArray &header, const QByteArray &cipher)
{
    if (!canEncrypt()) {
        return Error::make(
            Error::Kind::Auth,
            QCoreApplication::translate(
                "remoting::auth", "Cannot decrypt the message: authentication has not completed."),
            QStringLiteral("unwrap before GSS_S_COMPLETE"));
    }
    OM_uint32 minor = 0;
    int confState = 0;
    gss_qop_t qop = 0;
    if (d->negotiatedNtlm()) {
        const QByteArray token = header + cipher;
        gss_buffer_desc in = view(token);
        Buffer out;
        const OM_uint32 major = gss_unwrap(&minor, d->ctx, &in, &out.b, &confState, &qop);
        if (GSS_ERROR(major))
            return d->mapError("gss_unwrap(ntlm)", major, minor);
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
    const OM_uint32 major = gss_unwrap_iov(&minor, d->ctx, &confState, &qop, iov, 2);
    if (GSS_ERROR(major))
        return d->mapError("gss_unwrap_iov", major, minor);
    return QByteArray(static_cast<const char *>(iov[1].buffer.value), int(iov[1].buffer.length));
}

QString GssapiContext::peerName() const
{
    return d->peer;
}

void GssapiContext::reset()
{
    d->releaseContext();
    if (d->role == Role::Acceptor && d->mechanism != d->initialMechanism) {
        // A Negotiate acceptor that switched to NTLM starts over as Negotiate.
        d->mechanism = d->initialMechanism;
        const Status creds = d->acquireAcceptorCredentials();
        if (!creds)
            qCWarning(lcAuth) << "reset: cannot reacquire acceptor credentials:"
                              << creds.error().detail;
    }
}

SecurityContext::Role GssapiContext::role() const
{
    return d->role;
}

GssapiContext::Mechanism GssapiContext::mechanism() const
{
    return d->mechanism;
}

GssapiContext::Mechanism GssapiContext::negotiatedMechanism() const
{
    if (sameOid(d->actualMech, &kNtlmOid))
        return Mechanism::Ntlm;
    if (sameOid(d->actualMech, &kKrb5Oid))
        return Mechanism::Kerberos;
    return d->mechanism;
}

} // namespace remoting::auth
