#!/bin/sh
# Usage: no-server-symbols.sh BINARY
# Fails when BINARY contains or calls the fake Exchange's server code: the WS-Man server,
# the server half of PSRP, the HTTP request parser, the GSSAPI acceptor (issue 10).
set -eu
bin=$1
if ! symbols=$(nm -C "$bin" 2>/dev/null; nm -C -D "$bin" 2>/dev/null); then
    echo "cannot read the symbols of $bin" >&2
    exit 2
fi
count=$(printf '%s\n' "$symbols" | grep -c . || true)
if [ "$count" -lt 100 ]; then
    echo "$bin has $count symbols: build with symbols (not stripped) to check it" >&2
    exit 2
fi
pattern='fake::|RequestParser|Acceptor|gss_accept_sec_context|wsman::parseRequest|wsman::buildFault|wsman::build(Create|Command|Receive|Empty|Get)Response|psrp::buildServerSessionCapability|psrp::buildApplicationPrivateData|psrp::buildPipelineState|psrp::buildRunspacePoolState|psrp::parseCreatePipeline|psrp::errorRecordToValue'
found=$(printf '%s\n' "$symbols" | grep -E "$pattern" || true)
if [ -n "$found" ]; then
    echo "server code in $bin:" >&2
    printf '%s\n' "$found" | head -20 >&2
    exit 1
fi
echo "no server symbols among the $count symbols of $bin"
