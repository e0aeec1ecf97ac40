/**
 * Test fixtures that touch the real kernel: namespaces and stand-in NICs (veth, macvlan) with a
 * unique prefix per test file, removed by name afterwards even when a test fails. State is read
 * back with iproute2 (`ip -j`), an oracle independent of the code under test.
 */
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, readdirSync, writeFileSync } from 'node:fs';

const NETDEVSIM_BUS = '/sys/bus/netdevsim';

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
  readonly #links = new Set<string>();
  readonly #namespaces = new Set<string>();
  readonly #netdevsims = new Set<number>();
  readonly #rdmaLinks = new Set<string>();

  netns(suffix: string): { name: string; path: string } {
    const name = `${this.prefix}-${suffix}`;
    ip('netns', 'add', name);
    this.#namespaces.add(name);
    return { name, path: `/var/run/netns/${name}` };
  }

  /** A veth pair on the host; returns the end to attach. */
  veth(suffix: string, options: { mtu?: number; addresses?: string[]; routes?: string[][]; up?: boolean } = {}): string {
    const name = `${this.prefix}${suffix}`;
    ip('link', 'add', name, 'type', 'veth', 'peer', 'name', `${name}p`);
    this.#links.add(name);
    this.configure(name, options);
    return name;
  }

  macvlan(suffix: string, parent: string): string {
    return this.link(suffix, 'macvlan', ['mode', 'bridge'], parent);
  }

  /** A link of any kind: standalone (dummy) or stacked on `parent` (vlan, ipvlan, macvlan). */
  link(suffix: string, kind: string, args: string[] = [], parent?: string): string {
    const name = `${this.prefix}${suffix}`;
    ip('link', 'add', ...(parent ? ['link', parent] : []), 'name', name, 'type', kind, ...args);
    this.#links.add(name);
    return name;
  }

  /**
   * A netdevsim device on a bus id of this fixture's own, its port renamed to `<prefix><suffix>`
   * (without udev it would be an ethN). Deleted by id at cleanup, with its VFs and representors.
   */
  netdevsim(suffix: string): { id: number; devlink: string; sysfs: string; pf: string; netdevs(): string[] } {
    const id = parseInt(this.prefix.slice(2), 16) + 1;
    const sysfs = `${NETDEVSIM_BUS}/devices/netdevsim${id}`;
    writeFileSync(`${NETDEVSIM_BUS}/new_device`, `${id} 1`);
    this.#netdevsims.add(id);
    const netdevs = () => readdirSync(`${sysfs}/net`).sort();
    const [port] = netdevs();
    if (!port) throw new Error(`netdevsim${id} has no netdev`);
    const pf = `${this.prefix}${suffix}`;
    ip('link', 'set', 'dev', port, 'name', pf);
    return { id, devlink: `netdevsim/netdevsim${id}`, sysfs, pf, netdevs };
  }

  /** An rdma_rxe device over `netdev`, deleted at cleanup. */
  rxe(suffix: string, netdev: string): string {
    const name = `${this.prefix}${suffix}`;
    execFileSync('rdma', ['link', 'add', name, 'type', 'rxe', 'netdev', netdev], { stdio: ['ignore', 'pipe', 'pipe'] });
    this.#rdmaLinks.add(name);
    return name;
  }

  /** Adopts a link the test created some other way, so cleanup deletes it too. */
  track(name: string): string {
    this.#links.add(name);
    return name;
  }

  cleanup(): void {
    for (const name of this.#rdmaLinks) tryRun(() => execFileSync('rdma', ['link', 'delete', name], { stdio: 'ignore' }));
    for (const name of this.#namespaces) tryRun(() => ip('netns', 'del', name));
    for (const name of this.#links) tryRun(() => ip('link', 'del', name));
    for (const id of this.#netdevsims) tryRun(() => writeFileSync(`${NETDEVSIM_BUS}/del_device`, String(id)));
    this.#rdmaLinks.clear();
    this.#namespaces.clear();
    this.#links.clear();
    this.#netdevsims.clear();
  }

  /** Sets MTU and addresses, brings the link up and adds routes through it. */
  configure(name: string, options: { mtu?: number; addresses?: string[]; routes?: string[][]; up?: boolean }): void {
    if (options.mtu) ip('link', 'set', name, 'mtu', String(options.mtu));
    for (const address of options.addresses ?? []) ip('addr', 'add', address, 'dev', name, ...(address.includes(':') ? ['nodad'] : []));
    if (options.up ?? true) ip('link', 'set', name, 'up');
    for (const route of options.routes ?? []) ip('route', 'add', ...route, 'dev', name);
  }
}

/**
 * A describe block for tests that need a kernel feature this host may lack (its kernel has no
 * modules; the kernel lane's has them): where `missing` gives a reason, the block is skipped and
 * the reason printed, so a skip is never silent.
 */
export function describeWithKernel(title: string, missing: string | undefined, body: () => void): void {
  if (missing === undefined) {
    describe(title, body);
    return;
  }
  process.stderr.write(`skipped: ${title}: ${missing}\n`);
  describe.skip(`${title} (skipped: ${missing})`, body);
}

/** Why this kernel cannot create links of `kind` (tried on a throwaway link), or undefined when it can. */
export function missingLinkKind(kind: string, args: string[] = [], needsParent = false): string | undefined {
  const probe = new KernelFixture();
  try {
    const parent = needsParent ? probe.veth('lp') : undefined;
    probe.link('lk', kind, args, parent);
    return undefined;
  } catch (error) {
    return `this kernel cannot create ${kind} links (${firstLine(error)})`;
  } finally {
    probe.cleanup();
  }
}

export function missingNetdevsim(): string | undefined {
  return existsSync(`${NETDEVSIM_BUS}/new_device`) ? undefined : `this kernel has no netdevsim (${NETDEVSIM_BUS} is absent; the kernel lane builds and loads it)`;
}

/** Why rdma_rxe cannot run here (tried on a throwaway veth), or undefined when it can. */
export function missingRxe(): string | undefined {
  const probe = new KernelFixture();
  try {
    probe.rxe('rp', probe.veth('rv'));
    return undefined;
  } catch (error) {
    return `this kernel cannot create an rdma_rxe device (${firstLine(error)})`;
  } finally {
    probe.cleanup();
  }
}

function firstLine(error: unknown): string {
  const stderr = (error as { stderr?: Buffer | string }).stderr?.toString().trim();
  return (stderr || (error as Error).message).split('\n')[0]!;
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
