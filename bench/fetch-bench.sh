#!/usr/bin/env bash
# SPDX-FileCopyrightText: NumberDesk contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Full inventory fetch and sandbox throughput.
#   - starts `numberdesk-sandbox --port 0 --active ROWS --seed SEED` once;
#   - RUNS rounds, interleaved: the curl floor (bench/curl-floor.sh: one curl per page), the keep-alive
#     socket floor (nd-bench-http floor) and `numberdesk-cli active list --all --format csv` under
#     /usr/bin/time (wall, peak RSS, CPU); the sandbox's CPU time (/proc/PID/stat utime+stime) is read
#     around each CLI run; the CSV row count must equal ROWS;
#   - sandbox throughput: nd-bench-http load with 1 and 2 keep-alive clients, 1000-row and 100-row pages.
# Writes RESULTS/fetch.json and RESULTS/sandbox.json (the best run of each, plus every run).
#
# Usage: fetch-bench.sh BUILD_DIR RESULTS_DIR [ROWS] [SEED] [RUNS]
set -euo pipefail

build=$1 results=$2 rows=${3:-100000} seed=${4:-7} runs=${5:-3}
here=$(cd "$(dirname "$0")" && pwd)
sandbox_bin=$build/src/sandbox/numberdesk-sandbox
cli_bin=$build/src/cli/numberdesk-cli
http_bin=$build/bench/nd-bench-http
project=bench-project key_id=bench-key key_secret=bench-secret-not-real
mkdir -p "$results"
work=$(mktemp -d)
sandbox_pid=
cleanup() {
    if [[ -n $sandbox_pid ]]; then
        kill "$sandbox_pid" 2>/dev/null || true
        wait "$sandbox_pid" 2>/dev/null || true
    fi
    rm -rf "$work"
}
trap cleanup EXIT

log() { echo "fetch-bench: $*" >&2; }

# --- the sandbox, started once -------------------------------------------------------------------------
"$sandbox_bin" --port 0 --active "$rows" --seed "$seed" --project "$project" --key-id "$key_id" \
    --key-secret "$key_secret" > "$work/sandbox.out" 2> "$work/sandbox.err" &
sandbox_pid=$!
for _ in $(seq 600); do
    [[ -s $work/sandbox.out ]] && break
    kill -0 "$sandbox_pid" 2>/dev/null || { cat "$work/sandbox.err" >&2; exit 1; }
    sleep 0.1
done
base=$(head -n1 "$work/sandbox.out")
[[ $base == http://* ]] || { log "sandbox did not print its URL"; exit 1; }
log "sandbox $base (pid $sandbox_pid, $rows numbers, seed $seed)"

clk_tck=$(getconf CLK_TCK)
sandbox_cpu_ticks() { awk '{ print $14 + $15 }' "/proc/$sandbox_pid/stat"; }
now_ns() { date +%s%N; }

# Counts CSV records (RFC 4180: quoted fields may hold newlines), header excluded.
count_csv_rows() {
    python3 - "$1" <<'EOF' 2>/dev/null || echo $(( $(wc -l < "$1") - 1 ))
import csv, sys
with open(sys.argv[1], newline='', encoding='utf-8') as f:
    print(sum(1 for _ in csv.reader(f)) - 1)
EOF
}

curl_runs=() socket_runs=() cli_runs=()
for round in $(seq "$runs"); do
    # curl floor
    curl_json=$("$here/curl-floor.sh" "$base" "$project" "$key_id" "$key_secret" 1000)
    curl_runs+=("$curl_json")
    # keep-alive socket floor
    socket_json=$("$http_bin" floor --base "$base" --project "$project" --key-id "$key_id" --key-secret "$key_secret" \
        --page-size 1000)
    socket_runs+=("$socket_json")
    # the CLI
    cpu0=$(sandbox_cpu_ticks)
    t0=$(now_ns)
    /usr/bin/time -f "%e %M %U %S" -o "$work/time.txt" \
        "$cli_bin" active list --all --format csv --numbers-url "$base" --auth-url "$base" --project "$project" \
        --key-id "$key_id" --key-secret "$key_secret" --auth oauth2 > "$work/out.csv" 2> "$work/cli.err"
    t1=$(now_ns)
    cpu1=$(sandbox_cpu_ticks)
    read -r _ peak_kib cli_user cli_sys < <(tail -n1 "$work/time.txt")
    csv_rows=$(count_csv_rows "$work/out.csv")
    cli_json=$(awk -v t0="$t0" -v t1="$t1" -v rss="$peak_kib" -v u="$cli_user" -v s="$cli_sys" -v rows="$csv_rows" \
        -v c0="$cpu0" -v c1="$cpu1" -v hz="$clk_tck" 'BEGIN {
            wall = (t1 - t0) / 1e6; sb = (c1 - c0) * 1000 / hz;
            printf "{\"wallMs\":%.1f,\"peakRssKiB\":%d,\"cpuMs\":%.0f,\"csvRows\":%d,\"sandboxCpuMs\":%.0f,\"sandboxShare\":%.3f}",
                wall, rss, (u + s) * 1000, rows, sb, sb / wall }')
    cli_runs+=("$cli_json")
    log "round $round: curl $curl_json | socket $socket_json | cli $cli_json"
done

# --- sandbox throughput --------------------------------------------------------------------------------
load_runs=()
for spec in "1 1000" "2 1000" "1 100" "2 100"; do
    read -r clients page_size <<< "$spec"
    load_json=$("$http_bin" load --base "$base" --project "$project" --key-id "$key_id" --key-secret "$key_secret" \
        --clients "$clients" --seconds 3 --page-size "$page_size" --type LOCAL)
    load_runs+=("$load_json")
    log "load: $load_json"
done

join() { local IFS=,; echo "$*"; }
printf '{"rows":%d,"seed":%d,"pageSize":1000,"curlFloor":[%s],"socketFloor":[%s],"cli":[%s]}\n' \
    "$rows" "$seed" "$(join "${curl_runs[@]}")" "$(join "${socket_runs[@]}")" "$(join "${cli_runs[@]}")" \
    > "$results/fetch.json"
printf '{"load":[%s]}\n' "$(join "${load_runs[@]}")" > "$results/sandbox.json"
log "wrote $results/fetch.json and $results/sandbox.json"
