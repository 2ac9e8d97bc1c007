#pragma once

#include "Command.h"
#include "Plan.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace exchange {

// How one journaled change is reversed: the commands, and what the read-back must show
// afterwards (or that the object is gone).
struct UndoAction
{
    QList<remoting::Command> commands; // empty: this version cannot undo the operation
    QList<ExpectedValue> expected;     // after the undo
    bool expectAbsent = false;         // a removal: the read-back must find nothing
    QString message;                   // what the undo does, for the user
};

// The one place that knows, per step kind, which commands make a change, which read it
// back and which undo it. The planner chooses the operation and the values; apply, the change
// journal and undo only ever go through this table. A new step kind adds its StepKind value
// and a row here, its decision in the Planner, its reads and roles (Discovery,
// ManagementRoles) and its page in the wizard.
class StepTable
{
public:
    static QString name(StepKind kind); // "ndr", "rule", "remoteDomain", "connector"
    static StepKind fromName(const QString &name, bool *ok = nullptr);
    static QString title(StepKind kind); // translated, for the user

    // Type-name suffix of the read-back object ("JournalRuleObject", ...).
    static QString readBackType(StepKind kind);
    // A singleton (the transport configuration) is found by its type alone.
    static bool isSingleton(StepKind kind);
    // The statement that reads the object back.
    static remoting::Command readBack(StepKind kind, const QString &identity);

    // The changes, in order, that make `desired` true for the object `identity`.
    static QList<remoting::Command> applyCommands(StepKind kind, ChangeOperation operation,
                                                  const QString &identity,
                                                  const QJsonObject &desired);
    // How to reverse `operation` on `identity`, restoring `previous`. `target` (the object's
    // Guid, when undo has matched it) is what the commands address instead of the name, so
    // they act on exactly the object that was checked.
    static UndoAction undo(StepKind kind, ChangeOperation operation, const QString &identity,
                           const QJsonObject &previous, const QString &target = {});
};

} // namespace exchange
