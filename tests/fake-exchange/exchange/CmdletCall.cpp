#include "CmdletCall.h"

#include "CmdletErrors.h"

namespace fake {

using remoting::ErrorRecord;
using remoting::PsValue;

CmdletCall::CmdletCall(OrganisationModel &model, const CmdletSpec &spec,
                       QMap<QString, PsValue> bound, QStringList userRoles, CmdletOutcome &outcome)
    : m_model(model)
    , m_spec(spec)
    , m_bound(std::move(bound))
    , m_userRoles(std::move(userRoles))
    , m_outcome(outcome)
{}

QString CmdletCall::serverName() const
{
    return m_model.servers.isEmpty() ? QStringLiteral("EX01") : m_model.servers.first().name;
}

bool CmdletCall::has(const QString &parameter) const
{
    return m_bound.contains(parameter);
}
PsValue CmdletCall::value(const QString &parameter) const
{
    return m_bound.value(parameter);
}
QString CmdletCall::text(const QString &parameter) const
{
    return m_bound.value(parameter).toString();
}
bool CmdletCall::flag(const QString &parameter) const
{
    return m_bound.value(parameter).toBool();
}
QStringList CmdletCall::list(const QString &parameter) const
{
    return m_bound.value(parameter).toStringList();
}
int CmdletCall::integer(const QString &parameter) const
{
    return int(m_bound.value(parameter).toInteger());
}

void CmdletCall::write(const PsValue &object)
{
    if (!failed())
        m_outcome.output.append(object);
}

void CmdletCall::writeError(const ErrorRecord &record)
{
    if (!failed())
        m_outcome.errors.append(record);
}

void CmdletCall::fail(const ErrorRecord &record)
{
    if (!failed())
        m_outcome.terminating = record;
}

void CmdletCall::warn(const QString &text)
{
    if (!failed())
        m_outcome.warnings.append(text);
}

bool CmdletCall::failed() const
{
    return m_outcome.terminating.has_value();
}

ErrorRecord CmdletCall::taskError(const QString &exceptionType, const QString &category,
                                  const QString &message, const QString &target) const
{
    return CmdletErrors::exchangeTask(serverName(), m_spec.name, m_spec.taskClass, exceptionType,
                                      category, message, target);
}

ErrorRecord CmdletCall::notFound(const QString &identity) const
{
    return taskError(
        QStringLiteral("Microsoft.Exchange.Configuration.Tasks.ManagementObjectNotFoundException"),
        QStringLiteral("NotSpecified"),
        QStringLiteral("The operation couldn't be performed because '%1' couldn't be found.")
            .arg(identity),
        identity);
}

ErrorRecord CmdletCall::ambiguous(const QString &identity) const
{
    return taskError(
        QStringLiteral("Microsoft.Exchange.Configuration.Tasks.ManagementObjectAmbiguousException"),
        QStringLiteral("NotSpecified"),
        QStringLiteral("The operation couldn't be performed because '%1' matches multiple entries.")
            .arg(identity),
        identity);
}

bool CmdletCall::checkNameLength(const QString &name)
{
    if (name.size() <= 64)
        return true;
    fail(taskError(
        QStringLiteral("Microsoft.Exchange.Data.DataValidationException"),
        QStringLiteral("NotSpecified"),
        QStringLiteral(
            "The length of the property is too long. The maximum length is 64 and the length of "
            "the value provided is %1.")
            .arg(name.size())));
    return false;
}

ErrorRecord CmdletCall::alreadyExists(const QString &dn) const
{
    return taskError(
        QStringLiteral("Microsoft.Exchange.Data.Directory.ADObjectAlreadyExistsException"),
        QStringLiteral("NotSpecified"),
        QStringLiteral("Active Directory operation failed on %1. The object '%2' already exists.")
            .arg(m_model.domainController, dn));
}

ErrorRecord CmdletCall::transformationError(const QString &parameter, const QString &inner) const
{
    return CmdletErrors::parameterBinding(
        QStringLiteral("ParameterArgumentTransformationError"), m_spec.name, m_spec.taskClass,
        QStringLiteral("InvalidData"),
        QStringLiteral("Cannot process argument transformation on parameter '%1'. %2")
            .arg(parameter, inner),
        QStringLiteral(
            "System.Management.Automation.ParameterBindingArgumentTransformationException"));
}

void CmdletCall::warnNothingModified(const QString &identity)
{
    warn(QStringLiteral(
             "The command completed successfully but no settings of '%1' have been modified.")
             .arg(identity));
}

} // namespace fake
