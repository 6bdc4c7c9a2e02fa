import type { Entry, Snapshot } from '@flintkv/proto/raft';
import { limitSize } from './entry-size.js';
import { invariant } from './invariant.js';
import { type RaftStorage, STORAGE_COMPACTED, STORAGE_UNAVAILABLE } from './storage.js';
import { UnstableLog } from './unstable-log.js';

function isStorageGap(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === STORAGE_COMPACTED || code === STORAGE_UNAVAILABLE;
}

/** Thrown internally when entries the leader wants to send were compacted: it must send a snapshot. */
export class LogCompactedError extends Error {
  readonly code = STORAGE_COMPACTED;
}

/**
 * The Raft log as the core sees it: durable entries in {@link RaftStorage} followed by the
 * {@link UnstableLog} not yet persisted, plus the commit and apply cursors.
 */
export class RaftLog {
  readonly unstable: UnstableLog;
  committed: number;
  /** Highest index handed to the application for applying (may run ahead of `applied`). */
  applying: number;
  applied: number;

  constructor(readonly storage: RaftStorage) {
    const first = storage.firstIndex();
    const last = storage.lastIndex();
    this.unstable = new UnstableLog(last + 1);
    this.committed = first - 1;
    this.applying = first - 1;
    this.applied = first - 1;
  }

  firstIndex(): number {
    return this.unstable.maybeFirstIndex() ?? this.storage.firstIndex();
  }

  lastIndex(): number {
    return this.unstable.maybeLastIndex() ?? this.storage.lastIndex();
  }

  /** Last index known durable locally: the storage prefix that the unstable tail does not replace. */
  persistedIndex(): number {
    if (this.unstable.snapshot !== undefined) return this.unstable.snapshot.metadata.index - 1;
    return Math.min(this.unstable.offset - 1, this.storage.lastIndex());
  }

  /** Term of entry `index`, or undefined when it is compacted or beyond the log. */
  term(index: number): number | undefined {
    const unstableTerm = this.unstable.maybeTerm(index);
    if (unstableTerm !== undefined) return unstableTerm;
    if (index < this.firstIndex() - 1 || index > this.lastIndex()) return undefined;
    try {
      return this.storage.term(index);
    } catch (error) {
      if (isStorageGap(error)) return undefined;
      throw error;
    }
  }

  lastTerm(): number {
    const term = this.term(this.lastIndex());
    invariant(term !== undefined, () => `term of last index ${this.lastIndex()} unknown`);
    return term;
  }

  matchTerm(index: number, term: number): boolean {
    return this.term(index) === term;
  }

  /** Raft §5.4.1: a candidate's log is at least as up to date as ours. */
  isUpToDate(lastIndex: number, lastTerm: number): boolean {
    const ourTerm = this.lastTerm();
    return lastTerm > ourTerm || (lastTerm === ourTerm && lastIndex >= this.lastIndex());
  }

  /**
   * Follower side of AppendEntries (Raft §5.3, log matching): if our entry at `index` has
   * `logTerm`, append `entries` (replacing a conflicting suffix) and advance the commit. Returns
   * the last index now known to match the leader, or undefined when the check fails.
   */
  maybeAppend(index: number, logTerm: number, leaderCommit: number, entries: Entry[]): number | undefined {
    if (!this.matchTerm(index, logTerm)) return undefined;
    const lastNewIndex = index + entries.length;
    const conflict = this.findConflict(entries);
    if (conflict !== 0) {
      invariant(conflict > this.committed, () => `entry ${conflict} conflicts with committed ${this.committed}`);
      this.append(entries.slice(conflict - (index + 1)));
    }
    this.commitTo(Math.min(leaderCommit, lastNewIndex));
    return lastNewIndex;
  }

  append(entries: Entry[]): number {
    if (entries.length === 0) return this.lastIndex();
    const after = entries[0]!.index - 1;
    invariant(after >= this.committed, () => `append after ${after} would truncate committed ${this.committed}`);
    invariant(after <= this.lastIndex(), () => `append after ${after} leaves a gap past ${this.lastIndex()}`);
    this.unstable.truncateAndAppend(entries);
    return this.lastIndex();
  }

  /** Index of the first entry whose term differs from ours (or which we lack); 0 when all match. */
  findConflict(entries: readonly Entry[]): number {
    for (const entry of entries) {
      if (!this.matchTerm(entry.index, entry.term)) return entry.index;
    }
    return 0;
  }

  /**
   * Fast backtracking hint: the largest index <= `index` whose term is <= `term`, with that term
   * (term 0 when unknown because compacted). Lets a leader skip a whole conflicting term per round trip.
   */
  findConflictByTerm(index: number, term: number): { index: number; term: number } {
    for (; index > 0; index--) {
      const ourTerm = this.term(index);
      if (ourTerm === undefined) return { index, term: 0 };
      if (ourTerm <= term) return { index, term: ourTerm };
    }
    return { index: 0, term: 0 };
  }

  commitTo(commit: number): void {
    if (commit <= this.committed) return;
    invariant(commit <= this.lastIndex(), () => `commit ${commit} beyond last index ${this.lastIndex()}`);
    this.committed = commit;
  }

  /** Raft §5.4.2: only an entry of the current term is committed by counting replicas. */
  maybeCommit(index: number, term: number): boolean {
    if (index > this.committed && this.term(index) === term) {
      this.commitTo(index);
      return true;
    }
    return false;
  }

  appliedTo(index: number): void {
    if (index === 0) return;
    invariant(
      index <= this.committed && index >= this.applied,
      () => `applied ${index} outside [${this.applied}, ${this.committed}]`,
    );
    this.applied = index;
    this.applying = Math.max(this.applying, index);
  }

  acceptApplying(index: number): void {
    this.applying = index;
  }

  stableTo(index: number, term: number): void {
    this.unstable.stableTo(index, term);
  }

  stableSnapshotTo(index: number): void {
    this.unstable.stableSnapshotTo(index);
  }

  hasPendingSnapshot(): boolean {
    return this.unstable.snapshot !== undefined;
  }

  snapshot(): Snapshot {
    return this.unstable.snapshot ?? this.storage.snapshot();
  }

  restore(snapshot: Snapshot): void {
    invariant(snapshot.metadata.index > this.committed, () => 'snapshot restore would move commit back');
    this.committed = snapshot.metadata.index;
    this.unstable.restore(snapshot);
  }

  unstableEntries(): Entry[] {
    return this.unstable.entries.slice();
  }

  /** Committed entries not yet handed out for applying (none while a snapshot is pending). */
  nextCommittedEntries(maxBytes?: number): Entry[] {
    if (this.hasPendingSnapshot()) return [];
    const lo = Math.max(this.applying + 1, this.firstIndex());
    const hi = this.committed + 1;
    if (lo >= hi) return [];
    return this.slice(lo, hi, maxBytes);
  }

  hasNextCommittedEntries(): boolean {
    if (this.hasPendingSnapshot()) return false;
    return this.committed > Math.max(this.applying, this.firstIndex() - 1);
  }

  /** Entries from `index` to the end, at most `maxBytes` (at least one); throws LogCompactedError. */
  entriesFrom(index: number, maxBytes?: number): Entry[] {
    if (index > this.lastIndex()) return [];
    return this.slice(index, this.lastIndex() + 1, maxBytes);
  }

  /** Entries `[lo, hi)` across storage and the unstable tail; throws LogCompactedError below firstIndex. */
  slice(lo: number, hi: number, maxBytes?: number): Entry[] {
    if (lo >= hi) return [];
    if (lo < this.firstIndex()) throw new LogCompactedError(`entries from ${lo} are compacted`);
    invariant(hi <= this.lastIndex() + 1, () => `slice [${lo}, ${hi}) beyond last index ${this.lastIndex()}`);
    let result: Entry[] = [];
    const offset = this.unstable.offset;
    if (lo < offset) {
      let stored: Entry[];
      try {
        stored = this.storage.entries(lo, Math.min(hi, offset), maxBytes);
      } catch (error) {
        if ((error as { code?: unknown }).code === STORAGE_COMPACTED) {
          throw new LogCompactedError(`entries from ${lo} are compacted`);
        }
        throw error;
      }
      // Storage stopped early because of the size limit: do not add unstable entries after a gap.
      if (stored.length < Math.min(hi, offset) - lo) return stored;
      result = stored;
    }
    if (hi > offset) {
      const tail = this.unstable.slice(Math.max(lo, offset), hi);
      result = result.length === 0 ? tail : result.concat(tail);
    }
    return limitSize(result, maxBytes);
  }

  /** Every entry in the log (for tests and diagnostics). */
  allEntries(): Entry[] {
    return this.entriesFrom(this.firstIndex());
  }
}
