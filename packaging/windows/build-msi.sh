#!/usr/bin/env bash
# Builds the MSI from a Windows build tree with wixl (msitools):
#   packaging/windows/build-msi.sh BUILD_DIR OUT.msi
# Installs the build's "application" component into BUILD_DIR/msi-stage, checks that the
# files there are exactly those securestore-setup.wxs lists, and runs wixl from the stage
# (wixl wants SourceFile paths relative to where it runs). The product version is the one
# the build tree was configured with (SECURESTORE_VERSION).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
build=$(cd "$1" && pwd)
out=$(realpath -m "$2")
wxs=$here/securestore-setup.wxs

version=$(sed -n 's/^SECURESTORE_VERSION:STRING=//p' "$build/CMakeCache.txt")
[ -n "$version" ] || { echo "build-msi: no SECURESTORE_VERSION in $build/CMakeCache.txt" >&2; exit 1; }

stage=$build/msi-stage
rm -rf "$stage"
cmake --install "$build" --prefix "$stage" --component application --strip >/dev/null
cp "$here/securestore.ico" "$stage/"

# The install tree and the installer must list the same files.
staged=$(cd "$stage" && find bin -type f | sort)
listed=$(sed -n 's/.*Source="\(bin\/[^"]*\)".*/\1/p' "$wxs" | sort)
if [ "$staged" != "$listed" ]; then
    echo "build-msi: the install tree and securestore-setup.wxs differ (< installed, > listed):" >&2
    diff <(echo "$staged") <(echo "$listed") >&2 || true
    exit 1
fi

mkdir -p "$(dirname "$out")"
(cd "$stage" && wixl -a x64 -D Version="$version" -o "$out" "$wxs")
echo "build-msi: $out (version $version, $(stat -c %s "$out") bytes)"
