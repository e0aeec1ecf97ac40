#!/usr/bin/env bash
# Prepares the kernel lane on a Debian bookworm host: the host packages it runs with (qemu, busybox,
# kmod, xz, gcc-12), Debian's stock 6.12 kernel unpacked into a cache (never installed as the host's
# kernel: nothing goes to /boot or /lib/modules), and netdevsim, which no Debian kernel ships, built
# from linux-source-6.12 against the matching headers. The cache is keyed by the Debian version, so a
# second run checks a stamp and is done. The last line on stdout is the prepared directory; the rest
# of what it says goes to stderr.
set -euo pipefail

CACHE=${NETCLAIM_LANE_CACHE:-/var/cache/netclaim-lane}
# bookworm-security's 6.12 is built with gcc-12, like the host, so out-of-tree modules build here;
# trixie's 6.12 needs gcc-14, which bookworm lacks.
SUITE=bookworm-security
# NETCLAIM_LANE_PIN tries another version (the fallback to the newest applies to it too).
PINNED_VERSION=${NETCLAIM_LANE_PIN:-6.12.117-1~deb12u1}
FLAVOUR=amd64
HOST_PACKAGES=(qemu-system-x86 busybox-static kmod xz-utils gcc-12 make)
# Bump when what this script leaves in a version's directory changes, so old caches are rebuilt.
LAYOUT=1

log() { echo "kernel lane: $*" >&2; }

export DEBIAN_FRONTEND=noninteractive

install_host_packages() {
	command -v qemu-system-x86_64 >/dev/null && [ -x /bin/busybox ] && command -v depmod >/dev/null \
		&& command -v xz >/dev/null && command -v gcc-12 >/dev/null && command -v make >/dev/null \
		&& [ -f /usr/share/qemu/qboot.rom ] && return 0
	log "installing ${HOST_PACKAGES[*]}"
	apt-get install -y -qq --no-install-recommends "${HOST_PACKAGES[@]}" >&2 \
		|| { apt-get update -qq >&2 && apt-get install -y -qq --no-install-recommends "${HOST_PACKAGES[@]}" >&2; }
}

# Versions of linux-source-6.12 the package lists offer from $SUITE, newest first.
suite_versions() {
	apt-cache madison linux-source-6.12 | awk -F'|' -v suite=" $SUITE/" 'index($3, suite) { gsub(/ /, "", $2); print $2 }' | sort -Vru
}

# The Debian version to use: the pinned one while the mirror has it, else the newest 6.12 of the suite.
resolve_version() {
	local versions
	versions=$(suite_versions)
	if grep -qxF "$PINNED_VERSION" <<<"$versions"; then
		echo "$PINNED_VERSION"
		return 0
	fi
	local newest
	newest=$(head -n1 <<<"$versions")
	if [ -z "$newest" ]; then
		log "no linux-source-6.12 in $SUITE's package lists"
		return 1
	fi
	log "pinned kernel $PINNED_VERSION is gone from $SUITE; using the newest 6.12 there: $newest"
	echo "$newest"
}

# 6.12.117-1~deb12u1 -> 6.12.117+deb12 (the ABI name in the package and module directory names)
abi_of() {
	local version=$1
	echo "${version%%-*}+deb12"
}

packages_of() {
	local version=$1 abi
	abi=$(abi_of "$version")
	echo "linux-image-$abi-$FLAVOUR-unsigned=$version" "linux-headers-$abi-$FLAVOUR=$version" \
		"linux-headers-$abi-common=$version" "linux-kbuild-$abi=$version" "linux-source-6.12=$version"
}

download() {
	local dir=$1 version=$2
	# shellcheck disable=SC2046
	(cd "$dir" && apt-get download -qq -o APT::Sandbox::User=root $(packages_of "$version") >&2)
}

# Unpacks the kernel, builds netdevsim and indexes the modules into $target.
build_kernel_dir() {
	local version=$1 target=$2 work
	local abi release
	abi=$(abi_of "$version")
	release="$abi-$FLAVOUR"
	# A fixed place, emptied first: a build killed halfway leaves at most one such directory behind.
	work=$CACHE/work-$version
	rm -rf "$work"
	mkdir -p "$work/debs" "$work/root" "$work/src"
	download "$work/debs" "$version"
	local deb
	for deb in "$work"/debs/linux-{image,headers,kbuild}*.deb; do dpkg-deb -x "$deb" "$work/root"; done
	local headers=$work/root/usr/src/linux-headers-$release
	# The headers' Makefile includes its -common half by an absolute path; point it at the unpacked one.
	sed -i "s#^include /usr/src/#include $work/root/usr/src/#" "$headers/Makefile"
	log "building netdevsim from linux-source-6.12 $version"
	dpkg-deb --fsys-tarfile "$work"/debs/linux-source-6.12_*.deb | tar -x -C "$work/src" --wildcards '*/linux-source-6.12.tar.xz'
	xz -dc -T2 "$work"/src/usr/src/linux-source-6.12.tar.xz | tar -x -C "$work/src" linux-source-6.12/drivers/net/netdevsim
	local netdevsim=$work/src/linux-source-6.12/drivers/net/netdevsim
	make -s -j2 -C "$headers" M="$netdevsim" CC=gcc-12 CONFIG_NETDEVSIM=m CONFIG_DEBUG_INFO_BTF_MODULES= modules >&2
	local modules=$work/root/lib/modules/$release
	mkdir -p "$modules/updates"
	strip --strip-debug -o "$modules/updates/netdevsim.ko" "$netdevsim/netdevsim.ko"
	rm -f "$modules/build" "$modules/source"
	depmod -b "$work/root" "$release"
	rm -rf "$target"
	mkdir -p "$target"
	mv "$work/root/boot/vmlinuz-$release" "$target/vmlinuz"
	mv "$modules" "$target/modules"
	printf 'VERSION=%s\nRELEASE=%s\nLAYOUT=%s\n' "$version" "$release" "$LAYOUT" >"$target/lane.env"
	rm -rf "$work"
}

# A version already prepared with this layout needs nothing from the network.
cached_dir() {
	local version=$1
	grep -qx "LAYOUT=$LAYOUT" "$CACHE/$version/lane.env" 2>/dev/null && echo "$CACHE/$version"
}

main() {
	mkdir -p "$CACHE"
	install_host_packages
	if cached_dir "$PINNED_VERSION"; then return 0; fi
	local version
	version=$(resolve_version) || { apt-get update -qq >&2; version=$(resolve_version); }
	if cached_dir "$version"; then return 0; fi
	log "preparing kernel $version (downloaded and unpacked into $CACHE/$version)"
	# In the background so that errexit holds inside (bash ignores it in an `if` condition).
	build_kernel_dir "$version" "$CACHE/$version.new" &
	if ! wait $!; then
		# The lists may name a version the mirror already dropped: refresh once and resolve again.
		log "preparing $version failed; refreshing package lists and resolving again"
		apt-get update -qq >&2
		version=$(resolve_version)
		build_kernel_dir "$version" "$CACHE/$version.new"
	fi
	rm -rf "${CACHE:?}/$version"
	mv "$CACHE/$version.new" "$CACHE/$version"
	echo "$CACHE/$version"
}

main
