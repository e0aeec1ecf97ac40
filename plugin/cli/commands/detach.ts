/** `netclaim detach`: return an interface attached by `netclaim attach` to the host, as it was (or delete the child made of it). */
import { detachInterface } from '../../../netops/child-attach.ts';
import type { Command } from '../command.ts';
import { attachmentRecords, DEFAULT_STATE_DIR } from '../attachment-records.ts';
import { requireString } from './attach.ts';

export const command: Command = {
  summary: 'return an attached interface to the host and restore its state',
  options: {
    netns: { type: 'string' },
    device: { type: 'string' },
    'state-dir': { type: 'string', default: DEFAULT_STATE_DIR },
  },
  async run(values) {
    const netnsPath = requireString(values.netns, '--netns PATH');
    const device = requireString(values.device, '--device HOSTIF');
    const records = attachmentRecords(values['state-dir'] as string);
    await records.load();
    const attachment = await records.get(device);
    if (!attachment) {
      // Detach is idempotent: a second run finds nothing to do.
      process.stdout.write(JSON.stringify({ device, returned: true, note: 'nothing recorded: not attached' }) + '\n');
      return 0;
    }
    if (attachment.netnsPath !== netnsPath) {
      throw new Error(`${device} is attached to ${attachment.netnsPath}, not ${netnsPath}`);
    }
    const outcome = await detachInterface(attachment);
    await records.delete(device);
    process.stdout.write(JSON.stringify({ device, ...outcome }) + '\n');
    return 0;
  },
};
