#!/usr/bin/env bash
# Installs what the e2e tests need to drive real containerd on a Debian bookworm
# machine: runc, CNI plugins and containerd 1.7 from apt, containerd 2.1 unpacked
# beside it, the CRI api.proto, and a self-built pause image. Idempotent: a second
# run only compares a fingerprint and checks that the files are still there.
# Writes $PREFIX/runtime.json, which e2e/runtime/installation.ts reads.
set -euo pipefail

PREFIX=${NETCLAIM_E2E_PREFIX:-/opt/netclaim-e2e}
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
MANIFEST=$PREFIX/runtime.json
PAUSE_IMAGE_REF=netclaim.local/e2e/pause:1
APT_SOURCES=/etc/apt/sources.list.d/netclaim-e2e.sources
APT_PINS=/etc/apt/preferences.d/netclaim-e2e
# trixie carries containerd 1.7, forky 2.1; bookworm's runc is used because trixie's
# needs a newer libc and would drag a large upgrade.
CONTAINERD_17_SUITE=trixie
CONTAINERD_21_SUITE=forky
CRI_API_SUITE=trixie
BOOKWORM_PACKAGES=(runc containernetworking-plugins iproute2 gcc libc6-dev)
CNI_PLUGINS=(bridge host-local loopback host-device)
CRI_PROTO_IN_PACKAGE=usr/share/gocode/src/k8s.io/cri-api/pkg/apis/runtime/v1/api.proto

log() { echo "install.sh: $*" >&2; }

if [ "$(id -u)" -ne 0 ]; then
	log "not root: nothing installed; the e2e runtime tests skip without root"
	exit 0
fi

fingerprint() {
	cat "$HERE/install.sh" "$HERE/pause.c" | sha256sum | cut -d' ' -f1
}

required_files() {
	echo /usr/bin/containerd /usr/bin/ctr /usr/sbin/runc /usr/sbin/ip
	echo "$PREFIX/containerd-2.1/usr/bin/containerd" "$PREFIX/containerd-2.1/usr/bin/ctr"
	echo "$PREFIX/containerd-2.1/usr/bin/containerd-shim-runc-v2"
	echo "$PREFIX/cri-api/api.proto" "$PREFIX/pause/pause-oci.tar"
	for plugin in "${CNI_PLUGINS[@]}"; do echo "/usr/lib/cni/$plugin"; done
}

already_installed() {
	[ -f "$MANIFEST" ] || return 1
	grep -q "\"fingerprint\": \"$(fingerprint)\"" "$MANIFEST" || return 1
	local file
	for file in $(required_files); do [ -e "$file" ] || return 1; done
}

if already_installed; then
	log "already installed ($MANIFEST)"
	exit 0
fi

export DEBIAN_FRONTEND=noninteractive
WORK=$(mktemp -d /tmp/netclaim-e2e-install.XXXXXX)
POLICY_RC=/usr/sbin/policy-rc.d
created_policy_rc=false
cleanup() {
	rm -rf "$WORK"
	if $created_policy_rc; then rm -f "$POLICY_RC"; fi
}
trap cleanup EXIT

write_if_changed() {
	local path=$1 content=$2
	if [ ! -f "$path" ] || [ "$(cat "$path")" != "$content" ]; then
		printf '%s\n' "$content" >"$path"
		return 0
	fi
	return 1
}

configure_apt_suites() {
	local sources_changed=false
	write_if_changed "$APT_SOURCES" "Types: deb
URIs: http://deb.debian.org/debian
Suites: $CONTAINERD_17_SUITE $CONTAINERD_21_SUITE
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg" && sources_changed=true
	# Priority 100: packages from these suites are only taken when named explicitly.
	write_if_changed "$APT_PINS" "Package: *
Pin: release n=$CONTAINERD_17_SUITE
Pin-Priority: 100

Package: *
Pin: release n=$CONTAINERD_21_SUITE
Pin-Priority: 100" || true
	local suite
	for suite in $CONTAINERD_17_SUITE $CONTAINERD_21_SUITE; do
		compgen -G "/var/lib/apt/lists/*_dists_${suite}_*Packages*" >/dev/null || sources_changed=true
	done
	if $sources_changed; then
		log "apt-get update"
		apt-get update -qq
	fi
}

# `download` writes into a root-only temp dir, hence APT::Sandbox::User=root there.
# Package lists can be stale (the mirror dropped a version): refresh once and retry.
apt_get_with_refresh() {
	if ! apt-get "$@"; then
		log "apt-get $1 failed; refreshing package lists and retrying"
		apt-get update -qq
		apt-get "$@"
	fi
}

install_packages() {
	# No package may start a containerd behind the harness's back (matters on hosts with an init system).
	if [ ! -e "$POLICY_RC" ]; then
		printf '#!/bin/sh\nexit 101\n' >"$POLICY_RC"
		chmod 755 "$POLICY_RC"
		created_policy_rc=true
	fi
	apt_get_with_refresh install -y -qq --no-install-recommends \
		"${BOOKWORM_PACKAGES[@]}" "containerd/$CONTAINERD_17_SUITE"
}

extract_package() {
	local package_spec=$1 target=$2 download_dir
	download_dir=$(mktemp -d "$WORK/download.XXXXXX")
	(cd "$download_dir" && apt_get_with_refresh download -qq -o APT::Sandbox::User=root "$package_spec")
	rm -rf "$target.new"
	mkdir -p "$target.new"
	dpkg-deb -x "$download_dir"/*.deb "$target.new"
	rm -rf "$target"
	mv "$target.new" "$target"
}

require_version() {
	local binary=$1 expected=$2 reported
	reported=$("$binary" --version)
	if [[ "$reported" != *" v$expected."* && "$reported" != *" $expected."* ]]; then
		log "$binary reports '$reported', expected $expected.x"
		exit 1
	fi
}

install_containerd_21() {
	extract_package "containerd/$CONTAINERD_21_SUITE" "$PREFIX/containerd-2.1"
}

install_cri_proto() {
	local unpacked=$WORK/cri-api
	mkdir -p "$unpacked" "$PREFIX/cri-api"
	(cd "$WORK" && apt_get_with_refresh download -qq -o APT::Sandbox::User=root "golang-github-kubernetes-cri-api-dev/$CRI_API_SUITE")
	dpkg-deb -x "$WORK"/golang-github-kubernetes-cri-api-dev_*.deb "$unpacked"
	cp "$unpacked/$CRI_PROTO_IN_PACKAGE" "$PREFIX/cri-api/api.proto"
}

sha256_of() { sha256sum "$1" | cut -d' ' -f1; }
size_of() { stat -c %s "$1"; }

# Moves a file into the layout's blob store and prints its digest.
add_blob() {
	local file=$1 layout=$2 digest
	digest=$(sha256_of "$file")
	mv "$file" "$layout/blobs/sha256/$digest"
	echo "$digest"
}

# An OCI image layout built by hand: one uncompressed layer holding /pause.
build_pause_image() {
	local build=$WORK/pause layout=$WORK/pause/layout
	mkdir -p "$build/rootfs" "$layout/blobs/sha256" "$PREFIX/pause"
	gcc -Os -static -Wall -Wextra -Werror -o "$build/rootfs/pause" "$HERE/pause.c"
	strip "$build/rootfs/pause"
	tar --sort=name --mtime=@0 --owner=0 --group=0 --numeric-owner \
		-C "$build/rootfs" -cf "$build/layer.tar" pause
	local layer_size layer_digest config_size config_digest manifest_size manifest_digest
	layer_size=$(size_of "$build/layer.tar")
	layer_digest=$(add_blob "$build/layer.tar" "$layout")

	printf '{"architecture":"amd64","os":"linux","config":{"Entrypoint":["/pause"],"WorkingDir":"/"},"rootfs":{"type":"layers","diff_ids":["sha256:%s"]}}' \
		"$layer_digest" >"$build/config.json"
	config_size=$(size_of "$build/config.json")
	config_digest=$(add_blob "$build/config.json" "$layout")

	printf '{"schemaVersion":2,"mediaType":"application/vnd.oci.image.manifest.v1+json","config":{"mediaType":"application/vnd.oci.image.config.v1+json","digest":"sha256:%s","size":%s},"layers":[{"mediaType":"application/vnd.oci.image.layer.v1.tar","digest":"sha256:%s","size":%s}]}' \
		"$config_digest" "$config_size" "$layer_digest" "$layer_size" >"$build/manifest.json"
	manifest_size=$(size_of "$build/manifest.json")
	manifest_digest=$(add_blob "$build/manifest.json" "$layout")

	printf '{"schemaVersion":2,"manifests":[{"mediaType":"application/vnd.oci.image.manifest.v1+json","digest":"sha256:%s","size":%s,"platform":{"architecture":"amd64","os":"linux"},"annotations":{"io.containerd.image.name":"%s"}}]}' \
		"$manifest_digest" "$manifest_size" "$PAUSE_IMAGE_REF" >"$layout/index.json"
	printf '{"imageLayoutVersion":"1.0.0"}' >"$layout/oci-layout"
	tar --sort=name --mtime=@0 --owner=0 --group=0 --numeric-owner \
		-C "$layout" -cf "$PREFIX/pause/pause-oci.tar.new" oci-layout index.json blobs
	mv "$PREFIX/pause/pause-oci.tar.new" "$PREFIX/pause/pause-oci.tar"
}

write_manifest() {
	local version_17 version_21
	version_17=$(/usr/bin/containerd --version | awk '{print $3}')
	version_21=$("$PREFIX/containerd-2.1/usr/bin/containerd" --version | awk '{print $3}')
	cat >"$MANIFEST.new" <<EOF
{
  "fingerprint": "$(fingerprint)",
  "runc": "/usr/sbin/runc",
  "cniBinDir": "/usr/lib/cni",
  "criProto": "$PREFIX/cri-api/api.proto",
  "pauseImage": { "ref": "$PAUSE_IMAGE_REF", "ociTarball": "$PREFIX/pause/pause-oci.tar" },
  "containerd": {
    "1.7": { "version": "$version_17", "binDir": "/usr/bin" },
    "2.1": { "version": "$version_21", "binDir": "$PREFIX/containerd-2.1/usr/bin" }
  }
}
EOF
	mv "$MANIFEST.new" "$MANIFEST"
}

mkdir -p "$PREFIX"
configure_apt_suites
install_packages
require_version /usr/bin/containerd 1.7
install_containerd_21
require_version "$PREFIX/containerd-2.1/usr/bin/containerd" 2.1
install_cri_proto
build_pause_image
write_manifest
log "installed ($MANIFEST)"
