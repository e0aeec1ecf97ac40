/**
 * Merging the configs that apply to one device (DeviceClass configs first, then the claim's;
 * later wins): `interface` merges field by field; `routes`, `rules` and `neighbors` are lists that
 * a later config replaces whole: concatenating a class's routes with a claim's would leave the
 * user no way to drop one. `vf` merges field by field like `interface` (a class may set spoof
 * checking and trust for every VF, a claim its VLAN); `driver`, a later config sets. A new top-level
 * field states here how it merges.
 *
 * `interface.addresses` and `interface.ipam` are one choice (where the addresses come from): a
 * later config that makes it drops the earlier config's, so a claim can replace a class's pool
 * with static addresses and the other way round.
 */
import type { InterfaceConfig } from './config.ts';

export function mergeInterfaceConfigs(configs: readonly InterfaceConfig[]): InterfaceConfig {
  const merged: InterfaceConfig = {};
  for (const config of configs) {
    if (config.interface) {
      const earlier = { ...merged.interface };
      if (config.interface.addresses) delete earlier.ipam;
      if (config.interface.ipam) delete earlier.addresses;
      merged.interface = { ...earlier, ...config.interface };
    }
    if (config.vf) merged.vf = { ...merged.vf, ...config.vf };
    if (config.routes) merged.routes = config.routes;
    if (config.rules) merged.rules = config.rules;
    if (config.neighbors) merged.neighbors = config.neighbors;
    if (config.driver) merged.driver = config.driver;
  }
  return merged;
}
