#!/usr/bin/env bash
# SPDX-FileCopyrightText: NumberDesk contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Runs every NumberDesk performance benchmark and prints one table: each figure, its baseline measured in
# the same run, the ratio, the target and PASS/MISS, plus the machine. Builds Release into build/bench
# first when needed. Results: build/bench/results/{fetch,sync,parse,sandbox,gui-model,startup,insight,mirror,summary}.json.
#
# Usage: tools/bench.sh [--strict] [--rows N] [--seed N] [--runs N] [--latency MS] [--sync-runs N] [--skip-gui]
#                       [--no-build]
#   --strict    exit 1 when a figure misses its target (default: exit 0 regardless)
#   --rows N    inventory size (default 100000)
#   --runs N    interleaved rounds for the fetch (default 3) and start-up (default 2×N+1) benchmarks
#   --latency MS  the slow network of the sync benchmark (default 100)
#   --sync-runs N rounds of the sync benchmark (default 2)
#   --skip-gui  only the CLI fetch, the sync, the parser and the sandbox (no widgets needed)
# Needs: cmake, ninja, a C++17 compiler, Qt 6.4 (see tools/deps.sh), curl, python3, GNU time.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
command_line="tools/bench.sh${*:+ $*}"

strict=0 rows=100000 seed=7 runs=3 skip_gui=0 build_it=1 latency=100 sync_runs=2
while [[ $# -gt 0 ]]; do
    case $1 in
        --strict) strict=1 ;;
        --rows) rows=$2; shift ;;
        --seed) seed=$2; shift ;;
        --runs) runs=$2; shift ;;
        --latency) latency=$2; shift ;;
        --sync-runs) sync_runs=$2; shift ;;
        --skip-gui) skip_gui=1 ;;
        --no-build) build_it=0 ;;
        -h|--help) sed -n '3,18p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) echo "bench.sh: unknown option $1" >&2; exit 2 ;;
    esac
    shift
done

build=$root/build/bench
results=$build/results

# GNU time gives the peak RSS; it is not in every base image (nor in tools/deps.sh).
missing=()
[[ -x /usr/bin/time ]] || missing+=(time)
command -v curl > /dev/null || missing+=(curl)
command -v python3 > /dev/null || missing+=(python3)
if [[ ${#missing[@]} -gt 0 ]]; then
    echo "bench.sh: installing ${missing[*]}" >&2
    sudo_cmd=()
    [[ $(id -u) -eq 0 ]] || sudo_cmd=(sudo)
    "${sudo_cmd[@]}" apt-get install -y --no-install-recommends "${missing[@]}" >&2
fi

targets=(numberdesk-cli numberdesk-sandbox nd-bench-http nd-bench-parse)
[[ $skip_gui -eq 1 ]] || targets+=(nd-bench-gui-model nd-bench-bare-window nd-bench-startup nd-bench-insight nd-bench-mirror)
if [[ $build_it -eq 1 ]]; then
    if [[ ! -f $build/build.ninja ]]; then
        launcher=()
        command -v ccache > /dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
        cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DNUMBERDESK_BUILD_TESTS=OFF \
            -DNUMBERDESK_BUILD_BENCH=ON "${launcher[@]}" >&2
    fi
    cmake --build "$build" --target "${targets[@]}" -j "$(nproc)" >&2
fi

rm -rf "$results"
mkdir -p "$results"
echo "bench.sh: results go to $results" >&2

echo "bench.sh: full fetch and sandbox throughput" >&2
"$root/bench/fetch-bench.sh" "$build" "$results" "$rows" "$seed" "$runs"

echo "bench.sh: inventory sync: ${latency} ms latency vs the sequential walk, loopback vs the curl floor" >&2
"$root/bench/sync-bench.sh" "$build" "$results" "$rows" "$seed" "$sync_runs" "$latency"

echo "bench.sh: page parser: simdjson vs QJsonDocument" >&2
"$build/bench/nd-bench-parse" --rows "$rows" --seed "$seed" > "$results/parse.json"

if [[ $skip_gui -eq 0 ]]; then
    echo "bench.sh: GUI model over $rows rows" >&2
    gui_env=(env QT_QPA_PLATFORM=offscreen DBUS_SESSION_BUS_ADDRESS=unix:path=/nonexistent
             QT_LOGGING_RULES='*.debug=false')
    "${gui_env[@]}" "$build/bench/nd-bench-gui-model" --rows "$rows" --seed "$seed" \
        --json "$results/gui-model.json" > /dev/null 2> "$results/gui-model.log"
    # As the app's embedded sandbox does: served from the GUI thread (stall only).
    "${gui_env[@]}" "$build/bench/nd-bench-gui-model" --rows "$rows" --seed "$seed" --sandbox-on-gui-thread \
        --load-only --json "$results/gui-model-same-thread.json" > /dev/null 2>> "$results/gui-model.log"

    echo "bench.sh: start-up" >&2
    "$root/bench/startup-bench.sh" "$build" "$results" $((2 * runs + 1))

    echo "bench.sh: Insight tab over $rows numbers from the mirror" >&2
    "${gui_env[@]}" "$build/bench/nd-bench-insight" --rows "$rows" --seed "$seed" \
        --json "$results/insight.json" > "$results/insight.log" 2>&1

    echo "bench.sh: Active numbers tab on a mirror of $rows numbers" >&2
    "$root/bench/mirror-bench.sh" "$build" "$results" "$rows" $((2 * runs + 1))
fi

set +e
python3 "$root/bench/summarize.py" "$results" --markdown "$results/summary.md" --command "$command_line"
status=$?
set -e
if [[ $status -eq 3 ]]; then
    [[ $strict -eq 1 ]] && exit 1
    exit 0
fi
exit "$status"
