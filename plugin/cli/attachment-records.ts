/**
 * Where `netclaim attach` keeps what `netclaim detach` needs: one durable record per host device
 * under <state-dir>/attachments, so a detach works from another process, after a reboot of the
 * agent, or when the pod namespace is already gone.
 */
import type { Attachment } from '../../netops/attach.ts';
import { stateLayout } from '../agent/state-layout.ts';
import { RecordStore } from '../store/record-store.ts';

export { DEFAULT_STATE_DIR } from '../agent/state-layout.ts';

export function attachmentRecords(stateDir: string): RecordStore<Attachment> {
  return new RecordStore(stateLayout(stateDir).manualAttachments, decodeAttachment);
}

function decodeAttachment(value: unknown): Attachment {
  const record = value as Partial<Attachment> | null;
  if (typeof record?.netnsPath !== 'string' || typeof record.podIfName !== 'string' || typeof record.snapshot?.ifName !== 'string'
    || !Array.isArray(record.snapshot.addresses) || !Array.isArray(record.snapshot.routes) || !Array.isArray(record.rules)) {
    throw new Error('not an attachment record (netnsPath, podIfName, snapshot, rules)');
  }
  return record as Attachment;
}
