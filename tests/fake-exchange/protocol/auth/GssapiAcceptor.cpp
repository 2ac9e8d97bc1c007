#include "GssapiAcceptor.h"

#include "NtlmUserFile.h"
#include "auth/Gssapi.h"

#include <QLoggingCategory>

#include <gssapi/gssapi_ext.h>
#include <gssapi/gssapi_krb5.h>
#include <krb5/krb5.h>

#include <cstring>

Q_LOGGING_CATEGORY(lcAcceptor, "securestore.fake.auth")

namespace fake::auth {

using namespace remoting::auth::gssapi;
using remoting::Error;
using remoting::Status;

namespace {

const char *mechName(GssapiAcceptor::Mechanism m)
{
    switch (m) {
    case GssapiAcceptor::Mechanism::Spnego:
        return "SPNEGO";
    case GssapiAcceptor::Mechanism::Kerberos:
        return "Kerberos";
    case GssapiAcceptor::Mechanism::Ntlm:
        return "NTLM";
    case GssapiAcceptor::Mechanism::Unknown:
        break;
    }
    return "Negotiate";
}

gss_OID oidFor(GssapiAcceptor::Mechanism m)
{
    switch (m) {
    case GssapiAcceptor::Mechanism::Spnego:
        return spnegoOid();
    case GssapiAcceptor::Mechanism::Ntlm:
        return ntlmOid();
    case GssapiAcceptor::Mechanism::Kerberos:
    case GssapiAcceptor::Mechanism::Unknown:
        break;
    }
    return krb5Oid();
}

} // namespace

struct GssapiAcceptor::Private
{
    QString keytabPath;
    QString httpScheme; // "Negotiate", "Kerberos" or "NTLM", as the client used it
    Mechanism mechanism = Mechanism::Unknown;

    gss_cred_id_t cred = GSS_C_NO_CREDENTIAL;
    gss_ctx_id_t ctx = GSS_C_NO_CONTEXT;
    gss_OID actualMech = GSS_C_NO_OID;
    OM_uint32 flags = 0;
    bool complete = false;
    QString peer;

    ~Private() { release(); }

    void release()
    {
        OM_uint32 minor = 0;
        if (ctx != GSS_C_NO_CONTEXT)
            gss_delete_sec_context(&minor, &ctx, GSS_C_NO_BUFFER);
        if (cred != GSS_C_NO_CREDENTIAL)
            gss_release_cred(&minor, &cred);
        ctx = GSS_C_NO_CONTEXT;
        cred = GSS_C_NO_CREDENTIAL;
        actualMech = GSS_C_NO_OID;
        flags = 0;
        complete = false;
        mechanism = Mechanism::Unknown;
        peer.clear();
    }

    bool ntlm() const { return mechanism == Mechanism::Ntlm || sameOid(actualMech, ntlmOid()); }

    // The fake's own log text: what failed on the server. Never advice for a client user.
    Error mapError(const char *call, OM_uint32 major, OM_uint32 minor) const
    {
        gss_OID mech = actualMech != GSS_C_NO_OID ? actualMech : oidFor(mechanism);
        if (mechanism == Mechanism::Spnego && actualMech == GSS_C_NO_OID)
            mech = krb5Oid();
        const QString detail = statusDetail(call, major, minor, mech);
        const QString minorText = displayStatus(minor, GSS_C_MECH_CODE, mech);
        const krb5_error_code code = krb5_error_code(qint32(minor));
        QString message;
        if (ntlm()) {
            message = QStringLiteral(
                "NTLM authentication failed: the user name or password was not accepted.");
        } else if (code == KRB5KRB_AP_ERR_MODIFIED || code == KRB5_KT_NOTFOUND
                   || minorText.contains(QLatin1String("keytab"), Qt::CaseInsensitive)) {
            message = QStringLiteral("The Kerberos ticket does not match the service keys in the "
                                     "keytab.");
        } else {
            message
                = QStringLiteral("%1 authentication failed: %2")
                      .arg(QLatin1String(mechName(mechanism)),
                           minorText.isEmpty() ? displayStatus(major, GSS_C_GSS_CODE, GSS_C_NO_OID)
                                               : minorText);
        }
        return Error::make(Error::Kind::Auth, message, detail);
    }

    Status acquireKeytabCredentials(gss_OID mech)
    {
        const QByteArray keytab = keytabPath.toUtf8();
        gss_key_value_element_desc element = {"keytab", keytab.constData()};
        gss_key_value_set_desc store = {1, &element};
        gss_OID_set_desc mechs = {1, mech};
        OM_uint32 minor = 0;
        const OM_uint32 major
            = gss_acquire_cred_from(&minor, GSS_C_NO_NAME, GSS_C_INDEFINITE, &mechs, GSS_C_ACCEPT,
                                    keytab.isEmpty() ? nullptr : &store, &cred, nullptr, nullptr);
        if (GSS_ERROR(major))
            return mapError("gss_acquire_cred_from(keytab, accept)", major, minor);
        return remoting::success();
    }

    Status acquireCredentials()
    {
        OM_uint32 minor = 0;
        OM_uint32 major = 0;
        switch (mechanism) {
        case Mechanism::Ntlm: {
            // gss-ntlmssp checks users against NTLM_USER_FILE (DOMAIN:user:password lines).
            gss_OID_set_desc mechs = {1, ntlmOid()};
            major = gss_acquire_cred(&minor, GSS_C_NO_NAME, GSS_C_INDEFINITE, &mechs, GSS_C_ACCEPT,
                                     &cred, nullptr, nullptr);
            if (GSS_ERROR(major))
                return mapError("gss_acquire_cred(ntlm, accept)", major, minor);
            return remoting::success();
        }
        case Mechanism::Kerberos:
            return acquireKeytabCredentials(krb5Oid());
        case Mechanism::Spnego: {
            const Status s = acquireKeytabCredentials(spnegoOid());
            if (!s)
                return s;
            // Windows' Negotiate offers Kerberos and NTLM inside SPNEGO; NTLM only where
            // gss-ntlmssp is set up.
            gss_OID_desc both[2] = {*krb5Oid(), *ntlmOid()};
            gss_OID_set_desc krb5AndNtlm = {2, both};
            major = gss_set_neg_mechs(&minor, cred, &krb5AndNtlm);
            if (GSS_ERROR(major)) {
                gss_OID_set_desc krb5 = {1, krb5Oid()};
                major = gss_set_neg_mechs(&minor, cred, &krb5);
                if (GSS_ERROR(major))
                    return mapError("gss_set_neg_mechs", major, minor);
            }
            return remoting::success();
        }
        case Mechanism::Unknown:
            break;
        }
        return Error::make(Error::Kind::Auth,
                           QStringLiteral("The first Negotiate token is neither SPNEGO, Kerberos "
                                          "nor NTLMSSP."),
                           QStringLiteral("unrecognised initial token"));
    }
};

GssapiAcceptor::GssapiAcceptor(std::unique_ptr<Private> p)
    : d(std::move(p))
{}

GssapiAcceptor::~GssapiAcceptor() = default;

Expected<std::unique_ptr<GssapiAcceptor>> GssapiAcceptor::create(const QString &keytabPath,
                                                                 const QString &httpScheme)
{
    QString scheme;
    for (const char *known : {"Negotiate", "Kerberos", "NTLM"})
        if (httpScheme.compare(QLatin1String(known), Qt::CaseInsensitive) == 0)
            scheme = QLatin1String(known);
    if (scheme.isEmpty())
        return Error::make(Error::Kind::Usage,
                           QStringLiteral("Unknown authentication scheme \"%1\" (the fake accepts "
                                          "Negotiate, Kerberos and NTLM).")
                               .arg(httpScheme));
    auto p = std::make_unique<Private>();
    p->keytabPath = keytabPath;
    p->httpScheme = scheme;
    return std::unique_ptr<GssapiAcceptor>(new GssapiAcceptor(std::move(p)));
}

GssapiAcceptor::Mechanism GssapiAcceptor::classifyToken(const QByteArray &token)
{
    if (token.startsWith(QByteArray("NTLMSSP\0", 8)))
        return Mechanism::Ntlm;
    // RFC 2743 3.1 InitialContextToken: [APPLICATION 0] (0x60), DER length, then the OID.
    if (token.size() < 4 || quint8(token[0]) != 0x60)
        return Mechanism::Unknown;
    int pos = 1;
    const quint8 first = quint8(token[pos++]);
    if (first & 0x80) {
        const int lengthBytes = first & 0x7f;
        if (lengthBytes < 1 || lengthBytes > 4)
            return Mechanism::Unknown;
        pos += lengthBytes;
    }
    if (pos + 2 > token.size() || quint8(token[pos]) != 0x06)
        return Mechanism::Unknown;
    const int oidLength = quint8(token[pos + 1]);
    pos += 2;
    if (oidLength >= 0x80 || pos + oidLength > token.size())
        return Mechanism::Unknown;
    gss_OID_desc oid = {OM_uint32(oidLength), const_cast<char *>(token.constData() + pos)};
    if (sameOid(&oid, spnegoOid()))
        return Mechanism::Spnego;
    if (sameOid(&oid, krb5Oid()))
        return Mechanism::Kerberos;
    return Mechanism::Unknown;
}

QString GssapiAcceptor::scheme() const
{
    return d->httpScheme;
}

Expected<QByteArray> GssapiAcceptor::step(const QByteArray &peerToken)
{
    if (d->complete) {
        if (peerToken.isEmpty())
            return QByteArray();
        return Error::make(Error::Kind::Auth,
                           QStringLiteral("The client sent another token after the exchange had "
                                          "completed."),
                           QStringLiteral("unexpected token after GSS_S_COMPLETE"));
    }
    if (peerToken.isEmpty())
        return Error::make(Error::Kind::Auth, QStringLiteral("The client sent an empty token."),
                           QStringLiteral("empty token"));
    if (d->mechanism == Mechanism::Unknown) {
        d->mechanism = classifyToken(peerToken);
        const Status creds = d->acquireCredentials();
        if (!creds) {
            d->release();
            return creds.error();
        }
    }

    // NTLM (raw or inside SPNEGO): gss-ntlmssp must find the user with the domain spelt as
    // the client typed it (Windows compares domains case-insensitively).
    if (d->mechanism == Mechanism::Ntlm || d->mechanism == Mechanism::Spnego)
        NtlmUserFile::prepareForLogon(peerToken);

    gss_channel_bindings_struct bindings;
    std::memset(&bindings, 0, sizeof bindings);
    bindings.initiator_addrtype = GSS_C_AF_UNSPEC;
    bindings.acceptor_addrtype = GSS_C_AF_UNSPEC;
    bindings.application_data = view(m_channelBindings);
    gss_channel_bindings_t cb = m_channelBindings.isEmpty() ? GSS_C_NO_CHANNEL_BINDINGS : &bindings;

    gss_buffer_desc input = view(peerToken);
    Buffer output;
    OM_uint32 minor = 0;
    gss_name_t source = GSS_C_NO_NAME;
    const OM_uint32 major
        = gss_accept_sec_context(&minor, &d->ctx, d->cred, &input, cb, &source, &d->actualMech,
                                 &output.b, &d->flags, nullptr, nullptr);
    if (GSS_ERROR(major)) {
        Error e = d->mapError("gss_accept_sec_context", major, minor);
        OM_uint32 ignored = 0;
        if (source != GSS_C_NO_NAME)
            gss_release_name(&ignored, &source);
        d->release();
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
    d->complete = major == GSS_S_COMPLETE;
    qCDebug(lcAcceptor) << mechName(d->mechanism) << "acceptor step: in" << peerToken.size()
                        << "out" << int(output.b.length) << (d->complete ? "complete" : "continue");
    return output.bytes();
}

bool GssapiAcceptor::isComplete() const
{
    return d->complete;
}

bool GssapiAcceptor::canEncrypt() const
{
    return d->complete && (d->flags & GSS_C_CONF_FLAG);
}

QString GssapiAcceptor::encryptionProtocol() const
{
    if (d->httpScheme == QLatin1String("Kerberos"))
        return QStringLiteral("application/HTTP-Kerberos-session-encrypted");
    return QStringLiteral("application/HTTP-SPNEGO-session-encrypted");
}

Expected<QByteArray> GssapiAcceptor::wrap(const QByteArray &plain, QByteArray *header)
{
    if (!canEncrypt())
        return Error::make(Error::Kind::Auth,
                           QStringLiteral("Message encryption is not available on this "
                                          "connection."),
                           QStringLiteral("wrap before GSS_S_COMPLETE or without GSS_C_CONF_FLAG"));
    return seal(d->ctx, d->ntlm(), plain, header,
                [this](const char *call, OM_uint32 major, OM_uint32 minor) {
                    return d->mapError(call, major, minor);
                });
}

Expected<QByteArray> GssapiAcceptor::unwrap(const QByteArray &header, const QByteArray &cipher)
{
    if (!canEncrypt())
        return Error::make(Error::Kind::Auth,
                           QStringLiteral("An encrypted body arrived before authentication "
                                          "completed."),
                           QStringLiteral("unwrap before GSS_S_COMPLETE"));
    return unseal(d->ctx, d->ntlm(), header, cipher,
                  [this](const char *call, OM_uint32 major, OM_uint32 minor) {
                      return d->mapError(call, major, minor);
                  });
}

QString GssapiAcceptor::peerName() const
{
    return d->peer;
}

void GssapiAcceptor::reset()
{
    d->release();
}

GssapiAcceptor::Mechanism GssapiAcceptor::mechanism() const
{
    return d->mechanism;
}

GssapiAcceptor::Mechanism GssapiAcceptor::negotiatedMechanism() const
{
    if (sameOid(d->actualMech, ntlmOid()))
        return Mechanism::Ntlm;
    if (sameOid(d->actualMech, krb5Oid()))
        return Mechanism::Kerberos;
    return d->mechanism;
}

} // namespace fake::auth
