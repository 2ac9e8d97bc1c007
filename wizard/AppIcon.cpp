#include "AppIcon.h"

#include <QFile>

namespace wizard {

QIcon appIcon(const QString &name)
{
    QIcon icon(QStringLiteral(":/icons/%1.svg").arg(name));
    for (int size : {16, 24, 32, 48, 64, 128, 256, 512}) {
        const QString png = QStringLiteral(":/icons/%1-%2.png").arg(name).arg(size);
        if (QFile::exists(png))
            icon.addFile(png, QSize(size, size));
    }
    return icon;
}

} // namespace wizard
