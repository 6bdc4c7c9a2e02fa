import { StorageError, StorageErrorCode } from './errors.js';
import { appliedIndexMetaKey, kvKey, RESERVED_META_PREFIX } from './keys.js';
import { encodeU64 } from './records.js';
import type { StoreContext } from './store-context.js';

/** One staged write, in the order it was staged. */
export type StagedOperation =
  | { type: 'put'; sublevel: 'raftLog' | 'raftState' | 'kv'; key: Uint8Array; value: Uint8Array }
  | { type: 'del'; sublevel: 'raftLog' | 'raftState' | 'kv'; key: Uint8Array }
  | { type: 'put'; sublevel: 'meta'; key: string; value: Uint8Array }
  | { type: 'del'; sublevel: 'meta'; key: string }
  /** Delete every `kv` key of a group present on disk when the batch is written (snapshot install). */
  | { type: 'clear-group-kv'; groupId: number };

/**
 * All mutations of one host turn, for every group of the database: Raft log appends, hard
 * states, snapshot installs, state-machine writes and applied indexes. `commit()` writes them
 * as ONE atomic `sync: true` LevelDB batch — the group commit that makes a turn cost one
 * fsync however many groups and entries it carries (DESIGN.md "The path of a write").
 *
 * Group storages update their in-memory view (last index, terms, cached tail) as soon as a
 * mutation is staged, so Raft reads in the same turn see it; `commit()` makes it durable.
 * If a commit fails the whole {@link NodeStore} is marked failed and every later call throws
 * FLINT_STORAGE_FAILED: memory may be ahead of disk, so the only safe answer is to stop.
 * For the same reason every turn that staged log or Raft-state writes must be committed.
 */
export class Turn {
  readonly #context: StoreContext;
  readonly #operations: StagedOperation[] = [];
  readonly #afterCommit: Array<() => void> = [];
  #committed = false;

  /** @internal Use {@link NodeStore.beginTurn}. */
  constructor(context: StoreContext) {
    this.#context = context;
  }

  /** Number of staged operations. */
  get size(): number {
    return this.#operations.length;
  }

  /** Stages a state-machine write of `key` in group `groupId`. */
  putKv(groupId: number, key: Uint8Array, value: Uint8Array): void {
    this.stage({ type: 'put', sublevel: 'kv', key: kvKey(groupId, key), value });
  }

  /** Stages a state-machine delete of `key` in group `groupId`. */
  deleteKv(groupId: number, key: Uint8Array): void {
    this.stage({ type: 'del', sublevel: 'kv', key: kvKey(groupId, key) });
  }

  /** Stages the applied index of group `groupId`; commit it in the same turn as the writes it covers. */
  setApplied(groupId: number, index: number): void {
    this.stage({ type: 'put', sublevel: 'meta', key: appliedIndexMetaKey(groupId), value: encodeU64(index) });
    this.onCommitted(() => this.#context.appliedIndexCommitted(groupId, index));
  }

  /** Stages a server-owned `meta` record (keys starting with `storage/` are reserved). */
  putMeta(key: string, value: Uint8Array): void {
    assertCallerMetaKey(key);
    this.stage({ type: 'put', sublevel: 'meta', key, value });
  }

  deleteMeta(key: string): void {
    assertCallerMetaKey(key);
    this.stage({ type: 'del', sublevel: 'meta', key });
  }

  /** Writes every staged operation in one atomic synced batch. A turn commits once. */
  async commit(): Promise<void> {
    this.#assertOpen();
    this.#committed = true;
    await this.#context.commit(this.#operations);
    for (const callback of this.#afterCommit) callback();
  }

  /** @internal Appends one operation to the batch. */
  stage(operation: StagedOperation): void {
    this.#assertOpen();
    this.#operations.push(operation);
  }

  /** @internal Drops earlier staged `kv` writes of a group (a snapshot install replaces them). */
  discardKvWrites(groupId: number): void {
    this.#assertOpen();
    const prefix = kvKey(groupId, new Uint8Array(0));
    for (let i = this.#operations.length - 1; i >= 0; i--) {
      const operation = this.#operations[i]!;
      if (operation.type !== 'clear-group-kv' && operation.sublevel === 'kv' && hasPrefix(operation.key, prefix)) {
        this.#operations.splice(i, 1);
      }
    }
  }

  /** @internal Runs `callback` once the batch is durable. */
  onCommitted(callback: () => void): void {
    this.#afterCommit.push(callback);
  }

  /** @internal The store this turn writes to. */
  belongsTo(context: StoreContext): boolean {
    return this.#context === context;
  }

  #assertOpen(): void {
    this.#context.assertUsable();
    if (this.#committed) {
      throw new StorageError(StorageErrorCode.InvalidArgument, 'this turn was already committed; begin a new turn');
    }
  }
}

function assertCallerMetaKey(key: string): void {
  if (key.startsWith(RESERVED_META_PREFIX)) {
    throw new StorageError(
      StorageErrorCode.InvalidArgument,
      `meta keys starting with "${RESERVED_META_PREFIX}" belong to the storage layer; "${key}" is not writable`,
    );
  }
}

function hasPrefix(key: Uint8Array, prefix: Uint8Array): boolean {
  if (key.byteLength < prefix.byteLength) return false;
  for (let i = 0; i < prefix.byteLength; i++) if (key[i] !== prefix[i]) return false;
  return true;
}
