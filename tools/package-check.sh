#!/usr/bin/env bash
# SPDX-FileCopyrightText: NumberDesk contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Proves the installer on Debian 12 / Ubuntu 24.04, as root (or through sudo), without questions:
#   1. Release build into build/pkg (tests off), cpack -G DEB, RPM and TGZ
#   2. inspects the .deb (control fields, dependencies, file list) and runs lintian (no errors allowed)
#   3. apt-get installs the .deb and runs the installed programs: --version of all three, the CLI against
#      the installed sandbox, the GUI offscreen
#   4. validates the installed desktop entry and AppStream metainfo
#   5. apt-get removes the package and checks that its files are gone
#   6. inspects the RPM (requirements, file list) and the TGZ (file list)
# The .deb is installed without Recommends: its Depends alone must be enough to run all three programs.
# Any failure stops it with "package-check: FAIL: ..." and a non-zero status.
#
# Usage: tools/package-check.sh            (environment: NUMBERDESK_PKG_BUILD_DIR to build elsewhere)
set -euo pipefail
cd "$(dirname "$0")/.."
src=${NUMBERDESK_PKG_SOURCE_DIR:-$(pwd)} # another tree only to test this script
build=${NUMBERDESK_PKG_BUILD_DIR:-$src/build/pkg}
app_id=io.github.numberdesk.NumberDesk
started=$(date +%s)
passed=0

tmp=$(mktemp -d)
sandbox_pid=
app_pid=
installed=0 # 1 while the package this run installed is still there: removed again if a check fails

cleanup() {
    local pid
    for pid in "$sandbox_pid" "$app_pid"; do
        if [[ -n $pid ]] && kill -0 "$pid" 2>/dev/null; then
            kill "$pid" 2>/dev/null || true
            wait "$pid" 2>/dev/null || true
        fi
    done
    if ((installed)); then
        "${sudo[@]}" apt-get remove -y -qq numberdesk >/dev/null 2>&1 || true
    fi
    rm -rf "$tmp"
}
trap cleanup EXIT

step() { printf '\n== %s\n' "$*"; }
ok() { passed=$((passed + 1)); printf 'ok   %s\n' "$*"; }
fail() {
    printf '\npackage-check: FAIL: %s\n' "$*" >&2
    printf 'package-check: %d passed, 1 failed\n' "$passed" >&2
    exit 1
}
# Runs a command quietly; on failure shows its output and fails with the message.
quiet() {
    local what=$1
    shift
    if ! "$@" >"$tmp/quiet.log" 2>&1; then
        tail -n 60 "$tmp/quiet.log" >&2
        fail "$what"
    fi
}
indent() { sed "s/^/$(printf '%*s' "$1" '')/"; }
human_size() { numfmt --to=iec-i --suffix=B "$(stat -c %s "$1")"; }

sudo=()
if [[ $(id -u) -ne 0 ]]; then
    command -v sudo >/dev/null || fail "must run as root (or with sudo available): it installs packages"
    sudo=(sudo)
fi
export DEBIAN_FRONTEND=noninteractive

# ---------------------------------------------------------------------------------------------------------
step "Tools"
if [[ -f tools/deps.sh ]]; then
    quiet "tools/deps.sh could not install the build dependencies" bash tools/deps.sh
fi
tools=(rpm desktop-file-utils appstream lintian file dpkg-dev)
missing=()
for p in "${tools[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
    echo "Installing: ${missing[*]}"
    quiet "apt-get update failed" "${sudo[@]}" apt-get update -qq
    quiet "could not install ${missing[*]}" "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
ok "packaging tools present: ${tools[*]}"

# ---------------------------------------------------------------------------------------------------------
step "Release build in $build"
generator=()
if command -v ninja >/dev/null; then
    generator=(-G Ninja)
    if [[ -f $build/CMakeCache.txt ]] && ! grep -q '^CMAKE_GENERATOR:INTERNAL=Ninja$' "$build/CMakeCache.txt"; then
        rm -rf "$build"
    fi
fi
launcher=()
if command -v ccache >/dev/null; then
    launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
fi
# NUMBERDESK_PKG_REUSE_BUILD=1 packages an already configured tree as it is (CI packages its test build
# instead of compiling everything a second time); otherwise a Release tree without tests is configured.
if [[ ${NUMBERDESK_PKG_REUSE_BUILD:-0} == 1 && -f $build/CMakeCache.txt ]]; then
    ok "reusing the configured build in $build"
else
    quiet "CMake configure failed" cmake -S "$src" -B "$build" "${generator[@]}" "${launcher[@]}" \
        -DCMAKE_BUILD_TYPE=Release -DNUMBERDESK_BUILD_TESTS=OFF -DNUMBERDESK_BUILD_APP=ON
fi
quiet "build failed" cmake --build "$build" -j "$(nproc)"
version=$(sed -n 's/^CMAKE_PROJECT_VERSION:STATIC=//p' "$build/CMakeCache.txt")
[[ -n $version ]] || fail "could not read the project version from $build/CMakeCache.txt"
ok "built NumberDesk $version"

step "CPack"
rm -f "$build"/numberdesk_*.deb "$build"/numberdesk-*.rpm "$build"/numberdesk-*.tar.gz
for gen in DEB RPM TGZ; do
    (cd "$build" && cpack -G "$gen") >"$tmp/cpack-$gen.log" 2>&1 || {
        tail -n 60 "$tmp/cpack-$gen.log" >&2
        fail "cpack -G $gen failed"
    }
    grep -i 'warning' "$tmp/cpack-$gen.log" || true
done
shopt -s nullglob
debs=("$build"/numberdesk_*.deb)
rpms=("$build"/numberdesk-*.rpm)
tgzs=("$build"/numberdesk-*.tar.gz)
shopt -u nullglob
((${#debs[@]} == 1)) || fail "expected one numberdesk_*.deb in $build, found ${#debs[@]}"
((${#rpms[@]} == 1)) || fail "expected one numberdesk-*.rpm in $build, found ${#rpms[@]}"
((${#tgzs[@]} == 1)) || fail "expected one numberdesk-*.tar.gz in $build, found ${#tgzs[@]}"
deb=${debs[0]} rpm_file=${rpms[0]} tgz=${tgzs[0]}
[[ $(basename "$deb") == numberdesk_${version}_*.deb ]] || fail "unexpected .deb name $(basename "$deb")"
for f in "$deb" "$rpm_file" "$tgz"; do
    printf '     %-40s %s\n' "$(basename "$f")" "$(human_size "$f")"
done
ok "DEB, RPM and TGZ built"

# ---------------------------------------------------------------------------------------------------------
step "Debian package contents"
dpkg-deb --field "$deb" | sed 's/^/     /'
control=$(dpkg-deb --field "$deb")
depends=$(dpkg-deb --field "$deb" Depends)
[[ $(dpkg-deb --field "$deb" Package) == numberdesk ]] || fail "package name is not numberdesk"
[[ $(dpkg-deb --field "$deb" Version) == "$version" ]] || fail "package version is not $version"
for field in Maintainer Section Homepage Description; do
    grep -q "^$field: ." <<<"$control" || fail "control field $field is missing"
done
for dep in libsecret-1-0 libqt6svg6 libqt6sql6-sqlite libqt6gui6 libqt6core6 libqt6network6 libc6; do
    grep -Eq "(^|[ ,|])$dep( |,|$)" <<<"$depends" || fail "Depends lacks $dep: $depends"
done
ok "control fields and Depends (hand-written + shlibdeps) complete"

dpkg-deb --contents "$deb" | awk '{print $6}' | sed 's#^\./#/#' >"$tmp/deb-files"
expected=(
    /usr/bin/numberdesk /usr/bin/numberdesk-cli /usr/bin/numberdesk-sandbox
    "/usr/share/applications/$app_id.desktop"
    "/usr/share/metainfo/$app_id.metainfo.xml"
    "/usr/share/icons/hicolor/scalable/apps/$app_id.svg"
    /usr/share/man/man1/numberdesk.1.gz /usr/share/man/man1/numberdesk-cli.1.gz
    /usr/share/man/man1/numberdesk-sandbox.1.gz
    /usr/share/doc/numberdesk/copyright /usr/share/doc/numberdesk/changelog.gz
)
for size in 16 22 24 32 48 64 128 256; do
    expected+=("/usr/share/icons/hicolor/${size}x${size}/apps/$app_id.png")
done
for f in "${expected[@]}"; do
    grep -qxF "$f" "$tmp/deb-files" || fail ".deb does not contain $f"
done
ok ".deb contains the ${#expected[@]} expected files"

step "lintian"
# Errors fail the check; warnings and infos are shown (overrides only for justified cases, see
# packaging/debian/). lintian refuses nothing as root but may say it is not recommended.
lintian_rc=0
lintian --fail-on error --display-info --tag-display-limit 0 "$deb" >"$tmp/lintian.log" 2>&1 || lintian_rc=$?
grep -v 'running with root privileges' "$tmp/lintian.log" || true
errors=$(grep -c '^E: ' "$tmp/lintian.log" || true)
warnings=$(grep -c '^W: ' "$tmp/lintian.log" || true)
infos=$(grep -c '^I: ' "$tmp/lintian.log" || true)
echo "     lintian: $errors error(s), $warnings warning(s), $infos info(s)"
((lintian_rc == 0 && errors == 0)) || fail "lintian reported errors (exit $lintian_rc)"
ok "lintian: no errors"

# ---------------------------------------------------------------------------------------------------------
step "Install the .deb"
if dpkg-query -W -f='${Status}' numberdesk 2>/dev/null | grep -q "ok installed"; then
    echo "     removing a numberdesk left installed by an earlier run"
    quiet "could not remove the previously installed numberdesk" "${sudo[@]}" apt-get remove -y -qq numberdesk
fi
cp "$deb" "$tmp/" && chmod 644 "$tmp/$(basename "$deb")" && chmod 755 "$tmp"
installed=1
quiet "apt-get install of $(basename "$deb") failed" "${sudo[@]}" apt-get install -y -qq --no-install-recommends "$tmp/$(basename "$deb")"
[[ $(dpkg-query -W -f='${Version}' numberdesk) == "$version" ]] || fail "numberdesk $version is not installed"
for b in numberdesk numberdesk-cli numberdesk-sandbox; do
    [[ -x /usr/bin/$b ]] || fail "/usr/bin/$b missing after installation"
done
ok "installed numberdesk $version with its dependencies"

# The installed programs, never the build tree's, with a throwaway home and no session bus (no keychain).
mkdir -p "$tmp/home" "$tmp/runtime"
chmod 700 "$tmp/runtime"
run_env=(env -i PATH=/usr/bin:/bin HOME="$tmp/home" XDG_RUNTIME_DIR="$tmp/runtime" LANG=C.UTF-8
    DBUS_SESSION_BUS_ADDRESS=unix:path=/nonexistent)

step "--version of the installed programs"
for b in numberdesk-cli numberdesk-sandbox numberdesk; do
    out=$(timeout 30 "${run_env[@]}" QT_QPA_PLATFORM=offscreen "/usr/bin/$b" --version 2>&1) \
        || fail "/usr/bin/$b --version exited with $?: $out"
    grep -qF "$version" <<<"$out" || fail "/usr/bin/$b --version does not print $version: $out"
    echo "     $b --version: $(head -n 1 <<<"$out")"
done
ok "--version works for all three"

step "Installed CLI against the installed sandbox"
"${run_env[@]}" /usr/bin/numberdesk-sandbox --port 0 >"$tmp/sandbox.out" 2>"$tmp/sandbox.err" &
sandbox_pid=$!
url=
for _ in $(seq 1 150); do
    url=$(head -n 1 "$tmp/sandbox.out" 2>/dev/null || true)
    [[ $url == http://* ]] && break
    kill -0 "$sandbox_pid" 2>/dev/null || break
    sleep 0.2
done
if [[ $url != http://* ]]; then
    cat "$tmp/sandbox.err" >&2
    fail "numberdesk-sandbox --port 0 printed no URL on its first line within 30 s (got: '$url')"
fi
echo "     sandbox at $url"
cli_rc=0
timeout 60 "${run_env[@]}" /usr/bin/numberdesk-cli --numbers-url "$url" --auth-url "$url" \
    --project sandbox-project --key-id sandbox-key --key-secret sandbox-secret \
    regions --format csv >"$tmp/regions.csv" 2>"$tmp/regions.err" || cli_rc=$?
if ((cli_rc != 0)); then
    cat "$tmp/regions.err" >&2
    fail "numberdesk-cli regions exited with $cli_rc"
fi
header=$(head -n 1 "$tmp/regions.csv")
rows=$(($(grep -c . "$tmp/regions.csv") - 1))
echo "     header: $header"
echo "     rows:   $rows"
head -n 4 "$tmp/regions.csv" | sed 's/^/     | /'
if ! grep -qi 'region' <<<"$header" || [[ $header != *,* ]]; then
    fail "CSV header looks wrong: '$header'"
fi
((rows >= 15)) || fail "expected at least 15 regions, got $rows"
if grep -q 'sandbox-secret' "$tmp/regions.csv" "$tmp/regions.err"; then
    fail "the key secret appears in the CLI output"
fi
kill -TERM "$sandbox_pid"
sandbox_rc=0
for _ in $(seq 1 50); do
    kill -0 "$sandbox_pid" 2>/dev/null || break
    sleep 0.2
done
if kill -0 "$sandbox_pid" 2>/dev/null; then
    fail "numberdesk-sandbox did not stop within 10 s of SIGTERM"
fi
wait "$sandbox_pid" || sandbox_rc=$?
sandbox_pid=
echo "     sandbox stopped on SIGTERM (exit status $sandbox_rc)"
ok "numberdesk-cli regions --format csv: header + $rows rows from the installed sandbox"

step "Installed GUI, offscreen"
gui_env=("${run_env[@]}" QT_QPA_PLATFORM=offscreen)
help_text=$(timeout 30 "${gui_env[@]}" /usr/bin/numberdesk --help 2>&1 || true)
if grep -q -- '--smoke-test' <<<"$help_text"; then
    gui_rc=0
    timeout 60 "${gui_env[@]}" /usr/bin/numberdesk --sandbox --smoke-test >"$tmp/gui.log" 2>&1 || gui_rc=$?
    if ((gui_rc != 0)); then
        tail -n 40 "$tmp/gui.log" >&2
        fail "numberdesk --sandbox --smoke-test exited with $gui_rc"
    fi
    ok "numberdesk --sandbox --smoke-test showed its main window and quit with 0"
else
    echo "     (numberdesk has no --smoke-test: starting it and checking it is still up after 5 s)"
    "${gui_env[@]}" /usr/bin/numberdesk --sandbox >"$tmp/gui.log" 2>&1 &
    app_pid=$!
    sleep 5
    if ! kill -0 "$app_pid" 2>/dev/null; then
        gui_rc=0
        wait "$app_pid" || gui_rc=$?
        app_pid=
        tail -n 40 "$tmp/gui.log" >&2
        fail "numberdesk --sandbox exited within 5 s (status $gui_rc)"
    fi
    kill "$app_pid"
    wait "$app_pid" 2>/dev/null || true
    app_pid=
    ok "numberdesk --sandbox was still running after 5 s offscreen"
fi

step "Desktop entry and AppStream metainfo (installed)"
desktop=/usr/share/applications/$app_id.desktop
metainfo=/usr/share/metainfo/$app_id.metainfo.xml
out=$(desktop-file-validate "$desktop" 2>&1) || fail "desktop-file-validate $desktop: $out"
[[ -z $out ]] || echo "$out"
ok "desktop-file-validate $desktop"
out=$(appstreamcli validate --no-net "$metainfo" 2>&1) || { echo "$out" >&2; fail "appstreamcli validate $metainfo"; }
indent 5 <<<"$out"
ok "appstreamcli validate --no-net $metainfo"
icon=$(sed -n 's/^Icon=//p' "$desktop")
[[ -f /usr/share/icons/hicolor/scalable/apps/$icon.svg && -f /usr/share/icons/hicolor/48x48/apps/$icon.png ]] \
    || fail "the desktop entry's icon $icon is not installed in hicolor"
ok "desktop entry icon $icon installed (scalable + PNG)"

# ---------------------------------------------------------------------------------------------------------
step "Remove"
quiet "apt-get remove numberdesk failed" "${sudo[@]}" apt-get remove -y -qq numberdesk
installed=0
if dpkg-query -W -f='${Status}' numberdesk 2>/dev/null | grep -q "ok installed"; then
    fail "numberdesk is still installed after apt-get remove"
fi
for f in /usr/bin/numberdesk /usr/bin/numberdesk-cli /usr/bin/numberdesk-sandbox "$desktop" "$metainfo"; do
    [[ ! -e $f ]] || fail "$f is still there after apt-get remove"
done
ok "apt-get remove took the binaries, desktop entry and metainfo away"

# ---------------------------------------------------------------------------------------------------------
step "RPM"
rpm -qpi "$rpm_file" 2>/dev/null | sed 's/^/     /'
requires=$(rpm -qpR "$rpm_file" 2>/dev/null) || fail "rpm -qpR $rpm_file failed"
echo "     Requires:"
indent 7 <<<"$requires"
for req in libsecret qt6-qtsvg qt6-qtbase-gui; do
    grep -q "^$req\b" <<<"$requires" || fail "RPM does not require $req"
done
grep -q 'libQt6Core.so.6' <<<"$requires" || fail "RPM lacks the automatic library requirements (libQt6Core.so.6)"
files=$(rpm -qpl "$rpm_file" 2>/dev/null) || fail "rpm -qpl $rpm_file failed"
echo "     Files:"
indent 7 <<<"$files"
for f in "${expected[@]}"; do
    grep -qxF "$f" <<<"$files" || fail "RPM does not contain $f"
done
if grep -qxE '/usr(/bin|/share|/share/man|/share/man/man1|/share/applications|/share/icons/hicolor)?' <<<"$files"; then
    fail "RPM claims a system directory"
fi
ok "RPM requires libsecret + Qt plugins and contains the expected files"

step "TGZ"
tar -tzf "$tgz" >"$tmp/tgz-files" || fail "tar cannot read $tgz"
for f in bin/numberdesk bin/numberdesk-cli bin/numberdesk-sandbox share/applications/$app_id.desktop \
        share/man/man1/numberdesk-cli.1.gz; do
    grep -qE "^[^/]+/$f\$" "$tmp/tgz-files" || fail "TGZ does not contain $f"
done
ok "TGZ contains the programs, desktop entry and man pages"

elapsed=$(($(date +%s) - started))
printf '\npackage-check: OK in %d s (%s %s, %s %s, %s %s)\n' "$elapsed" \
    "$(basename "$deb")" "$(human_size "$deb")" "$(basename "$rpm_file")" "$(human_size "$rpm_file")" \
    "$(basename "$tgz")" "$(human_size "$tgz")"
printf 'package-check: %d passed, 0 failed\n' "$passed"
