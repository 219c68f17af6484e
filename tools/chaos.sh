#!/usr/bin/env bash
# SPDX-FileCopyrightText: NumberDesk contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# Chaos run of the client against a faulty local sandbox (loopback only, bounded in count and time):
#  1. list 100,000 active numbers with 5% 5xx, 5% 429 and 2% connection resets injected;
#  2. 1,000 rents (+ 100 rentAnys) with 10% drop-after-commit (plus 5% resets and 5% 5xx on every request,
#     reads included, so checks need their own retries): no double rental, every outcome certain and
#     equal to the sandbox's own state.
# Usage: tools/chaos.sh [BUILD_DIR]   (default build/ci; needs the nd_chaos and numberdesk-sandbox targets)
# Env: CHAOS_REPORT=FILE (markdown figures; default BUILD_DIR/chaos.md), CHAOS_ACTIVE, CHAOS_ATTEMPTS,
#      CHAOS_RENT_ANY, CHAOS_LIST_FAULTS, CHAOS_RENT_FAULTS.
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD=${1:-build/ci}
SANDBOX="$BUILD/src/sandbox/numberdesk-sandbox"
DRIVER="$BUILD/tests/chaos/nd_chaos"
if [[ ! -x "$SANDBOX" || ! -x "$DRIVER" ]]; then
    echo "chaos.sh: build the targets first: cmake --build $BUILD --target numberdesk-sandbox nd_chaos" >&2
    exit 2
fi
REPORT=${CHAOS_REPORT:-$BUILD/chaos.md}
ACTIVE=${CHAOS_ACTIVE:-100000}
ATTEMPTS=${CHAOS_ATTEMPTS:-1000}
RENT_ANY=${CHAOS_RENT_ANY:-100}
LIST_FAULTS=${CHAOS_LIST_FAULTS:-5xx=0.05,429=0.05,reset=0.02}
RENT_FAULTS=${CHAOS_RENT_FAULTS:-drop-after-commit=0.1,reset=0.05,5xx=0.05}
WORK=$(mktemp -d)
SANDBOX_PID=""
cleanup() {
    if [[ -n "$SANDBOX_PID" ]]; then kill "$SANDBOX_PID" 2>/dev/null || true; wait "$SANDBOX_PID" 2>/dev/null || true; fi
    rm -rf "$WORK"
}
trap cleanup EXIT

# Starts the sandbox with the given options; sets URL and SANDBOX_PID.
start_sandbox() {
    : > "$WORK/url"
    "$SANDBOX" --debug-endpoints "$@" > "$WORK/url" 2> "$WORK/sandbox.log" &
    SANDBOX_PID=$!
    for _ in $(seq 1 600); do
        if [[ -s "$WORK/url" ]]; then break; fi
        sleep 0.1
    done
    URL=$(head -n1 "$WORK/url")
    if [[ "$URL" != http://127.0.0.1:* ]]; then
        echo "chaos.sh: the sandbox did not start: $(cat "$WORK/sandbox.log")" >&2
        exit 1
    fi
}
stop_sandbox() {
    kill "$SANDBOX_PID" 2>/dev/null || true
    wait "$SANDBOX_PID" 2>/dev/null || true
    SANDBOX_PID=""
}

{
    echo "# Chaos run ($(date -u +%Y-%m-%dT%H:%M:%SZ))"
    echo
    echo "Client: NumbersClient retries (6 attempts, full jitter 50 ms..1 s, Retry-After honoured) + SafeOperations."
    echo "Sandbox: numberdesk-sandbox, loopback, seed ${LIST_SEED:-2} for the listing, 1 for the rents. Build: $BUILD."
    echo
} > "$REPORT"

export QT_LOGGING_RULES="numberdesk.*.debug=false;numberdesk.*.info=false"
rc=0
start_sandbox --active "$ACTIVE" --faults "$LIST_FAULTS" --seed "${LIST_SEED:-2}"
"$DRIVER" list --url "$URL" --report "$REPORT" || rc=1
stop_sandbox

start_sandbox --active 25 --seed 1
"$DRIVER" rent --url "$URL" --attempts "$ATTEMPTS" --rent-any "$RENT_ANY" --faults "$RENT_FAULTS" --report "$REPORT" || rc=1
stop_sandbox

BULK="$BUILD/tests/chaos/tst_bulkchaos"
if [[ -x "$BULK" ]]; then
    { echo; echo "## Bulk jobs killed with SIGKILL half-way, then resumed"; echo; } >> "$REPORT"
    CHAOS_REPORT="$(realpath "$REPORT")" QT_QPA_PLATFORM=offscreen "$BULK" > "$WORK/bulk.log" 2>&1 || {
        rc=1
        grep -E "FAIL|Loc:" "$WORK/bulk.log" >&2 || tail -n 20 "$WORK/bulk.log" >&2
    }
else
    echo "chaos.sh: $BULK not built: bulk jobs skipped (cmake --build $BUILD --target tst_bulkchaos)" >&2
fi

echo "chaos.sh: figures written to $REPORT"
exit $rc
