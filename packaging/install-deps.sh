#!/bin/sh
# Installs the Debian 12 packages Lieu needs: build dependencies, and with --tests the test ones too.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
lists="$here/debian/build-deps.txt"
[ "${1:-}" = "--tests" ] && lists="$lists $here/debian/test-deps.txt"
pkgs=$(cat $lists | sed 's/#.*//' | tr -s ' \n' ' ')
missing=""
for p in $pkgs; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
done
if [ -n "$missing" ]; then
    echo "Installing:$missing"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    # shellcheck disable=SC2086
    apt-get install -y -qq --no-install-recommends $missing
fi
