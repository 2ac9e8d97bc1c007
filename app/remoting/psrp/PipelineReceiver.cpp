#include "PipelineReceiver.h"

#include "Clixml.h"
#include "PsrpMessages.h"

#include <QCoreApplication>
#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcPsrpPool)

namespace remoting::psrp {

Status PipelineReceiver::handle(const Message &m)
{
    switch (m.type) {
    case MessageType::PipelineOutput:
    case MessageType::ErrorRecord:
    case MessageType::WarningRecord:
    case MessageType::VerboseRecord:
    case MessageType::PipelineState:
        break;
    case MessageType::PipelineHostCall:
        ++m_hostCalls;
        qCDebug(lcPsrpPool) << "pipeline host call not answered";
        return success();
    default:
        qCDebug(lcPsrpPool) << "ignoring" << messageTypeName(m.type);
        return success();
    }
    auto v = clixml::parse(m.data);
    if (!v)
        return v.error();
    switch (m.type) {
    case MessageType::PipelineOutput:
        m_result.output.append(*v);
        break;
    case MessageType::ErrorRecord:
        m_result.errors.append(errorRecordFromValue(*v));
        break;
    case MessageType::WarningRecord:
        m_result.warnings.append(informationalMessage(*v));
        break;
    case MessageType::VerboseRecord:
        m_result.verbose.append(informationalMessage(*v));
        break;
    case MessageType::PipelineState: {
        const PsValue state = v->property(QStringLiteral("PipelineState"));
        if (state.isNil())
            return Error::make(
                Error::Kind::Protocol,
                QCoreApplication::translate("remoting::psrp::PipelineReceiver",
                                            "The server sent an unreadable pipeline state."),
                QStringLiteral("PIPELINE_STATE without PipelineState"));
        const qlonglong s = state.toInteger();
        if (s < 0 || s > 6)
            return Error::make(
                Error::Kind::Protocol,
                QCoreApplication::translate("remoting::psrp::PipelineReceiver",
                                            "The server sent an unreadable pipeline state."),
                QStringLiteral("PipelineState %1").arg(s));
        m_result.state = PipelineState(s);
        const PsValue record = v->property(QStringLiteral("ExceptionAsErrorRecord"));
        if (!record.isNil())
            m_result.failure = errorRecordFromValue(record);
        if (m_result.state == PipelineState::Stopped || m_result.state == PipelineState::Completed
            || m_result.state == PipelineState::Failed)
            m_done = true;
        break;
    }
    default:
        break;
    }
    return success();
}

} // namespace remoting::psrp
