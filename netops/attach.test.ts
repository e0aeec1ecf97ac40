/**
 * attach/detach against the real kernel, with veth/macvlan stand-in NICs in namespaces this file
 * creates. Every failure case also checks that the host link came back exactly as it was.
 */
import { attach, AttachError, detach, type Attachment } from './attach.ts';
import type { AttachConfig } from './attach-plan.ts';
import { AF_INET } from './ip.ts';
import { readSysctl } from './sysctl.ts';
import { inNetns, ip, KernelFixture, linkExists, linkState } from './test/kernel-fixtures.ts';
import { cidr, ipAddr } from './test/values.ts';

const fixture = new KernelFixture();
afterEach(() => fixture.cleanup());

interface IpLinkDetail { ifname: string; mtu: number; address: string; flags: string[]; gso_max_size: number; gro_max_size: number }
interface IpAddrInfo { addr_info: Array<{ local: string; prefixlen: number; scope: string; tentative?: boolean; dadfailed?: boolean }> }
interface IpRoute { dst: string; gateway?: string; table?: string; scope?: string }
interface IpRule { priority: number; src?: string; srclen?: number; table: string }
interface IpNeigh { dst: string; lladdr: string; state: string[] }

/** A host link with addresses and a route of its own, so restoring them is tested too. */
function hostNic(suffix: string): string {
  return fixture.veth(suffix, { mtu: 1500, addresses: ['192.168.251.10/24', 'fd00:251::10/64'], routes: [['10.251.0.0/16', 'via', '192.168.251.1']] });
}

async function attachOk(hostIfName: string, netnsPath: string, config: AttachConfig) {
  return attach({ hostIfName, netnsPath, config });
}

async function expectAttachFailure(hostIfName: string, netnsPath: string, config: AttachConfig, message: string | RegExp): Promise<void> {
  const before = linkState(hostIfName);
  await expect(attachOk(hostIfName, netnsPath, config)).rejects.toThrow(message);
  expect(linkState(hostIfName)).toEqual(before);
}

describe('attach', () => {
  test('applies every config field inside the pod and detach restores the host link exactly', async () => {
    const nic = hostNic('a');
    const ns = fixture.netns('pod');
    const before = linkState(nic);
    const { result, attachment } = await attachOk(nic, ns.path, {
      interface: {
        name: 'net1', mtu: 9000, hardwareAddr: '02:aa:bb:cc:dd:01', addresses: [cidr('10.40.0.2/24'), cidr('2001:db8:40::2/64')],
        arpIgnore: 1, arpAnnounce: 2, gsoMaxSize: 32768, groMaxSize: 32768,
      },
      routes: [
        { destination: cidr('10.41.0.0/16'), gateway: ipAddr('10.40.0.1') },
        { destination: cidr('10.42.0.0/16'), gateway: ipAddr('10.40.0.1'), table: 100 },
        { destination: cidr('2001:db8:41::/48'), gateway: ipAddr('2001:db8:40::1') },
        { destination: cidr('10.43.0.0/24'), scope: 253 },
      ],
      rules: [{ family: AF_INET, priority: 100, source: cidr('10.40.0.0/24'), table: 100 }],
      neighbors: [{ destination: ipAddr('10.40.0.1'), hardwareAddr: '02:aa:bb:cc:dd:09' }],
    });
    expect(result).toEqual({ device: nic, interfaceName: 'net1', hardwareAddress: '02:aa:bb:cc:dd:01', mtu: 9000, ips: ['10.40.0.2/24', '2001:db8:40::2/64'] });
    expect(linkExists(nic)).toBe(false);

    const [link] = inNetns<IpLinkDetail[]>(ns.name, '-d', 'link', 'show', 'net1');
    expect(link).toMatchObject({ ifname: 'net1', mtu: 9000, address: '02:aa:bb:cc:dd:01', gso_max_size: 32768, gro_max_size: 32768 });
    expect(link!.flags).toContain('UP');
    const addresses = inNetns<IpAddrInfo[]>(ns.name, 'addr', 'show', 'net1')[0]!.addr_info.filter((a) => a.scope === 'global');
    expect(addresses.map((a) => `${a.local}/${a.prefixlen}`)).toEqual(['10.40.0.2/24', '2001:db8:40::2/64']);
    expect(addresses.some((a) => a.tentative)).toBe(false); // usable at once: no DAD delay
    const routes = inNetns<IpRoute[]>(ns.name, 'route', 'show', 'table', 'all', 'dev', 'net1');
    expect(routes).toEqual(expect.arrayContaining([
      expect.objectContaining({ dst: '10.41.0.0/16', gateway: '10.40.0.1' }),
      expect.objectContaining({ dst: '10.42.0.0/16', gateway: '10.40.0.1', table: '100' }),
      expect.objectContaining({ dst: '2001:db8:41::/48', gateway: '2001:db8:40::1' }),
      expect.objectContaining({ dst: '10.43.0.0/24', scope: 'link' }),
    ]));
    expect(inNetns<IpRule[]>(ns.name, 'rule', 'show')).toContainEqual(expect.objectContaining({ priority: 100, src: '10.40.0.0', srclen: 24, table: '100' }));
    expect(inNetns<IpNeigh[]>(ns.name, 'neigh', 'show', 'dev', 'net1')).toContainEqual(expect.objectContaining({ dst: '10.40.0.1', lladdr: '02:aa:bb:cc:dd:09', state: ['PERMANENT'] }));
    expect(readSysctl(ns.path, 'net.ipv4.conf.net1.arp_ignore')).toBe('1');
    expect(readSysctl(ns.path, 'net.ipv4.conf.net1.arp_announce')).toBe('2');

    const outcome = await detach(attachment);
    expect(outcome).toEqual({ returned: true, warnings: [] });
    expect(linkState(nic)).toEqual(before);
    expect(inNetns<IpRule[]>(ns.name, 'rule', 'show').some((rule) => rule.priority === 100)).toBe(false);
    // Idempotent: a second detach finds the link home and changes nothing.
    expect(await detach(attachment)).toEqual({ returned: true, warnings: [] });
    expect(linkState(nic)).toEqual(before);
  });

  test('without configured addresses the host addresses and routes come along, keeping the host name', async () => {
    const nic = hostNic('b');
    const ns = fixture.netns('pod');
    const before = linkState(nic);
    const { result, attachment } = await attachOk(nic, ns.path, {});
    expect(result.interfaceName).toBe(nic);
    expect(result.ips).toEqual(['192.168.251.10/24', 'fd00:251::10/64']);
    const inside = linkState(nic, ns.name);
    expect(inside.addresses).toEqual(before.addresses);
    expect(inside.routes).toEqual(before.routes);
    expect(inside.mac).toBe(before.mac);
    await detach(attachment);
    expect(linkState(nic)).toEqual(before);
  });

  test('several links into one namespace and two namespaces at once', async () => {
    const nics = [hostNic('c'), fixture.veth('d'), fixture.veth('e')];
    const first = fixture.netns('one');
    const second = fixture.netns('two');
    const attached = await Promise.all([
      attachOk(nics[0]!, first.path, { interface: { name: 'net1', addresses: [cidr('10.50.0.2/24')] } }),
      attachOk(nics[1]!, first.path, { interface: { name: 'net2', addresses: [cidr('10.51.0.2/24')] } }),
      attachOk(nics[2]!, second.path, { interface: { name: 'net1', addresses: [cidr('10.50.0.2/24')] } }),
    ]);
    expect(linkState('net1', first.name).addresses).toEqual(['10.50.0.2/24']);
    expect(linkState('net2', first.name).addresses).toEqual(['10.51.0.2/24']);
    expect(linkState('net1', second.name).addresses).toEqual(['10.50.0.2/24']);
    await Promise.all(attached.map(({ attachment }) => detach(attachment)));
    for (const nic of nics) expect(linkExists(nic)).toBe(true);
  });

  test('a link whose namespace was torn down is found on the host and restored', async () => {
    const nic = hostNic('f');
    const ns = fixture.netns('gone');
    const before = linkState(nic);
    const { attachment } = await attachOk(nic, ns.path, { interface: { name: 'net7', addresses: [cidr('10.60.0.2/24')] } });
    // What the kernel does with hardware when a namespace dies: back to the root namespace,
    // still named as in the pod. (A veth would be destroyed, so hand it back the same way.)
    ip('-n', ns.name, 'link', 'set', 'net7', 'netns', '1');
    ip('netns', 'del', ns.name);
    expect(await detach(attachment)).toEqual({ returned: true, warnings: [] });
    expect(linkState(nic)).toEqual(before);
  });

  test('a virtual link destroyed with its namespace is reported, not an error', async () => {
    const nic = fixture.veth('g');
    const ns = fixture.netns('dies');
    const { attachment } = await attachOk(nic, ns.path, {});
    ip('netns', 'del', ns.name);
    const outcome = await detach(attachment);
    expect(outcome.returned).toBe(false);
    expect(outcome.warnings.join()).toContain('destroyed with its pod namespace');
  });

  test('when the host name was taken meanwhile the link still comes home, under another name', async () => {
    const nic = fixture.veth('h');
    const ns = fixture.netns('pod');
    const { attachment } = await attachOk(nic, ns.path, { interface: { name: 'net1' } });
    // Another link takes the host name while ours is in the pod.
    ip('link', 'add', nic, 'type', 'veth', 'peer', 'name', `${fixture.prefix}hq`);
    const outcome = await detach(attachment);
    expect(outcome.returned).toBe(true);
    expect(outcome.warnings.join()).toMatch(new RegExp(`host name ${nic} was taken; the link came back as \\S+`));
    const fallback = fixture.track(/came back as (\S+)/.exec(outcome.warnings.join())![1]!);
    expect(linkExists(fallback)).toBe(true);
    expect(linkExists('net1', ns.name)).toBe(false);
  });
});

describe('attach failures leave the host link unchanged', () => {
  test('unknown device', async () => {
    const ns = fixture.netns('pod');
    await expect(attachOk(`${fixture.prefix}zz`, ns.path, {})).rejects.toThrow(`device ${fixture.prefix}zz not found on the host`);
  });

  test('namespace that does not exist', async () => {
    const nic = hostNic('i');
    await expectAttachFailure(nic, `/var/run/netns/${fixture.prefix}-none`, {}, 'does not exist');
  });

  test('interface name already taken inside the pod', async () => {
    const nic = hostNic('j');
    const ns = fixture.netns('pod');
    ip('link', 'add', `${fixture.prefix}k`, 'type', 'veth', 'peer', 'name', `${fixture.prefix}kp`);
    ip('link', 'set', `${fixture.prefix}k`, 'netns', ns.name, 'name', 'net1');
    await expectAttachFailure(nic, ns.path, { interface: { name: 'net1' } }, `interface name net1 is already taken in ${ns.path}`);
  });

  test('gateway not reachable rolls back with the kernel reason', async () => {
    const nic = hostNic('m');
    const ns = fixture.netns('pod');
    await expectAttachFailure(nic, ns.path,
      { interface: { name: 'net1', addresses: [cidr('10.70.0.2/24')] }, routes: [{ destination: cidr('10.71.0.0/16'), gateway: ipAddr('10.99.0.1') }] },
      /add route 10\.71\.0\.0\/16 via 10\.99\.0\.1: .*(Nexthop has invalid gateway|ENETUNREACH).*the link was returned to the host/);
    expect(linkExists('net1', ns.name)).toBe(false);
  });

  test('MTU out of range for the kernel: a macvlan above its parent', async () => {
    const ns = fixture.netns('pod');
    const parent = fixture.veth('o', { mtu: 1500 });
    const macvlan = fixture.macvlan('q', parent);
    await expectAttachFailure(macvlan, ns.path, { interface: { name: 'net1', mtu: 1600 } }, /move .* as net1: .*EINVAL.*returned to the host/);
  });

  test('duplicate address (same IPv6 address twice with different prefixes)', async () => {
    const nic = hostNic('r');
    const ns = fixture.netns('pod');
    await expectAttachFailure(nic, ns.path, { interface: { name: 'net1', addresses: [cidr('2001:db8:9::2/64'), cidr('2001:db8:9::2/96')] } },
      /add address 2001:db8:9::2\/96 to net1: .*EEXIST.*returned to the host/);
  });

  test('errors are typed and name the device', async () => {
    const ns = fixture.netns('pod');
    const error = await attachOk(`${fixture.prefix}yy`, ns.path, {}).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AttachError);
    expect((error as AttachError).device).toBe(`${fixture.prefix}yy`);
  });
});

export type { Attachment };
