/** `netclaim inventory`: the host links netclaim would offer, with their attributes. */
import type { DeviceInfo } from '../../../netops/device-info.ts';
import { listDevices } from '../../../netops/devices.ts';
import type { Command } from '../command.ts';

export const command: Command = {
  summary: 'list the network devices this node would offer',
  options: { json: { type: 'boolean', default: false } },
  async run(values) {
    const devices = listDevices().filter((device) => device.ifName !== 'lo');
    process.stdout.write(values.json ? JSON.stringify(devices, null, 2) + '\n' : table(devices));
    return 0;
  },
};

function table(devices: DeviceInfo[]): string {
  const rows = devices.map((d) => [d.ifName, d.type, d.mac, String(d.mtu), d.state, d.pciAddress ?? '-', d.numaNode === undefined ? '-' : String(d.numaNode),
    d.driver ?? '-', d.rdmaDevice ?? '-', [...d.ipv4, ...d.ipv6].join(',') || '-']);
  const header = ['IFNAME', 'TYPE', 'MAC', 'MTU', 'STATE', 'PCI', 'NUMA', 'DRIVER', 'RDMA', 'ADDRESSES'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  return [header, ...rows].map((r) => r.map((cell, i) => cell.padEnd(widths[i]!)).join('  ').trimEnd()).join('\n') + '\n';
}
