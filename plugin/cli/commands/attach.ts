/**
 * `netclaim attach`: the attach the driver performs at pod start, by hand (node debugging). It
 * refuses what the daemon would never do: a device the node keeps (loopback, the uplink family:
 * moving one cuts the node off), and a --netns that is not a network namespace or is the host's
 * own (the link and the config's addresses would stay on the host). Both are checked before
 * anything is touched.
 */
import { readFileSync } from 'node:fs';
import { attach } from '../../../netops/attach.ts';
import { attachChild, detachInterface } from '../../../netops/child-attach.ts';
import { ConfigError, finalConfigIssues, parseInterfaceConfig } from '../../apis/config.ts';
import { checkPodNetns, NetnsPathError } from '../../../netops/netns.ts';
import { readSysfsFacts } from '../../../netops/sysfs.ts';
import { childLinkSpec } from '../../apis/sub-interface.ts';
import { keptByHost } from '../../inventory/host-source.ts';
import { type Command, UsageError } from '../command.ts';
import { attachmentRecords, DEFAULT_STATE_DIR } from '../attachment-records.ts';

export const command: Command = {
  options: {
    netns: { type: 'string', value: 'PATH', description: 'the network namespace to move the interface into, e.g. /var/run/netns/NAME (required)' },
    device: { type: 'string', value: 'HOSTIF', description: 'the host interface to move (required)' },
    config: { type: 'string', value: 'FILE', description: 'the claim configuration as JSON (the same fields as a claim\'s opaque parameters); - reads standard input; none: the interface as it is' },
    'state-dir': { type: 'string', value: 'DIR', default: DEFAULT_STATE_DIR, description: 'where the record detach needs is kept' },
  },
  async run(values) {
    const netnsPath = requireString(values.netns, '--netns PATH');
    const device = requireString(values.device, '--device HOSTIF');
    const config = parseInterfaceConfig(readConfig(values.config as string | undefined));
    const issues = finalConfigIssues(config);
    if (issues.length) throw new ConfigError(issues);
    // Binding happens at prepare, in the agent, where unprepare can give the function back.
    if (config.driver !== undefined) throw new ConfigError([{ path: 'driver', message: 'applies only to claims prepared by the agent; `netclaim attach` moves a netdev' }]);
    try {
      checkPodNetns(netnsPath);
    } catch (error) {
      throw error instanceof NetnsPathError ? new Error(`--netns ${error.message}`) : error;
    }
    const kept = keptByHost(device);
    if (kept !== undefined) throw new Error(`--device ${device}: kept for the node (${kept}); netclaim never offers it`);
    const records = attachmentRecords(values['state-dir'] as string);
    await records.load();
    const existing = await records.get(device);
    if (existing) throw new Error(`${device} is already attached to ${existing.netnsPath} as ${existing.podIfName}; detach it first`);
    // With interface.type a child: the device stays on the host, and one child of it is recorded under its name.
    const child = childLinkSpec(config.interface);
    const vf = config.vf ? { ...vfTarget(device), settings: config.vf } : undefined;
    const { result, attachment } = child ? await attachChild({ hostIfName: device, netnsPath, config, child }) : await attach({ hostIfName: device, netnsPath, config, ...(vf ? { vf } : {}) });
    try {
      await records.put(device, attachment);
    } catch (error) {
      // Without a record nobody could detach it: undo rather than leave it unrecoverable.
      await detachInterface(attachment);
      throw new Error(`cannot record the attachment (${(error as Error).message}); ${child ? `the ${child.kind} child was deleted` : `${device} was returned to the host`}`);
    }
    process.stdout.write(JSON.stringify(result) + '\n');
    return 0;
  },
};

/** The PF and index of the VF `device`, which the config's `vf` settings are set through (sysfs, as prepare has them from the inventory). */
function vfTarget(device: string): { pfIfName: string; vfIndex: number } {
  const { isSriovVf, pfName, vfIndex } = readSysfsFacts(device);
  if (!isSriovVf) throw new Error(`vf: --device ${device} is not an SR-IOV VF; VF settings apply only to a VF, set through its PF`);
  if (pfName === undefined || vfIndex === undefined) throw new Error(`vf: the PF of VF ${device} ${pfName === undefined ? 'has no network interface on the host' : 'does not list it (no virtfnN link in sysfs)'}, so its VF settings cannot be set`);
  return { pfIfName: pfName, vfIndex };
}

export function requireString(value: unknown, flag: string): string {
  if (typeof value !== 'string' || value === '') throw new UsageError(`${flag} is required`);
  return value;
}

function readConfig(source: string | undefined): unknown {
  if (source === undefined) return {};
  const text = readFileSync(source === '-' ? 0 : source, 'utf8');
  try {
    return text.trim() === '' ? {} : JSON.parse(text);
  } catch (error) {
    throw new Error(`config ${source === '-' ? '(stdin)' : source} is not valid JSON: ${(error as Error).message}`);
  }
}
