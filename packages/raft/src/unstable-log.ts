import type { Entry, Snapshot } from '@flintkv/proto/raft';
import { invariant } from './invariant.js';

/**
 * The tail of the log not yet persisted: entries from index `offset` on, possibly preceded by
 * an incoming snapshot. Everything here was handed (or will be handed) to the application in a
 * `Ready` and leaves once the application reports it durable (`stableTo`).
 */
export class UnstableLog {
  snapshot: Snapshot | undefined;
  entries: Entry[] = [];

  constructor(public offset: number) {}

  /** First index known only because of an unstable snapshot. */
  maybeFirstIndex(): number | undefined {
    return this.snapshot === undefined ? undefined : this.snapshot.metadata.index + 1;
  }

  maybeLastIndex(): number | undefined {
    if (this.entries.length > 0) return this.offset + this.entries.length - 1;
    return this.snapshot?.metadata.index;
  }

  maybeTerm(index: number): number | undefined {
    if (index < this.offset) {
      if (this.snapshot !== undefined && this.snapshot.metadata.index === index) return this.snapshot.metadata.term;
      return undefined;
    }
    const last = this.maybeLastIndex();
    if (last === undefined || index > last) return undefined;
    return this.entries[index - this.offset]!.term;
  }

  /** Entries up to `index` (with term `term`) are durable; a stale report (truncated meanwhile) is ignored. */
  stableTo(index: number, term: number): void {
    const known = this.maybeTerm(index);
    if (known === undefined || known !== term || index < this.offset) return;
    this.entries = this.entries.slice(index + 1 - this.offset);
    this.offset = index + 1;
  }

  stableSnapshotTo(index: number): void {
    if (this.snapshot !== undefined && this.snapshot.metadata.index === index) this.snapshot = undefined;
  }

  restore(snapshot: Snapshot): void {
    this.offset = snapshot.metadata.index + 1;
    this.entries = [];
    this.snapshot = snapshot;
  }

  truncateAndAppend(entries: readonly Entry[]): void {
    for (let i = 1; i < entries.length; i++) {
      invariant(entries[i]!.index === entries[i - 1]!.index + 1, () => `appended entries not contiguous at ${i}`);
    }
    const after = entries[0]!.index;
    if (after === this.offset + this.entries.length) {
      // In place: Ready hands out copies (unstableEntries), so nobody else holds this array.
      for (const entry of entries) this.entries.push(entry);
    } else if (after <= this.offset) {
      // Replaces the unstable tail and part of the stable log; the application truncates storage
      // when it persists these entries.
      this.offset = after;
      this.entries = entries.slice();
    } else {
      this.entries = this.entries.slice(0, after - this.offset).concat(entries);
    }
  }

  /** Entries `[lo, hi)`, which must lie within the unstable range. */
  slice(lo: number, hi: number): Entry[] {
    invariant(
      lo >= this.offset && hi <= this.offset + this.entries.length && lo <= hi,
      () => `unstable slice [${lo}, ${hi}) outside [${this.offset}, ${this.offset + this.entries.length})`,
    );
    return this.entries.slice(lo - this.offset, hi - this.offset);
  }
}
