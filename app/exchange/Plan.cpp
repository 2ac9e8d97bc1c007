#include "Plan.h"

#include "StepTable.h"

namespace exchange {

bool Plan::hasConflicts() const
{
    for (const PlannedStep &s : steps)
        if (s.action == StepAction::Conflict)
            return true;
    return false;
}

bool Plan::hasChanges() const
{
    for (const PlannedStep &s : steps)
        if (s.action == StepAction::Create || s.action == StepAction::Update)
            return true;
    return false;
}

const PlannedStep *Plan::step(StepKind kind) const
{
    for (const PlannedStep &s : steps)
        if (s.kind == kind)
            return &s;
    return nullptr;
}

QString stepKindName(StepKind kind)
{
    return StepTable::name(kind);
}

QString stepActionName(StepAction action)
{
    switch (action) {
    case StepAction::NoChange:
        return QStringLiteral("NoChange");
    case StepAction::Create:
        return QStringLiteral("Create");
    case StepAction::Update:
        return QStringLiteral("Update");
    case StepAction::Conflict:
        return QStringLiteral("Conflict");
    case StepAction::Skip:
        return QStringLiteral("Skip");
    }
    return {};
}

QString stepTitle(StepKind kind)
{
    return StepTable::title(kind);
}

} // namespace exchange
