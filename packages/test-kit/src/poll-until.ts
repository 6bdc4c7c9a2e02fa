/** The stable code of a poll that reached its deadline. */
export const POLL_TIMEOUT_CODE = 'FLINT_TEST_POLL_TIMEOUT';

/** A condition that did not hold before its deadline; the message says what was awaited. */
export class PollTimeoutError extends Error {
  readonly code = POLL_TIMEOUT_CODE;

  constructor(
    /** What the poll waited for, as the caller described it. */
    readonly what: string,
    readonly timeoutMs: number,
    /** The last error the condition threw, if it threw (with `retryErrors`). */
    readonly lastError: unknown,
  ) {
    const reason = lastError === undefined ? '' : ` (last error: ${String(lastError)})`;
    super(`waited for ${what}: not true within ${timeoutMs} ms${reason}`);
    this.name = 'PollTimeoutError';
  }
}

/** A value a condition returns: anything but `undefined` or `false` ends the poll. */
export type PollResult<T> = T | undefined | false;

export interface PollOptions {
  /** Give up after this long; default 15 s. */
  timeoutMs?: number;
  /** Pause between calls; default 10 ms. */
  intervalMs?: number;
  /**
   * Treat a thrown error as "not yet" and call again (a server still starting refuses
   * connections). Default false: an error, such as a failed assertion inside the condition,
   * ends the poll at once, so a violation seen once is never hidden by a later success.
   */
  retryErrors?: boolean;
}

/**
 * Calls `condition` every `intervalMs` until it returns a value other than `undefined` or
 * `false`, and resolves with that value. At the deadline the poll fails with a
 * {@link PollTimeoutError} naming `what` (and the last error thrown, with `retryErrors`).
 * A number for `options` is the timeout in milliseconds.
 *
 * @example
 * ```ts
 * const leader = await pollUntil('a leader of region 1', () => cluster.leaderOf(1));
 * await pollUntil('node 3 to answer', async () => (await fetch(url)).ok, { timeoutMs: 30_000, retryErrors: true });
 * ```
 */
export async function pollUntil<T>(
  what: string,
  condition: () => Promise<PollResult<T>> | PollResult<T>,
  options: number | PollOptions = {},
): Promise<T> {
  const {
    timeoutMs = 15_000,
    intervalMs = 10,
    retryErrors = false,
  } = typeof options === 'number' ? { timeoutMs: options } : options;
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  for (;;) {
    try {
      const value = await condition();
      if (value !== undefined && value !== false) return value;
    } catch (error) {
      if (!retryErrors) throw error;
      lastError = error;
    }
    if (Date.now() > deadline) throw new PollTimeoutError(what, timeoutMs, lastError);
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}
