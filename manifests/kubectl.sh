#!/usr/bin/env bash
# Unpacks Debian's kubectl (the pinned version, from forky) into .cache/kubectl/<version> for the
# tests' `kubectl kustomize`, and points .cache/kubectl/pinned at it. Never installed: the machine
# image may carry another kubectl on the PATH, and the tests must render with this one.
# Idempotent: a second run only checks the binary is there.
set -euo pipefail

VERSION=1.36.4+ds-1
SUITE=forky
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
CACHE=$ROOT/.cache/kubectl
TARGET=$CACHE/$VERSION

log() { echo "kubectl.sh: $*" >&2; }

if [ -x "$TARGET/usr/bin/kubectl" ]; then
	ln -sfn "$VERSION" "$CACHE/pinned"
	exit 0
fi

# The suite's package list must be known to apt (e2e/runtime/install.sh adds forky, pinned low).
suite_listed() { compgen -G "/var/lib/apt/lists/*_dists_${SUITE}_*Packages*" >/dev/null; }
if ! suite_listed; then
	log "apt does not list $SUITE; run 'make runtime-deps' (it adds the suite) or add it by hand"
	exit 1
fi

WORK=$(mktemp -d "${TMPDIR:-/tmp}/netclaim-kubectl.XXXXXX")
trap 'rm -rf "$WORK"' EXIT
# `download` writes into a directory only root can write here, hence APT::Sandbox::User=root.
if ! (cd "$WORK" && apt-get download -qq -o APT::Sandbox::User=root "kubectl=$VERSION"); then
	log "apt-get download kubectl=$VERSION failed; refreshing package lists and retrying"
	apt-get update -qq
	(cd "$WORK" && apt-get download -qq -o APT::Sandbox::User=root "kubectl=$VERSION")
fi
mkdir -p "$CACHE"
rm -rf "$TARGET.new"
dpkg-deb -x "$WORK"/kubectl_*.deb "$TARGET.new"
mv "$TARGET.new" "$TARGET"
ln -sfn "$VERSION" "$CACHE/pinned"
log "unpacked kubectl $VERSION into $TARGET"
