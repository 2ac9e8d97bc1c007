#!/bin/sh
# Runs a test executable inside a private D-Bus session with an unlocked gnome-keyring
# (Secret Service), so QtKeychain talks to a real keyring and never to the user's own.
#   run-with-keyring.sh <test-executable> [args...]
set -e
if ! command -v dbus-run-session >/dev/null || ! command -v gnome-keyring-daemon >/dev/null; then
    echo "run-with-keyring: dbus-run-session or gnome-keyring-daemon missing" >&2
    exit 1
fi
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
export HOME="$home" XDG_DATA_HOME="$home/.local/share" XDG_CONFIG_HOME="$home/.config" XDG_RUNTIME_DIR="$home/run"
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
exec dbus-run-session -- sh -c 'echo -n pw | gnome-keyring-daemon --unlock --components=secrets >/dev/null; exec "$@"' sh "$@"
