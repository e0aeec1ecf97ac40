#!/usr/bin/env bash
# make test-kernel: the kernel lane. Boots Debian's stock 6.12 kernel under qemu (TCG: no KVM on
# the CI machine) on the host's root filesystem and runs the suites that need kernel features this
# host lacks (dummy, 8021q, ipvlan, netdevsim with SR-IOV, rdma_rxe) as root inside. The guest's
# test output streams back over virtio-serial; jest's results land in build/kernel-lane/, where
# .ci/summary.mjs counts them. A guest that does not finish in time is killed and reported, with
# the tail of its console, as a failure.
set -uo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
CHECKOUT=$(cd "$HERE/../.." && pwd)
OUT=$CHECKOUT/build/kernel-lane
TIMEOUT=${NETCLAIM_LANE_TIMEOUT:-480}
# Every netops suite, the inventory's, which publish what netops discovers, and the attachment
# record's crash recovery of a VF (netdevsim).
SUITES=(${NETCLAIM_LANE_SUITES:-netops plugin/inventory plugin/apis/attachment-crash.test.ts})
MODULES=(dummy 8021q ipvlan netdevsim rdma_rxe ib_uverbs rdma_ucm)
INITRAMFS_MODULES=(netfs 9pnet 9pnet_virtio 9p overlay)

log() { echo "kernel lane: $*"; }

started=$(date +%s)
rm -rf "$OUT"
mkdir -p "$OUT"
if [ "$(id -u)" -ne 0 ]; then
	# Like the e2e runtime tests: without root nothing is installed and nothing runs (CI is root).
	log "skipped: needs root (it installs packages, and the guest runs the kernel tests as root)"
	exit 0
fi

prepared=$(bash "$HERE/prepare.sh" | tail -n1)
if [ -z "$prepared" ] || [ ! -f "$prepared/lane.env" ]; then
	log "preparing the kernel failed (see above): no tests ran"
	exit 1
fi
# shellcheck source=/dev/null
. "$prepared/lane.env"
log "kernel $RELEASE (Debian $VERSION) from $prepared, prepared in $(($(date +%s) - started)) s"

RUN=$(mktemp -d /tmp/netclaim-lane.XXXXXX)
qemu_pid=
cleanup() {
	[ -n "$qemu_pid" ] && kill "$qemu_pid" 2>/dev/null
	rm -rf "$RUN"
}
trap cleanup EXIT

# The initramfs: static busybox, /init, and what it needs to mount 9p and overlayfs (the package's
# modules are xz-compressed; busybox insmod takes them plain).
build_initramfs() {
	local stage=$RUN/initramfs module file
	mkdir -p "$stage/bin" "$stage/dev" "$stage/modules" "$stage/proc" "$stage/sys"
	cp /bin/busybox "$stage/bin/busybox"
	cp "$HERE/init" "$stage/init"
	mknod "$stage/dev/console" c 5 1
	for module in "${INITRAMFS_MODULES[@]}"; do
		file=$(find "$prepared/modules/kernel" -name "$module.ko.xz" | head -n1)
		[ -n "$file" ] || { log "module $module missing from $prepared"; return 1; }
		xz -dc "$file" >"$stage/modules/$module.ko"
	done
	(cd "$stage" && find . | busybox cpio -o -H newc 2>/dev/null | gzip -1 >"$RUN/initramfs.gz")
}

if ! build_initramfs; then
	log "building the initramfs failed: no tests ran"
	exit 1
fi
printf '%s\n' "${MODULES[@]}" >"$OUT/modules"
echo "${SUITES[*]}" >"$OUT/suites"

# Guest output through a FIFO read by cat: a chardev pointed at the caller's stdout gets truncated.
mkfifo "$RUN/out"
tee "$OUT/output.log" <"$RUN/out" &
reader_pid=$!

booted=$(date +%s)
timeout --kill-after=10 "$TIMEOUT" qemu-system-x86_64 \
	-accel tcg -cpu max -m 3G -smp 2 \
	-nodefaults -display none -monitor none -no-reboot -bios /usr/share/qemu/qboot.rom \
	-kernel "$prepared/vmlinuz" -initrd "$RUN/initramfs.gz" \
	-append "console=ttyS0 panic=-1 quiet loglevel=4 rdinit=/init mitigations=off netclaim.checkout=$CHECKOUT" \
	-chardev file,id=console,path="$RUN/console.log" -serial chardev:console \
	-fsdev local,id=hostroot,path=/,security_model=none,readonly=on,multidevs=remap \
	-device virtio-9p-pci,fsdev=hostroot,mount_tag=hostroot \
	-fsdev local,id=checkout,path="$CHECKOUT",security_model=none,multidevs=remap \
	-device virtio-9p-pci,fsdev=checkout,mount_tag=checkout \
	-fsdev local,id=modules,path="$prepared/modules",security_model=none,readonly=on \
	-device virtio-9p-pci,fsdev=modules,mount_tag=modules \
	-device virtio-serial-pci -chardev file,id=out,path="$RUN/out" \
	-device virtserialport,chardev=out,name=netclaim.out \
	</dev/null &
qemu_pid=$!
wait "$qemu_pid"
qemu_status=$?
qemu_pid=
wait "$reader_pid"
elapsed=$(($(date +%s) - booted))

status=$(cat "$OUT/status" 2>/dev/null)
if [ "$qemu_status" -eq 124 ] || [ "$qemu_status" -eq 137 ]; then
	log "FAILED: the guest did not finish within ${TIMEOUT} s and was killed; its console's last lines:"
elif [ -z "$status" ]; then
	log "FAILED: the guest stopped (qemu exit $qemu_status) without a test status; its console's last lines:"
fi
if [ -z "$status" ]; then
	tail -n 40 "$RUN/console.log" | sed 's/^/  console: /'
	exit 1
fi
log "guest ran ${SUITES[*]} in $elapsed s (lane total $(($(date +%s) - started)) s); jest exited with $status"
exit "$status"
