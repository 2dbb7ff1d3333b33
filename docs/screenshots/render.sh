#!/bin/sh
# Renders every page of the app (as the demo's HR manager, supervisor and employee) and the dialogs with
# the demo organisation into PNG files in this folder, on a virtual X display (Xvfb), so the README's
# pictures show the current code. Needs xvfb and xauth (packaging/debian/test-deps.txt).
#
#   sh docs/screenshots/render.sh [build-dir]      (default: build/dev)
set -eu
top=$(cd "$(dirname "$0")/../.." && pwd)
build=${1:-"$top/build/dev"}
out="$top/docs/screenshots"

cmake --build "$build" --target lieu-screens
# A fixed day, locale and screen, so the same code gives the same pictures.
QT_QPA_PLATFORM=xcb QT_SCALE_FACTOR=1 LC_ALL=C.UTF-8 \
    xvfb-run --auto-servernum --server-args="-screen 0 1600x1000x24 -dpi 96" \
    "$build/app/lieu-screens" --today 2026-03-18 --locale en_GB "$out"
