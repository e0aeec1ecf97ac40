/** `interface`: what the device (or its child, sub-interface.ts) is called and how it is set up inside the pod. */
import { formatCidr, type IpPrefix } from '../../netops/ip.ts';
import { hardwareAddress, interfaceName, ipPrefix } from './fields.ts';
import { subInterfaceFields, subInterfaceIssues } from './sub-interface.ts';
import { ipamSchema } from './ip-pool.ts';
import { lazySchema } from './lazy-schema.ts';

const MIN_MTU = 68;
const MAX_MTU = 65535;
/** GSO_MAX_SIZE since BIG TCP (kernel 5.19+). */
const MAX_GSO_SIZE = 524280;

export const interfaceSchema = lazySchema((z) => z.strictObject({
  name: interfaceName().optional(),
  addresses: z.array(ipPrefix()).refine(unique, 'must not list an address twice').optional(),
  mtu: z.number().int().min(MIN_MTU, `must be at least ${MIN_MTU}`).max(MAX_MTU, `must be at most ${MAX_MTU}`).optional(),
  hardwareAddr: hardwareAddress().optional(),
  arpIgnore: z.number().int().refine((v) => [0, 1, 2, 3, 8].includes(v), 'must be 0, 1, 2, 3 or 8 (net.ipv4.conf.*.arp_ignore)').optional(),
  arpAnnounce: z.number().int().min(0, 'must be 0, 1 or 2').max(2, 'must be 0, 1 or 2').optional(),
  gsoMaxSize: z.number().int().min(1, 'must be positive').max(MAX_GSO_SIZE, `must be at most ${MAX_GSO_SIZE}`).optional(),
  groMaxSize: z.number().int().min(1, 'must be positive').max(MAX_GSO_SIZE, `must be at most ${MAX_GSO_SIZE}`).optional(),
  ...subInterfaceFields(),
  /** Addresses from a pool the DeviceClass defines, allocated at prepare (plugin/ipam). */
  ipam: ipamSchema().optional(),
}).superRefine((iface, ctx) => {
  for (const [field, message] of subInterfaceIssues(iface, false)) ctx.addIssue({ code: 'custom', path: [field], message });
  if (iface.ipam !== undefined && iface.addresses !== undefined) {
    ctx.addIssue({ code: 'custom', path: ['ipam'], message: 'must not be set together with interface.addresses: the addresses come either from a pool or from the config' });
  }
}));

/** The same address written twice (however it was spelt) is a mistake, not a second address. */
function unique(prefixes: IpPrefix[]): boolean {
  return new Set(prefixes.map(formatCidr)).size === prefixes.length;
}
