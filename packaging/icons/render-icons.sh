#!/bin/sh
# SPDX-FileCopyrightText: NumberDesk contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Regenerates the committed raster icons from the SVG master. Run it after editing the SVG.
# Needs: rsvg-convert (librsvg2-bin), convert (imagemagick), png2icns (icnsutils).
set -eu
here=$(cd "$(dirname "$0")" && pwd)
svg="$here/io.github.numberdesk.NumberDesk.svg"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

for size in 16 22 24 32 48 64 128 256; do
    mkdir -p "$here/hicolor/${size}x${size}"
    rsvg-convert -w "$size" -h "$size" "$svg" -o "$tmp/$size.png"
    # Strip timestamps and other chunks so re-rendering is reproducible.
    convert "$tmp/$size.png" -strip "PNG32:$here/hicolor/${size}x${size}/io.github.numberdesk.NumberDesk.png"
done

# Windows: one .ico holding the usual sizes.
convert "$here/hicolor/16x16/io.github.numberdesk.NumberDesk.png" \
        "$here/hicolor/24x24/io.github.numberdesk.NumberDesk.png" \
        "$here/hicolor/32x32/io.github.numberdesk.NumberDesk.png" \
        "$here/hicolor/48x48/io.github.numberdesk.NumberDesk.png" \
        "$here/hicolor/64x64/io.github.numberdesk.NumberDesk.png" \
        "$here/hicolor/256x256/io.github.numberdesk.NumberDesk.png" \
        "$here/../windows/numberdesk.ico"

# macOS: .icns with 16..512 (png2icns picks the slot from each image's size).
rsvg-convert -w 512 -h 512 "$svg" -o "$tmp/512.png"
convert "$tmp/512.png" -strip "PNG32:$tmp/512s.png"
png2icns "$here/../macos/numberdesk.icns" \
    "$here/hicolor/16x16/io.github.numberdesk.NumberDesk.png" \
    "$here/hicolor/32x32/io.github.numberdesk.NumberDesk.png" \
    "$here/hicolor/48x48/io.github.numberdesk.NumberDesk.png" \
    "$here/hicolor/128x128/io.github.numberdesk.NumberDesk.png" \
    "$here/hicolor/256x256/io.github.numberdesk.NumberDesk.png" \
    "$tmp/512s.png" >/dev/null
