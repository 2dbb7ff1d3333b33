#!/bin/sh
# Builds Lieu (release) and runs it on its local SQLite database in the standard data location.
set -eu
top=$(cd "$(dirname "$0")/.." && pwd)
"$top/packaging/install-deps.sh"
cd "$top"
cmake --preset release >/dev/null
cmake --build --preset release
exec "$top/packaging/walkthrough.sh" "$top/build/release/app/lieuctl"
