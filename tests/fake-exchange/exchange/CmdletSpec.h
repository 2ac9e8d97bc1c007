#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace fake {

class CmdletCall;

// How a parameter's value is converted when it is bound.
struct ParameterSpec
{
    enum class Type {
        Text,         // string (Nil allowed unless notEmpty)
        Bool,         // System.Boolean: $true/$false, numbers, "True"/"False"
        NullableBool, // Nullable<bool>: as Bool, or $null
        Int,          // System.Int32
        List,         // string[] / MultiValuedProperty
        Switch,       // SwitchParameter
        Enum,         // one of enumValues (case-insensitive, stored canonical)
        EnumList,     // several of enumValues
        ResultSize,   // "Unlimited" or a positive number
    };
    QString name;
    Type type = Type::Text;
    bool mandatory = false;
    bool notEmpty = false; // [ValidateNotNullOrEmpty]
    QString dotNetType;    // for conversion error texts
    QStringList enumValues;
};

// One emulated cmdlet: its name, Exchange task class (last token of FullyQualifiedErrorIds),
// parameters and handler. In a pipeline `A | B`, B takes A's output objects: as a whole
// (inputObjects: Select-Object's -InputObject, CmdletCall::input()) or, like Exchange's
// cmdlets, one call per object with -Identity bound from the object's Identity property.
struct CmdletSpec
{
    QString name;
    QString taskClass;
    QList<ParameterSpec> parameters;
    QString positional;                 // the parameter bound to the first positional argument
    bool supportsShouldProcess = false; // -Confirm / -WhatIf
    void (*handler)(CmdletCall &call) = nullptr;
    bool inputObjects = false; // takes the pipeline's objects (CmdletCall::input())

    const ParameterSpec *parameter(const QString &name) const;
};

} // namespace fake
