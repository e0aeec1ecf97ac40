/**
 * devlink over generic netlink, for what inventory publishes about a PF: its e-switch mode
 * (`devlink dev eswitch show`). A devlink instance is named by bus and device: "pci" and the
 * PCI address for a NIC, "netdevsim" and "netdevsimN" for the test device (sysfs.ts finds both).
 */
import { DEVLINK_ATTR, DEVLINK_CMD, DEVLINK_ESWITCH_MODE, DEVLINK_GENL } from './netlink/constants.ts';
import { isNetlinkError, isNotSupported } from './netlink/errors.ts';
import type { NetlinkSocket } from './netlink/socket.ts';
import { encodeGenl, genlAttributes, openGenericSocket, resolveFamily } from './genetlink.ts';

export type EswitchMode = 'legacy' | 'switchdev';

export interface DevlinkHandle {
  bus: string;
  device: string;
}

/** A socket and the devlink family id; undefined when the kernel has no devlink. */
export interface Devlink {
  socket: NetlinkSocket;
  family: number;
}

/** Opens devlink in the host namespace; undefined without it. Close the socket when done. */
export function openDevlink(): Devlink | undefined {
  const socket = openGenericSocket();
  try {
    const family = resolveFamily(socket, 'devlink');
    if (family !== undefined) return { socket, family };
  } catch (error) {
    socket.close();
    throw error;
  }
  socket.close();
  return undefined;
}

export function encodeEswitchGet(handle: DevlinkHandle): Buffer {
  return encodeGenl(DEVLINK_CMD.ESWITCH_GET, DEVLINK_GENL.VERSION, (writer) => writer.string(DEVLINK_ATTR.BUS_NAME, handle.bus).string(DEVLINK_ATTR.DEV_NAME, handle.device));
}

/**
 * The device's e-switch mode; undefined when it has no devlink instance (ENODEV) or no e-switch
 * (EOPNOTSUPP: most NICs without SR-IOV offload), or reports a mode other than these two.
 */
export function eswitchMode(devlink: Devlink, handle: DevlinkHandle): EswitchMode | undefined {
  try {
    const [mode] = devlink.socket.query(devlink.family, encodeEswitchGet(handle), `get e-switch mode of ${handle.bus}/${handle.device}`,
      (message) => genlAttributes(message).u16(DEVLINK_ATTR.ESWITCH_MODE));
    if (mode === DEVLINK_ESWITCH_MODE.LEGACY) return 'legacy';
    if (mode === DEVLINK_ESWITCH_MODE.SWITCHDEV) return 'switchdev';
    return undefined;
  } catch (error) {
    if (isNetlinkError(error, 'ENODEV') || isNotSupported(error) || isNetlinkError(error, 'ENOENT')) return undefined;
    throw error;
  }
}
