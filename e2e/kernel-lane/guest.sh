#!/bin/bash
# PID 1 of the lane guest, on the host's root (read-only, overlaid) with the checkout mounted
# read-write: loads the modules the kernel tests need, runs the lane's jest suites as root, and
# sends their output to the host over virtio-serial (the emulated serial console is too slow for
# it). The exit status goes to the checkout's build/kernel-lane/status; then the VM powers off.
set -u
checkout=$1
out=$checkout/build/kernel-lane
export PATH=$checkout/node_modules/.bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin
export HOME=/root CI=true LANG=C.UTF-8 FORCE_COLOR=0
# Tests that measure speed (an egress rate with real traffic) skip here: the CPU is emulated.
export NETCLAIM_KERNEL_LANE=1

mount -t proc proc /proc
mount -t sysfs sys /sys
mount -t devtmpfs dev /dev
mkdir -p /dev/pts /dev/shm
mount -t devpts devpts /dev/pts
mount -t cgroup2 cgroup2 /sys/fs/cgroup

# Milestones also go to the console, so a hung guest's console tail says how far it got.
say() { echo "kernel lane guest: $*"; echo "kernel lane guest: $*" >/dev/console; }

stop() {
	sync
	busybox poweroff -f
	echo o >/proc/sysrq-trigger
}

port=
for name in /sys/class/virtio-ports/*/name; do
	[ "$(cat "$name")" = netclaim.out ] && port=/dev/$(basename "$(dirname "$name")")
done
if [ -z "$port" ]; then
	echo "kernel lane guest: no virtio port named netclaim.out" >/dev/console
	stop
fi
exec >"$port" 2>&1

say "kernel $(uname -r), $(nproc) CPUs, $(awk '/MemTotal/ {print $2 " kB"}' /proc/meminfo)"
ip link set lo up
hostname netclaim-lane
for module in $(cat "$out/modules"); do
	modprobe "$module" || say "modprobe $module failed: tests needing it will skip"
done

read -r -a suites <"$out/suites"
cd "$checkout" || stop
say "running: jest ${suites[*]}"
node --experimental-vm-modules --no-warnings=ExperimentalWarning node_modules/jest/bin/jest.js \
	--ci --json --outputFile="$out/jest-results.json" "${suites[@]}"
echo $? >"$out/status"
say "jest exited with $(cat "$out/status")"
stop
