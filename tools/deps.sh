#!/usr/bin/env bash
# SPDX-FileCopyrightText: NumberDesk contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs what building, running and testing NumberDesk needs on Debian 12 / Ubuntu 24.04.
set -euo pipefail

packages=(
    cmake ninja-build g++ ccache pkg-config
    qt6-base-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
    qt6-svg-dev qt6-charts-dev qtkeychain-qt6-dev libqt6sql6-sqlite libgl-dev
    libqt6opengl6-dev  # Qt6Charts' CMake config needs Qt6OpenGL's, which qt6-charts-dev does not pull in
    libphonenumber-dev libutf8proc-dev libsimdjson-dev
    xvfb xauth imagemagick xdotool curl
    gnome-keyring dbus-x11 libsecret-1-0
)

missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]} == 0)); then
    exit 0
fi

sudo=()
if [[ $(id -u) -ne 0 ]]; then
    sudo=(sudo)
fi
echo "Installing: ${missing[*]}" >&2
"${sudo[@]}" apt-get update -qq
DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
