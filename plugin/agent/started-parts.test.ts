import { createLogger } from '../log.ts';
import { StartedParts } from './started-parts.ts';

test('parts stop last started first, each once, and one failure does not stop the rest', async () => {
  const lines: string[] = [];
  const parts = new StartedParts(createLogger({}, { level: 'error', write: (line) => lines.push(line) }));
  const stopped: string[] = [];
  parts.add('http', () => { stopped.push('http'); });
  parts.add('publishing', () => { throw new Error('boom'); });
  parts.add('nri', async () => { stopped.push('nri'); });
  await parts.stopAll();
  await parts.stopAll();
  expect(stopped).toEqual(['nri', 'http']);
  expect(lines.map((line) => JSON.parse(line))).toEqual([expect.objectContaining({ msg: 'stopping a part of the agent failed', part: 'publishing', error: { message: 'boom' } })]);
});
