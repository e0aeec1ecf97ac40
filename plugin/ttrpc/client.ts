/**
 * Unary ttrpc client over one duplex byte stream. Calls take odd, increasing stream IDs; each
 * may carry a deadline that is both enforced here and sent as timeout_nano so the server can
 * give up too. Every failure is a TtrpcError: server statuses keep their code, a local timeout
 * is DEADLINE_EXCEEDED, a lost connection UNAVAILABLE.
 */
import type { Duplex } from 'node:stream';
import { wire } from '../../nri-proto/index.ts';
import { withDeadline } from '../concurrency/deadline.ts';
import { MessageChannel, type ChannelOptions } from './channel.ts';
import { Code, TtrpcError, TtrpcProtocolError } from './errors.ts';
import { MAX_MESSAGE_BYTES, MessageType, type ReadEvent } from './framing.ts';

export interface CallOptions {
  timeoutMs?: number;
  signal?: AbortSignal;
  metadata?: Record<string, string>;
}

interface PendingCall {
  resolve(payload: Uint8Array): void;
  reject(error: TtrpcError): void;
}

const MAX_STREAM_ID = 0xffffffff;

export class TtrpcClient {
  readonly #channel: MessageChannel;
  readonly #pending = new Map<number, PendingCall>();
  #nextStreamId = 1;

  constructor(stream: Duplex, options: ChannelOptions = {}) {
    this.#channel = new MessageChannel(stream, (event) => this.#receive(event), options);
    this.#channel.onClose((reason) => {
      const error = new TtrpcError(Code.UNAVAILABLE, `ttrpc: closed${reason ? `: ${reason.message}` : ''}`);
      for (const call of [...this.#pending.values()]) call.reject(error);
    });
  }

  call(service: string, method: string, request: Uint8Array, options: CallOptions = {}): Promise<Uint8Array> {
    if (this.#channel.closed) return Promise.reject(new TtrpcError(Code.UNAVAILABLE, 'ttrpc: closed'));
    if (this.#nextStreamId > MAX_STREAM_ID) return Promise.reject(new TtrpcError(Code.RESOURCE_EXHAUSTED, 'ttrpc: stream IDs exhausted'));
    const message = wire.Request.encode({
      service,
      method,
      payload: request,
      timeout_nano: options.timeoutMs ? Math.round(options.timeoutMs * 1e6) : 0,
      metadata: Object.entries(options.metadata ?? {}).map(([key, value]) => ({ key, value })),
    }).finish();
    if (message.length > MAX_MESSAGE_BYTES) {
      return Promise.reject(new TtrpcError(Code.RESOURCE_EXHAUSTED, `request of ${message.length} bytes exceeds the ${MAX_MESSAGE_BYTES}-byte limit`));
    }
    const streamId = this.#nextStreamId;
    this.#nextStreamId += 2;
    let forget = (): void => {};
    const reply = new Promise<Uint8Array>((resolve, reject) => {
      const onAbort = (): void => settle(() => reject(new TtrpcError(Code.CANCELLED, `${service}/${method} cancelled`)));
      forget = () => {
        this.#pending.delete(streamId);
        options.signal?.removeEventListener('abort', onAbort);
      };
      const settle = (outcome: () => void): void => {
        forget();
        outcome();
      };
      this.#pending.set(streamId, {
        resolve: (payload) => settle(() => resolve(payload)),
        reject: (error) => settle(() => reject(error)),
      });
      if (options.signal?.aborted) return onAbort();
      options.signal?.addEventListener('abort', onAbort, { once: true });
      this.#channel.send(streamId, MessageType.REQUEST, message);
    });
    return withDeadline(reply, options.timeoutMs || undefined, () => {
      // A reply that comes later is for a call nobody waits for: receive() drops it.
      forget();
      return new TtrpcError(Code.DEADLINE_EXCEEDED, `${service}/${method}: no reply within ${options.timeoutMs} ms`);
    });
  }

  close(): void {
    this.#channel.close();
  }

  onClose(listener: (reason: Error | undefined) => void): void {
    this.#channel.onClose(listener);
  }

  #receive(event: ReadEvent): void {
    const call = this.#pending.get(event.header.streamId);
    if (event.kind === 'oversized') {
      call?.reject(new TtrpcError(Code.RESOURCE_EXHAUSTED, `response of ${event.header.length} bytes exceeds the ${MAX_MESSAGE_BYTES}-byte limit`));
      return;
    }
    if (event.header.type !== MessageType.RESPONSE) {
      this.#channel.close(new TtrpcProtocolError(`unexpected message type ${event.header.type} on a client connection`));
      return;
    }
    // A reply to a call that already timed out or was cancelled: the caller has moved on.
    if (!call) return;
    let response;
    try {
      response = wire.Response.decode(event.payload);
    } catch (error) {
      call.reject(new TtrpcError(Code.INTERNAL, `undecodable response: ${(error as Error).message}`));
      return;
    }
    const status = response.status;
    if (status?.code) call.reject(new TtrpcError(status.code, status.message ?? ""));
    else call.resolve(response.payload);
  }
}
