#pragma once

#include "Error.h"

#include <QString>
#include <QStringList>

namespace cli {

// The wizard's command line (main() has taken --lang out): --server URL and
// --trust-fingerprint HEX prefill the Connect page. Parsed before any application object
// exists, so that a mistake is a message, not a window.
struct WizardArguments
{
    QString server;
    QString fingerprint;

    static remoting::Expected<WizardArguments> parse(const QStringList &args);
};

} // namespace cli
