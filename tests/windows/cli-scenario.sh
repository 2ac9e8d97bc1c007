#!/usr/bin/env bash
# One CLI scenario against a fresh fake Exchange: plan -> apply -> verify -> re-apply (nothing
# to change) -> undo -> verify (fails: undone) -> plan (changes again). Every step's exit code
# is checked; the request count of each step is printed as "count PHASE N", so the same
# scenario run with the Linux and the Windows CLI can be compared line by line.
#
#   tests/windows/cli-scenario.sh AUTH FAKE STATE_DIR CLI [CLI-ARGS...]
#     AUTH   basic (HTTPS, pinned certificate) | ntlm (http, NTLM message encryption)
#     FAKE   the Linux fake-exchange executable
#     CLI    the command, e.g. build/bin/securestore-setup, or wine build-windows/bin/securestore-setup.com
#
# Prints "scenario: AUTH passed" and exits 0, or says which step failed and exits 1.
set -uo pipefail
auth=$1 fake=$2 dir=$3
shift 3
cli=("$@")
mkdir -p "$dir"
state=$dir/state.json
rm -f "$state" "$dir"/*.out "$dir"/*.err

case $auth in
basic)
    "$fake" --listen https://127.0.0.1:0 --state "$state" --auth basic >"$dir/fake.out" 2>"$dir/fake.err" &
    ;;
ntlm)
    # gss-ntlmssp (the fake's NTLM acceptor) reads its users from this file.
    printf 'CONTOSO:admin:Contoso!Admin1\n' >"$dir/ntlm-users"
    NTLM_USER_FILE=$dir/ntlm-users "$fake" --listen http://127.0.0.1:0 --state "$state" --auth ntlm \
        >"$dir/fake.out" 2>"$dir/fake.err" &
    ;;
*)
    echo "scenario: unknown auth '$auth'" >&2
    exit 2
    ;;
esac
fake_pid=$!
trap 'kill $fake_pid 2>/dev/null; wait $fake_pid 2>/dev/null' EXIT
want=1
[ "$auth" = basic ] && want=2
for _ in $(seq 100); do
    [ "$(wc -l <"$dir/fake.out")" -ge "$want" ] && break
    sleep 0.1
done
url=$(sed -n 1p "$dir/fake.out")
if [ -z "$url" ]; then
    echo "scenario: the fake Exchange did not start" >&2
    cat "$dir/fake.err" >&2
    exit 1
fi
if [ "$auth" = basic ]; then
    fingerprint=$(sed -n 2p "$dir/fake.out" | awk '{print $NF}')
    conn=(--server "$url" --auth basic --user admin --password-stdin --trust-fingerprint "$fingerprint")
else
    conn=(--server "$url" --auth ntlm --user 'CONTOSO\admin' --password-stdin)
fi
settings=(--journal-address contoso.journal@archive.securestore.example
          --ndr-mailbox journal-ndr@contoso.com --smarthost smtp.securestore.example)

failed=0
# step NAME EXPECTED-EXIT SUBCOMMAND [ARGS...]
step() {
    local name=$1 expected=$2
    shift 2
    echo 'Contoso!Admin1' | "${cli[@]}" "$@" --stats >"$dir/$name.out" 2>"$dir/$name.err"
    local rc=$?
    local requests
    requests=$(sed -n 's/.*stats: requests=\([0-9]*\).*/\1/p' "$dir/$name.err" | tail -n 1)
    echo "count $name ${requests:-?}"
    if [ "$rc" -ne "$expected" ]; then
        echo "scenario: $auth: '$name' exited $rc, expected $expected" >&2
        sed 's/^/    /' "$dir/$name.out" "$dir/$name.err" >&2
        failed=1
    fi
}
expect_output() {
    if ! grep -q "$2" "$dir/$1.out" "$dir/$1.err"; then
        echo "scenario: $auth: '$1' did not say '$2'" >&2
        failed=1
    fi
}

step plan 0 plan "${conn[@]}" "${settings[@]}"
expect_output plan "Run apply"
step apply 0 apply "${conn[@]}" "${settings[@]}" --yes
step verify 0 verify "${conn[@]}" "${settings[@]}"
step reapply 0 apply "${conn[@]}" "${settings[@]}" --yes
expect_output reapply "Nothing to change"
step undo 0 undo "${conn[@]}" --yes
step verify-after-undo 1 verify "${conn[@]}" "${settings[@]}"
step plan-after-undo 0 plan "${conn[@]}" "${settings[@]}"
expect_output plan-after-undo "Run apply"

if [ "$failed" -ne 0 ]; then
    echo "scenario: $auth failed (outputs in $dir)" >&2
    exit 1
fi
echo "scenario: $auth passed"
