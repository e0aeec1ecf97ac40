/**
 * Sub-interfaces against the real kernel: children created in pods' namespaces, configured
 * there, talking to each other, and deleted at detach, rollback and reconcile, with the parent
 * read back from the kernel unchanged (iproute2 as the oracle). macvlan runs on this host;
 * ipvlan and VLAN where the kernel has them (the kernel lane).
 */
import type { Attachment } from './attach.ts';
import { attachChild, beginChildAttach, detachChild, planChild } from './child-attach.ts';
import type { ChildLinkSpec } from './child-link.ts';
import type { AttachConfig } from './attach-plan.ts';
import { AF_INET } from './ip.ts';
import { readSysctl } from './sysctl.ts';
import { describeWithKernel, inNetns, ip, ipJson, KernelFixture, linkExists, linkState, missingLinkKind } from './test/kernel-fixtures.ts';
import { transfer } from './test/traffic.ts';
import { cidr, ipAddr } from './test/values.ts';

const fixture = new KernelFixture();
afterEach(() => fixture.cleanup());

interface IpLinkDetail {
  ifname: string; mtu: number; address: string; flags: string[]; promiscuity: number; qdisc?: string;
  linkinfo?: { info_kind: string; info_data?: Record<string, unknown> };
}

/** The parent as the kernel shows it, everything a child could disturb: state, addresses, routes, promiscuity, qdisc. */
function parentState(name: string) {
  const [detail] = ipJson<IpLinkDetail[]>('-d', 'link', 'show', 'dev', name);
  return { ...linkState(name), promiscuity: detail!.promiscuity, qdisc: detail!.qdisc, kind: detail!.linkinfo?.info_kind };
}

/** Links in the namespace other than lo: what a detach must leave behind is nothing. */
function podLinks(netns: string): string[] {
  return inNetns<Array<{ ifname: string }>>(netns, 'link', 'show').map((link) => link.ifname).filter((name) => name !== 'lo');
}

function childDetail(netns: string, name: string): IpLinkDetail {
  return inNetns<IpLinkDetail[]>(netns, '-d', 'link', 'show', 'dev', name)[0]!;
}

async function attachOk(parent: string, netnsPath: string, child: ChildLinkSpec, config: AttachConfig) {
  return attachChild({ hostIfName: parent, netnsPath, child, config });
}

/** A veth parent with its peer up too: a child has carrier only while its parent has. */
function parentVeth(suffix: string, options: Parameters<KernelFixture['veth']>[1] = {}): string {
  const parent = fixture.veth(suffix, options);
  fixture.configure(`${parent}p`, {});
  return parent;
}

/** Two pods with a child each of `parents` (one parent shared, or one each), a few bytes between them, and detach. */
async function twoPodsTalking(parents: [string, string], spec: ChildLinkSpec) {
  const before = parents.map(parentState);
  const pods = [fixture.netns('a'), fixture.netns('b')];
  const attached = await Promise.all(pods.map((pod, i) =>
    attachOk(parents[i]!, pod.path, spec, { interface: { name: 'net1', addresses: [cidr(`10.88.0.${i + 1}/24`)] } })));
  for (const [i, pod] of pods.entries()) {
    const child = childDetail(pod.name, 'net1');
    expect(child.linkinfo?.info_kind).toBe(spec.kind);
    expect(child.flags).toContain('UP');
    expect(linkState('net1', pod.name).addresses).toEqual([`10.88.0.${i + 1}/24`]);
  }
  const sent = await transfer(pods[0]!.name, pods[1]!.name, '10.88.0.2', 1_000_000);
  expect(sent.bytes).toBe(1_000_000);
  for (const { attachment } of attached) expect(await detachChild(attachment)).toEqual({ returned: true, warnings: [] });
  for (const pod of pods) expect(podLinks(pod.name)).toEqual([]);
  expect(parents.map(parentState)).toEqual(before);
  return attached;
}

describe('macvlan children', () => {
  test('two pods get children of one veth parent at once, talk over it in bridge mode, and leave the parent exactly as it was', async () => {
    const parent = parentVeth('p', { addresses: ['192.168.252.10/24'], routes: [['10.252.0.0/16', 'via', '192.168.252.1']] });
    const attached = await twoPodsTalking([parent, parent], { kind: 'macvlan', mode: 'bridge' });
    expect(attached.map(({ result }) => result.device)).toEqual([parent, parent]);
    expect(new Set(attached.map(({ result }) => result.hardwareAddress)).size).toBe(2);
  });

  test('every interface field applies to the child: name, MTU, MAC, addresses, routes, rules, neighbours, sysctls', async () => {
    const parent = parentVeth('q', { mtu: 9000 });
    const pod = fixture.netns('pod');
    const { result, attachment } = await attachOk(parent, pod.path, { kind: 'macvlan', mode: 'private' }, {
      interface: { name: 'data0', mtu: 8000, hardwareAddr: '02:aa:bb:cc:dd:31', addresses: [cidr('10.89.0.2/24'), cidr('2001:db8:89::2/64')], arpIgnore: 1 },
      routes: [{ destination: cidr('10.90.0.0/16'), gateway: ipAddr('10.89.0.1'), table: 100 }],
      rules: [{ family: AF_INET, priority: 100, source: cidr('10.89.0.0/24'), table: 100 }],
      neighbors: [{ destination: ipAddr('10.89.0.1'), hardwareAddr: '02:aa:bb:cc:dd:09' }],
    });
    expect(result).toEqual({ device: parent, interfaceName: 'data0', hardwareAddress: '02:aa:bb:cc:dd:31', mtu: 8000, ips: ['10.89.0.2/24', '2001:db8:89::2/64'] });
    const child = childDetail(pod.name, 'data0');
    expect(child).toMatchObject({ mtu: 8000, address: '02:aa:bb:cc:dd:31', linkinfo: { info_kind: 'macvlan', info_data: { mode: 'private' } } });
    expect(inNetns(pod.name, 'route', 'show', 'table', '100')).toContainEqual(expect.objectContaining({ dst: '10.90.0.0/16', gateway: '10.89.0.1' }));
    expect(inNetns(pod.name, 'rule', 'show')).toContainEqual(expect.objectContaining({ priority: 100, src: '10.89.0.0', table: '100' }));
    expect(inNetns(pod.name, 'neigh', 'show', 'dev', 'data0')).toContainEqual(expect.objectContaining({ dst: '10.89.0.1', lladdr: '02:aa:bb:cc:dd:09' }));
    expect(readSysctl(pod.path, 'net.ipv4.conf.data0.arp_ignore')).toBe('1');
    expect(linkExists(parent)).toBe(true);

    await detachChild(attachment);
    expect(podLinks(pod.name)).toEqual([]);
    expect(inNetns<Array<{ priority: number }>>(pod.name, 'rule', 'show').some((rule) => rule.priority === 100)).toBe(false);
  });

  test('passthru mode takes the parent over and gives it back', async () => {
    const parent = parentVeth('r');
    const before = parentState(parent);
    const pod = fixture.netns('pod');
    const { result, attachment } = await attachOk(parent, pod.path, { kind: 'macvlan', mode: 'passthru' }, { interface: { name: 'net1' } });
    expect(result.hardwareAddress).toBe(before.mac);
    expect(childDetail(pod.name, 'net1').linkinfo?.info_data).toMatchObject({ mode: 'passthru' });
    await detachChild(attachment);
    expect(parentState(parent)).toEqual(before);
  });
});

describe('refused before anything is created, naming the field', () => {
  const parent = { ifName: 'eth9', ifIndex: 9, mtu: 1500, mac: '02:00:00:00:00:09', up: true, addresses: [cidr('10.0.0.9/24')], routes: [] };
  const plan = (child: ChildLinkSpec, config: AttachConfig) => planChild(parent, { child, config });

  test('an MTU above the parent\'s', () => {
    expect(() => plan({ kind: 'macvlan', mode: 'bridge' }, { interface: { mtu: 9000 } }))
      .toThrow('interface.mtu: 9000 is above the MTU of the parent eth9 (1500); a macvlan child cannot exceed it');
  });

  test('a MAC address for a kind that takes its parent\'s', () => {
    expect(() => plan({ kind: 'ipvlan', mode: 'l2', flags: 'bridge' }, { interface: { hardwareAddr: '02:00:00:00:00:01' } }))
      .toThrow('interface.hardwareAddr: an ipvlan child shares the MAC address of its parent eth9');
    expect(() => plan({ kind: 'macvlan', mode: 'passthru' }, { interface: { hardwareAddr: '02:00:00:00:00:01' } }))
      .toThrow('interface.hardwareAddr: a passthru macvlan takes the MAC address of its parent eth9');
  });

  test('an ipvlan child whose mode or flags differ from its siblings\' (the kernel keeps one setting per parent)', () => {
    const l2 = { kind: 'ipvlan', mode: 'l2', flags: 'bridge' } as const;
    const request = (child: ChildLinkSpec) => ({ child, siblings: [l2, { kind: 'vlan', vlanId: 5, protocol: '802.1Q' } as const], config: {} });
    expect(() => planChild(parent, request({ ...l2, flags: 'private' })))
      .toThrow('eth9: the parent\'s ipvlan children run in mode l2 with flags bridge, and the kernel keeps one mode and flags per parent: an ipvlan child in mode l2 with flags private would switch theirs too');
    expect(() => planChild(parent, request({ ...l2, mode: 'l3' }))).toThrow('an ipvlan child in mode l3 with flags bridge would switch theirs too');
    expect(planChild(parent, request(l2)).podIfName).toBe('eth9');
    expect(planChild(parent, request({ kind: 'vlan', vlanId: 6, protocol: '802.1Q' })).podIfName).toBe('eth9');
  });

  test('what the kernel would refuse with a bare errno: macvlan beside ipvlan, a passthru beside anything, a VLAN twice', () => {
    const plan = (child: ChildLinkSpec, siblings: ChildLinkSpec[]) => () => planChild(parent, { child, siblings, config: {} });
    expect(plan({ kind: 'macvlan', mode: 'bridge' }, [{ kind: 'ipvlan', mode: 'l2', flags: 'bridge' }]))
      .toThrow('eth9: the parent has ipvlan children, and a link takes either macvlan or ipvlan children, not both: a macvlan child cannot join them');
    expect(plan({ kind: 'macvlan', mode: 'passthru' }, [{ kind: 'macvlan', mode: 'bridge' }]))
      .toThrow('eth9: a passthru macvlan takes its parent whole: it cannot share the parent with another macvlan child (the parent has one in bridge mode)');
    expect(plan({ kind: 'macvlan', mode: 'vepa' }, [{ kind: 'macvlan', mode: 'passthru' }])).toThrow('a passthru macvlan takes its parent whole');
    expect(plan({ kind: 'vlan', vlanId: 5, protocol: '802.1Q' }, [{ kind: 'vlan', vlanId: 5, protocol: '802.1Q' }]))
      .toThrow('eth9: VLAN 5 (802.1Q) of the parent is a child in a pod already: a link has one child per VLAN');
    expect(plan({ kind: 'vlan', vlanId: 5, protocol: '802.1ad' }, [{ kind: 'vlan', vlanId: 5, protocol: '802.1Q' }, { kind: 'macvlan', mode: 'passthru' }])()).toMatchObject({ podIfName: 'eth9' });
  });

  test('a child carries nothing of its parent: no addresses or routes unless configured, the parent\'s name unless named', () => {
    const planned = plan({ kind: 'vlan', vlanId: 7, protocol: '802.1Q' }, {});
    expect(planned).toMatchObject({ podIfName: 'eth9', addresses: [], routes: [], move: { name: 'eth9' } });
    expect(planned.move.mtu).toBeUndefined();
  });

  test('in the kernel: the pod namespace untouched, the parent unchanged', async () => {
    const parent = parentVeth('s');
    const pod = fixture.netns('pod');
    const before = parentState(parent);
    await expect(attachOk(parent, pod.path, { kind: 'macvlan', mode: 'bridge' }, { interface: { mtu: 1600 } })).rejects.toThrow('interface.mtu: 1600 is above the MTU of the parent');
    await expect(attachOk(`${fixture.prefix}none`, pod.path, { kind: 'macvlan', mode: 'bridge' }, {})).rejects.toThrow(`parent device ${fixture.prefix}none not found on the host`);
    expect(podLinks(pod.name)).toEqual([]);
    expect(parentState(parent)).toEqual(before);
  });
});

describe('the child is deleted at rollback and reconcile', () => {
  test('a failing step deletes the child and the rules already added, with the kernel\'s reason', async () => {
    const parent = parentVeth('t');
    const pod = fixture.netns('pod');
    const before = parentState(parent);
    await expect(attachOk(parent, pod.path, { kind: 'macvlan', mode: 'bridge' }, {
      interface: { name: 'net1', addresses: [cidr('10.91.0.2/24')] },
      rules: [{ family: AF_INET, priority: 101, source: cidr('10.91.0.0/24'), table: 101 }],
      neighbors: [{ destination: ipAddr('10.91.0.1'), hardwareAddr: '02:aa:bb:cc:dd:09' }],
      routes: [{ destination: cidr('10.92.0.0/16'), gateway: ipAddr('10.99.0.1') }],
    })).rejects.toThrow(/add route 10\.92\.0\.0\/16 via 10\.99\.0\.1: .*the child was deleted/);
    expect(podLinks(pod.name)).toEqual([]);
    expect(parentState(parent)).toEqual(before);
  });

  test('after a crash, the checkpoint written before the child existed is enough to find and delete it', async () => {
    const parent = parentVeth('u');
    const pod = fixture.netns('pod');
    const pending = beginChildAttach({ hostIfName: parent, netnsPath: pod.path, child: { kind: 'macvlan', mode: 'vepa' }, config: { interface: { name: 'net1' } } });
    // What the agent checkpoints before complete(); the restarted agent has only this.
    const checkpoint = JSON.parse(JSON.stringify(pending.attachment)) as Attachment;
    await pending.complete();
    expect(checkpoint.child?.podIndex).toBeUndefined();
    expect(linkExists('net1', pod.name)).toBe(true);
    expect(await detachChild(checkpoint)).toEqual({ returned: true, warnings: [] });
    expect(podLinks(pod.name)).toEqual([]);
    // Repeating it, or with the namespace gone, is a no-op.
    expect(await detachChild(checkpoint)).toEqual({ returned: true, warnings: [] });
    ip('netns', 'del', pod.name);
    expect(await detachChild(checkpoint)).toEqual({ returned: true, warnings: [] });
  });

  test('a link under the pod name that is not our child is left alone', async () => {
    const parent = parentVeth('v');
    const pod = fixture.netns('pod');
    const { attachment } = await attachOk(parent, pod.path, { kind: 'macvlan', mode: 'bridge' }, { interface: { name: 'net1' } });
    await detachChild(attachment);
    // The pod made its own net1 meanwhile (a veth): a repeated detach must not delete it.
    ip('link', 'add', `${fixture.prefix}w`, 'type', 'veth', 'peer', 'name', `${fixture.prefix}wp`);
    ip('link', 'set', `${fixture.prefix}w`, 'netns', pod.name, 'name', 'net1');
    await detachChild(attachment);
    expect(linkExists('net1', pod.name)).toBe(true);
  });
});

describeWithKernel('ipvlan children', missingLinkKind('ipvlan', [], true), () => {
  test.each([['l2', 'bridge'], ['l3', 'bridge'], ['l3s', 'bridge']] as const)('two pods in %s mode (%s) on one veth parent talk, and the parent is untouched', async (mode, flags) => {
    const parent = parentVeth('p');
    await twoPodsTalking([parent, parent], { kind: 'ipvlan', mode, flags });
  });

  // The kernel keeps an ipvlan's mode and flags per parent (the last child created sets them for
  // all): children with other settings need a parent each. iproute2 shows the flag as a boolean.
  test('private and vepa flags reach the kernel', async () => {
    const parents = [parentVeth('q'), parentVeth('r')];
    const pods = [fixture.netns('a'), fixture.netns('b')];
    const attached = await Promise.all((['private', 'vepa'] as const).map((flags, i) => attachOk(parents[i]!, pods[i]!.path, { kind: 'ipvlan', mode: 'l2', flags }, { interface: { name: 'net1' } })));
    expect(childDetail(pods[0]!.name, 'net1').linkinfo?.info_data).toMatchObject({ mode: 'l2', private: true });
    expect(childDetail(pods[1]!.name, 'net1').linkinfo?.info_data).toMatchObject({ mode: 'l2', vepa: true });
    for (const { attachment } of attached) await detachChild(attachment);
    for (const pod of pods) expect(podLinks(pod.name)).toEqual([]);
  });
});

describeWithKernel('VLAN children', missingLinkKind('vlan', ['id', '5'], true), () => {
  test.each([['802.1Q'], ['802.1ad']] as const)('%s: the same VLAN on both ends of a veth pair, one child per pod, tagged traffic between them', async (protocol) => {
    const parent = parentVeth('p');
    await twoPodsTalking([parent, `${parent}p`], { kind: 'vlan', vlanId: 300, protocol });
  });

  test('id, protocol and MAC reach the kernel', async () => {
    const parent = parentVeth('q');
    const pod = fixture.netns('pod');
    const { attachment } = await attachOk(parent, pod.path, { kind: 'vlan', vlanId: 4094, protocol: '802.1ad' }, { interface: { name: 'net1', hardwareAddr: '02:aa:bb:cc:dd:41' } });
    expect(childDetail(pod.name, 'net1')).toMatchObject({ address: '02:aa:bb:cc:dd:41', linkinfo: { info_kind: 'vlan', info_data: { protocol: '802.1ad', id: 4094 } } });
    await detachChild(attachment);
    expect(podLinks(pod.name)).toEqual([]);
  });
});
