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
 *   its fields are checked together (a class may set the type, a claim the mode);
 * - address pools (`ipPools`) count only in DeviceClass configs, and `interface.ipam.pool` must
 *   name one of the pools the request's class configs define (a later definition of a name wins).
 */
import { ConfigError, finalConfigIssues, parseClassConfig, parseInterfaceConfig, type InterfaceConfig } from '../apis/config.ts';
import type { IpPool } from '../apis/ip-pool.ts';
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

/** What one request's device gets: its merged config, and the pool its `interface.ipam` names. */
export interface ResolvedRequestConfig {
  config: InterfaceConfig;
  pool?: IpPool;
}

/**
 * The validated, merged config for the result of `request`. Throws ClaimConfigError naming the
 * config entry (its source and index in status.allocation.devices.config) and the field path, or
 * the pool `interface.ipam` asks for when no class config of the request defines it.
 */
export function resolveRequestConfig(configs: readonly AllocationConfig[], driver: string, request: string): ResolvedRequestConfig {
  const applicable = configs
    .map((config, index) => ({ config, index }))
    .filter(({ config }) => config.opaque?.driver === driver && configAppliesTo(config.requests, request))
    // The API already orders class before claim configs; sorting states the precedence here too.
    .sort((a, b) => rank(a.config) - rank(b.config));
  const pools = new Map<string, IpPool>();
  const config = mergeInterfaceConfigs(applicable.map(({ config, index }) => {
    try {
      if (config.source !== FROM_CLASS) return parseInterfaceConfig(config.opaque?.parameters);
      const parsed = parseClassConfig(config.opaque?.parameters);
      for (const pool of parsed.ipPools ?? []) pools.set(pool.name, pool);
      return parsed;
    } catch (error) {
      if (!(error instanceof ConfigError)) throw error;
      const where = `${config.source === FROM_CLASS ? 'DeviceClass config' : 'claim config'} (status.allocation.devices.config[${index}])`;
      const fields = error.issues.map((issue) => `${issue.path}: ${issue.message}`).join('; ');
      throw new ClaimConfigError(`invalid ${where}: ${fields}`);
    }
  }));
  // A class may set interface.type and a claim its fields: only together can they be judged.
  const issues = finalConfigIssues(config);
  if (issues.length) {
    throw new ClaimConfigError(`invalid config (the applicable DeviceClass and claim configs merged): ${issues.map((issue) => `${issue.path}: ${issue.message}`).join('; ')}`);
  }
  const wanted = config.interface?.ipam?.pool;
  if (wanted === undefined) return { config };
  const pool = pools.get(wanted);
  if (!pool) {
    const defined = pools.size ? `it defines ${[...pools.keys()].map((name) => `"${name}"`).join(', ')}` : 'it defines none';
    throw new ClaimConfigError(`interface.ipam.pool: pool "${wanted}" is not defined in the DeviceClass config of request "${request}" (${defined})`);
  }
  return { config, pool };
}

function rank(config: AllocationConfig): number {
  return config.source === FROM_CLASS ? 0 : 1;
}
