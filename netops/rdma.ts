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
import { NetlinkSocket } from './netlink/socket.ts';

export interface RdmaDevice {
  index: number;
  name: string;
}

/** The kernel's netns_mode: 1 shared (default), 0 exclusive. */
export type RdmaNetnsMode = 'shared' | 'exclusive';

export function openRdmaSocket(netnsPath: string | null = null): NetlinkSocket {
  return NetlinkSocket.open(NETLINK.RDMA, netnsPath);
}

export function listRdmaDevices(socket: NetlinkSocket): RdmaDevice[] {
  return socket.dump(rdmaMessageType(RDMA_NLDEV_CMD.GET), Buffer.alloc(0), 'list RDMA devices').map(decodeRdmaDevice);
}

export function getRdmaNetnsMode(socket: NetlinkSocket): RdmaNetnsMode {
  const [reply] = socket.query(rdmaMessageType(RDMA_NLDEV_CMD.SYS_GET), Buffer.alloc(0), 'get RDMA netns mode');
  if (!reply) throw new Error('get RDMA netns mode: no reply');
  return decodeNetnsMode(reply);
}

export function setRdmaNetnsMode(socket: NetlinkSocket, mode: RdmaNetnsMode): void {
  socket.execute(rdmaMessageType(RDMA_NLDEV_CMD.SYS_SET), 0, encodeNetnsMode(mode), `set RDMA netns mode ${mode}`);
}

/** Moves an RDMA device into the namespace open at netnsFd (requires exclusive mode). */
export async function moveRdmaDevice(socket: NetlinkSocket, device: RdmaDevice, netnsFd: number): Promise<void> {
  await socket.executeAsync(rdmaMessageType(RDMA_NLDEV_CMD.SET), 0, encodeMove(device.index, netnsFd), `move RDMA device ${device.name}`);
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

