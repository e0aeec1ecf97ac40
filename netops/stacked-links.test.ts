/**
 * Links of kinds this host's kernel lacks (dummy, 802.1Q VLAN, ipvlan; the kernel lane has them):
 * discovered with their kind and the link they sit on, and given to a pod and brought back with
 * the host side exactly as it was.
 */
import { attach, detach } from './attach.ts';
import { cidr } from './test/values.ts';
import { listDevices } from './devices.ts';
import { describeWithKernel, inNetns, KernelFixture, linkExists, linkState, missingLinkKind } from './test/kernel-fixtures.ts';

const fixture = new KernelFixture();
afterEach(() => fixture.cleanup());

interface IpAddr { addr_info: Array<{ local: string; prefixlen: number; scope: string }> }

const kinds = [
  { kind: 'dummy', args: [], needsParent: false },
  { kind: 'vlan', args: ['id', '42'], needsParent: true },
  { kind: 'ipvlan', args: ['mode', 'l2'], needsParent: true },
];

for (const { kind, args, needsParent } of kinds) {
  describeWithKernel(`${kind} links`, missingLinkKind(kind, args, needsParent), () => {
    /** The link under test, on a veth parent when its kind needs one. */
    function create(): { name: string; parent?: string } {
      const parent = needsParent ? fixture.veth('p') : undefined;
      const name = fixture.link('k', kind, args, parent);
      return { name, ...(parent ? { parent } : {}) };
    }

    test('is discovered with its kind, and with the link it sits on', () => {
      const { name, parent } = create();
      const devices = listDevices();
      const device = devices.find((info) => info.ifName === name);
      expect(device).toMatchObject({ ifName: name, type: kind, virtual: true, isSriovVf: false });
      expect(device?.lowerIndex).toBe(parent === undefined ? undefined : devices.find((info) => info.ifName === parent)?.ifIndex);
    });

    test('goes into a pod configured and comes home exactly as it was', async () => {
      const { name, parent } = create();
      fixture.configure(name, { mtu: 1450, addresses: ['192.168.253.10/24'], routes: [['10.253.0.0/16', 'via', '192.168.253.1']] });
      const before = linkState(name);
      const parentBefore = parent === undefined ? undefined : linkState(parent);
      const ns = fixture.netns('pod');
      const { attachment } = await attach({
        hostIfName: name, netnsPath: ns.path,
        config: { interface: { name: 'net1', mtu: 1400, addresses: [cidr('10.60.0.2/24')] } },
      });
      expect(linkExists(name)).toBe(false);
      const [inPod] = inNetns<IpAddr[]>(ns.name, 'addr', 'show', 'dev', 'net1');
      expect(inPod!.addr_info.filter((a) => a.scope === 'global').map((a) => `${a.local}/${a.prefixlen}`)).toEqual(['10.60.0.2/24']);
      await detach(attachment);
      expect(linkState(name)).toEqual(before);
      if (parent !== undefined) expect(linkState(parent)).toEqual(parentBefore);
    });
  });
}
