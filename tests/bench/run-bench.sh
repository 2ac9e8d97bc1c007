#!/usr/bin/env bash
# CLI benchmark against the fake Exchange (issue 4, "Performance").
#
# Usage: tests/bench/run-bench.sh <build-dir> [runs]
#   <build-dir>  a configured and built tree holding bin/securestore-setup and bin/fake-exchange
#   [runs]       repetitions per latency (default 3; the median is reported)
#
# For each latency (0 ms, then the fake's --latency-ms 50) and each run, it starts
# fake-exchange on a fresh demo organisation (HTTPS + Basic, pinned certificate) and runs
#   plan, apply --yes (NDR, rule, remote domain, connector), apply --yes again (re-apply),
#   check (the journaling health check, no --wait: exit 0 or 4 both count)
# with --stats, then prints per phase: HTTP requests, bytes sent/received, wall time and, with
# latency, the ratio elapsed / (requests x latency) (goal: <= 1.3 for the full apply).
# Budgets checked: apply <= 16 requests, plan and re-apply <= 6, check <= 8. Exit 1 when one
# is missed.
# Not a ctest (timings depend on the machine); run it by hand.
set -euo pipefail

if [[ $# -lt 1 || ! -x "$1/bin/securestore-setup" || ! -x "$1/bin/fake-exchange" ]]; then
    sed -n '2,18p' "$0" | sed 's/^# \{0,1\}//' >&2
    exit 2
fi
BUILD=$(cd "$1" && pwd)
RUNS=${2:-3}
CLI="$BUILD/bin/securestore-setup"
FAKE="$BUILD/bin/fake-exchange"
WORK=$(mktemp -d "${TMPDIR:-/tmp}/securestore-bench.XXXXXX")
FAKE_PID=""

cleanup() {
    if [[ -n "$FAKE_PID" ]]; then
        kill "$FAKE_PID" 2>/dev/null || true
        wait "$FAKE_PID" 2>/dev/null || true
    fi
    rm -rf "$WORK"
}
trap cleanup EXIT

export QT_LOGGING_RULES="*.debug=false;*.info=false"
export XDG_DATA_HOME="$WORK/xdg-data" XDG_CONFIG_HOME="$WORK/xdg-config"

start_fake() { # $1 latency ms, $2 run dir
    local latency=$1 dir=$2
    mkdir -p "$dir"
    local args=(--listen https://127.0.0.1:0 --state "$dir/state.json" --auth basic)
    [[ "$latency" -gt 0 ]] && args+=(--latency-ms "$latency")
    "$FAKE" "${args[@]}" >"$dir/fake.out" 2>"$dir/fake.err" &
    FAKE_PID=$!
    for _ in $(seq 100); do
        [[ -s "$dir/fake.out" && $(wc -l <"$dir/fake.out") -ge 2 ]] && break
        sleep 0.05
    done
    URL=$(sed -n 1p "$dir/fake.out")
    FP=$(sed -n 2p "$dir/fake.out")
    [[ -n "$URL" && -n "$FP" ]] || { echo "fake-exchange did not start:" >&2; cat "$dir/fake.err" >&2; exit 1; }
}

stop_fake() {
    kill "$FAKE_PID" 2>/dev/null || true
    wait "$FAKE_PID" 2>/dev/null || true
    FAKE_PID=""
}

run_cli() { # $1 phase, $2 run dir, rest: subcommand + flags; appends "phase requests sent received ms" to results
    local phase=$1 dir=$2
    shift 2
    local rc=0
    printf 'Contoso!Admin1\n' | "$CLI" "$@" --server "$URL" --auth basic --user admin --password-stdin \
        --trust-fingerprint "$FP" --journal-address abc123@archive.securestore.net \
        --ndr-mailbox journal-ndr@contoso.com --smarthost smtp.securestore.net --stats \
        >"$dir/$phase.out" 2>"$dir/$phase.err" || rc=$?
    # check: 4 = not yet proven (no journal report yet right after apply) is a valid result.
    if [[ $rc -ne 0 && ! ( $phase == check && $rc -eq 4 ) ]]; then
        echo "$phase failed (exit $rc):" >&2
        cat "$dir/$phase.out" "$dir/$phase.err" >&2
        exit 1
    fi
    sed -n 's/^stats: requests=\([0-9]*\) sent=\([0-9]*\) received=\([0-9]*\) elapsed_ms=\([0-9]*\)$/\1 \2 \3 \4/p' \
        "$dir/$phase.err" | sed "s/^/$phase /" >>"$RESULTS"
}

status=0
echo "securestore-setup CLI benchmark: $RUNS run(s) per latency, HTTPS + Basic on loopback, $(nproc) CPU(s)"
for latency in 0 50; do
    RESULTS="$WORK/results-$latency.txt"
    : >"$RESULTS"
    for run in $(seq "$RUNS"); do
        dir="$WORK/lat$latency-run$run"
        start_fake "$latency" "$dir"
        run_cli plan "$dir" plan
        run_cli apply "$dir" apply --yes
        run_cli re-apply "$dir" apply --yes
        run_cli check "$dir" check
        stop_fake
    done
    echo
    echo "latency ${latency} ms (median of $RUNS):"
    printf '  %-9s %8s %10s %10s %9s %s\n' phase requests sent received wall_ms "$([[ $latency -gt 0 ]] && echo 'ratio elapsed/(requests*latency)')"
    for phase in plan apply re-apply check; do
        line=$(awk -v p="$phase" '$1 == p' "$RESULTS" | sort -k5 -n | awk '{ a[NR] = $0 } END { print a[int((NR + 1) / 2)] }')
        read -r _ requests sent received ms <<<"$line"
        ratio=""
        if [[ $latency -gt 0 ]]; then
            ratio=$(awk -v e="$ms" -v r="$requests" -v l="$latency" 'BEGIN { printf "%.2f", e / (r * l) }')
        fi
        printf '  %-9s %8s %10s %10s %9s %s\n' "$phase" "$requests" "$sent" "$received" "$ms" "$ratio"
        budget=6
        [[ $phase == apply ]] && budget=16
        [[ $phase == check ]] && budget=8
        if [[ $requests -gt $budget ]]; then
            echo "  ! $phase used $requests requests (budget $budget)"
            status=1
        fi
        if [[ $latency -gt 0 && $phase == apply ]] && awk -v r="$ratio" 'BEGIN { exit !(r > 1.3) }'; then
            echo "  ! apply latency ratio $ratio is above 1.3"
            status=1
        fi
    done
done
exit $status
