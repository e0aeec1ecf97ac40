/**
 * RDMA netlink (NETLINK_RDMA, the "nldev" client): list RDMA devices with the netdevs they run
 * over and their character devices, read and set the system's RDMA namespace mode, and move an
 * RDMA device into a pod namespace. In shared mode (the kernel's
 * default) every namespace sees every RDMA device; giving a pod one exclusively needs exclusive
 * mode and a move, which is what dranet's users rely on for GPUDirect RDMA.
 *
 * Encoding and decoding are separate pure functions so they are tested byte-for-byte against the
 * UAPI layout on kernels without RDMA (like this host's); the kernel lane runs them against rdma_rxe.
 */
import { Attributes, MessageWriter } from './netlink/attributes.ts';
import { NETLINK, RDMA_NLDEV, RDMA_NLDEV_ATTR, RDMA_NLDEV_CMD, RDMA_NLDEV_SYS_ATTR, rdmaMessageType } from './netlink/constants.ts';
import { isNetlinkError, isNotSupported } from './netlink/errors.ts';
import type { NetlinkMessage } from './netlink/message.ts';
import { NetlinkSocket, type SocketTransport } from './netlink/socket.ts';
import { HOST_NETNS, netnsExists, withNetnsFd } from './netns.ts';

export interface RdmaDevice {
  index: number;
  name: string;
}

/** The kernel's enum ib_port_state, by value, as `rdma link` prints it. */
const PORT_STATES = ['NOP', 'DOWN', 'INIT', 'ARMED', 'ACTIVE', 'ACTIVE_DEFER'];

/** One port of an RDMA device and the netdev it runs over (absent when that netdev is in another namespace). */
export interface RdmaPort {
  deviceIndex: number;
  port: number;
  ifIndex?: number;
  /** "ACTIVE" when the port can carry traffic; "DOWN", "INIT", ... otherwise. */
  state?: string;
}

/** An RDMA device tied to a netdev of this namespace, with the device nodes a container needs to use it. */
export interface RdmaBinding {
  device: string;
  /** e.g. /dev/infiniband/uverbs0, and /dev/infiniband/rdma_cm when the RDMA CM is loaded. */
  charDevices: string[];
  /** The state of the device's port over this netdev, when the kernel says. */
  portState?: string;
}

/** The kernel's netns_mode: 1 shared (default), 0 exclusive. */
export type RdmaNetnsMode = 'shared' | 'exclusive';

export function openRdmaSocket(netnsPath: string | null = null, transport?: SocketTransport): NetlinkSocket {
  return NetlinkSocket.open(NETLINK.RDMA, netnsPath, transport);
}

export function listRdmaDevices(socket: NetlinkSocket): RdmaDevice[] {
  return socket.dump(rdmaMessageType(RDMA_NLDEV_CMD.GET), Buffer.alloc(0), 'list RDMA devices', decodeRdmaDevice);
}

export function listRdmaPorts(socket: NetlinkSocket, device: RdmaDevice): RdmaPort[] {
  const body = new MessageWriter().u32(RDMA_NLDEV_ATTR.DEV_INDEX, device.index).finish();
  return socket.dump(rdmaMessageType(RDMA_NLDEV_CMD.PORT_GET), body, `list ports of RDMA device ${device.name}`, decodeRdmaPort);
}

/**
 * The kernel's name for a character device of an RDMA client ("uverbs" per device, "rdma_cm"
 * for the whole system), as rdma-core finds it; undefined when that client is not loaded.
 */
export function rdmaCharDevice(socket: NetlinkSocket, type: string, device?: RdmaDevice): string | undefined {
  try {
    const [name] = socket.query(rdmaMessageType(RDMA_NLDEV_CMD.GET_CHARDEV), encodeCharDeviceQuery(type, device?.index), `find the ${type} device${device ? ` of ${device.name}` : ''}`, decodeCharDeviceName);
    return name;
  } catch (error) {
    if (isNotSupported(error) || isNetlinkError(error, 'ENOENT')) return undefined;
    throw error;
  }
}

/**
 * RDMA devices by the ifindex of the netdev they run over, from RDMA netlink: software devices
 * (rxe, siw) and anything else with no PCI function in sysfs are found too. A kernel without RDMA
 * netlink has none.
 */
export function rdmaBindingsByIfIndex(): Map<number, RdmaBinding> {
  const bindings = new Map<number, RdmaBinding>();
  let socket: NetlinkSocket;
  try {
    socket = openRdmaSocket();
  } catch (error) {
    if (isNetlinkError(error, 'EPROTONOSUPPORT')) return bindings;
    throw error;
  }
  try {
    const cm = rdmaCharDevice(socket, 'rdma_cm');
    for (const device of listRdmaDevices(socket)) {
      const verbs = rdmaCharDevice(socket, 'uverbs', device);
      const charDevices = [verbs, cm].filter((name) => name !== undefined).map((name) => `/dev/infiniband/${name}`);
      for (const port of listRdmaPorts(socket, device)) {
        if (port.ifIndex === undefined || bindings.has(port.ifIndex)) continue;
        bindings.set(port.ifIndex, { device: device.name, charDevices, ...(port.state ? { portState: port.state } : {}) });
      }
    }
    return bindings;
  } finally {
    socket.close();
  }
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

export function encodeCharDeviceQuery(type: string, deviceIndex?: number): Buffer {
  const body = new MessageWriter();
  if (deviceIndex !== undefined) body.u32(RDMA_NLDEV_ATTR.DEV_INDEX, deviceIndex);
  return body.string(RDMA_NLDEV_ATTR.CHARDEV_TYPE, type).finish();
}

export function encodeNetnsMode(mode: RdmaNetnsMode): Buffer {
  return new MessageWriter().u8(RDMA_NLDEV_SYS_ATTR.NETNS_MODE, mode === 'shared' ? 1 : 0).finish();
}

export function decodeRdmaDevice(message: NetlinkMessage): RdmaDevice {
  const attributes = new Attributes(message.payload);
  return { index: attributes.u32(RDMA_NLDEV_ATTR.DEV_INDEX) ?? -1, name: attributes.string(RDMA_NLDEV_ATTR.DEV_NAME) ?? '' };
}

export function decodeRdmaPort(message: NetlinkMessage): RdmaPort {
  const attributes = new Attributes(message.payload);
  const port: RdmaPort = { deviceIndex: attributes.u32(RDMA_NLDEV_ATTR.DEV_INDEX) ?? -1, port: attributes.u32(RDMA_NLDEV_ATTR.PORT_INDEX) ?? 0 };
  const ifIndex = attributes.u32(RDMA_NLDEV_ATTR.NDEV_INDEX);
  if (ifIndex !== undefined) port.ifIndex = ifIndex;
  const state = attributes.u8(RDMA_NLDEV_ATTR.PORT_STATE);
  if (state !== undefined) port.state = PORT_STATES[state] ?? `state ${state}`;
  return port;
}

export function decodeCharDeviceName(message: NetlinkMessage): string | undefined {
  const name = new Attributes(message.payload).string(RDMA_NLDEV_ATTR.CHARDEV_NAME);
  // The name becomes a path under /dev/infiniband: nothing that could leave that directory.
  return name && /^[A-Za-z0-9_.-]+$/.test(name) && name !== '.' && name !== '..' ? name : undefined;
}

export function decodeNetnsMode(message: NetlinkMessage): RdmaNetnsMode {
  return new Attributes(message.payload).u8(RDMA_NLDEV_SYS_ATTR.NETNS_MODE) === 0 ? 'exclusive' : 'shared';
}

