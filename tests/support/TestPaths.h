#pragma once

#include <QString>

namespace testsupport {

// ../shared next to the checkout (recorded transcripts live there).
inline QString sharedDir()
{
    return QStringLiteral(SECURESTORE_SHARED_DIR);
}
inline QString recordedPsrpDir()
{
    return sharedDir() + QStringLiteral("/testdata/recorded-psrp");
}
inline QString sourceDir()
{
    return QStringLiteral(SECURESTORE_SOURCE_DIR);
}
inline QString binDir()
{
    return QStringLiteral(SECURESTORE_BIN_DIR);
}

} // namespace testsupport
