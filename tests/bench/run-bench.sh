#!/usr/bin/env bash
# CLI benchmark against the fake Exchange (issues 4 and 11, "Performance").
#
# Usage: tests/bench/run-bench.sh [--release] [--auth LIST] <build-dir> [runs]
#   <build-dir>  a configured and built tree holding bin/securestore-setup and bin/fake-exchange;
#                with --release it is configured (CMAKE_BUILD_TYPE=Release) and those two
#                targets are built first
#   [runs]       repetitions per latency and method (default 3; the median is reported)
#   --auth LIST  methods to run, comma-separated (default basic,ntlm,kerberos)
#
# Methods: basic = HTTPS + Basic (pinned certificate); ntlm = http + NTLM with MS-WSMV message
# encryption (gss-ntlmssp, users from NTLM_USER_FILE); kerberos = http + Kerberos with message
# encryption against a real MIT KDC started for the run (needs krb5-kdc, krb5-admin-server).
# For each method, latency (0 ms, then the fake's --latency-ms 50) and run, it starts
# fake-exchange on a fresh demo organisation and runs
#   plan, apply --yes (NDR, rule, remote domain, connector), apply --yes again (re-apply),
#   check (the journaling health check, no --wait: exit 0 or 4 both count)
# with --stats, and prints per phase: HTTP requests, bytes sent/received, wall time, the
# ratio elapsed / (requests x latency), and the request ratio against Basic. The machine's
# load average is printed before and after, so a noisy run can be recognised.
# Budgets (exit 1 when one that the code claims is missed):
#   Basic: plan and re-apply 6 requests, apply 16, check 8; NTLM and Kerberos add their
#   authentication legs once per connection (NTLM 2, Kerberos 1 over http)
#   at 50 ms: elapsed <= 1.15 x requests x latency for plan, apply and re-apply
# Goals printed as not met (not claimed by the code yet): apply <= 9 requests needs the single
# change pipeline (issue 11 item 1); plan <= 5 is below what real servers allow (they answer
# the runspace pool's opening in two Receives, see README).
# Not a ctest (timings depend on the machine); run it by hand.
set -euo pipefail

usage() {
    sed -n '2,28p' "$0" | sed 's/^# \{0,1\}//' >&2
    exit 2
}
RELEASE=0
METHODS=basic,ntlm,kerberos
while [[ $# -gt 0 && $1 == --* ]]; do
    case $1 in
    --release) RELEASE=1 ;;
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
    cmake --build "$1" --target securestore-setup fake-exchange -j"$(nproc)" >/dev/null
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

status=0
printf 'CONTOSO:admin:%s\n' "$PASSWORD" >"$WORK/ntlm-users"
[[ ,$METHODS, == *,kerberos,* ]] && start_kdc
echo "securestore-setup CLI benchmark: ${BUILD_TYPE:-unknown} build, $RUNS run(s) per latency and method, $(nproc) CPU(s)"
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
declare -A BASIC_REQUESTS
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
        echo "$method, latency ${latency} ms (median of $RUNS):"
        printf '  %-9s %8s %10s %10s %9s %9s %s\n' phase requests sent received wall_ms \
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
            printf '  %-9s %8s %10s %10s %9s %9s %s\n' "$phase" "$requests" "$sent" "$received" "$ms" "$ratio" "$against"
            budget=6
            [[ $phase == apply ]] && budget=16
            [[ $phase == check ]] && budget=8
            budget=$((budget + $(legs "$method")))
            if [[ $requests -gt $budget ]]; then
                echo "  ! $phase used $requests requests (budget $budget)"
                status=1
            fi
            if [[ $latency -eq 0 ]]; then
                case $phase in
                apply) [[ $requests -gt $((9 + $(legs "$method"))) ]] &&
                    echo "    goal apply <= $((9 + $(legs "$method"))) requests: not met: needs the single change pipeline (issue 11 item 1)" ;;
                plan | re-apply) [[ $requests -gt $((5 + $(legs "$method"))) ]] &&
                    echo "    goal $phase <= $((5 + $(legs "$method"))) requests: not met: real servers open the runspace pool in two Receives (README)" ;;
                esac
            fi
            if [[ $latency -gt 0 && $phase != check ]] && awk -v r="$ratio" 'BEGIN { exit !(r > 1.15) }'; then
                echo "  ! $phase latency ratio $ratio is above 1.15"
                status=1
            fi
        done
    done
done
echo
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
[[ $status -eq 0 ]] && echo "all claimed budgets met" || echo "a claimed budget was missed"
exit $status
