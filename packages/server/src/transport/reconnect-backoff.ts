/** Reconnect timing of a peer link. */
export interface BackoffPolicy {
  initialDelayMs: number;
  maxDelayMs: number;
}

export const DEFAULT_BACKOFF: BackoffPolicy = { initialDelayMs: 50, maxDelayMs: 1_000 };

/**
 * The wait before reconnect attempt `attempt` (0-based): exponential growth capped at
 * `maxDelayMs`, with "equal jitter" (half fixed, half random) so that nodes restarted
 * together do not dial in lockstep, yet never retry at once in a tight loop.
 * `random` returns [0, 1); injected so the schedule is testable.
 */
export function reconnectDelay(attempt: number, policy: BackoffPolicy, random: () => number = Math.random): number {
  const ceiling = Math.min(policy.maxDelayMs, policy.initialDelayMs * 2 ** Math.min(attempt, 30));
  return Math.round(ceiling / 2 + random() * (ceiling / 2));
}
