#!/bin/sh
# Tests packaging/sign.sh: without a key it writes checksums and signs nothing (and succeeds); with a
# throw-away key in a private keyring every signature verifies.
set -u
here=$(cd "$(dirname "$0")" && pwd)
. "$here/lib.sh"
sign="$here/../sign.sh"
mkdir -p "$scratch/dist" "$scratch/gnupg"
chmod 700 "$scratch/gnupg"
export GNUPGHOME="$scratch/gnupg"
cd "$scratch/dist"
printf 'an AppImage\n' > Lieu-x86_64.AppImage
printf 'a package\n' > lieu_0.1.0_amd64.deb

check "without LIEU_GPG_KEY: succeeds, writes SHA256SUMS, signs nothing" \
    sh -c 'env -u LIEU_GPG_KEY "$1" Lieu-x86_64.AppImage lieu_0.1.0_amd64.deb && sha256sum -c SHA256SUMS &&
           ! ls ./*.asc' - "$sign"
check "with a key that is not in the keyring: succeeds and signs nothing" \
    sh -c 'LIEU_GPG_KEY=0123456789ABCDEF "$1" Lieu-x86_64.AppImage lieu_0.1.0_amd64.deb && ! ls ./*.asc' - "$sign"
check "files from different directories are refused" \
    sh -c 'mkdir -p other && touch other/x && ! "$1" Lieu-x86_64.AppImage other/x' - "$sign"
gpg --batch --passphrase '' --quick-gen-key 'Lieu release test <release-test@lieu.invalid>' ed25519 sign never \
    >/dev/null 2>&1
key=$(gpg --batch --list-secret-keys --with-colons 2>/dev/null | awk -F: '/^fpr/ {print $10; exit}')
check "with a key: every file and SHA256SUMS gets a signature that verifies" \
    sh -c 'LIEU_GPG_KEY="$2" "$1" Lieu-x86_64.AppImage lieu_0.1.0_amd64.deb &&
           for f in Lieu-x86_64.AppImage lieu_0.1.0_amd64.deb SHA256SUMS; do gpg --batch --verify "$f.asc" "$f" || exit 1; done' \
    - "$sign" "$key"
check "a changed file no longer verifies" \
    sh -c 'echo tampered >> Lieu-x86_64.AppImage && ! gpg --batch --verify Lieu-x86_64.AppImage.asc Lieu-x86_64.AppImage'
gpgconf --kill all 2>/dev/null || true
finish
