#pragma once

#include "../Error.h"
#include "../Invocation.h"
#include "Message.h"

namespace remoting::psrp {

// Client side of one running pipeline: feed it the messages received for the pipeline.
// Pure: no I/O. PIPELINE_OUTPUT -> output, ERROR_RECORD -> errors, WARNING/VERBOSE/DEBUG ->
// warnings/verbose/debug, PROGRESS_RECORD -> progress, INFORMATION_RECORD -> information
// (each bounded, see InvocationResult), PIPELINE_STATE terminal (Stopped/Completed/Failed)
// -> done, with ExceptionAsErrorRecord -> failure. Host calls are counted but not answered.
class PipelineReceiver
{
public:
    // An Error for undecodable data; the message is then ignored (the pipeline goes on).
    Status handle(const Message &m);
    bool isDone() const { return m_done; }
    InvocationResult result() const { return m_result; }
    int hostCallCount() const { return m_hostCalls; } // PIPELINE_HOST_CALLs seen (never answered)

private:
    InvocationResult m_result;
    bool m_done = false;
    int m_hostCalls = 0;
};

} // namespace remoting::psrp
