/**
 * Per-namespace sysctls. /proc/sys/net shows the namespace of the thread that opens the file,
 * so the native transport opens it while switched into the target and writes from home.
 */
import { native } from './native/addon.ts';
import { NetlinkError } from './netlink/errors.ts';

export function writeSysctl(netnsPath: string | null, name: string, value: string | number): void {
  const file = sysctlPath(name);
  try {
    native.writeProcFile(netnsPath, file, String(value));
  } catch (error) {
    throw new NetlinkError((error as { errno?: number }).errno ?? 5, `set ${name}=${value}`);
  }
}

export function readSysctl(netnsPath: string | null, name: string): string {
  return native.readProcFile(netnsPath, sysctlPath(name)).trim();
}

/** As sysctl(8): dots separate levels, and a "/" stands for a dot inside one (an interface "eth0.100"). */
function sysctlPath(name: string): string {
  return `/proc/sys/${name.replace(/[./]/g, (c) => (c === '.' ? '/' : '.'))}`;
}

/** Sysctl names embed the interface name, in which a "." must be written as "/". */
export function interfaceSysctl(family: 'ipv4' | 'ipv6', ifName: string, key: string): string {
  return `net.${family}.conf.${ifName.replaceAll('.', '/')}.${key}`;
}
