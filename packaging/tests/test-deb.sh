#!/bin/sh
# Tests the .deb: its control data and contents, then installs it with dpkg into a throw-away root
# (an overlay over / in a private mount namespace, so the machine itself is left untouched), runs
# the programs there, and purges it again.
# Usage: test-deb.sh DEB [BUILD_DIR]   (as root; with the build directory the package is checked
# to hold every program that was built)
set -u
here=$(cd "$(dirname "$0")" && pwd)
. "$here/lib.sh"
deb=$(readlink -f "$1")
build_dir=${2:-}
cd "$scratch"
dpkg-deb --field "$deb" > control.txt
dpkg-deb --contents "$deb" | awk '{print $6}' | sed 's|^\./|/|' > contents.txt
gui=0
grep -qx /usr/bin/lieu contents.txt && gui=1

# --- what the package says and holds -----------------------------------------------------------
check "the package is called lieu and has the project's version" \
    sh -c 'grep -qx "Package: lieu" control.txt && grep -q "^Version: [0-9]" control.txt'
check "it depends on the Qt SQL drivers it loads as plugins (SQLite, MySQL/MariaDB)" \
    sh -c 'grep "^Depends:" control.txt | grep -F libqt6sql6-sqlite | grep -F libqt6sql6-mysql'
check "dpkg-shlibdeps found the linked libraries (Qt Core, Qt Sql, Qt Network with the TLS plugins, libsodium)" \
    sh -c 'grep "^Depends:" control.txt | grep -F libqt6core6 | grep -F libqt6sql6 | grep -F libqt6network6 |
           grep -F libsodium23'
check "it recommends the CA certificates (SMTP over TLS) and Qt's own translations" \
    sh -c 'grep "^Recommends:" control.txt | grep -F ca-certificates | grep -F qt6-translations-l10n'
check "it holds lieuctl and the copyright file" \
    sh -c 'grep -qx /usr/bin/lieuctl contents.txt && grep -qx /usr/share/doc/lieu/copyright contents.txt'
if [ $gui = 1 ]; then
    check "with the desktop program: Qt Widgets and the SVG plugins in Depends" \
        sh -c 'grep "^Depends:" control.txt | grep -F libqt6widgets6 | grep -F libqt6svg6'
    check "with the desktop program: QtKeychain and the libsecret it opens at run time in Depends" \
        sh -c 'grep "^Depends:" control.txt | grep -F libqt6keychain1 | grep -F libsecret-1-0'
    check "with the desktop program: desktop entry, AppStream metadata, SVG and PNG icons" \
        sh -c 'for f in /usr/share/applications/org.lieu.Lieu.desktop /usr/share/metainfo/org.lieu.Lieu.metainfo.xml \
                   /usr/share/icons/hicolor/scalable/apps/org.lieu.Lieu.svg; do grep -qx "$f" contents.txt || exit 1; done
               for s in 16 22 24 32 48 64 128 256 512; do
                   grep -qx "/usr/share/icons/hicolor/${s}x$s/apps/org.lieu.Lieu.png" contents.txt || exit 1; done'
    mkdir -p x
    dpkg-deb -x "$deb" x
    check "the installed desktop entry passes desktop-file-validate" \
        desktop-file-validate x/usr/share/applications/org.lieu.Lieu.desktop
    check "the installed AppStream metadata passes appstreamcli validate" \
        appstreamcli validate --no-net x/usr/share/metainfo/org.lieu.Lieu.metainfo.xml
fi
if [ -n "$build_dir" ]; then
    check "every program the build made is in the package" sh -c '
        for p in lieu lieuctl; do
            [ ! -x "$1/app/$p" ] || grep -qx "/usr/bin/$p" contents.txt || { echo "no /usr/bin/$p"; exit 1; }
        done' - "$build_dir"
fi
check "no Qt library travels in the .deb (it uses Debian's Qt)" sh -c '! grep -q "libQt6" contents.txt'

# --- installed for real, in a throw-away root --------------------------------------------------
cp "$deb" lieu.deb
cp "$here/start-and-map.sh" .
cat > inside.sh <<'EOF'
# Runs in the throw-away root as root; /mnt/lieu-test is the test's scratch directory.
set -eu
t=/mnt/lieu-test
export HOME=$t/home XDG_DATA_HOME=$t/home/data XDG_CONFIG_HOME=$t/home/config
mkdir -p "$HOME"
step() { echo "STEP $*"; }
step install; dpkg -i $t/lieu.deb > $t/dpkg.log 2>&1 || { cat $t/dpkg.log; exit 1; }
step installed; [ "$(dpkg-query -W -f='${Status}' lieu)" = "install ok installed" ]
step help; lieuctl --help > $t/help.txt
step init; lieuctl --db $t/t.db init
step demo; lieuctl --db $t/t.db demo
step list; lieuctl --db $t/t.db employee list > $t/list.txt; grep -q EMP-0001 $t/list.txt
# A server address (a closed port) gets as far as the MariaDB client's own connection error.
step mysql; ! LIEU_DB_PASSWORD=x lieuctl --db mysql://lieu@127.0.0.1:1/lieu employee list 2> $t/mysql.txt
grep -q "connect to server on" $t/mysql.txt || { cat $t/mysql.txt; exit 1; }
if [ -x /usr/bin/lieu ]; then
    step offscreen
    QT_QPA_PLATFORM=offscreen sh $t/start-and-map.sh libqoffscreen.so $t/offscreen.maps lieu
    grep -q "/usr/lib/x86_64-linux-gnu/libQt6Widgets.so" $t/offscreen.maps
    if QT_QPA_PLATFORM=offscreen lieu --help 2>/dev/null | grep -q -- --screenshot; then
        step screenshot
        QT_QPA_PLATFORM=offscreen timeout 60 lieu --screenshot $t/shot.png
        [ -s $t/shot.png ]
    fi
fi
step purge; dpkg --purge lieu > $t/dpkg.log 2>&1 || { cat $t/dpkg.log; exit 1; }
step gone; [ ! -e /usr/bin/lieuctl ] && [ ! -e /usr/bin/lieu ] && ! dpkg-query -W lieu 2>/dev/null | grep -q .
step done
EOF

# Whether the machine itself has the package, before and after: the test must not change that.
host_before=$(dpkg-query -W -f='${Status}' lieu 2>/dev/null || true)
cat > chroot.sh <<'EOF'
set -eu
s=$1
mkdir -p "$s/ovl/upper" "$s/ovl/work" "$s/ovl/root"
mount -t overlay overlay -o "lowerdir=/,upperdir=$s/ovl/upper,workdir=$s/ovl/work" "$s/ovl/root"
for d in dev proc sys; do mount --rbind "/$d" "$s/ovl/root/$d"; done
mkdir -p "$s/ovl/root/mnt/lieu-test"
mount --bind "$s" "$s/ovl/root/mnt/lieu-test"
exec chroot "$s/ovl/root" /bin/sh /mnt/lieu-test/inside.sh
EOF
# Can this machine make an overlay over / in a mount namespace? (Not inside every container.)
mkdir -p probe/upper probe/work probe/root
if unshare --mount --propagation private sh -c \
       'mount -t overlay overlay -o "lowerdir=/,upperdir=$1/upper,workdir=$1/work" "$1/root"' - "$scratch/probe" \
       2>/dev/null; then
    check "in a throw-away root: dpkg -i (dependencies met), lieuctl init/demo/list and the MySQL driver, \
the desktop program offscreen if packaged, dpkg --purge leaves nothing" \
        unshare --mount --propagation private sh chroot.sh "$scratch"
    grep "^STEP" "$scratch/last.log" | tr '\n' ' '
    echo
else
    echo "(no overlay root possible here: checking the dependencies with dpkg --dry-run only)"
    check "dpkg -i --dry-run: every dependency is installed" dpkg --dry-run -i "$deb"
fi
host_after=$(dpkg-query -W -f='${Status}' lieu 2>/dev/null || true)
check "the machine's own package state is unchanged by the test" [ "$host_before" = "$host_after" ]

finish
