/** The start-up check of the state directories, on a real filesystem. */
import { chmodSync, chownSync, mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { checkStateWritable, stateLayout } from './state-layout.ts';

let root: string;
beforeEach(() => {
  root = mkdtempSync(path.join(tmpdir(), 'netclaim-layout-'));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

test('a fresh state directory is created and passes', async () => {
  await expect(checkStateWritable(stateLayout(path.join(root, 'state')))).resolves.toBeUndefined();
});

// Records drive what the agent does to host links (detach restores a record's routes and
// addresses), so a directory another user can write into is a way to steer it.
type Layout = ReturnType<typeof stateLayout>;
const stateDir = (layout: Layout) => path.dirname(layout.claims);
test.each<[string, (layout: Layout) => void, 'claims' | 'pods', (layout: Layout) => string, string]>([
  ['claims writable by others', (layout) => chmodSync(layout.claims, 0o777), 'claims', (layout) => layout.claims, 'writable by group or others (mode 0777)'],
  ['pods writable by its group', (layout) => chmodSync(layout.pods, 0o770), 'pods', (layout) => layout.pods, 'writable by group or others (mode 0770)'],
  ['pods owned by another user', (layout) => chownSync(layout.pods, 65534, 65534), 'pods', (layout) => layout.pods, `owned by uid 65534, not by this process (uid ${process.geteuid!()})`],
  ['claims a symlink to a directory anyone may write', (layout) => {
    rmSync(layout.claims, { recursive: true });
    mkdirSync(path.join(root, 'shared'));
    chmodSync(path.join(root, 'shared'), 0o1777);
    symlinkSync(path.join(root, 'shared'), layout.claims);
  }, 'claims', (layout) => layout.claims, 'writable by group or others (mode 1777)'],
  ['the state directory writable by others', (layout) => chmodSync(stateDir(layout), 0o777), 'claims', stateDir, 'writable by group or others (mode 0777)'],
])('refused: %s', async (_, spoil, checked, offender, problem) => {
  const layout = stateLayout(path.join(root, 'state'));
  await checkStateWritable(layout);
  spoil(layout);
  await expect(checkStateWritable(layout)).rejects.toThrow(`state directory ${layout[checked]} is not usable: ${offender(layout)} is ${problem}`);
});
