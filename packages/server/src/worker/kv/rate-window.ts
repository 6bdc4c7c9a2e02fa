/**
 * Events per second over a sliding window, counted in one-second buckets: memory is bounded by
 * the window's length, not by the rate, and recording is one array write.
 *
 * @example
 * ```ts
 * const writes = new RateWindow(10_000);
 * writes.record(Date.now());
 * writes.perSecond(Date.now()); // writes of the last ten seconds, per second
 * ```
 */
export class RateWindow {
  private readonly counts: number[];
  /** The second each bucket counts (a bucket holding an older second is stale). */
  private readonly seconds: number[];
  private readonly createdAt: number;

  /** @param windowMs how far back the rate looks; whole seconds, at least one. */
  constructor(
    private readonly windowMs = 10_000,
    now = 0,
  ) {
    const buckets = Math.max(1, Math.round(windowMs / 1000));
    this.counts = new Array<number>(buckets).fill(0);
    this.seconds = new Array<number>(buckets).fill(-1);
    this.createdAt = now;
  }

  /** Counts `count` events at `now` (milliseconds). */
  record(now: number, count = 1): void {
    const second = Math.floor(now / 1000);
    const slot = second % this.counts.length;
    if (this.seconds[slot] !== second) {
      this.seconds[slot] = second;
      this.counts[slot] = 0;
    }
    this.counts[slot]! += count;
  }

  /**
   * Events per second over the window ending at `now`. A window younger than its length (just
   * created) divides by the time it has existed, so a fresh burst is not diluted by seconds
   * that were never observed.
   */
  perSecond(now: number): number {
    const second = Math.floor(now / 1000);
    const buckets = this.counts.length;
    let total = 0;
    for (let slot = 0; slot < buckets; slot++) {
      const bucketSecond = this.seconds[slot]!;
      if (bucketSecond > second - buckets && bucketSecond <= second) total += this.counts[slot]!;
    }
    const observedMs = Math.min(this.windowMs, Math.max(1000, now - this.createdAt));
    return total / (observedMs / 1000);
  }
}
