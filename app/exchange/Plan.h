#pragma once

#include "Command.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace exchange {

enum class StepKind { NdrMailbox, JournalRule, RemoteDomain, SendConnector };
enum class StepAction { NoChange, Create, Update, Conflict, Skip };

// One step of the plan: what was found, what will be done, and exactly which typed
// commands do it (and which read it back).
struct PlannedStep
{
    StepKind kind = StepKind::NdrMailbox;
    StepAction action = StepAction::NoChange;
    QString title;       // "Undeliverable journal reports", ...
    QString found;       // what discovery found, in words
    QString intent;      // what will happen, in words
    QString conflict;    // Conflict: the reason
    QString resolution;  // Conflict: what the user can do
    QStringList warnings;
    QList<remoting::Command> changes;  // sent in order, one pipeline each
    QList<remoting::Command> readBack; // statements whose output confirms the change
};

// A validation failure of the settings (nothing is sent while any exists).
struct ValidationIssue
{
    QString field;   // "journalAddress", "ndrMailbox", "ruleName", ...
    QString message; // what is wrong and what to do
};

struct Plan
{
    QList<PlannedStep> steps;
    QList<ValidationIssue> issues;
    QStringList warnings; // plan-wide (double archiving, ...)

    bool isValid() const { return issues.isEmpty(); }
    bool hasConflicts() const;
    bool hasChanges() const; // any Create/Update
};

QString stepKindName(StepKind kind);     // "ndr", "rule", "remoteDomain", "connector"
QString stepActionName(StepAction action); // "NoChange", "Create", ...

} // namespace exchange
