import { StorageError, StorageErrorCode } from './errors.js';
import { appliedIndexMetaKey, kvKey, RESERVED_META_PREFIX } from './keys.js';
import { encodeU64 } from './records.js';
import type { StoreContext } from './store-context.js';

/** The sublevels whose keys are bytes (`meta`'s are strings). */
export type ByteSublevelName = 'raftLog' | 'raftState' | 'kv';

/** One staged write, in the order it was staged. */
export type StagedOperation =
  | { type: 'put'; sublevel: ByteSublevelName; key: Uint8Array; value: Uint8Array }
  | { type: 'del'; sublevel: ByteSublevelName; key: Uint8Array }
  | { type: 'put'; sublevel: 'meta'; key: string; value: Uint8Array }
  | { type: 'del'; sublevel: 'meta'; key: string };

/**
 * When a staged write must be on disk. `before-send`: Raft log, term, vote, configuration,
 * snapshot and compaction records, which Raft must find durable before it sends the messages
 * and advances past the Ready that produced them. `deferrable`: state-machine writes, applied
 * indexes and a hard state that only moved its commit index — a crash before they land only
 * means re-applying entries from the durable log, so they may wait for a later batch.
 */
export type WriteUrgency = 'before-send' | 'deferrable';

/**
 * All mutations of one host turn, for every group of the database: Raft log appends, hard
 * states, snapshot installs, state-machine writes and applied indexes. `commit()` writes them
 * as ONE atomic `sync: true` LevelDB batch — the group commit that makes a turn cost one
 * fsync however many groups and entries it carries (docs/architecture.md#the-path-of-a-put).
 *
 * Group storages update their in-memory view (last index, terms, cached tail) as soon as a
 * mutation is staged, so Raft reads in the same turn see it; `commit()` makes it durable.
 * If a commit fails the whole {@link NodeStore} is marked failed and every later call throws
 * FLINT_STORAGE_FAILED (FLINT_DISK_FULL when the disk was full): memory may be ahead of disk,
 * and LevelDB's write-ahead log may end in a torn record that a later write would follow
 * (LevelDB acknowledges such writes, and loses them at the next open), so the only safe
 * answer is to stop writing; reopening the database recovers it.
 * For the same reason every turn that staged log or Raft-state writes must be committed.
 *
 * A turn holding only deferrable writes ({@link urgency}) may be kept open and committed
 * together with the next turn's writes: one fsync instead of two, and every batch stays synced
 * (an unsynced LevelDB batch may be lost on an OS crash even when a later synced one survives,
 * when the write-ahead log was switched between them). {@link stagedKv} lets the next turn read
 * what such an open turn already holds.
 */
export class Turn {
  readonly #context: StoreContext;
  readonly #operations: StagedOperation[] = [];
  readonly #afterCommit: Array<() => void> = [];
  #committed = false;
  #urgency: WriteUrgency = 'deferrable';
  /** Latest staged `kv` value per full key (null: deleted), built on the first {@link stagedKv}. */
  #kvIndex: Map<string, Uint8Array | null> | undefined;

  /** @internal Use {@link NodeStore.beginTurn}. */
  constructor(context: StoreContext) {
    this.#context = context;
  }

  /** Number of staged operations. */
  get size(): number {
    return this.#operations.length;
  }

  /** `before-send` once any staged write must be durable before Raft sends and advances. */
  get urgency(): WriteUrgency {
    return this.#urgency;
  }

  /**
   * The value this turn has staged for `key` of group `groupId`: bytes, `null` when staged as
   * deleted, `undefined` when the turn does not touch the key (read the database then).
   */
  stagedKv(groupId: number, key: Uint8Array): Uint8Array | null | undefined {
    if (this.#kvIndex === undefined) {
      this.#kvIndex = new Map();
      for (const operation of this.#operations) this.#indexKv(operation);
    }
    return this.#kvIndex.get(indexKey(this.#kvKey(groupId, key)));
  }

  /** Stages a state-machine write of `key` in group `groupId` (deferrable). */
  putKv(groupId: number, key: Uint8Array, value: Uint8Array): void {
    this.stage({ type: 'put', sublevel: 'kv', key: this.#kvKey(groupId, key), value }, 'deferrable');
  }

  /** Stages a state-machine delete of `key` in group `groupId` (deferrable). */
  deleteKv(groupId: number, key: Uint8Array): void {
    this.stage({ type: 'del', sublevel: 'kv', key: this.#kvKey(groupId, key) }, 'deferrable');
  }

  /** Stages the applied index of group `groupId` (deferrable); commit it in the same turn as the writes it covers. */
  setApplied(groupId: number, index: number): void {
    this.stage(
      { type: 'put', sublevel: 'meta', key: appliedIndexMetaKey(groupId), value: encodeU64(index) },
      'deferrable',
    );
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
  stage(operation: StagedOperation, urgency: WriteUrgency = 'before-send'): void {
    this.#assertOpen();
    this.#operations.push(operation);
    if (urgency === 'before-send') this.#urgency = 'before-send';
    if (this.#kvIndex !== undefined) this.#indexKv(operation);
  }

  /** The key of `key` in the `kv` space group `groupId` uses now. */
  #kvKey(groupId: number, key: Uint8Array): Uint8Array {
    return kvKey(this.#context.kvSpaceOf(groupId), key);
  }

  #indexKv(operation: StagedOperation): void {
    if (operation.sublevel !== 'kv') return;
    this.#kvIndex?.set(indexKey(operation.key), operation.type === 'put' ? operation.value : null);
  }

  /** @internal Drops earlier staged `kv` writes of a group (a snapshot install replaces them). */
  discardKvWrites(groupId: number): void {
    this.#assertOpen();
    const prefix = this.#kvKey(groupId, new Uint8Array(0));
    for (let i = this.#operations.length - 1; i >= 0; i--) {
      const operation = this.#operations[i]!;
      if (operation.sublevel === 'kv' && hasPrefix(operation.key, prefix)) {
        this.#operations.splice(i, 1);
      }
    }
    this.#kvIndex = undefined;
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

function indexKey(key: Uint8Array): string {
  return Buffer.from(key.buffer, key.byteOffset, key.byteLength).toString('latin1');
}

function hasPrefix(key: Uint8Array, prefix: Uint8Array): boolean {
  if (key.byteLength < prefix.byteLength) return false;
  for (let i = 0; i < prefix.byteLength; i++) if (key[i] !== prefix[i]) return false;
  return true;
}
