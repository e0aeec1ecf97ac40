/**
 * What VF settings add to attach and detach, on a netdevsim PF: one veth end attached into a pod
 * namespace and detached again, alternately without and with settings for a VF of the PF
 * (netdevsim's VFs have no netdevs in legacy mode, so the veth stands in for the VF's netdev
 * while the settings go to the PF). Alternating lets drift hit both alike. Figures, never verdicts:
 * the kernel lane prints them, bench/sriov.bench.ts judges them.
 */
import { attach, detach } from '../attach.ts';
import { findLinkByName } from '../link.ts';
import type { NetlinkSocket } from '../netlink/socket.ts';
import { applyVfSettings, readVf, restoreVfSettings, type VfSettings, type VfTarget } from '../vf.ts';
import type { KernelFixture } from './kernel-fixtures.ts';

/** Every setting, each different from a fresh VF's, so attach sends all of them and detach all back. */
export const EVERY_VF_SETTING: VfSettings = {
  mac: '02:00:00:00:01:01', vlan: 100, qos: 5, vlanProto: '802.1Q', spoofChk: true, trust: true, linkState: 'enable', minTxRate: 10, maxTxRate: 1000,
};

export interface VfAttachSamples {
  attach: { plain: number[]; withVf: number[] };
  detach: { plain: number[]; withVf: number[] };
}

/** `pf`: a PF with at least two VFs. */
export async function measureVfAttach(fixture: KernelFixture, pf: string, iterations: number): Promise<VfAttachSamples> {
  const nic = fixture.veth('bv');
  const pod = fixture.netns('bench');
  const samples: VfAttachSamples = { attach: { plain: [], withVf: [] }, detach: { plain: [], withVf: [] } };
  const cycle = async (vf: boolean): Promise<[number, number]> => {
    const started = performance.now();
    const { attachment } = await attach({
      hostIfName: nic, netnsPath: pod.path, config: { interface: { name: 'net1' } },
      ...(vf ? { vf: { pfIfName: pf, vfIndex: 1, settings: EVERY_VF_SETTING } } : {}),
    });
    const attached = performance.now();
    await detach(attachment);
    return [attached - started, performance.now() - attached];
  };
  // Warm-up: JIT, and the first attach into a fresh namespace.
  await cycle(false);
  await cycle(true);
  for (let i = 0; i < iterations; i++) {
    for (const vf of [false, true]) {
      const [attachMs, detachMs] = await cycle(vf);
      samples.attach[vf ? 'withVf' : 'plain'].push(attachMs);
      samples.detach[vf ? 'withVf' : 'plain'].push(detachMs);
    }
  }
  return samples;
}

/** The messages alone, on `socket`: a plain RTM_GETLINK of the PF for reference, and what VF settings send. */
export interface VfMessageSamples {
  /** RTM_GETLINK without the VF table. */
  lookup: number[];
  /** RTM_GETLINK with it (the snapshot attach takes). */
  read: number[];
  /** The one RTM_SETLINK of attach, every setting changed. */
  apply: number[];
  /** RTM_GETLINK + RTM_SETLINK (what detach adds). */
  restore: number[];
}

export function measureVfMessages(socket: NetlinkSocket, target: VfTarget, iterations: number): VfMessageSamples {
  const samples: VfMessageSamples = { lookup: [], read: [], apply: [], restore: [] };
  const timed = <T>(into: number[], fn: () => T): T => {
    const started = performance.now();
    const result = fn();
    into.push(performance.now() - started);
    return result;
  };
  for (let i = 0; i < iterations; i++) {
    timed(samples.lookup, () => findLinkByName(socket, target.pfIfName));
    const before = timed(samples.read, () => readVf(socket, target));
    timed(samples.apply, () => applyVfSettings(socket, target, EVERY_VF_SETTING, before));
    timed(samples.restore, () => restoreVfSettings(socket, target, before.settings));
  }
  return samples;
}

export function median(samples: readonly number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)] ?? NaN;
}
