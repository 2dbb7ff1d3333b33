#!/bin/sh
# Runs a command in a private mount namespace in which the host's Qt does not exist: every
# libQt6* file of the system library directory is covered by an empty file and the Qt directory
# (plugins, libexec) by an empty directory. A program that still starts there brings its own Qt.
# Usage: without-host-qt.sh COMMAND [ARG...]   (as root; needs unshare from util-linux)
set -eu
[ $# -gt 0 ] || { echo "usage: $0 COMMAND [ARG...]" >&2; exit 2; }
qtcore=$(ldconfig -p | sed -n 's/.*libQt6Core\.so\.6 (libc6,x86-64) => //p' | head -n 1)
[ -n "$qtcore" ] || { echo "without-host-qt: no host Qt found to hide" >&2; exit 2; }
export LIEU_HOST_QT_LIBDIR
LIEU_HOST_QT_LIBDIR=$(dirname "$(readlink -f "$qtcore")")
exec unshare --mount --propagation private sh -c '
    set -eu
    empty_dir=$(mktemp -d)
    empty_file=$(mktemp)
    for f in "$LIEU_HOST_QT_LIBDIR"/libQt6*; do
        [ -f "$f" ] && [ ! -L "$f" ] && mount --bind "$empty_file" "$f"
    done
    [ -d "$LIEU_HOST_QT_LIBDIR/qt6" ] && mount --bind "$empty_dir" "$LIEU_HOST_QT_LIBDIR/qt6"
    exec "$@"' without-host-qt "$@"
