#pragma once

#include <QString>

namespace cli {

// Whether the wizard can open a window: on Linux and the BSDs a display server must be named
// (DISPLAY for xcb, WAYLAND_DISPLAY for wayland) or QT_QPA_PLATFORM must choose a platform
// that needs none (offscreen, vnc, …); Windows and macOS always have one. Checked before a
// QApplication exists, so that a missing display is a message, not a platform-plugin abort.
class GuiDisplay
{
public:
    static bool available();
    // What is missing, for the message (e.g. "DISPLAY and WAYLAND_DISPLAY are not set").
    static QString whyUnavailable();
};

} // namespace cli
