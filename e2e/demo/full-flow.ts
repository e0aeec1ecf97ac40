/**
 * `make demo`: the whole netclaim flow on this machine, with real parts except the API server.
 * containerd 1.7 with NRI, the fake API server, the real `netclaim daemon` and the kubelet
 * simulator start; two stand-in NICs (veths) appear in the node's ResourceSlice; a claim with an
 * opaque config is prepared for a pod; the pod starts through CRI and holds the NIC, configured;
 * teardown brings the NIC home with its host address. Everything is removed at the end, also on
 * Ctrl-C or failure. Needs root.
 */
import { ip } from '../../netops/test/kernel-fixtures.ts';
import { AgentHarness, type RunningPod } from '../agent/harness.ts';
import { runningAsRoot } from '../runtime/installation.ts';
import { errorMessage } from '../../plugin/errors.ts';

const HOST_ADDRESS = '198.51.100.10/24';
const claimConfig = {
  interface: { name: 'net1', mtu: 9000, addresses: ['192.168.50.2/24', '2001:db8:50::2/64'] },
  routes: [{ destination: '192.168.60.0/24', gateway: '192.168.50.1' }],
};

const bold = (text: string) => (process.stdout.isTTY ? `\x1b[1m${text}\x1b[0m` : text);
let step = 0;
function heading(title: string): void {
  step += 1;
  console.log(`\n${bold(`== ${step}. ${title} ==`)}`);
}
const indent = (text: string) => text.trimEnd().split('\n').map((line) => `   ${line}`).join('\n');
const show = (value: unknown) => console.log(indent(typeof value === 'string' ? value : JSON.stringify(value, null, 2)));

if (!runningAsRoot()) {
  console.error('make demo needs root: it starts containerd and moves network interfaces between namespaces');
  process.exit(2);
}

/** An error and, for an AggregateError, every error inside it, one per line. */
function describeError(error: unknown, depth = 0): string {
  const line = `${'  '.repeat(depth)}${errorMessage(error)}`;
  return error instanceof AggregateError ? [line, ...error.errors.map((inner: unknown) => describeError(inner, depth + 1))].join('\n') : line;
}

let agent: AgentHarness | undefined;
/** Set on Ctrl-C: containerd got the signal too (same process group) and is on its way out. */
let containerdStopping: Promise<void> | undefined;
let cleaning: Promise<void> | undefined;
function cleanUp(): Promise<void> {
  cleaning ??= (async () => {
    // Let containerd finish exiting first, so cleanup starts it again and removes the pods properly.
    await containerdStopping;
    heading('Cleaning up (pods, containerd, daemon, stand-in NICs, temp files)');
    try {
      await agent?.cleanup();
      show('done: nothing of the demo is left on this machine');
    } catch (error) {
      show(`cleanup was incomplete:\n${describeError(error)}`);
      process.exitCode = 1;
    }
  })();
  return cleaning;
}
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    console.log(`\n${signal} received`);
    containerdStopping = agent?.containerd.stop().catch(() => undefined);
    cleanUp().then(() => process.exit(130), (error: unknown) => {
      console.error(`cleanup failed:\n${describeError(error)}`);
      process.exit(1);
    });
  });
}

try {
  heading('Starting containerd 1.7 (NRI on), the fake API server, netclaim daemon and the kubelet simulator');
  agent = await AgentHarness.start({ containerd: '1.7' });
  show(`daemon pid ${agent.daemon.pid}, metrics on 127.0.0.1:${agent.daemon.metricsPort}; registered with the kubelet as ${agent.kubelet.info.name} (${agent.kubelet.dra.version} DRA)`);

  heading('Two stand-in NICs (veth pairs) on the host');
  const [nic, spare] = await agent.nics([{ suffix: 'demo', addresses: [HOST_ADDRESS] }, { suffix: 'spare' }]);
  // Carrier for the NIC that goes into the pod: its peer stays on the host.
  ip('link', 'set', `${nic!.ifName}p`, 'up');
  show(ip('-br', 'addr', 'show', 'dev', nic!.ifName) + ip('-br', 'addr', 'show', 'dev', spare!.ifName));

  heading('The node\'s ResourceSlice, as the daemon published it');
  for (const device of agent.publishedDevices()) {
    const attribute = (name: string) => {
      const value = device.attributes?.[name];
      return value === undefined ? '-' : String(value.string ?? value.int ?? value.bool ?? value.version);
    };
    show(`${device.name.padEnd(16)} type=${attribute('type')} mac=${attribute('mac')} mtu=${attribute('mtu')} virtual=${attribute('virtual')} ipv4=${attribute('ipv4')}`);
  }

  heading(`A claim allocating ${nic!.device} to a pod, with an opaque config`);
  const pod = agent.podConfig('demo');
  const claim = agent.seedClaim({ name: 'demo-nic', pod, devices: [nic!.device], config: claimConfig });
  show(`claim ${claim.namespace}/${claim.name} reserved for pod ${pod.metadata?.name}`);
  show(`config: ${JSON.stringify(claimConfig)}`);

  heading('NodePrepareResources through the kubelet simulator');
  for (const [uid, result] of Object.entries(await agent.prepare(claim))) {
    show(`claim ${uid}: ${result.error ? `FAILED: ${result.error}` : result.devices.map((d) => `prepared ${d.device_name} (pool ${d.pool_name}, request ${d.request_names.join(',')})`).join('; ')}`);
  }

  heading('RunPodSandbox through CRI: at NRI RunPodSandbox the daemon moves the NIC into the pod');
  const started = performance.now();
  const running: RunningPod = await agent.runPod(pod);
  show(`pod sandbox ${running.id.slice(0, 12)} running in ${Math.round(performance.now() - started)} ms, netns ${running.netnsPath}`);
  show(`${nic!.ifName} on the host now? ${ip('-br', 'link').split('\n').some((line) => line.startsWith(`${nic!.ifName} `) || line.startsWith(`${nic!.ifName}@`)) ? 'yes' : 'no, it is in the pod'}`);

  heading('Inside the pod: ip addr and ip route');
  show(ip('netns', 'exec', running.netnsName, 'ip', 'addr'));
  show(ip('netns', 'exec', running.netnsName, 'ip', 'route'));

  heading('The claim\'s status, written by the daemon (server-side apply)');
  const deadline = Date.now() + 10_000;
  let status: unknown;
  while (Date.now() < deadline && !(status = (agent.readClaim(claim)?.status as { devices?: unknown } | undefined)?.devices)) await new Promise((resolve) => setTimeout(resolve, 50));
  show(status ?? 'not written within 10 s');

  heading('netclaim status (what is in which pod, from the records and the kernel)');
  for (const row of await agent.status()) show(`${row.pod}  claim ${row.claim}  ${row.hostIfName} -> ${row.podIfName}  ${row.state}`);

  heading('Teardown: StopPodSandbox and RemovePodSandbox through CRI, then NodeUnprepareResources');
  await agent.stopPod(running);
  await agent.removePod(running);
  const unprepared = await agent.unprepare(claim);
  show(`pod stopped and removed; claim unprepared: ${unprepared[claim.uid] === '' ? 'ok' : unprepared[claim.uid]}`);

  heading(`${nic!.ifName} back on the host, with its name and address`);
  show(ip('addr', 'show', 'dev', nic!.ifName));
  show(`RunPodSandbox handled: ${await agent.metric('netclaim_requests_total', { api: 'nri', method: 'RunPodSandbox', outcome: 'ok' })}; pods holding devices now: ${await agent.metric('netclaim_pods_with_devices')}`);
} catch (error) {
  if (containerdStopping) process.exit(130); // interrupted: the signal handler cleans up and exits
  console.error(`\ndemo failed: ${error instanceof Error ? error.stack ?? error.message : String(error)}`);
  if (agent) console.error(`last daemon log lines:\n${agent.daemon.logTail(15)}`);
  process.exitCode = 1;
} finally {
  await cleanUp();
}
