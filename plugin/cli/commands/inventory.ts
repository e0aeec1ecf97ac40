/**
 * `netclaim inventory`: the devices this node would offer — exactly the catalog the daemon
 * publishes (same exclusions, naming, attributes, --filter and shared parents, refused the same
 * way) — and what it leaves out, and why.
 */
import { defaultRouteIfIndexes, listDevices } from '../../../netops/devices.ts';
import { listVfioFunctions } from '../../../netops/vfio.ts';
import { assertFilterUsable, buildCatalog, publishedDevices, type Catalog } from '../../inventory/catalog.ts';
import { type DeviceFilter, deviceFilter } from '../../inventory/filter.ts';
import type { AttributeValue, PublishedDevice } from '../../inventory/published-device.ts';
import { formatQuantity } from '../../quantity.ts';
import { sharingPolicy } from '../../inventory/sharing.ts';
import { DEFAULT_DRIVER_NAME } from '../../kubelet/defaults.ts';
import { type Command, FILTER_OPTION } from '../command.ts';
import { sharingFlags, sharingFromFlags } from '../sharing-flags.ts';

export const command: Command = {
  options: {
    json: { type: 'boolean', description: 'print the catalog as JSON: every offered device with its attributes, and what was left out and why' },
    filter: FILTER_OPTION,
    ...sharingFlags,
    'driver-name': { type: 'string', value: 'NAME', default: DEFAULT_DRIVER_NAME, description: 'the DRA driver name, which qualifies the attributes (`device.attributes["NAME"]`)' },
  },
  async run(values) {
    const driverName = values['driver-name'] as string;
    const filter = deviceFilter(values.filter as string | undefined, driverName);
    const sharing = sharingPolicy({ ...sharingFromFlags(values), driverName });
    const catalog = buildCatalog({ scanned: listDevices(), uplinkIfIndexes: defaultRouteIfIndexes(), attached: new Map(), filter, sharing, vfioFunctions: listVfioFunctions() });
    assertFilterUsable(catalog, filter);
    process.stdout.write(values.json ? JSON.stringify(catalog, null, 2) + '\n' : table(catalog, filter));
    return 0;
  },
};

function text(value: AttributeValue | undefined): string {
  if (value === undefined) return '-';
  return String('int' in value ? value.int : 'bool' in value ? value.bool : 'string' in value ? value.string : value.version);
}

/** A shared parent's capacities (`32 interfaces, 10G bit/s`), or "-" for a device offered whole. */
function shared(device: PublishedDevice): string {
  if (!device.allowMultipleAllocations) return '-';
  return Object.entries(device.capacity ?? {}).map(([name, capacity]) => `${name.slice(name.lastIndexOf('/') + 1)}=${formatQuantity(capacity.value)}`).join(',');
}

function table(catalog: Catalog, filter: DeviceFilter): string {
  const columns = ['ifName', 'type', 'mac', 'mtu', 'state', 'pciAddress', 'numaNode', 'driver', 'rdmaDevice', 'ipv4', 'ipv6'];
  const rows = publishedDevices(catalog).map((device) => [device.name, ...columns.map((column) => text(device.attributes[column])), shared(device)]);
  const header = ['DEVICE', ...columns.map((column) => column.toUpperCase()), 'SHARED'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const lines = [header, ...rows].map((r) => r.map((cell, i) => cell.padEnd(widths[i]!)).join('  ').trimEnd());
  for (const dropped of catalog.dropped) lines.push(`not offered: ${'ifName' in dropped ? dropped.ifName : dropped.pciAddress} (${dropped.reason})`);
  lines.push(filter.isDefault ? `filter: the default, devices with a bus address (${filter.expression}); --filter replaces it` : `filter: ${filter.expression}`);
  return lines.join('\n') + '\n';
}
