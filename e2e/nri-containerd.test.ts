/**
 * The NRI stub against the real containerd 1.7 and 2.1: registration, pod lifecycle events
 * with the pod's identity and netns, a device adjustment that ends up in a running container,
 * and reconnection after containerd is SIGKILLed and restarted. Needs root.
 */
import { existsSync, statSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { createLogger } from '../plugin/log.ts';
import { NriStub } from '../plugin/nri/stub.ts';
import type { ContainerAdjustment, Pod } from '../plugin/nri/stub.ts';
import { TestContainerd } from './runtime/containerd.ts';
import { containerdVersions, runningAsRoot } from './runtime/installation.ts';
import type { ContainerdVersion } from './runtime/installation.ts';
import { netnsPathOfPod, pauseContainerConfig, runtimeSpecOfContainer, testPodConfig } from './runtime/pods.ts';
import type { PodSandboxConfig } from './runtime/cri-client.ts';

const describeAsRoot = runningAsRoot() ? describe : describe.skip;
if (!runningAsRoot()) console.warn('e2e/nri-containerd.test.ts: skipped, driving containerd needs root');

const testTimeoutMs = 90_000;
const waitTimeoutMs = 15_000;

/** /dev/null's numbers under a path no image has: the container can only have it from the adjustment. */
const injectedDevice = { path: '/dev/netclaim-e2e-null', type: 'c', major: 1, minor: 3, fileMode: 0o666 } as const;
const deviceContainerName = 'with-device';

interface PodEvent {
  event: 'run' | 'stop' | 'remove';
  pod: Pod;
  netnsExisted: boolean;
}

class RecordingPlugin {
  readonly podEvents: PodEvent[] = [];
  readonly createdContainers: string[] = [];
  disconnects = 0;
  reconnects = 0;
  readonly stub: NriStub;

  constructor(socketPath: string) {
    const record = (event: PodEvent['event']) => async (pod: Pod): Promise<void> => {
      this.podEvents.push({ event, pod, netnsExisted: pod.netnsPath !== undefined && existsSync(pod.netnsPath) });
    };
    this.stub = new NriStub({
      name: 'netclaim-e2e',
      index: '50',
      socketPath,
      logger: createLogger({}, { level: 'error' }),
      handlers: {
        runPodSandbox: record('run'),
        stopPodSandbox: record('stop'),
        removePodSandbox: record('remove'),
        createContainer: async (_pod, container): Promise<ContainerAdjustment | undefined> => {
          this.createdContainers.push(container.name);
          return container.name === deviceContainerName ? { devices: [{ ...injectedDevice }] } : undefined;
        },
        onDisconnect: () => {
          this.disconnects += 1;
        },
        onReconnect: () => {
          this.reconnects += 1;
        },
      },
    });
  }

  eventsFor(podUid: string): PodEvent[] {
    return this.podEvents.filter((recorded) => recorded.pod.uid === podUid);
  }
}

async function waitFor<T>(what: string, probe: () => T | undefined): Promise<T> {
  const deadline = Date.now() + waitTimeoutMs;
  for (;;) {
    const value = probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(20);
  }
}

function expectPodIdentity(pod: Pod, config: PodSandboxConfig, podId: string): void {
  expect(pod).toMatchObject({ id: podId, uid: config.metadata.uid, namespace: config.metadata.namespace, name: config.metadata.name });
}

/**
 * Observed: containerd 1.7.24 sends StopPodSandbox without the pod's namespaces, 2.1.9 with
 * them; RemovePodSandbox comes without them in both. A plugin must therefore remember the
 * netns path from RunPodSandbox (or Synchronize) to give a device back at stop.
 */
const stopEventCarriesNetns: Record<ContainerdVersion, boolean> = { '1.7': false, '2.1': true };

describeAsRoot.each(containerdVersions)('NRI stub with real containerd %s', (version) => {
  let containerd: TestContainerd | undefined;
  let plugin: RecordingPlugin | undefined;

  afterEach(async () => {
    await plugin?.stub.close();
    await containerd?.cleanup();
    plugin = undefined;
    containerd = undefined;
  }, testTimeoutMs);

  test('registers and sees the pod lifecycle with uid, namespace, name and netns path', async () => {
    containerd = await TestContainerd.start(version);
    plugin = new RecordingPlugin(containerd.nriSocket);
    const runtime = await plugin.stub.start();
    expect(runtime.name).toBe('containerd');
    expect(runtime.version.startsWith(`${version}.`)).toBe(true);

    const config = testPodConfig('nri-lifecycle');
    const podId = await containerd.cri.runPodSandbox(config);
    const netnsPath = netnsPathOfPod(await containerd.cri.podSandboxStatus(podId, true))!;
    const run = await waitFor('RunPodSandbox', () => plugin!.eventsFor(config.metadata.uid).find((recorded) => recorded.event === 'run'));
    expectPodIdentity(run.pod, config, podId);
    expect(run.pod.netnsPath).toBe(netnsPath);
    expect(run.netnsExisted).toBe(true);

    await containerd.cri.stopPodSandbox(podId);
    const stop = await waitFor('StopPodSandbox', () => plugin!.eventsFor(config.metadata.uid).find((recorded) => recorded.event === 'stop'));
    expectPodIdentity(stop.pod, config, podId);
    expect(stop.pod.netnsPath).toBe(stopEventCarriesNetns[version] ? netnsPath : undefined);
    expect(stop.netnsExisted).toBe(stopEventCarriesNetns[version]);

    await containerd.cri.removePodSandbox(podId);
    const remove = await waitFor('RemovePodSandbox', () => plugin!.eventsFor(config.metadata.uid).find((recorded) => recorded.event === 'remove'));
    expectPodIdentity(remove.pod, config, podId);
    expect(remove.pod.netnsPath).toBeUndefined();
    expect(plugin.eventsFor(config.metadata.uid).map((recorded) => recorded.event)).toEqual(['run', 'stop', 'remove']);
  }, testTimeoutMs);

  test('a CreateContainer device adjustment lands in the OCI spec and as a node in the running container', async () => {
    containerd = await TestContainerd.start(version);
    plugin = new RecordingPlugin(containerd.nriSocket);
    await plugin.stub.start();

    const podConfig = testPodConfig('nri-device');
    const podId = await containerd.cri.runPodSandbox(podConfig);
    const adjusted = await containerd.cri.createContainer(podId, pauseContainerConfig(deviceContainerName, containerd.pauseImageRef), podConfig);
    const plain = await containerd.cri.createContainer(podId, pauseContainerConfig('without-device', containerd.pauseImageRef), podConfig);
    expect(plugin.createdContainers).toEqual([deviceContainerName, 'without-device']);

    const spec = runtimeSpecOfContainer(await containerd.cri.containerStatus(adjusted, true));
    expect(spec.linux?.devices).toContainEqual(expect.objectContaining({
      path: injectedDevice.path, type: injectedDevice.type, major: injectedDevice.major, minor: injectedDevice.minor, fileMode: injectedDevice.fileMode,
    }));
    expect(spec.linux?.resources?.devices).toContainEqual(expect.objectContaining({
      allow: true, type: injectedDevice.type, major: injectedDevice.major, minor: injectedDevice.minor,
    }));
    const plainSpec = runtimeSpecOfContainer(await containerd.cri.containerStatus(plain, true));
    expect((plainSpec.linux?.devices ?? []).map((device) => device.path)).not.toContain(injectedDevice.path);

    await containerd.cri.startContainer(adjusted);
    const status = await containerd.cri.containerStatus(adjusted, true);
    expect(status.status.state).toBe('CONTAINER_RUNNING');
    const pid = (JSON.parse(status.info.info!) as { pid: number }).pid;
    const node = statSync(`/proc/${pid}/root${injectedDevice.path}`);
    expect(node.isCharacterDevice()).toBe(true);
    expect([Math.floor(node.rdev / 256) & 0xfff, node.rdev & 0xff]).toEqual([injectedDevice.major, injectedDevice.minor]);
  }, testTimeoutMs);

  test('reconnects after containerd is SIGKILLed and restarted, and sees the next pod', async () => {
    containerd = await TestContainerd.start(version);
    plugin = new RecordingPlugin(containerd.nriSocket);
    await plugin.stub.start();

    await containerd.kill();
    await waitFor('the stub to notice the lost connection', () => (plugin!.disconnects > 0 ? true : undefined));
    await containerd.restart();
    await waitFor('the stub to reconnect', () => (plugin!.reconnects > 0 && plugin!.stub.state === 'ready' ? true : undefined));

    const config = testPodConfig('nri-after-restart');
    const podId = await containerd.cri.runPodSandbox(config);
    const netnsPath = netnsPathOfPod(await containerd.cri.podSandboxStatus(podId, true))!;
    const run = await waitFor('RunPodSandbox after restart', () => plugin!.eventsFor(config.metadata.uid).find((recorded) => recorded.event === 'run'));
    expectPodIdentity(run.pod, config, podId);
    expect(run.pod.netnsPath).toBe(netnsPath);
  }, testTimeoutMs);
});
