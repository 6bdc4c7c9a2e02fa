import type { SeededRandom } from './random.js';

/**
 * Real time for lease reads, and each node's clock: a node's clock runs at its own rate
 * within `±drift` of real time (drawn at every start, half the time at the very edge of the
 * bound, where leases break first), and the node ticks whenever its clock passes a whole
 * tick. The scheduler never ticks nodes directly in this mode, so no schedule, however shrunk,
 * can make a clock run outside the bound.
 */
export class DriftingClocks {
  /** Real time one fault-phase step lasts: about one tick per node every 33 steps. */
  static readonly STEP_REAL_TIME = 0.03;
  /** Real time now. */
  now = 0;
  private readonly rate: number[] = [];
  private readonly startedAt: number[] = [];
  /** The node's next tick, in its own clock's time since it started. */
  private readonly nextTick: number[] = [];

  constructor(private readonly drift: number) {}

  /** A node (re)starts now: a new rate within the bound and a random phase. */
  start(node: number, random: SeededRandom): void {
    const roll = random.next();
    this.rate[node] =
      roll < 0.25 ? 1 - this.drift : roll < 0.5 ? 1 + this.drift : 1 - this.drift + 2 * this.drift * random.next();
    this.startedAt[node] = this.now;
    this.nextTick[node] = random.next();
  }

  /** The clock rate of a node, for traces. */
  rateOf(node: number): number {
    return this.rate[node] ?? 1;
  }

  /** Moves real time forward to `time` (never back). */
  advanceTo(time: number): void {
    if (time > this.now) this.now = time;
  }

  /** How many ticks `node` owes now (its clock passed them since it last ticked). */
  ticksDue(node: number): number {
    const rate = this.rate[node];
    if (rate === undefined) return 0;
    const local = (this.now - this.startedAt[node]!) * rate;
    let due = 0;
    while (local >= this.nextTick[node]!) {
      this.nextTick[node]! += 1;
      due++;
    }
    return due;
  }
}
