/** Stable codes of {@link FlintError}; match on these, never on messages. */
export type FlintErrorCode =
  /** The call's deadline (`timeoutMs`) passed before the cluster answered. */
  | 'FLINT_TIMEOUT'
  /** No node could serve the request: all endpoints unreachable, or no leader was found in time. */
  | 'FLINT_UNAVAILABLE'
  /** A key is empty or longer than the limit. */
  | 'FLINT_KEY_TOO_LARGE'
  /** A value is longer than the limit. */
  | 'FLINT_VALUE_TOO_LARGE'
  /** A batch names keys of more than one region; atomicity is per region. */
  | 'FLINT_CROSS_REGION_BATCH'
  /** An argument is malformed, or the server refused the request as invalid. */
  | 'FLINT_INVALID_ARGUMENT'
  /** The caller's AbortSignal fired. */
  | 'FLINT_ABORTED'
  /** The client was closed. */
  | 'FLINT_CLOSED'
  /** The server failed internally, or answered something this client cannot understand. */
  | 'FLINT_INTERNAL'
  /**
   * An endpoint is not a FlintKV client port: a node's peer port, an HTTP (metrics) port, or
   * something else. Detected at the handshake, so it fails at once instead of at the deadline.
   */
  | 'FLINT_NOT_A_CLIENT_PORT'
  /**
   * TLS between the client and a node failed: unknown CA, an expired certificate, a name
   * mismatch, a client certificate the node requires or refuses, or one side speaking TLS and
   * the other not. The message says which.
   */
  | 'FLINT_TLS'
  /**
   * Authentication is on and this client has no session: no credentials were given
   * (`connect({ auth })`), the user is unknown, or the password is wrong.
   */
  | 'FLINT_UNAUTHENTICATED'
  /** The user's role does not allow the request (a read user writing, a non-admin administering). */
  | 'FLINT_PERMISSION_DENIED'
  /**
   * The nodes that hold the region's replicas could not write: the disk of their data
   * directory is full. A node in that state refuses the region's requests before proposing
   * them and its replicas elsewhere take over; this code means none did before the deadline.
   * The nodes resume by themselves once their disks have space again.
   */
  | 'FLINT_DISK_FULL';

/**
 * Codes after which the same call, made again later, may succeed: the cluster was slow or
 * briefly without a majority or leader, or its disks full until space is freed. Every other
 * code names a cause a retry cannot fix.
 */
const RETRYABLE_CODES: ReadonlySet<FlintErrorCode> = new Set(['FLINT_TIMEOUT', 'FLINT_UNAVAILABLE', 'FLINT_DISK_FULL']);

/**
 * Every error the SDK throws. `code` is stable; `message` says what happened and what to do.
 * A write that failed with `FLINT_TIMEOUT`, `FLINT_UNAVAILABLE`, `FLINT_DISK_FULL`,
 * `FLINT_ABORTED` or `FLINT_CLOSED` may or may not have been applied (at most once: retries
 * carry the same session sequence, and an earlier attempt may have reached a leader).
 *
 * @example
 * try {
 *   await db.put('k', 'v');
 * } catch (error) {
 *   if (error instanceof FlintError && error.retryable) {
 *     // The cluster was slow or had no leader for a moment: try again later.
 *   } else throw error;
 * }
 */
export class FlintError extends Error {
  /** The stable error code. */
  readonly code: FlintErrorCode;
  /**
   * Whether the same call may succeed if made again later (`FLINT_TIMEOUT`,
   * `FLINT_UNAVAILABLE`, `FLINT_DISK_FULL`). The client has already retried within the call's deadline; this
   * says whether a retry by the caller, with a new deadline, makes sense. A write retried by
   * the caller is a new write: if the failed one did apply, the value is written again.
   */
  readonly retryable: boolean;

  /** @param cause the underlying error (a socket error, a server error message), when there is one. */
  constructor(code: FlintErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'FlintError';
    this.code = code;
    this.retryable = RETRYABLE_CODES.has(code);
  }
}
