// Platform factory (Unix): Basic everywhere, Kerberos/NTLM through GSSAPI.
#include "auth/BasicContext.h"
#include "auth/GssapiContext.h"
#include "auth/SecurityContext.h"

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

} // namespace remoting::auth
