# Cross-compiling for 64-bit Windows with Debian's mingw-w64 (posix thread model, which
# std::thread and Qt need). Used for the Windows SDK (packaging/windows/build-sdk.sh) and
# for the product itself (CMake preset windows-mingw).
set(CMAKE_SYSTEM_NAME Windows)
set(CMAKE_SYSTEM_PROCESSOR x86_64)

set(triple x86_64-w64-mingw32)
set(CMAKE_C_COMPILER ${triple}-gcc-posix)
set(CMAKE_CXX_COMPILER ${triple}-g++-posix)
set(CMAKE_RC_COMPILER ${triple}-windres)

# Libraries and headers come only from the mingw sysroot and from the SDK prefix(es)
# given in CMAKE_PREFIX_PATH; programs (moc, rcc, lrelease) from the host.
set(CMAKE_FIND_ROOT_PATH /usr/${triple})
set(CMAKE_FIND_ROOT_PATH_MODE_PROGRAM NEVER)
set(CMAKE_FIND_ROOT_PATH_MODE_LIBRARY ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_INCLUDE ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_PACKAGE BOTH)

# Tests built for Windows run under Wine on the Linux host.
set(CMAKE_CROSSCOMPILING_EMULATOR wine)
