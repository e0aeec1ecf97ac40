/**
 * grpc-js method definitions built from the generated protobufjs codecs (no proto-loader: the
 * static code already knows every field, and one codec per message keeps encode and decode in
 * one place for the server and the kubelet simulator alike).
 */
import type { MethodDefinition } from '@grpc/grpc-js';

/** What a generated protobufjs message class offers; the plain-object form is what we pass. */
export interface MessageCodec<T> {
  encode(message: T): { finish(): Uint8Array };
  decode(bytes: Uint8Array): T;
}

export function unaryMethod<Request, Response>(
  path: string,
  request: MessageCodec<Request>,
  response: MessageCodec<Response>,
): MethodDefinition<Request, Response> {
  return {
    path,
    requestStream: false,
    responseStream: false,
    requestSerialize: (message) => Buffer.from(request.encode(message).finish()),
    requestDeserialize: (bytes) => request.decode(bytes),
    responseSerialize: (message) => Buffer.from(response.encode(message).finish()),
    responseDeserialize: (bytes) => response.decode(bytes),
  };
}

/** A method answering one request with a stream of responses (the kubelet's health watch). */
export function serverStreamMethod<Request, Response>(
  path: string,
  request: MessageCodec<Request>,
  response: MessageCodec<Response>,
): MethodDefinition<Request, Response> {
  return { ...unaryMethod(path, request, response), responseStream: true };
}
