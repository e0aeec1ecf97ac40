/**
 * `netclaim status`: which devices are in which pod, from the agent's records checked against the
 * kernel (is the pod's namespace still there, is the interface in it).
 */
import { findLinkByName } from '../../../netops/link.ts';
import { NETLINK } from '../../../netops/netlink/constants.ts';
import { NetlinkSocket } from '../../../netops/netlink/socket.ts';
import { netnsExists } from '../../../netops/netns.ts';
import { PodAttachmentStore } from '../../agent/pod-attachments.ts';
import { DEFAULT_STATE_DIR, stateLayout } from '../../agent/state-layout.ts';
import type { Command } from '../command.ts';

export interface DeviceStatusRow {
  pod: string;
  podUid: string;
  claim: string;
  device: string;
  hostIfName: string;
  podIfName: string;
  netnsPath: string;
  /** in-pod: where it should be; missing: neither the namespace nor the interface is there. */
  state: 'in-pod' | 'attaching' | 'netns-gone' | 'missing-from-pod';
}

export async function deviceStatus(stateDir: string): Promise<DeviceStatusRow[]> {
  const store = new PodAttachmentStore(stateLayout(stateDir).pods);
  await store.read();
  const rows: DeviceStatusRow[] = [];
  for (const record of store.all()) {
    const alive = netnsExists(record.netnsPath);
    const socket = alive ? NetlinkSocket.open(NETLINK.ROUTE, record.netnsPath) : undefined;
    try {
      for (const device of record.devices) {
        const inPod = socket ? findLinkByName(socket, device.attachment.podIfName) !== undefined : false;
        rows.push({
          pod: `${record.pod.namespace}/${record.pod.name}`, podUid: record.pod.uid, claim: `${device.claim.namespace}/${device.claim.name}`,
          device: device.device, hostIfName: device.attachment.snapshot.ifName, podIfName: device.attachment.podIfName, netnsPath: record.netnsPath,
          state: !alive ? 'netns-gone' : !inPod ? 'missing-from-pod' : device.result ? 'in-pod' : 'attaching',
        });
      }
    } finally {
      socket?.close();
    }
  }
  return rows;
}

export const command: Command = {
  summary: 'show which devices are in which pod',
  options: { json: { type: 'boolean', default: false }, 'state-dir': { type: 'string', default: DEFAULT_STATE_DIR } },
  async run(values) {
    const rows = await deviceStatus(values['state-dir'] as string);
    if (values.json) {
      process.stdout.write(JSON.stringify(rows, null, 2) + '\n');
    } else if (rows.length === 0) {
      process.stdout.write('no devices attached to pods\n');
    } else {
      for (const row of rows) process.stdout.write(`${row.pod}  ${row.claim}  ${row.hostIfName} -> ${row.podIfName}  ${row.state}  (${row.netnsPath})\n`);
    }
    return 0;
  },
};
