/**
 * The egress rate: the tbf message against the UAPI struct layout, the qdisc as the kernel reports
 * it, and the rate itself measured with real TCP traffic between two pods' namespaces over a
 * macvlan bridge (two children of one veth parent), at the receiver.
 */
import { execFileSync } from 'node:child_process';
import { attach, detach } from './attach.ts';
import { attachChild, detachChild } from './child-attach.ts';
import { Attributes } from './netlink/attributes.ts';
import { HEADER_SIZE, TCA, TCA_TBF } from './netlink/constants.ts';
import { encodeEgressRate, tokenBucket } from './qdisc.ts';
import { compileOracle } from './test/c-oracle.ts';
import { describeWithKernel, KernelFixture, linkState } from './test/kernel-fixtures.ts';
import { transfer } from './test/traffic.ts';
import { cidr } from './test/values.ts';

const fixture = new KernelFixture();
afterEach(() => fixture.cleanup());

interface TcQdisc { kind: string; root?: boolean; options?: { rate?: number; burst?: number; lat?: number } }

/** The link's root qdisc as tc reports it. */
function rootQdisc(name: string, netns?: string): TcQdisc | undefined {
  const output = execFileSync('tc', [...(netns ? ['-n', netns] : []), '-j', 'qdisc', 'show', 'dev', name], { encoding: 'utf8' });
  return (JSON.parse(output) as TcQdisc[]).find((qdisc) => qdisc.root);
}

describe('tbf encoding', () => {
  test('TCA_TBF_PARMS is struct tc_tbf_qopt as the UAPI header lays it out, the burst and a rate above 32 bits in their own attributes', () => {
    const oracle = compileOracle(`
      #include <stdio.h>
      #include <string.h>
      #include <linux/pkt_sched.h>
      int main(void) {
        struct tc_tbf_qopt q; memset(&q, 0, sizeof q);
        q.rate.linklayer = TC_LINKLAYER_ETHERNET; q.rate.rate = 6250000; q.limit = 190536;
        unsigned char *b = (unsigned char *)&q; printf("qopt=");
        for (size_t i = 0; i < sizeof q; i++) printf("%02x", b[i]);
        printf("\\n");
        return 0;
      }`);
    const bucket = tokenBucket(50);
    expect(bucket).toEqual({ rateBytesPerSecond: 6_250_000, burstBytes: 65_536, limitBytes: 65_536 + 125_000 });
    const options = tbfOptions(encodeEgressRate(7, bucket));
    expect(options.get(TCA_TBF.PARMS)).toEqual(oracle.qopt);
    expect(options.u32(TCA_TBF.BURST)).toBe(65_536);
    expect(options.has(TCA_TBF.RATE64)).toBe(false);

    const fast = tbfOptions(encodeEgressRate(7, tokenBucket(100_000)));
    expect(fast.get(TCA_TBF.PARMS)!.readUInt32LE(8)).toBe(0xffffffff);
    expect(fast.get(TCA_TBF.RATE64)!.readBigUInt64LE()).toBe(12_500_000_000n);
    expect(tokenBucket(100_000).burstBytes).toBe(4 * 1024 * 1024);
  });

  function tbfOptions(body: Buffer): Attributes {
    expect(body.readInt32LE(4)).toBe(7);
    expect(body.readUInt32LE(12)).toBe(0xffffffff);
    const attributes = new Attributes(body, HEADER_SIZE.tcmsg);
    expect(attributes.string(TCA.KIND)).toBe('tbf');
    return attributes.nested(TCA.OPTIONS)!;
  }
});

describe('egress rate in the kernel', () => {
  test('a child gets a tbf root qdisc at the rate before it is up; it goes with the child', async () => {
    const parent = fixture.veth('p');
    const pod = fixture.netns('pod');
    const { attachment } = await attachChild({ hostIfName: parent, netnsPath: pod.path, child: { kind: 'macvlan', mode: 'bridge' }, config: { interface: { name: 'net1' } }, egressRateMbps: 200 });
    expect(rootQdisc('net1', pod.name)).toMatchObject({ kind: 'tbf', options: { rate: 25_000_000, burst: 100_000, lat: 20_000 } });
    await detachChild(attachment);
  });

  test('a whole device gets it in the pod and comes home with the qdisc it had', async () => {
    const nic = fixture.veth('d', { addresses: ['192.168.253.10/24'] });
    const before = { ...linkState(nic), qdisc: rootQdisc(nic)?.kind };
    const pod = fixture.netns('pod');
    const { attachment } = await attach({ hostIfName: nic, netnsPath: pod.path, config: { interface: { name: 'net1' } }, egressRateMbps: 50 });
    expect(rootQdisc('net1', pod.name)).toMatchObject({ kind: 'tbf', options: { rate: 6_250_000 } });
    await detach(attachment);
    expect({ ...linkState(nic), qdisc: rootQdisc(nic)?.kind }).toEqual(before);
  });
});

// Under the kernel lane's emulated CPU (TCG) a TCP stream may not even reach the rate: what it
// measures there is the emulator. The shaping is the same kernel code on the host.
describeWithKernel('egress rate measured with real traffic', process.env.NETCLAIM_KERNEL_LANE ? 'the kernel lane emulates its CPUs (TCG): a throughput figure there measures the emulator, not the shaper' : undefined, () => {
  /** Seconds of traffic at the rate: long enough that the bucket's burst and TCP's start are noise. */
  const SECONDS = 4;

  test.each([50, 200])('%i Mbit/s: what one pod receives from the other is within 15%% of the rate', async (rate) => {
    const parent = fixture.veth('m');
    fixture.configure(`${parent}p`, {});
    const pods = [fixture.netns('tx'), fixture.netns('rx')];
    const attached = await Promise.all(pods.map((pod, i) => attachChild({
      hostIfName: parent, netnsPath: pod.path, child: { kind: 'macvlan', mode: 'bridge' },
      config: { interface: { name: 'net1', addresses: [cidr(`10.93.0.${i + 1}/24`)] } },
      ...(i === 0 ? { egressRateMbps: rate } : {}),
    })));
    const measured = await transfer(pods[0]!.name, pods[1]!.name, '10.93.0.2', rate * 125_000 * SECONDS);
    process.stderr.write(`egress rate ${rate} Mbit/s: received ${measured.mbps.toFixed(1)} Mbit/s of TCP payload (${(measured.steadyBytes / 1e6).toFixed(1)} MB in ${measured.seconds.toFixed(2)} s)\n`);
    expect(measured.mbps).toBeGreaterThanOrEqual(rate * 0.85);
    expect(measured.mbps).toBeLessThanOrEqual(rate * 1.15);
    for (const { attachment } of attached) await detachChild(attachment);
  }, 60_000);
});
