#pragma once

#include <QFileInfo>
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

// The fake Exchange server. It is a Linux program: Windows test builds (run under Wine) use
// the Linux build's, named by the environment variable SECURESTORE_FAKE_EXCHANGE (a Linux
// path; .ci/windows sets it) and started through WineUnixProcess.
inline QString fakeExchangeProgram()
{
#ifdef Q_OS_WIN
    return qEnvironmentVariable("SECURESTORE_FAKE_EXCHANGE");
#else
    return binDir() + QStringLiteral("/fake-exchange");
#endif
}

// True when fakeExchangeProgram() names an executable this process can start.
inline bool fakeExchangeAvailable()
{
    const QString program = fakeExchangeProgram();
#ifdef Q_OS_WIN
    return !program.isEmpty() && QFileInfo(QStringLiteral("Z:") + program).exists();
#else
    return QFileInfo(program).isExecutable();
#endif
}

} // namespace testsupport
