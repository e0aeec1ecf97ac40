/**
 * SR-IOV VF settings, which live on the PF: what a claim may set on the VF it gets (the names
 * are sriov-cni's, so NetworkAttachmentDefinition configs carry over). Applied through the PF
 * before the VF moves into the pod and restored from a snapshot when it comes home.
 */

export type VfVlanProto = '802.1Q' | '802.1ad';
export type VfLinkState = 'auto' | 'enable' | 'disable';

/** What to set on one VF; an absent field is left as the VF has it. Rates in Mbit/s, 0 is no limit. */
export interface VfSettings {
  mac?: string;
  /** 0 untags the VF. */
  vlan?: number;
  qos?: number;
  vlanProto?: VfVlanProto;
  spoofChk?: boolean;
  trust?: boolean;
  linkState?: VfLinkState;
  minTxRate?: number;
  maxTxRate?: number;
}

/** One VF of a PF that stays on the host. */
export interface VfTarget {
  pfIfName: string;
  vfIndex: number;
}
