/**
 * What SR-IOV VF settings add to giving a pod a VF: attach and detach of one link with every VF
 * setting (applied through a netdevsim PF) against the same without, interleaved, and the VF
 * messages alone. Target: at most 1 ms more per attach. Needs root and netdevsim, which this
 * development host lacks (no modules): the kernel lane prints the same figures from
 * netops/vf.test.ts, on an emulated CPU.
 */
import { writeFileSync } from 'node:fs';
import { measureVfAttach, measureVfMessages } from '../netops/test/vf-figures.ts';
import { KernelFixture, missingNetdevsim } from '../netops/test/kernel-fixtures.ts';
import { NETLINK } from '../netops/netlink/constants.ts';
import { NetlinkSocket } from '../netops/netlink/socket.ts';
import { median, summary, verdict } from './stats.ts';

const PAIRS = 40;

export async function run(): Promise<void> {
  const missing = process.getuid?.() === 0 ? missingNetdevsim() : 'needs root';
  if (missing) {
    console.log(`skipped: ${missing}`);
    return;
  }
  const fixture = new KernelFixture();
  const socket = NetlinkSocket.open(NETLINK.ROUTE, null);
  try {
    const sim = fixture.netdevsim('pf');
    writeFileSync(`${sim.sysfs}/sriov_numvfs`, '2');
    const { attach, detach } = await measureVfAttach(fixture, sim.pf, PAIRS);
    console.log(`attach + detach of a veth end standing in for VF 1's netdev (${PAIRS} interleaved pairs)`);
    console.log(summary('attach without VF settings', attach.plain));
    console.log(summary('attach with every VF setting', attach.withVf));
    console.log(summary('detach without', detach.plain));
    console.log(summary('detach with (restores the VF)', detach.withVf));
    const messages = measureVfMessages(socket, { pfIfName: sim.pf, vfIndex: 1 }, 200);
    console.log(summary('RTM_GETLINK of the PF (reference)', messages.lookup));
    console.log(summary('VF snapshot (GETLINK, VF table)', messages.read));
    console.log(summary('VF settings (one SETLINK)', messages.apply));
    console.log(summary('VF restore (GETLINK + SETLINK)', messages.restore));
    console.log(verdict('attach with VF settings over attach without (p50)', median(attach.withVf) - median(attach.plain), 1, ' ms'));
  } finally {
    socket.close();
    fixture.cleanup();
  }
}

if (import.meta.main) await run();
