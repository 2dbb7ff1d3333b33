#!/bin/sh
# Builds Lieu-x86_64.AppImage from a release build:
#   1. the release build (cmake --preset release), unless --no-build
#   2. the AppImage runtime (packaging/appimage/runtime, C on squashfuse and libfuse3)
#   3. the AppDir: the normal installation plus the "qtbundle" component (Qt's libraries and
#      plugins, see packaging/linux/deploy-qt.cmake), AppRun, the desktop entry and the icon
#   4. a squashfs image of the AppDir (mksquashfs), appended to the runtime
# Usage: packaging/appimage/build.sh [--no-build] [--build-dir DIR] [--output DIR]
# Needs the packages of packaging/debian/build-deps.txt.
set -eu
top=$(cd "$(dirname "$0")/../.." && pwd)
build_dir="$top/build/release"
out_dir="$top/build/appimage"
do_build=1
while [ $# -gt 0 ]; do
    case $1 in
        --no-build) do_build=0 ;;
        --build-dir) build_dir=$(cd "$2" && pwd); shift ;;
        --output) mkdir -p "$2"; out_dir=$(cd "$2" && pwd); shift ;;
        *) echo "usage: $0 [--no-build] [--build-dir DIR] [--output DIR]" >&2; exit 2 ;;
    esac
    shift
done
arch=$(uname -m)
app_id=org.lieu.Lieu
work="$out_dir/work"
appdir="$work/Lieu.AppDir"
target="$out_dir/Lieu-$arch.AppImage"

if [ "$do_build" = 1 ]; then
    cd "$top"
    cmake --preset release
    cmake --build --preset release
fi
[ -f "$build_dir/CMakeCache.txt" ] || { echo "no build in $build_dir" >&2; exit 1; }

echo "== runtime"
cmake -S "$top/packaging/appimage/runtime" -B "$work/runtime" -G Ninja -DCMAKE_BUILD_TYPE=MinSizeRel >/dev/null
cmake --build "$work/runtime"
runtime="$work/runtime/runtime"

echo "== AppDir"
rm -rf "$appdir"
cmake --install "$build_dir" --prefix "$appdir/usr" --strip >/dev/null
cmake --install "$build_dir" --prefix "$appdir/usr" --component qtbundle
install -m 755 "$top/packaging/appimage/AppRun" "$appdir/AppRun"
install -m 644 "$top/packaging/linux/$app_id.desktop" "$appdir/$app_id.desktop"
install -m 644 "$top/resources/icons/png/lieu-256.png" "$appdir/$app_id.png"
ln -s "$app_id.png" "$appdir/.DirIcon"
# Software centres and AppImage tools read the metadata from the usual place.
mkdir -p "$appdir/usr/share/metainfo"
install -m 644 "$top/packaging/linux/$app_id.metainfo.xml" "$appdir/usr/share/metainfo/$app_id.appdata.xml"
rm -f "$appdir/usr/share/metainfo/$app_id.metainfo.xml"

echo "== image"
rm -f "$work/image.squashfs"
# Fixed times and owners: the same sources make the same image.
mksquashfs "$appdir" "$work/image.squashfs" -root-owned -noappend -no-progress -quiet \
    -comp zstd -mkfs-time 0 -all-time 0 >/dev/null
cat "$runtime" "$work/image.squashfs" > "$target.part"
chmod 755 "$target.part"
mv "$target.part" "$target"
(cd "$out_dir" && sha256sum "$(basename "$target")" > "$(basename "$target").sha256")
echo "$target ($(du -h "$target" | cut -f1))"
