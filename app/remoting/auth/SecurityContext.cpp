#include "auth/SecurityContext.h"

#include "auth/AuthLog.h"

Q_LOGGING_CATEGORY(lcAuth, "securestore.auth")

namespace remoting::auth {

SecurityContext::~SecurityContext() = default;

QString SecurityContext::peerName() const
{
    return {};
}

void SecurityContext::setChannelBindings(const QByteArray &applicationData)
{
    m_channelBindings = applicationData;
}

} // namespace remoting::auth
