#include "AppIcon.h"

#include <QFile>
#include <QImageReader>
#include <QPixmap>

namespace wizard {

QIcon appIcon(const QString &name)
{
    // Decoded as PNG explicitly: a reader that may detect the format loads every image plugin
    // to ask it first, and QIcon(".svg") loads the SVG icon engine with Qt SVG; at start-up
    // that cost more than building the Welcome page (issue 11). No 256 and 512 px renditions:
    // the window and the pages never show the icon that large (the desktop takes the
    // installed hicolor icons), and a window icon sends every size it has to the X server.
    QIcon icon;
    for (int size : {16, 24, 32, 48, 64, 128}) {
        const QString png = QStringLiteral(":/icons/%1-%2.png").arg(name).arg(size);
        if (!QFile::exists(png))
            continue;
        QImageReader reader(png, "png");
        reader.setAutoDetectImageFormat(false); // Qt's own PNG reader, no plugin asked
        QImage image;
        if (reader.read(&image))
            icon.addPixmap(QPixmap::fromImage(std::move(image)));
    }
    if (icon.isNull())
        icon = QIcon(QStringLiteral(":/icons/%1.svg").arg(name));
    return icon;
}

} // namespace wizard
