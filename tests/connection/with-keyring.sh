#!/bin/sh
# Runs a test inside its own D-Bus session with a GNOME keyring (Secret Service) of its own, in a
# temporary home, so that the keychain code is exercised for real and nothing touches the user's keyring.
set -eu
home=$(mktemp -d "${TMPDIR:-/tmp}/lieu-keyring.XXXXXX")
trap 'rm -rf "$home"' EXIT
export HOME="$home" XDG_DATA_HOME="$home/data" XDG_CONFIG_HOME="$home/config" LIEU_TEST_KEYRING=1
exec dbus-run-session -- sh -c 'printf "lieu-test" | gnome-keyring-daemon --unlock --components=secrets >/dev/null && exec "$@"' sh "$@"
