#!/usr/bin/env bash
# The cheap Windows checks that .ci/test runs (no Windows Qt needed; the full Windows build and
# its tests under Wine are .ci/windows):
#  1. the Windows-only sources that are free of Qt compile with mingw-w64, -Wall -Wextra -Werror;
#  2. the product's SSPI context, linked into tests/windows/sspi_probe.cpp, completes NTLM
#     (SSPI Negotiate, as the product uses it) under Wine against the Linux fake-exchange and
#     exchanges one MS-WSMV encrypted request and answer with it.
#   tests/windows/windows-checks.sh BUILD_DIR
set -euo pipefail
cd "$(dirname "$0")/../.."
build=$(cd "$1" && pwd)
work=$(mktemp -d)
fake_pid=
cleanup() {
    [ -n "$fake_pid" ] && kill "$fake_pid" 2>/dev/null && wait "$fake_pid" 2>/dev/null
    rm -rf "$work"
}
trap cleanup EXIT
cxx=x86_64-w64-mingw32-g++-posix
flags=(-std=c++17 -Wall -Wextra -Werror -Iapp/remoting -Iapp/windows)

for src in app/remoting/auth/SspiContext.cpp app/windows/WindowsConsole.cpp; do
    "$cxx" "${flags[@]}" -fsyntax-only "$src"
done
echo "windows-checks: Qt-free Windows sources compile with mingw-w64 (-Wall -Wextra -Werror)"

"$cxx" "${flags[@]}" -O1 -static tests/windows/sspi_probe.cpp app/remoting/auth/SspiContext.cpp \
    -o "$work/sspi_probe.exe" -lsecur32 -lws2_32

printf 'CONTOSO:admin:Contoso!Admin1\n' >"$work/ntlm-users"
NTLM_USER_FILE=$work/ntlm-users "$build/bin/fake-exchange" --listen http://127.0.0.1:0 --auth ntlm \
    >"$work/fake.out" 2>"$work/fake.err" &
fake_pid=$!
for _ in $(seq 100); do
    [ -s "$work/fake.out" ] && break
    sleep 0.1
done
port=$(sed -n '1s#.*:\([0-9]*\)/.*#\1#p' "$work/fake.out")
[ -n "$port" ] || { echo "windows-checks: fake-exchange did not start" >&2; cat "$work/fake.err" >&2; exit 1; }

export WINEPREFIX=${SECURESTORE_WINEPREFIX:-$HOME/.cache/securestore-setup/wineprefix} WINEDEBUG=-all WINEARCH=win64
if ! echo 'Contoso!Admin1' | timeout 300 wine "$work/sspi_probe.exe" 127.0.0.1 "$port" 'CONTOSO\admin'; then
    echo "windows-checks: SSPI NTLM under Wine against fake-exchange failed; the fake said:" >&2
    tail -n 20 "$work/fake.err" >&2
    exit 1
fi
echo "windows-checks: SSPI NTLM with message encryption under Wine: passed"
