#pragma once

#include "CmdletSpec.h"

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
};

} // namespace fake
