/**
 * A PF and its VFs as KEP-4815 counters, so the scheduler never allocates a PF together with one
 * of its VFs (moving the PF into a pod takes the VFs' uplink with it). Each PF offered whole that
 * has VFs on offer gets a counter set named after it with one counter, `vfs`, as large as the
 * number of those VFs: each VF consumes 1 and the PF all of it. So any number of VFs fit
 * together, and the PF fits only when none of them is allocated, and the other way round. One
 * counter rather than one per VF keeps within the API's 32 counters per set whatever the VF count.
 *
 * A VF bound to vfio-pci (a DPDK pod's, or one the host bound) consumes its PF's set like any
 * other, and so does a VF while its PF is in a pod. A PF offered as a shared parent stays on the
 * host, so its VFs need no exclusion from it; a VF whose PF is not offered (the node's uplink,
 * filtered out) has nothing to exclude. Prepare
 * refuses the same pairs (plugin/claims pfVfConflict) where the API server lacks the feature.
 */
import type { CatalogEntry, VfioCatalogEntry } from './catalog.ts';
import type { CounterSet, PublishedDevice } from './published-device.ts';

export const VF_COUNTER = 'vfs';

export interface PoolDevices {
  devices: PublishedDevice[];
  counterSets: CounterSet[];
}

/**
 * The catalog's devices (with a netdev, then those bound to vfio-pci) with the counters a PF and
 * its VFs consume, and the counter sets they consume from. A VF finds its PF by PCI address
 * (sysfs `physfn`), which it keeps while bound to vfio-pci and while the PF is in a pod (when it
 * has no PF netdev name); by the PF's name only where it has no address (not a PCI function).
 */
export function withSriovCounters(entries: readonly CatalogEntry[], vfio: readonly VfioCatalogEntry[] = []): PoolDevices {
  const pfs = new Map<string, CatalogEntry>();
  for (const entry of entries) {
    if (!isSriovPf(entry) || entry.device.allowMultipleAllocations) continue;
    pfs.set(entry.info.pciAddress === undefined ? `name:${entry.info.ifName}` : entry.info.pciAddress, entry);
  }
  const pfOf = (vf: { pfPciAddress?: string | undefined; pfName?: string | undefined }) => (vf.pfPciAddress !== undefined
    ? pfs.get(vf.pfPciAddress)
    : vf.pfName === undefined ? undefined : pfs.get(`name:${vf.pfName}`) ?? [...pfs.values()].find((pf) => pf.info.ifName === vf.pfName));
  const vfsOf = new Map<CatalogEntry, Array<CatalogEntry | VfioCatalogEntry>>();
  for (const entry of entries) {
    const pf = entry.info.isSriovVf ? pfOf(entry.info) : undefined;
    if (pf && !entry.device.allowMultipleAllocations) vfsOf.set(pf, [...vfsOf.get(pf) ?? [], entry]);
  }
  for (const entry of vfio) {
    const pf = entry.vfio.isSriovVf ? pfOf(entry.vfio) : undefined;
    if (pf) vfsOf.set(pf, [...vfsOf.get(pf) ?? [], entry]);
  }
  const consumption = new Map<CatalogEntry | VfioCatalogEntry, { counterSet: string; amount: number }>();
  const counterSets: CounterSet[] = [];
  for (const [pf, vfs] of vfsOf) {
    // Device names are DNS labels and unique in the pool: so are counter set names made of them.
    const counterSet = pf.device.name;
    counterSets.push({ name: counterSet, counters: { [VF_COUNTER]: vfs.length } });
    consumption.set(pf, { counterSet, amount: vfs.length });
    for (const vf of vfs) consumption.set(vf, { counterSet, amount: 1 });
  }
  counterSets.sort((a, b) => a.name.localeCompare(b.name));
  const devices = [...entries, ...vfio].map((entry) => {
    const consumed = consumption.get(entry);
    return consumed ? { ...entry.device, consumesCounters: [{ counterSet: consumed.counterSet, counters: { [VF_COUNTER]: consumed.amount } }] } : entry.device;
  });
  return { devices, counterSets };
}

function isSriovPf({ info }: CatalogEntry): boolean {
  return !info.isSriovVf && ((info.sriovTotalVfs ?? 0) > 0 || (info.sriovNumVfs ?? 0) > 0);
}
