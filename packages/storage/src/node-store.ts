import type { ConfState } from '@flintkv/proto';
import type { AbstractSnapshot } from 'abstract-level';
import { clearGroupRecords, type GroupTransferSize, packGroup, unpackGroup } from './group-transfer.js';
import { plainBytes } from './bytes.js';
import { type Database, openDatabase, writeSyncedBatch } from './database.js';
import { isDiskFullError, StorageError, StorageErrorCode, translateReadError } from './errors.js';
import { GroupStorage, stageNewGroupState } from './group-storage.js';
import type { LogStart } from './records.js';
import {
  GROUP_PREFIX_BYTES,
  groupOfKey,
  groupPrefix,
  groupUpperBound,
  KV_SPACE_META_PREFIX,
  kvKey,
  META_CLUSTER_ID,
  META_FORMAT_VERSION,
  META_NODE_ID,
} from './keys.js';
import { decodeU64, encodeU64 } from './records.js';
import type { StoreContext } from './store-context.js';
import { chunkedPairs, type SnapshotStream } from './snapshot-streams.js';
import { type ByteSublevelName, type StagedOperation, Turn } from './turn.js';

/** The on-disk format this code writes and reads. Bump it for an incompatible layout change. */
export const STORAGE_FORMAT_VERSION = 1;

/** Default bound of each group's in-memory log tail cache. */
export const DEFAULT_LOG_CACHE_BYTES = 4 * 1024 * 1024;

/** Who owns a data directory: written on first open, checked on every later open. */
export interface NodeIdentity {
  clusterId: string;
  nodeId: number;
}

export interface NodeStoreOptions {
  /** Bound, in bytes, of each group's cache of its log tail (default 4 MiB). */
  logCacheBytes?: number;
}

/** Keys deleted per batch by a range clear: small enough that turns wait little between batches. */
const CLEAR_KEYS_PER_BATCH = 4096;

/** Pairs read from LevelDB per iterator call by {@link NodeStore.kvPairs}. */
const PAIRS_PER_READ = 256;
/** Bytes one such read may hold (classic-level's default, 16 KiB, makes large values one a read). */
const READ_BYTES = 1024 * 1024;

/** Options of {@link NodeStore.kvScan}: the user-key range `[start, end)` of one group. */
export interface KvScanOptions {
  /** Inclusive lower bound; the group's first key when absent. */
  start?: Uint8Array;
  /** Exclusive upper bound; past the group's last key when absent. */
  end?: Uint8Array;
  /** At most this many pairs. */
  limit?: number;
  /** Newest key first. */
  reverse?: boolean;
}

/**
 * Opens the LevelDB database of one group host (worker thread) in `directory`, creating it
 * when the directory is absent or empty. The first open records the format version and
 * `identity`; later opens refuse another cluster or node (FLINT_STORAGE_IDENTITY_MISMATCH),
 * a newer format (FLINT_STORAGE_FORMAT_TOO_NEW), a corrupt database (FLINT_STORAGE_CORRUPT —
 * never a silent fresh start) and a directory another process holds (FLINT_STORAGE_LOCKED).
 */
export async function openNodeStore(
  directory: string,
  identity: NodeIdentity,
  options: NodeStoreOptions = {},
): Promise<NodeStore> {
  const database = await openDatabase(directory);
  try {
    await checkIdentity(database, identity);
    const groupIds = await readGroupIds(database);
    const kvSpaces = await readKvSpaces(database);
    return new NodeStore(database, groupIds, kvSpaces, options.logCacheBytes ?? DEFAULT_LOG_CACHE_BYTES);
  } catch (error) {
    await database.level.close();
    throw error;
  }
}

/**
 * One database shared by many Raft groups. Hands out {@link GroupStorage}s, begins
 * {@link Turn}s (one atomic synced batch per host turn), serves state-machine reads.
 * Batches are written strictly in the order their turns commit.
 */
export class NodeStore {
  readonly #database: Database;
  readonly #groupIds: Set<number>;
  readonly #groups = new Map<number, GroupStorage>();
  readonly #openingGroups = new Map<number, Promise<GroupStorage>>();
  readonly #context: StoreContext;
  /** Groups whose data lives in their spare `kv` space (see `keys.ts`); absent: the group's own id. */
  readonly #kvSpaces: Map<number, number>;
  /** Settles when every batch handed to LevelDB so far is written; batches chain on it in order. */
  #writeTail: Promise<void> = Promise.resolve();
  #failure: StorageError | undefined;
  #closed = false;

  /** @internal Use {@link openNodeStore}. */
  constructor(database: Database, groupIds: Iterable<number>, kvSpaces: Map<number, number>, logCacheBytes: number) {
    this.#database = database;
    this.#groupIds = new Set(groupIds);
    this.#kvSpaces = kvSpaces;
    this.#context = {
      database,
      logCacheBytes,
      assertUsable: () => this.#assertUsable(),
      commit: (operations) => this.#commit(operations),
      clearRange: (sublevel, range) => this.#clearRange(sublevel, range),
      snapshotAfterPendingCommits: () => this.#snapshotAfterPendingCommits(),
      appliedIndexCommitted: (groupId, index) => this.#groups.get(groupId)?.appliedIndexCommitted(index),
      groupWritten: (groupId) => this.#groupIds.add(groupId),
      kvSpaceOf: (groupId) => this.#kvSpaces.get(groupId) ?? groupId,
      setKvSpace: (groupId, space) => {
        if (space === groupId) this.#kvSpaces.delete(groupId);
        else this.#kvSpaces.set(groupId, space);
      },
    };
  }

  /** The directory of this database. */
  get directory(): string {
    return this.#database.directory;
  }

  /** Whether a write failed; a failed store throws FLINT_STORAGE_FAILED (or FLINT_DISK_FULL) from every call. */
  get failed(): boolean {
    return this.#failure !== undefined;
  }

  /** Ids of the groups that have Raft state in this database, ascending. */
  groupIds(): number[] {
    return [...this.#groupIds].sort((a, b) => a - b);
  }

  /**
   * Loads group `groupId` into memory (once; later calls return the same instance). For a
   * group with no state yet, `bootstrap` records its initial configuration at index 0;
   * without it the group starts empty (as a replica that waits for a snapshot does).
   */
  async openGroup(groupId: number, bootstrap?: { confState: ConfState }): Promise<GroupStorage> {
    this.#assertUsable();
    if (!Number.isSafeInteger(groupId) || groupId < 0) {
      throw new StorageError(
        StorageErrorCode.InvalidArgument,
        `group id ${groupId} is not a non-negative safe integer`,
      );
    }
    const open = this.#groups.get(groupId);
    if (open !== undefined) return open;
    let opening = this.#openingGroups.get(groupId);
    if (opening === undefined) {
      opening = GroupStorage.load(this.#context, groupId, bootstrap);
      this.#openingGroups.set(groupId, opening);
    }
    try {
      const group = await opening;
      this.#groups.set(groupId, group);
      return group;
    } finally {
      this.#openingGroups.delete(groupId);
    }
  }

  /**
   * Stages the creation of group `groupId` in `turn`, to become durable with it: its Raft
   * configuration, and a log that starts after `start` as if a snapshot at `start` had been
   * installed, applied at `start.index`. A group made by a split starts so: its first state
   * comes from the batch, not from log entries, so a replica that has none must be sent a
   * snapshot, never entries from index 1. Stage its state-machine records in the same turn
   * (`turn.putKv`); once the turn is durable, {@link openGroup} loads it.
   *
   * @throws {@link StorageError} `FLINT_STORAGE_INVALID_ARGUMENT` if the group exists here.
   * @example
   * ```ts
   * store.stageGroupCreation(turn, 9, { confState, start: { index: 5, term: 5 } });
   * turn.putKv(9, key, value);
   * await turn.commit();
   * const storage = await store.openGroup(9);
   * ```
   */
  stageGroupCreation(turn: Turn, groupId: number, initial: { confState: ConfState; start: LogStart }): void {
    this.#assertUsable();
    if (this.#groupIds.has(groupId) || this.#groups.has(groupId) || this.#openingGroups.has(groupId)) {
      throw new StorageError(StorageErrorCode.InvalidArgument, `group ${groupId} already exists in this database`);
    }
    if (!turn.belongsTo(this.#context)) {
      throw new StorageError(StorageErrorCode.InvalidArgument, 'the turn belongs to another database');
    }
    stageNewGroupState(turn, groupId, initial);
    turn.setApplied(groupId, initial.start.index);
    turn.onCommitted(() => this.#context.groupWritten(groupId));
  }

  /**
   * LevelDB's estimate of the bytes group `groupId`'s `kv` space takes on disk (compressed,
   * written tables only: recent writes still in the memtable are not counted). Cheap: no read.
   */
  async kvApproximateBytes(groupId: number): Promise<number> {
    this.#assertUsable();
    const { kv, level } = this.#database;
    const space = this.#context.kvSpaceOf(groupId);
    return level.approximateSize(
      kv.prefixKey(groupPrefix(space), 'view'),
      kv.prefixKey(groupUpperBound(space), 'view'),
    );
  }

  /**
   * Packs every record of group `groupId` into one buffer ({@link importGroup} on another store
   * recreates it), after every batch committed so far is written. The caller has stopped the
   * group: a write staged for it later would not be in the pack.
   *
   * @example
   * ```ts
   * const { buffer } = await from.packGroup(7);
   * await to.importGroup(buffer); // then record the move, then from.removeGroup(7)
   * ```
   */
  async packGroup(groupId: number): Promise<{ buffer: ArrayBuffer; size: GroupTransferSize }> {
    this.#assertUsable();
    if (!this.#groupIds.has(groupId)) {
      throw new StorageError(StorageErrorCode.InvalidArgument, `group ${groupId} is not in this database`);
    }
    await this.#writeTail;
    return packGroup(this.#database, groupId, this.#context.kvSpaceOf(groupId));
  }

  /**
   * Writes a group packed by {@link packGroup} in one synced batch, in order with the turns;
   * {@link openGroup} loads it afterwards. Returns its id.
   *
   * @throws {@link StorageError} `FLINT_STORAGE_INVALID_ARGUMENT` if the group exists here or
   * the buffer is not a packed group.
   */
  async importGroup(buffer: ArrayBuffer): Promise<number> {
    this.#assertUsable();
    const { groupId, operations } = unpackGroup(buffer);
    if (this.#groupIds.has(groupId) || this.#groups.has(groupId) || this.#openingGroups.has(groupId)) {
      throw new StorageError(StorageErrorCode.InvalidArgument, `group ${groupId} already exists in this database`);
    }
    await this.#commit(operations);
    this.#kvSpaces.delete(groupId);
    this.#groupIds.add(groupId);
    return groupId;
  }

  /**
   * Forgets group `groupId` and deletes its records (a moved group's old copy). The caller has
   * stopped the group; nothing of it may be staged in a turn still to commit.
   */
  async removeGroup(groupId: number): Promise<void> {
    this.#assertUsable();
    this.#groups.get(groupId)?.closeSnapshotStreams();
    this.#groups.delete(groupId);
    this.#groupIds.delete(groupId);
    this.#kvSpaces.delete(groupId);
    await clearGroupRecords(
      {
        clearRange: (sublevel, range) => this.#clearRange(sublevel, range),
        write: (operations) => this.#commit(operations),
      },
      groupId,
    );
  }

  /** Starts collecting the mutations of one host turn. */
  beginTurn(): Turn {
    this.#assertUsable();
    return new Turn(this.#context);
  }

  /** The committed value of `key` in group `groupId`'s state machine. */
  async kvGet(groupId: number, key: Uint8Array): Promise<Uint8Array | undefined> {
    this.#assertUsable();
    try {
      const value = await this.#database.kv.get(kvKey(this.#context.kvSpaceOf(groupId), key));
      return value === undefined ? undefined : plainBytes(value);
    } catch (error) {
      throw translateReadError(error, `group ${groupId} kv`);
    }
  }

  /** {@link kvGet}, synchronously (blocks the thread on a disk read if the key is not in LevelDB's cache). */
  kvGetSync(groupId: number, key: Uint8Array): Uint8Array | undefined {
    this.#assertUsable();
    try {
      const value = this.#database.kv.getSync(kvKey(this.#context.kvSpaceOf(groupId), key));
      return value === undefined ? undefined : plainBytes(value);
    } catch (error) {
      throw translateReadError(error, `group ${groupId} kv`);
    }
  }

  /** Committed `[key, value]` pairs of group `groupId` in `[start, end)`, in key order (or reversed). */
  async kvScan(groupId: number, options: KvScanOptions = {}): Promise<Array<[Uint8Array, Uint8Array]>> {
    this.#assertUsable();
    const pairs: Array<[Uint8Array, Uint8Array]> = [];
    if (options.limit !== undefined && options.limit <= 0) return pairs;
    const space = this.#context.kvSpaceOf(groupId);
    try {
      // all(): batches of entries per native call, where for-await paid a promise per entry.
      const entries = await this.#database.kv
        .iterator({
          gte: options.start === undefined ? groupPrefix(space) : kvKey(space, options.start),
          lt: options.end === undefined ? groupUpperBound(space) : kvKey(space, options.end),
          limit: options.limit ?? -1,
          reverse: options.reverse ?? false,
        })
        .all();
      for (const [key, value] of entries) pairs.push([plainBytes(key.subarray(GROUP_PREFIX_BYTES)), plainBytes(value)]);
    } catch (error) {
      throw translateReadError(error, `group ${groupId} kv scan`);
    }
    return pairs;
  }

  /**
   * Every stored pair of group `groupId`, in key order, from one consistent view: the LevelDB
   * iterator (and so its implicit snapshot) is created before this returns, so a caller between
   * turns reads the data at the applied index. Unlike {@link kvScan} the pairs are read a batch
   * at a time, never all in memory: a checksum of a large region costs a batch, not the region.
   * Iterate it once, to the end (the iterator closes then, or when the loop breaks).
   */
  kvPairs(groupId: number): AsyncIterable<[Uint8Array, Uint8Array]> {
    this.#assertUsable();
    const space = this.#context.kvSpaceOf(groupId);
    // highWaterMarkBytes is classic-level's option; the sublevel passes it through.
    const options = { gte: groupPrefix(space), lt: groupUpperBound(space), highWaterMarkBytes: READ_BYTES };
    const iterator = this.#database.kv.iterator(options);
    const what = `group ${groupId} kv scan`;
    return {
      async *[Symbol.asyncIterator]() {
        try {
          for (;;) {
            // An empty read is the end; a short one is not (classic-level stops at 16 KiB).
            const entries = await iterator.nextv(PAIRS_PER_READ);
            if (entries.length === 0) return;
            for (const [key, value] of entries) {
              yield [plainBytes(key.subarray(GROUP_PREFIX_BYTES)), plainBytes(value)] as [Uint8Array, Uint8Array];
            }
          }
        } catch (error) {
          throw translateReadError(error, what);
        } finally {
          await iterator.close().catch(() => undefined);
        }
      },
    };
  }

  /**
   * Every stored pair of group `groupId` in snapshot chunks of about `chunkBytes`
   * (`snapshot-data.ts`), from one consistent view taken before this returns — so a caller
   * between turns reads the data at the applied index, as {@link kvPairs} does. A region export
   * (backup) holds it across many client requests: memory holds one chunk, never the group.
   *
   * @example
   * ```ts
   * const stream = store.kvExport(3, 1024 * 1024);
   * for (let chunk = await stream.next(); chunk !== undefined; chunk = await stream.next()) send(chunk);
   * await stream.close();
   * ```
   */
  kvExport(groupId: number, chunkBytes: number): Omit<SnapshotStream, 'estimatedBytes'> {
    this.#assertUsable();
    const space = this.#context.kvSpaceOf(groupId);
    // highWaterMarkBytes is classic-level's option; the sublevel passes it through.
    const options = { gte: groupPrefix(space), lt: groupUpperBound(space), highWaterMarkBytes: chunkBytes };
    return chunkedPairs(this.#database.kv.iterator(options), chunkBytes, `group ${groupId} export`);
  }

  /** A committed `meta` record (written with {@link Turn.putMeta}). */
  async metaGet(key: string): Promise<Uint8Array | undefined> {
    this.#assertUsable();
    try {
      const value = await this.#database.meta.get(key);
      return value === undefined ? undefined : plainBytes(value);
    } catch (error) {
      throw translateReadError(error, `meta ${key}`);
    }
  }

  /** Waits for batches in flight, then closes the database. Later calls throw FLINT_STORAGE_CLOSED. */
  async close(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    await this.#writeTail;
    for (const group of this.#groups.values()) group.closeSnapshotStreams();
    await this.#database.level.close();
  }

  #assertUsable(): void {
    if (this.#failure !== undefined) throw this.#failure;
    if (this.#closed) {
      throw new StorageError(StorageErrorCode.Closed, `node store ${this.#database.directory} is closed`);
    }
  }

  /**
   * Writes `operations` as one synced batch once every earlier write settled. Every write of
   * this store comes through here, one at a time, so that none is issued after one failed: a
   * failed LevelDB write may leave a torn record at the end of the write-ahead log, and LevelDB
   * appends later writes after it and acknowledges them, yet the next open drops them as
   * corrupt. Reopening is safe: the log then ends at the torn record.
   */
  #commit(operations: readonly StagedOperation[]): Promise<void> {
    const write = this.#writeTail.then(async () => {
      if (this.#failure !== undefined) throw this.#failure;
      try {
        await writeSyncedBatch(this.#database, operations);
      } catch (error) {
        // Memory already shows this batch; disk does not. Nothing later may pretend otherwise.
        this.#failure ??= this.#failureOf(error);
        throw this.#failure;
      }
    });
    this.#writeTail = write.catch(() => undefined);
    return write;
  }

  #failureOf(error: unknown): StorageError {
    const reason = error instanceof Error ? error.message : String(error);
    const directory = this.#database.directory;
    if (isDiskFullError(error)) {
      return new StorageError(
        StorageErrorCode.DiskFull,
        `the disk of ${directory} is full: a synced batch failed (${reason}); the store refuses all further work until it is opened again`,
        { cause: error },
      );
    }
    return new StorageError(
      StorageErrorCode.Failed,
      `a synced batch to ${directory} failed (${reason}); the store refuses all further work — restart the node`,
      { cause: error },
    );
  }

  /**
   * Deletes the keys of `sublevel` in `range` as they were when the clear began, a batch of
   * {@link CLEAR_KEYS_PER_BATCH} at a time through {@link #commit}: turns go on between batches
   * (a whole region's clear would hold them up for tens of milliseconds), and a failed batch
   * stops every later write like a failed turn.
   */
  async #clearRange(sublevel: ByteSublevelName, range: { gte: Uint8Array; lt: Uint8Array }): Promise<void> {
    this.#assertUsable();
    // The keys written by batches already handed over are among those to delete.
    await this.#writeTail;
    const iterator = this.#database[sublevel].keys(range);
    try {
      for (;;) {
        let keys: Uint8Array[];
        try {
          keys = await iterator.nextv(CLEAR_KEYS_PER_BATCH);
        } catch (error) {
          throw translateReadError(error, `${sublevel} range clear of ${this.#database.directory}`);
        }
        if (keys.length === 0) return;
        await this.#commit(keys.map((key) => ({ type: 'del', sublevel, key: plainBytes(key) })));
      }
    } finally {
      await iterator.close().catch(() => undefined);
    }
  }

  #snapshotAfterPendingCommits(): Promise<AbstractSnapshot> {
    const taken = this.#writeTail.then(() => {
      this.#assertUsable();
      return this.#database.level.snapshot();
    });
    this.#writeTail = taken.then(
      () => undefined,
      () => undefined,
    );
    return taken;
  }
}

const utf8 = new TextEncoder();

/** Records `identity` in a new database, or refuses one of another cluster or node. @internal */
export async function checkIdentity(database: Database, identity: NodeIdentity): Promise<void> {
  const { meta, level, directory } = database;
  const read = async (key: string) => {
    try {
      return await meta.get(key);
    } catch (error) {
      throw translateReadError(error, `meta ${key} of ${directory}`);
    }
  };
  const versionBytes = await read(META_FORMAT_VERSION);
  if (versionBytes === undefined) {
    const anyKey = await level.keys({ limit: 1 }).all();
    if (anyKey.length > 0) {
      throw new StorageError(
        StorageErrorCode.Corrupt,
        `database ${directory} holds data but no format version; it is not a FlintKV data directory or it is damaged`,
      );
    }
    const metaKey = (key: string) => meta.prefixKey(utf8.encode(key), 'view');
    await level.batch(
      [
        { type: 'put', key: metaKey(META_FORMAT_VERSION), value: encodeU64(STORAGE_FORMAT_VERSION) },
        { type: 'put', key: metaKey(META_CLUSTER_ID), value: utf8.encode(identity.clusterId) },
        { type: 'put', key: metaKey(META_NODE_ID), value: encodeU64(identity.nodeId) },
      ],
      { sync: true },
    );
    return;
  }
  const corrupt = (what: string) =>
    new StorageError(StorageErrorCode.Corrupt, `database ${directory}: ${what}; the data directory is damaged`);
  let version: number;
  try {
    version = decodeU64(versionBytes, 'format version');
  } catch {
    throw corrupt('the format version record does not decode');
  }
  if (version > STORAGE_FORMAT_VERSION) {
    throw new StorageError(
      StorageErrorCode.FormatTooNew,
      `database ${directory} has data format version ${version}, but this FlintKV reads up to version ${STORAGE_FORMAT_VERSION}; run a newer FlintKV`,
    );
  }
  if (version < 1) throw corrupt(`format version ${version} does not exist`);
  const clusterBytes = await read(META_CLUSTER_ID);
  const nodeBytes = await read(META_NODE_ID);
  if (clusterBytes === undefined || nodeBytes === undefined) throw corrupt('the cluster id or node id is missing');
  const clusterId = new TextDecoder().decode(clusterBytes);
  if (clusterId !== identity.clusterId) {
    throw new StorageError(
      StorageErrorCode.IdentityMismatch,
      `database ${directory} belongs to cluster "${clusterId}", but this node was started for cluster "${identity.clusterId}"; point it at its own data directory`,
    );
  }
  let nodeId: number;
  try {
    nodeId = decodeU64(nodeBytes, 'node id');
  } catch {
    throw corrupt('the node id record does not decode');
  }
  if (nodeId !== identity.nodeId) {
    throw new StorageError(
      StorageErrorCode.IdentityMismatch,
      `database ${directory} belongs to node ${nodeId}, but this process was started as node ${identity.nodeId}; point it at its own data directory`,
    );
  }
}

/** Ids of the groups that have Raft state in `database`. @internal */
export async function readGroupIds(database: Database): Promise<Set<number>> {
  const groupIds = new Set<number>();
  try {
    for await (const key of database.raftState.keys()) groupIds.add(groupOfKey(key));
  } catch (error) {
    throw translateReadError(error, `raft state of ${database.directory}`);
  }
  return groupIds;
}

/** The groups whose data lives in a spare `kv` space (`keys.ts`). @internal */
export async function readKvSpaces(database: Database): Promise<Map<number, number>> {
  const spaces = new Map<number, number>();
  try {
    for await (const [key, value] of database.meta.iterator({
      gte: KV_SPACE_META_PREFIX,
      lt: `${KV_SPACE_META_PREFIX}\uffff`,
    })) {
      const groupId = Number(key.slice(KV_SPACE_META_PREFIX.length));
      const space = decodeU64(value, 'kv space');
      if (!Number.isSafeInteger(groupId)) {
        throw new StorageError(StorageErrorCode.Corrupt, `${database.directory}: meta record ${key} names no group`);
      }
      spaces.set(groupId, space);
    }
  } catch (error) {
    if (error instanceof StorageError) throw error;
    throw translateReadError(error, `kv spaces of ${database.directory}`);
  }
  return spaces;
}
