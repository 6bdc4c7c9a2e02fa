import type { SeededRandom } from './random.js';

/**
 * Real time for lease reads: every simulation step lasts the same slice of real time, and each
 * node's clock runs at its own rate within `±drift` of it (drawn at every start, half the time
 * at the very edge of the bound, where leases break first). A node ticks whenever its clock
 * passes a whole tick. The scheduler never ticks nodes directly in this mode, so no schedule,
 * however shrunk, can make a clock run outside the bound.
 */
export class DriftingClocks {
  /** Real time per step: about one tick per node every 33 steps. */
  static readonly STEP_REAL_TIME = 0.03;
  private readonly rate: number[] = [];
  private readonly clock: number[] = [];
  private readonly nextTick: number[] = [];

  constructor(private readonly drift: number) {}

  /** A node (re)starts: a new rate within the bound and a random phase. */
  start(node: number, random: SeededRandom): void {
    const roll = random.next();
    const rate =
      roll < 0.25 ? 1 - this.drift : roll < 0.5 ? 1 + this.drift : 1 - this.drift + 2 * this.drift * random.next();
    this.rate[node] = rate;
    this.clock[node] = 0;
    this.nextTick[node] = random.next();
  }

  /** The clock rate of a node, for traces. */
  rateOf(node: number): number {
    return this.rate[node] ?? 1;
  }

  /** Advances real time by one step; returns whether `node` ticks in it. */
  advance(node: number): boolean {
    const rate = this.rate[node];
    if (rate === undefined) return false;
    this.clock[node]! += DriftingClocks.STEP_REAL_TIME * rate;
    if (this.clock[node]! < this.nextTick[node]!) return false;
    this.nextTick[node]! += 1;
    return true;
  }
}
