#!/bin/sh
# Builds every Linux package from a release build (the .deb and the portable tarball with CPack, the
# AppImage with appimage/build.sh) and tests them: packaging/tests/test-*.sh. As root (the tests use
# mount namespaces, an overlay root and FUSE). A few minutes with a warm compiler cache.
# Usage: packaging/tests/run.sh [--no-build]   (--no-build: use the packages already built)
set -eu
here=$(cd "$(dirname "$0")" && pwd)
top=$(cd "$here/../.." && pwd)
build="$top/build/release"
if [ "${1:-}" != --no-build ]; then
    "$top/packaging/install-deps.sh" --tests
    export CCACHE_BASEDIR="$top" CCACHE_NOHASHDIR=true
    cd "$top"
    cmake --preset release >/dev/null
    cmake --build --preset release
    (cd "$build" && rm -f ./*.deb ./*.tar.gz ./*.sha256 && cpack)
    "$top/packaging/appimage/build.sh" --no-build
fi
deb=$(ls "$build"/lieu_*.deb)
tarball=$(ls "$build"/Lieu-*-linux-*.tar.gz)
appimage=$(ls "$top"/build/appimage/Lieu-*.AppImage)

passed=0
failed=0
for t in "metadata" "deb $deb $build" "appimage $appimage $tarball $build/app/lieuctl" \
         "wxs $top/build/appimage/work/Lieu.AppDir/usr" "sign"; do
    name=${t%% *}
    args=${t#"$name"}
    echo "== test-$name.sh"
    # shellcheck disable=SC2086
    sh "$here/test-$name.sh" $args | tee "$build/test-$name.log" || true
    line=$(tail -n 1 "$build/test-$name.log")
    p=$(echo "$line" | sed -n 's/^\([0-9]*\) passed, \([0-9]*\) failed$/\1/p')
    f=$(echo "$line" | sed -n 's/^\([0-9]*\) passed, \([0-9]*\) failed$/\2/p')
    [ -n "$p" ] || { p=0; f=$((f + 1)); echo "test-$name.sh ended without a tally"; }
    passed=$((passed + p))
    failed=$((failed + ${f:-1}))
done
echo "packaging: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
