/**
 * One end of a TCP transfer between two network namespaces, run by traffic.ts as
 * `ip netns exec NS node traffic-peer.ts ...` (a socket belongs to the namespace of the process
 * that opens it):
 *   receive PORT              accepts one connection; prints "listening" once it can, then one
 *                             JSON line: {"bytes", "steadyBytes", "seconds"} (see below)
 *   send ADDRESS PORT BYTES   connects and sends BYTES as fast as the socket takes them
 * Measured at the receiver, from its first read to its last: the bytes of the first read (what
 * piled up before the receiver was scheduled) are left out of the rate, so a late start cannot
 * inflate it.
 */
import net from 'node:net';

const CHUNK = 1024 * 1024;
const [mode, ...args] = process.argv.slice(2);

function fail(message: string): never {
  process.stderr.write(`traffic-peer: ${message}\n`);
  process.exit(1);
}

if (mode === 'receive') {
  const server = net.createServer((socket) => {
    server.close();
    let bytes = 0;
    let firstRead = 0;
    let firstBytes = 0;
    let lastRead = 0;
    socket.on('data', (chunk: Buffer) => {
      const now = performance.now();
      if (bytes === 0) {
        firstRead = now;
        firstBytes = chunk.length;
      }
      bytes += chunk.length;
      lastRead = now;
    });
    socket.on('end', () => {
      process.stdout.write(`${JSON.stringify({ bytes, steadyBytes: bytes - firstBytes, seconds: (lastRead - firstRead) / 1000 })}\n`);
    });
    socket.on('error', (error) => fail(error.message));
  });
  server.on('error', (error) => fail(error.message));
  server.listen(Number(args[0]), () => process.stdout.write('listening\n'));
} else if (mode === 'send') {
  const [address, port, total] = args;
  let left = Number(total);
  const chunk = Buffer.alloc(CHUNK, 0x5a);
  const socket = net.connect(Number(port), address!, () => {
    const pump = (): void => {
      while (left > 0) {
        const piece = left >= CHUNK ? chunk : chunk.subarray(0, left);
        left -= piece.length;
        if (!socket.write(piece)) {
          socket.once('drain', pump);
          return;
        }
      }
      socket.end();
    };
    pump();
  });
  socket.on('error', (error) => fail(error.message));
} else {
  fail(`unknown mode ${mode ?? '(none)'}: receive PORT | send ADDRESS PORT BYTES`);
}
