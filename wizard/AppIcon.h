#pragma once

#include <QIcon>
#include <QString>

namespace wizard {

// One of the product's icons from its PNG renditions (resources/icons/<name>-<size>.png, one
// per size up to 128 px so it is crisp at each), or from resources/icons/<name>.svg when it has
// none. The PNGs also show where Qt has no SVG support (the Windows build carries no SVG
// plugin). Each call decodes the PNGs: make an icon once and share the QIcon.
QIcon appIcon(const QString &name);

} // namespace wizard
