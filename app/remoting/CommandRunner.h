#pragma once

#include "Command.h"
#include "Invocation.h"

#include <QList>
#include <QObject>

namespace remoting {

// One running pipeline. Emits received() for each answer that brought output or records
// while the pipeline runs (several when the server produces its output slowly), then
// finished() exactly once. cancel() sends the PSRP stop signal (once the server has accepted
// the command); the job goes on receiving until the server reports the pipeline's end, so
// finished() still carries everything the stopped pipeline wrote.
class PipelineJob : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    const InvocationResult &result() const { return m_result; }
    bool isFinished() const { return m_finished; }

public Q_SLOTS:
    virtual void cancel() = 0;

Q_SIGNALS:
    // Everything received so far (output, errors, records; state still Running). The
    // results of later signals extend earlier ones; finished() carries the whole.
    void received(const remoting::InvocationResult &soFar);
    void finished(const remoting::InvocationResult &result);

protected:
    void publish(const InvocationResult &soFar)
    {
        if (!m_finished)
            Q_EMIT received(soFar);
    }
    void finish(InvocationResult result)
    {
        if (m_finished)
            return;
        m_finished = true;
        m_result = std::move(result);
        Q_EMIT finished(m_result);
    }

private:
    InvocationResult m_result;
    bool m_finished = false;
};

// What the engine needs from Exchange: run statements, get results. RemoteSession is the
// real implementation; the engine, the health check and the wizard know only this.
class CommandRunner
{
public:
    virtual ~CommandRunner() = default;
    // The job is parented to the runner; the caller may deleteLater() it after finished().
    virtual PipelineJob *invoke(const QList<Command> &statements) = 0;
};

} // namespace remoting

Q_DECLARE_METATYPE(remoting::InvocationResult)
