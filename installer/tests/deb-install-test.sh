#!/usr/bin/env bash
# "COND && pass ... || fail ...": pass only echoes, so fail runs exactly when COND fails.
# shellcheck disable=SC2015
# Unpacks the Dockscope .deb into a temporary root, checks its files and metadata, and runs
# the programs from it.
# Usage: installer/tests/deb-install-test.sh PACKAGE.deb|PACKAGES-DIR
set -euo pipefail

arg="${1:?usage: $0 PACKAGE.deb|PACKAGES-DIR}"
if [ -d "$arg" ]; then
    deb="$(find "$arg" -maxdepth 1 -name 'dockscope_*.deb' -printf '%T@ %p\n' | sort -rn | head -n1 | cut -d' ' -f2-)"
    [ -n "$deb" ] || { echo "FAIL: no dockscope_*.deb in $arg" >&2; exit 1; }
else
    deb="$arg"
fi
[ -f "$deb" ] || { echo "FAIL: $deb does not exist" >&2; exit 1; }

id=io.github.dockscope.Dockscope
failures=0
fail() { echo "FAIL: $*" >&2; failures=$((failures + 1)); }
pass() { echo "ok: $*"; }

root="$(mktemp -d)"
trap 'rm -rf "$root"' EXIT
dpkg-deb -x "$deb" "$root"
echo "unpacked $deb into $root"

# Control fields.
control="$(dpkg-deb -f "$deb")"
version="$(dpkg-deb -f "$deb" Version)"
depends="$(dpkg-deb -f "$deb" Depends)"
[ "$(dpkg-deb -f "$deb" Package)" = dockscope ] && pass "Package: dockscope" || fail "package name"
[ "$version" = 0.1.0 ] && pass "Version: $version" || fail "version is '$version'"
for dep in libc6 libqt6core6 libqt6widgets6 libqt6sql6 libqt6sql6-sqlite libarchive13 libyara; do
    if grep -Eq "(^|, )${dep}[a-z0-9.+-]*( |,|$)" <<<"$depends"; then
        pass "Depends has $dep"
    else
        fail "Depends lacks $dep: $depends"
    fi
done
grep -q '^ *Section: utils' <<<"$control" && pass "Section: utils" || fail "section"

# Files.
files=(
    usr/bin/dockscope
    usr/bin/dockscope-cli
    "usr/share/applications/$id.desktop"
    "usr/share/metainfo/$id.metainfo.xml"
    usr/share/mime/packages/dockscope.xml
    "usr/share/icons/hicolor/scalable/apps/$id.svg"
    usr/share/icons/hicolor/scalable/mimetypes/application-x-dockscope-case.svg
    usr/share/man/man1/dockscope-cli.1.gz
    usr/share/man/man1/dockscope.1.gz
    usr/share/doc/dockscope/copyright
)
for size in 16 32 48 64 128 256; do
    files+=("usr/share/icons/hicolor/${size}x${size}/apps/$id.png")
done
for f in "${files[@]}"; do
    [ -s "$root/$f" ] && pass "/$f" || fail "missing /$f"
done
for size in 16 32 48 64 128 256; do
    png="$root/usr/share/icons/hicolor/${size}x${size}/apps/$id.png"
    if command -v file >/dev/null && [ -f "$png" ]; then
        file -b "$png" | grep -q "PNG image data, $size x $size" || fail "$png is not a ${size}x$size PNG"
    fi
done
[ -x "$root/usr/bin/dockscope-cli" ] || fail "dockscope-cli is not executable"
stray="$(find "$root" -path "$root/usr" -prune -o -mindepth 1 -print)"
[ -z "$stray" ] && pass "everything is under /usr" || fail "files outside /usr: $stray"

# Metadata validators, when installed.
if command -v desktop-file-validate >/dev/null; then
    desktop-file-validate "$root/usr/share/applications/$id.desktop" \
        && pass "desktop-file-validate" || fail "desktop-file-validate"
else
    echo "skip: desktop-file-validate (desktop-file-utils) not installed"
fi
grep -q '^Exec=dockscope %F$' "$root/usr/share/applications/$id.desktop" || fail "desktop Exec line"
grep -q '^MimeType=.*application/x-dockscope-case;' "$root/usr/share/applications/$id.desktop" \
    || fail "the desktop entry does not open application/x-dockscope-case"
if command -v appstreamcli >/dev/null; then
    appstreamcli validate --no-net --no-color "$root/usr/share/metainfo/$id.metainfo.xml" \
        && pass "appstreamcli validate" || fail "appstreamcli validate"
else
    echo "skip: appstreamcli (appstream) not installed"
fi
if command -v xmllint >/dev/null; then
    xmllint --noout "$root/usr/share/mime/packages/dockscope.xml" && pass "MIME XML well-formed" \
        || fail "MIME XML"
fi
if command -v update-mime-database >/dev/null; then
    mime="$(mktemp -d)"
    cp -r "$root/usr/share/mime" "$mime/"
    if update-mime-database "$mime/mime" >/dev/null 2>&1 \
        && grep -q 'application/x-dockscope-case:\*\.dscase' "$mime/mime/globs2" \
        && grep -q 'application/x-dockscope-case application/vnd.sqlite3' "$mime/mime/subclasses"; then
        pass "update-mime-database: *.dscase is application/x-dockscope-case"
    else
        fail "update-mime-database"
    fi
    rm -rf "$mime"
fi

# Manual pages.
for page in dockscope-cli dockscope; do
    gz="$root/usr/share/man/man1/$page.1.gz"
    [ -f "$gz" ] || continue
    gzip -t "$gz" || fail "$page.1.gz is not gzip"
    if command -v groff >/dev/null; then
        warnings="$(gzip -dc "$gz" | LC_ALL=C.UTF-8 groff -man -Tutf8 -ww -z 2>&1)"
        [ -z "$warnings" ] && pass "groff: $page(1) without warnings" || fail "groff $page(1): $warnings"
    fi
    if command -v lexgrog >/dev/null; then
        lexgrog "$gz" >/dev/null && pass "lexgrog: $page(1) has a NAME section" || fail "lexgrog $page(1)"
    fi
done

# No run path into the build tree.
if command -v readelf >/dev/null; then
    for exe in dockscope dockscope-cli; do
        if readelf -d "$root/usr/bin/$exe" | grep -Eq 'R(UN)?PATH'; then
            fail "$exe has an RPATH/RUNPATH: $(readelf -d "$root/usr/bin/$exe" | grep -E 'R(UN)?PATH')"
        fi
    done
fi

# The programs run from the unpacked root with the system libraries only.
export XDG_RUNTIME_DIR="${XDG_RUNTIME_DIR:-$root/run}"
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
out="$(LD_LIBRARY_PATH='' "$root/usr/bin/dockscope-cli" --version 2>/dev/null)" || fail "dockscope-cli --version exit status $?"
echo "dockscope-cli --version: $out"
[ "$out" = "dockscope-cli 0.1.0" ] && pass "dockscope-cli prints 0.1.0" || fail "dockscope-cli --version printed '$out'"
out="$(LD_LIBRARY_PATH='' QT_QPA_PLATFORM=offscreen "$root/usr/bin/dockscope" --version 2>/dev/null)" \
    || fail "dockscope --version exit status $?"
grep -q '0\.1\.0' <<<"$out" && pass "dockscope --version: $out" || fail "dockscope --version printed '$out'"

# A case file made by the unpacked CLI is an SQLite database (needs the QSQLITE plugin of
# libqt6sql6-sqlite, a declared dependency) that matches the *.dscase MIME type.
if "$root/usr/bin/dockscope-cli" --help 2>/dev/null | grep -q '^  case '; then
    work="$root/case-test"
    mkdir -p "$work"
    if LD_LIBRARY_PATH='' "$root/usr/bin/dockscope-cli" case new "$work/test.dscase" \
            --number PKG-1 --examiner "Package Test" >"$work/log" 2>&1 \
        && [ "$(head -c 15 "$work/test.dscase")" = "SQLite format 3" ]; then
        pass "dockscope-cli case new writes an SQLite .dscase"
    else
        fail "dockscope-cli case new: $(cat "$work/log")"
    fi
fi

if [ "$failures" -gt 0 ]; then
    echo "deb-install-test: $failures failure(s)" >&2
    exit 1
fi
echo "deb-install-test: all checks passed ($deb)"
