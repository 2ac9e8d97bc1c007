#pragma once

#include <QIcon>
#include <QString>

namespace wizard {

// One of the product's icons (resources/icons/<name>.svg), with its PNG renditions
// (<name>-<size>.png) added so it is crisp at every size and also shows where Qt has no SVG
// support (the Windows build carries no SVG plugin).
QIcon appIcon(const QString &name);

} // namespace wizard
