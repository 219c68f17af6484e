#!/usr/bin/env bash
# SPDX-FileCopyrightText: NumberDesk contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# CI check for translations/numberdesk_<lang>.ts. Runs lupdate exactly like the update_translations target
# (same sources, same options) on temporary copies of the .ts files and fails when
#   - a message is unfinished or has an empty translation (numberdesk_en.ts: its plural forms),
#   - a .ts file holds obsolete/vanished entries,
#   - the sources contain strings that are not in the committed .ts files yet (or the .ts files hold strings
#     the sources no longer have): the lupdate result differs from the committed file,
#   - lupdate reports tr() calls whose context it cannot know (such strings are never translated at run time).
# Exit 0 when clean. Fix with: cmake --build <build-dir> --target update_translations, then translate.
# Usage: tools/check-translations.sh   (LUPDATE=/path/to/lupdate to override)
set -euo pipefail
cd "$(dirname "$0")/.."

lupdate=${LUPDATE:-}
if [[ -z $lupdate ]]; then
    for candidate in /usr/lib/qt6/bin/lupdate /usr/lib/qt6/libexec/lupdate "$(command -v lupdate6 || true)" \
        "$(command -v lupdate || true)"; do
        if [[ -n $candidate && -x $candidate ]]; then
            lupdate=$candidate
            break
        fi
    done
fi
if [[ -z $lupdate ]]; then
    echo "check-translations: lupdate not found (install qt6-l10n-tools or set LUPDATE)" >&2
    exit 2
fi

# Keep in sync with translations/CMakeLists.txt: every .cpp/.h under src/ except src/sandbox (API error texts
# stay English), every ui/*.ui form, and translations/qtbase_supplement.cpp.
mapfile -t sources < <({
    find src -path src/sandbox -prune -o -type f \( -name '*.cpp' -o -name '*.h' \) -print
    find ui -maxdepth 1 -type f -name '*.ui' -print
    echo translations/qtbase_supplement.cpp
} | LC_ALL=C sort)
include_dirs=()
for d in src/*/; do
    d=${d%/}
    [[ $d == src/sandbox ]] && continue
    include_dirs+=("-I$d")
done
options=(-no-obsolete -locations none)

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

failures=0
report() {
    echo "  FAIL: $*"
    failures=$((failures + 1))
}

count_messages() { grep -c '<message' "$1" || true; }

# Messages lupdate cannot attribute to a class: it files them under the enclosing namespace or a class without
# Q_OBJECT, while the code looks them up under another context at run time.
lupdate_log=$tmp/lupdate.log
cp translations/numberdesk_de.ts "$tmp/probe.ts"
"$lupdate" "${options[@]}" "${include_dirs[@]}" "${sources[@]}" -ts "$tmp/probe.ts" >"$lupdate_log" 2>&1 || {
    cat "$lupdate_log" >&2
    echo "check-translations: lupdate failed" >&2
    exit 2
}

echo "Translation check (lupdate: $lupdate, ${#sources[@]} source files)"
for ts in translations/numberdesk_*.ts; do
    lang=${ts#translations/numberdesk_}
    lang=${lang%.ts}
    extra=()
    if [[ $lang == en ]]; then
        extra=(-pluralonly) # English is the source language: only the %n plural forms are translated
    fi
    cp "$ts" "$tmp/$lang.ts"
    "$lupdate" "${options[@]}" "${extra[@]}" "${include_dirs[@]}" "${sources[@]}" -ts "$tmp/$lang.ts" \
        >/dev/null 2>&1

    total=$(count_messages "$ts")
    unfinished=$(grep -c 'type="unfinished"' "$ts" || true)
    obsolete=$(grep -Ec 'type="(obsolete|vanished)"' "$ts" || true)
    # Empty translations of a non-empty source (finished but blank).
    empty=$(awk '/<translation type="unfinished"/ { skip = 1 }
        !skip && /<translation>[[:space:]]*<\/translation>|<translation\/>|<numerusform>[[:space:]]*<\/numerusform>|<numerusform\/>/ { n++ }
        /<\/translation>|<translation[^>]*\/>/ { skip = 0 }
        END { print n + 0 }' "$ts")
    echo "$lang: $total messages, $unfinished unfinished, $empty empty, $obsolete obsolete"
    if ((unfinished > 0)); then
        report "$ts: $unfinished unfinished message(s):"
        grep -B3 'type="unfinished"' "$ts" | sed -n 's/.*<source>\(.*\)<\/source>.*/        \1/p' | head -20
    fi
    ((empty > 0)) && report "$ts: $empty empty translation(s)"
    ((obsolete > 0)) && report "$ts: $obsolete obsolete/vanished entr(y/ies): run update_translations"
    if ! cmp -s "$ts" "$tmp/$lang.ts"; then
        added=$(($(count_messages "$tmp/$lang.ts") - total))
        report "$ts is out of date with the sources (lupdate changes it; message count change: $added):"
        diff -u "$ts" "$tmp/$lang.ts" | grep -E '^[+-] *<source>' | head -20 | sed 's/^/        /'
    fi
done

if grep -q 'lacks Q_OBJECT macro' "$lupdate_log"; then
    report "lupdate cannot place some tr() calls in a context (they will not be translated at run time):"
    grep 'lacks Q_OBJECT macro' "$lupdate_log" | sed "s|$PWD/||; s/^/        /"
fi

if ((failures > 0)); then
    echo "Translation check FAILED ($failures problem(s)). Run the update_translations target and translate the" \
        "new messages (see translations/README.md)."
    exit 1
fi
echo "Translation check passed."
