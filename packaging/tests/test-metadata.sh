#!/bin/sh
# Checks the packaging files that need no build: the desktop entry, the AppStream metadata, the
# icons, AppRun, the WiX upgrade code and the CI workflow files. Fast; run by CTest.
set -u
here=$(cd "$(dirname "$0")" && pwd)
top=$(cd "$here/../.." && pwd)
. "$here/lib.sh"
linux="$top/packaging/linux"
icons="$top/resources/icons"
version=$(sed -n 's/^ *VERSION \([0-9][0-9.]*\)$/\1/p' "$top/CMakeLists.txt" | head -n 1)

check "the desktop entry passes desktop-file-validate" desktop-file-validate "$linux/org.lieu.Lieu.desktop"
check "the AppStream metadata passes appstreamcli validate" \
    appstreamcli validate --no-net "$linux/org.lieu.Lieu.metainfo.xml"
check "the newest release in the AppStream metadata is the project's version ($version)" \
    sh -c 'grep -m1 "<release " "$1" | grep -F "version=\"$2\""' - "$linux/org.lieu.Lieu.metainfo.xml" "$version"
check "desktop entry, metadata and icon name agree on the application id" \
    sh -c 'grep -qx "Icon=org.lieu.Lieu" "$1/org.lieu.Lieu.desktop" &&
           grep -q "<id>org.lieu.Lieu</id>" "$1/org.lieu.Lieu.metainfo.xml" &&
           grep -q "<launchable type=\"desktop-id\">org.lieu.Lieu.desktop</launchable>" "$1/org.lieu.Lieu.metainfo.xml"' - "$linux"
check "the SVG icon is well-formed XML" python3 -c 'import sys, xml.dom.minidom; xml.dom.minidom.parse(sys.argv[1])' "$icons/lieu.svg"
check "each PNG icon has its nominal size (16 to 512)" sh -c '
    for s in 16 22 24 32 48 64 128 256 512; do
        file "$1/png/lieu-$s.png" | grep -q "PNG image data, $s x $s," || { file "$1/png/lieu-$s.png"; exit 1; }
    done' - "$icons"
check "the Windows icon holds 16 to 256 pixel images, the macOS icon is an icns" sh -c '
    file "$1/lieu.ico" | grep -q "MS Windows icon resource - 7 icons" && file "$1/lieu.icns" | grep -q "Mac OS X icon"' - "$icons"
check "AppRun and the packaging scripts are valid sh" sh -c '
    for f in "$1"/packaging/appimage/AppRun "$1"/packaging/appimage/build.sh "$1"/packaging/sign.sh "$1"/packaging/tests/*.sh; do
        sh -n "$f" || exit 1; done' - "$top"
check "the WiX upgrade code is one fixed GUID, given to CPack" sh -c '
    grep -Eq "LIEU_WIX_UPGRADE_GUID \"[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}\"" "$1/packaging/CPackSettings.cmake" &&
    grep -q "CPACK_WIX_UPGRADE_GUID \"\${LIEU_WIX_UPGRADE_GUID}\"" "$1/packaging/CPackSettings.cmake"' - "$top"
check "the Windows and macOS workflow files parse as YAML and build the MSI and the DMG" python3 -c '
import sys, yaml
for name, gen in (("windows.yml", "cpack -G WIX"), ("macos.yml", "cpack -G DragNDrop")):
    doc = yaml.safe_load(open(sys.argv[1] + "/.github/workflows/" + name))
    steps = [s for job in doc["jobs"].values() for s in job["steps"]]
    assert any(gen in s.get("run", "") for s in steps), name + ": no " + gen
    # Every signing step must be guarded, so that it is skipped without the secrets.
    for s in steps:
        if s.get("name", "").lower().startswith(("sign", "notari")):
            assert "if" in s, name + ": unguarded step " + s["name"]
' "$top"
finish
