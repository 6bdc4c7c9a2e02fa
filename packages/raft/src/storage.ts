import type { ConfState, Entry, HardState, Snapshot } from '@flintkv/proto/raft';

/** What the Raft core needs to know at start: the durable hard state and configuration. */
export interface InitialState {
  hardState: HardState;
  confState: ConfState;
}

/**
 * The durable log as the Raft core reads it. Everything here is synchronous: the core is a
 * pure state machine. Implementations (`@flintkv/storage`'s LevelDB store and its in-memory
 * store) satisfy this structurally; the core never writes to it — the application persists
 * what a `Ready` asks for and then calls `advance()`.
 *
 * Indexes: the log holds entries `firstIndex() .. lastIndex()`; the entry at
 * `firstIndex() - 1` is the last one covered by the snapshot, whose term `term()` still knows.
 */
export interface RaftStorage {
  initialState(): InitialState;
  /**
   * Entries `[lo, hi)`; at least one entry if `lo < hi`, then as many as fit in `maxBytes`
   * (sum of data lengths). Throws {@link StorageCompactedError} if `lo < firstIndex()` and
   * {@link StorageUnavailableError} if `hi > lastIndex() + 1`.
   */
  entries(lo: number, hi: number, maxBytes?: number): Entry[];
  /** Term of entry `index`, valid for `firstIndex() - 1 <= index <= lastIndex()`; throws as `entries`. */
  term(index: number): number;
  firstIndex(): number;
  lastIndex(): number;
  /**
   * The most recent snapshot; index 0 when there is none or it is not available yet (Raft
   * then sends nothing and asks again later, as etcd's ErrSnapshotTemporarilyUnavailable).
   */
  snapshot(): Snapshot;
}

/** Stable error codes a `RaftStorage` throws with. */
export const STORAGE_COMPACTED = 'FLINT_STORAGE_COMPACTED';
export const STORAGE_UNAVAILABLE = 'FLINT_STORAGE_UNAVAILABLE';
