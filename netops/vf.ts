/**
 * SR-IOV VF settings, which live on the PF: what a claim may set on the VF it gets (the names
 * are sriov-cni's, so NetworkAttachmentDefinition configs carry over). Applied through the PF
 * before the VF moves into the pod and restored from a snapshot when it comes home.
 *
 * A change is one RTM_SETLINK on the PF carrying IFLA_VFINFO_LIST > IFLA_VF_INFO with only the
 * settings that differ from what the VF has: drivers reset a VF for some of them (i40e for MAC,
 * VLAN and trust), so an unchanged setting is never sent. The kernel applies the attributes of one
 * IFLA_VF_INFO in a fixed order and stops at the first the driver refuses, leaving the earlier ones
 * set: a failure is therefore read back to name the refused setting, then undone, and a restore the
 * driver refuses is resent one setting at a time (restoreVfSettings).
 */
import { MessageWriter, packHeader } from './netlink/attributes.ts';
import { ETH_P, IFLA, IFLA_VF, IFLA_VF_LINK_STATE, RTM } from './netlink/constants.ts';
import { isNetlinkError, isNotSupported, type NetlinkError } from './netlink/errors.ts';
import type { NetlinkSocket } from './netlink/socket.ts';
import { findLinkByIndex, findLinkByName, ifinfomsg, type Link, type VfInfo } from './link.ts';
import { parseMac } from './mac.ts';

export type { VfInfo, VfLinkState, VfVlanProto } from './link.ts';

/** What to set on one VF; an absent field is left as the VF has it. Rates in Mbit/s, 0 is no limit; vlan 0 untags the VF. */
export type VfSettings = Partial<Omit<VfInfo, 'vf'>>;

/** One VF of a PF that stays on the host. */
export interface VfTarget {
  pfIfName: string;
  vfIndex: number;
}

/** One VF's settings as read, and the index its PF had then (changes go to the PF by index). */
export interface VfReading {
  pfIndex: number;
  settings: VfInfo;
}

/** The largest VF number the kernel takes (it refuses INT_MAX and above). */
const VF_INDEX_MAX = 0x7ffffffe;
const U32_MAX = 0xffffffff;
/** struct ifla_vf_mac holds 32 address bytes (InfiniBand's are 20). */
const VF_MAC_BYTES = 32;
const MAC_TEXT = /^[0-9a-f]{2}(:[0-9a-f]{2}){0,31}$/i;

/** The VF attributes in the order do_setvfinfo applies them, each with the settings it carries. */
const ATTRIBUTES = [
  { type: IFLA_VF.MAC, fields: ['mac'] },
  { type: IFLA_VF.VLAN, fields: ['vlan', 'qos', 'vlanProto'] },
  { type: IFLA_VF.RATE, fields: ['minTxRate', 'maxTxRate'] },
  { type: IFLA_VF.SPOOFCHK, fields: ['spoofChk'] },
  { type: IFLA_VF.LINK_STATE, fields: ['linkState'] },
  { type: IFLA_VF.TRUST, fields: ['trust'] },
] as const satisfies ReadonlyArray<{ type: number; fields: ReadonlyArray<keyof VfSettings> }>;

/** One IFLA_VF_* attribute of a change, with the settings it carries. */
export type VfAttribute = (typeof ATTRIBUTES)[number];

/**
 * A VF setting refused, by the PF's driver or before sending (a value its C field cannot hold);
 * `fields` are the settings named, e.g. ['qos'].
 */
export class VfSettingsError extends Error {
  readonly fields: readonly string[];
  constructor(fields: readonly string[], message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = 'VfSettingsError';
    this.fields = fields;
  }
}

/** Reads one VF's settings from its PF: one RTM_GETLINK for the PF, with its VF table and no counters. */
export function readVf(socket: NetlinkSocket, target: VfTarget): VfReading {
  const pf = findLinkByName(socket, target.pfIfName, { vfs: true });
  if (!pf) throw new Error(`PF ${target.pfIfName} not found on the host`);
  return { pfIndex: pf.index, settings: vfOf(pf, target) };
}

/**
 * Sets `settings` on the VF and returns what it had before (the snapshot to restore). `before`
 * is a reading taken earlier (attach checkpoints it before anything changes); without one, the VF
 * is read first. On a refusal the VF is put back as it was and a VfSettingsError names the setting.
 */
export function applyVfSettings(socket: NetlinkSocket, target: VfTarget, settings: VfSettings, before: VfReading = readVf(socket, target)): VfInfo {
  checkEncodable(target.vfIndex, settings);
  const changes = changedAttributes(before.settings, settings);
  if (changes.length === 0) return before.settings;
  const wanted = merged(before.settings, settings);
  try {
    socket.execute(RTM.SETLINK, 0, encodeVfChanges(before.pfIndex, wanted, changes), `set VF ${target.vfIndex} of ${target.pfIfName}`);
  } catch (error) {
    if (!isNetlinkError(error)) throw error;
    throw refusal(socket, target, before, wanted, changes, error);
  }
  return before.settings;
}

/**
 * Puts every recorded setting of the VF back (MAC, VLAN, QoS and protocol, rates, spoof check,
 * link state, trust), sending only what differs now, so a second restore sends nothing. The PF is
 * found by its recorded name: a PF renamed meanwhile is an error, not a guess. Returns false when
 * the PF has no such VF any more (its VF count was lowered): its settings went with it.
 *
 * All changes go in one message; the kernel stops at the first setting the driver refuses, which
 * would leave every later one as the pod set it (and every retry stops at the same place). So a
 * refused restore is read back and what still differs is sent again one setting per message: every
 * setting the driver takes comes back, and a VfSettingsError names those it refused.
 */
export function restoreVfSettings(socket: NetlinkSocket, target: VfTarget, snapshot: VfInfo): boolean {
  const current = vfOnPf(socket, target);
  if (!current) return false;
  const { vf: _vf, ...settings } = snapshot;
  checkEncodable(target.vfIndex, settings);
  const changes = changedAttributes(current.vf, settings);
  if (changes.length === 0) return true;
  const operation = `restore VF ${target.vfIndex} of ${target.pfIfName}`;
  try {
    socket.execute(RTM.SETLINK, 0, encodeVfChanges(current.pfIndex, merged(current.vf, settings), changes), operation);
    return true;
  } catch (error) {
    if (!isNetlinkError(error)) throw error;
  }
  const now = vfOnPf(socket, target);
  if (!now) return false;
  const wanted = merged(now.vf, settings);
  const refusals: Array<{ fields: string[]; error: NetlinkError }> = [];
  for (const attribute of changedAttributes(now.vf, settings)) {
    try {
      socket.execute(RTM.SETLINK, 0, encodeVfChanges(now.pfIndex, wanted, [attribute]), operation);
    } catch (error) {
      if (!isNetlinkError(error)) throw error;
      refusals.push({ fields: attribute.fields.filter((field) => differs(now.vf, settings, field)), error });
    }
  }
  if (refusals.length === 0) return true;
  const fields = refusals.flatMap((refusal) => refusal.fields);
  const reasons = refusals.map(({ fields: refused, error }) =>
    `${refused.map((field) => `vf.${field}`).join(', ')}: ${explain(target, wanted, refused, error)}${error.kernelMessage ? `: ${error.kernelMessage}` : ''} (${error.code})`);
  throw new VfSettingsError(fields, `${operation}: ${reasons.join('; ')}; its other settings were restored`, { cause: refusals[0]!.error });
}

/** The VF as its PF (found by name) reports it now, with the PF's index; undefined when the PF has no such VF. */
function vfOnPf(socket: NetlinkSocket, target: VfTarget): { pfIndex: number; vf: VfInfo } | undefined {
  const pf = findLinkByName(socket, target.pfIfName, { vfs: true });
  if (!pf) throw new Error(`cannot restore VF ${target.vfIndex} of ${target.pfIfName}: no link of that name on the host (the PF was renamed or removed)`);
  const vf = pf.vfs?.find((candidate) => candidate.vf === target.vfIndex);
  return vf && { pfIndex: pf.index, vf };
}

/**
 * The RTM_SETLINK body that sets the given attributes of `vf.vf` to `vf`'s values, on the PF
 * with index `pfIndex`. An 802.1ad tag goes in IFLA_VF_VLAN_LIST (the only form with a protocol),
 * an 802.1Q one in IFLA_VF_VLAN, which every driver takes: what iproute2 6.1 sends for `ip link set
 * PF vf N vlan V [proto 802.1ad]` (seen with strace), in RTM_NEWLINK where this sends RTM_SETLINK
 * (both reach the kernel's do_setlink).
 */
export function encodeVfChanges(pfIndex: number, vf: VfInfo, changes: readonly VfAttribute[]): Buffer {
  const index = vf.vf;
  return new MessageWriter().raw(ifinfomsg(pfIndex)).nested(IFLA.VFINFO_LIST, (list) => list.nested(IFLA_VF.INFO, (info) => {
    for (const { type } of ATTRIBUTES.filter((attribute) => changes.includes(attribute))) {
      switch (type) {
        case IFLA_VF.MAC: {
          // struct ifla_vf_mac { u32 vf; u8 mac[32]; }
          const struct = packHeader(4 + VF_MAC_BYTES, [0, 4, index]);
          parseMac(vf.mac).copy(struct, 4);
          info.bytes(type, struct);
          break;
        }
        case IFLA_VF.VLAN:
          if (vf.vlanProto === '802.1ad') {
            // struct ifla_vf_vlan_info { u32 vf, vlan, qos; __be16 vlan_proto; } (16 bytes with padding)
            const struct = packHeader(16, [0, 4, index], [4, 4, vf.vlan], [8, 4, vf.qos]);
            struct.writeUInt16BE(ETH_P['8021AD'], 12);
            info.nested(IFLA_VF.VLAN_LIST, (vlans) => vlans.bytes(IFLA_VF.VLAN_INFO, struct));
          } else {
            // struct ifla_vf_vlan { u32 vf, vlan, qos; }
            info.bytes(type, packHeader(12, [0, 4, index], [4, 4, vf.vlan], [8, 4, vf.qos]));
          }
          break;
        case IFLA_VF.RATE:
          // struct ifla_vf_rate { u32 vf, min_tx_rate, max_tx_rate; }
          info.bytes(type, packHeader(12, [0, 4, index], [4, 4, vf.minTxRate], [8, 4, vf.maxTxRate]));
          break;
        case IFLA_VF.SPOOFCHK:
        case IFLA_VF.TRUST:
          // struct ifla_vf_spoofchk / ifla_vf_trust { u32 vf, setting; }
          info.bytes(type, packHeader(8, [0, 4, index], [4, 4, (type === IFLA_VF.SPOOFCHK ? vf.spoofChk : vf.trust) ? 1 : 0]));
          break;
        case IFLA_VF.LINK_STATE:
          // struct ifla_vf_link_state { u32 vf, link_state; }
          info.bytes(type, packHeader(8, [0, 4, index], [4, 4, IFLA_VF_LINK_STATE[vf.linkState.toUpperCase() as Uppercase<VfInfo['linkState']>]]));
      }
    }
  })).finish();
}

/** The attributes that must be sent to turn `current` into `wanted`, in the kernel's order. */
export function changedAttributes(current: VfInfo, wanted: VfSettings): VfAttribute[] {
  return ATTRIBUTES.filter(({ fields }) => fields.some((field) => differs(current, wanted, field)));
}

function differs(current: VfInfo, wanted: VfSettings, field: keyof VfSettings): boolean {
  const value = wanted[field];
  if (value === undefined) return false;
  if (field === 'mac') return (value as string).toLowerCase() !== current.mac;
  // An untagged VF's protocol is moot; a tagged one without a reported protocol is 802.1Q.
  if (field === 'vlanProto') return (wanted.vlan ?? current.vlan) !== 0 && value !== (current.vlanProto ?? '802.1Q');
  return value !== current[field];
}

function merged(current: VfInfo, settings: VfSettings): VfInfo {
  const defined = Object.fromEntries(Object.entries(settings).filter(([, value]) => value !== undefined)) as VfSettings;
  const result: VfInfo = { ...current, ...defined };
  if (defined.mac !== undefined) result.mac = defined.mac.toLowerCase();
  // A tag set without a protocol keeps the VF's, if it was tagged (its protocol is moot otherwise).
  if (result.vlan === 0) delete result.vlanProto;
  else result.vlanProto = defined.vlanProto ?? (current.vlan ? current.vlanProto : undefined) ?? '802.1Q';
  return result;
}

function vfOf(pf: Link, target: VfTarget): VfInfo {
  const vf = pf.vfs?.find((candidate) => candidate.vf === target.vfIndex);
  if (vf) return vf;
  const count = pf.vfs?.length ?? 0;
  throw new Error(`${target.pfIfName} has no VF ${target.vfIndex} (${count ? `its VFs are 0-${count - 1}` : 'it has no VFs'})`);
}

/** Values that do not fit their C fields would be cut silently by the encoder: refused here, naming the field. */
function checkEncodable(vfIndex: number, settings: VfSettings): void {
  const fits = (value: number, max: number): boolean => Number.isInteger(value) && value >= 0 && value <= max;
  if (!fits(vfIndex, VF_INDEX_MAX)) throw new VfSettingsError(['vfIndex'], `vfIndex: ${vfIndex} is not a VF number`);
  for (const field of ['vlan', 'qos', 'minTxRate', 'maxTxRate'] as const) {
    const value = settings[field];
    if (value !== undefined && !fits(value, U32_MAX)) throw new VfSettingsError([field], `vf.${field}: ${value} is not an integer from 0 to ${U32_MAX}`);
  }
  if (settings.mac !== undefined && !MAC_TEXT.test(settings.mac)) throw new VfSettingsError(['mac'], 'vf.mac: not a hardware address like 02:00:00:00:00:01');
}

/**
 * The error for a refused change, after putting the VF back. The refused attribute is the first
 * (in the kernel's order) whose value did not become the wanted one: the kernel set every
 * attribute before it and none after.
 */
function refusal(socket: NetlinkSocket, target: VfTarget, before: VfReading, wanted: VfInfo, changes: readonly VfAttribute[], error: NetlinkError): VfSettingsError {
  let refused: readonly VfAttribute[] = changes;
  let restored: string;
  try {
    const pf = findLinkByIndex(socket, before.pfIndex, { vfs: true });
    const now = pf ? vfOf(pf, target) : undefined;
    if (now) {
      const culprit = changes.find((attribute) => changedAttributes(now, wanted).includes(attribute));
      if (culprit) refused = [culprit];
    }
    restoreVfSettings(socket, target, before.settings);
    restored = `VF ${target.vfIndex}'s settings were put back as they were`;
  } catch (restoreError) {
    restored = `putting VF ${target.vfIndex}'s settings back failed too: ${(restoreError as Error).message}`;
  }
  const changed = refused.flatMap(({ fields: all }) => all.filter((field) => differs(before.settings, wanted, field)));
  const fields = changed.length ? changed : refused.flatMap(({ fields: all }) => all);
  const reason = error.kernelMessage ? `: ${error.kernelMessage}` : '';
  return new VfSettingsError(fields, `${fields.map((field) => `vf.${field}`).join(', ')}: ${explain(target, wanted, fields, error)}${reason} (${error.code}); ${restored}`, { cause: error });
}

function explain(target: VfTarget, wanted: VfInfo, fields: readonly string[], error: NetlinkError): string {
  const driver = `the driver of PF ${target.pfIfName}`;
  if (error.code === 'EPROTONOSUPPORT' && fields.includes('vlanProto')) return `${driver} does not support ${wanted.vlanProto} VLAN tags on VF ${target.vfIndex}`;
  if (isNotSupported(error)) return `${driver} does not support setting ${fields.join(' and ')} on VF ${target.vfIndex}`;
  const values = fields.map((field) => `${field} ${String(wanted[field as keyof VfInfo])}`).join(', ');
  return `${driver} refused ${values} for VF ${target.vfIndex}`;
}
