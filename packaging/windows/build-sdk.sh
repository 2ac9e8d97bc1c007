#!/usr/bin/env bash
# Builds the Windows (x86_64-w64-mingw32) SDK the product links against: Qt 6 (qtbase with
# Core, Gui, Widgets, Network, Test and the Windows platform, Vista style, Schannel TLS and
# .ico plugins), GoogleTest and yaml-cpp, from Debian's own source packages, so the versions
# match the host's Qt (a Qt 6 cross build needs the host Qt of the same version for moc, rcc
# and lrelease). Not here: QtKeychain and qtsvg, whose Debian sources are not reachable from
# our machines; the Windows build stores passwords through the Credential Manager API itself
# (app/credentials/KeychainCredentialStore_win.cpp) and its icons have PNG renditions.
#
# Idempotent and resumable: each part is skipped when its stamp exists; an interrupted
# build resumes where ninja stopped. About 45-60 minutes on 2 cores the first time.
#
#   packaging/windows/build-sdk.sh            build (or confirm) the SDK
#   SECURESTORE_WIN_SDK=/path ... build-sdk.sh  another location
#
# Default location: ~/.cache/securestore-setup/win64-sdk (outside the checkout):
#   qt/       Qt build tree, usable in place (no-prefix build: install prefix == build dir)
#   prefix/   GoogleTest, yaml-cpp
#   src/      Debian source packages
#   BUILDINFO.txt   what was built, versions and flags
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
SDK=${SECURESTORE_WIN_SDK:-$HOME/.cache/securestore-setup/win64-sdk}
toolchain=$here/mingw-w64-toolchain.cmake
jobs=${JOBS:-$(nproc)}
mkdir -p "$SDK/src" "$SDK/prefix" "$SDK/stamps"
log() { printf 'build-sdk: %s\n' "$*" >&2; }

SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"

# --- tools -------------------------------------------------------------------------------
need=(g++-mingw-w64-x86-64-posix gcc-mingw-w64-x86-64-posix binutils-mingw-w64-x86-64
      mingw-w64-tools dpkg-dev cmake ninja-build qt6-base-dev qt6-base-dev-tools
      qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n libgtest-dev)
missing=()
for p in "${need[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
    log "installing ${missing[*]}"
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# --- Debian source packages ----------------------------------------------------------------
srclist=/etc/apt/sources.list.d/securestore-deb-src.sources
if ! grep -rqs '^Types:.*deb-src' /etc/apt/sources.list.d/ && ! grep -qs '^deb-src' /etc/apt/sources.list; then
    log "adding a deb-src entry for bookworm main ($srclist)"
    printf 'Types: deb-src\nURIs: http://deb.debian.org/debian\nSuites: bookworm bookworm-updates\nComponents: main\nSigned-By: /usr/share/keyrings/debian-archive-keyring.gpg\n' |
        $SUDO tee "$srclist" >/dev/null
    $SUDO apt-get update -qq
fi

# fetch PACKAGE: unpacks Debian's source of PACKAGE under $SDK/src once; prints its directory.
fetch() {
    local pkg=$1 dir
    dir=$(find "$SDK/src" -maxdepth 1 -type d -name "$2-*" | sort | tail -n 1)
    if [ -z "$dir" ]; then
        log "fetching the source of $pkg"
        (cd "$SDK/src" && apt-get source -qq "$pkg" >/dev/null 2>&1 || apt-get source "$pkg" >&2)
        dir=$(find "$SDK/src" -maxdepth 1 -type d -name "$2-*" | sort | tail -n 1)
    fi
    [ -n "$dir" ] || { log "no source directory for $pkg"; exit 1; }
    printf '%s\n' "$dir"
}

stamp() { [ -f "$SDK/stamps/$1" ]; }
done_stamp() { date -u +%FT%TZ >"$SDK/stamps/$1"; }

# --- qtbase --------------------------------------------------------------------------------
qtbase_flags=(
    -DQT_HOST_PATH=/usr -DQT_HOST_PATH_CMAKE_DIR=/usr/lib/x86_64-linux-gnu/cmake
    -DCMAKE_BUILD_TYPE=Release -DQT_BUILD_EXAMPLES=OFF -DQT_BUILD_TESTS=OFF
    -DFEATURE_sql=OFF -DFEATURE_dbus=OFF -DFEATURE_opengl=OFF -DINPUT_opengl=no
    -DFEATURE_openssl=OFF -DFEATURE_schannel=ON -DFEATURE_printsupport=OFF
    -DFEATURE_tabletevent=OFF
)
qtbase_targets=(Core Gui Widgets Network Test QWindowsIntegrationPlugin
                QWindowsVistaStylePlugin QSchannelBackendPlugin QICOPlugin
                EntryPointImplementation QOffscreenIntegrationPlugin)
if ! stamp qtbase; then
    src=$(fetch qt6-base qt6-base)
    log "qtbase from $src into $SDK/qt"
    # No-prefix build: with the install prefix equal to the build directory, the build tree is
    # the SDK (no install step, so only the targets we need are built).
    cmake -S "$src" -B "$SDK/qt" -G Ninja -DCMAKE_TOOLCHAIN_FILE="$toolchain" \
        -DCMAKE_INSTALL_PREFIX="$SDK/qt" "${qtbase_flags[@]}" >"$SDK/qtbase-configure.log"
    nice -n 10 cmake --build "$SDK/qt" -j"$jobs" --target "${qtbase_targets[@]}"
    done_stamp qtbase
fi

# --- GoogleTest (Debian's googletest package ships its source in /usr/src) -----------------
if ! stamp googletest; then
    log "GoogleTest from /usr/src/googletest"
    cmake -S /usr/src/googletest -B "$SDK/googletest-build" -G Ninja \
        -DCMAKE_TOOLCHAIN_FILE="$toolchain" -DCMAKE_BUILD_TYPE=Release \
        -Dgtest_disable_pthreads=OFF -DCMAKE_INSTALL_PREFIX="$SDK/prefix" \
        >"$SDK/googletest-configure.log"
    cmake --build "$SDK/googletest-build" -j"$jobs"
    cmake --install "$SDK/googletest-build" >/dev/null
    done_stamp googletest
fi

# --- yaml-cpp (the golden tests read the recorded transcripts) ------------------------------
if ! stamp yaml-cpp; then
    src=$(fetch yaml-cpp yaml-cpp)
    log "yaml-cpp from $src"
    cmake -S "$src" -B "$SDK/yaml-cpp-build" -G Ninja -DCMAKE_TOOLCHAIN_FILE="$toolchain" \
        -DCMAKE_BUILD_TYPE=Release -DYAML_CPP_BUILD_TESTS=OFF -DYAML_CPP_BUILD_TOOLS=OFF \
        -DYAML_BUILD_SHARED_LIBS=OFF -DCMAKE_INSTALL_PREFIX="$SDK/prefix" \
        >"$SDK/yaml-cpp-configure.log"
    cmake --build "$SDK/yaml-cpp-build" -j"$jobs"
    cmake --install "$SDK/yaml-cpp-build" >/dev/null
    done_stamp yaml-cpp
fi

# --- what was built -------------------------------------------------------------------------
{
    echo "SecureStore Windows SDK (x86_64-w64-mingw32), built $(cat "$SDK/stamps/yaml-cpp")"
    echo "compiler: $(x86_64-w64-mingw32-g++-posix --version | head -n 1)"
    for d in "$SDK"/src/*/; do
        [ -f "$d/debian/changelog" ] && echo "source: $(head -n 1 "$d/debian/changelog")"
    done
    echo "qtbase flags: ${qtbase_flags[*]}"
    echo "qtbase targets: ${qtbase_targets[*]}"
    echo "googletest: /usr/src/googletest ($(dpkg-query -W -f='${Version}' googletest 2>/dev/null))"
} >"$SDK/BUILDINFO.txt"
log "SDK ready in $SDK"
