#!/usr/bin/env bash
# SPDX-FileCopyrightText: NumberDesk contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Inventory sync against a sandbox with ROWS numbers, each figure with its baseline from the same run:
#   - over a slow network (`numberdesk-sandbox --latency 100`): `numberdesk-cli inventory sync` (parallel
#     walks, default concurrency) against the sequential walk of the three types at the largest page size
#     (`numberdesk-cli active list --all`, the SDK's way); the mirror must then hold exactly ROWS numbers;
#   - the same slow sync with `--concurrency WIDE` (default 12; info: how far more requests in flight go);
#   - on loopback with no latency: `inventory sync` against the one-connection curl floor (bench/curl-floor.sh).
# Rounds are interleaved; every run is kept. Writes RESULTS/sync.json.
#
# Usage: sync-bench.sh BUILD_DIR RESULTS_DIR [ROWS] [SEED] [RUNS] [LATENCY_MS] [WIDE]
set -euo pipefail

build=$1 results=$2 rows=${3:-100000} seed=${4:-7} runs=${5:-2} latency=${6:-100} wide=${7:-12}
here=$(cd "$(dirname "$0")" && pwd)
sandbox_bin=$build/src/sandbox/numberdesk-sandbox
cli_bin=$build/src/cli/numberdesk-cli
project=bench-project key_id=bench-key key_secret=bench-secret-not-real
mkdir -p "$results"
work=$(mktemp -d)
cleanup() {
    # start_sandbox runs in a command substitution (a subshell): its process ids come back through files.
    local file pid
    for file in "$work"/*.pid; do
        [[ -e $file ]] || continue
        pid=$(<"$file")
        kill "$pid" 2>/dev/null || true
        while kill -0 "$pid" 2>/dev/null; do sleep 0.1; done
    done
    rm -rf "$work"
}
trap cleanup EXIT

log() { echo "sync-bench: $*" >&2; }
now_ns() { date +%s%N; }

# start_sandbox NAME [extra options...]: prints the base URL.
start_sandbox() {
    local name=$1
    shift
    printf '%s' "$key_secret" > "$work/secret"
    chmod 600 "$work/secret"
    "$sandbox_bin" --port 0 --active "$rows" --seed "$seed" --project "$project" --key-id "$key_id" \
        --key-secret-file "$work/secret" "$@" > "$work/$name.out" 2> "$work/$name.err" &
    local pid=$!
    echo "$pid" > "$work/$name.pid"
    for _ in $(seq 600); do
        [[ -s $work/$name.out ]] && break
        kill -0 "$pid" 2>/dev/null || { cat "$work/$name.err" >&2; exit 1; }
        sleep 0.1
    done
    head -n1 "$work/$name.out"
}

cli() { # cli BASE args...
    local base=$1
    shift
    "$cli_bin" --numbers-url "$base" --auth-url "$base" --project "$project" --key-id "$key_id" \
        --key-secret-file "$work/secret" --auth oauth2 "$@"
}

# timed NAME BASE args...: runs the CLI, prints {"wallMs":..}
timed() {
    local name=$1 base=$2
    shift 2
    local t0 t1
    t0=$(now_ns)
    cli "$base" "$@" > "$work/$name.stdout" 2> "$work/$name.stderr" || {
        log "$name failed:"; cat "$work/$name.stderr" >&2; exit 1; }
    t1=$(now_ns)
    awk -v t0="$t0" -v t1="$t1" 'BEGIN { printf "%.1f", (t1 - t0) / 1e6 }'
}

mirror_rows() { # mirror_rows DB
    cli "$slow" --inventory-db "$1" inventory status --format json 2>/dev/null |
        python3 -c 'import json,sys; d=json.load(sys.stdin); print(d.get("numbers", d.get("count", -1)))'
}

slow=$(start_sandbox slow --latency "$latency")
fast=$(start_sandbox fast)
log "sandboxes: $slow (latency $latency ms), $fast (no latency); $rows numbers, seed $seed"

slow_sync=() slow_seq=() slow_wide=() fast_sync=() fast_curl=()
for round in $(seq "$runs"); do
    rm -f "$work/slow.db" "$work/wide.db" "$work/fast.db"
    ms=$(timed slow-sync "$slow" --inventory-db "$work/slow.db" inventory sync)
    count=$(mirror_rows "$work/slow.db")
    slow_sync+=("{\"wallMs\":$ms,\"mirrorRows\":$count}")
    ms=$(timed slow-wide "$slow" --inventory-db "$work/wide.db" inventory sync --concurrency "$wide")
    count=$(mirror_rows "$work/wide.db")
    slow_wide+=("{\"wallMs\":$ms,\"mirrorRows\":$count,\"concurrency\":$wide}")
    ms=$(timed slow-seq "$slow" --format csv active list --all)
    lines=$(($(wc -l < "$work/slow-seq.stdout") - 1))
    slow_seq+=("{\"wallMs\":$ms,\"csvRows\":$lines}")
    ms=$(timed fast-sync "$fast" --inventory-db "$work/fast.db" inventory sync)
    count=$(mirror_rows "$work/fast.db")
    fast_sync+=("{\"wallMs\":$ms,\"mirrorRows\":$count}")
    fast_curl+=("$("$here/curl-floor.sh" "$fast" "$project" "$key_id" "$key_secret" 1000)")
    log "round $round: slow sync ${slow_sync[-1]} | --concurrency $wide ${slow_wide[-1]} | slow sequential ${slow_seq[-1]} |" \
        "loopback sync ${fast_sync[-1]} | curl ${fast_curl[-1]}"
done

join() { local IFS=,; echo "$*"; }
printf '{"rows":%d,"seed":%d,"latencyMs":%d,"slowSync":[%s],"slowSyncWide":[%s],"slowSequential":[%s],"fastSync":[%s],"curlFloor":[%s]}\n' \
    "$rows" "$seed" "$latency" "$(join "${slow_sync[@]}")" "$(join "${slow_wide[@]}")" "$(join "${slow_seq[@]}")" \
    "$(join "${fast_sync[@]}")" "$(join "${fast_curl[@]}")" > "$results/sync.json"
log "wrote $results/sync.json"
