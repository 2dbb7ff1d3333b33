#!/bin/sh
# Builds Lieu with the dev preset and runs the whole test suite with CTest.
set -eu
top=$(cd "$(dirname "$0")/.." && pwd)
"$top/packaging/install-deps.sh" --tests
cd "$top"
export CCACHE_BASEDIR="$top" CCACHE_NOHASHDIR=true
cmake --preset dev
cmake --build --preset dev
ctest --preset dev
