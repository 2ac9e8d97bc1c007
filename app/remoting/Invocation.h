#pragma once

#include "Error.h"
#include "psrp/PsValue.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace remoting {

// A PowerShell ErrorRecord, flattened for display and logs.
struct ErrorRecord
{
    QString message; // ErrorDetails message when present, else Exception.Message
    QString
        fullyQualifiedErrorId; // e.g. "[Server=EX01,...] [FailureCategory=Cmdlet-ArgumentException]
                               // 8A1D3C06,Microsoft...NewJournalRule"
    QString category;          // CategoryInfo category name, e.g. "InvalidArgument"
    QString reason;            // CategoryInfo.Reason, usually the exception's short type name
    QString activity;          // CategoryInfo.Activity, usually the cmdlet name
    QString targetName;        // CategoryInfo.TargetName
    QString exceptionType;     // full .NET type name of the exception when known
    QString commandName;       // InvocationInfo.MyCommand when present
    PsValue raw;               // the whole deserialized record

    // Exchange puts the exception type in "[FailureCategory=Cmdlet-XxxException]"; falls
    // back to reason/exceptionType. Returns e.g. "ArgumentException".
    QString failureCategory() const;
};

enum class PipelineState {
    NotStarted = 0,
    Running = 1,
    Stopping = 2,
    Stopped = 3,
    Completed = 4,
    Failed = 5,
    Disconnected = 6
};

// The outcome of one pipeline (one or more statements). PSRP does not mark statement
// boundaries in the output stream: callers attribute objects by type name and errors by
// their activity/command name.
struct InvocationResult
{
    PipelineState state = PipelineState::NotStarted;
    QList<PsValue> output;
    QList<ErrorRecord> errors;           // ERROR_RECORD messages (non-terminating)
    QStringList warnings;                // WARNING_RECORD messages
    QStringList verbose;                 // VERBOSE_RECORD messages
    std::optional<ErrorRecord> failure;  // PIPELINE_STATE Failed: ExceptionAsErrorRecord
    std::optional<Error> transportError; // the request never completed (network, auth, ...)

    bool succeeded() const
    {
        return !transportError && state == PipelineState::Completed && !failure;
    }
};

} // namespace remoting
