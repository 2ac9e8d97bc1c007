#!/usr/bin/env bash
# Desktop start-up benchmark (issue 11 item 4): the wizard against a bare QWizard with ten
# empty pages, side by side in one run, under Xvfb (started here when DISPLAY is unset).
#
# Usage: tests/bench/run-startup-bench.sh [--release] <build-dir> [runs]
#   <build-dir>  a configured and built tree holding bin/wizard_startup_bench; with --release
#                it is configured (CMAKE_BUILD_TYPE=Release) and that target is built first
#   [runs]       starts of each, alternating (default 5; the median is reported)
#
# Cold start = from just before the process is started to the first paint event of the start
# page; peak memory = VmHWM at that moment; CPU = the process's own user + system time until
# then (less disturbed than wall time when the machine is busy). Prints the medians (and the
# fastest start) of each, and ours / bare for each.
# Budget: start-up ratio (median wall time) <= 1.2; exit 1 when it is missed.
# Not a ctest (timings depend on the machine); run it by hand.
set -euo pipefail

usage() {
    sed -n '2,16p' "$0" | sed 's/^# \{0,1\}//' >&2
    exit 2
}
RELEASE=0
[[ ${1:-} == --release ]] && { RELEASE=1; shift; }
[[ $# -ge 1 ]] || usage
if [[ $RELEASE -eq 1 ]]; then
    cmake -S "$(cd "$(dirname "$0")/../.." && pwd)" -B "$1" -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
    cmake --build "$1" --target wizard_startup_bench -j"$(nproc)" >/dev/null
fi
BENCH="$1/bin/wizard_startup_bench"
[[ -x $BENCH ]] || usage
RUNS=${2:-5}
BUILD_TYPE=$(sed -n 's/^CMAKE_BUILD_TYPE:[A-Z]*=//p' "$1/CMakeCache.txt" 2>/dev/null || true)
WORK=$(mktemp -d "${TMPDIR:-/tmp}/securestore-startup.XXXXXX")
XVFB_PID=""
cleanup() {
    if [[ -n $XVFB_PID ]]; then
        kill "$XVFB_PID" 2>/dev/null || true
        wait "$XVFB_PID" 2>/dev/null || true
    fi
    rm -rf "$WORK"
}
trap cleanup EXIT

export XDG_DATA_HOME="$WORK/xdg-data" XDG_CONFIG_HOME="$WORK/xdg-config" XDG_RUNTIME_DIR="$WORK/run"
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
export QT_QPA_PLATFORM=xcb QT_LOGGING_RULES="*.debug=false;*.info=false"
if [[ -z ${DISPLAY:-} ]]; then
    Xvfb -displayfd 3 -screen 0 1280x1024x24 -nolisten tcp 3>"$WORK/display" 2>"$WORK/xvfb.err" &
    XVFB_PID=$!
    for _ in $(seq 100); do
        [[ -s $WORK/display ]] && break
        sleep 0.05
    done
    [[ -s $WORK/display ]] || { echo "Xvfb did not start:" >&2; cat "$WORK/xvfb.err" >&2; exit 1; }
    DISPLAY=":$(cat "$WORK/display")"
    export DISPLAY
fi

echo "wizard start-up benchmark: ${BUILD_TYPE:-unknown} build, $RUNS start(s) each, $(nproc) CPU(s), DISPLAY=$DISPLAY"
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
# Warm the page cache once for both (the first start of a program pays the disk).
"$BENCH" bare >/dev/null
"$BENCH" ours >/dev/null
for _ in $(seq "$RUNS"); do
    for kind in bare ours; do
        start=$(date +%s%N)
        line=$("$BENCH" "$kind")
        painted=$(sed -n 's/^painted_ns=\([0-9]*\) .*/\1/p' <<<"$line")
        hwm=$(sed -n 's/.* hwm_kb=\([0-9]*\) .*/\1/p' <<<"$line")
        cpu=$(sed -n 's/.* cpu_us=\([0-9]*\)$/\1/p' <<<"$line")
        [[ -n $painted && -n $hwm && -n $cpu ]] || { echo "$kind: no measurement ($line)" >&2; exit 1; }
        echo "$kind $(((painted - start) / 1000)) $hwm $cpu" >>"$WORK/results"
    done
done
median() { # $1 kind, $2 column (2 = start-up us, 3 = peak kB, 4 = CPU us)
    awk -v k="$1" '$1 == k' "$WORK/results" | sort -k"$2" -n |
        awk -v c="$2" '{ a[NR] = $c } END { print a[int((NR + 1) / 2)] }'
}
fastest() { # $1 kind, $2 column
    awk -v k="$1" -v c="$2" '$1 == k && (m == "" || $c < m) { m = $c } END { print m }' "$WORK/results"
}
ms() { awk -v v="$1" 'BEGIN { printf "%.1f", v / 1000 }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }
bare_us=$(median bare 2) ours_us=$(median ours 2) bare_kb=$(median bare 3) ours_kb=$(median ours 3)
bare_cpu=$(median bare 4) ours_cpu=$(median ours 4)
bare_min=$(fastest bare 2) ours_min=$(fastest ours 2)
printf '  %-28s %14s %14s %14s %14s\n' "" "start-up (ms)" "fastest (ms)" "CPU (ms)" "peak RSS (MiB)"
printf '  %-28s %14s %14s %14s %14.1f\n' "bare QWizard, 10 empty pages" "$(ms "$bare_us")" "$(ms "$bare_min")" "$(ms "$bare_cpu")" "$(awk -v v="$bare_kb" 'BEGIN { print v / 1024 }')"
printf '  %-28s %14s %14s %14s %14.1f\n' "SecureStore wizard" "$(ms "$ours_us")" "$(ms "$ours_min")" "$(ms "$ours_cpu")" "$(awk -v v="$ours_kb" 'BEGIN { print v / 1024 }')"
time_ratio=$(ratio "$ours_us" "$bare_us")
mem_ratio=$(ratio "$ours_kb" "$bare_kb")
printf '  %-28s %14s %14s %14s %14s\n' "ours / bare" "$time_ratio" "$(ratio "$ours_min" "$bare_min")" "$(ratio "$ours_cpu" "$bare_cpu")" "$mem_ratio"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
if awk -v r="$time_ratio" 'BEGIN { exit !(r > 1.2) }'; then
    echo "! start-up ratio $time_ratio is above 1.2"
    exit 1
fi
