#pragma once

#include "Command.h"
#include "Invocation.h"

#include <QList>
#include <QObject>

namespace remoting {

// One running pipeline. Emits finished() exactly once; cancel() sends the PSRP stop signal.
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
    void finished(const remoting::InvocationResult &result);

protected:
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
