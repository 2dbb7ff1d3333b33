#!/bin/sh
# Checks the Windows installer definition as far as Linux can: packaging/windows/wxs.cmake writes a
# WiX source for an installed tree, wixl (msitools) compiles it into an MSI, and msiinfo shows the
# fixed upgrade code, the files, the licence and (with the desktop program) the Start-menu shortcut.
# The tree is the Linux installation with the programs named as on Windows (.exe): the layout is
# what is checked, not Windows binaries. CPack's own WIX run and windeployqt need Windows.
# Usage: test-wxs.sh INSTALLED_TREE
set -u
here=$(cd "$(dirname "$0")" && pwd)
top=$(cd "$here/../.." && pwd)
. "$here/lib.sh"
tree=$(readlink -f "$1")
guid=$(sed -n 's/^set(LIEU_WIX_UPGRADE_GUID "\(.*\)")$/\1/p' "$top/packaging/CPackSettings.cmake")
version=$(sed -n 's/^ *VERSION \([0-9][0-9.]*\)$/\1/p' "$top/CMakeLists.txt" | head -n 1)
cd "$scratch"
cp -a "$tree" stage
for p in stage/bin/lieu stage/bin/lieuctl; do [ -f "$p" ] && mv "$p" "$p.exe"; done
gui=0
[ -f stage/bin/lieu.exe ] && gui=1

check "wxs.cmake writes a WiX source for the installed tree" \
    cmake -DSTAGE="$scratch/stage" -DOUT="$scratch/lieu.wxs" -DVERSION="$version" -DUPGRADE_GUID="$guid" \
          -DICON="$top/resources/icons/lieu.ico" -DLICENSE="$top/LICENSE" -P "$top/packaging/windows/wxs.cmake"
check "wixl compiles it into an MSI" wixl --arch x64 --output lieu.msi lieu.wxs
msiinfo export lieu.msi Upgrade 2>/dev/null | tr -d "\r" > upgrade.txt
msiinfo export lieu.msi Property 2>/dev/null | tr -d "\r" > property.txt
msiinfo export lieu.msi File 2>/dev/null | tr -d "\r" > file.txt
msiinfo export lieu.msi Shortcut 2>/dev/null | tr -d "\r" > shortcut.txt
check "the MSI carries the fixed upgrade code ($guid) for upgrades and against downgrades" \
    sh -c 'grep -c "{$1}" upgrade.txt | grep -qx 2 && grep -q WIX_DOWNGRADE_DETECTED upgrade.txt &&
           grep -qP "^UpgradeCode\t\{$1\}$" property.txt' - "$guid"
check "product name, version and icon are set" \
    sh -c 'grep -qP "^ProductName\tLieu$" property.txt && grep -qP "^ProductVersion\t$1$" property.txt &&
           grep -qP "^ARPPRODUCTICON\tlieu.ico$" property.txt' - "$version"
# A link in the tree (the bundle's unversioned OpenSSL names) goes in as a file like any other.
check "every file of the tree is in the MSI, with lieuctl.exe and the licence" \
    sh -c 'n=$(find stage ! -type d | wc -l); m=$(tail -n +4 file.txt | wc -l);
           echo "tree $n files, MSI $m"; [ "$m" = $((n + 1)) ] &&
           grep -qF "lieuctl.exe" file.txt && grep -qF "LICENSE.rtf" file.txt'
if [ $gui = 1 ]; then
    check "the Start menu gets a Lieu shortcut to lieu.exe" \
        sh -c 'grep -P "\tLieu\t" shortcut.txt | grep -qF "[#lieu.exe]"'
else
    echo "(no desktop program in this tree: no Start-menu shortcut to check)"
fi
finish
