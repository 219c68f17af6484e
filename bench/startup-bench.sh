#!/usr/bin/env bash
# SPDX-FileCopyrightText: NumberDesk contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Start-up: time from exec to a painted main window with its first page of active numbers, on the
# embedded sandbox (nd-bench-startup builds MainWindow exactly as src/app/main.cpp does for
# `numberdesk --sandbox`; the app has no quit-when-ready flag), against a bare QMainWindow + QTableView
# (nd-bench-bare-window). Both exit with _Exit() once ready; RUNS rounds, interleaved; offscreen platform,
# empty config/data dirs and no D-Bus session, so no saved profile or keychain is touched.
#
# Usage: startup-bench.sh BUILD_DIR RESULTS_DIR [RUNS]
set -euo pipefail

build=$1 results=$2 runs=${3:-5}
app_bin=$build/bench/nd-bench-startup
bare_bin=$build/bench/nd-bench-bare-window
mkdir -p "$results"
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT

run_one() {
    local bin=$1 t0 t1 out
    t0=$(date +%s%N)
    out=$(env HOME="$home" XDG_CONFIG_HOME="$home/config" XDG_DATA_HOME="$home/data" XDG_CACHE_HOME="$home/cache" \
        QT_QPA_PLATFORM=offscreen DBUS_SESSION_BUS_ADDRESS=unix:path=/nonexistent QT_LOGGING_RULES='*.debug=false' \
        timeout 120 "$bin" 2>>"$home/stderr.log")
    t1=$(date +%s%N)
    [[ $out == \{* ]] || { echo "startup-bench: $bin did not report readiness" >&2; cat "$home/stderr.log" >&2; return 1; }
    # {"wallMs":..., plus the program's own readyMs/firstPaintMs/firstDataMs}
    echo "{\"wallMs\":$(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.1f", (b - a) / 1e6 }'),${out#\{}"
}

# One untimed run each, so that both start from a warm page cache.
run_one "$bare_bin" > /dev/null
run_one "$app_bin" > /dev/null
app_runs=() bare_runs=()
for round in $(seq "$runs"); do
    bare_runs+=("$(run_one "$bare_bin")")
    app_runs+=("$(run_one "$app_bin")")
    echo "startup-bench: round $round: app ${app_runs[-1]} | bare ${bare_runs[-1]}" >&2
done
join() { local IFS=,; echo "$*"; }
printf '{"app":[%s],"bare":[%s]}\n' "$(join "${app_runs[@]}")" "$(join "${bare_runs[@]}")" > "$results/startup.json"
echo "startup-bench: wrote $results/startup.json" >&2
