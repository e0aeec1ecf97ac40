/**
 * Text of the files a test containerd runs with: its TOML config and the CNI network list.
 * Pure functions; containerd.ts writes them. 1.7 reads config format version 2, 2.1 reads
 * version 3, where the CRI settings are split into images and runtime plugins.
 */
import type { ContainerdVersion } from './installation.ts';

export interface ContainerdLayout {
  rootDir: string;
  stateDir: string;
  criSocket: string;
  nriSocket: string;
  /** Empty folders: no NRI plugin is launched by the runtime itself, none from the host. */
  nriPluginDir: string;
  nriPluginConfigDir: string;
  /** runc keeps container state under <runcRoot>/<namespace> instead of the host-wide default. */
  runcRoot: string;
  optDir: string;
  cniConfDir: string;
  cniBinDir: string;
  /** How many CNI networks every pod is attached to (the bridge one and any extra ones). */
  cniNetworkCount: number;
  pauseImageRef: string;
}

const quote = (value: string): string => JSON.stringify(value);

/** The CRI runtime settings, the same in both formats under different table names. */
function criRuntimeSection(table: string, layout: ContainerdLayout, cniBinDirSetting: string): string[] {
  return [
    '  disable_apparmor = true',
    // Root lacks CAP_SYS_RESOURCE on these hosts, so runc cannot lower the sandbox's
    // oom_score_adj and RunPodSandbox fails unless the runtime restricts it.
    '  restrict_oom_score_adj = true',
    `[${table}.containerd.runtimes.runc]`,
    '  runtime_type = "io.containerd.runc.v2"',
    `[${table}.containerd.runtimes.runc.options]`,
    '  SystemdCgroup = false',
    `  Root = ${quote(layout.runcRoot)}`,
    `[${table}.cni]`,
    `  ${cniBinDirSetting}`,
    `  conf_dir = ${quote(layout.cniConfDir)}`,
    `  max_conf_num = ${layout.cniNetworkCount}`,
  ];
}

export function containerdConfigToml(version: ContainerdVersion, layout: ContainerdLayout): string {
  const common = [
    `root = ${quote(layout.rootDir)}`,
    `state = ${quote(layout.stateDir)}`,
    '[grpc]',
    `  address = ${quote(layout.criSocket)}`,
    '[ttrpc]',
    `  address = ${quote(layout.criSocket + '.ttrpc')}`,
    '[plugins."io.containerd.internal.v1.opt"]',
    `  path = ${quote(layout.optDir)}`,
    '[plugins."io.containerd.nri.v1.nri"]',
    '  disable = false',
    `  socket_path = ${quote(layout.nriSocket)}`,
    `  plugin_path = ${quote(layout.nriPluginDir)}`,
    `  plugin_config_path = ${quote(layout.nriPluginConfigDir)}`,
    '  plugin_registration_timeout = "5s"',
    '  plugin_request_timeout = "2s"',
  ];
  if (version === '1.7') {
    const cri = 'plugins."io.containerd.grpc.v1.cri"';
    return [
      'version = 2',
      ...common,
      `[${cri}]`,
      `  sandbox_image = ${quote(layout.pauseImageRef)}`,
      ...criRuntimeSection(cri, layout, `bin_dir = ${quote(layout.cniBinDir)}`),
      '',
    ].join('\n');
  }
  const images = 'plugins."io.containerd.cri.v1.images"';
  const runtime = 'plugins."io.containerd.cri.v1.runtime"';
  return [
    'version = 3',
    ...common,
    `[${images}]`,
    '  snapshotter = "overlayfs"',
    `[${images}.pinned_images]`,
    `  sandbox = ${quote(layout.pauseImageRef)}`,
    `[${runtime}]`,
    ...criRuntimeSection(runtime, layout, `bin_dirs = [${quote(layout.cniBinDir)}]`),
    '',
  ].join('\n');
}

export interface PodNetwork {
  networkName: string;
  bridgeName: string;
  subnetCidr: string;
  ipamDataDir: string;
}

export function bridgeConflist(network: PodNetwork): string {
  return JSON.stringify({
    cniVersion: '1.0.0',
    name: network.networkName,
    plugins: [{
      type: 'bridge',
      bridge: network.bridgeName,
      isGateway: true,
      // No masquerading: the harness must not add iptables rules to the host.
      ipMasq: false,
      ipam: { type: 'host-local', ranges: [[{ subnet: network.subnetCidr }]], dataDir: network.ipamDataDir },
    }],
  }, null, 2);
}

/** A further network: containerd attaches it after the bridge one, as eth1, eth2, ... in file order. */
export function extraConflist(networkName: string, plugins: readonly object[]): string {
  return JSON.stringify({ cniVersion: '1.0.0', name: networkName, plugins }, null, 2);
}
