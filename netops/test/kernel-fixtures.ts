/**
 * Test fixtures that touch the real kernel: namespaces and stand-in NICs (veth, macvlan) with a
 * unique prefix per test file, removed by name afterwards even when a test fails. State is read
 * back with iproute2 (`ip -j`), an oracle independent of the code under test.
 */
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';

export function ip(...args: string[]): string {
  return execFileSync('ip', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

export function ipJson<T = unknown>(...args: string[]): T {
  const output = ip('-j', ...args).trim();
  return (output ? JSON.parse(output) : []) as T;
}

export function inNetns<T = unknown>(netns: string, ...args: string[]): T {
  return ipJson<T>('-n', netns, ...args);
}

/** Creates and tracks kernel objects for one test file; `cleanup()` deletes exactly those. */
export class KernelFixture {
  /** Short and unique: link names have 15 characters at most. */
  readonly prefix = `nc${randomBytes(2).toString('hex')}`;
  private readonly links = new Set<string>();
  private readonly namespaces = new Set<string>();

  netns(suffix: string): { name: string; path: string } {
    const name = `${this.prefix}-${suffix}`;
    ip('netns', 'add', name);
    this.namespaces.add(name);
    return { name, path: `/var/run/netns/${name}` };
  }

  /** A veth pair on the host; returns the end to attach. */
  veth(suffix: string, options: { mtu?: number; addresses?: string[]; routes?: string[][]; up?: boolean } = {}): string {
    const name = `${this.prefix}${suffix}`;
    ip('link', 'add', name, 'type', 'veth', 'peer', 'name', `${name}p`);
    this.links.add(name);
    this.configure(name, options);
    return name;
  }

  macvlan(suffix: string, parent: string): string {
    const name = `${this.prefix}${suffix}`;
    ip('link', 'add', 'link', parent, 'name', name, 'type', 'macvlan', 'mode', 'bridge');
    this.links.add(name);
    return name;
  }

  /** Adopts a link the test created some other way, so cleanup deletes it too. */
  track(name: string): string {
    this.links.add(name);
    return name;
  }

  cleanup(): void {
    for (const name of this.namespaces) tryRun(() => ip('netns', 'del', name));
    for (const name of this.links) tryRun(() => ip('link', 'del', name));
    this.namespaces.clear();
    this.links.clear();
  }

  private configure(name: string, options: { mtu?: number; addresses?: string[]; routes?: string[][]; up?: boolean }): void {
    if (options.mtu) ip('link', 'set', name, 'mtu', String(options.mtu));
    for (const address of options.addresses ?? []) ip('addr', 'add', address, 'dev', name, ...(address.includes(':') ? ['nodad'] : []));
    if (options.up ?? true) ip('link', 'set', name, 'up');
    for (const route of options.routes ?? []) ip('route', 'add', ...route, 'dev', name);
  }
}

function tryRun(fn: () => unknown): void {
  try {
    fn();
  } catch {
    // already gone
  }
}

interface IpLink { ifname: string; mtu: number; address: string; flags: string[]; operstate: string; gso_max_size?: number; gro_max_size?: number }
interface IpAddr { addr_info: Array<{ local: string; prefixlen: number; scope: string; family: string; tentative?: boolean }> }
interface IpRoute { dst: string; gateway?: string; protocol?: string; table?: string; scope?: string }

/** Everything "the host link came back unchanged" means, as iproute2 sees it. */
export interface LinkState {
  name: string;
  mtu: number;
  mac: string;
  up: boolean;
  addresses: string[];
  routes: string[];
}

export function linkState(name: string, netns?: string): LinkState {
  const scope = netns ? ['-n', netns] : [];
  const [link] = ipJson<IpLink[]>(...scope, '-d', 'link', 'show', 'dev', name);
  if (!link) throw new Error(`no link ${name}`);
  const [addr] = ipJson<IpAddr[]>(...scope, 'addr', 'show', 'dev', name);
  const routes = ipJson<IpRoute[]>(...scope, 'route', 'show', 'table', 'all', 'dev', name)
    .filter((route) => route.table !== 'local' && route.protocol !== 'kernel' && !route.dst.startsWith('fe80') && !route.dst.startsWith('ff00') && route.dst !== 'multicast')
    .map((route) => `${route.dst}${route.gateway ? ` via ${route.gateway}` : ''}${route.table ? ` table ${route.table}` : ''}`)
    .sort();
  return {
    name: link.ifname,
    mtu: link.mtu,
    mac: link.address,
    up: link.flags.includes('UP'),
    addresses: (addr?.addr_info ?? []).filter((a) => a.scope === 'global').map((a) => `${a.local}/${a.prefixlen}`).sort(),
    routes,
  };
}

export function linkExists(name: string, netns?: string): boolean {
  try {
    ip(...(netns ? ['-n', netns] : []), 'link', 'show', 'dev', name);
    return true;
  } catch {
    return false;
  }
}
