#pragma once

#include "Error.h"
#include "PsValue.h"

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
    // How many output objects the pipeline had written before this record arrived (-1:
    // unknown). PSRP sends output and error records on one ordered stream; this keeps that
    // order, so a caller can tell which statement of a pipeline wrote the record.
    int outputsBefore = -1;

    // Exchange puts the exception type in "[FailureCategory=Cmdlet-XxxException]"; falls
    // back to reason/exceptionType. Returns e.g. "ArgumentException".
    QString failureCategory() const;
};

// A PROGRESS_RECORD (Write-Progress), flattened.
struct ProgressRecord
{
    QString activity;
    QString statusDescription;
    QString currentOperation;
    int activityId = 0;
    int parentActivityId = -1;
    int percentComplete = -1;  // -1: unknown
    int secondsRemaining = -1; // -1: unknown
    bool completed = false;    // RecordType Completed: the activity ended
};

// An INFORMATION_RECORD (Write-Information, Write-Host; protocol 2.3), flattened.
struct InformationRecord
{
    QString message; // MessageData as text (a host message's Message)
    QString source;  // the command that wrote it, when the server says
    QStringList tags;
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
//
// The informational streams (warnings, verbose, debug, progress, information) keep at most
// kMaxRecordsPerStream records each; further ones are counted in droppedRecords. Their
// texts, like error records', are cut to kMaxServerTextChars (ServerText.h).
struct InvocationResult
{
    static constexpr int kMaxRecordsPerStream = 1000;

    PipelineState state = PipelineState::NotStarted;
    QList<PsValue> output;
    QList<ErrorRecord> errors;            // ERROR_RECORD messages (non-terminating)
    QStringList warnings;                 // WARNING_RECORD messages
    QStringList verbose;                  // VERBOSE_RECORD messages
    QStringList debug;                    // DEBUG_RECORD messages
    QList<ProgressRecord> progress;       // PROGRESS_RECORD messages, in arrival order
    QList<InformationRecord> information; // INFORMATION_RECORD messages
    int droppedRecords = 0;               // informational records beyond the bounds
    std::optional<ErrorRecord> failure;   // PIPELINE_STATE Failed: ExceptionAsErrorRecord
    std::optional<Error> transportError;  // the request never completed (network, auth, ...)

    bool succeeded() const
    {
        return !transportError && state == PipelineState::Completed && !failure;
    }
};

} // namespace remoting
