#!/usr/bin/env bash
# SPDX-FileCopyrightText: NumberDesk contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs what is missing, builds with warnings as errors, and runs every test:
#   1. the Qt Test suites (ctest; the keychain test runs against a real gnome-keyring under dbus),
#   2. the translation check (no unfinished, obsolete or missing strings),
#   3. a short libFuzzer run of every fuzz target (clang, ASan + UBSan),
#   4. the installer proof: .deb/.rpm/.tgz built, the .deb installed, used and removed again,
#   5. the Windows installer, cross-built and smoke-tested under wine, only where the mingw toolchain cache
#      exists (tools/windows-installer.sh --prepare builds it once; it is skipped, quickly, without it).
# Usage: tools/test.sh [--quick]   (--quick: only steps 1 and 2)
set -euo pipefail
cd "$(dirname "$0")/.."

quick=0
[[ ${1:-} == --quick ]] && quick=1

phase() { printf '\n=== %s (%s) ===\n' "$1" "$(date -u +%H:%M:%S)"; }
start=$SECONDS

phase "Dependencies"
bash tools/deps.sh

phase "Build (preset ci: warnings are errors)"
bash tools/build.sh ci

phase "Unit, integration and GUI tests"
ctest --preset ci -j "$(nproc)"

phase "Translations"
bash tools/check-translations.sh

if ((quick == 0)); then
    phase "Short fuzz run"
    bash tools/fuzz-ci.sh

    phase "Installer proof"
    NUMBERDESK_PKG_BUILD_DIR="$PWD/build/ci" NUMBERDESK_PKG_REUSE_BUILD=1 bash tools/package-check.sh

    phase "Windows installer (mingw-w64 cross build, wine smoke test)"
    if cache_state=$(bash tools/windows-installer.sh --check-cache); then
        bash tools/windows-installer.sh
        bash tools/windows-installer.sh --smoke-test
    else
        echo "skipped: $cache_state (build it once with tools/windows-installer.sh --prepare)"
    fi
fi

phase "All checks passed in $((SECONDS - start)) s"
