/**
 * Giving a pod a sub-interface against its alternatives, in one run, interleaved so machine drift
 * hits all alike, each with the same address and route:
 * - netclaim child: a macvlan created in the pod's namespace (one RTM_NEWLINK), configured there;
 * - netclaim move: a whole device (a veth end) moved into the pod and configured (the netns-move floor);
 * - CNI macvlan ADD (Debian containernetworking-plugins, static IPAM): the status quo with Multus.
 * Attach and teardown are timed apart: a child's teardown is a delete, which waits for the
 * kernel's RCU grace period like a move does, while its creation has no such floor.
 * Needs root and /usr/lib/cni/macvlan (`make runtime-deps` installs it).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { attach, detach } from '../netops/attach.ts';
import { attachChild, detachChild } from '../netops/child-attach.ts';
import { parseInterfaceConfig } from '../plugin/apis/config.ts';
import { eventLoopBlock, median, summary, timeAsync, time, verdict } from './stats.ts';

const ITERATIONS = 40;
const CNI_MACVLAN = '/usr/lib/cni/macvlan';
const prefix = `ncs${randomBytes(2).toString('hex')}`;
const netnsName = `${prefix}-pod`;
const netnsPath = `/var/run/netns/${netnsName}`;
const parent = `${prefix}p`;
const device = `${prefix}d`;
const address = '10.125.0.2/24';
const gateway = '10.125.0.1';
const routeDestination = '10.126.0.0/16';
const config = parseInterfaceConfig({ interface: { name: 'net1', addresses: [address] }, routes: [{ destination: routeDestination, gateway }] });

function ip(...args: string[]): void {
  execFileSync('ip', args, { stdio: 'ignore' });
}

function cniMacvlan(command: 'ADD' | 'DEL'): void {
  const cniConfig = {
    cniVersion: '1.0.0', name: 'bench', type: 'macvlan', master: parent, mode: 'bridge',
    ipam: { type: 'static', addresses: [{ address }], routes: [{ dst: routeDestination, gw: gateway }] },
  };
  const result = spawnSync(CNI_MACVLAN, {
    input: JSON.stringify(cniConfig),
    env: { CNI_COMMAND: command, CNI_CONTAINERID: prefix, CNI_NETNS: netnsPath, CNI_IFNAME: 'net1', CNI_PATH: '/usr/lib/cni' },
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(`CNI macvlan ${command}: ${result.error?.message ?? ''}${result.stdout}${result.stderr}`);
}

interface Samples { attach: number[]; teardown: number[] }

async function childCycle(samples: Samples): Promise<void> {
  let attached: Awaited<ReturnType<typeof attachChild>> | undefined;
  samples.attach.push(await timeAsync(async () => {
    attached = await attachChild({ hostIfName: parent, netnsPath, child: { kind: 'macvlan', mode: 'bridge' }, config });
  }));
  samples.teardown.push(await timeAsync(() => detachChild(attached!.attachment)));
}

async function moveCycle(samples: Samples): Promise<void> {
  let attached: Awaited<ReturnType<typeof attach>> | undefined;
  samples.attach.push(await timeAsync(async () => {
    attached = await attach({ hostIfName: device, netnsPath, config });
  }));
  samples.teardown.push(await timeAsync(() => detach(attached!.attachment)));
}

function cniCycle(samples: Samples): void {
  samples.attach.push(time(() => cniMacvlan('ADD')));
  samples.teardown.push(time(() => cniMacvlan('DEL')));
}

export async function run(): Promise<void> {
  if (process.getuid?.() !== 0) {
    console.log('skipped: needs root');
    return;
  }
  ip('netns', 'add', netnsName);
  for (const name of [parent, device]) {
    ip('link', 'add', name, 'type', 'veth', 'peer', 'name', `${name}x`);
    ip('link', 'set', name, 'up');
  }
  try {
    const haveCni = existsSync(CNI_MACVLAN);
    const child: Samples = { attach: [], teardown: [] };
    const move: Samples = { attach: [], teardown: [] };
    const cni: Samples = { attach: [], teardown: [] };
    // Warm up every path once (JIT, page cache, the CNI binaries).
    await childCycle({ attach: [], teardown: [] });
    await moveCycle({ attach: [], teardown: [] });
    if (haveCni) cniCycle({ attach: [], teardown: [] });
    for (let i = 0; i < ITERATIONS; i++) {
      await childCycle(child);
      await moveCycle(move);
      if (haveCni) cniCycle(cni);
    }
    console.log(`a pod interface with an address and a route (${ITERATIONS} interleaved iterations)`);
    console.log(summary('netclaim macvlan child, attach', child.attach));
    console.log(summary('netclaim device move, attach', move.attach));
    if (haveCni) console.log(summary('CNI macvlan ADD (static IPAM)', cni.attach));
    else console.log(`CNI macvlan: not installed at ${CNI_MACVLAN} (run make runtime-deps)`);
    console.log(summary('netclaim macvlan child, teardown', child.teardown));
    console.log(summary('netclaim device move, teardown', move.teardown));
    if (haveCni) console.log(summary('CNI macvlan DEL', cni.teardown));
    console.log(`ratio child / move, attach p50: ${(median(child.attach) / median(move.attach)).toFixed(3)}`);
    if (haveCni) console.log(`ratio child / CNI macvlan ADD, attach p50: ${(median(child.attach) / median(cni.attach)).toFixed(3)}`);
    console.log(verdict('event loop blocked during child attach/teardown (max)', await eventLoopBlock(10, () => childCycle({ attach: [], teardown: [] })), 5, ' ms'));
  } finally {
    spawnSync('ip', ['netns', 'del', netnsName]);
    for (const name of [parent, device, 'net1']) spawnSync('ip', ['link', 'del', name]);
  }
}

if (import.meta.main) await run();
