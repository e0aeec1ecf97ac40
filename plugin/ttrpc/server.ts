/**
 * Unary ttrpc server: serves registered services on any number of duplex byte streams. Handlers
 * get the request bytes and a context (deadline from timeout_nano, an AbortSignal that fires at
 * the deadline or when the connection goes); they return response bytes or throw. A thrown
 * TtrpcError keeps its code; anything else is UNKNOWN, as Go's plain errors are.
 */
import type { Duplex } from 'node:stream';
import { wire } from '../../nri-proto/index.ts';
import { withDeadline } from '../concurrency/deadline.ts';
import type { Logger } from '../log.ts';
import { MessageChannel, type ChannelOptions } from './channel.ts';
import { Code, TtrpcError, TtrpcProtocolError } from './errors.ts';
import { MAX_MESSAGE_BYTES, MessageType } from './framing.ts';
import { errorMessage } from '../errors.ts';

export interface CallContext {
  service: string;
  method: string;
  /** Date.now() milliseconds by which the caller stops waiting; undefined when it set none. */
  deadline: number | undefined;
  signal: AbortSignal;
  metadata: ReadonlyArray<{ key: string; value: string }>;
}

export type UnaryHandler = (request: Uint8Array, context: CallContext) => Promise<Uint8Array>;

export interface ServerConnection {
  close(reason?: Error): void;
  onClose(listener: (reason: Error | undefined) => void): void;
}

/**
 * Requests a connection may have running at once. containerd sends one request per pod event and
 * waits for each; past this, the peer is flooding and further requests are refused.
 */
export const MAX_CONCURRENT_REQUESTS = 64;

/** Longest service or method name quoted back in a status or a log line. */
const MAX_QUOTED_NAME = 120;

export class TtrpcServer {
  readonly #services = new Map<string, Map<string, UnaryHandler>>();
  readonly #logger: Logger | undefined;

  constructor(options: { logger?: Logger } = {}) {
    this.#logger = options.logger;
  }

  register(service: string, methods: Record<string, UnaryHandler>): void {
    const table = this.#services.get(service) ?? new Map<string, UnaryHandler>();
    for (const [method, handler] of Object.entries(methods)) table.set(method, handler);
    this.#services.set(service, table);
  }

  serve(stream: Duplex, options: ChannelOptions = {}): ServerConnection {
    const inFlight = new Set<AbortController>();
    let lastStreamId = 0;
    const channel: MessageChannel = new MessageChannel(stream, (event) => {
      const { streamId } = event.header;
      const reject = (code: number, message: string): void => this.#respond(channel, streamId, { code, message });
      if (event.kind === 'oversized') {
        return reject(Code.RESOURCE_EXHAUSTED, `request of ${event.header.length} bytes exceeds the ${MAX_MESSAGE_BYTES}-byte limit`);
      }
      if (event.header.type !== MessageType.REQUEST) {
        return channel.close(new TtrpcProtocolError(`unexpected message type ${event.header.type} on a server connection`));
      }
      if (streamId % 2 !== 1 || streamId <= lastStreamId) {
        return reject(Code.INVALID_ARGUMENT, `stream ID ${streamId} must be odd and above ${lastStreamId}`);
      }
      lastStreamId = streamId;
      let request;
      try {
        request = wire.Request.decode(event.payload);
      } catch (error) {
        return reject(Code.INVALID_ARGUMENT, `undecodable request: ${(error as Error).message}`);
      }
      const name = `${quoted(request.service)}/${quoted(request.method)}`;
      const handler = this.#services.get(request.service)?.get(request.method);
      if (!handler) return reject(Code.UNIMPLEMENTED, `${name} is not implemented`);
      if (inFlight.size >= MAX_CONCURRENT_REQUESTS) {
        return reject(Code.RESOURCE_EXHAUSTED, `${name} refused: ${MAX_CONCURRENT_REQUESTS} requests already running on this connection`);
      }
      const abort = new AbortController();
      inFlight.add(abort);
      // A response that cannot be sent leaves the peer waiting for it forever: end the connection.
      this.#dispatch(channel, streamId, request, handler, abort)
        .finally(() => inFlight.delete(abort))
        .catch((error: unknown) => channel.close(new TtrpcProtocolError(`cannot answer ${name}: ${errorMessage(error)}`)));
    }, options);
    channel.onClose(() => {
      for (const abort of inFlight) abort.abort(new TtrpcError(Code.CANCELLED, 'connection closed'));
    });
    return { close: (reason) => channel.close(reason), onClose: (listener) => channel.onClose(listener) };
  }

  async #dispatch(
    channel: MessageChannel,
    streamId: number,
    request: InstanceType<typeof wire.Request>,
    handler: UnaryHandler,
    abort: AbortController,
  ): Promise<void> {
    const timeoutNanos = Number(request.timeout_nano);
    const timeoutMs = timeoutNanos > 0 ? timeoutNanos / 1e6 : undefined;
    const context: CallContext = {
      service: request.service,
      method: request.method,
      deadline: timeoutMs === undefined ? undefined : Date.now() + timeoutMs,
      signal: abort.signal,
      metadata: request.metadata.map(({ key, value }) => ({ key: key ?? '', value: value ?? '' })),
    };
    try {
      const payload = await withDeadline(handler(request.payload, context), timeoutMs, () => {
        const error = new TtrpcError(Code.DEADLINE_EXCEEDED, `${request.service}/${request.method} ran past its ${timeoutMs} ms deadline`);
        abort.abort(error);
        return error;
      });
      this.#respond(channel, streamId, undefined, payload);
    } catch (error) {
      const status = error instanceof TtrpcError
        ? { code: error.code, message: error.detail }
        : { code: Code.UNKNOWN, message: errorMessage(error) };
      this.#logger?.debug('ttrpc call failed', { service: request.service, method: request.method, ...status });
      this.#respond(channel, streamId, status);
    }
  }

  #respond(channel: MessageChannel, streamId: number, status: { code: number; message: string } | undefined, payload?: Uint8Array): void {
    // Go peers read a success as "no status field at all".
    let response = wire.Response.encode(status ? { status } : { payload: payload ?? new Uint8Array() }).finish();
    if (response.length > MAX_MESSAGE_BYTES) {
      response = wire.Response.encode({
        status: { code: Code.RESOURCE_EXHAUSTED, message: `response of ${response.length} bytes exceeds the ${MAX_MESSAGE_BYTES}-byte limit` },
      }).finish();
    }
    channel.send(streamId, MessageType.RESPONSE, response);
  }
}

/** A peer-chosen name, cut short so a megabyte-long method name cannot fill a status or a log. */
function quoted(name: string): string {
  return name.length <= MAX_QUOTED_NAME ? name : `${name.slice(0, MAX_QUOTED_NAME)}…(${name.length} chars)`;
}
