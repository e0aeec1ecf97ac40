/**
 * Real TCP traffic between two network namespaces, for tests that need packets to flow (children
 * of one parent talking; an egress rate measured). Each end is its own process entered into its
 * namespace by `ip netns exec`, reniced ahead of other work on a shared machine so the figure is
 * the kernel's shaping, not the generator's CPU share.
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import path from 'node:path';
import { createInterface } from 'node:readline';

const PEER = path.join(import.meta.dirname, 'traffic-peer.ts');
const PORT = '5201';

export interface Transfer {
  bytes: number;
  /** Bytes after the receiver's first read, over `seconds` (first to last read). */
  steadyBytes: number;
  seconds: number;
  /** steadyBytes over seconds, in Mbit/s (10^6 bits). */
  mbps: number;
}

/** Sends `bytes` over TCP from namespace `from` to `address` in namespace `to`; resolves with what the receiver measured. */
export async function transfer(from: string, to: string, address: string, bytes: number): Promise<Transfer> {
  const receiver = peer(to, 'receive', PORT);
  const lines = createInterface({ input: receiver.child.stdout! })[Symbol.asyncIterator]();
  const ready = await lines.next();
  if (ready.value !== 'listening') throw new Error(`receiver in ${to} did not start: ${await receiver.stderr()}`);
  const sender = peer(from, 'send', address, PORT, String(bytes));
  const sent = await sender.exit();
  // A sender that never connected leaves the receiver waiting for ever.
  if (sent !== 0) receiver.child.kill();
  const result = await lines.next();
  const received = await receiver.exit();
  if (sent !== 0 || received !== 0 || result.done) {
    throw new Error(`transfer ${from} -> ${to} failed: sender exit ${sent} (${await sender.stderr()}), receiver exit ${received} (${await receiver.stderr()})`);
  }
  const measured = JSON.parse(result.value as string) as Omit<Transfer, 'mbps'>;
  return { ...measured, mbps: (measured.steadyBytes * 8) / measured.seconds / 1e6 };
}

function peer(netns: string, ...args: string[]) {
  const child = spawn('nice', ['-n', '-10', 'ip', 'netns', 'exec', netns, process.execPath, PEER, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (text: string) => {
    stderr += text;
  });
  const exited = once(child, 'exit').then(([code]) => code as number | null);
  return {
    child,
    exit: () => exited,
    stderr: async () => {
      await exited;
      return stderr.trim();
    },
  };
}
