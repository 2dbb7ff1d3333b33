#!/bin/sh
# Tests the AppImage (and the portable tarball, which is made the same way): its format, its
# contents, and that it runs on its own Qt with the host's Qt hidden (without-host-qt.sh).
# Usage: test-appimage.sh APPIMAGE [TARBALL] [HOST_LIEUCTL]   (as root)
# HOST_LIEUCTL, a lieuctl built against the host's Qt, shows that hiding the host's Qt works.
# LIEU_KEEP_SCREENSHOT=FILE keeps the screenshot the desktop program takes from the AppImage.
set -u
here=$(cd "$(dirname "$0")" && pwd)
. "$here/lib.sh"
img=$(readlink -f "$1")
tarball=${2:+$(readlink -f "$2")}
host_lieuctl=${3:-}
hide="$here/without-host-qt.sh"
qtcore=$(ldconfig -p | sed -n 's/.*libQt6Core\.so\.6 (libc6,x86-64) => //p' | head -n 1)
host_qt_dir=$(dirname "$(readlink -f "$qtcore")")
export HOME="$scratch/home" XDG_DATA_HOME="$scratch/home/data" XDG_CONFIG_HOME="$scratch/home/config"
mkdir -p "$HOME"
cd "$scratch"

# --- the file format --------------------------------------------------------------------------------
check "the AppImage is an ELF executable with 'AI' 2 at byte 8 (type 2)" \
    sh -c '[ "$(od -An -tx1 -j0 -N4 "$1" | tr -d " ")" = 7f454c46 ] &&
           [ "$(od -An -tx1 -j8 -N3 "$1" | tr -d " ")" = 414902 ] && [ -x "$1" ]' - "$img"
offset=$("$img" --appimage-offset)
check "a squashfs image starts where the runtime's ELF file ends (offset $offset)" \
    sh -c '[ "$(tail -c +$(($2 + 1)) "$1" | head -c 4)" = hsqs ]' - "$img" "$offset"
check "the runtime needs nothing but the C library" \
    sh -c 'head -c "$2" "$1" > runtime.elf && readelf -d runtime.elf | grep NEEDED > needed.txt;
           cat needed.txt; [ "$(grep -cv "libc\.so\.6" needed.txt)" = 0 ]' - "$img" "$offset"

# --- the contents -----------------------------------------------------------------------------------
check "--appimage-extract writes AppRun, the desktop entry and the icon" \
    sh -c '"$1" --appimage-extract >/dev/null && cd squashfs-root && [ -x AppRun ] &&
           [ -f org.lieu.Lieu.desktop ] && [ -f org.lieu.Lieu.png ] && [ -L .DirIcon ] &&
           [ -f usr/share/metainfo/org.lieu.Lieu.appdata.xml ]' - "$img"
root="$scratch/squashfs-root"
check "the AppImage's desktop entry passes desktop-file-validate" \
    desktop-file-validate "$root/org.lieu.Lieu.desktop"
check "the AppImage's AppStream metadata passes appstreamcli validate" \
    appstreamcli validate --no-net "$root/usr/share/metainfo/org.lieu.Lieu.appdata.xml"
check "the bundle carries libQt6Core, the SQLite and MySQL drivers and a qt.conf" \
    sh -c 'cd "$1/usr" && [ -f lib/libQt6Core.so.6 ] && [ -f plugins/sqldrivers/libqsqlite.so ] &&
           [ -f plugins/sqldrivers/libqsqlmysql.so ] && grep -q "Plugins = plugins" bin/qt.conf' - "$root"
check "... the MariaDB client library and its authentication plugins" \
    sh -c 'cd "$1/usr" && [ -f lib/libmariadb.so.3 ] && ls lib/mariadb-plugins/*.so' - "$root"
check "... the TLS plugins and the OpenSSL they open by name, with and without its version (SMTP over TLS)" \
    sh -c 'cd "$1/usr" && [ -f plugins/tls/libqopensslbackend.so ] && [ -f lib/libssl.so.3 ] && [ -f lib/libcrypto.so.3 ] &&
           [ "$(readlink lib/libssl.so)" = libssl.so.3 ] && [ "$(readlink lib/libcrypto.so)" = libcrypto.so.3 ]' - "$root"
check "... Qt's own translations for the languages Lieu speaks, where qt.conf points" \
    sh -c 'cd "$1/usr" && grep -q "Translations = translations" bin/qt.conf &&
           for l in de es fr nl; do [ -f translations/qtbase_$l.qm ] || { echo "no qtbase_$l.qm"; exit 1; }; done' - "$root"
if [ -x "$root/usr/bin/lieu" ]; then
    check "... with the desktop program: QtKeychain and libsecret, the SVG image and icon plugins, Wayland" \
        sh -c 'cd "$1/usr" && [ -f lib/libqt6keychain.so.1 ] && [ -f lib/libsecret-1.so.0 ] &&
               [ -f plugins/imageformats/libqsvg.so ] && [ -f plugins/iconengines/libqsvgicon.so ] &&
               [ -f lib/libQt6Svg.so.6 ] && ls plugins/platforms/libqwayland-*.so' - "$root"
fi
check "programs, libraries and plugins find the bundle through \$ORIGIN run paths" \
    sh -c 'cd "$1/usr" && readelf -d bin/lieuctl | grep -F "[\$ORIGIN/../lib]" &&
           readelf -d lib/libQt6Core.so.6 | grep -F "[\$ORIGIN]" &&
           readelf -d plugins/sqldrivers/libqsqlite.so | grep -F "[\$ORIGIN/../../lib]"' - "$root"
check "with the host's Qt hidden, every bundled program, library and plugin resolves, Qt from the bundle" \
    "$hide" sh -c '
        cd "$1/usr"
        for f in bin/* lib/*.so* lib/mariadb-plugins/*.so plugins/*/*.so; do
            [ "$(head -c 4 "$f")" = "$(printf "\177ELF")" ] || continue
            ldd "$f" > ldd.out 2>&1 || true
            if grep -q "not found" ldd.out; then echo "$f:"; grep "not found" ldd.out; exit 1; fi
            if grep "libQt6" ldd.out | grep -v "=> $1/usr/"; then echo "$f takes Qt from outside"; exit 1; fi
        done; rm -f ldd.out' - "$root"

# --- running it without the host's Qt ---------------------------------------------------------------
if [ -n "$host_lieuctl" ]; then
    check "(control) a lieuctl built on the host's Qt cannot start once that Qt is hidden" \
        sh -c '! "$1" "$2" --help' - "$hide" "$host_lieuctl"
fi
check "the AppImage's lieuctl creates a database with the host's Qt hidden" \
    "$hide" "$img" lieuctl --db "$scratch/a.db" init
check "the AppImage's lieuctl fills the demo organisation and lists its people" \
    "$hide" sh -c '"$1" lieuctl --db "$2" demo && "$1" lieuctl --db "$2" employee list | grep EMP-0001' \
    - "$img" "$scratch/a.db"
check "the dynamic loader takes libQt6Core and the SQLite driver from the mounted AppImage" \
    "$hide" sh -c 'LD_DEBUG=files "$1" lieuctl --db "$2" employee list 2> ld.log >/dev/null;
        grep -E "calling init: /.*/\.mount_Lieu[^/]*/usr/(bin/\.\./)?lib/libQt6Core\.so\.6" ld.log &&
        grep -E "calling init: /.*/\.mount_Lieu[^/]*/usr/(bin/\.\./)?plugins/sqldrivers/libqsqlite\.so" ld.log &&
        ! grep -F "calling init: $3/libQt6" ld.log' - "$img" "$scratch/a.db" "$host_qt_dir"
check "the AppImage's lieuctl reaches a MySQL/MariaDB address through its own driver and client library \
(a closed port: the client's connection error, not a missing driver)" \
    "$hide" sh -c 'LIEU_DB_PASSWORD=x LD_DEBUG=files LD_DEBUG_OUTPUT="$PWD/ld-mysql" \
            "$1" lieuctl --db mysql://lieu@127.0.0.1:1/lieu employee list 2> mysql.err
        cat mysql.err; grep -q "connect to server on" mysql.err &&
        cat ld-mysql.* > ld-mysql.log && rm -f ld-mysql.[0-9]* &&
        grep -E "calling init: /.*/\.mount_Lieu[^/]*/usr/(bin/\.\./)?plugins/sqldrivers/libqsqlmysql\.so" ld-mysql.log &&
        grep -E "calling init: /.*/\.mount_Lieu[^/]*/usr/.*lib/libmariadb\.so\.3" ld-mysql.log' - "$img"
check "(control) without the bundle's MySQL driver the same address reports the driver missing" \
    "$hide" sh -c 'mv "$1/usr/plugins/sqldrivers/libqsqlmysql.so" mysql-driver.so
        LIEU_DB_PASSWORD=x "$1/usr/bin/lieuctl" --db mysql://lieu@127.0.0.1:1/lieu employee list 2> nodriver.err
        rc=$?; mv mysql-driver.so "$1/usr/plugins/sqldrivers/libqsqlmysql.so"
        cat nodriver.err; [ $rc != 0 ] && grep -q libqt6sql6-mysql nodriver.err' - "$root"

# SMTP over implicit TLS to the mail tests' server (aiosmtpd) with a certificate made here: the
# TLS plugin and OpenSSL must come from the image.
smtp_server="$here/../../tests/mail/smtp_server.py"
# Debian's interpreter, where python3-aiosmtpd installs (a python3 earlier on PATH may lack it).
python=python3
[ -x /usr/bin/python3 ] && python=/usr/bin/python3
if [ -f "$smtp_server" ] && "$python" -c "import aiosmtpd" 2>/dev/null && command -v openssl >/dev/null; then
    mkdir -p smtp
    openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -days 2 -subj /CN=localhost \
        -addext subjectAltName=IP:127.0.0.1 -keyout smtp/key.pem -out smtp/cert.pem 2> smtp/openssl.log
    mkfifo smtp/stdin
    # The server runs while its standard input is open: descriptor 3 holds the fifo open until the end.
    "$python" "$smtp_server" --dir smtp/mail --mode tls --cert smtp/cert.pem --key smtp/key.pem \
        < smtp/stdin > smtp/port.txt 2> smtp/server.log &
    smtp_pid=$!
    exec 3> smtp/stdin
    i=0
    while ! grep -q "^PORT " smtp/port.txt && [ $i -lt 40 ]; do sleep 0.25; i=$((i + 1)); done
    smtp_port=$(sed -n 's/^PORT //p' smtp/port.txt)
    check "the AppImage's lieuctl sends a test e-mail over TLS with the host's Qt hidden" \
        "$hide" sh -c '[ -n "$3" ] || { cat smtp/server.log; exit 1; }
            for kv in smtp_host=127.0.0.1 smtp_port=$3 smtp_security=tls smtp_ca_file=$PWD/smtp/cert.pem \
                      smtp_from=hr@example.org smtp_timeout_seconds=10; do
                "$1" lieuctl --db "$2" settings set "${kv%%=*}" "${kv#*=}" > /dev/null || exit 1
            done
            LD_DEBUG=files LD_DEBUG_OUTPUT="$PWD/ld-tls" "$1" lieuctl --db "$2" mail test someone@example.org &&
            cat ld-tls.* > ld-tls.log && rm -f ld-tls.[0-9]*' - "$img" "$scratch/a.db" "$smtp_port"
    check "... it arrived encrypted, through the TLS plugin and the OpenSSL of the mounted AppImage" \
        sh -c 'grep "\"tls\": true" smtp/mail/msg-0001.json &&
            grep -E "calling init: /.*/\.mount_Lieu[^/]*/usr/(bin/\.\./)?plugins/tls/libqopensslbackend\.so" ld-tls.log &&
            grep -E "calling init: /.*/\.mount_Lieu[^/]*/usr/.*lib/libssl\.so" ld-tls.log &&
            ! grep -E "calling init: /(usr/)?lib/[^ ]*/lib(ssl|crypto)\.so" ld-tls.log'
    exec 3>&-
    kill "$smtp_pid" 2>/dev/null
    wait "$smtp_pid" 2>/dev/null
else
    check "the SMTP over TLS check has its server: python3-aiosmtpd and openssl (packaging/debian/test-deps.txt)" false
fi
# The file system's server unmounts and then removes the directory once the program has gone, so
# both are given a moment (the mount may be gone a little before its directory).
check "the FUSE mount and its directory are gone once the program has exited" \
    sh -c '"$1" lieuctl --help >/dev/null; for i in 1 2 3 4 5 6 7 8 9 10; do
             if ! grep -q "\.mount_Lieu" /proc/mounts && ! ls -d "${TMPDIR:-/tmp}"/.mount_Lieu* >/dev/null 2>&1; then
                 exit 0
             fi
             sleep 0.5; done
           grep "\.mount_Lieu" /proc/mounts; ls -d "${TMPDIR:-/tmp}"/.mount_Lieu*; exit 1' - "$img"
mkdir -p "$scratch/tmp"
check "without FUSE (APPIMAGE_EXTRACT_AND_RUN=1) it runs from a temporary copy and removes it" \
    "$hide" sh -c 'APPIMAGE_EXTRACT_AND_RUN=1 TMPDIR="$2" "$1" lieuctl --db "$3" employee list | grep EMP-0001 &&
        [ -z "$(ls -A "$2")" ]' - "$img" "$scratch/tmp" "$scratch/a.db"
check "the runtime passes the program's exit status on (a usage error is 2)" \
    sh -c '"$1" lieuctl no-such-command; [ $? = 2 ]' - "$img"

# --- the desktop program ---------------------------------------------------------------------------
if [ -x "$root/usr/bin/lieu" ]; then
    check "the desktop program starts offscreen from the AppImage with the host's Qt hidden" \
        "$hide" env QT_QPA_PLATFORM=offscreen "$here/start-and-map.sh" libqoffscreen.so offscreen.maps "$img"
    check "... on the AppImage's own Qt Widgets and offscreen plugin, nothing of the host's Qt" \
        sh -c 'grep -E "/\.mount_Lieu[^/]*/usr/(bin/\.\./)?lib/libQt6Widgets\.so\.6" offscreen.maps &&
               grep -E "/\.mount_Lieu[^/]*/usr/(bin/\.\./)?plugins/platforms/libqoffscreen\.so" offscreen.maps &&
               ! grep -F "$1/libQt6" offscreen.maps' - "$host_qt_dir"
    if env QT_QPA_PLATFORM=offscreen "$img" --help 2>/dev/null | grep -q -- --screenshot; then
        check "lieu --screenshot from the AppImage saves a PNG of the main window with the host's Qt hidden" \
            "$hide" env QT_QPA_PLATFORM=offscreen sh -c 'timeout 120 "$1" --db "$2" --screenshot "$3" && file "$3" | grep -q "PNG image data"' \
            - "$img" "$scratch/shot.db" "$scratch/appimage-screenshot.png"
        [ -z "${LIEU_KEEP_SCREENSHOT:-}" ] || cp "$scratch/appimage-screenshot.png" "$LIEU_KEEP_SCREENSHOT" 2>/dev/null
        # A server's password comes from the keychain before the connection is tried (no dialog with
        # --screenshot): QtKeychain opens libsecret, which must come from the image, and asks the
        # Secret Service of a GNOME keyring in a D-Bus session of the test's own (with-keyring.sh).
        with_keyring="$here/../../tests/connection/with-keyring.sh"
        if [ -f "$with_keyring" ] && command -v gnome-keyring-daemon >/dev/null && command -v dbus-run-session >/dev/null; then
            check "the desktop program asks the keychain for a server's password through the AppImage's QtKeychain \
and libsecret, with the host's Qt hidden" \
                "$hide" sh "$with_keyring" env QT_QPA_PLATFORM=offscreen sh -c '
                    LD_DEBUG=files LD_DEBUG_OUTPUT="$2/ld-keychain" timeout 60 "$1" --db mysql://lieu@127.0.0.1:1/lieu \
                        --screenshot "$2/keychain.png" 2> "$2/keychain.err"
                    cat "$2/keychain.err"; grep -q "connect to server on" "$2/keychain.err" &&
                    cat "$2"/ld-keychain.* > "$2/ld-keychain.log" && rm -f "$2"/ld-keychain.[0-9]* &&
                    grep -E "calling init: /.*/\.mount_Lieu[^/]*/usr/.*lib/libqt6keychain\.so\.1" "$2/ld-keychain.log" &&
                    grep -E "calling init: /.*/\.mount_Lieu[^/]*/usr/.*lib/libsecret-1\.so\.0" "$2/ld-keychain.log" &&
                    ! grep -E "calling init: /(usr/)?lib/[^ ]*/lib(secret-1|gio-2\.0)\.so" "$2/ld-keychain.log"' \
                    - "$img" "$scratch"
        else
            check "the keychain check has its keyring: gnome-keyring and dbus-daemon (packaging/debian/test-deps.txt)" false
        fi
    fi
    if command -v xvfb-run >/dev/null; then
        check "the desktop program starts on an X server (xcb) from the AppImage with the host's Qt hidden" \
            "$hide" env QT_QPA_PLATFORM=xcb xvfb-run -a "$here/start-and-map.sh" libqxcb.so xcb.maps "$img"
        check "... with the AppImage's xcb plugin and libQt6XcbQpa" \
            sh -c 'grep -E "/\.mount_Lieu[^/]*/usr/(bin/\.\./)?plugins/platforms/libqxcb\.so" xcb.maps &&
                   grep -E "/\.mount_Lieu[^/]*/usr/(bin/\.\./)?lib/libQt6XcbQpa\.so\.6" xcb.maps'
    fi
else
    echo "(no desktop program in this AppImage: lieuctl only)"
fi

# --- the portable tarball ---------------------------------------------------------------------------
if [ -n "$tarball" ]; then
    mkdir -p tgz
    check "the portable tarball unpacks into one directory with bin/, lib/ and plugins/" \
        sh -c 'tar -xzf "$1" -C tgz && cd tgz/* && [ -x bin/lieuctl ] && [ -d lib ] && [ -d plugins ]' - "$tarball"
    check "the tarball's lieuctl runs on the tarball's own Qt with the host's Qt hidden" \
        "$hide" sh -c 'cd tgz/*/bin && LD_DEBUG=files ./lieuctl --db "$1" employee list 2> ld.log | grep EMP-0001 &&
            grep -E "calling init: .*/tgz/[^/]+/bin/../lib/libQt6Core\.so\.6" ld.log' - "$scratch/a.db"
fi

finish
