#!/usr/bin/env bash
# SPDX-FileCopyrightText: NumberDesk contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs what is missing, builds with warnings as errors, and runs every test.
set -euo pipefail
cd "$(dirname "$0")/.."
bash tools/deps.sh
bash tools/build.sh ci
ctest --preset ci -j "$(nproc)"
