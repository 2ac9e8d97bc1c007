#!/usr/bin/env bash
# Runs libFuzzer targets for SECONDS (wall clock) each and prints, per target, the wall
# seconds, the CPU seconds it got, executions, executions per second of wall time, corpus
# size (files) and findings (crash/leak/timeout/oom inputs, kept under
# BUILD_DIR/fuzz-findings/TARGET), with the machine's load average before and after.
#
#   tests/fuzz/run-fuzzers.sh [SECONDS] [BUILD_DIR] [TARGET...]
#       defaults: 60 s, build-fuzz, every target
#   nice -n 19 tests/fuzz/run-fuzzers.sh 600 build-fuzz fuzz_journal    # one target, 10 min
#   FUZZ_JOBS=2 tests/fuzz/run-fuzzers.sh 3600                         # two at a time, 1 h each
#
# FUZZ_JOBS (default 1) targets run at the same time; more than the machine's cores only
# shares them out (the CPU column shows what each target really got).
# Configures BUILD_DIR with clang (CXX, default clang++-14; Debian: clang-14 and
# libclang-rt-14-dev) and -DSECURESTORE_FUZZ=ON when it is not configured yet: the library
# and the targets are instrumented for coverage, AddressSanitizer and UBSan. Each corpus
# (BUILD_DIR/fuzz-corpus/TARGET, kept between runs) starts from the target's built-in seeds
# (SECURESTORE_FUZZ_WRITE_SEEDS, see ReplayMain.h) and the recorded real-server traffic
# (../shared/testdata/recorded-psrp or TESTDATA, through make-seeds.py). A finding is
# reproduced with `BUILD_DIR/bin/TARGET FILE`. Exit status 1 when any target found something.
set -euo pipefail
cd "$(dirname "$0")/../.."
SECONDS_PER_TARGET=${1:-60}
BUILD_DIR=${2:-build-fuzz}
shift $(($# > 2 ? 2 : $#))
ALL_TARGETS="fuzz_http_parsers fuzz_psrp fuzz_wsman fuzz_encrypted_body fuzz_clixml_values
    fuzz_answers fuzz_journal"
TARGETS=${*:-$ALL_TARGETS}
TESTDATA=${TESTDATA:-$(pwd)/../shared/testdata/recorded-psrp}

if [ ! -f "$BUILD_DIR/CMakeCache.txt" ]; then
    cmake -S . -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
        -DCMAKE_CXX_COMPILER="${CXX:-clang++-14}" -DSECURESTORE_FUZZ=ON \
        -DSECURESTORE_BUILD_GUI=OFF >/dev/null
fi
# shellcheck disable=SC2086
cmake --build "$BUILD_DIR" --target $TARGETS >/dev/null

CORPUS=$BUILD_DIR/fuzz-corpus
FINDINGS=$BUILD_DIR/fuzz-findings
if [ -d "$TESTDATA" ]; then
    python3 tests/fuzz/make-seeds.py "$TESTDATA" "$CORPUS" >/dev/null
else
    echo "note: no recorded traffic at $TESTDATA; starting from the built-in seeds" >&2
fi

export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:allocator_may_return_null=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
JOBS=${FUZZ_JOBS:-1}
load() { cut -d' ' -f1-3 /proc/loadavg; }
echo "load average before: $(load) ($(nproc) CPUs); $JOBS target(s) at a time"

run_one() { # $1 target; writes FINDINGS/TARGET.row
    local t=$1 log=$FINDINGS/$1.log start took execs rate corpus n cpu
    mkdir -p "$CORPUS/$t" "$FINDINGS/$t"
    SECURESTORE_FUZZ_WRITE_SEEDS=$CORPUS/$t "$BUILD_DIR/bin/$t" >/dev/null
    start=$(date +%s)
    /usr/bin/time -f '%U %S' -o "$FINDINGS/$t.cpu" \
        "$BUILD_DIR/bin/$t" "$CORPUS/$t" -max_total_time="$SECONDS_PER_TARGET" \
        -artifact_prefix="$FINDINGS/$t/" -print_final_stats=1 -rss_limit_mb=2560 \
        -max_len=131072 -timeout=25 >"$log" 2>&1 || true
    took=$(($(date +%s) - start))
    cpu=$(awk 'END { printf "%d", $1 + $2 }' "$FINDINGS/$t.cpu" 2>/dev/null || echo '?')
    execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
    rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" | tail -1)
    corpus=$(find "$CORPUS/$t" -maxdepth 1 -type f | wc -l)
    # slow-unit-* files are kept but not counted: libFuzzer times them by the wall clock, so
    # on a busy machine they are mostly the machine's slowness (replay one to see).
    n=$(find "$FINDINGS/$t" -maxdepth 1 -type f \( -name 'crash-*' -o -name 'leak-*' \
        -o -name 'timeout-*' -o -name 'oom-*' \) | wc -l)
    printf '%-20s %8s %8s %12s %8s %7s %9s\n' "$t" "$took" "$cpu" "${execs:-?}" "${rate:-?}" \
        "$corpus" "$n" >"$FINDINGS/$t.row"
}

mkdir -p "$FINDINGS"
running=0
for t in $TARGETS; do
    rm -f "$FINDINGS/$t.row"
    run_one "$t" &
    running=$((running + 1))
    if [ "$running" -ge "$JOBS" ]; then
        wait -n || true
        running=$((running - 1))
    fi
done
wait

found=0
printf '%-20s %8s %8s %12s %8s %7s %9s\n' target seconds cpu_s executions exec/s corpus findings
for t in $TARGETS; do
    cat "$FINDINGS/$t.row"
    [ "$(awk '{ print $7 }' "$FINDINGS/$t.row")" != 0 ] && found=1
done
echo "load average after: $(load)"
echo "logs and findings: $FINDINGS"
exit $found
