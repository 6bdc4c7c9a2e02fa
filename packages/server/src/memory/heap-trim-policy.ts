/**
 * When an idle thread gives its garbage back (see `./idle-heap-trimmer.ts`). Pure: the trimmer
 * measures and collects, this decides.
 *
 * V8 collects when a heap grows past a limit, not when a thread goes quiet, and it grows the
 * young generation under load (to 16 MiB semi-spaces, 32 MiB resident) and never shrinks it
 * without a memory-reducing collection: a host thread that bootstrapped a thousand regions and
 * then idles kept 56–70 MiB of heap with 18–31 MiB live (issue 15; one such collection took a
 * node from 290 to 162 MiB resident).
 */

/** What the trimmer saw over its last interval. */
export interface HeapTrimSample {
  /** Event-loop utilization of the thread over the interval, 0..1. */
  readonly utilization: number;
  /** Memory V8's heap holds now (its physical size: live objects, garbage and empty pages), bytes. */
  readonly heapPhysicalBytes: number;
}

/** The schedule's knobs; {@link DEFAULT_HEAP_TRIM_POLICY} suits a server thread. */
export interface HeapTrimPolicy {
  /** A thread busier than this over an interval is not idle: it keeps its heap for the work. */
  readonly maxIdleUtilization: number;
  /** The heap must hold this much more than was live after the last collection. */
  readonly minGrowthBytes: number;
  /**
   * An idle thread still allocates a little (ticks, reports), and V8 regrows its young
   * generation from that. A memory-reducing collection costs tens of milliseconds of a core, so
   * the next one in the same quiet spell waits this many intervals, and each later one twice as
   * many as the one before, up to {@link maxQuietWaitIntervals}.
   */
  readonly firstQuietWaitIntervals: number;
  readonly maxQuietWaitIntervals: number;
}

export const DEFAULT_HEAP_TRIM_POLICY: HeapTrimPolicy = Object.freeze({
  maxIdleUtilization: 0.05,
  minGrowthBytes: 8 * 1024 * 1024,
  firstQuietWaitIntervals: 15,
  maxQuietWaitIntervals: 150,
});

/**
 * Decides, interval by interval, whether a thread runs a memory-reducing collection now.
 *
 * @example
 * const schedule = new HeapTrimSchedule(heapUsedNow);
 * if (schedule.shouldTrim({ utilization, heapPhysicalBytes })) {
 *   await collect();
 *   schedule.trimmed(heapUsedAfter);
 * }
 */
export class HeapTrimSchedule {
  private waitIntervals = 0;
  private quietTrims = 0;

  constructor(
    /** Used heap when the thread started, bytes: the first baseline. */
    private heapUsedAfterLastTrimBytes: number,
    private readonly policy: HeapTrimPolicy = DEFAULT_HEAP_TRIM_POLICY,
  ) {}

  /** Called once per interval; true when the thread should collect now. */
  shouldTrim(sample: HeapTrimSample): boolean {
    if (sample.utilization > this.policy.maxIdleUtilization) {
      this.quietTrims = 0;
      this.waitIntervals = 0;
      return false;
    }
    if (this.waitIntervals > 0) {
      this.waitIntervals--;
      return false;
    }
    return sample.heapPhysicalBytes - this.heapUsedAfterLastTrimBytes >= this.policy.minGrowthBytes;
  }

  /** Records a collection and what was live after it. */
  trimmed(heapUsedBytes: number): void {
    this.heapUsedAfterLastTrimBytes = heapUsedBytes;
    const { firstQuietWaitIntervals, maxQuietWaitIntervals } = this.policy;
    this.waitIntervals = Math.min(firstQuietWaitIntervals * 2 ** this.quietTrims, maxQuietWaitIntervals);
    this.quietTrims++;
  }
}
