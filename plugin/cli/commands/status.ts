/**
 * `netclaim status`: which devices are in which pod, from the agent's records checked against the
 * kernel (is the pod's namespace still there, is the interface in it), and which functions are
 * bound to vfio-pci for a pod's claim (is vfio-pci still their driver).
 *
 * One bad record never hides the others: a record that cannot be read is a row of its own with
 * the reason, a record whose kernel check fails keeps its rows with state "unknown" and the
 * reason, and everything else is shown. The exit code is 1 whenever such a row is there (like
 * `ls` with an unreadable entry), so a script or a probe notices without parsing the output.
 */
import { findLinkByName } from '../../../netops/link.ts';
import { NETLINK } from '../../../netops/netlink/constants.ts';
import { NetlinkSocket } from '../../../netops/netlink/socket.ts';
import { netnsExists } from '../../../netops/netns.ts';
import { PodAttachmentStore, type PodAttachments } from '../../agent/pod-attachments.ts';
import { DEFAULT_STATE_DIR, stateLayout } from '../../agent/state-layout.ts';
import type { Command } from '../command.ts';
import { errorMessage } from '../../errors.ts';
import { decodePreparedClaim, isVfioDevice, type PreparedClaim, type VfioPlannedDevice } from '../../claims/plan.ts';
import { RecordStore } from '../../store/record-store.ts';
import { pciDriverOf, VFIO_PCI } from '../../../netops/vfio.ts';

export interface DeviceStatusRow {
  pod: string;
  podUid: string;
  claim: string;
  device: string;
  hostIfName: string;
  podIfName: string;
  netnsPath: string;
  /**
   * in-pod: where it should be; missing-from-pod: the namespace is there, the interface is not;
   * unknown: the kernel check failed (see reason).
   */
  state: 'in-pod' | 'attaching' | 'netns-gone' | 'missing-from-pod' | 'unknown';
  reason?: string;
}

/**
 * A function bound to vfio-pci for a pod's claim (from the prepared-claim records): it has no
 * interface, host or pod, only its PCI address. bound: vfio-pci has it, as it should while the
 * claim is prepared; not-bound: another driver (or none) has it.
 */
export interface VfioStatusRow {
  pod: string;
  podUid: string;
  claim: string;
  device: string;
  pciAddress: string;
  iommuGroup: number;
  state: 'bound' | 'not-bound';
  driver?: string;
}

/** A pod record that could not be read: its file name (the pod UID) and why. */
export interface UnreadableRecordRow {
  podUid: string;
  state: 'unreadable';
  reason: string;
}

export type StatusRow = DeviceStatusRow | VfioStatusRow | UnreadableRecordRow;

export async function deviceStatus(stateDir: string, sysfsRoot = '/sys'): Promise<StatusRow[]> {
  const store = new PodAttachmentStore(stateLayout(stateDir).pods);
  const unreadable = await store.read();
  const rows: StatusRow[] = store.all().flatMap(recordStatus);
  for (const { id, reason } of unreadable) rows.push({ podUid: id, state: 'unreadable', reason });
  // Read only: the agent owns the store. Its unreadable records are the agent's to report.
  const { records } = await new RecordStore(stateLayout(stateDir).claims, decodePreparedClaim).read();
  for (const claim of records.values()) rows.push(...claim.devices.filter(isVfioDevice).map((device) => vfioStatus(claim, device, sysfsRoot)));
  return rows;
}

function vfioStatus(claim: PreparedClaim, device: VfioPlannedDevice, sysfsRoot: string): VfioStatusRow {
  const driver = pciDriverOf(device.vfio.pciAddress, sysfsRoot);
  return {
    pod: `${claim.claim.namespace}/${claim.pod.name}`, podUid: claim.pod.uid, claim: `${claim.claim.namespace}/${claim.claim.name}`, device: device.device,
    pciAddress: device.vfio.pciAddress, iommuGroup: device.vfio.iommuGroup, state: driver === VFIO_PCI ? 'bound' : 'not-bound', ...(driver === undefined ? {} : { driver }),
  };
}

function recordStatus(record: PodAttachments): DeviceStatusRow[] {
  const row = (device: PodAttachments['devices'][number], state: DeviceStatusRow['state']): DeviceStatusRow => ({
    pod: `${record.pod.namespace}/${record.pod.name}`, podUid: record.pod.uid, claim: `${device.claim.namespace}/${device.claim.name}`,
    device: device.device, hostIfName: device.attachment.snapshot.ifName, podIfName: device.attachment.podIfName, netnsPath: record.netnsPath, state,
  });
  if (!netnsExists(record.netnsPath)) return record.devices.map((device) => row(device, 'netns-gone'));
  let socket: NetlinkSocket | undefined;
  try {
    socket = NetlinkSocket.open(NETLINK.ROUTE, record.netnsPath);
    const open = socket;
    return record.devices.map((device) => {
      const inPod = findLinkByName(open, device.attachment.podIfName) !== undefined;
      return row(device, !inPod ? 'missing-from-pod' : device.result ? 'in-pod' : 'attaching');
    });
  } catch (error) {
    const reason = errorMessage(error);
    return record.devices.map((device) => ({ ...row(device, 'unknown'), reason }));
  } finally {
    socket?.close();
  }
}

export const command: Command = {
  options: {
    json: { type: 'boolean', description: 'print one JSON object per device (and per unreadable record)' },
    'state-dir': { type: 'string', value: 'DIR', default: DEFAULT_STATE_DIR, description: 'the agent\'s state directory (its --state-dir)' },
  },
  async run(values) {
    const rows = await deviceStatus(values['state-dir'] as string);
    if (values.json) {
      process.stdout.write(JSON.stringify(rows, null, 2) + '\n');
    } else if (rows.length === 0) {
      process.stdout.write('no devices attached to pods\n');
    } else {
      for (const row of rows) process.stdout.write(statusLine(row) + '\n');
    }
    return rows.some((row) => row.state === 'unreadable' || row.state === 'unknown') ? 1 : 0;
  },
};

function statusLine(row: StatusRow): string {
  if (row.state === 'unreadable') return `pod record ${row.podUid}  unreadable: ${row.reason}`;
  if ('pciAddress' in row) return `${row.pod}  ${row.claim}  ${row.pciAddress} (IOMMU group ${row.iommuGroup})  ${row.state === 'bound' ? 'bound to vfio-pci' : `not bound to vfio-pci (driver: ${row.driver ?? 'none'})`}`;
  const line = `${row.pod}  ${row.claim}  ${row.hostIfName} -> ${row.podIfName}  ${row.state}  (${row.netnsPath})`;
  return row.reason === undefined ? line : `${line}: ${row.reason}`;
}
