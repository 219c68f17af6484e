#!/usr/bin/env bash
# SPDX-FileCopyrightText: NumberDesk contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# The Active numbers tab over a large inventory mirror: nd-bench-mirror --prepare syncs an in-process sandbox of
# ROWS numbers into a mirror file once; then RUNS interleaved rounds time, from exec to exit, the app started on
# that mirror with its server unreachable (until every number is painted; find keystrokes, sorts and the peak RSS
# are measured in-process after that) and the bare QMainWindow baseline (nd-bench-bare-window). Offscreen, empty
# config/data dirs, no D-Bus session.
#
# Usage: mirror-bench.sh BUILD_DIR RESULTS_DIR ROWS [RUNS]
set -euo pipefail

build=$1 results=$2 rows=$3 runs=${4:-5}
mirror_bin=$build/bench/nd-bench-mirror
bare_bin=$build/bench/nd-bench-bare-window
mkdir -p "$results"
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
envs=(env HOME="$home" XDG_CONFIG_HOME="$home/config" XDG_DATA_HOME="$home/data" XDG_CACHE_HOME="$home/cache"
      QT_QPA_PLATFORM=offscreen DBUS_SESSION_BUS_ADDRESS=unix:path=/nonexistent QT_LOGGING_RULES='*.debug=false')

echo "mirror-bench: preparing a mirror of $rows numbers" >&2
"${envs[@]}" "$mirror_bin" --prepare "$home/mirror.sqlite" --rows "$rows" 2>>"$home/stderr.log" \
    || { cat "$home/stderr.log" >&2; exit 1; }

run_one() {
    local t0 t1 out
    t0=$(date +%s%N)
    out=$("${envs[@]}" timeout 300 "$@" 2>>"$home/stderr.log")
    t1=$(date +%s%N)
    [[ $out == \{* ]] || { echo "mirror-bench: $1 did not report readiness" >&2; cat "$home/stderr.log" >&2; return 1; }
    echo "{\"wallMs\":$(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.1f", (b - a) / 1e6 }'),${out#\{}"
}

run_one "$bare_bin" > /dev/null
run_one "$mirror_bin" --mirror "$home/mirror.sqlite" > /dev/null
app_runs=() bare_runs=()
for round in $(seq "$runs"); do
    bare_runs+=("$(run_one "$bare_bin")")
    app_runs+=("$(run_one "$mirror_bin" --mirror "$home/mirror.sqlite")")
    echo "mirror-bench: round $round: app ${app_runs[-1]} | bare ${bare_runs[-1]}" >&2
done
join() { local IFS=,; echo "$*"; }
printf '{"rows":%s,"app":[%s],"bare":[%s]}\n' "$rows" "$(join "${app_runs[@]}")" "$(join "${bare_runs[@]}")" \
    > "$results/mirror.json"
echo "mirror-bench: wrote $results/mirror.json" >&2
