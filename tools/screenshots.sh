#!/usr/bin/env bash
# SPDX-FileCopyrightText: NumberDesk contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the app if needed, runs it under Xvfb (1400×900) on the built-in sandbox and saves PNG screenshots
# of the main views and dialogs, in every shipped language: English into docs/screenshots/ (override with
# OUT=dir), the others into docs/screenshots/<lang>/. Nothing is rented or released (two bulk display-name
# updates run in the embedded sandbox, for the Jobs window): the app's
# --screenshot-dir tour cancels every dialog. LANGS="de fr" limits the languages.
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
langs=${LANGS:-en $(ls translations/numberdesk_*.ts | sed 's/.*numberdesk_\(.*\)\.ts/\1/' | grep -v '^en$')}
for lang in $langs; do
    dir=$out
    # The language is the app's own setting (Settings → Language), in the throw-away configuration.
    rm -rf "$XDG_CONFIG_HOME/NumberDesk"
    if [[ $lang != en ]]; then
        dir=$out/$lang
        mkdir -p "$XDG_CONFIG_HOME/NumberDesk"
        printf '[ui]\nlanguage=%s\n' "$lang" >"$XDG_CONFIG_HOME/NumberDesk/numberdesk.conf"
    fi
    mkdir -p "$dir"
    LANG=C.UTF-8 LC_ALL=C.UTF-8 xvfb-run -a -s "-screen 0 1400x900x24" timeout 180 \
        "$bin" --sandbox --screenshot-dir "$dir"
    # The activity log and profiles of this run go with it.
    rm -rf "$XDG_DATA_HOME" "$XDG_CONFIG_HOME/numberdesk"
done
echo "Screenshots in $out:"
ls -1R "$out"
