/** `netclaim detach`: return an interface attached by `netclaim attach` to the host, as it was (or delete the child made of it). */
import { detachInterface } from '../../../netops/child-attach.ts';
import type { Command } from '../command.ts';
import { attachmentRecords, DEFAULT_STATE_DIR } from '../attachment-records.ts';
import { requireString } from './attach.ts';

export const command: Command = {
  options: {
    netns: { type: 'string', value: 'PATH', description: 'the network namespace given to attach (required)' },
    device: { type: 'string', value: 'HOSTIF', description: 'the interface\'s host name, as given to attach (required)' },
    'state-dir': { type: 'string', value: 'DIR', default: DEFAULT_STATE_DIR, description: 'where attach kept its record' },
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
