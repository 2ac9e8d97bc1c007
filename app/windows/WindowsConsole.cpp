#include "WindowsConsole.h"

#include <windows.h>

#include <cstdio>
#include <io.h>

namespace windowsconsole {

namespace {

bool isRedirected(DWORD which)
{
    const HANDLE h = GetStdHandle(which);
    if (h == nullptr || h == INVALID_HANDLE_VALUE)
        return false;
    const DWORD type = GetFileType(h);
    return type == FILE_TYPE_DISK || type == FILE_TYPE_PIPE;
}

} // namespace

bool isGuiSubsystem()
{
#ifdef SECURESTORE_CONSOLE_FACE
    return false;
#else
    return true;
#endif
}

void prepareForCli()
{
    if (GetConsoleWindow() == nullptr && AttachConsole(ATTACH_PARENT_PROCESS)) {
        // Keep redirections (pipes, files); point the rest at the console we attached to.
        if (!isRedirected(STD_OUTPUT_HANDLE))
            std::freopen("CONOUT$", "w", stdout);
        if (!isRedirected(STD_ERROR_HANDLE))
            std::freopen("CONOUT$", "w", stderr);
        if (!isRedirected(STD_INPUT_HANDLE))
            std::freopen("CONIN$", "r", stdin);
    }
    if (GetConsoleWindow() != nullptr)
        SetConsoleOutputCP(GetACP());
}

} // namespace windowsconsole
