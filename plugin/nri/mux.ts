/**
 * The NRI multiplexer: several logical byte streams over one socket, each frame
 * `[u32 connID BE][u32 payloadLen BE][payload]`. Incoming payload bytes are handed on as they
 * arrive (ttrpc reassembles messages), so the mux itself buffers at most one 8-byte header; the
 * payloads of consecutive frames for one connection within a socket read are handed on as one
 * copy, so a peer sending 1-byte frames costs one buffer per read, not one per byte.
 * Outgoing data is cut into frames of at most 4096 payload bytes, the largest containerd 1.7
 * reads without dropping the connection; when the peer stops reading and more than
 * MAX_QUEUED_OUTGOING_BYTES wait to be sent, the mux closes rather than grow (the stub reconnects).
 * A frame longer than any ttrpc message can be, or a socket that ends mid-frame, closes the whole
 * mux with that reason: the peer is not speaking NRI, and guessing at a resync would only corrupt
 * calls.
 */
import { Duplex } from 'node:stream';
import type { Logger } from '../log.ts';
import { HEADER_BYTES as TTRPC_HEADER_BYTES, MAX_MESSAGE_BYTES } from '../ttrpc/framing.ts';

export const FRAME_HEADER_BYTES = 8;
export const MAX_OUTGOING_PAYLOAD_BYTES = 4096;
/** Go's mux accepts one whole ttrpc message per frame at most. */
export const MAX_INCOMING_PAYLOAD_BYTES = TTRPC_HEADER_BYTES + MAX_MESSAGE_BYTES;
/**
 * Bytes we let wait for a peer that does not read: one of the largest messages with its frame
 * headers (a plugin's replies are small). containerd reads continuously (it queues 256 frames per
 * connection and closes past that), so a backlog beyond this is a peer that stopped reading, not
 * a slow one; every byte more is garbage the agent carries after the connection is gone.
 */
export const MAX_QUEUED_OUTGOING_BYTES = MAX_INCOMING_PAYLOAD_BYTES + Math.ceil(MAX_INCOMING_PAYLOAD_BYTES / MAX_OUTGOING_PAYLOAD_BYTES) * FRAME_HEADER_BYTES;

/** Connection the runtime calls the plugin on (the plugin serves ttrpc there). */
export const PLUGIN_SERVICE_CONN = 1;
/** Connection the plugin calls the runtime on (RegisterPlugin). */
export const RUNTIME_SERVICE_CONN = 2;

/** Payload bytes of consecutive frames for one connection within one socket read. */
interface PayloadRun {
  connId: number;
  bytes: Buffer | undefined;
  filled: number;
}

export class MuxError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'MuxError';
  }
}

/** One logical connection. Destroying it leaves the trunk and the other connections alone. */
class MuxConnection extends Duplex {
  readonly #mux: Mux;
  readonly id: number;

  constructor(mux: Mux, id: number) {
    super();
    this.#mux = mux;
    this.id = id;
  }

  override _read(): void {}

  override _write(chunk: Buffer, _encoding: BufferEncoding, callback: (error?: Error | null) => void): void {
    this.#mux.sendFrames(this.id, chunk, callback);
  }

  override _destroy(error: Error | null, callback: (error?: Error | null) => void): void {
    this.#mux.forget(this);
    callback(error);
  }
}

export class Mux {
  readonly #trunk: Duplex;
  readonly #logger: Logger | undefined;
  readonly #connections = new Map<number, MuxConnection>();
  readonly #closeListeners: Array<(reason: Error | undefined) => void> = [];
  readonly #header = Buffer.alloc(FRAME_HEADER_BYTES);
  #headerFilled = 0;
  #frame: { connId: number; remaining: number } | undefined;
  #outgoing: Buffer[] = [];
  #outgoingBytes = 0;
  #isClosed = false;
  #closeReason: Error | undefined;

  constructor(trunk: Duplex, options: { logger?: Logger } = {}) {
    this.#trunk = trunk;
    this.#logger = options.logger;
    trunk.on('data', (chunk: Buffer) => this.#receive(chunk));
    trunk.on('end', () => {
      const midFrame = this.#headerFilled > 0 || this.#frame !== undefined;
      this.close(midFrame ? new MuxError('peer closed the socket in the middle of a frame (truncated frame)') : undefined);
    });
    trunk.on('error', (error: Error) => this.close(error));
    trunk.on('close', () => this.close());
  }

  get closed(): boolean {
    return this.#isClosed;
  }

  /** The logical connection with this ID; frames for IDs never opened are dropped. */
  open(connId: number): Duplex {
    if (connId === 0) throw new MuxError('connection ID 0 is reserved');
    if (this.#connections.has(connId)) throw new MuxError(`connection ${connId} is already open`);
    const connection = new MuxConnection(this, connId);
    this.#connections.set(connId, connection);
    if (this.#isClosed) connection.destroy();
    return connection;
  }

  /** Closes the trunk and every connection; `reason` is logged and passed to close listeners. */
  close(reason?: Error): void {
    if (this.#isClosed) return;
    // What was sent before the close goes out first, as it would have without batching.
    this.#flush();
    if (this.#isClosed) return;
    this.#isClosed = true;
    this.#closeReason = reason;
    if (reason) this.#logger?.warn('NRI connection closed', { reason: reason.message });
    for (const connection of [...this.#connections.values()]) connection.destroy();
    this.#trunk.destroy();
    for (const listener of this.#closeListeners.splice(0)) listener(reason);
  }

  onClose(listener: (reason: Error | undefined) => void): void {
    if (this.#isClosed) queueMicrotask(() => listener(this.#closeReason));
    else this.#closeListeners.push(listener);
  }

  /** @internal Called by MuxConnection._write. */
  sendFrames(connId: number, data: Buffer, callback: (error?: Error | null) => void): void {
    if (this.#isClosed) return callback(new MuxError('mux closed'));
    const frameCount = Math.ceil(data.length / MAX_OUTGOING_PAYLOAD_BYTES);
    const out = Buffer.allocUnsafe(data.length + frameCount * FRAME_HEADER_BYTES);
    let offset = 0;
    for (let start = 0; start < data.length; start += MAX_OUTGOING_PAYLOAD_BYTES) {
      const slice = data.subarray(start, start + MAX_OUTGOING_PAYLOAD_BYTES);
      out.writeUInt32BE(connId, offset);
      out.writeUInt32BE(slice.length, offset + 4);
      out.set(slice, offset + FRAME_HEADER_BYTES);
      offset += FRAME_HEADER_BYTES + slice.length;
    }
    this.#outgoing.push(out);
    this.#outgoingBytes += out.length;
    if (this.#outgoing.length === 1) queueMicrotask(() => this.#flush());
    callback();
  }

  // One socket write for everything sent in one turn of the event loop (the replies to all the
  // requests of one read, say): a peer that stops reading then leaves a few large buffers
  // waiting, not one small buffer and its bookkeeping per reply.
  #flush(): void {
    if (this.#isClosed || this.#outgoing.length === 0) return;
    const out = this.#outgoing.length === 1 ? this.#outgoing[0]! : Buffer.concat(this.#outgoing, this.#outgoingBytes);
    this.#outgoing = [];
    this.#outgoingBytes = 0;
    this.#trunk.write(out);
    // The socket buffers what the peer does not read; callers were told it went, so the backlog
    // is bounded here, where it is.
    const queued = this.#trunk.writableLength;
    if (queued > MAX_QUEUED_OUTGOING_BYTES) {
      this.close(new MuxError(`the peer stopped reading: ${queued} bytes waiting to be sent (at most ${MAX_QUEUED_OUTGOING_BYTES})`));
    }
  }

  /** @internal Called when a MuxConnection is destroyed. */
  forget(connection: MuxConnection): void {
    if (this.#connections.get(connection.id) === connection) this.#connections.delete(connection.id);
  }

  #receive(chunk: Buffer): void {
    // Offsets, not subarrays: a view per 1-byte frame would be a JS object per byte of payload.
    let offset = 0;
    const run: PayloadRun = { connId: 0, bytes: undefined, filled: 0 };
    while (offset < chunk.length && !this.#isClosed) {
      if (this.#frame === undefined) {
        const taken = Math.min(FRAME_HEADER_BYTES - this.#headerFilled, chunk.length - offset);
        chunk.copy(this.#header, this.#headerFilled, offset, offset + taken);
        this.#headerFilled += taken;
        offset += taken;
        if (this.#headerFilled < FRAME_HEADER_BYTES) break;
        this.#headerFilled = 0;
        const connId = this.#header.readUInt32BE(0);
        const length = this.#header.readUInt32BE(4);
        if (length > MAX_INCOMING_PAYLOAD_BYTES) {
          this.close(new MuxError(`oversized frame: ${length} bytes for connection ${connId} (at most ${MAX_INCOMING_PAYLOAD_BYTES}); not an NRI peer?`));
          return;
        }
        if (!this.#connections.has(connId)) this.#logger?.debug('dropping frame for unknown connection', { connId, length });
        if (length === 0) continue;
        this.#frame = { connId, remaining: length };
      }
      const taken = Math.min(this.#frame.remaining, chunk.length - offset);
      if (run.connId !== this.#frame.connId) this.#deliver(run);
      run.connId = this.#frame.connId;
      // Room for the rest of this read: payload never outgrows the bytes that carried it.
      run.bytes ??= Buffer.allocUnsafe(chunk.length - offset);
      chunk.copy(run.bytes, run.filled, offset, offset + taken);
      run.filled += taken;
      offset += taken;
      this.#frame.remaining -= taken;
      if (this.#frame.remaining === 0) this.#frame = undefined;
    }
    this.#deliver(run);
  }

  // A copy, so nothing downstream keeps the socket's read buffer alive through a view.
  #deliver(run: PayloadRun): void {
    if (run.bytes && run.filled > 0 && !this.#isClosed) this.#connections.get(run.connId)?.push(run.bytes.subarray(0, run.filled));
    run.bytes = undefined;
    run.filled = 0;
  }
}
