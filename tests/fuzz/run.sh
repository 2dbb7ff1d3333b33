#!/bin/sh
# Builds the libFuzzer target over the CSV reader (with clang, in build/fuzz, apart from the main build)
# and runs it for SECONDS (default 60). A crash leaves its input in build/fuzz/artifacts/ and fails the
# run: copy that file into tests/fuzz/regressions/ so tst_fuzz_regressions replays it in every test run,
# then fix the reader.
set -eu
seconds=${1:-60}
top=$(cd "$(dirname "$0")/../.." && pwd)
build="$top/build/fuzz"
mkdir -p "$build/corpus" "$build/artifacts"
export CCACHE_BASEDIR="$top" CCACHE_NOHASHDIR=true
CXX=clang++ cmake -S "$top/tests/fuzz" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build "$build" --target fuzz_csv
# The seeds: the sample exports, the hand-made variations and every past crash.
cp "$top"/tests/fuzz/corpus/* "$top"/tests/data/import/*.csv "$build/corpus/"
for f in "$top"/tests/fuzz/regressions/*; do
    case "$f" in *README.md|*'*') ;; *) cp "$f" "$build/corpus/" ;; esac
done
echo "Fuzzing the CSV reader for $seconds s"
"$build/fuzz_csv" -max_total_time="$seconds" -max_len=8192 -timeout=10 -rss_limit_mb=2048 \
    -artifact_prefix="$build/artifacts/" -print_final_stats=1 "$build/corpus"
