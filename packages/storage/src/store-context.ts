import type { AbstractSnapshot } from 'abstract-level';
import type { Database } from './database.js';
import type { ByteSublevelName, StagedOperation } from './turn.js';

/** What a group storage and a turn need from the node store that owns them. */
export interface StoreContext {
  readonly database: Database;
  readonly logCacheBytes: number;
  /** Throws FLINT_STORAGE_FAILED / FLINT_DISK_FULL / FLINT_STORAGE_CLOSED when the store can no longer be used. */
  assertUsable(): void;
  /**
   * Writes `operations` as one synced batch, after every batch committed before it. Every write
   * to the database goes through here or {@link clearRange}: after one fails, none may follow.
   */
  commit(operations: readonly StagedOperation[]): Promise<void>;
  /** Deletes every key of `sublevel` in `[gte, lt)`, in batches that take their turn with the others. */
  clearRange(sublevel: ByteSublevelName, range: { gte: Uint8Array; lt: Uint8Array }): Promise<void>;
  /** A read snapshot of the database that includes exactly the batches committed before this call. */
  snapshotAfterPendingCommits(): Promise<AbstractSnapshot>;
  appliedIndexCommitted(groupId: number, index: number): void;
  /** The `kv` space holding group `groupId`'s state-machine data (see `keys.ts`). */
  kvSpaceOf(groupId: number): number;
  /** Group `groupId`'s data now lives in `space`. */
  setKvSpace(groupId: number, space: number): void;
  groupWritten(groupId: number): void;
}
