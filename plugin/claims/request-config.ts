/**
 * From a claim's allocated configs to the one InterfaceConfig a device gets.
 *
 * Rules (the scheduler copies class configs first and claim configs after; later wins):
 * - only opaque configs for this driver count; others belong to other drivers;
 * - a config applies to a result when its `requests` list is empty, names the result's request,
 *   or names the parent of a subrequest ("main" covers "main/sub"; "main/sub" covers only it);
 * - each applicable config is validated on its own, so an error points at the entry the user
 *   wrote (class or claim, and its index);
 * - the applicable configs merge as plugin/apis/merge.ts says, and the merged interface type and
 *   its fields are checked together (a class may set the type, a claim the mode).
 */
import { ConfigError, finalConfigIssues, parseInterfaceConfig, type InterfaceConfig } from '../apis/config.ts';
import { mergeInterfaceConfigs } from '../apis/merge.ts';
import type { AllocationConfig } from './claim.ts';

const FROM_CLASS = 'FromClass';

export class ClaimConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ClaimConfigError';
  }
}

export function configAppliesTo(requests: readonly string[] | undefined, request: string): boolean {
  if (requests === undefined || requests.length === 0) return true;
  const parent = request.split('/', 1)[0];
  return requests.includes(request) || (parent !== undefined && requests.includes(parent));
}

/**
 * The validated, merged config for the result of `request`. Throws ClaimConfigError naming the
 * config entry (its source and index in status.allocation.devices.config) and the field path.
 */
export function resolveRequestConfig(configs: readonly AllocationConfig[], driver: string, request: string): InterfaceConfig {
  const applicable = configs
    .map((config, index) => ({ config, index }))
    .filter(({ config }) => config.opaque?.driver === driver && configAppliesTo(config.requests, request))
    // The API already orders class before claim configs; sorting states the precedence here too.
    .sort((a, b) => rank(a.config) - rank(b.config));
  const merged = mergeInterfaceConfigs(applicable.map(({ config, index }) => {
    try {
      return parseInterfaceConfig(config.opaque?.parameters);
    } catch (error) {
      if (!(error instanceof ConfigError)) throw error;
      const where = `${config.source === FROM_CLASS ? 'DeviceClass config' : 'claim config'} (status.allocation.devices.config[${index}])`;
      const fields = error.issues.map((issue) => `${issue.path}: ${issue.message}`).join('; ');
      throw new ClaimConfigError(`invalid ${where}: ${fields}`);
    }
  }));
  // A class may set interface.type and a claim its fields: only together can they be judged.
  const issues = finalConfigIssues(merged);
  if (issues.length) {
    throw new ClaimConfigError(`invalid config (the applicable DeviceClass and claim configs merged): ${issues.map((issue) => `${issue.path}: ${issue.message}`).join('; ')}`);
  }
  return merged;
}

function rank(config: AllocationConfig): number {
  return config.source === FROM_CLASS ? 0 : 1;
}
