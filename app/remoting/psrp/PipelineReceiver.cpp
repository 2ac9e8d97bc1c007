#include "PipelineReceiver.h"

#include "../ServerText.h"
#include "Clixml.h"
#include "PsrpMessages.h"

#include <QCoreApplication>
#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcPsrpPool)

namespace remoting::psrp {

namespace {

int intProperty(const PsValue &v, const char *name, int fallback)
{
    const PsValue p = v.property(QLatin1String(name));
    return p.isNil() ? fallback : int(p.toInteger());
}

QString textProperty(const PsValue &v, const char *name)
{
    const PsValue p = v.property(QLatin1String(name));
    return p.isNil() ? QString() : serverText(p.toString());
}

ProgressRecord progressFromValue(const PsValue &v)
{
    ProgressRecord r;
    r.activity = textProperty(v, "Activity");
    r.statusDescription = textProperty(v, "StatusDescription");
    r.currentOperation = textProperty(v, "CurrentOperation");
    r.activityId = intProperty(v, "ActivityId", 0);
    r.parentActivityId = intProperty(v, "ParentActivityId", -1);
    r.percentComplete = intProperty(v, "PercentComplete", -1);
    r.secondsRemaining = intProperty(v, "SecondsRemaining", -1);
    const PsValue type = v.property(QStringLiteral("Type"));
    // ProgressRecordType: Processing = 0, Completed = 1 (an enum object with ToString)
    const QString typeText = type.toString();
    r.completed = typeText.compare(QLatin1String("Completed"), Qt::CaseInsensitive) == 0
                  || typeText == QLatin1String("1");
    return r;
}

InformationRecord informationFromValue(const PsValue &v)
{
    InformationRecord r;
    const PsValue data = v.property(QStringLiteral("MessageData"));
    // Write-Host sends a HostInformationMessage whose Message is the text.
    const PsValue hostMessage = data.property(QStringLiteral("Message"));
    r.message = serverText(hostMessage.isNil() ? data.toString() : hostMessage.toString());
    if (data.isNil() && v.isObject())
        r.message = serverText(v.toString());
    r.source = textProperty(v, "Source");
    const QStringList tags = v.property(QStringLiteral("Tags")).toStringList();
    for (const QString &t : tags.mid(0, 32))
        r.tags.append(serverText(t, 200));
    return r;
}

// Appends when the stream has room, else counts the record as dropped.
template<typename List, typename Item>
void appendBounded(List *list, Item item, int *dropped)
{
    if (list->size() < InvocationResult::kMaxRecordsPerStream)
        list->append(std::move(item));
    else
        ++*dropped;
}

} // namespace

Status PipelineReceiver::handle(const Message &m)
{
    switch (m.type) {
    case MessageType::PipelineOutput:
    case MessageType::ErrorRecord:
    case MessageType::WarningRecord:
    case MessageType::VerboseRecord:
    case MessageType::DebugRecord:
    case MessageType::ProgressRecord:
    case MessageType::InformationRecord:
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
    case MessageType::ErrorRecord: {
        ErrorRecord e = errorRecordFromValue(*v);
        e.outputsBefore = int(m_result.output.size());
        m_result.errors.append(e);
        break;
    }
    case MessageType::WarningRecord:
        appendBounded(&m_result.warnings, informationalMessage(*v), &m_result.droppedRecords);
        break;
    case MessageType::VerboseRecord:
        appendBounded(&m_result.verbose, informationalMessage(*v), &m_result.droppedRecords);
        break;
    case MessageType::DebugRecord:
        appendBounded(&m_result.debug, informationalMessage(*v), &m_result.droppedRecords);
        break;
    case MessageType::ProgressRecord:
        appendBounded(&m_result.progress, progressFromValue(*v), &m_result.droppedRecords);
        break;
    case MessageType::InformationRecord:
        appendBounded(&m_result.information, informationFromValue(*v), &m_result.droppedRecords);
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
