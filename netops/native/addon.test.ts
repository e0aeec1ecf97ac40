import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, readlinkSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { RTNLGRP } from '../netlink/constants.ts';
import { KernelFixture } from '../test/kernel-fixtures.ts';
import { type MonitorDelivery, native } from './addon.ts';

const NETLINK_ROUTE = 0;

const fixture = new KernelFixture();
afterEach(() => fixture.cleanup());

describe('native transport', () => {
  test('opens a route socket and reports a missing namespace with its errno name', () => {
    const fd = native.openSocket(NETLINK_ROUTE, null, []);
    expect(fd).toBeGreaterThan(2);
    native.closeSocket(fd);
    expect(() => native.openSocket(NETLINK_ROUTE, '/var/run/netns/netclaim-does-not-exist', []))
      .toThrow(expect.objectContaining({ code: 'ENOENT' }));
  });

  test('a monitor refuses a listener that is not a function and more groups than it can join', () => {
    expect(() => native.monitor(NETLINK_ROUTE, null, [RTNLGRP.LINK], 'nope' as never)).toThrow('listener must be a function');
    expect(() => native.monitor(NETLINK_ROUTE, null, Array.from({ length: 33 }, () => 1), () => {})).toThrow('at most 32 multicast groups');
  });
});

/** Inodes of this process's sockets. */
function socketInodes(): Set<string> {
  const inodes = new Set<string>();
  for (const fd of readdirSync('/proc/self/fd')) {
    try {
      const match = /^socket:\[(\d+)\]$/.exec(readlinkSync(`/proc/self/fd/${fd}`));
      if (match) inodes.add(match[1]!);
    } catch {
      // closed while we listed
    }
  }
  return inodes;
}

/** Bytes waiting in the receive queue of the netlink socket with this inode (/proc/net/netlink's Rmem). */
function pendingBytes(inode: string): number {
  for (const line of readFileSync('/proc/net/netlink', 'utf8').split('\n').slice(1)) {
    const columns = line.trim().split(/\s+/);
    if (columns[9] === inode) return Number(columns[4]);
  }
  throw new Error(`netlink socket ${inode} not found`);
}

/** Blocks this (the JS) thread until the monitor thread has read everything queued for it. */
function blockUntilRead(inode: string): void {
  const cell = new Int32Array(new SharedArrayBuffer(4));
  for (let attempt = 0; pendingBytes(inode) > 0; attempt++) {
    if (attempt === 10_000) throw new Error('the monitor thread did not read its socket within 10 s');
    Atomics.wait(cell, 0, 0, 1);
  }
}

describe('link monitor with the JS thread busy (root)', () => {
  const PAIRS = 48; // each pair yields at least 4 link datagrams (two ends, added and deleted): ≥ 3× the 64-slot queue

  /** Adds and deletes PAIRS veth pairs in one synchronous `ip -batch`: the JS thread is blocked throughout. */
  function floodLinkEvents(round: string): void {
    const names = Array.from({ length: PAIRS }, (_, i) => fixture.track(`${fixture.prefix}${round}${i}`));
    for (const name of names) fixture.track(`${name}p`);
    const batch = path.join(tmpdir(), `${fixture.prefix}-${round}.batch`);
    writeFileSync(batch, [...names.map((name) => `link add ${name} type veth peer name ${name}p`), ...names.map((name) => `link del ${name}`)].join('\n') + '\n');
    try {
      execFileSync('ip', ['-batch', batch], { stdio: ['ignore', 'ignore', 'pipe'] });
    } finally {
      rmSync(batch, { force: true });
    }
  }

  test('events beyond the queue become one overflow, and close returns while the queue is full', async () => {
    const deliveries: MonitorDelivery[] = [];
    let sawOverflow!: () => void;
    // Resolved by the overflow marker itself; jest's timeout is the failure bound.
    const overflow = new Promise<void>((resolve) => { sawOverflow = resolve; });
    const before = socketInodes();
    const monitor = native.monitor(NETLINK_ROUTE, null, [RTNLGRP.LINK], (delivery) => {
      deliveries.push(delivery);
      if (delivery === null) sawOverflow();
    });
    let closed = false;
    try {
      const [inode] = [...socketInodes()].filter((candidate) => !before.has(candidate));
      expect(inode).toBeDefined();

      // The queue fills while JS is blocked; the rest is dropped and owed as one overflow marker,
      // which must reach the listener once JS drains the queue.
      floodLinkEvents('a');
      blockUntilRead(inode!);
      await overflow;
      expect(deliveries).toContain(null);
      expect(deliveries.filter((delivery) => delivery instanceof Buffer).length).toBeGreaterThanOrEqual(1);

      // Full again, and close without letting JS drain it: the old design deadlocked here,
      // joining a thread that waited for this very thread to make room.
      floodLinkEvents('b');
      blockUntilRead(inode!);
      monitor.close();
      closed = true;
    } finally {
      if (!closed) monitor.close();
    }
  });
});
