#!/usr/bin/env bash
# SPDX-FileCopyrightText: NumberDesk contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the app if needed, runs it under Xvfb on the built-in sandbox and saves PNG screenshots of the
# main views and dialogs into docs/screenshots/ (override with OUT=dir). Nothing is rented or released:
# the app's --screenshot-dir tour cancels every dialog.
# Usage: tools/screenshots.sh [build-dir]
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build/dev}
out=${OUT:-docs/screenshots}

if [[ ! -f $build/build.ninja && ! -f $build/Makefile ]]; then
    cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Debug >/dev/null
fi
cmake --build "$build" --target numberdesk -j "$(nproc)"
bin=$build/src/app/numberdesk

# A throw-away home: no user profiles, QSettings or keychain are touched; no session bus (keyring hangs).
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export HOME=$tmp XDG_CONFIG_HOME=$tmp/config XDG_DATA_HOME=$tmp/data XDG_CACHE_HOME=$tmp/cache
export DBUS_SESSION_BUS_ADDRESS=unix:path=/nonexistent
unset QT_QPA_PLATFORM

mkdir -p "$out"
out=$(cd "$out" && pwd)
xvfb-run -a -s "-screen 0 1280x800x24" timeout 120 "$bin" --sandbox --screenshot-dir "$out"
echo "Screenshots in $out:"
ls -1 "$out"
