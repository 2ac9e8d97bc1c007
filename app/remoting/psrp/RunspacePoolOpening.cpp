#include "RunspacePoolOpening.h"

#include "Clixml.h"
#include "PsrpMessages.h"

#include <QCoreApplication>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcPsrpPool, "securestore.psrp")

namespace remoting::psrp {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("remoting::psrp::RunspacePoolOpening", text);
}

// The PSVersionTable entry `key` of APPLICATION_PRIVATE_DATA.
QString versionTableEntry(const PsValue &data, const QString &key)
{
    const PsValue apd = data.property(QStringLiteral("ApplicationPrivateData"));
    if (!apd.isObject())
        return {};
    for (const auto &e : apd.obj()->entries) {
        if (e.first.toString() != QLatin1String("PSVersionTable") || !e.second.isObject())
            continue;
        for (const auto &v : e.second.obj()->entries)
            if (v.first.toString().compare(key, Qt::CaseInsensitive) == 0)
                return v.second.toString();
    }
    return {};
}
} // namespace

void RunspacePoolOpening::fail(Error e)
{
    if (!m_error) {
        qCWarning(lcPsrpPool) << "runspace pool failed:" << e.toLogString();
        m_error = std::move(e);
    }
}

void RunspacePoolOpening::handle(const Message &m)
{
    if (m_error)
        return;
    switch (m.type) {
    case MessageType::SessionCapability: {
        auto v = clixml::parse(m.data);
        if (!v)
            return fail(v.error());
        auto c = parseSessionCapability(*v);
        if (!c)
            return fail(c.error());
        m_protocolVersion = c->protocolVersion;
        m_psVersion = c->psVersion;
        m_serializationVersion = c->serializationVersion;
        if (m_state == BeforeOpen)
            m_state = NegotiationSucceeded;
        return;
    }
    case MessageType::ApplicationPrivateData: {
        auto v = clixml::parse(m.data);
        if (!v)
            return fail(v.error());
        m_buildVersion = versionTableEntry(*v, QStringLiteral("BuildVersion"));
        return;
    }
    case MessageType::RunspacePoolState: {
        auto v = clixml::parse(m.data);
        if (!v)
            return fail(v.error());
        const PsValue state = v->property(QStringLiteral("RunspaceState"));
        if (state.isNil())
            return fail(Error::make(Error::Kind::Protocol,
                                    tr("The server sent an unreadable runspace state."),
                                    QStringLiteral("RUNSPACEPOOL_STATE without RunspaceState")));
        m_state = int(state.toInteger());
        if (m_state == Broken || m_state == Closed || m_state == Closing) {
            const PsValue record = v->property(QStringLiteral("ExceptionAsErrorRecord"));
            Error e = Error::make(Error::Kind::Remote,
                                  tr("The server could not open a PowerShell session."),
                                  QStringLiteral("RunspacePoolState %1").arg(m_state));
            if (!record.isNil()) {
                const ErrorRecord r = errorRecordFromValue(record);
                e.message = tr("The server could not open a PowerShell session: %1").arg(r.message);
                e.detail += QStringLiteral(", ") + r.fullyQualifiedErrorId;
            }
            return fail(std::move(e));
        }
        return;
    }
    default:
        qCDebug(lcPsrpPool) << "ignoring" << messageTypeName(m.type)
                            << "while opening the runspace pool";
        return;
    }
}

} // namespace remoting::psrp
