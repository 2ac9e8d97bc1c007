#pragma once

#include "Command.h"
#include "Organisation.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace exchange {

enum class StepKind { NdrMailbox, JournalRule, RemoteDomain, SendConnector };
enum class StepAction { NoChange, Create, Update, Conflict, Skip };
// What a step does to Exchange, as the change journal records it (and only the journal
// serialises it: ChangeJournal). None: nothing to change (or, read from a journal, an
// operation this version does not know).
enum class ChangeOperation { None, SetNdr, Create, Enable, Update };

// How a read-back property is compared (EXCHANGE.md validation 9).
enum class ValueKind {
    Text,     // trimmed, case-sensitive
    Name,     // trimmed, case-insensitive (names, enum names)
    Smtp,     // case-insensitive; "<>" and empty = unset
    Bool,     // True/False, $true/$false; empty = unset
    HostList, // smart hosts / servers / address spaces: case-insensitive set, "[1.2.3.4]" =
              // "1.2.3.4"
};

// One property the read-back must show after a step.
struct ExpectedValue
{
    QString property; // e.g. "JournalEmailAddress"
    QString value;    // lists joined with ','
    ValueKind kind = ValueKind::Text;
};

// One step of the plan: what was found, what will be done, and exactly which typed
// commands do it (and which read it back).
struct PlannedStep
{
    StepKind kind = StepKind::NdrMailbox;
    StepAction action = StepAction::NoChange;
    QString title;      // "Undeliverable journal reports", ...
    QString found;      // what discovery found, in words
    QString intent;     // what will happen, in words
    QString conflict;   // Conflict: the reason
    QString resolution; // Conflict: what the user can do
    QStringList warnings;
    QList<remoting::Command> changes;  // sent in order, one pipeline each
    QList<remoting::Command> readBack; // statements whose output confirms the change

    // For apply and the change journal (additive, engine-owned):
    QString identity; // the object the step acts on (rule/remote domain/connector name)
    ChangeOperation operation = ChangeOperation::None; // None when nothing to do
    QString readBackType; // type-name suffix of the read-back object ("JournalRuleObject", ...)
    QList<ExpectedValue> expected; // what the read-back must show after the last change
    QJsonObject previous;          // values before the change (journal, undo)
    QJsonObject desired;           // values after the change (journal)
};

// A validation failure of the settings (nothing is sent while any exists).
struct ValidationIssue
{
    QString field;   // "journalAddress", "ndrMailbox", "ruleName", ...
    QString message; // what is wrong and what to do
};

struct Plan
{
    OrganisationIdentity organisation; // the organisation discovery read (binds the journal)
    QList<PlannedStep> steps;
    QList<ValidationIssue> issues;
    QStringList warnings;     // plan-wide (double archiving, ...)
    QStringList missingRoles; // management roles the user lacks for this plan (nothing may run)

    bool isValid() const { return issues.isEmpty(); }
    bool hasConflicts() const;
    bool hasChanges() const; // any Create/Update
    const PlannedStep *step(StepKind kind) const;
};

QString stepKindName(StepKind kind);       // "ndr", "rule", "remoteDomain", "connector"
QString stepActionName(StepAction action); // "NoChange", "Create", ...
QString stepTitle(StepKind kind);          // translated title for the user

} // namespace exchange
