#!/bin/sh
# SPDX-FileCopyrightText: NumberDesk contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Runs a test binary against a real, unlocked gnome-keyring on a private session bus (TOOLCHAIN.md):
#   run-with-keyring.sh <test-binary> [args...]
# Exit code 77 (ctest SKIP_RETURN_CODE) when the tools are missing.
set -eu

if [ "$#" -lt 1 ]; then
    echo "usage: $0 <test-binary> [args...]" >&2
    exit 2
fi
for tool in dbus-run-session gnome-keyring-daemon; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        echo "SKIP: $tool is not installed" >&2
        exit 77
    fi
done

# Never reach the user's own bus or keyring: a throw-away HOME and a private bus.
unset DBUS_SESSION_BUS_ADDRESS
HOME=$(mktemp -d)
export HOME
export XDG_DATA_HOME="$HOME/.local/share"
export XDG_CONFIG_HOME="$HOME/.config"
export XDG_RUNTIME_DIR="$HOME/run"
mkdir -p "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"
# gnome-keyring-daemon does not always exit with the bus (it lingers when the test never talked to it): stop
# the daemons of this run, recognised by their private HOME, then remove that HOME.
cleanup() {
    for proc in /proc/[0-9]*; do
        [ "$(cat "$proc/comm" 2>/dev/null)" = "gnome-keyring-d" ] || continue
        if { tr '\0' '\n' <"$proc/environ"; } 2>/dev/null | grep -Fqx "HOME=$HOME"; then
            kill "${proc#/proc/}" 2>/dev/null || true
        fi
    done
    rm -rf "$HOME"
}
trap cleanup EXIT

# The unlock password must be non-empty. dbus-run-session stops the daemon with the bus.
status=0
dbus-run-session -- sh -c 'printf ci | gnome-keyring-daemon --unlock --components=secrets >/dev/null && exec "$@"' \
    sh "$@" || status=$?
exit "$status"
