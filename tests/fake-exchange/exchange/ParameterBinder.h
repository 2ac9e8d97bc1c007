#pragma once

#include "CmdletSpec.h"
#include "Command.h"
#include "Invocation.h"
#include "ManagementRoles.h"

#include <QMap>

#include <optional>

namespace fake {

// PowerShell parameter binding for one emulated cmdlet: names (case-insensitive, unique
// prefixes), the first positional argument, role-restricted parameter sets, mandatory
// parameters and type conversion, with PowerShell's own error texts.
class ParameterBinder
{
public:
    ParameterBinder(const CmdletSpec &spec, const ManagementRoles::Grant &grant);

    // Parameters this user may pass (cmdlet's own granted ones, then common ones).
    QStringList availableParameters() const;

    // On success fills *bound (canonical name -> converted value) and returns nullopt.
    std::optional<remoting::ErrorRecord> bind(const remoting::Command &command,
                                              QMap<QString, remoting::PsValue> *bound) const;

private:
    std::optional<remoting::ErrorRecord>
    convert(const QString &name, const remoting::CommandParameter &p, remoting::PsValue *out) const;
    remoting::ErrorRecord
    bindingError(const QString &errorId, const QString &category, const QString &message,
                 const QString &exceptionType
                 = QStringLiteral("System.Management.Automation.ParameterBindingException")) const;

    const CmdletSpec &m_spec;
    ManagementRoles::Grant m_grant;
};

} // namespace fake
