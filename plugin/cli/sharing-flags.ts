/**
 * The shared-parent flags (KEP-5075), the same for `daemon` and `inventory` so the inventory
 * shows exactly what the daemon would publish: which offered devices are shared parents and with
 * which capacities (plugin/inventory/sharing.ts).
 */
import { DEFAULT_SHARED_BANDWIDTH_MBPS, DEFAULT_SHARED_INTERFACES, type SharingOptions } from '../inventory/sharing.ts';
import { type Command, type CommandValues, UsageError } from './command.ts';

export const sharingFlags: Command['options'] = {
  'share-filter': {
    type: 'string', value: 'CEL',
    description: 'which of the offered devices are shared parents (CEL over the same `device` as --filter): published with allowMultipleAllocations and capacities, never offered whole. None by default',
  },
  'share-interfaces': { type: 'string', value: 'N', default: String(DEFAULT_SHARED_INTERFACES), description: 'children (macvlan/ipvlan/VLAN sub-interfaces) one shared parent may host' },
  'share-bandwidth-mbps': { type: 'string', value: 'MBPS', default: String(DEFAULT_SHARED_BANDWIDTH_MBPS), description: 'a shared parent\'s bandwidth in Mbit/s when the kernel does not report its link speed' },
};

export function sharingFromFlags(values: CommandValues): Omit<SharingOptions, 'driverName'> {
  return {
    expression: values['share-filter'] as string | undefined,
    interfaces: wholeNumber(values, 'share-interfaces'),
    fallbackBandwidthMbps: wholeNumber(values, 'share-bandwidth-mbps'),
  };
}

function wholeNumber(values: CommandValues, flag: string): number {
  const value = Number(values[flag]);
  if (!Number.isSafeInteger(value) || value < 1) throw new UsageError(`--${flag} must be a whole number ≥ 1`);
  return value;
}
