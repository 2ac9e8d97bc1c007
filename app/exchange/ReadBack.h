#pragma once

#include "Invocation.h"

#include "Plan.h"
#include "PsValue.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace exchange {

// Normalised reading and comparison of what Exchange returns (EXCHANGE.md validation 9):
// SMTP case-insensitive, "<>" = unset, enum names case-insensitive, booleans by value.
class ReadBack
{
public:
    // Text of a value; multi-valued properties become their items (a list, or the
    // "{a, b}" text some deserialized properties carry).
    static QStringList listOf(const remoting::PsValue &value);
    static QString textOf(const remoting::PsValue &value);
    // An SMTP address for comparison: trimmed, "smtp:" prefix dropped, lower-case; "<>" -> "".
    static QString smtp(const QString &text);
    // "True"/"False"/"" (unset) from any bool-ish text.
    static QString boolText(const QString &text);
    static QString normalised(ValueKind kind, const QString &text);
    // Exchange's "couldn't be found" (ManagementObjectNotFoundException / ObjectNotFound).
    static bool isNotFound(const remoting::ErrorRecord &error);
    static bool matches(const ExpectedValue &expected, const remoting::PsValue &actual,
                        QString *actualText = nullptr);

    // The first output object with the type suffix whose Name (or Identity) equals name
    // (case-insensitive); nullptr when none.
    static const remoting::PsObject *find(const QList<remoting::PsValue> &output,
                                          const QString &typeSuffix, const QString &name);
    // Compares every expected value; returns the mismatches in words (empty = verified).
    static QStringList compare(const remoting::PsObject &object,
                               const QList<ExpectedValue> &expected);
};

} // namespace exchange
