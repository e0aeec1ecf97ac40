import { native } from './addon.ts';

const NETLINK_ROUTE = 0;

describe('native transport', () => {
  test('opens a route socket and reports a missing namespace with its errno name', () => {
    const fd = native.openSocket(NETLINK_ROUTE, null, []);
    expect(fd).toBeGreaterThan(2);
    native.closeSocket(fd);
    expect(() => native.openSocket(NETLINK_ROUTE, '/var/run/netns/netclaim-does-not-exist', []))
      .toThrow(expect.objectContaining({ code: 'ENOENT' }));
  });
});
