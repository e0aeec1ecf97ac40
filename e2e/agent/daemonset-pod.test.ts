/**
 * The DaemonSet-to-CRI mapping the DaemonSet e2e relies on: what the kubelet would do with each
 * field, and a loud refusal of fields it cannot carry over (so a manifest change is never dropped).
 */
import type { IDaemonSet } from 'kubernetes-models/apps/v1/DaemonSet';
import { MountPropagation, NamespaceMode } from '../runtime/cri-client.ts';
import { criPodFor, expandVariables, probeUrl, quantityBytes } from './daemonset-pod.ts';

function daemonSet(podSpec: Record<string, unknown> = {}, container: Record<string, unknown> = {}): IDaemonSet {
  return {
    apiVersion: 'apps/v1', kind: 'DaemonSet', metadata: { name: 'agent', namespace: 'sys' },
    spec: {
      selector: { matchLabels: { app: 'agent' } },
      template: {
        metadata: { labels: { app: 'agent' } },
        spec: { containers: [{ name: 'agent', image: 'agent:1', ...container }], ...podSpec },
      },
    },
  } as IDaemonSet;
}
const placement = { nodeName: 'node-x', logDirectory: '/tmp/logs' };

test('$(VAR) is expanded from the env, $$ is a literal $, unknown names stay', () => {
  const env = new Map([['NODE', 'n1']]);
  expect(expandVariables('--node=$(NODE)', env)).toBe('--node=n1');
  expect(expandVariables('--x=$$(NODE)', env)).toBe('--x=$(NODE)');
  expect(expandVariables('--y=$(OTHER)', env)).toBe('--y=$(OTHER)');
});

test('quantities in bytes', () => {
  expect(quantityBytes('320Mi')).toBe(320 * 2 ** 20);
  expect(quantityBytes('1G')).toBe(1e9);
  expect(() => quantityBytes('lots')).toThrow(/has no CRI mapping/);
});

test('host network, privileged, read-only root, downward API env, hostPath mounts, memory and CPU', () => {
  const pod = criPodFor(daemonSet({
    hostNetwork: true,
    volumes: [
      { name: 'state', hostPath: { path: '/var/lib/agent', type: 'DirectoryOrCreate' } },
      { name: 'ns', hostPath: { path: '/run/netns', type: 'Directory' } },
    ],
  }, {
    args: ['run', '--node=$(NODE_NAME)'],
    env: [{ name: 'NODE_NAME', valueFrom: { fieldRef: { fieldPath: 'spec.nodeName' } } }, { name: 'MODE', value: 'on-$(NODE_NAME)' }],
    securityContext: { privileged: true, readOnlyRootFilesystem: true },
    volumeMounts: [{ name: 'state', mountPath: '/var/lib/agent' }, { name: 'ns', mountPath: '/var/run/netns', mountPropagation: 'HostToContainer' }],
    resources: { requests: { cpu: '50m', memory: '176Mi' }, limits: { memory: '320Mi' } },
  }), placement, { args: ['--extra'] });
  expect(pod.sandbox.hostname).toBeUndefined();
  expect(pod.sandbox.linux?.security_context).toEqual({ namespace_options: { network: NamespaceMode.NODE, pid: NamespaceMode.CONTAINER, ipc: NamespaceMode.POD }, privileged: true });
  expect(pod.container.command).toBeUndefined();
  expect(pod.container.args).toEqual(['run', '--node=node-x', '--extra']);
  expect(pod.container.envs).toEqual([{ key: 'NODE_NAME', value: 'node-x' }, { key: 'MODE', value: 'on-node-x' }]);
  expect(pod.container.mounts).toEqual([
    { container_path: '/var/lib/agent', host_path: '/var/lib/agent', readonly: false, propagation: MountPropagation.PRIVATE },
    { container_path: '/var/run/netns', host_path: '/run/netns', readonly: false, propagation: MountPropagation.HOST_TO_CONTAINER },
  ]);
  expect(pod.directoriesToCreate).toEqual(['/var/lib/agent']);
  expect(pod.directoriesRequired).toEqual(['/run/netns']);
  expect(pod.container.linux).toMatchObject({
    security_context: { privileged: true, readonly_rootfs: true },
    resources: { memory_limit_in_bytes: 320 * 2 ** 20, cpu_shares: 51 },
  });
});

test.each([
  ['a capability list', {}, { securityContext: { capabilities: { add: ['NET_ADMIN'] } } }, /securityContext/],
  ['a configMap volume', { volumes: [{ name: 'c', configMap: { name: 'x' } }] }, { volumeMounts: [{ name: 'c', mountPath: '/c' }] }, /volume c/],
  ['a hostPath socket', { volumes: [{ name: 's', hostPath: { path: '/s.sock', type: 'Socket' } }] }, { volumeMounts: [{ name: 's', mountPath: '/s.sock' }] }, /hostPath type/],
  ['env from a secret', {}, { env: [{ name: 'T', valueFrom: { secretKeyRef: { name: 's', key: 'k' } } }] }, /env T/],
  ['a CPU limit', {}, { resources: { limits: { cpu: '1' } } }, /CPU limit/],
])('refuses %s by name', (_, podSpec, container, message) => {
  expect(() => criPodFor(daemonSet(podSpec, container), placement)).toThrow(message);
});

test('probe URLs by port name or number, on the host', () => {
  const container = { name: 'a', ports: [{ name: 'metrics', containerPort: 9177 }] };
  expect(probeUrl(container, { httpGet: { path: '/readyz', port: 'metrics' } })).toBe('http://127.0.0.1:9177/readyz');
  expect(probeUrl(container, { httpGet: { path: '/healthz', port: 8080 } })).toBe('http://127.0.0.1:8080/healthz');
});
