#pragma once

#include "PsValue.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace remoting {

// One named (or positional) parameter with a typed value. Never script text: the Exchange
// endpoint runs in NoLanguage mode, and typed values make injection impossible.
struct CommandParameter
{
    enum class Kind { Value, Switch };
    QString name; // empty = positional
    PsValue value;
    Kind kind = Kind::Value;
    bool operator==(const CommandParameter &o) const
    {
        return name == o.name && value == o.value && kind == o.kind;
    }
};

// A cmdlet invocation: name + ordered parameters. A list of Commands sent together is a
// list of statements run one after another (the first in Cmds, all in ExtraCmds); a Command
// with pipedToNext set passes its output to the next Command instead, forming one statement
// `A | B` (Exchange's session has Select-Object for that).
struct Command
{
    QString name;
    QList<CommandParameter> parameters;
    bool isScript = false;    // only the fake Exchange's NoLanguage tests set this
    bool pipedToNext = false; // output flows into the next Command (same statement)

    Command() = default;
    explicit Command(QString cmdlet)
        : name(std::move(cmdlet))
    {}

    Command &add(const QString &param, const PsValue &value)
    {
        parameters.append({param, value, CommandParameter::Kind::Value});
        return *this;
    }
    Command &add(const QString &param, const QString &value)
    {
        return add(param, PsValue::string(value));
    }
    Command &add(const QString &param, const char *value)
    {
        return add(param, QString::fromUtf8(value));
    }
    Command &add(const QString &param, bool value) { return add(param, PsValue::boolean(value)); }
    Command &add(const QString &param, int value) { return add(param, PsValue::int32(value)); }
    Command &add(const QString &param, const QStringList &values)
    {
        return add(param, PsValue::stringList(values));
    }
    Command &addSwitch(const QString &param)
    {
        parameters.append({param, PsValue::boolean(true), CommandParameter::Kind::Switch});
        return *this;
    }
    Command &addNull(const QString &param) { return add(param, PsValue::nil()); }
    Command &pipeToNext()
    {
        pipedToNext = true;
        return *this;
    }
    Command &addPositional(const PsValue &value)
    {
        parameters.append({QString(), value, CommandParameter::Kind::Value});
        return *this;
    }

    const CommandParameter *parameter(const QString &param) const
    {
        for (const auto &p : parameters)
            if (p.name.compare(param, Qt::CaseInsensitive) == 0)
                return &p;
        return nullptr;
    }
    bool operator==(const Command &o) const
    {
        return name == o.name && parameters == o.parameters && isScript == o.isScript
               && pipedToNext == o.pipedToNext;
    }
};

} // namespace remoting
