# Shared by the packaging tests: named checks, a tally, and a scratch directory removed at exit.
# shellcheck shell=sh
passed=0
failed=0
scratch=$(mktemp -d "${TMPDIR:-/tmp}/lieu-packaging-test.XXXXXX")
trap 'rm -rf "$scratch"' EXIT

# check NAME COMMAND [ARG...]: runs the command, its output kept in $scratch/last.log.
check() {
    name=$1
    shift
    if "$@" >"$scratch/last.log" 2>&1; then
        passed=$((passed + 1))
        echo "PASS: $name"
    else
        failed=$((failed + 1))
        echo "FAIL: $name"
        sed 's/^/    /' "$scratch/last.log" | tail -n 25
    fi
}

# contains FILE TEXT: the file holds the text (a fixed string).
contains() { grep -qF -- "$2" "$1"; }

finish() {
    echo "$passed passed, $failed failed"
    [ "$failed" -eq 0 ]
}
