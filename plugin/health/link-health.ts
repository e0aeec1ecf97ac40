/**
 * What a link's state says about the device's health, in one place for the host and the pods:
 * - Healthy: administratively up with carrier (IFF_LOWER_UP), and its RDMA port, if it has one
 *   and its state is known, active;
 * - Unhealthy: up without carrier, the link gone, or its RDMA port not active;
 * - Unknown: administratively down (most drivers drop carrier then, so carrier says nothing:
 *   an idle NIC nobody configured is not a broken one) or no state seen yet.
 */
export type Health = 'Healthy' | 'Unhealthy' | 'Unknown';

/** Why, as a CamelCase word usable as a condition reason. */
export type HealthReason = 'CarrierUp' | 'CarrierLost' | 'LinkGone' | 'RdmaPortDown' | 'AdministrativelyDown' | 'NoLinkState';

export interface HealthObservation {
  health: Health;
  reason: HealthReason;
  message: string;
}

export interface LinkStateView {
  adminUp: boolean;
  carrier: boolean;
  /** The kernel's operstate ("up", "lowerlayerdown", ...), for the message. */
  operState: string;
  /** The RDMA port's state ("ACTIVE", "DOWN", ...); absent without an RDMA device or when not known. */
  rdmaPortState?: string;
}

export function classifyLink(ifName: string, link: LinkStateView | undefined): HealthObservation {
  if (!link) return { health: 'Unhealthy', reason: 'LinkGone', message: `link ${ifName} is gone` };
  if (!link.adminUp) return { health: 'Unknown', reason: 'AdministrativelyDown', message: `${ifName} is administratively down: carrier not known` };
  if (!link.carrier) return { health: 'Unhealthy', reason: 'CarrierLost', message: `${ifName} has no carrier (operstate ${link.operState})` };
  if (link.rdmaPortState !== undefined && link.rdmaPortState !== 'ACTIVE') {
    return { health: 'Unhealthy', reason: 'RdmaPortDown', message: `${ifName} has carrier but its RDMA port is ${link.rdmaPortState}` };
  }
  return { health: 'Healthy', reason: 'CarrierUp', message: `${ifName} is up with carrier` };
}

export const NO_LINK_STATE: HealthObservation = { health: 'Unknown', reason: 'NoLinkState', message: 'no link state seen yet' };
