/**
 * `netclaim inventory`: the devices this node would offer — exactly the catalog the daemon
 * publishes (same exclusions, naming, attributes and --filter) — and what it leaves out, and why.
 */
import { defaultRouteIfIndexes, listDevices } from '../../../netops/devices.ts';
import { buildCatalog, type Catalog } from '../../inventory/catalog.ts';
import { compileDeviceFilter } from '../../inventory/filter.ts';
import type { AttributeValue } from '../../inventory/published-device.ts';
import { DEFAULT_DRIVER_NAME } from '../../kubelet/kubelet-plugin.ts';
import type { Command } from '../command.ts';

export const command: Command = {
  summary: 'list the network devices this node would offer, with their attributes',
  options: {
    json: { type: 'boolean', default: false },
    filter: { type: 'string' },
    'driver-name': { type: 'string', default: DEFAULT_DRIVER_NAME },
  },
  async run(values) {
    const expression = values.filter as string | undefined;
    const catalog = buildCatalog({
      scanned: listDevices(),
      uplinkIfIndexes: defaultRouteIfIndexes(),
      attached: new Map(),
      filter: expression ? compileDeviceFilter(expression, values['driver-name'] as string) : undefined,
    });
    process.stdout.write(values.json ? JSON.stringify(catalog, null, 2) + '\n' : table(catalog));
    return 0;
  },
};

function text(value: AttributeValue | undefined): string {
  if (value === undefined) return '-';
  return String('int' in value ? value.int : 'bool' in value ? value.bool : 'string' in value ? value.string : value.version);
}

function table(catalog: Catalog): string {
  const columns = ['ifName', 'type', 'mac', 'mtu', 'state', 'pciAddress', 'numaNode', 'driver', 'rdmaDevice', 'ipv4', 'ipv6'];
  const rows = catalog.entries.map((entry) => [entry.device.name, ...columns.map((column) => text(entry.device.attributes[column]))]);
  const header = ['DEVICE', ...columns.map((column) => column.toUpperCase())];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const lines = [header, ...rows].map((r) => r.map((cell, i) => cell.padEnd(widths[i]!)).join('  ').trimEnd());
  for (const dropped of catalog.dropped) lines.push(`not offered: ${dropped.ifName} (${dropped.reason})`);
  return lines.join('\n') + '\n';
}
