#include "GuiDisplay.h"

#include <QCoreApplication>
#include <QStringList>
#include <QtGlobal>

namespace cli {

#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)

namespace {

bool platformWorks(const QString &spec)
{
    const QString name = spec.section(QLatin1Char(':'), 0, 0).trimmed().toLower();
    if (name.isEmpty())
        return false;
    if (name == QLatin1String("xcb"))
        return !qEnvironmentVariableIsEmpty("DISPLAY");
    if (name.startsWith(QLatin1String("wayland")))
        return !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY");
    return true; // offscreen, minimal, vnc, eglfs, linuxfb…: no display server needed
}

} // namespace

bool GuiDisplay::available()
{
    const QString platforms = qEnvironmentVariable("QT_QPA_PLATFORM");
    if (platforms.trimmed().isEmpty())
        return !qEnvironmentVariableIsEmpty("DISPLAY")
               || !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY");
    // A list ("wayland;xcb") is tried in order: one that works is enough.
    for (const QString &p : platforms.split(QLatin1Char(';'), Qt::SkipEmptyParts))
        if (platformWorks(p))
            return true;
    return false;
}

QString GuiDisplay::whyUnavailable()
{
    const QString platforms = qEnvironmentVariable("QT_QPA_PLATFORM");
    if (platforms.trimmed().isEmpty())
        return QCoreApplication::translate("cli::GuiDisplay",
                                           "there is no display (DISPLAY and WAYLAND_DISPLAY are "
                                           "not set)");
    return QCoreApplication::translate("cli::GuiDisplay",
                                       "there is no display for QT_QPA_PLATFORM=%1")
        .arg(platforms);
}

#else

bool GuiDisplay::available()
{
    return true;
}

QString GuiDisplay::whyUnavailable()
{
    return {};
}

#endif

} // namespace cli
