// Platform factory (Windows): Basic everywhere, Kerberos/NTLM through SSPI.
#include "auth/BasicContext.h"
#include "auth/SecurityContext.h"
#include "auth/SspiSecurityContext.h"

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
    if (options.host.trimmed().isEmpty())
        return Error::make(
            Error::Kind::Usage,
            QCoreApplication::translate("remoting::auth", "The server name is missing."));
    return std::unique_ptr<SecurityContext>(std::make_unique<SspiSecurityContext>(options));
}

} // namespace remoting::auth
