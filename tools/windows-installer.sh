#!/usr/bin/env bash
# SPDX-FileCopyrightText: NumberDesk contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Cross-builds the Windows installer (NSIS) of NumberDesk on Debian 12 with Debian's mingw-w64, and tests it
# under wine. See --help.
set -euo pipefail
shopt -s inherit_errexit

here=$(cd "$(dirname "$0")/.." && pwd)
qt_version=6.4.2
triple=x86_64-w64-mingw32
cache=${NUMBERDESK_MINGW_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/numberdesk/mingw-qt-$qt_version}
prefix=$cache/prefix
jobs=${NUMBERDESK_MINGW_JOBS:-$(nproc)}
build_dir=${NUMBERDESK_WIN_BUILD_DIR:-$here/build/win64}

usage() {
    cat <<EOF
Usage: tools/windows-installer.sh [--prepare | --smoke-test [INSTALLER] | --check-cache | --help]

  --prepare      Builds, once, what NumberDesk links on Windows for $triple into the cache
                 $cache
                 (override with NUMBERDESK_MINGW_CACHE). Idempotent and resumable: each component
                 is skipped when its stamp is in \$cache/stamps; delete a stamp to rebuild that one.
                 Every compile runs under 'nice -n 19'. Takes long: see README -> Installing.
  (no option)    Builds NumberDesk from this working tree against the cache into build/win64
                 (NUMBERDESK_WIN_BUILD_DIR), deploys the Qt DLLs, plugins and translations next to
                 the executables and runs CPack's NSIS generator:
                 build/win64/NumberDesk-<version>-win64.exe
  --smoke-test   Installs that installer (or INSTALLER) silently into a fresh WINEPREFIX and runs
                 the installed programs under wine, then uninstalls it.
  --check-cache  Says whether the cache is complete; exits 0 when it is, 1 otherwise (tools/test.sh).

Host packages (installed by --prepare when missing, as root or through sudo):
  g++-mingw-w64-x86-64-posix gcc-mingw-w64-x86-64-posix wine64 nsis xvfb xauth tcl
  protobuf-compiler, and the Linux build dependencies of tools/deps.sh (Debian's Qt $qt_version
  supplies moc, rcc, uic, lrelease for the cross build: -DQT_HOST_PATH=/usr).

Sources. Each one is a folder given in an environment variable; when it is not set, --prepare takes
Debian 12's source package with 'apt-get source' (this needs a deb-src entry for bookworm), and
when that fails it clones the upstream repository at the tag shown:
$(source_table)

Not built by this script: the Qt add-on modules and QtKeychain (README -> Installing says why).
--prepare stops unless mingw builds of those the tree uses are installed in \$cache/prefix:
$(addon_table)
EOF
}

addon_table() {
    local entry name what file used
    for entry in "${addon_configs[@]}"; do
        IFS='|' read -r name what file used <<<"$entry"
        printf '  %-15s %s%s\n' "$name" "$what" "${used:+ (if the CMake files of the tree name $used)}"
    done
    printf '  %-15s %s\n' "sources" "Debian: apt-get source qt6-websockets qt6-httpserver qt6-svg qt6-charts qtkeychain"
    printf '  %-15s %s\n' "" "upstream: https://code.qt.io/qt/<module>.git (tag v$qt_version),"
    printf '  %-15s %s\n' "" "https://github.com/frankosterfeld/qtkeychain.git (tag v0.13.2)"
}

# name | environment variable | Debian source package | upstream git URL | tag
sources=(
    "sqlite|NUMBERDESK_SQLITE_SRC|sqlite3|https://github.com/sqlite/sqlite.git|version-3.40.1"
    "qtbase|NUMBERDESK_QTBASE_SRC|qt6-base|https://code.qt.io/qt/qtbase.git|v$qt_version"
    "protobuf|NUMBERDESK_PROTOBUF_SRC|protobuf|https://github.com/protocolbuffers/protobuf.git|v21.12"
    "abseil|NUMBERDESK_ABSEIL_SRC|abseil|https://github.com/abseil/abseil-cpp.git|20220623.1"
    "re2|NUMBERDESK_RE2_SRC|re2|https://github.com/google/re2.git|2022-06-01"
    "icu|NUMBERDESK_ICU_SRC|icu|https://github.com/unicode-org/icu.git|release-72-1"
    "libphonenumber|NUMBERDESK_LIBPHONENUMBER_SRC|libphonenumber|https://github.com/google/libphonenumber.git|v8.12.57"
    "simdjson|NUMBERDESK_SIMDJSON_SRC|simdjson|https://github.com/simdjson/simdjson.git|v3.0.1"
    "utf8proc|NUMBERDESK_UTF8PROC_SRC|utf8proc|https://github.com/JuliaStrings/utf8proc.git|v2.8.0"
)

source_table() {
    local entry name var deb url tag
    for entry in "${sources[@]}"; do
        IFS='|' read -r name var deb url tag <<<"$entry"
        printf '  %-15s %-28s apt-get source %s\n' "$name" "$var" "$deb"
        printf '  %-15s %-28s or: git clone --branch %s %s\n' "" "" "$tag" "$url"
    done
}

log() { printf '[windows-installer %s] %s\n' "$(date +%H:%M:%S)" "$*"; }
die() {
    printf 'windows-installer: %s\n' "$*" >&2
    exit 1
}
heavy() { nice -n 19 "$@"; }

sudo=()
[[ $(id -u) -eq 0 ]] || sudo=(sudo)

need_packages() {
    local missing=() p
    for p in "$@"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
    done
    ((${#missing[@]} == 0)) && return 0
    log "installing ${missing[*]}"
    "${sudo[@]}" apt-get update -qq
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

# ---------------------------------------------------------------------------------------------------------
# Sources

# Prints the folder holding the sources of component $1, getting them first when needed.
source_dir() {
    local want=$1 entry name var deb url tag dir
    for entry in "${sources[@]}"; do
        IFS='|' read -r name var deb url tag <<<"$entry"
        [[ $name == "$want" ]] && break
    done
    [[ $name == "$want" ]] || die "unknown component $want"
    if [[ -n ${!var:-} ]]; then
        [[ -d ${!var} ]] || die "$var=${!var} is not a folder"
        (cd "${!var}" && pwd)
        return
    fi
    dir=$cache/src/$name
    if [[ ! -f $dir/.complete ]]; then
        rm -rf "$dir" "$cache/src/$name.deb"
        mkdir -p "$cache/src/$name.deb"
        if (cd "$cache/src/$name.deb" && apt-get source --download-only -qq "$deb" >&2 2>/dev/null); then
            local orig
            orig=$(find "$cache/src/$name.deb" -maxdepth 1 -name "*.orig.tar.*" ! -name "*orig-*" ! -name "*.asc" | head -n1)
            [[ -n $orig ]] || die "apt-get source $deb gave no .orig tarball"
            mkdir -p "$dir"
            tar -xf "$orig" -C "$dir" --strip-components=1
        else
            log "apt-get source $deb failed; cloning $url ($tag)" >&2
            git clone -q --depth 1 --branch "$tag" "$url" "$dir" >&2 ||
                die "no sources for $name: set $var to a folder holding them (see --help)"
        fi
        rm -rf "$cache/src/$name.deb"
        touch "$dir/.complete"
    fi
    printf '%s\n' "$dir"
}

# ---------------------------------------------------------------------------------------------------------
# --prepare

toolchain_file=$cache/toolchain-$triple.cmake
write_toolchain() {
    mkdir -p "$cache"
    cat >"$toolchain_file" <<EOF
# Written by tools/windows-installer.sh: Debian's mingw-w64 (posix threads) for $triple.
set(CMAKE_SYSTEM_NAME Windows)
set(CMAKE_SYSTEM_PROCESSOR x86_64)
set(CMAKE_C_COMPILER $triple-gcc-posix)
set(CMAKE_CXX_COMPILER $triple-g++-posix)
set(CMAKE_RC_COMPILER $triple-windres)
set(CMAKE_FIND_ROOT_PATH /usr/$triple $prefix)
set(CMAKE_FIND_ROOT_PATH_MODE_PROGRAM NEVER)
set(CMAKE_FIND_ROOT_PATH_MODE_LIBRARY ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_INCLUDE ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_PACKAGE ONLY)
EOF
}

stamp() { printf '%s\n' "$cache/stamps/$1.done"; }
done_already() {
    if [[ -f $(stamp "$1") ]]; then
        log "$1: cached ($(cat "$(stamp "$1")"))"
        return 0
    fi
    return 1
}
mark_done() {
    mkdir -p "$cache/stamps"
    printf 'built %s in %d s\n' "$(date -u +%Y-%m-%dT%H:%MZ)" "$2" >"$(stamp "$1")"
    log "$1: done in $2 s"
}

# Generic CMake build of one component into the prefix: name, source folder, extra cache arguments.
cmake_component() {
    local name=$1 src=$2
    shift 2
    local b=$cache/build/$name
    mkdir -p "$b"
    heavy cmake -S "$src" -B "$b" -G Ninja -Wno-dev \
        -DCMAKE_TOOLCHAIN_FILE="$toolchain_file" \
        -DCMAKE_BUILD_TYPE=Release \
        -DCMAKE_INSTALL_PREFIX="$prefix" \
        -DCMAKE_PREFIX_PATH="$prefix" \
        "$@" >"$b/configure.log" 2>&1 || {
        tail -n 40 "$b/configure.log" >&2
        die "$name: configure failed (log: $b/configure.log)"
    }
    heavy cmake --build "$b" -j "$jobs" >"$b/build.log" 2>&1 || {
        tail -n 40 "$b/build.log" >&2
        die "$name: build failed (log: $b/build.log)"
    }
    heavy cmake --install "$b" >"$b/install.log" 2>&1 || {
        tail -n 40 "$b/install.log" >&2
        die "$name: install failed (log: $b/install.log)"
    }
}

# SQLite for Qt's SQL driver: Debian's qtbase tarball has no src/3rdparty/sqlite. The amalgamation is
# generated with the host's tclsh, then compiled into a static library.
prepare_sqlite() {
    done_already sqlite && return 0
    local t0=$SECONDS src b
    src=$(source_dir sqlite)
    b=$cache/build/sqlite
    rm -rf "$b"
    mkdir -p "$b"
    log "sqlite: generating the amalgamation"
    (cd "$b" && "$src/configure" --disable-tcl >configure.log 2>&1 && heavy make sqlite3.c sqlite3.h >make.log 2>&1) ||
        die "sqlite: amalgamation failed (logs in $b)"
    log "sqlite: compiling"
    heavy "$triple-gcc-posix" -O2 -c "$b/sqlite3.c" -o "$b/sqlite3.o" \
        -DSQLITE_ENABLE_COLUMN_METADATA -DSQLITE_ENABLE_FTS5 -DSQLITE_ENABLE_JSON1 -DSQLITE_ENABLE_RTREE \
        -DSQLITE_OMIT_LOAD_EXTENSION -DSQLITE_THREADSAFE=1
    mkdir -p "$prefix/lib" "$prefix/include"
    rm -f "$prefix/lib/libsqlite3.a"
    "$triple-ar" rcs "$prefix/lib/libsqlite3.a" "$b/sqlite3.o"
    cp "$b/sqlite3.h" "$src/src/sqlite3ext.h" "$prefix/include/" 2>/dev/null || cp "$b/sqlite3.h" "$prefix/include/"
    mark_done sqlite $((SECONDS - t0))
}

# qtbase: Core, Gui, Widgets, Network (Schannel), Sql (SQLite), OpenGL (the windows platform plugin needs
# it: with FEATURE_opengl=OFF 6.4.2's qwindowswindow.cpp does not compile).
prepare_qtbase() {
    done_already qtbase && return 0
    local t0=$SECONDS src
    src=$(source_dir qtbase)
    # Qt 6.4.2 compiles its DirectWrite font database into Gui only with Direct2D, but the Windows platform
    # plugin asks only for directwrite3: without Direct2D it does not link. Make the plugin ask for both (it
    # then uses the GDI font database). Idempotent.
    sed -i 's/^#if QT_CONFIG(directwrite3)$/#if QT_CONFIG(directwrite3) \&\& QT_CONFIG(direct2d)/' \
        "$src/src/plugins/platforms/windows/qwindowsintegration.cpp"
    log "qtbase: configure and build (the longest step)"
    cmake_component qtbase "$src" \
        -DQT_HOST_PATH=/usr -DQT_HOST_PATH_CMAKE_DIR=/usr/lib/x86_64-linux-gnu/cmake \
        -DBUILD_SHARED_LIBS=ON -DQT_BUILD_EXAMPLES=OFF -DQT_BUILD_TESTS=OFF \
        -DFEATURE_dbus=OFF -DFEATURE_tabletevent=OFF \
        -DFEATURE_openssl=OFF -DFEATURE_schannel=ON \
        -DFEATURE_opengl=ON -DFEATURE_opengl_dynamic=ON \
        -DFEATURE_system_sqlite=ON -DFEATURE_sql_sqlite=ON \
        -DSQLite3_INCLUDE_DIR="$prefix/include" -DSQLite3_LIBRARY="$prefix/lib/libsqlite3.a" \
        -DFEATURE_sql_odbc=OFF -DFEATURE_sql_psql=OFF -DFEATURE_sql_mysql=OFF \
        -DFEATURE_sql_oci=OFF -DFEATURE_sql_ibase=OFF -DFEATURE_sql_db2=OFF \
        -DFEATURE_printsupport=OFF -DFEATURE_concurrent=OFF -DFEATURE_testlib=OFF \
        -DFEATURE_direct2d=OFF -DFEATURE_freetype=OFF -DFEATURE_jpeg=OFF -DFEATURE_gif=OFF -DFEATURE_tuiotouch=OFF \
        -DFEATURE_system_zlib=OFF -DFEATURE_system_pcre2=OFF -DFEATURE_system_freetype=OFF \
        -DFEATURE_system_harfbuzz=OFF -DFEATURE_system_png=OFF -DFEATURE_system_jpeg=OFF \
        -DFEATURE_system_doubleconversion=OFF -DFEATURE_zstd=OFF -DFEATURE_brotli=OFF
    mark_done qtbase $((SECONDS - t0))
}

# The Qt add-on modules and QtKeychain that NumberDesk links. This script does not build them (see README ->
# Installing, "Qt add-on modules"): --prepare only checks that a mingw build of each one the tree uses is
# installed in the prefix. A module is used when the tree's CMake files name it (the last field); Qt Svg
# always (the SVG icon plugins).
addon_configs=(
    "Qt6WebSockets|qtwebsockets $qt_version|lib/cmake/Qt6WebSockets/Qt6WebSocketsConfig.cmake|WebSockets"
    "Qt6HttpServer|qthttpserver $qt_version|lib/cmake/Qt6HttpServer/Qt6HttpServerConfig.cmake|HttpServer"
    "Qt6Svg|qtsvg $qt_version|lib/cmake/Qt6Svg/Qt6SvgConfig.cmake|"
    "Qt6Charts|qtcharts $qt_version|lib/cmake/Qt6Charts/Qt6ChartsConfig.cmake|Charts"
    "Qt6Keychain|QtKeychain 0.13.2 (BUILD_WITH_QT6=ON, Credential Store)|lib/cmake/Qt6Keychain/Qt6KeychainConfig.cmake|Qt6Keychain"
)
tree_uses() {
    [[ -z $1 ]] && return 0
    grep -qw -- "$1" "$here/CMakeLists.txt" "$here"/src/*/CMakeLists.txt 2>/dev/null
}
missing_addons() {
    local entry name what file used
    for entry in "${addon_configs[@]}"; do
        IFS='|' read -r name what file used <<<"$entry"
        tree_uses "$used" || continue
        [[ -f $prefix/$file ]] || printf '%s\n' "$what"
    done
}

# protobuf-lite 3.21.12 (libphonenumber's metadata is LITE_RUNTIME), static; the host's protoc of the same
# version (Debian's protobuf-compiler) generates the code.
prepare_protobuf() {
    done_already protobuf && return 0
    local t0=$SECONDS src b
    src=$(source_dir protobuf)
    b=$cache/build/protobuf
    log "protobuf: libprotobuf-lite"
    mkdir -p "$b"
    heavy cmake -S "$src" -B "$b" -G Ninja -Wno-dev -DCMAKE_TOOLCHAIN_FILE="$toolchain_file" \
        -DCMAKE_BUILD_TYPE=Release -DCMAKE_INSTALL_PREFIX="$prefix" \
        -Dprotobuf_BUILD_TESTS=OFF -Dprotobuf_BUILD_PROTOC_BINARIES=OFF -Dprotobuf_BUILD_SHARED_LIBS=OFF \
        -Dprotobuf_WITH_ZLIB=OFF -DCMAKE_POSITION_INDEPENDENT_CODE=ON >"$b/configure.log" 2>&1 ||
        die "protobuf: configure failed (log: $b/configure.log)"
    heavy cmake --build "$b" --target libprotobuf-lite -j "$jobs" >"$b/build.log" 2>&1 ||
        die "protobuf: build failed (log: $b/build.log)"
    mkdir -p "$prefix/lib" "$prefix/include"
    cp "$b/libprotobuf-lite.a" "$prefix/lib/"
    (cd "$src/src" && find google -name '*.h' -o -name '*.inc' | cpio -pdmu --quiet "$prefix/include")
    mark_done protobuf $((SECONDS - t0))
}

# libphonenumber 8.12.57 with RE2 as its regular-expression engine (ICU's regex would need ICU's i18n library
# and its data, ~30 MB; RE2 is ~1 MB), std::mutex instead of Boost, no geocoder. Its own CMakeLists needs Java
# and Google Test, so a small project written here compiles the library sources, RE2 and the Abseil parts they
# use, and all of it (with protobuf-lite) is merged into one static libphonenumber.a. Only ICU's headers are
# needed (unicode/uchar.h, included but unused without ICU regex).
prepare_libphonenumber() {
    done_already libphonenumber && return 0
    local t0=$SECONDS pn absl re2 icu b proj
    need_packages protobuf-compiler
    pn=$(source_dir libphonenumber)
    absl=$(source_dir abseil)
    re2=$(source_dir re2)
    icu=$(source_dir icu)
    [[ -d $icu/source/common/unicode ]] || icu=$icu/icu4c # the upstream repository's layout
    # Debian's re2 tarball leaves out the generated Unicode and Perl tables: generate them (as Debian does)
    # from Debian's unicode-data, in a copy.
    if [[ ! -f $re2/re2/perl_groups.cc || ! -f $re2/re2/unicode_groups.cc || ! -f $re2/re2/unicode_casefold.cc ]]; then
        need_packages perl python3 unicode-data
        rm -rf "$cache/build/re2-src"
        cp -a "$re2" "$cache/build/re2-src"
        re2=$cache/build/re2-src
        sed -i 's|^_UNICODE_DIR = .*|_UNICODE_DIR = "/usr/share/unicode"|' "$re2/re2/unicode.py"
        (cd "$re2" && perl re2/make_perl_groups.pl >re2/perl_groups.cc &&
            python3 re2/make_unicode_casefold.py >re2/unicode_casefold.cc &&
            python3 re2/make_unicode_groups.py >re2/unicode_groups.cc) ||
            die "re2: generating its Unicode tables failed"
    fi
    # 8.12.57's RE2 adapter does not compile (a misplaced parenthesis, StringPiece without its namespace); two
    # idempotent one-line fixes.
    local adapter=$pn/cpp/src/phonenumbers/regexp_adapter_re2.cc
    sed -i 's/matched_string, NULL, NULL), NULL, NULL, NULL);/matched_string, NULL, NULL, NULL, NULL, NULL);/' "$adapter"
    grep -q '^using re2::StringPiece;' "$adapter" ||
        sed -i 's/^namespace phonenumbers {$/namespace phonenumbers {\nusing re2::StringPiece;/' "$adapter"
    b=$cache/build/libphonenumber
    proj=$cache/build/libphonenumber-project
    rm -rf "$proj"
    mkdir -p "$proj" "$b" "$prefix/include/unicode"
    cp "$icu"/source/common/unicode/*.h "$prefix/include/unicode/"
    # With RE2, the one ICU function libphonenumber still calls is u_charDigitValue() (to read digits of every
    # script). Instead of ICU's library, a table of the decimal digit runs from Unicode's UnicodeData.txt
    # (Debian's unicode-data; every Nd run is 0..9 in order).
    need_packages unicode-data
    {
        echo "// Written by tools/windows-installer.sh --prepare from /usr/share/unicode/UnicodeData.txt."
        echo "#include <unicode/uchar.h>"
        echo "static const UChar32 nd_digit_zeros[] = {"
        awk -F';' '$3 == "Nd" && $7 == "0" { printf "    0x%s,\n", $1 }' /usr/share/unicode/UnicodeData.txt
        echo "};"
        echo "U_CAPI int32_t U_EXPORT2 u_charDigitValue(UChar32 c)"
        echo "{"
        echo "    for (const UChar32 zero : nd_digit_zeros) {"
        echo "        if (c >= zero && c <= zero + 9) {"
        echo "            return c - zero;"
        echo "        }"
        echo "    }"
        echo "    return -1;"
        echo "}"
    } >"$proj/icu_digits.cc"
    cat >"$proj/CMakeLists.txt" <<EOF
# Written by tools/windows-installer.sh --prepare.
cmake_minimum_required(VERSION 3.16)
project(nd_libphonenumber C CXX)
set(CMAKE_CXX_STANDARD 17)
set(CMAKE_CXX_STANDARD_REQUIRED ON)
set(ABSL_PROPAGATE_CXX_STD ON)
set(BUILD_TESTING OFF)
set(RE2_BUILD_TESTING OFF)
add_subdirectory("$absl" absl EXCLUDE_FROM_ALL)
add_subdirectory("$re2" re2 EXCLUDE_FROM_ALL)
set(pn "$pn/cpp/src/phonenumbers")
add_custom_command(OUTPUT \${CMAKE_BINARY_DIR}/gen/phonenumbers/phonemetadata.pb.cc \${CMAKE_BINARY_DIR}/gen/phonenumbers/phonenumber.pb.cc
    COMMAND \${CMAKE_COMMAND} -E make_directory \${CMAKE_BINARY_DIR}/gen/phonenumbers
    COMMAND protoc --cpp_out=\${CMAKE_BINARY_DIR}/gen/phonenumbers --proto_path=$pn/resources
        $pn/resources/phonemetadata.proto $pn/resources/phonenumber.proto
    DEPENDS $pn/resources/phonemetadata.proto $pn/resources/phonenumber.proto)
add_library(phonenumber_core STATIC
    \${pn}/asyoutypeformatter.cc \${pn}/base/strings/string_piece.cc \${pn}/default_logger.cc \${pn}/logger.cc
    \${pn}/phonenumber.cc \${pn}/phonenumberutil.cc \${pn}/regex_based_matcher.cc \${pn}/regexp_cache.cc
    \${pn}/shortnumberinfo.cc \${pn}/stringutil.cc \${pn}/unicodestring.cc \${pn}/utf/rune.c
    \${pn}/utf/unicodetext.cc \${pn}/utf/unilib.cc \${pn}/regexp_adapter_re2.cc \${pn}/metadata.cc
    \${pn}/short_metadata.cc \${CMAKE_CURRENT_SOURCE_DIR}/icu_digits.cc
    \${CMAKE_BINARY_DIR}/gen/phonenumbers/phonemetadata.pb.cc \${CMAKE_BINARY_DIR}/gen/phonenumbers/phonenumber.pb.cc)
target_compile_definitions(phonenumber_core PRIVATE I18N_PHONENUMBERS_USE_RE2 I18N_PHONENUMBERS_USE_STDMUTEX)
target_include_directories(phonenumber_core PRIVATE \${CMAKE_BINARY_DIR}/gen "$pn/cpp/src" "$prefix/include")
target_link_libraries(phonenumber_core PRIVATE re2::re2 absl::node_hash_set absl::strings absl::synchronization)
EOF
    log "libphonenumber: RE2, Abseil and libphonenumber"
    heavy cmake -S "$proj" -B "$b" -G Ninja -Wno-dev -DCMAKE_TOOLCHAIN_FILE="$toolchain_file" \
        -DCMAKE_BUILD_TYPE=Release >"$b/configure.log" 2>&1 || {
        tail -n 30 "$b/configure.log" >&2
        die "libphonenumber: configure failed (log: $b/configure.log)"
    }
    heavy cmake --build "$b" --target phonenumber_core \
        -j "$jobs" >"$b/build.log" 2>&1 || {
        tail -n 30 "$b/build.log" >&2
        die "libphonenumber: build failed (log: $b/build.log)"
    }
    # One archive: libphonenumber + RE2 + the Abseil libraries + protobuf-lite.
    {
        echo "create $b/libphonenumber.a"
        echo "addlib $b/libphonenumber_core.a"
        find "$b/re2" "$b/absl" -name '*.a' -printf 'addlib %p\n'
        echo "addlib $prefix/lib/libprotobuf-lite.a"
        echo "save"
        echo "end"
    } >"$b/merge.mri"
    "$triple-ar" -M <"$b/merge.mri"
    "$triple-ranlib" "$b/libphonenumber.a"
    cp "$b/libphonenumber.a" "$prefix/lib/"
    # Headers: libphonenumber's, the generated protobuf ones, Abseil's and RE2's (phonenumberutil.h includes
    # Abseil; the .pb.h files include protobuf, already installed).
    (cd "$pn/cpp/src" && find phonenumbers -name '*.h' | cpio -pdmu --quiet "$prefix/include")
    cp "$b"/gen/phonenumbers/*.pb.h "$prefix/include/phonenumbers/"
    (cd "$absl" && find absl -name '*.h' -o -name '*.inc' | cpio -pdmu --quiet "$prefix/include")
    mark_done libphonenumber $((SECONDS - t0))
}

# simdjson 3.0.1: the single-file build, static, with a CMake package giving simdjson::simdjson.
prepare_simdjson() {
    done_already simdjson && return 0
    local t0=$SECONDS src b
    src=$(source_dir simdjson)
    b=$cache/build/simdjson
    mkdir -p "$b" "$prefix/lib/cmake/simdjson" "$prefix/include"
    log "simdjson: compiling the single-header build"
    heavy "$triple-g++-posix" -std=c++17 -O2 -c "$src/singleheader/simdjson.cpp" -I"$src/singleheader" -o "$b/simdjson.o"
    rm -f "$prefix/lib/libsimdjson.a"
    "$triple-ar" rcs "$prefix/lib/libsimdjson.a" "$b/simdjson.o"
    cp "$src/singleheader/simdjson.h" "$prefix/include/"
    cat >"$prefix/lib/cmake/simdjson/simdjsonConfig.cmake" <<'EOF'
# Written by tools/windows-installer.sh --prepare: the static single-file simdjson 3.0.1.
get_filename_component(_nd_simdjson_prefix "${CMAKE_CURRENT_LIST_DIR}/../../.." ABSOLUTE)
if(NOT TARGET simdjson::simdjson)
    add_library(simdjson::simdjson STATIC IMPORTED)
    set_target_properties(simdjson::simdjson PROPERTIES
        IMPORTED_LOCATION "${_nd_simdjson_prefix}/lib/libsimdjson.a"
        INTERFACE_INCLUDE_DIRECTORIES "${_nd_simdjson_prefix}/include")
endif()
set(simdjson_VERSION 3.0.1)
EOF
    mark_done simdjson $((SECONDS - t0))
}

# utf8proc 2.8.0 (numberdesk-cli's column widths): one C file, static, with the libutf8proc.pc that
# src/cli/CMakeLists.txt asks pkg-config for.
prepare_utf8proc() {
    done_already utf8proc && return 0
    local t0=$SECONDS src b
    src=$(source_dir utf8proc)
    b=$cache/build/utf8proc
    mkdir -p "$b" "$prefix/lib/pkgconfig" "$prefix/include"
    log "utf8proc: compiling"
    heavy "$triple-gcc-posix" -O2 -DUTF8PROC_STATIC -c "$src/utf8proc.c" -I"$src" -o "$b/utf8proc.o"
    rm -f "$prefix/lib/libutf8proc.a"
    "$triple-ar" rcs "$prefix/lib/libutf8proc.a" "$b/utf8proc.o"
    cp "$src/utf8proc.h" "$prefix/include/"
    cat >"$prefix/lib/pkgconfig/libutf8proc.pc" <<EOF
prefix=$prefix
libdir=\${prefix}/lib
includedir=\${prefix}/include

Name: libutf8proc
Description: UTF8 processing (static, $triple; written by tools/windows-installer.sh)
Version: 2.8.0
Libs: -L\${libdir} -lutf8proc
Cflags: -I\${includedir} -DUTF8PROC_STATIC
EOF
    mark_done utf8proc $((SECONDS - t0))
}

components=(sqlite qtbase protobuf libphonenumber simdjson utf8proc)

prepare() {
    local t0=$SECONDS missing c
    need_packages g++-mingw-w64-x86-64-posix gcc-mingw-w64-x86-64-posix tcl cpio cmake ninja-build \
        qt6-base-dev qt6-base-dev-tools qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n \
        wine64 nsis xvfb xauth
    write_toolchain
    if (($# > 0)); then # only the components named
        for c in "$@"; do
            declare -F "prepare_$c" >/dev/null || die "unknown component $c (one of: ${components[*]})"
            "prepare_$c"
        done
        return 0
    fi
    for c in "${components[@]}"; do
        "prepare_$c"
    done
    missing=$(missing_addons)
    if [[ -n $missing ]]; then
        printf 'windows-installer: not built by this script, and not in %s yet:\n' "$prefix" >&2
        printf '  %s\n' "$missing" >&2
        printf 'Install mingw builds of them into that prefix (README -> Installing, "Qt add-on modules").\n' >&2
        exit 1
    fi
    log "prepare: complete in $((SECONDS - t0)) s; cache: $cache"
}

cache_complete() {
    local c
    for c in "${components[@]}"; do
        [[ -f $(stamp "$c") ]] || return 1
    done
    [[ -z $(missing_addons) ]]
}

# ---------------------------------------------------------------------------------------------------------
# Default mode: NumberDesk for Windows, its runtime, the installer

# The compiler's runtime DLLs (posix threads flavour).
runtime_search_dirs() {
    printf '%s\n' "$prefix/bin" "$(dirname "$("$triple-g++-posix" -print-libgcc-file-name)")" "/usr/$triple/lib"
}

# Copies into $2 every DLL that the PE files given after it need, recursively, from the cache and the
# compiler; DLLs found nowhere there are Windows' own (KERNEL32.dll, ...).
copy_dll_closure() {
    local dest=$1
    shift
    local -a queue=("$@") dirs
    local file dll dir found
    mapfile -t dirs < <(runtime_search_dirs)
    while ((${#queue[@]} > 0)); do
        file=${queue[0]}
        queue=("${queue[@]:1}")
        while read -r dll; do
            [[ -e $dest/$dll ]] && continue
            found=
            for dir in "${dirs[@]}"; do
                if [[ -f $dir/$dll ]]; then
                    found=$dir/$dll
                    break
                fi
            done
            [[ -n $found ]] || continue
            cp "$found" "$dest/$dll"
            queue+=("$dest/$dll")
        done < <("$triple-objdump" -p "$file" | sed -n 's/^\s*DLL Name: //p')
    done
}

# The Qt plugins NumberDesk loads: platform, TLS, SQL driver, SVG icons and images, native style.
qt_plugins=(
    platforms/qwindows.dll
    tls/qschannelbackend.dll
    sqldrivers/qsqlite.dll
    imageformats/qsvg.dll
    imageformats/qico.dll
    iconengines/qsvgicon.dll
    styles/qwindowsvistastyle.dll
)

# Fills $1 with what install(DIRECTORY) puts next to the executables (packaging/CMakeLists.txt,
# NUMBERDESK_WINDOWS_RUNTIME_DIR): DLLs, plugins, Qt's own translations.
deploy_runtime() {
    local runtime=$1 exe plugin lang qm
    rm -rf "$runtime"
    mkdir -p "$runtime/translations"
    for plugin in "${qt_plugins[@]}"; do
        [[ -f $prefix/plugins/$plugin ]] || die "plugin $plugin is missing from the cache ($prefix/plugins)"
        mkdir -p "$runtime/$(dirname "$plugin")"
        cp "$prefix/plugins/$plugin" "$runtime/$plugin"
    done
    local -a pe=()
    for exe in numberdesk numberdesk-cli numberdesk-sandbox; do
        pe+=("$(find "$build_dir" -path "$build_dir/_CPack_Packages" -prune -o -name "$exe.exe" -print -quit)")
        [[ -n ${pe[-1]} ]] || die "$exe.exe is not in $build_dir"
    done
    copy_dll_closure "$runtime" "${pe[@]}" "${qt_plugins[@]/#/$runtime/}"
    # Qt's translations for the languages NumberDesk has (Debian's .qm files are platform independent).
    for qm in "$here"/translations/numberdesk_*.ts; do
        lang=$(basename "$qm" .ts)
        lang=${lang#numberdesk_}
        [[ -f /usr/share/qt6/translations/qtbase_$lang.qm ]] &&
            cp "/usr/share/qt6/translations/qtbase_$lang.qm" "$runtime/translations/"
    done
    find "$runtime" -name '*.dll' -exec "$triple-strip" --strip-unneeded {} +
}

build_installer() {
    cache_complete || die "the cache at $cache is incomplete: run tools/windows-installer.sh --prepare first"
    local t0=$SECONDS installer
    log "configuring NumberDesk for $triple in $build_dir"
    local -a launcher=()
    command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
    # pkg-config (libutf8proc) must see the cache's .pc files only, never the host's (also when the build
    # re-runs CMake).
    export PKG_CONFIG_LIBDIR=$prefix/lib/pkgconfig PKG_CONFIG_PATH=''
    cmake -S "$here" -B "$build_dir" -G Ninja -Wno-dev \
        -DCMAKE_TOOLCHAIN_FILE="$prefix/lib/cmake/Qt6/qt.toolchain.cmake" \
        -DCMAKE_BUILD_TYPE=Release "${launcher[@]}" \
        -DNUMBERDESK_BUILD_TESTS=OFF -DNUMBERDESK_BUILD_BENCH=OFF \
        -DNUMBERDESK_WINDOWS_RUNTIME_DIR="$build_dir/runtime" >"$build_dir.configure.log" 2>&1 || {
        tail -n 40 "$build_dir.configure.log" >&2
        die "configure failed (log: $build_dir.configure.log)"
    }
    log "building (nice -n 19)"
    heavy cmake --build "$build_dir" -j "$jobs" >"$build_dir.build.log" 2>&1 || {
        grep -m 20 -B 2 -A 8 -E 'error|Error' "$build_dir.build.log" >&2 || tail -n 40 "$build_dir.build.log" >&2
        die "build failed (log: $build_dir.build.log)"
    }
    log "deploying the runtime"
    deploy_runtime "$build_dir/runtime"
    log "running CPack (NSIS)"
    rm -f "$build_dir"/NumberDesk-*-win64.exe
    (cd "$build_dir" && cpack -G NSIS >"$build_dir.cpack.log" 2>&1) || {
        tail -n 40 "$build_dir.cpack.log" >&2
        die "cpack failed (log: $build_dir.cpack.log)"
    }
    installer=$(find "$build_dir" -maxdepth 1 -name 'NumberDesk-*-win64.exe' -print -quit)
    [[ -n $installer ]] || die "cpack made no NumberDesk-*-win64.exe in $build_dir"
    log "installer: $installer ($(numfmt --to=iec-i --suffix=B "$(stat -c %s "$installer")"), built in $((SECONDS - t0)) s)"
}

# ---------------------------------------------------------------------------------------------------------
# --smoke-test: install, run and uninstall under wine in a throw-away prefix

smoke_test() {
    local installer=${1:-}
    if [[ -z $installer ]]; then
        installer=$(find "$build_dir" -maxdepth 1 -name 'NumberDesk-*-win64.exe' -print -quit)
    fi
    [[ -n $installer && -f $installer ]] || die "no installer to test: build one first (tools/windows-installer.sh)"
    installer=$(cd "$(dirname "$installer")" && pwd)/$(basename "$installer")
    need_packages wine64 xvfb xauth
    local wine
    wine=$(command -v wine64 || command -v wine || true)
    [[ -n $wine ]] || wine=/usr/lib/wine/wine64
    local tmp passed=0 out
    tmp=$(mktemp -d)
    # shellcheck disable=SC2064 # expand now: $tmp is local
    trap "WINEPREFIX='$tmp/prefix' wineserver -k >/dev/null 2>&1 || true; rm -rf '$tmp'" EXIT
    export WINEPREFIX=$tmp/prefix WINEARCH=win64 WINEDEBUG=-all WINEDLLOVERRIDES="mscoree,mshtml="
    unset DISPLAY
    local dir='C:\NumberDesk' unix_dir=$WINEPREFIX/drive_c/NumberDesk
    ok() {
        passed=$((passed + 1))
        printf 'ok   %s\n' "$*"
    }
    fail() {
        printf 'windows smoke test: FAIL: %s\n' "$*" >&2
        printf 'windows smoke test: %d passed, 1 failed\n' "$passed" >&2
        exit 1
    }
    run() { timeout 120 "$wine" "$@" 2>"$tmp/stderr"; }

    log "creating a wine prefix in $tmp"
    timeout 300 "$wine" wineboot --init >/dev/null 2>&1 || fail "wineboot could not create the prefix"
    timeout 60 wineserver -w

    timeout 300 "$wine" "$installer" /S "/D=$dir" >/dev/null 2>&1 || fail "the installer failed"
    timeout 120 wineserver -w
    for f in numberdesk.exe numberdesk-cli.exe numberdesk-sandbox.exe Qt6Core.dll platforms/qwindows.dll \
        tls/qschannelbackend.dll sqldrivers/qsqlite.dll translations/qtbase_de.qm; do
        [[ -f $unix_dir/bin/$f ]] || fail "bin/$f was not installed"
    done
    [[ -f $unix_dir/Uninstall.exe ]] || fail "no Uninstall.exe"
    ok "silent install into $dir ($(du -sh "$unix_dir" | cut -f1))"

    out=$(run "$dir\\bin\\numberdesk-cli.exe" --version) || fail "numberdesk-cli --version: $(cat "$tmp/stderr")"
    ok "numberdesk-cli --version: $out"

    out=$(run "$dir\\bin\\numberdesk-cli.exe" --sandbox regions) || fail "numberdesk-cli --sandbox regions: $(cat "$tmp/stderr")"
    grep -q 'US' <<<"$out" || fail "numberdesk-cli --sandbox regions printed no US region: $out"
    ok "numberdesk-cli --sandbox regions: $(grep -c . <<<"$out") lines"

    out=$(run "$dir\\bin\\numberdesk-cli.exe" --sandbox available rent-any --region US --type LOCAL --yes 2>&1) ||
        fail "numberdesk-cli rent-any: $out $(cat "$tmp/stderr")"
    out=$(run "$dir\\bin\\numberdesk-cli.exe" --sandbox activity) || fail "numberdesk-cli activity: $(cat "$tmp/stderr")"
    grep -q 'Rent any' <<<"$out" || fail "the activity log shows no rent: $out"
    ok "SQLite activity log: the rent is listed by numberdesk-cli activity"

    timeout 60 "$wine" reg add 'HKCU\Software\NumberDesk\numberdesk\ui' /v language /d de /f >/dev/null 2>&1 ||
        fail "could not store the language"
    out=$(run "$dir\\bin\\numberdesk-cli.exe" --help) || fail "numberdesk-cli --help (German): $(cat "$tmp/stderr")"
    grep -q 'Regionen' <<<"$out" || fail "numberdesk-cli --help is not German: $out"
    ok "translations: numberdesk-cli --help in German"
    timeout 60 "$wine" reg delete 'HKCU\Software\NumberDesk\numberdesk\ui' /v language /f >/dev/null 2>&1 || true

    out=$(DBUS_SESSION_BUS_ADDRESS=unix:path=/nonexistent xvfb-run -a -s "-screen 0 1280x800x24" \
        timeout 180 "$wine" "$dir\\bin\\numberdesk.exe" --sandbox --smoke-test 2>&1) || fail "numberdesk --smoke-test: $out"
    grep -q 'main window shown' <<<"$out" || fail "numberdesk --smoke-test: $out"
    ok "numberdesk --sandbox --smoke-test under Xvfb: $(grep 'main window shown' <<<"$out" | sed 's/.*--smoke-test: //')"

    timeout 120 "$wine" "$dir\\Uninstall.exe" /S >/dev/null 2>&1 || fail "the uninstaller failed"
    timeout 120 wineserver -w
    [[ ! -e $unix_dir/bin/numberdesk.exe && ! -e $unix_dir/bin/Qt6Core.dll ]] || fail "files are left after uninstalling"
    ok "silent uninstall removed $dir"
    printf 'windows smoke test: %d passed, 0 failed\n' "$passed"
}

case ${1:-} in
--help | -h) usage ;;
--prepare)
    shift
    prepare "$@"
    ;;
--check-cache)
    if cache_complete; then
        echo "cached mingw Qt at $cache"
    elif [[ ! -f $(stamp qtbase) ]]; then
        echo "no cached mingw Qt at $cache"
        exit 1
    else
        missing=()
        for c in "${components[@]}"; do
            [[ -f $(stamp "$c") ]] || missing+=("$c")
        done
        mapfile -t -O "${#missing[@]}" missing < <(missing_addons)
        echo "incomplete mingw Qt cache at $cache (missing: $(printf '%s, ' "${missing[@]}" | sed 's/, $//'))"
        exit 1
    fi
    ;;
--smoke-test) smoke_test "${2:-}" ;;
"") build_installer ;;
*) die "unknown option $1; see --help" ;;
esac
