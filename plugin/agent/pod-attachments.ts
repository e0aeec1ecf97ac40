/**
 * What is in which pod: one durable record per pod UID, written before anything moves (so a
 * crash at any instant leaves a way home for every link) and removed when all came home. The
 * record also carries the pod's netns path, which containerd 1.7 omits from StopPodSandbox and
 * every runtime omits from RemovePodSandbox.
 */
import type { z } from 'zod';
import type { Attachment, AttachResult } from '../../netops/attach.ts';
import { attachmentSchema } from '../apis/attachment.ts';
import { lazySchema } from '../apis/lazy-schema.ts';
import { decodeRecord, encodeRecord } from '../apis/record.ts';
import { type LoadedRecords, RecordStore, type UnreadableRecord } from '../store/record-store.ts';
import type { ClaimRef } from '../claims/plan.ts';
import type { CatalogEntry, PodRef } from '../inventory/catalog.ts';

export interface AttachedDevice {
  claim: ClaimRef;
  request: string;
  pool: string;
  /** The published device name. */
  device: string;
  /**
   * The allocation's share ID when the pod has a child of a shared parent: with the claim it
   * tells this use of the parent from other pods' (and this pod's other shares), and it names the
   * device in the claim's status.
   */
  shareId?: string;
  attachment: Attachment;
  /** The device as published when it left the host, to keep publishing it after a restart. */
  published?: CatalogEntry;
  /** Present once the device is configured in the pod. */
  result?: AttachResult;
}

export interface PodAttachments {
  pod: PodRef;
  netnsPath: string;
  devices: AttachedDevice[];
}

// The attachment (what brings a link home) is decoded strictly, through its codec; the rest
// is checked for shape, so a torn or foreign file is reported instead of crashing the reconcile loop.
const recordSchema = lazySchema((z) => z.object({
  pod: z.object({ uid: z.string(), namespace: z.string(), name: z.string() }),
  netnsPath: z.string(),
  devices: z.array(z.object({
    claim: z.object({ namespace: z.string(), name: z.string(), uid: z.string() }),
    request: z.string(),
    pool: z.string(),
    device: z.string(),
    shareId: z.string().optional(),
    attachment: attachmentSchema(),
    published: z.custom<CatalogEntry>().optional(),
    result: z.custom<AttachResult>().optional(),
  })),
}) satisfies z.ZodType<PodAttachments>);

function decode(value: unknown): PodAttachments {
  return decodeRecord(recordSchema(), value, 'a pod attachment record');
}

function encode(record: PodAttachments): unknown {
  return encodeRecord(recordSchema(), record, 'a pod attachment record');
}

/** Devices in pods as the inventory must keep publishing them (InventoryOptions.attached). */
export function publishedInPods(records: readonly PodAttachments[]): Array<CatalogEntry & { attachedTo: PodRef }> {
  return records.flatMap((record) => record.devices.flatMap((device) => (device.published ? [{ ...device.published, attachedTo: record.pod }] : [])));
}

/** Told after every durable change: the record written, or undefined when the pod's record went. */
export type PodAttachmentListener = (podUid: string, record: PodAttachments | undefined) => void;

export class PodAttachmentStore {
  readonly #store: RecordStore<PodAttachments>;
  readonly #byPodUid = new Map<string, PodAttachments>();
  readonly #listeners = new Set<PodAttachmentListener>();

  constructor(dir: string) {
    this.#store = new RecordStore(dir, decode, encode);
  }

  /** For the agent, at start: loads every record; returns the unreadable ones for the caller to log. */
  async load(): Promise<Array<{ id: string; reason: string }>> {
    return this.#remember(await this.#store.load());
  }

  /** For an observer beside a running agent (`netclaim status`): reads without cleaning up. */
  async read(): Promise<Array<{ id: string; reason: string }>> {
    return this.#remember(await this.#store.read());
  }

  #remember({ records, unreadable }: LoadedRecords<PodAttachments>): UnreadableRecord[] {
    for (const [uid, record] of records) this.#byPodUid.set(uid, record);
    return unreadable;
  }

  get(podUid: string): PodAttachments | undefined {
    return this.#byPodUid.get(podUid);
  }

  all(): PodAttachments[] {
    return [...this.#byPodUid.values()];
  }

  async put(record: PodAttachments): Promise<void> {
    await this.#store.put(record.pod.uid, record);
    this.#byPodUid.set(record.pod.uid, record);
    for (const listener of this.#listeners) listener(record.pod.uid, record);
  }

  async delete(podUid: string): Promise<void> {
    await this.#store.delete(podUid);
    this.#byPodUid.delete(podUid);
    for (const listener of this.#listeners) listener(podUid, undefined);
  }

  /** Follows what is in which pod (device health watches the pods' links); returns the unsubscribe function. */
  subscribe(listener: PodAttachmentListener): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }
}
