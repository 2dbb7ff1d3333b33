#!/bin/sh
# Builds Lieu with AddressSanitizer and UndefinedBehaviorSanitizer (the sanitize preset) and runs the
# whole test suite under them. Any report fails the run: ASan aborts on the first error, UBSan does
# not recover (-fno-sanitize-recover), and LeakSanitizer fails a test that leaks.
set -eu
top=$(cd "$(dirname "$0")/.." && pwd)
"$top/packaging/install-deps.sh" --tests
cd "$top"
export CCACHE_BASEDIR="$top" CCACHE_NOHASHDIR=true
export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1:strict_string_checks=1:detect_stack_use_after_return=1:check_initialization_order=1}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}"
cmake --preset sanitize
cmake --build --preset sanitize
ctest --preset sanitize "$@"
