#!/usr/bin/env bash
# The attach path by hand, as the driver performs it at pod start: a stand-in NIC (a veth with a
# host address and route) goes into a "pod" namespace with a claim-style config, and comes home.
set -euo pipefail
cd "$(dirname "$0")/../.."
netclaim=bin/netclaim
id="ncdemo$$"
netns="${id}-pod"
nic="${id}n"
state="$(mktemp -d)"

cleanup() {
  ip netns del "$netns" 2>/dev/null || true
  ip link del "$nic" 2>/dev/null || true
  rm -rf "$state"
}
trap cleanup EXIT

step() { printf '\n\033[1m== %s\033[0m\n' "$*"; }

step "a stand-in NIC on the host: $nic (veth) with an address and a route"
ip link add "$nic" type veth peer name "${nic}p"
ip addr add 192.168.77.10/24 dev "$nic"
ip link set "$nic" up
ip route add 10.77.0.0/16 via 192.168.77.1 dev "$nic"
ip -br addr show dev "$nic"; ip route show dev "$nic"

step "netclaim inventory (what this node would offer by default: PCI functions and VFs, no virtual link)"
"$netclaim" inventory

# The stand-in is a virtual link: offered only when a --filter selects it, here by its name prefix.
filter="device.attributes[\"netclaim.io\"].ifName.startsWith(\"$id\")"
step "netclaim inventory --filter '$filter'"
"$netclaim" inventory --filter "$filter"

step "a pod network namespace: $netns"
ip netns add "$netns"

config='{
  "interface": {"name": "net1", "addresses": ["10.10.0.2/24", "2001:db8:10::2/64"], "mtu": 9000, "hardwareAddr": "02:00:0a:0a:00:02"},
  "routes": [{"destination": "10.20.0.0/16", "gateway": "10.10.0.1"}],
  "rules": [{"priority": 100, "source": "10.10.0.0/24", "table": 100}],
  "neighbors": [{"destination": "10.10.0.1", "hardwareAddr": "02:00:0a:0a:00:01"}]
}'
step "netclaim attach --netns /var/run/netns/$netns --device $nic --config -"
echo "$config"
echo "$config" | "$netclaim" attach --netns "/var/run/netns/$netns" --device "$nic" --config - --state-dir "$state"

step "inside the pod"
ip -n "$netns" -br link show net1; ip -n "$netns" -br addr show net1
ip -n "$netns" route show dev net1; ip -n "$netns" rule show priority 100; ip -n "$netns" neigh show dev net1

step "what the daemon would never do is refused, and nothing moves: loopback, the host's own namespace"
"$netclaim" attach --netns "/var/run/netns/$netns" --device lo --state-dir "$state" || echo "(exit $?)"
"$netclaim" attach --netns /proc/self/ns/net --device "${nic}p" --state-dir "$state" || echo "(exit $?)"

step "a bad config is refused with the field named, and nothing moves"
echo '{"interface": {"name": "net2", "mtu": 20}, "routes": [{"destination": "10.0.0.0/8", "gatway": "10.10.0.1"}]}' \
  | "$netclaim" attach --netns "/var/run/netns/$netns" --device "${nic}p" --config - --state-dir "$state" || echo "(exit $?)"

step "netclaim detach: back to the host with its name, address and route"
"$netclaim" detach --netns "/var/run/netns/$netns" --device "$nic" --state-dir "$state"
ip -br addr show dev "$nic"; ip route show dev "$nic"
