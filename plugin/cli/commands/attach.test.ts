/** `bin/netclaim attach` / `detach` as a node operator runs them: real process, real kernel. */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ip, KernelFixture, linkExists, linkState } from '../../../netops/test/kernel-fixtures.ts';

const bin = path.resolve(import.meta.dirname, '../../../bin/netclaim');
const fixture = new KernelFixture();
let stateDir: string;

beforeEach(() => {
  stateDir = mkdtempSync(path.join(tmpdir(), 'netclaim-state-'));
});
afterEach(() => {
  fixture.cleanup();
  rmSync(stateDir, { recursive: true, force: true });
});

function netclaim(args: string[], input?: string) {
  const result = spawnSync(bin, [...args, '--state-dir', stateDir], { input, encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

test('attach prints the result, detach restores the host link, a second detach is a no-op', () => {
  const nic = fixture.veth('a', { addresses: ['192.168.253.1/24'] });
  const ns = fixture.netns('pod');
  const before = linkState(nic);
  const attached = netclaim(['attach', '--netns', ns.path, '--device', nic, '--config', '-'],
    JSON.stringify({ interface: { name: 'net1', addresses: ['10.80.0.2/24'], mtu: 1400 }, rules: [{ priority: 150, source: '10.80.0.0/24', table: 150 }] }));
  expect(attached.stderr).toBe('');
  expect(attached.code).toBe(0);
  expect(JSON.parse(attached.stdout)).toEqual({ device: nic, interfaceName: 'net1', hardwareAddress: before.mac, mtu: 1400, ips: ['10.80.0.2/24'] });
  expect(linkState('net1', ns.name).addresses).toEqual(['10.80.0.2/24']);
  expect(ip('-n', ns.name, 'rule', 'show', 'priority', '150')).toContain('from 10.80.0.0/24 lookup 150');

  const again = netclaim(['attach', '--netns', ns.path, '--device', nic]);
  expect(again.code).toBe(1);
  expect(again.stderr).toBe(`netclaim attach: ${nic} is already attached to ${ns.path} as net1; detach it first\n`);

  const detached = netclaim(['detach', '--netns', ns.path, '--device', nic]);
  expect(detached.code).toBe(0);
  expect(JSON.parse(detached.stdout)).toEqual({ device: nic, returned: true, warnings: [] });
  expect(linkState(nic)).toEqual(before);
  // The rule, checkpointed as JSON by attach, was removed by a different process.
  expect(ip('-n', ns.name, 'rule', 'show', 'priority', '150')).toBe('');
  expect(netclaim(['detach', '--netns', ns.path, '--device', nic]).code).toBe(0);
});

test('a bad config exits non-zero with one line naming the field, and nothing moves', () => {
  const nic = fixture.veth('b');
  const ns = fixture.netns('pod');
  const before = linkState(nic);
  const result = netclaim(['attach', '--netns', ns.path, '--device', nic, '--config', '-'], '{"interface":{"mtu":1,"nmae":"x"}}');
  expect(result.code).toBe(1);
  expect(result.stderr).toBe('netclaim attach: invalid config: interface.mtu: must be at least 68; interface.nmae: unknown field\n');
  expect(linkState(nic)).toEqual(before);
  expect(linkExists('x', ns.name)).toBe(false);
});

test('usage errors exit 2', () => {
  expect(netclaim(['attach', '--device', 'x']).stderr).toBe('netclaim attach: --netns PATH is required\n');
  expect(netclaim(['attach', '--device', 'x']).code).toBe(2);
  expect(spawnSync(bin, ['no-such-command']).status).toBe(2);
});

describe('attach refuses what the daemon would never do, and leaves the link as it was', () => {
  // A namespace plays the node: its uplink stand-in carries its default route, so the real host's is never touched.
  let node: { name: string; path: string };
  let pod: { name: string; path: string };
  const uplink = `${fixture.prefix}u`;
  const stacked = `${fixture.prefix}m`;
  const free = `${fixture.prefix}f`;

  beforeEach(() => {
    node = fixture.netns('node');
    pod = fixture.netns('pod');
    ip('-n', node.name, 'link', 'add', uplink, 'type', 'veth', 'peer', 'name', `${uplink}p`);
    ip('-n', node.name, 'addr', 'add', '192.168.241.2/24', 'dev', uplink);
    ip('-n', node.name, 'link', 'set', uplink, 'up');
    ip('-n', node.name, 'route', 'add', 'default', 'via', '192.168.241.1', 'dev', uplink);
    ip('-n', node.name, 'link', 'add', 'link', uplink, 'name', stacked, 'type', 'macvlan', 'mode', 'bridge');
    ip('-n', node.name, 'link', 'add', free, 'type', 'veth', 'peer', 'name', `${free}p`);
    ip('-n', node.name, 'addr', 'add', '192.168.242.2/24', 'dev', free);
  });

  /** `netclaim attach` run on the node namespace; returns its outcome once it has checked the link is as it was. */
  function attachOnNode(device: string, netns: string, user: string[] = []) {
    const before = linkState(device, node.name);
    const result = spawnSync('ip', ['netns', 'exec', node.name, ...user, bin, 'attach', '--netns', netns, '--device', device, '--config', '-', '--state-dir', stateDir],
      { input: JSON.stringify({ interface: { name: 'net1', addresses: ['10.81.0.2/24'] } }), encoding: 'utf8' });
    expect(linkState(device, node.name)).toEqual(before);
    expect(linkExists('net1', pod.name)).toBe(false);
    return { code: result.status, stderr: result.stderr };
  }

  test.each([
    ['the uplink', () => uplink, 'carries or is stacked with a default route'],
    ['a link stacked on the uplink', () => stacked, 'carries or is stacked with a default route'],
    ['loopback', () => 'lo', 'loopback'],
  ])('%s', (_, device, reason) => {
    expect(linkState(uplink, node.name).routes).toContain('default via 192.168.241.1');
    expect(attachOnNode(device(), pod.path)).toEqual({ code: 1, stderr: `netclaim attach: --device ${device()}: kept for the node (${reason}); netclaim never offers it\n` });
  });

  test('a NIC that carries a stacked link (a storage VLAN\'s stand-in), and that link\'s bridge port, though neither has a default route', () => {
    const storage = `${fixture.prefix}s`;
    ip('-n', node.name, 'link', 'add', storage, 'type', 'veth', 'peer', 'name', `${storage}p`);
    ip('-n', node.name, 'link', 'add', 'link', storage, 'name', `${storage}.9`, 'type', 'macvlan', 'mode', 'bridge');
    ip('-n', node.name, 'addr', 'add', '192.168.243.2/24', 'dev', `${storage}.9`);
    ip('-n', node.name, 'link', 'add', `${fixture.prefix}br`, 'type', 'bridge');
    ip('-n', node.name, 'link', 'set', `${free}p`, 'master', `${fixture.prefix}br`);
    expect(attachOnNode(storage, pod.path)).toEqual({ code: 1, stderr: `netclaim attach: --device ${storage}: kept for the node (links are stacked on it (${storage}.9) and would be destroyed by a move); netclaim never offers it\n` });
    expect(linkState(`${storage}.9`, node.name).addresses).toEqual(['192.168.243.2/24']);
    expect(attachOnNode(`${free}p`, pod.path)).toEqual({ code: 1, stderr: `netclaim attach: --device ${free}p: kept for the node (a port of ${fixture.prefix}br); netclaim never offers it\n` });
  });

  // Uplinks a node may have whose default route names no single output link in the main table.
  test.each([
    ['both legs of a multipath (ECMP) default route', ['nexthop', 'via', '192.168.241.1', 'dev', uplink, 'nexthop', 'via', '192.168.242.1', 'dev', free], [uplink, free]],
    ['a link whose default route is in a policy-routing table', ['via', '192.168.242.1', 'dev', free, 'table', '100'], [free]],
  ])('%s', (_, route, kept) => {
    ip('-n', node.name, 'link', 'set', free, 'up');
    ip('-n', node.name, 'route', 'del', 'default');
    ip('-n', node.name, 'route', 'add', 'default', ...route);
    for (const device of kept) {
      expect(attachOnNode(device, pod.path)).toEqual({ code: 1, stderr: `netclaim attach: --device ${device}: kept for the node (carries or is stacked with a default route); netclaim never offers it\n` });
    }
  });

  test('every link of a default route through a nexthop group, with the kernel not expanding nexthop objects in route dumps', () => {
    // FRR's recommended setting: a route then names only its nexthop id, no output link.
    execFileSync('ip', ['netns', 'exec', node.name, 'sysctl', '-qw', 'net.ipv4.nexthop_compat_mode=0']);
    // A nexthop needs a carrier: both veths' peers up.
    for (const link of [free, `${uplink}p`, `${free}p`]) ip('-n', node.name, 'link', 'set', link, 'up');
    ip('-n', node.name, 'route', 'del', 'default');
    ip('-n', node.name, 'nexthop', 'add', 'id', '7', 'via', '192.168.241.1', 'dev', uplink);
    ip('-n', node.name, 'nexthop', 'add', 'id', '8', 'via', '192.168.242.1', 'dev', free);
    ip('-n', node.name, 'nexthop', 'add', 'id', '9', 'group', '7/8');
    ip('-n', node.name, 'route', 'add', 'default', 'nhid', '9');
    expect(ip('-n', node.name, 'route', 'show', 'default').trim()).toBe('default nhid 9');
    for (const device of [uplink, free]) {
      expect(attachOnNode(device, pod.path)).toEqual({ code: 1, stderr: `netclaim attach: --device ${device}: kept for the node (carries or is stacked with a default route); netclaim never offers it\n` });
    }
  });

  test.each([
    ['the namespace attach runs in, by its own path', () => '/proc/self/ns/net', "is the host's own network namespace"],
    ['the namespace attach runs in, by its bind mount', () => node.path, "is the host's own network namespace"],
    ['a mount namespace', () => '/proc/self/ns/mnt', 'not a network namespace'],
    ['a regular file', () => '/etc/hostname', 'not a network namespace'],
    ['a directory', () => '/var/run/netns', 'not a network namespace'],
    ['a path that does not exist', () => `/var/run/netns/${fixture.prefix}-gone`, 'does not exist'],
  ])('a --netns that is %s', (_, netns, problem) => {
    expect(attachOnNode(free, netns())).toEqual({ code: 1, stderr: `netclaim attach: --netns ${netns()}: ${problem}\n` });
  });

  test('a --netns the caller may not enter', () => {
    const nobody = ['setpriv', '--reuid=65534', '--regid=65534', '--clear-groups'];
    expect(attachOnNode(free, pod.path, nobody)).toEqual({ code: 1, stderr: `netclaim attach: --netns ${pod.path}: permission denied\n` });
  });
});

test('with interface.type the pod gets a child, the device stays on the host, and detach deletes the child', () => {
  const parent = fixture.veth('c', { addresses: ['192.168.253.9/24'] });
  fixture.configure(`${parent}p`, {});
  const ns = fixture.netns('pod');
  const before = linkState(parent);
  const attached = netclaim(['attach', '--netns', ns.path, '--device', parent, '--config', '-'],
    JSON.stringify({ interface: { type: 'macvlan', name: 'net1', addresses: ['10.81.0.2/24'] } }));
  expect(attached.stderr).toBe('');
  expect(JSON.parse(attached.stdout)).toMatchObject({ device: parent, interfaceName: 'net1', ips: ['10.81.0.2/24'] });
  expect(ip('-n', ns.name, '-d', 'link', 'show', 'net1')).toContain('macvlan mode bridge');
  expect(linkState(parent)).toEqual(before);

  expect(JSON.parse(netclaim(['detach', '--netns', ns.path, '--device', parent]).stdout)).toEqual({ device: parent, returned: true, warnings: [] });
  expect(linkExists('net1', ns.name)).toBe(false);
  expect(linkState(parent)).toEqual(before);

  const vlan = netclaim(['attach', '--netns', ns.path, '--device', parent, '--config', '-'], '{"interface":{"type":"vlan"}}');
  expect(vlan.code).toBe(1);
  expect(vlan.stderr).toBe('netclaim attach: invalid config: interface.vlanId: is required for interface.type "vlan"\n');
});
