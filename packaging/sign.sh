#!/bin/sh
# Signs release files for Linux: writes SHA256SUMS for the given files and a detached, ASCII-armoured
# GnuPG signature beside each file and beside SHA256SUMS (FILE.asc).
# The key: LIEU_GPG_KEY (a key id or fingerprint whose secret key is in the keyring; GNUPGHOME
# chooses another keyring). Without LIEU_GPG_KEY, or without that secret key, nothing is signed
# and the script says so and succeeds: unsigned builds stay possible.
# Usage: LIEU_GPG_KEY=KEYID packaging/sign.sh FILE...
# Check:  gpg --verify Lieu-x86_64.AppImage.asc Lieu-x86_64.AppImage
set -eu
[ $# -gt 0 ] || { echo "usage: $0 FILE..." >&2; exit 2; }
dir=$(dirname "$1")
for f in "$@"; do
    [ -f "$f" ] || { echo "sign.sh: no file $f" >&2; exit 2; }
    [ "$(dirname "$f")" = "$dir" ] || { echo "sign.sh: put the files in one directory first" >&2; exit 2; }
done
(cd "$dir" && for f in "$@"; do basename "$f"; done | xargs sha256sum) > "$dir/SHA256SUMS"
if [ -z "${LIEU_GPG_KEY:-}" ]; then
    echo "sign.sh: LIEU_GPG_KEY is not set: wrote SHA256SUMS, signed nothing"
    exit 0
fi
if ! gpg --batch --list-secret-keys "$LIEU_GPG_KEY" >/dev/null 2>&1; then
    echo "sign.sh: no secret key $LIEU_GPG_KEY in the keyring: wrote SHA256SUMS, signed nothing"
    exit 0
fi
for f in "$@" "$dir/SHA256SUMS"; do
    gpg --batch --yes --local-user "$LIEU_GPG_KEY" --armor --detach-sign --output "$f.asc" "$f"
    echo "signed $f"
done
