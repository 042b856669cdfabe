#!/bin/sh
# The programs as a user gets them, outside the build tree.
#   test_package.sh install BUILD VERSION APP_ID   cmake --install to a fresh, unusual prefix
#   test_package.sh deb BUILD VERSION APP_ID       cpack's .deb: control data, contents, and the
#                                                  programs run from the unpacked package
# Both then run the installed taizhang-cli (--version, new --demo, check, a translated message)
# and start the installed GUI offscreen on the demo ledger, with a HOME of their own, and check
# that settings land in ~/.config/Taizhang and nothing beside the programs.
# Needs the build to be complete (cmake --build); takes CMAKE and CPACK from the environment.
set -eu
mode=$1 build=$2 version=$3 app_id=$4
CMAKE=${CMAKE:-cmake} CPACK=${CPACK:-cpack}

work=$(mktemp -d)
gui=
cleanup() {
    [ -n "$gui" ] && kill "$gui" 2>/dev/null
    rm -rf "$work"
}
trap cleanup EXIT
fail() {
    echo "FAIL: $*" >&2
    exit 1
}

case $mode in
install)
    # A prefix with a space: every installed path must follow the prefix.
    prefix="$work/opt/tai zhang"
    "$CMAKE" --install "$build" --prefix "$prefix" >"$work/install.log" || {
        cat "$work/install.log"
        fail "cmake --install"
    }
    ;;
deb)
    "$CPACK" --config "$build/CPackConfig.cmake" -G DEB -B "$work/out" >"$work/cpack.log" 2>&1 || {
        cat "$work/cpack.log"
        fail "cpack -G DEB"
    }
    deb=$(ls "$work"/out/*.deb)
    [ "$(basename "$deb")" = "taizhang_${version}-1_$(dpkg --print-architecture).deb" ] ||
        fail "package file name $deb"
    dpkg-deb --info "$deb"
    field() { dpkg-deb --field "$deb" "$1"; }
    [ "$(field Package)" = taizhang ] || fail "Package"
    [ "$(field Version)" = "${version}-1" ] || fail "Version $(field Version)"
    [ "$(field Section)" = misc ] || fail "Section"
    field Maintainer | grep -q '@' || fail "Maintainer"
    field Description | grep -q '台账' || fail "Description"
    # Computed by dpkg-shlibdeps from the binaries, plus the plugins named by hand.
    depends=$(field Depends)
    for lib in libc6 libqt6core6 libqt6gui6 libqt6widgets6 libqt6sql6 libqt6sql6-sqlite libqt6svg6 \
               libzip4 libfreexl1; do
        echo "$depends" | tr ',' '\n' | grep -q "^ *$lib[ (]*" || fail "Depends lacks $lib: $depends"
    done
    # Nothing outside /usr; everything owned by root.
    dpkg-deb --contents "$deb" >"$work/contents"
    awk '$6 !~ /^\.\/usr\// && $6 != "./" { bad = 1; print } END { exit bad }' "$work/contents" ||
        fail "files outside /usr"
    awk '$2 != "root/root" { bad = 1; print } END { exit bad }' "$work/contents" || fail "owner not root"
    # The newest changelog entry is this version.
    dpkg-deb --fsys-tarfile "$deb" | tar -xO ./usr/share/doc/taizhang/changelog.Debian.gz | gzip -dc |
        head -n 1 | grep -q "^taizhang (${version}-1) " || fail "changelog.Debian.gz is not for ${version}-1"
    # Every dependency names a real package, satisfied here, where the programs run below.
    printf 'Source: taizhang\n' >"$work/control"
    dpkg-checkbuilddeps -d "$depends" "$work/control" || fail "Depends not satisfiable: $depends"
    root="$work/root"
    if [ "$(id -u)" = 0 ]; then
        # Installed by dpkg into an empty root of its own: the package's data as dpkg checks and
        # records it (the libraries are the host's, hence --force-depends).
        mkdir -p "$root/var/lib/dpkg/info" "$root/var/lib/dpkg/updates"
        : >"$root/var/lib/dpkg/status"
        dpkg --root="$root" --force-depends --force-script-chrootless -i "$deb" >"$work/dpkg.log" 2>&1 || {
            cat "$work/dpkg.log"
            fail "dpkg --root -i"
        }
        dpkg --root="$root" -s taizhang | grep -q '^Status: install ok installed' || fail "dpkg status"
    else
        dpkg-deb -x "$deb" "$root"
    fi
    prefix="$root/usr"
    ;;
*)
    fail "mode $mode"
    ;;
esac

# The files a desktop needs, where it looks for them.
for f in bin/taizhang bin/taizhang-cli \
         "share/applications/$app_id.desktop" "share/metainfo/$app_id.metainfo.xml" \
         share/mime/packages/taizhang.xml \
         share/icons/hicolor/scalable/apps/taizhang.svg \
         share/icons/hicolor/scalable/mimetypes/application-x-taizhang-ledger.svg \
         share/man/man1/taizhang.1.gz share/man/man1/taizhang-cli.1.gz \
         share/doc/taizhang/copyright share/doc/taizhang/changelog.Debian.gz share/doc/taizhang/README.md; do
    [ -f "$prefix/$f" ] || fail "missing $f"
done
for size in 16 22 24 32 48 64 128 256; do
    for icon in apps/taizhang mimetypes/application-x-taizhang-ledger; do
        png="$prefix/share/icons/hicolor/${size}x${size}/$icon.png"
        file -b "$png" | grep -q "PNG image data, $size x $size," || fail "$png is not a $size px PNG"
    done
done
gzip -dc "$prefix/share/man/man1/taizhang-cli.1.gz" | grep -q '^\.TH TAIZHANG-CLI 1' || fail "man page"
grep -q "<release version=\"$version\"" "$prefix/share/metainfo/$app_id.metainfo.xml" ||
    fail "metainfo has no release $version"
if [ "$mode" = install ]; then
    # What the triggers of desktop-file-utils and shared-mime-info do on a desktop: the launcher
    # is registered for the ledger type, and the type compiles into the MIME database.
    update-desktop-database "$prefix/share/applications" || fail "update-desktop-database"
    grep -qx "application/x-taizhang-ledger=$app_id.desktop;" "$prefix/share/applications/mimeinfo.cache" ||
        fail "the launcher does not open ledgers"
    update-mime-database "$prefix/share/mime" 2>/dev/null || fail "update-mime-database"
    grep -q '^application/x-taizhang-ledger$' "$prefix/share/mime/types" || fail "MIME database"
fi
if [ "$mode" = deb ]; then
    # The installed desktop entry and metainfo as a software centre reads them, side by side.
    appstreamcli validate-tree --no-net "$work/root" || fail "appstreamcli validate-tree"
fi

# Programs installed with a path into the build tree would pass here and fail on the user's.
for b in taizhang taizhang-cli; do
    if readelf -d "$prefix/bin/$b" | grep -Eq 'RPATH|RUNPATH'; then
        fail "$b keeps a run path"
    fi
done

# The programs, with nothing of the build tree or the user's own settings at hand.
export HOME="$work/home"
unset XDG_CONFIG_HOME TAIZHANG_LANG DISPLAY WAYLAND_DISPLAY QT_QPA_PLATFORM
export XDG_RUNTIME_DIR="$work/run"
mkdir -p "$HOME" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"
cd "$work"
cli="$prefix/bin/taizhang-cli"
[ "$("$cli" --version)" = "taizhang-cli $version" ] || fail "taizhang-cli --version"
"$cli" --help | grep -q 'taizhang-cli' || fail "taizhang-cli --help"
"$cli" new "$work/demo.tzdb" --demo 20 || fail "taizhang-cli new --demo"
"$cli" check "$work/demo.tzdb" || fail "taizhang-cli check"
# English comes from the translation compiled into the program.
TAIZHANG_LANG=en "$cli" check "$work/demo.tzdb" | grep -q '^Ledger OK' || fail "English translation not found"
# --help and --version of the GUI need no display.
"$prefix/bin/taizhang" --version | grep -q "$version" || fail "taizhang --version without a display"

before=$(ls -A "$prefix/bin")
QT_QPA_PLATFORM=offscreen "$prefix/bin/taizhang" "$work/demo.tzdb" >"$work/gui.log" 2>&1 &
gui=$!
gui_failed() {
    cat "$work/gui.log"
    fail "$1"
}
# Only a ledger that opened is recorded among the recent files: once it is there, the GUI has
# opened the demo ledger (so the SQLite driver plugin was found), and the settings are where
# the platform keeps them. Polled, because a sanitizer build starts several times slower.
conf="$HOME/.config/Taizhang/taizhang.conf"
tries=0
until grep -q 'demo.tzdb' "$conf" 2>/dev/null; do
    kill -0 "$gui" 2>/dev/null || gui_failed "the GUI exited before it opened the ledger"
    tries=$((tries + 1))
    [ "$tries" -le 120 ] || gui_failed "the GUI did not open the ledger within 60 s (settings: $conf)"
    sleep 0.5
done
sleep 2
kill -0 "$gui" 2>/dev/null || gui_failed "the GUI did not stay up"
kill "$gui"
wait "$gui" 2>/dev/null || true
gui=
[ "$(ls -A "$prefix/bin")" = "$before" ] || fail "something was written beside the programs: $(ls -A "$prefix/bin")"

if [ -f "$work/root/var/lib/dpkg/status" ]; then
    # Removing the package takes away every file: the programs added none under /usr.
    dpkg --root="$work/root" --force-script-chrootless -r taizhang >"$work/dpkg.log" 2>&1 || {
        cat "$work/dpkg.log"
        fail "dpkg --root -r"
    }
    left=$(find "$work/root/usr" ! -type d 2>/dev/null || true)
    [ -z "$left" ] || fail "left after removal: $left"
fi
echo "packaging $mode: ok"
