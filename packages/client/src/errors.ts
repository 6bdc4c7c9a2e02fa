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
  | 'FLINT_INTERNAL';

/**
 * Every error the SDK throws. `code` is stable; `message` says what happened and what to do.
 * A write that failed with `FLINT_TIMEOUT`, `FLINT_UNAVAILABLE`, `FLINT_ABORTED` or
 * `FLINT_CLOSED` may or may not have been applied (at most once: retries carry the same
 * session sequence).
 */
export class FlintError extends Error {
  /** The stable error code. */
  readonly code: FlintErrorCode;

  /** @param cause the underlying error (a socket error, a server error message), when there is one. */
  constructor(code: FlintErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'FlintError';
    this.code = code;
  }
}
