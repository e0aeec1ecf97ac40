/** One Route type for list and add: a route listed from the kernel is added elsewhere as it is. */
import { findLinkByName } from './link.ts';
import { NETLINK, RT_SCOPE, RT_TABLE, RTPROT } from './netlink/constants.ts';
import { NetlinkSocket } from './netlink/socket.ts';
import { addRoute, listRoutes, type Route } from './route.ts';
import { inNetns, ip, KernelFixture } from './test/kernel-fixtures.ts';
import { cidr, ipAddr } from './test/values.ts';

const fixture = new KernelFixture();
afterEach(() => fixture.cleanup());

interface IpRoute { dst: string; gateway?: string; table?: string; scope?: string; protocol?: string; metric?: number }

/** A namespace with one veth end at 10.77.0.2/24, up, and an open socket in it. */
function namespaceWithLink(suffix: string): { name: string; socket: NetlinkSocket; index: number } {
  const ns = fixture.netns(suffix);
  const link = fixture.veth(suffix);
  ip('link', 'set', link, 'netns', ns.name);
  ip('-n', ns.name, 'addr', 'add', '10.77.0.2/24', 'dev', link);
  ip('-n', ns.name, 'link', 'set', link, 'up');
  const socket = NetlinkSocket.open(NETLINK.ROUTE, ns.path);
  return { name: ns.name, socket, index: findLinkByName(socket, link)!.index };
}

test('a route added with defaults lists with them, and the listed Route adds the same route in another namespace', () => {
  const first = namespaceWithLink('a');
  const second = namespaceWithLink('b');
  try {
    const planned: Route = { destination: cidr('10.78.0.0/16'), gateway: ipAddr('10.77.0.1'), table: 100, priority: 20 };
    addRoute(first.socket, { ...planned, outputIndex: first.index });
    addRoute(first.socket, { destination: cidr('10.79.0.0/24'), protocol: RTPROT.BOOT, outputIndex: first.index });

    const listed = listRoutes(first.socket, { outputIndex: first.index }).filter((route) => route.protocol !== RTPROT.KERNEL && route.table !== RT_TABLE.LOCAL);
    expect(listed).toEqual(expect.arrayContaining([
      expect.objectContaining({ ...planned, scope: RT_SCOPE.UNIVERSE, protocol: RTPROT.STATIC, outputIndex: first.index }),
      expect.objectContaining({ destination: cidr('10.79.0.0/24'), table: RT_TABLE.MAIN, scope: RT_SCOPE.LINK, protocol: RTPROT.BOOT }),
    ]));
    for (const route of listed) addRoute(second.socket, { ...route, outputIndex: second.index });

    const shown = (ns: string) => inNetns<IpRoute[]>(ns, 'route', 'show', 'table', 'all')
      .filter((route) => route.dst === '10.78.0.0/16' || route.dst === '10.79.0.0/24');
    expect(shown(second.name)).toEqual(shown(first.name).map((route) => expect.objectContaining({ ...route, dev: expect.any(String) })));
    expect(shown(second.name)).toHaveLength(2);
  } finally {
    first.socket.close();
    second.socket.close();
  }
});
