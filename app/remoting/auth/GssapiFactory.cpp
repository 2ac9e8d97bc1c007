// Platform factory (Unix): Basic everywhere, Kerberos/NTLM through GSSAPI.
#include "auth/BasicContext.h"
#include "auth/GssapiContext.h"
#include "auth/SecurityContext.h"

#include <QCoreApplication>

namespace remoting::auth {

Expected<std::unique_ptr<SecurityContext>> createInitiator(const ContextOptions &options,
                                                           bool overTls)
{
    if (options.method == AuthMethod::Basic) {
        if (!overTls)
            return BasicContext::refusedOverHttp();
        return std::unique_ptr<SecurityContext>(
            std::make_unique<BasicContext>(options.userName, options.password));
    }
    auto ctx = GssapiContext::createInitiator(options);
    if (!ctx)
        return ctx.error();
    return std::unique_ptr<SecurityContext>(std::move(ctx).value());
}

Expected<std::unique_ptr<SecurityContext>> createGssapiAcceptor(const QString &keytabPath,
                                                                const QString &mechanism)
{
    GssapiContext::Mechanism mech;
    const QString m = mechanism.toLower();
    if (m == QLatin1String("negotiate"))
        mech = GssapiContext::Mechanism::Spnego;
    else if (m == QLatin1String("kerberos"))
        mech = GssapiContext::Mechanism::Kerberos;
    else if (m == QLatin1String("ntlm"))
        mech = GssapiContext::Mechanism::Ntlm;
    else
        return Error::make(
            Error::Kind::Usage,
            QCoreApplication::translate("remoting::auth",
                                        "Unknown authentication mechanism \"%1\" (use negotiate, "
                                        "kerberos or ntlm).")
                .arg(mechanism));
    auto ctx = GssapiContext::createAcceptor(keytabPath, mech);
    if (!ctx)
        return ctx.error();
    return std::unique_ptr<SecurityContext>(std::move(ctx).value());
}

} // namespace remoting::auth
