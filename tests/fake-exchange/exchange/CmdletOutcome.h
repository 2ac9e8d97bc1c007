#pragma once

#include "Invocation.h"
#include "PsValue.h"

#include <QList>
#include <QStringList>

#include <optional>

namespace fake {

// What one emulated cmdlet produced: output objects, non-terminating error records, an
// optional terminating error (the pipeline fails) and warning texts.
struct CmdletOutcome
{
    QList<remoting::PsValue> output;
    QList<remoting::ErrorRecord> errors;
    std::optional<remoting::ErrorRecord> terminating;
    QStringList warnings;
};

} // namespace fake
