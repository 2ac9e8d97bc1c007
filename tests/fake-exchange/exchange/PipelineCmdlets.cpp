// The utility cmdlets of Exchange's remote session that work on piped objects: Select-Object.
#include "CmdletCall.h"
#include "Cmdlets.h"

#include <memory>

namespace fake::cmdlets {

using remoting::PsObject;
using remoting::PsValue;

namespace {

// A PSCustomObject with only the named properties (note properties), as Select-Object
// -Property makes it: type "Selected.<original type>", ToString "@{Name=value; ...}".
PsValue project(const PsValue &object, const QStringList &properties)
{
    auto selected = std::make_shared<PsObject>();
    QString original = object.isObject() && !object.obj()->typeNames.isEmpty()
                           ? object.obj()->typeNames.first()
                           : QStringLiteral("System.Object");
    if (original.startsWith(QLatin1String("Deserialized.")))
        original.remove(0, 13);
    selected->typeNames = {QStringLiteral("Selected.") + original,
                           QStringLiteral("System.Management.Automation.PSCustomObject"),
                           QStringLiteral("System.Object")};
    QStringList shown;
    for (const QString &name : properties) {
        QString canonical = name;
        PsValue value;
        if (object.isObject()) {
            if (const PsValue *found = object.obj()->findProperty(name)) {
                value = *found;
                for (const auto *set : {&object.obj()->extended, &object.obj()->adapted})
                    for (const auto &p : *set)
                        if (p.name.compare(name, Qt::CaseInsensitive) == 0)
                            canonical = p.name;
            }
        }
        selected->extended.append({canonical, value});
        shown << canonical + QLatin1Char('=') + (value.isNil() ? QString() : value.toString());
    }
    selected->toString = QStringLiteral("@{") + shown.join(QStringLiteral("; ")) + QLatin1Char('}');
    selected->hasToString = true;
    return PsValue::object(std::move(selected));
}

} // namespace

void selectObject(CmdletCall &call)
{
    // -InputObject: that one object instead of the pipeline's (PowerShell's Select-Object).
    QList<PsValue> objects = call.has(QStringLiteral("InputObject"))
                                 ? QList<PsValue>{call.value(QStringLiteral("InputObject"))}
                                 : call.input();
    if (call.has(QStringLiteral("Skip")))
        objects = objects.mid(std::max(0, call.integer(QStringLiteral("Skip"))));
    if (call.has(QStringLiteral("First")))
        objects = objects.mid(0, std::max(0, call.integer(QStringLiteral("First"))));
    if (call.has(QStringLiteral("Last"))) {
        const int last = std::max(0, call.integer(QStringLiteral("Last")));
        objects = objects.mid(std::max<qsizetype>(0, objects.size() - last));
    }
    const QStringList properties = call.list(QStringLiteral("Property"));
    for (const PsValue &object : objects)
        call.write(properties.isEmpty() ? object : project(object, properties));
}

} // namespace fake::cmdlets
