/**
 * NRI event numbers and the subscription mask a plugin sends in ConfigureResponse. The dedicated
 * pod RPCs of NRI v0.12 (RunPodSandbox, ...) reuse event numbers 1-3, so one mask serves old and
 * new runtimes alike.
 */
import type { NriHandlers } from './types.ts';

export const NriEvent = {
  RUN_POD_SANDBOX: 1,
  STOP_POD_SANDBOX: 2,
  REMOVE_POD_SANDBOX: 3,
  CREATE_CONTAINER: 4,
  POST_CREATE_CONTAINER: 5,
  START_CONTAINER: 6,
  POST_START_CONTAINER: 7,
  UPDATE_CONTAINER: 8,
  POST_UPDATE_CONTAINER: 9,
  STOP_CONTAINER: 10,
  REMOVE_CONTAINER: 11,
  UPDATE_POD_SANDBOX: 12,
  POST_UPDATE_POD_SANDBOX: 13,
  VALIDATE_CONTAINER_ADJUSTMENT: 14,
} as const;

/** Events every runtime since NRI 0.6 (containerd 1.7) accepts; a bit above disconnects the plugin there. */
export const PORTABLE_EVENTS_MASK = 0x7ff;

const eventOfHandler = {
  runPodSandbox: NriEvent.RUN_POD_SANDBOX,
  stopPodSandbox: NriEvent.STOP_POD_SANDBOX,
  removePodSandbox: NriEvent.REMOVE_POD_SANDBOX,
  createContainer: NriEvent.CREATE_CONTAINER,
} as const satisfies Partial<Record<keyof NriHandlers, number>>;

export function eventBit(event: number): number {
  return 1 << (event - 1);
}

/**
 * The mask for the handlers present. Throws when there are none: the runtime reads 0 as "all
 * events", which would route every container operation through a plugin that ignores them.
 */
export function subscriptionMask(handlers: NriHandlers): number {
  let mask = 0;
  for (const [handler, event] of Object.entries(eventOfHandler)) {
    if (handlers[handler as keyof typeof eventOfHandler]) mask |= eventBit(event);
  }
  if (mask === 0) throw new Error('an NRI plugin needs at least one event handler (runPodSandbox, stopPodSandbox, removePodSandbox or createContainer)');
  return mask;
}

const eventNames = new Map<number, string>(Object.entries(NriEvent).map(([name, value]) => [value, name]));

export function eventName(event: number): string {
  return eventNames.get(event) ?? `EVENT_${event}`;
}

/** Names of the events in a mask, for logs and nri-check. */
export function maskEventNames(mask: number): string[] {
  return Object.values(NriEvent).filter((event) => mask & eventBit(event)).map(eventName);
}
