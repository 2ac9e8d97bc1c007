#!/bin/sh
# Renders every page of the setup wizard (and the certificate dialog) to PNG under a virtual
# X server, clicking through them against bin/fake-exchange with the demo answers, so a
# reviewer can look at them. Not a ctest; needs xvfb-run (Debian/Ubuntu package "xvfb").
#
#   tests/wizard/render-pages.sh <build-dir> <out-dir> [--lang de|es|en] [--style Fusion]
#
# <build-dir> is a configured and built tree (the wizard_render_pages and fake-exchange
# targets); the PNGs are written to <out-dir> as NN-<page>.png and their paths printed.
# Without xvfb-run it falls back to Qt's offscreen platform.
set -eu
if [ $# -lt 2 ]; then
    sed -n '2,11p' "$0" | sed 's/^# \{0,1\}//' >&2
    exit 2
fi
build=$1
out=$2
shift 2
renderer="$build/bin/wizard_render_pages"
if [ ! -x "$renderer" ]; then
    renderer="$build/tests/wizard/wizard_render_pages"
fi
if [ ! -x "$renderer" ]; then
    echo "render-pages: $renderer is not built (cmake --build $build --target wizard_render_pages fake-exchange)" >&2
    exit 1
fi
mkdir -p "$out"
export QT_LOGGING_RULES="${QT_LOGGING_RULES:-securestore.*.info=false;securestore.*.debug=false}"
if command -v xvfb-run >/dev/null 2>&1; then
    unset QT_QPA_PLATFORM
    exec xvfb-run -a -s "-screen 0 1280x1024x24 -dpi 96" "$renderer" "$out" "$@"
fi
echo "render-pages: xvfb-run not found; using QT_QPA_PLATFORM=offscreen" >&2
QT_QPA_PLATFORM=offscreen exec "$renderer" "$out" "$@"
