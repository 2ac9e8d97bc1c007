#!/usr/bin/env bash
# Builds the Debian package from a build tree, checks it with lintian (no errors allowed),
# installs it with apt-get, runs the installed program, and removes it again leaving no files.
#   packaging/linux/check-deb.sh BUILD_DIR
set -euo pipefail
build=$(cd "$1" && pwd)
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
if ! command -v lintian >/dev/null; then
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends lintian >/dev/null
fi
cmake --build "$build" --target securestore-setup linux_docs >/dev/null
rm -f "$build"/securestore-setup_*.deb
(cd "$build" && cpack -G DEB >/dev/null)
deb=$(ls "$build"/securestore-setup_*.deb)
echo "check-deb: built $(basename "$deb") ($(stat -c %s "$deb") bytes)"

lintian --tag-display-limit 0 "$deb" >"$build/lintian.txt" 2>&1 || true
if grep -q '^E:' "$build/lintian.txt"; then
    echo "check-deb: lintian reports errors:" >&2
    grep '^E:' "$build/lintian.txt" >&2
    exit 1
fi
echo "check-deb: lintian: no errors ($(grep -c '^W:' "$build/lintian.txt" || true) warnings, in $build/lintian.txt)"

files=$(dpkg-deb -c "$deb" | awk '{print $6}' | sed 's#^\./#/#' | grep -v '/$')
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "$deb" >/dev/null 2>&1 ||
    { echo "check-deb: apt-get install $deb failed" >&2; exit 1; }
# The installed program runs: "plan" without a server is a usage error (exit 2) that needs
# no display and no network.
rc=0
out=$(/usr/bin/securestore-setup plan 2>&1) || rc=$?
[ "$rc" -eq 2 ] && [ -n "$out" ] ||
    { echo "check-deb: the installed securestore-setup did not run (exit $rc): $out" >&2; exit 1; }
v=$(/usr/bin/securestore-setup --version 2>/dev/null | tr -d '\n' || true)
man -w securestore-setup >/dev/null 2>&1 || [ -f /usr/share/man/man1/securestore-setup.1.gz ] ||
    { echo "check-deb: no man page installed" >&2; exit 1; }
echo "check-deb: installed and runs (${v:-version unknown})"
DEBIAN_FRONTEND=noninteractive $SUDO apt-get remove --purge -y -qq securestore-setup >/dev/null 2>&1
left=""
for f in $files; do
    [ -e "$f" ] && left="$left $f"
done
[ -z "$left" ] || { echo "check-deb: files left after removal:$left" >&2; exit 1; }
echo "check-deb: removed cleanly"
