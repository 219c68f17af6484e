#!/usr/bin/env bash
# SPDX-FileCopyrightText: NumberDesk contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs what is missing, builds, and starts NumberDesk on its built-in sandbox (no account, no network).
set -euo pipefail
cd "$(dirname "$0")/.."
bash tools/deps.sh
bash tools/build.sh dev
bin=build/dev/src/app/numberdesk
if [[ -x $bin ]] && [[ -n ${DISPLAY:-}${WAYLAND_DISPLAY:-} ]]; then
    exec "$bin" --sandbox "$@"
fi
if [[ -x $bin ]]; then
    echo "No display found: showing the sandbox through numberdesk-cli instead." >&2
    echo "(On a desktop session this command opens the NumberDesk window.)" >&2
fi
exec build/dev/src/cli/numberdesk-cli --sandbox regions
