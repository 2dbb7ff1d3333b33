#!/bin/sh
# Builds Lieu with the dev preset and runs the whole test suite with CTest: once on SQLite, then once
# more against a private MariaDB server started here (tests/mariadb-server.sh). The server must start:
# if it cannot, the run fails.
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

. "$top/tests/mariadb-server.sh"
trap 'mariadb_stop' EXIT
trap 'mariadb_stop; exit 130' INT TERM
mariadb_start
echo "The whole suite again, on MariaDB ($LIEU_TEST_DB)"
ctest --preset dev
