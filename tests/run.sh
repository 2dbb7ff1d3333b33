#!/bin/sh
# Builds Lieu with the dev preset and runs the whole test suite with CTest.
set -eu
top=$(cd "$(dirname "$0")/.." && pwd)
"$top/packaging/install-deps.sh" --tests
cd "$top"
export CCACHE_BASEDIR="$top" CCACHE_NOHASHDIR=true
cmake --preset dev
cmake --build --preset dev
# The CSV reader under libFuzzer for a fixed time (a separate clang build); a crash fails the run.
sh tests/fuzz/run.sh "${LIEU_FUZZ_SECONDS:-60}"
ctest --preset dev
