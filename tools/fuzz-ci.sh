#!/usr/bin/env bash
# SPDX-FileCopyrightText: NumberDesk contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# The short fuzz run for CI: configures the clang libFuzzer build (ASan + UBSan) in build/fuzz, builds only
# the fuzz targets and what they link (numberdesk_core, numberdesk_sandbox), and runs `ctest -L fuzz`:
# each target for 20 s on a copy of its seed corpus (tests/fuzz/CMakeLists.txt).
# Usage: tools/fuzz-ci.sh [--build-only]      (ND_FUZZ_BUILD_DIR overrides build/fuzz)
set -euo pipefail
cd "$(dirname "$0")/.."
build=${ND_FUZZ_BUILD_DIR:-build/fuzz}

# clang 14 and its runtime (libFuzzer, sanitizers) from Debian's packages when missing.
need=()
command -v clang++ >/dev/null || need+=(clang)
compgen -G "/usr/lib/llvm-*/lib/clang/*/lib/linux/libclang_rt.fuzzer-x86_64.a" >/dev/null || need+=(libclang-rt-dev)
command -v ninja >/dev/null || need+=(ninja-build)
if ((${#need[@]})); then
    sudo=()
    [[ $(id -u) -ne 0 ]] && sudo=(sudo)
    echo "Installing: ${need[*]}" >&2
    "${sudo[@]}" apt-get update -qq
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi

launcher=()
command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
# Same settings as the "fuzz" preset in CMakePresets.json (kept explicit so the build dir can be moved).
# The app stays ON only so that tests/app and tests/models, which use its targets, configure; only the
# fuzz targets and the two libraries they link are built.
CC=clang CXX=clang++ cmake -S . -B "$build" -G Ninja "${launcher[@]}" \
    -DCMAKE_CXX_COMPILER=clang++ \
    -DCMAKE_BUILD_TYPE=Debug -DCMAKE_CXX_FLAGS_DEBUG="-O1 -gline-tables-only" \
    -DCMAKE_CXX_FLAGS="-fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer" \
    -DNUMBERDESK_FUZZ=ON -DNUMBERDESK_BUILD_APP=ON -DNUMBERDESK_BUILD_TESTS=ON >/dev/null
cmake --build "$build" --target numberdesk_fuzz -j "$(nproc)"

if [[ ${1:-} == --build-only ]]; then
    exit 0
fi
ctest --test-dir "$build" -L fuzz --output-on-failure -j "$(nproc)"
