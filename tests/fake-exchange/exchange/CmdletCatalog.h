#pragma once

#include "CmdletSpec.h"
#include "ExchangeObjects.h"

namespace fake {

// Every cmdlet the fake Exchange emulates, with its parameters.
class CmdletCatalog
{
public:
    static const QList<CmdletSpec> &all();
    static const CmdletSpec *find(const QString &name); // case-insensitive
    // Parameters every cmdlet accepts (PowerShell common parameters, Exchange's DomainController).
    static QStringList commonParameters();
    static QStringList shouldProcessParameters(); // Confirm, WhatIf
    // Name, .NET type and switch-ness of a common or ShouldProcess parameter.
    static ExchangeObjects::ParameterInfo commonParameterInfo(const QString &name);
};

} // namespace fake
