#!/usr/bin/env bash
# Benchmark (issues 4 and 11, "Performance"): the CLI against the fake Exchange for each
# authentication method, then the wizard's start-up against a bare QWizard, in one run.
#
# Usage: tests/bench/run-bench.sh [--release] [--auth LIST] [--no-startup] <build-dir> [runs]
#   <build-dir>  a configured and built tree holding bin/securestore-setup and bin/fake-exchange
#                (and bin/wizard_startup_bench for the start-up part); with --release it is
#                configured (CMAKE_BUILD_TYPE=Release) and those targets are built first
#   [runs]       repetitions per latency and method (default 3; the median is reported)
#   --auth LIST  methods to run, comma-separated (default basic,ntlm,kerberos)
#   --no-startup leave out the start-up part (tests/bench/run-startup-bench.sh)
#
# Methods: basic = HTTPS + Basic (pinned certificate); ntlm = http + NTLM with MS-WSMV message
# encryption (gss-ntlmssp, users from NTLM_USER_FILE); kerberos = http + Kerberos with message
# encryption against a real MIT KDC started for the run (needs krb5-kdc, krb5-admin-server).
# For each method, latency (0 ms, then the fake's --latency-ms 50) and run, it starts
# fake-exchange on a fresh demo organisation and runs
#   plan, apply --yes (NDR, rule, remote domain, connector), apply --yes again (re-apply),
#   check (the journaling health check, no --wait: exit 0 or 4 both count)
# with --stats, and prints per phase: HTTP requests, bytes sent/received, wall time, the
# ratio elapsed / (requests x latency), and the request ratio against Basic. Then the wizard's
# cold start and peak memory against a bare QWizard (median of 9 alternating starts, ratios).
# The machine (CPUs, load average before and after) is printed so a noisy run can be seen.
# Budgets (issue 11); the script prints every one missed and exits 1 when one is:
#   plan <= 5 requests, apply <= 9, re-apply <= 5 (Basic; NTLM and Kerberos add their
#   authentication legs once per connection: NTLM 2, Kerberos 1 over http); check <= 8 (+legs),
#   what the code already does;
#   at 50 ms: elapsed <= 1.15 x requests x latency for plan, apply and re-apply;
#   wizard start-up <= 1.2 x the bare QWizard.
# Not a ctest (timings depend on the machine); run it by hand.
set -euo pipefail

usage() {
    sed -n '2,34p' "$0" | sed 's/^# \{0,1\}//' >&2
    exit 2
}
RELEASE=0
STARTUP=1
METHODS=basic,ntlm,kerberos
while [[ $# -gt 0 && $1 == --* ]]; do
    case $1 in
    --release) RELEASE=1 ;;
    --no-startup) STARTUP=0 ;;
    --auth)
        [[ $# -ge 2 ]] || usage
        METHODS=$2
        shift
        ;;
    *) usage ;;
    esac
    shift
done
[[ $# -ge 1 ]] || usage
SRC=$(cd "$(dirname "$0")/../.." && pwd)
if [[ $RELEASE -eq 1 ]]; then
    cmake -S "$SRC" -B "$1" -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
    targets=(securestore-setup fake-exchange)
    [[ $STARTUP -eq 1 ]] && targets+=(wizard_startup_bench)
    cmake --build "$1" --target "${targets[@]}" -j"$(nproc)" >/dev/null
fi
if [[ ! -x "$1/bin/securestore-setup" || ! -x "$1/bin/fake-exchange" ]]; then
    usage
fi
BUILD=$(cd "$1" && pwd)
RUNS=${2:-3}
CLI="$BUILD/bin/securestore-setup"
FAKE="$BUILD/bin/fake-exchange"
BUILD_TYPE=$(sed -n 's/^CMAKE_BUILD_TYPE:[A-Z]*=//p' "$BUILD/CMakeCache.txt" 2>/dev/null || true)
WORK=$(mktemp -d "${TMPDIR:-/tmp}/securestore-bench.XXXXXX")
FAKE_PID=""
KDC_PID=""
PASSWORD='Contoso!Admin1'

cleanup() {
    for pid in "$FAKE_PID" "$KDC_PID"; do
        if [[ -n "$pid" ]]; then
            kill "$pid" 2>/dev/null || true
            wait "$pid" 2>/dev/null || true
        fi
    done
    rm -rf "$WORK"
}
trap cleanup EXIT

export QT_LOGGING_RULES="*.debug=false;*.info=false"
export XDG_DATA_HOME="$WORK/xdg-data" XDG_CONFIG_HOME="$WORK/xdg-config"

# A real MIT KDC on a free loopback port (realm BENCH.TEST), the user and HTTP/localhost.
start_kdc() {
    local d="$WORK/kdc" port
    mkdir -p "$d"
    port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
    cat >"$d/krb5.conf" <<EOF
[libdefaults]
  default_realm = BENCH.TEST
  dns_lookup_kdc = false
  dns_lookup_realm = false
  dns_canonicalize_hostname = false
  rdns = false
  udp_preference_limit = 1
  default_ccache_name = FILE:$d/ccache
[realms]
  BENCH.TEST = {
    kdc = 127.0.0.1:$port
  }
[domain_realm]
  localhost = BENCH.TEST
EOF
    cat >"$d/kdc.conf" <<EOF
[kdcdefaults]
  kdc_listen = 127.0.0.1:$port
  kdc_tcp_listen = 127.0.0.1:$port
[realms]
  BENCH.TEST = {
    database_name = $d/principal
    key_stash_file = $d/stash
    acl_file = $d/kadm5.acl
    kdc_listen = 127.0.0.1:$port
    kdc_tcp_listen = 127.0.0.1:$port
    supported_enctypes = aes256-cts-hmac-sha1-96:normal
  }
[logging]
  kdc = FILE:$d/kdc.log
  default = FILE:$d/krb5lib.log
EOF
    : >"$d/kadm5.acl"
    export KRB5_CONFIG="$d/krb5.conf" KRB5_KDC_PROFILE="$d/kdc.conf"
    /usr/sbin/kdb5_util create -s -r BENCH.TEST -P bench-master-key >"$d/setup.log" 2>&1
    /usr/sbin/kadmin.local -r BENCH.TEST -q "addprinc -pw $PASSWORD admin" >>"$d/setup.log" 2>&1
    /usr/sbin/kadmin.local -r BENCH.TEST -q "addprinc -randkey HTTP/localhost" >>"$d/setup.log" 2>&1
    /usr/sbin/kadmin.local -r BENCH.TEST -q "ktadd -k $d/http.keytab HTTP/localhost" >>"$d/setup.log" 2>&1
    /usr/sbin/krb5kdc -n -r BENCH.TEST >"$d/kdc.out" 2>&1 &
    KDC_PID=$!
    for _ in $(seq 100); do
        (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null && return 0
        sleep 0.05
    done
    echo "krb5kdc did not come up:" >&2
    cat "$d/setup.log" "$d/kdc.out" "$d/kdc.log" >&2 2>/dev/null || true
    exit 1
}

start_fake() { # $1 method, $2 latency ms, $3 run dir
    local method=$1 latency=$2 dir=$3 want=1
    mkdir -p "$dir"
    local args=(--state "$dir/state.json")
    case $method in
    basic)
        args+=(--listen https://127.0.0.1:0 --auth basic)
        want=2
        ;;
    ntlm)
        args+=(--listen http://127.0.0.1:0 --auth ntlm)
        ;;
    kerberos) args+=(--listen http://127.0.0.1:0 --auth negotiate --keytab "$WORK/kdc/http.keytab") ;;
    esac
    [[ "$latency" -gt 0 ]] && args+=(--latency-ms "$latency")
    NTLM_USER_FILE="$WORK/ntlm-users" "$FAKE" "${args[@]}" >"$dir/fake.out" 2>"$dir/fake.err" &
    FAKE_PID=$!
    for _ in $(seq 100); do
        [[ -s "$dir/fake.out" && $(wc -l <"$dir/fake.out") -ge $want ]] && break
        sleep 0.05
    done
    URL=$(sed -n 1p "$dir/fake.out")
    [[ -n "$URL" ]] || { echo "fake-exchange did not start:" >&2; cat "$dir/fake.err" >&2; exit 1; }
    case $method in
    basic)
        CONN=(--server "$URL" --auth basic --user admin --trust-fingerprint "$(sed -n 2p "$dir/fake.out")")
        ;;
    ntlm) CONN=(--server "$URL" --auth ntlm --user 'CONTOSO\admin') ;;
    kerberos) CONN=(--server "${URL/127.0.0.1/localhost}" --auth kerberos --user admin) ;;
    esac
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
    printf '%s\n' "$PASSWORD" | "$CLI" "$@" "${CONN[@]}" --password-stdin \
        --journal-address abc123@archive.securestore.net \
        --ndr-mailbox journal-ndr@contoso.com --smarthost smtp.securestore.net --stats \
        >"$dir/$phase.out" 2>"$dir/$phase.err" || rc=$?
    # check: 4 = not yet proven (no journal report yet right after apply) is a valid result.
    if [[ $rc -ne 0 && ! ($phase == check && $rc -eq 4) ]]; then
        echo "$phase failed (exit $rc):" >&2
        cat "$dir/$phase.out" "$dir/$phase.err" >&2
        exit 1
    fi
    sed -n 's/^stats: requests=\([0-9]*\) sent=\([0-9]*\) received=\([0-9]*\) elapsed_ms=\([0-9]*\)$/\1 \2 \3 \4/p' \
        "$dir/$phase.err" | sed "s/^/$phase /" >>"$RESULTS"
}

median() { # $1 results file, $2 phase -> "phase requests sent received ms"
    awk -v p="$2" '$1 == p' "$1" | sort -k5 -n | awk '{ a[NR] = $0 } END { print a[int((NR + 1) / 2)] }'
}

legs() { # authentication requests a method adds once per connection
    case $1 in
    ntlm) echo 2 ;;
    kerberos) echo 1 ;;
    *) echo 0 ;;
    esac
}

budget() { # $1 phase, $2 method -> the most requests the phase may take
    local base
    case $1 in
    plan | re-apply) base=5 ;;
    apply) base=9 ;;
    *) base=8 ;;
    esac
    echo $((base + $(legs "$2")))
}

MISSED=()
missed() {
    echo "  ! $1"
    MISSED+=("$1")
}

printf 'CONTOSO:admin:%s\n' "$PASSWORD" >"$WORK/ntlm-users"
[[ ,$METHODS, == *,kerberos,* ]] && start_kdc
echo "securestore-setup benchmark: ${BUILD_TYPE:-unknown} build, $RUNS run(s) per latency and method"
echo "machine: $(nproc) CPU(s) ($(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -1)), $(awk '/^MemTotal/ { printf "%.1f GiB", $2 / 1048576 }' /proc/meminfo)"
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
declare -A BASIC_REQUESTS SUMMARY
for method in ${METHODS//,/ }; do
    for latency in 0 50; do
        RESULTS="$WORK/results-$method-$latency.txt"
        : >"$RESULTS"
        for run in $(seq "$RUNS"); do
            dir="$WORK/$method-lat$latency-run$run"
            start_fake "$method" "$latency" "$dir"
            run_cli plan "$dir" plan
            run_cli apply "$dir" apply --yes
            run_cli re-apply "$dir" apply --yes
            run_cli check "$dir" check
            stop_fake
        done
        echo
        echo "$method, latency ${latency} ms (median of $RUNS; load $(cut -d' ' -f1 /proc/loadavg)):"
        printf '  %-9s %8s %7s %10s %10s %9s %9s %s\n' phase requests budget sent received wall_ms \
            "$([[ $latency -gt 0 ]] && echo ratio)" "$([[ $method != basic && -n ${BASIC_REQUESTS[plan]:-} ]] && echo 'requests/basic')"
        for phase in plan apply re-apply check; do
            read -r _ requests sent received ms <<<"$(median "$RESULTS" "$phase")"
            ratio=""
            if [[ $latency -gt 0 ]]; then
                ratio=$(awk -v e="$ms" -v r="$requests" -v l="$latency" 'BEGIN { printf "%.2f", e / (r * l) }')
            fi
            against=""
            if [[ $method == basic ]]; then
                BASIC_REQUESTS[$phase]=$requests
            elif [[ -n ${BASIC_REQUESTS[$phase]:-} ]]; then
                against=$(awk -v a="$requests" -v b="${BASIC_REQUESTS[$phase]}" 'BEGIN { printf "%.2f", a / b }')
            fi
            max=$(budget "$phase" "$method")
            printf '  %-9s %8s %7s %10s %10s %9s %9s %s\n' "$phase" "$requests" "<= $max" "$sent" "$received" "$ms" "$ratio" "$against"
            if [[ $latency -eq 0 ]]; then
                SUMMARY[$method,$phase]="$requests"
                if [[ $requests -gt $max ]]; then
                    missed "$method $phase: $requests requests, budget $max"
                fi
            else
                if [[ $requests != "${SUMMARY[$method,$phase]%% *}" ]]; then
                    missed "$method $phase: $requests requests at ${latency} ms, ${SUMMARY[$method,$phase]%% *} at 0 ms"
                fi
                SUMMARY[$method,$phase]+=" ${ms}ms/$ratio"
            fi
            if [[ $latency -gt 0 && $phase != check ]] && awk -v r="$ratio" 'BEGIN { exit !(r > 1.15) }'; then
                missed "$method $phase: elapsed $ms ms at ${latency} ms = $ratio x requests x latency, budget 1.15"
            fi
        done
    done
done
echo
echo "load average after the CLI part: $(cut -d' ' -f1-3 /proc/loadavg)"
echo
echo "summary: requests (0 ms), wall time / ratio at 50 ms"
printf '  %-9s' phase
for method in ${METHODS//,/ }; do printf ' %-22s' "$method"; done
echo
for phase in plan apply re-apply check; do
    printf '  %-9s' "$phase"
    for method in ${METHODS//,/ }; do printf ' %-22s' "${SUMMARY[$method,$phase]}"; done
    echo
done

if [[ $STARTUP -eq 1 ]]; then
    echo
    if [[ -x $BUILD/bin/wizard_startup_bench ]]; then
        startup_rc=0
        "$SRC/tests/bench/run-startup-bench.sh" "$BUILD" 9 || startup_rc=$?
        if [[ $startup_rc -eq 1 ]]; then
            MISSED+=("wizard start-up above 1.2 x the bare QWizard")
        elif [[ $startup_rc -ne 0 ]]; then
            MISSED+=("wizard start-up benchmark failed (exit $startup_rc)")
        fi
    else
        echo "wizard start-up: not measured ($BUILD/bin/wizard_startup_bench is not built; --release builds it)"
    fi
fi

echo
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
if [[ ${#MISSED[@]} -eq 0 ]]; then
    echo "every budget met"
    exit 0
fi
echo "${#MISSED[@]} budget(s) missed:"
printf '  %s\n' "${MISSED[@]}"
# What the misses known at the time of writing wait for (issue 11):
all=$(printf '%s\n' "${MISSED[@]}")
grep -q ' apply: [0-9]* requests' <<<"$all" &&
    echo "  apply: more than the one change pipeline (Command + Receive) after discovery: see the fake's --request-log"
grep -Eq ' (plan|re-apply): [0-9]* requests' <<<"$all" &&
    echo "  plan, re-apply: the fake, like the recorded real servers, answers the runspace pool's opening in two Receives, and a client may create a pipeline only once the pool is Opened (MS-PSRP 3.1.5.4.10; README)"
grep -q 'x requests x latency' <<<"$all" &&
    echo "  latency: per-run work (process start, authentication, per-request crypto) and this machine's load (printed above) add to each 50 ms"
exit 1
