/**
 * RDMA netlink (NETLINK_RDMA, the "nldev" client): list RDMA devices, read and set the system's
 * RDMA namespace mode, and move an RDMA device into a pod namespace. In shared mode (the kernel's
 * default) every namespace sees every RDMA device; giving a pod one exclusively needs exclusive
 * mode and a move, which is what dranet's users rely on for GPUDirect RDMA.
 *
 * Encoding and decoding are separate pure functions so they are tested byte-for-byte against the
 * UAPI layout on kernels without RDMA (like this project's CI).
 */
import { Attributes, MessageWriter } from './netlink/attributes.ts';
import { NETLINK, RDMA_NLDEV, RDMA_NLDEV_ATTR, RDMA_NLDEV_CMD, RDMA_NLDEV_SYS_ATTR, rdmaMessageType } from './netlink/constants.ts';
import type { NetlinkMessage } from './netlink/message.ts';
import { NetlinkSocket, type SocketTransport } from './netlink/socket.ts';
import { HOST_NETNS, netnsExists, withNetnsFd } from './netns.ts';


export interface RdmaDevice {
  index: number;
  name: string;
}

/** The kernel's netns_mode: 1 shared (default), 0 exclusive. */
export type RdmaNetnsMode = 'shared' | 'exclusive';

export function openRdmaSocket(netnsPath: string | null = null, transport?: SocketTransport): NetlinkSocket {
  return NetlinkSocket.open(NETLINK.RDMA, netnsPath, transport);
}

export function listRdmaDevices(socket: NetlinkSocket): RdmaDevice[] {
  return socket.dump(rdmaMessageType(RDMA_NLDEV_CMD.GET), Buffer.alloc(0), 'list RDMA devices', decodeRdmaDevice);
}

export function getRdmaNetnsMode(socket: NetlinkSocket): RdmaNetnsMode {
  const [mode] = socket.query(rdmaMessageType(RDMA_NLDEV_CMD.SYS_GET), Buffer.alloc(0), 'get RDMA netns mode', decodeNetnsMode);
  if (!mode) throw new Error('get RDMA netns mode: no reply');
  return mode;
}

export function setRdmaNetnsMode(socket: NetlinkSocket, mode: RdmaNetnsMode): void {
  socket.execute(rdmaMessageType(RDMA_NLDEV_CMD.SYS_SET), 0, encodeNetnsMode(mode), `set RDMA netns mode ${mode}`);
}

/** Moves an RDMA device into the namespace open at netnsFd (requires exclusive mode). */
export async function moveRdmaDevice(socket: NetlinkSocket, device: RdmaDevice, netnsFd: number): Promise<void> {
  await socket.executeAsync(rdmaMessageType(RDMA_NLDEV_CMD.SET), 0, encodeMove(device.index, netnsFd), `move RDMA device ${device.name}`);
}

/**
 * Gives a pod its NIC's RDMA device. In shared mode (the kernel's default) every namespace sees
 * every RDMA device already and nothing moves; in exclusive mode the device must follow the NIC,
 * or the pod gets a NIC it cannot use for RDMA. Returns whether it moved: only then does
 * returnRdmaDevice have anything to bring back.
 */
export async function attachRdmaDevice(name: string, netnsPath: string, transport?: SocketTransport): Promise<boolean> {
  const host = openRdmaSocket(null, transport);
  try {
    if (getRdmaNetnsMode(host) === 'shared') return false;
    const device = listRdmaDevices(host).find((candidate) => candidate.name === name);
    if (!device) throw new Error(`RDMA device ${name} not found on the host`);
    await withNetnsFd(netnsPath, (fd) => moveRdmaDevice(host, device, fd));
    return true;
  } finally {
    host.close();
  }
}

/** Brings an RDMA device back from a pod; when the namespace is gone the kernel has done so already. */
export async function returnRdmaDevice(name: string, netnsPath: string, transport?: SocketTransport): Promise<void> {
  if (!netnsExists(netnsPath)) return;
  const pod = openRdmaSocket(netnsPath, transport);
  try {
    const device = listRdmaDevices(pod).find((candidate) => candidate.name === name);
    if (device) await withNetnsFd(HOST_NETNS, (fd) => moveRdmaDevice(pod, device, fd));
  } finally {
    pod.close();
  }
}

export function encodeMove(deviceIndex: number, netnsFd: number): Buffer {
  return new MessageWriter().u32(RDMA_NLDEV_ATTR.DEV_INDEX, deviceIndex).u32(RDMA_NLDEV.NET_NS_FD, netnsFd).finish();
}

export function encodeNetnsMode(mode: RdmaNetnsMode): Buffer {
  return new MessageWriter().u8(RDMA_NLDEV_SYS_ATTR.NETNS_MODE, mode === 'shared' ? 1 : 0).finish();
}

export function decodeRdmaDevice(message: NetlinkMessage): RdmaDevice {
  const attributes = new Attributes(message.payload);
  return { index: attributes.u32(RDMA_NLDEV_ATTR.DEV_INDEX) ?? -1, name: attributes.string(RDMA_NLDEV_ATTR.DEV_NAME) ?? '' };
}

export function decodeNetnsMode(message: NetlinkMessage): RdmaNetnsMode {
  return new Attributes(message.payload).u8(RDMA_NLDEV_SYS_ATTR.NETNS_MODE) === 0 ? 'exclusive' : 'shared';
}

