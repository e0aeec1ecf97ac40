/**
 * Every number in constants.ts against the kernel's own UAPI headers (Debian linux-libc-dev):
 * a C program prints each macro, the test compares. RDMA cannot be exercised live on this
 * kernel, so this is what keeps its message encoding honest.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import * as constants from './constants.ts';

const headers = ['linux/netlink.h', 'linux/rtnetlink.h', 'linux/if_link.h', 'linux/if_addr.h', 'linux/neighbour.h', 'linux/fib_rules.h', 'linux/nexthop.h', 'linux/if.h', 'linux/if_ether.h', 'linux/pkt_sched.h', 'rdma/rdma_netlink.h', 'linux/genetlink.h', 'linux/devlink.h'];
/** Groups that are ours, not a UAPI prefix. */
const notUapi = new Set(['HEADER_SIZE', 'rdmaMessageType']);

function ourConstants(): Map<string, number> {
  const all = new Map<string, number>();
  for (const [group, values] of Object.entries(constants)) {
    if (notUapi.has(group)) continue;
    for (const [key, value] of Object.entries(values as Record<string, number>)) {
      // NLM_F_DUMP etc. are composite in the headers too; NETLINK.ROUTE is NETLINK_ROUTE.
      all.set(`${group}_${key}`, value);
    }
  }
  return all;
}

test('every constant matches the kernel UAPI headers', () => {
  const ours = ourConstants();
  const dir = mkdtempSync(path.join(tmpdir(), 'netclaim-uapi-'));
  try {
    const source = [
      '#include <stdio.h>',
      ...headers.map((header) => `#include <${header}>`),
      'int main(void) {',
      ...[...ours.keys()].map((name) => `  printf("%s=%ld\\n", "${name}", (long)(${name}));`),
      '  return 0;',
      '}',
    ].join('\n');
    writeFileSync(path.join(dir, 'uapi.c'), source);
    execFileSync('gcc', ['-o', path.join(dir, 'uapi'), path.join(dir, 'uapi.c')]);
    const kernel = new Map(execFileSync(path.join(dir, 'uapi'), { encoding: 'utf8' }).trim().split('\n')
      .map((line) => line.split('=') as [string, string]).map(([name, value]) => [name, Number(value)]));
    expect(Object.fromEntries(ours)).toEqual(Object.fromEntries(kernel));
    expect(ours.size).toBeGreaterThan(100);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('RDMA message types follow RDMA_NL_GET_TYPE', () => {
  expect(constants.rdmaMessageType(constants.RDMA_NLDEV_CMD.GET)).toBe(0x1401);
  expect(constants.rdmaMessageType(constants.RDMA_NLDEV_CMD.SYS_SET)).toBe(0x1407);
});
