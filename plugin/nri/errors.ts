/**
 * Why an NRI connection could not be made or was lost, as a kind a caller can branch on (nri-check
 * maps each to advice) plus a message that already says what to do about it.
 */
export type NriFailureKind =
  | 'no-socket'
  | 'permission-denied'
  | 'connection-refused'
  | 'not-nri-peer'
  | 'registration-refused'
  | 'timeout'
  | 'closed-by-peer'
  | 'limit-exceeded'
  | 'disconnected';

export class NriConnectionError extends Error {
  readonly kind: NriFailureKind;

  constructor(kind: NriFailureKind, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'NriConnectionError';
    this.kind = kind;
  }
}

/** Classifies a failed connect() to the NRI socket. */
export function connectFailure(socketPath: string, error: NodeJS.ErrnoException): NriConnectionError {
  switch (error.code) {
    case 'ENOENT':
      return new NriConnectionError('no-socket', `no NRI socket at ${socketPath}: is NRI enabled in the runtime (containerd 1.7: [plugins."io.containerd.nri.v1.nri"] disable = false) and is the runtime running?`, { cause: error });
    case 'EACCES':
    case 'EPERM':
      return new NriConnectionError('permission-denied', `permission denied connecting to ${socketPath}: the NRI socket is root-only (directory mode 0700); run as root`, { cause: error });
    case 'ECONNREFUSED':
      return new NriConnectionError('connection-refused', `nothing listens on ${socketPath}: the runtime is not running (the socket file outlives it) or NRI is disabled`, { cause: error });
    case 'ENOTSOCK':
      return new NriConnectionError('not-nri-peer', `${socketPath} is not a socket`, { cause: error });
    default:
      return new NriConnectionError('connection-refused', `cannot connect to ${socketPath}: ${error.message}`, { cause: error });
  }
}
