#!/bin/sh
# Renders the application icon lieu.svg into the PNG sizes the desktops ask for, a Windows .ico and a
# macOS .icns. The results are committed; run this again after changing lieu.svg.
# Needs: librsvg2-bin (rsvg-convert), icoutils (icotool), icnsutils (png2icns).
set -eu
cd "$(dirname "$0")"
mkdir -p png
for size in 16 22 24 32 48 64 128 256 512; do
    rsvg-convert --width "$size" --height "$size" --output "png/lieu-$size.png" lieu.svg
done
icotool --create --output lieu.ico png/lieu-16.png png/lieu-24.png png/lieu-32.png png/lieu-48.png \
    png/lieu-64.png png/lieu-128.png --raw=png/lieu-256.png
png2icns lieu.icns png/lieu-16.png png/lieu-32.png png/lieu-128.png png/lieu-256.png png/lieu-512.png \
    >/dev/null
