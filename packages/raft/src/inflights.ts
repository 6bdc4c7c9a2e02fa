import { invariant } from './invariant.js';

/**
 * The in-flight window of one follower in replicate state: the last index of each Append sent
 * and not yet acknowledged, oldest first. When full, the leader pauses that follower's pipeline.
 */
export class Inflights {
  private indexes: number[] = [];
  private start = 0;

  constructor(readonly capacity: number) {}

  count(): number {
    return this.indexes.length - this.start;
  }

  full(): boolean {
    return this.count() >= this.capacity;
  }

  add(lastIndex: number): void {
    invariant(!this.full(), () => 'inflights overflow');
    const newest = this.indexes[this.indexes.length - 1];
    invariant(
      this.count() === 0 || newest === undefined || lastIndex > newest,
      () => `inflight ${lastIndex} not above ${newest}`,
    );
    this.indexes.push(lastIndex);
  }

  /** Frees every in-flight message whose last index is <= `index` (acknowledged). */
  freeLE(index: number): void {
    while (this.start < this.indexes.length && this.indexes[this.start]! <= index) this.start++;
    this.compactIfNeeded();
  }

  /** Frees the oldest message: a heartbeat response shows the follower is alive, so probe again. */
  freeFirstOne(): void {
    if (this.start < this.indexes.length) this.start++;
    this.compactIfNeeded();
  }

  reset(): void {
    this.indexes = [];
    this.start = 0;
  }

  private compactIfNeeded(): void {
    if (this.start === this.indexes.length) this.reset();
    else if (this.start > 64 && this.start * 2 > this.indexes.length) {
      this.indexes = this.indexes.slice(this.start);
      this.start = 0;
    }
  }
}
