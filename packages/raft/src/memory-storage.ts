import {
  type ConfState,
  EMPTY_BYTES,
  type Entry,
  EntryType,
  emptyConfState,
  type HardState,
  type Snapshot,
  cloneConfState,
} from '@flintkv/proto/raft';
import { limitSize } from './entry-size.js';
import { StorageCompactedError, StorageSnapshotOutOfDateError, StorageUnavailableError } from './errors.js';
import type { InitialState, RaftStorage } from './storage.js';

/**
 * An in-memory {@link RaftStorage} for tests and simulation (etcd's MemoryStorage). `entries[0]`
 * is a placeholder carrying the index and term of the last entry covered by the snapshot, so
 * `term(firstIndex() - 1)` always answers.
 *
 * Crash semantics are the caller's: everything here counts as durable.
 */
export class MemoryStorage implements RaftStorage {
  private hardState: HardState = { term: 0, vote: 0, commit: 0 };
  private currentSnapshot: Snapshot;
  private log: Entry[];

  /** `initial.confState` bootstraps a new group: the initial voters, as snapshot metadata at index 0, term 0. */
  constructor(initial?: { confState?: ConfState }) {
    this.currentSnapshot = {
      metadata: { index: 0, term: 0, confState: cloneConfState(initial?.confState ?? emptyConfState()) },
      data: EMPTY_BYTES,
    };
    this.log = [{ index: 0, term: 0, type: EntryType.Normal, data: EMPTY_BYTES }];
  }

  initialState(): InitialState {
    return { hardState: { ...this.hardState }, confState: cloneConfState(this.currentSnapshot.metadata.confState) };
  }

  /** The durable hard state (for simulation checks and restarts). */
  getHardState(): HardState {
    return { ...this.hardState };
  }

  setHardState(hardState: HardState): void {
    this.hardState = { ...hardState };
  }

  private get offset(): number {
    return this.log[0]!.index;
  }

  firstIndex(): number {
    return this.offset + 1;
  }

  lastIndex(): number {
    return this.offset + this.log.length - 1;
  }

  entries(lo: number, hi: number, maxBytes?: number): Entry[] {
    if (lo <= this.offset) throw new StorageCompactedError(lo, this.firstIndex());
    if (hi > this.lastIndex() + 1) throw new StorageUnavailableError(hi - 1, this.lastIndex());
    if (lo >= hi) return [];
    return limitSize(this.log.slice(lo - this.offset, hi - this.offset), maxBytes);
  }

  term(index: number): number {
    if (index < this.offset) throw new StorageCompactedError(index, this.firstIndex());
    if (index > this.lastIndex()) throw new StorageUnavailableError(index, this.lastIndex());
    return this.log[index - this.offset]!.term;
  }

  snapshot(): Snapshot {
    return this.currentSnapshot;
  }

  /** Installs a snapshot received from a leader: the whole log is replaced by it. */
  applySnapshot(snapshot: Snapshot): void {
    const index = snapshot.metadata.index;
    if (index <= this.currentSnapshot.metadata.index) {
      throw new StorageSnapshotOutOfDateError(index, this.currentSnapshot.metadata.index);
    }
    this.currentSnapshot = {
      metadata: { ...snapshot.metadata, confState: cloneConfState(snapshot.metadata.confState) },
      data: snapshot.data,
    };
    this.log = [{ index, term: snapshot.metadata.term, type: EntryType.Normal, data: EMPTY_BYTES }];
  }

  /**
   * Records a snapshot of the application state at `index` (which must be applied, hence in the
   * log). Entries are kept until {@link compact}.
   */
  createSnapshot(index: number, confState: ConfState, data: Uint8Array): Snapshot {
    if (index <= this.currentSnapshot.metadata.index) {
      throw new StorageSnapshotOutOfDateError(index, this.currentSnapshot.metadata.index);
    }
    if (index > this.lastIndex()) throw new StorageUnavailableError(index, this.lastIndex());
    this.currentSnapshot = {
      metadata: { index, term: this.term(index), confState: cloneConfState(confState) },
      data,
    };
    return this.currentSnapshot;
  }

  /**
   * Discards the entries up to and including `compactIndex` (etcd semantics: afterwards
   * `firstIndex() === compactIndex + 1`, and `term(compactIndex)` still answers). The caller
   * must only compact applied entries, normally up to a snapshot.
   */
  compact(compactIndex: number): void {
    if (compactIndex <= this.offset) throw new StorageCompactedError(compactIndex, this.firstIndex());
    if (compactIndex > this.lastIndex()) throw new StorageUnavailableError(compactIndex, this.lastIndex());
    const position = compactIndex - this.offset;
    const kept = this.log[position]!;
    this.log = [{ index: kept.index, term: kept.term, type: EntryType.Normal, data: EMPTY_BYTES }].concat(
      this.log.slice(position + 1),
    );
  }

  /** Appends entries, first truncating any existing suffix they overwrite; already-compacted ones are skipped. */
  append(entries: Entry[]): void {
    if (entries.length === 0) return;
    const first = this.firstIndex();
    const last = entries[0]!.index + entries.length - 1;
    if (last < first) return;
    if (first > entries[0]!.index) entries = entries.slice(first - entries[0]!.index);
    const position = entries[0]!.index - this.offset;
    if (position > this.log.length) throw new StorageUnavailableError(entries[0]!.index, this.lastIndex());
    // In place: truncate the conflicting suffix (if any), then push; copying the log per append is O(n).
    this.log.length = position;
    for (const entry of entries) this.log.push(entry);
  }
}
