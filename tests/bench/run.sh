#!/bin/sh
# Builds the benchmark, makes the database of EMPLOYEES people and YEARS of history (once: it is kept
# and reused for the same arguments), runs lieu_bench on a copy and prints the table.
#
#   tests/bench/run.sh [--mariadb] [EMPLOYEES [YEARS [SEED]]]      defaults: 10000 3 1
#
# --mariadb: the same on a private MariaDB server started for the run (tests/mariadb-server.sh), through
# the server's owner account; the organisation is generated into it each time and gone when the run ends.
#
# LIEU_BENCH_DIR: where the databases go (default build/bench/data); LIEU_BENCH_TODAY: the generated
# history's last day (default 2026-01-07, so the same arguments give the same database).
set -eu
top=$(cd "$(dirname "$0")/../.." && pwd)
server=""
if [ "${1:-}" = "--mariadb" ]; then
    server=1
    shift
fi
employees=${1:-10000}
years=${2:-3}
seed=${3:-1}
today=${LIEU_BENCH_TODAY:-2026-01-07}
data=${LIEU_BENCH_DIR:-$top/build/bench/data}

cd "$top"
export CCACHE_BASEDIR="$top" CCACHE_NOHASHDIR=true
cmake --preset bench >/dev/null
targets="lieuctl lieu_bench"
if grep -q "qt_add_executable(lieu " app/CMakeLists.txt 2>/dev/null; then
    targets="$targets lieu"
fi
# shellcheck disable=SC2086
cmake --build --preset bench --target $targets >/dev/null
bin=$top/build/bench

if [ -n "$server" ]; then
    . "$top/tests/mariadb-server.sh"
    trap 'mariadb_stop' EXIT
    trap 'mariadb_stop; exit 130' INT TERM
    mariadb_start
    "$bin/app/lieuctl" --db "$LIEU_TEST_DB" init >/dev/null
    "$bin/app/lieuctl" --db "$LIEU_TEST_DB" --today "$today" generate --employees "$employees" --years "$years" --seed "$seed"
    set -- --db "$LIEU_TEST_DB"
    if [ -x "$bin/app/lieu" ]; then
        set -- "$@" --app "$bin/app/lieu"
    fi
    "$bin/tests/bench/lieu_bench" "$@"
    exit 0
fi

mkdir -p "$data"
pristine=$data/lieu-$employees-$years-$seed-$today.sqlite
if [ ! -f "$pristine" ]; then
    rm -f "$pristine.tmp"
    "$bin/app/lieuctl" --db "$pristine.tmp" init >/dev/null
    "$bin/app/lieuctl" --db "$pristine.tmp" --today "$today" generate --employees "$employees" --years "$years" --seed "$seed"
    mv "$pristine.tmp" "$pristine"
fi
"$bin/app/lieuctl" --db "$pristine" init >/dev/null # brings a kept database to this build's schema
work=$data/work.sqlite
rm -f "$work" "$work-wal" "$work-shm"
cp "$pristine" "$work"

set -- --db "$work"
if [ -x "$bin/app/lieu" ]; then
    set -- "$@" --app "$bin/app/lieu"
fi
"$bin/tests/bench/lieu_bench" "$@"
rm -f "$work" "$work-wal" "$work-shm"
