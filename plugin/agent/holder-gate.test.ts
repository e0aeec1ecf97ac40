import { HolderGate } from './holder-gate.ts';

test('a call before the gate opens waits for it, then gets the holder', async () => {
  const gate = new HolderGate<string>();
  const waiting = gate.get(new AbortController().signal);
  expect(gate.current).toBeUndefined();
  gate.open('holder');
  await expect(waiting).resolves.toBe('holder');
  await expect(gate.get(AbortSignal.abort())).resolves.toBe('holder');
  expect(gate.current).toBe('holder');
});

test('a call whose deadline fires first is refused with the deadline\'s reason', async () => {
  const gate = new HolderGate<string>();
  const deadline = new AbortController();
  const waiting = gate.get(deadline.signal);
  deadline.abort(new Error('overran its budget'));
  await expect(waiting).rejects.toThrow('overran its budget');
  gate.open('holder');
  await expect(gate.get(new AbortController().signal)).resolves.toBe('holder');
});
