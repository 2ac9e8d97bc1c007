#!/usr/bin/env bash
# Runs every libFuzzer target for SECONDS each and prints, per target, the executions and
# the findings (crash/leak/timeout/oom inputs, kept under BUILD_DIR/fuzz-findings/TARGET).
#
#   tests/fuzz/run-fuzzers.sh [SECONDS] [BUILD_DIR]       (defaults: 60, build-fuzz)
#
# Configures BUILD_DIR with clang (CXX, default clang++-14; Debian: clang-14 and
# libclang-rt-14-dev) and -DSECURESTORE_FUZZ=ON when it is not configured yet: the library
# and the targets are instrumented for coverage, AddressSanitizer and UBSan. Each corpus
# starts from the recorded real-server traffic (../shared/testdata, or TESTDATA) and grows
# under BUILD_DIR/fuzz-corpus. Exit status 1 when any target found something.
set -euo pipefail
cd "$(dirname "$0")/../.."
SECONDS_PER_TARGET=${1:-60}
BUILD_DIR=${2:-build-fuzz}
TESTDATA=${TESTDATA:-$(pwd)/../shared/testdata/recorded-psrp}
TARGETS="fuzz_http_parsers fuzz_psrp fuzz_wsman fuzz_encrypted_body fuzz_clixml_values"

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
    echo "note: no recorded traffic at $TESTDATA; starting from empty corpora" >&2
fi

export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:allocator_may_return_null=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
found=0
printf '%-22s %10s %12s %8s %9s\n' target seconds executions exec/s findings
for t in $TARGETS; do
    mkdir -p "$CORPUS/$t" "$FINDINGS/$t"
    log=$FINDINGS/$t.log
    "$BUILD_DIR/bin/$t" "$CORPUS/$t" -max_total_time="$SECONDS_PER_TARGET" \
        -artifact_prefix="$FINDINGS/$t/" -print_final_stats=1 -rss_limit_mb=2560 \
        -max_len=131072 -timeout=25 >"$log" 2>&1 || true
    execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
    rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" | tail -1)
    n=$(find "$FINDINGS/$t" -maxdepth 1 -type f \( -name 'crash-*' -o -name 'leak-*' \
        -o -name 'timeout-*' -o -name 'oom-*' \) | wc -l)
    [ "$n" -gt 0 ] && found=1
    printf '%-22s %10s %12s %8s %9s\n' "$t" "$SECONDS_PER_TARGET" "${execs:-?}" "${rate:-?}" "$n"
done
echo "logs and findings: $FINDINGS"
exit $found
