import { AF_INET, AF_INET6, formatCidr } from '../../netops/ip.ts';
import { parseClassConfig } from '../apis/config.ts';
import { addressAt, familySpace, findFree } from './pool-space.ts';

const poolOf = (definition: object) => parseClassConfig({ ipPools: [{ name: 'p', ...definition }] }).ipPools![0]!;
const names = (space: ReturnType<typeof familySpace>) => Array.from({ length: Number(space.size) }, (_, index) => addressAt(space, BigInt(index)).name);

describe('a pool\'s address space', () => {
  test('IPv4: the subnet without network, broadcast, gateway and exclusions; start/end narrow it; a later range never counts an address twice', () => {
    const pool = poolOf({
      ranges: [{ subnet: '10.0.0.0/29', gateway: '10.0.0.1' }, { subnet: '10.0.0.0/28', start: '10.0.0.5', end: '10.0.0.9' }],
      exclude: ['10.0.0.3', '10.0.0.8/31'],
    });
    const space = familySpace(pool, AF_INET);
    expect(names(space)).toEqual(['10.0.0.2', '10.0.0.4', '10.0.0.5', '10.0.0.6', '10.0.0.7']);
    expect(formatCidr(addressAt(space, 4n).prefix)).toBe('10.0.0.7/28');
    expect(familySpace(pool, AF_INET6).size).toBe(0n);
  });

  test('IPv6: a /64 is an index space, never a list; addresses are canonical names', () => {
    const space = familySpace(poolOf({ ranges: [{ subnet: 'fd00:0:0:1::/64' }] }), AF_INET6);
    expect(space.size).toBe(2n ** 64n - 1n);
    expect(addressAt(space, 0n).name).toBe('fd00:0:0:1::1');
    expect(addressAt(space, space.size - 1n).name).toBe('fd00::1:ffff:ffff:ffff:ffff');
  });

  test('a scan steps over taken addresses only, wraps around, and gives up after as many steps as are taken', () => {
    const space = familySpace(poolOf({ ranges: [{ subnet: '10.0.0.0/29' }] }), AF_INET);
    const taken = new Set(['10.0.0.5', '10.0.0.6', '10.0.0.1']);
    expect(findFree(space, 4n, (name) => taken.has(name), taken.size)?.name).toBe('10.0.0.2');
    const all = new Set(names(space));
    expect(findFree(space, 0n, (name) => all.has(name), all.size)).toBeUndefined();
    // A huge space is scanned in at most |taken| + 1 steps, whatever it holds beyond them.
    const big = familySpace(poolOf({ ranges: [{ subnet: 'fd00::/64' }] }), AF_INET6);
    let steps = 0;
    expect(findFree(big, 0n, () => (steps++, true), 3)).toBeUndefined();
    expect(steps).toBe(4);
    expect(findFree(big, 0n, (name) => name !== 'fd00::4', 3)?.name).toBe('fd00::4');
  });
});
