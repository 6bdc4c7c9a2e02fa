/** Most ticks one turn catches up after a stall; more would only cause an election storm. */
export const MAX_TICKS_PER_TURN = 5;

/**
 * Turns real time into Raft ticks for a host's groups. Ticks are counted from a monotonic
 * clock, not from timer callbacks: a blocked event loop fires a late interval timer once, not
 * once per missed interval. After a stall only {@link MAX_TICKS_PER_TURN} ticks are applied,
 * so Raft's time then lags real time; a leader lease granted before the stall would outlive
 * its real-time bound, so leases are not trusted until a whole lease span of ticks has passed
 * since (`leaseTrusted`).
 */
export class TickClock {
  private tickedUntil: number;
  private ticksSinceStall: number;

  constructor(
    private readonly intervalMs: number,
    /** Ticks after a stall before leases are trusted again: the longest lease (an election timeout). */
    private readonly leaseSpanTicks: number,
    /** Monotonic milliseconds; injectable for tests. */
    private readonly now: () => number = () => performance.now(),
  ) {
    this.tickedUntil = now();
    // A lease granted before this host (re)started was not granted by it: nothing to distrust.
    this.ticksSinceStall = leaseSpanTicks;
  }

  /** Whether a tick is due. */
  get due(): boolean {
    return this.now() - this.tickedUntil >= this.intervalMs;
  }

  /** The ticks to apply now (at most {@link MAX_TICKS_PER_TURN}); the rest of a stall is dropped. */
  take(): number {
    const due = Math.floor((this.now() - this.tickedUntil) / this.intervalMs);
    if (due <= 0) return 0;
    this.tickedUntil += due * this.intervalMs;
    if (due > MAX_TICKS_PER_TURN) this.ticksSinceStall = 0;
    const applied = Math.min(due, MAX_TICKS_PER_TURN);
    this.ticksSinceStall += applied;
    return applied;
  }

  /**
   * Raft's time is real time now: no tick is due and none was dropped within a lease span. Only
   * then may a leader serve a read from its lease.
   */
  get leaseTrusted(): boolean {
    return !this.due && this.ticksSinceStall >= this.leaseSpanTicks;
  }
}
