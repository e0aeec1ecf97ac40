import { createServer } from 'node:net';
import { mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { parseCidr } from '../../netops/ip.ts';
import type { IpPrefix } from '../../netops/ip.ts';
import { unixSocketListening } from './containerd.ts';
import { chooseFreeSubnet, prefixesOverlap } from './host-network.ts';

const prefix = (text: string): IpPrefix => parseCidr(text)!;

describe('pod subnet choice', () => {
  test('overlap is symmetric and covers containment both ways', () => {
    expect(prefixesOverlap(prefix('10.0.0.0/8'), prefix('10.210.3.0/24'))).toBe(true);
    expect(prefixesOverlap(prefix('10.210.3.0/24'), prefix('10.0.0.0/8'))).toBe(true);
    expect(prefixesOverlap(prefix('10.210.3.0/24'), prefix('10.210.4.0/24'))).toBe(false);
  });

  test('skips candidates the host already routes', () => {
    // Candidate bytes come in pairs (second octet offset, third octet): 10.200.7 is taken, 10.201.7 is free.
    const bytes = [0, 7, 1, 7];
    const picked = chooseFreeSubnet([prefix('10.200.7.0/24')], () => bytes.shift() ?? 0);
    expect(picked).toBe('10.201.7.0/24');
  });

  test('gives up after a bounded number of tries when everything is taken', () => {
    expect(() => chooseFreeSubnet([prefix('10.0.0.0/8')])).toThrow(/no free \/24/);
  });
});

describe('unix socket listening probe', () => {
  test('sees a listening socket without connecting, and not after it closes', async () => {
    const dir = mkdtempSync('/tmp/nc-probe-');
    const path = join(dir, 'probe.sock');
    const server = createServer();
    try {
      await new Promise<void>((resolve) => server.listen(path, resolve));
      expect(unixSocketListening(path)).toBe(true);
      expect(unixSocketListening(join(dir, 'other.sock'))).toBe(false);
      await new Promise<void>((resolve) => server.close(() => resolve()));
      expect(unixSocketListening(path)).toBe(false);
    } finally {
      server.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
