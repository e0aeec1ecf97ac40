/**
 * Where `netclaim attach` keeps what `netclaim detach` needs: one durable record per host device
 * under <state-dir>/attachments, so a detach works from another process, after a reboot of the
 * agent, or when the pod namespace is already gone.
 */
import type { Attachment } from '../../netops/attach.ts';
import { decodeAttachment, encodeAttachment } from '../apis/attachment.ts';
import { stateLayout } from '../agent/state-layout.ts';
import { RecordStore } from '../store/record-store.ts';

export { DEFAULT_STATE_DIR } from '../agent/state-layout.ts';

export function attachmentRecords(stateDir: string): RecordStore<Attachment> {
  return new RecordStore(stateLayout(stateDir).manualAttachments, decodeAttachment, encodeAttachment);
}
