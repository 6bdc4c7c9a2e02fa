/** Settings of {@link backoffDelay}. */
export interface BackoffOptions {
  /** Delay before the first retry, in milliseconds. */
  initialMs: number;
  /** Upper bound of any delay, in milliseconds. */
  maxMs: number;
}

/** Defaults: 10 ms doubling to 1 s — a leader election takes a few hundred milliseconds. */
export const DEFAULT_BACKOFF: BackoffOptions = { initialMs: 10, maxMs: 1000 };

/**
 * The delay before retry number `attempt` (0 for the first retry): capped exponential growth
 * with "full jitter" — uniform in [cap/2, cap] — so clients that failed together do not
 * retry together. `random` returns [0, 1) and is injected so tests are deterministic.
 */
export function backoffDelay(attempt: number, options: BackoffOptions, random: () => number): number {
  const cap = Math.min(options.maxMs, options.initialMs * 2 ** Math.min(attempt, 30));
  return cap / 2 + random() * (cap / 2);
}
