#!/bin/sh
# Builds Lieu (release) and opens the desktop app on its local SQLite database in the standard data
# location. On first start it offers the demo organisation. Without a display it runs the same start-up
# off screen and saves a picture of the main window, printing where.
set -eu
top=$(cd "$(dirname "$0")/.." && pwd)
"$top/packaging/install-deps.sh"
cd "$top"
cmake --preset release >/dev/null
cmake --build --preset release
exec "$top/build/release/app/lieu" "$@"
