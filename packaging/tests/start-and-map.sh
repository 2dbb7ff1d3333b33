#!/bin/sh
# Starts a desktop program, waits until its memory map shows the given Qt platform plugin, checks
# that it is still running two seconds later, copies the map to OUT and stops the program.
# Fails if the program exits first or the plugin does not appear within 30 seconds.
# Usage: start-and-map.sh PLUGIN OUT COMMAND [ARG...]
plugin=$1 out=$2
shift 2
"$@" > "$out.log" 2>&1 &
pid=$!
i=0
while [ $i -lt 60 ]; do
    if ! kill -0 "$pid" 2>/dev/null; then echo "exited early:"; cat "$out.log"; exit 1; fi
    if grep -q "$plugin" "/proc/$pid/maps" 2>/dev/null; then
        sleep 2
        kill -0 "$pid" 2>/dev/null || { echo "exited after loading $plugin:"; cat "$out.log"; exit 1; }
        cp "/proc/$pid/maps" "$out"
        kill "$pid"
        wait "$pid"
        exit 0
    fi
    sleep 0.5
    i=$((i + 1))
done
echo "no $plugin after 30 s:"
cat "$out.log"
kill "$pid"
exit 1
