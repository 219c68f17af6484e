#!/usr/bin/env bash
# SPDX-FileCopyrightText: NumberDesk contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# The longer fuzz run: builds the libFuzzer targets (tools/fuzz-ci.sh --build-only), runs each one for
# SECONDS (default 300) on a persistent corpus in <build>/fuzz-long/corpus/<target> (seeded from
# tests/fuzz/corpus), prints target / runs / exec/s / coverage / corpus / crashes, and writes the same
# table to build/fuzz-report.md. Crash inputs land in <build>/fuzz-long/artifacts/.
# Usage: tools/fuzz.sh [SECONDS] [TARGET...]   (ND_FUZZ_BUILD_DIR overrides build/fuzz)
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-300}
shift || true
targets=("$@")
if ((${#targets[@]} == 0)); then
    targets=(jsonparsers errorbody e164 pagetoken sandboxrequest)
fi
build=${ND_FUZZ_BUILD_DIR:-build/fuzz}
report=build/fuzz-report.md

bash tools/fuzz-ci.sh --build-only >/dev/null

work=$build/fuzz-long
mkdir -p "$work/corpus" "$work/artifacts" "$work/logs"
export ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 QT_QPA_PLATFORM=offscreen

rows=()
failed=0
for t in "${targets[@]}"; do
    exe=$build/tests/fuzz/fuzz_$t
    corpus=$work/corpus/$t
    log=$work/logs/$t.log
    mkdir -p "$corpus"
    cp -f tests/fuzz/corpus/"$t"/* "$corpus"/ # seeds refreshed; inputs found earlier are kept
    rm -f "$work/artifacts/fuzz_$t-"*
    echo "fuzzing $t for ${seconds}s ..." >&2
    rc=0
    "$exe" -max_total_time="$seconds" -timeout=5 -rss_limit_mb=2048 -print_final_stats=1 \
        -artifact_prefix="$work/artifacts/fuzz_$t-" "$corpus" >"$log" 2>&1 || rc=$?
    runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
    execs=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" | tail -1)
    # (grep finds nothing when a seed crashed before the first status line)
    # cov: from the last libFuzzer status line (the final "DONE" line when the run ended normally).
    cov=$(grep -o 'cov: [0-9]*' "$log" | tail -1 | cut -d' ' -f2 || true)
    ft=$(grep -o 'ft: [0-9]*' "$log" | tail -1 | cut -d' ' -f2 || true)
    files=$(find "$corpus" -type f | wc -l)
    kb=$(du -sk "$corpus" | cut -f1)
    crashes=$(find "$work/artifacts" -name "fuzz_$t-*" -type f | wc -l)
    if ((rc != 0 && crashes == 0)); then
        crashes="rc=$rc" # died without an artifact (see the log)
    fi
    if [[ $crashes != 0 ]]; then
        failed=1
    fi
    rows+=("| fuzz_$t | ${runs:-?} | ${execs:-?} | ${cov:-?} | ${ft:-?} | $files files, ${kb} KiB | $crashes |")
done

{
    echo "# Fuzzing report"
    echo
    echo "$(date -u +%Y-%m-%dT%H:%M:%SZ), ${seconds} s per target, $(clang++ --version | head -1), libFuzzer + ASan + UBSan, $(nproc) cores."
    echo "cov = instrumented edges covered (libFuzzer's final \`cov:\`), ft = features; corpus = inputs kept after the run."
    echo
    echo "| target | runs | exec/s | cov | ft | corpus | crashes |"
    echo "|---|---:|---:|---:|---:|---|---:|"
    printf '%s\n' "${rows[@]}"
    if ((failed)); then
        echo
        echo "Crash inputs and logs: $work/artifacts/, $work/logs/ (replay: <target> <file>)."
    fi
} >"$report"
cat "$report"
exit "$failed"
