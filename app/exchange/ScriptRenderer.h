#pragma once

#include "Command.h"
#include "Plan.h"

#include <QString>

namespace exchange {

// Renders typed commands and plans as PowerShell for display, copy or export (never for
// execution: the engine always sends typed commands). Strings are single-quoted with
// quotes doubled, so $(…), backticks, semicolons and double quotes stay literal.
class ScriptRenderer
{
public:
    static QString quote(const QString &text);
    static QString value(const remoting::PsValue &value);
    static QString command(const remoting::Command &command);
    // A comment line's text: control characters (line breaks…) become spaces.
    static QString comment(const QString &text);
    // The whole plan: a header, then per step a comment block, its changes and read-backs.
    static QString plan(const Plan &plan, const QString &serverLabel = {});
};

} // namespace exchange
