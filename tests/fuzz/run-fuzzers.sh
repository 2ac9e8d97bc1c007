#!/usr/bin/env bash
# Runs libFuzzer targets one after the other for SECONDS each and prints, per target, the
# seconds, executions, executions per second, corpus size (files) and findings
# (crash/leak/timeout/oom inputs, kept under BUILD_DIR/fuzz-findings/TARGET).
#
#   tests/fuzz/run-fuzzers.sh [SECONDS] [BUILD_DIR] [TARGET...]
#       defaults: 60 s, build-fuzz, every target
#   nice -n 19 tests/fuzz/run-fuzzers.sh 600 build-fuzz fuzz_journal    # one target, 10 min
#
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
found=0
printf '%-20s %8s %12s %8s %7s %9s\n' target seconds executions exec/s corpus findings
for t in $TARGETS; do
    mkdir -p "$CORPUS/$t" "$FINDINGS/$t"
    SECURESTORE_FUZZ_WRITE_SEEDS=$CORPUS/$t "$BUILD_DIR/bin/$t" >/dev/null
    log=$FINDINGS/$t.log
    start=$(date +%s)
    "$BUILD_DIR/bin/$t" "$CORPUS/$t" -max_total_time="$SECONDS_PER_TARGET" \
        -artifact_prefix="$FINDINGS/$t/" -print_final_stats=1 -rss_limit_mb=2560 \
        -max_len=131072 -timeout=25 >"$log" 2>&1 || true
    took=$(($(date +%s) - start))
    execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
    rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" | tail -1)
    corpus=$(find "$CORPUS/$t" -maxdepth 1 -type f | wc -l)
    # slow-unit-* files are kept but not counted: libFuzzer times them by the wall clock, so
    # on a busy machine they are mostly the machine's slowness (replay one to see).
    n=$(find "$FINDINGS/$t" -maxdepth 1 -type f \( -name 'crash-*' -o -name 'leak-*' \
        -o -name 'timeout-*' -o -name 'oom-*' \) | wc -l)
    [ "$n" -gt 0 ] && found=1
    printf '%-20s %8s %12s %8s %7s %9s\n' "$t" "$took" "${execs:-?}" "${rate:-?}" "$corpus" "$n"
done
echo "logs and findings: $FINDINGS"
exit $found
