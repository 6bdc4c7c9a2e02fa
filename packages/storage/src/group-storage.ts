import {
  type ConfState,
  cloneConfState,
  EMPTY_BYTES,
  emptyConfState,
  type Entry,
  type HardState,
  type Snapshot,
} from '@flintkv/proto';
import { StorageError, StorageErrorCode, translateReadError } from './errors.js';
import { LogTailCache } from './log-tail-cache.js';
import {
  appliedIndexMetaKey,
  groupUpperBound,
  indexOfLogKey,
  kvSpaceMetaKey,
  logKey,
  StateRecord,
  stateKey,
} from './keys.js';
import {
  decodeConfState,
  decodeEntryValue,
  decodeHardState,
  decodeLogStart,
  decodeU64,
  encodeConfState,
  encodeEntryValue,
  encodeHardState,
  encodeLogStart,
  encodeU64,
  type LogStart,
} from './records.js';
import { decodeSnapshotDescriptor, encodeSnapshotDescriptor } from './snapshot-data.js';
import { type SnapshotStream, SnapshotStreams } from './snapshot-streams.js';
import type { StoreContext } from './store-context.js';
import { TermRuns } from './term-runs.js';
import type { Turn } from './turn.js';

/**
 * Stages the Raft state of a new group whose log starts after `start` (see
 * `NodeStore.stageGroupCreation`): configuration, log start, and a hard state at `start`'s
 * term with `start.index` committed and no vote.
 */
export function stageNewGroupState(
  turn: Turn,
  groupId: number,
  initial: { confState: ConfState; start: LogStart },
): void {
  const { confState, start } = initial;
  const hardState: HardState = { term: start.term, vote: 0, commit: start.index };
  turn.stage({
    type: 'put',
    sublevel: 'raftState',
    key: stateKey(groupId, StateRecord.ConfState),
    value: encodeConfState(confState),
  });
  turn.stage({
    type: 'put',
    sublevel: 'raftState',
    key: stateKey(groupId, StateRecord.LogStart),
    value: encodeLogStart(start),
  });
  turn.stage({
    type: 'put',
    sublevel: 'raftState',
    key: stateKey(groupId, StateRecord.HardState),
    value: encodeHardState(hardState),
  });
}

/** What the Raft core needs at start (the shape of `@flintkv/raft`'s `InitialState`). */
export interface GroupInitialState {
  hardState: HardState;
  confState: ConfState;
}

/** Log entries a starting group reads per native call. */
const LOG_LOAD_BATCH_ENTRIES = 1024;

/**
 * One Raft group's durable state in a shared database, satisfying `@flintkv/raft`'s
 * `RaftStorage` structurally: `initialState`, `entries`, `term`, `firstIndex`, `lastIndex`,
 * `snapshot` are synchronous and read memory (hard state, conf state, the term of every index
 * as runs, a byte-bounded cache of the log tail); only an entry older than the cached tail is
 * read from disk, with LevelDB's synchronous `getSync`.
 *
 * Writes are staged into a {@link Turn} and become durable when the turn commits. The
 * in-memory view follows every staged write at once, so Raft reads in the same turn see it.
 * Log reads reflect staged writes; `appliedIndex()` and the `kv` reads of {@link NodeStore}
 * reflect committed state only.
 */
export class GroupStorage {
  readonly groupId: number;
  readonly #context: StoreContext;
  #hardState: HardState;
  #confState: ConfState;
  #logStart: LogStart;
  #terms: TermRuns;
  readonly #cache: LogTailCache;
  /** Entries staged by turns whose batch is not yet durable: readable even if evicted from the cache. */
  readonly #unpersisted = new Map<number, Entry>();
  #latestSnapshot: Snapshot | undefined;
  #appliedIndex: number;
  #snapshotWanted: (() => void) | undefined;
  readonly #streams: SnapshotStreams;

  private constructor(
    context: StoreContext,
    groupId: number,
    state: { hardState: HardState; confState: ConfState; logStart: LogStart; appliedIndex: number },
  ) {
    this.#context = context;
    this.groupId = groupId;
    this.#hardState = { ...state.hardState };
    this.#confState = cloneConfState(state.confState);
    this.#logStart = { ...state.logStart };
    this.#terms = new TermRuns(state.logStart.index, state.logStart.term);
    this.#cache = new LogTailCache(context.logCacheBytes);
    this.#appliedIndex = state.appliedIndex;
    this.#streams = new SnapshotStreams(context, groupId);
  }

  /** @internal Loads a group's state into memory; use {@link NodeStore.openGroup}. */
  static async load(
    context: StoreContext,
    groupId: number,
    bootstrap: { confState: ConfState } | undefined,
  ): Promise<GroupStorage> {
    const { raftState, meta } = context.database;
    const what = `group ${groupId} in ${context.database.directory}`;
    // Synchronous reads of four small records: a host loading a thousand groups at start spent
    // most of its load in the promises and thread-pool hops of asynchronous gets.
    const [hardStateBytes, confStateBytes, logStartBytes, appliedBytes] = readSyncOrCorrupt(what, () => [
      raftState.getSync(stateKey(groupId, StateRecord.HardState)),
      raftState.getSync(stateKey(groupId, StateRecord.ConfState)),
      raftState.getSync(stateKey(groupId, StateRecord.LogStart)),
      meta.getSync(appliedIndexMetaKey(groupId)),
    ]);
    const isNew = hardStateBytes === undefined && confStateBytes === undefined && logStartBytes === undefined;
    const state = decodeOrCorrupt(what, () => ({
      hardState: hardStateBytes ? decodeHardState(hardStateBytes) : { term: 0, vote: 0, commit: 0 },
      confState: confStateBytes
        ? decodeConfState(confStateBytes)
        : bootstrap !== undefined
          ? cloneConfState(bootstrap.confState)
          : emptyConfState(),
      logStart: logStartBytes ? decodeLogStart(logStartBytes) : { index: 0, term: 0 },
      appliedIndex: appliedBytes ? decodeU64(appliedBytes, 'applied index') : 0,
    }));
    const group = new GroupStorage(context, groupId, state);
    await group.#loadLog(what);
    if (isNew && group.lastIndex() > 0) {
      throw new StorageError(StorageErrorCode.Corrupt, `${what} has log entries but no raft state records`);
    }
    if (state.hardState.commit > group.lastIndex()) {
      throw new StorageError(
        StorageErrorCode.Corrupt,
        `${what}: hard state commit ${state.hardState.commit} is past the last log index ${group.lastIndex()}`,
      );
    }
    if (isNew && bootstrap !== undefined) {
      // A new group's initial configuration is recorded at index 0 before Raft starts.
      await context.commit([
        {
          type: 'put',
          sublevel: 'raftState',
          key: stateKey(groupId, StateRecord.ConfState),
          value: encodeConfState(state.confState),
        },
        {
          type: 'put',
          sublevel: 'raftState',
          key: stateKey(groupId, StateRecord.LogStart),
          value: encodeLogStart(state.logStart),
        },
        {
          type: 'put',
          sublevel: 'raftState',
          key: stateKey(groupId, StateRecord.HardState),
          value: encodeHardState(state.hardState),
        },
      ]);
      context.groupWritten(groupId);
    }
    return group;
  }

  async #loadLog(what: string): Promise<void> {
    let expected = this.#logStart.index + 1;
    await readOrCorrupt(what, async () => {
      // Read in batches (nextv): a host loads every group's log at start, and for-await paid a
      // promise per entry.
      const iterator = this.#context.database.raftLog.iterator({
        gte: logKey(this.groupId, 0),
        lt: groupUpperBound(this.groupId),
      });
      try {
        for (;;) {
          const batch = await iterator.nextv(LOG_LOAD_BATCH_ENTRIES);
          if (batch.length === 0) break;
          for (const [key, value] of batch) expected = this.#loadLogEntry(what, key, value, expected);
        }
      } finally {
        await iterator.close();
      }
    });
  }

  /** One stored log entry at start: checks it follows the one before, caches it; returns the next index expected. */
  #loadLogEntry(what: string, key: Uint8Array, value: Uint8Array, expected: number): number {
    const index = indexOfLogKey(key);
    if (index !== expected) {
      throw new StorageError(
        StorageErrorCode.Corrupt,
        `${what}: log entry ${index} found where ${expected} was expected (log starts after ${this.#logStart.index})`,
      );
    }
    const entry = decodeOrCorrupt(what, () => decodeEntryValue(index, value));
    this.#terms.push(index, entry.term);
    this.#cache.append([entry]);
    return expected + 1;
  }

  // ---- RaftStorage: synchronous reads ----

  initialState(): GroupInitialState {
    this.#context.assertUsable();
    return { hardState: { ...this.#hardState }, confState: cloneConfState(this.#confState) };
  }

  firstIndex(): number {
    return this.#logStart.index + 1;
  }

  lastIndex(): number {
    return this.#terms.lastIndex;
  }

  /** Term of entry `index`, for `firstIndex() - 1 <= index <= lastIndex()`. */
  term(index: number): number {
    this.#context.assertUsable();
    this.#checkRange(index, index + 1, this.#logStart.index);
    return this.#terms.term(index);
  }

  /**
   * Entries `[lo, hi)`: at least one if `lo < hi`, then as many as keep the sum of data
   * lengths within `maxBytes`.
   */
  entries(lo: number, hi: number, maxBytes?: number): Entry[] {
    this.#context.assertUsable();
    if (lo > hi) throw new StorageError(StorageErrorCode.InvalidArgument, `entries(${lo}, ${hi}): lo > hi`);
    this.#checkRange(lo, hi, this.firstIndex());
    const result: Entry[] = [];
    let bytes = 0;
    for (let index = lo; index < hi; index++) {
      const entry = this.#entryAt(index);
      bytes += entry.data.byteLength;
      if (result.length > 0 && maxBytes !== undefined && bytes > maxBytes) break;
      result.push(entry);
    }
    return result;
  }

  /**
   * The most recent snapshot built ({@link buildSnapshot}) or installed ({@link applySnapshot})
   * when it covers the compacted prefix of the log. Otherwise the empty snapshot at index 0,
   * which Raft takes as "not available yet" (it asks again later), and the callback given to
   * {@link onSnapshotWanted} is told to build one: snapshots are built when a follower needs
   * one, not at every compaction. Throws only once the store has failed or closed (the Raft
   * core calls it mid-step).
   */
  snapshot(): Snapshot {
    this.#context.assertUsable();
    const latest = this.#latestSnapshot;
    if (latest !== undefined && latest.metadata.index >= this.#logStart.index) return latest;
    this.#snapshotWanted?.();
    return { metadata: { index: 0, term: 0, confState: cloneConfState(this.#confState) }, data: EMPTY_BYTES };
  }

  /** Registers who builds a snapshot when Raft asks for one that does not exist yet. */
  onSnapshotWanted(callback: () => void): void {
    this.#snapshotWanted = callback;
  }

  // ---- writes, staged into a turn ----

  /**
   * Stages `entries` (contiguous indexes) at the end of the log. Entries below `firstIndex()`
   * are ignored; existing entries at or after the first new index are replaced — Raft's
   * conflicting suffix is truncated in the same batch as the new entries are written.
   */
  append(entries: readonly Entry[], turn: Turn): void {
    this.#assertTurn(turn);
    let newEntries = entries;
    for (let k = 1; k < newEntries.length; k++) {
      const previous = newEntries[k - 1]!;
      const entry = newEntries[k]!;
      if (entry.index !== previous.index + 1 || entry.term < previous.term) {
        throw new StorageError(
          StorageErrorCode.InvalidArgument,
          `group ${this.groupId}: appended entries must have consecutive indexes and non-decreasing terms (entry ${entry.index} term ${entry.term} follows ${previous.index} term ${previous.term})`,
        );
      }
    }
    const firstIndex = this.firstIndex();
    if (newEntries.length > 0 && newEntries[0]!.index < firstIndex) {
      newEntries = newEntries.slice(firstIndex - newEntries[0]!.index);
    }
    const first = newEntries[0];
    if (first === undefined) return;
    const oldLastIndex = this.lastIndex();
    if (first.index > oldLastIndex + 1) {
      throw new StorageError(
        StorageErrorCode.InvalidArgument,
        `group ${this.groupId}: cannot append entry ${first.index}, the log ends at ${oldLastIndex} (no holes)`,
      );
    }
    if (first.term < this.#terms.term(first.index - 1)) {
      throw new StorageError(
        StorageErrorCode.InvalidArgument,
        `group ${this.groupId}: entry ${first.index} has term ${first.term}, below term ${this.#terms.term(first.index - 1)} of the entry before it`,
      );
    }
    if (first.index <= oldLastIndex) {
      this.#terms.truncateFrom(first.index);
      this.#cache.truncateFrom(first.index);
      for (let index = first.index; index <= oldLastIndex; index++) this.#unpersisted.delete(index);
    }
    for (const entry of newEntries) {
      turn.stage({
        type: 'put',
        sublevel: 'raftLog',
        key: logKey(this.groupId, entry.index),
        value: encodeEntryValue(entry),
      });
      this.#terms.push(entry.index, entry.term);
      this.#unpersisted.set(entry.index, entry);
    }
    // The old suffix beyond the new last entry must go in the same batch: no stale tail on disk.
    for (let index = this.lastIndex() + 1; index <= oldLastIndex; index++) {
      turn.stage({ type: 'del', sublevel: 'raftLog', key: logKey(this.groupId, index) });
    }
    this.#cache.append(newEntries);
    turn.onCommitted(() => {
      for (const entry of newEntries) {
        if (this.#unpersisted.get(entry.index) === entry) this.#unpersisted.delete(entry.index);
      }
    });
    this.#context.groupWritten(this.groupId);
  }

  /**
   * Stages the hard state. Its commit index must not pass the (staged) last index. A hard state
   * that keeps term and vote is deferrable: Raft promises nothing on a commit index.
   */
  setHardState(hardState: HardState, turn: Turn): void {
    this.#assertTurn(turn);
    if (hardState.commit > this.lastIndex()) {
      throw new StorageError(
        StorageErrorCode.InvalidArgument,
        `group ${this.groupId}: hard state commit ${hardState.commit} is past the last index ${this.lastIndex()}; append the entries first`,
      );
    }
    const keepsVote = hardState.term === this.#hardState.term && hardState.vote === this.#hardState.vote;
    turn.stage(
      {
        type: 'put',
        sublevel: 'raftState',
        key: stateKey(this.groupId, StateRecord.HardState),
        value: encodeHardState(hardState),
      },
      keepsVote ? 'deferrable' : 'before-send',
    );
    this.#hardState = { term: hardState.term, vote: hardState.vote, commit: hardState.commit };
    this.#context.groupWritten(this.groupId);
  }

  /** Stages the configuration in force at the applied index (stage it when applying a conf change). */
  setConfState(confState: ConfState, turn: Turn): void {
    this.#assertTurn(turn);
    turn.stage({
      type: 'put',
      sublevel: 'raftState',
      key: stateKey(this.groupId, StateRecord.ConfState),
      value: encodeConfState(confState),
    });
    this.#confState = cloneConfState(confState);
    this.#context.groupWritten(this.groupId);
  }

  /**
   * Stages removal of every entry below `upTo`; the term of `upTo - 1` is kept, so
   * `firstIndex()` becomes `upTo`. Compacting at or below the first index does nothing.
   * Build a snapshot at or past `upTo - 1` first: followers behind the log need it.
   */
  compact(upTo: number, turn: Turn): void {
    this.#assertTurn(turn);
    const firstIndex = this.firstIndex();
    if (upTo <= firstIndex) return;
    if (upTo > this.lastIndex() + 1) {
      throw new StorageError(
        StorageErrorCode.Unavailable,
        `group ${this.groupId}: cannot compact up to ${upTo}, the log ends at ${this.lastIndex()}`,
      );
    }
    const logStart = { index: upTo - 1, term: this.#terms.term(upTo - 1) };
    for (let index = firstIndex; index < upTo; index++) {
      turn.stage({ type: 'del', sublevel: 'raftLog', key: logKey(this.groupId, index) });
      this.#unpersisted.delete(index);
    }
    turn.stage({
      type: 'put',
      sublevel: 'raftState',
      key: stateKey(this.groupId, StateRecord.LogStart),
      value: encodeLogStart(logStart),
    });
    this.#terms.dropBefore(logStart.index);
    this.#cache.dropBefore(upTo);
    this.#logStart = logStart;
    this.#context.groupWritten(this.groupId);
  }

  /**
   * Stages the install of `snapshot`, whose stream this replica has received whole
   * ({@link beginSnapshotReceive}): the log is discarded and restarts after the snapshot's
   * index, the configuration becomes the snapshot's, and the group's data switches to the `kv`
   * space the stream was staged in, with the applied index — all in the turn's one batch, so
   * a crash leaves the old state or the new, never a mix. The old space is cleared once the
   * batch is durable.
   */
  applySnapshot(snapshot: Snapshot, turn: Turn): void {
    this.#assertTurn(turn);
    const { index, term, confState } = snapshot.metadata;
    if (index <= this.#logStart.index) {
      throw new StorageError(
        StorageErrorCode.SnapshotOutOfDate,
        `group ${this.groupId}: snapshot at ${index} is not newer than the log start ${this.#logStart.index}`,
      );
    }
    const descriptor = decodeSnapshotDescriptor(snapshot.data);
    if (descriptor.appliedIndex !== index) {
      throw new StorageError(
        StorageErrorCode.BadSnapshot,
        `group ${this.groupId}: snapshot data is at applied index ${descriptor.appliedIndex} but its metadata says ${index}`,
      );
    }
    const space = this.#streams.takeCompleteReceive(descriptor.streamId);
    for (let i = this.firstIndex(); i <= this.lastIndex(); i++) {
      turn.stage({ type: 'del', sublevel: 'raftLog', key: logKey(this.groupId, i) });
    }
    const logStart = { index, term };
    turn.stage({
      type: 'put',
      sublevel: 'raftState',
      key: stateKey(this.groupId, StateRecord.LogStart),
      value: encodeLogStart(logStart),
    });
    turn.stage({
      type: 'put',
      sublevel: 'raftState',
      key: stateKey(this.groupId, StateRecord.ConfState),
      value: encodeConfState(confState),
    });
    turn.discardKvWrites(this.groupId);
    const oldSpace = this.#context.kvSpaceOf(this.groupId);
    turn.stage({ type: 'put', sublevel: 'meta', key: kvSpaceMetaKey(this.groupId), value: encodeU64(space) });
    this.#context.setKvSpace(this.groupId, space);
    turn.setApplied(this.groupId, index);
    turn.onCommitted(() => {
      this.#streams.clearSpace(oldSpace).catch(() => undefined);
    });
    this.#logStart = logStart;
    this.#terms = new TermRuns(index, term);
    this.#cache.clear();
    this.#unpersisted.clear();
    this.#confState = cloneConfState(confState);
    this.#latestSnapshot = undefined;
    this.#context.groupWritten(this.groupId);
  }

  // ---- state machine ----

  /** The applied index durable on disk (updated when a turn with `setApplied` commits). */
  appliedIndex(): number {
    return this.#appliedIndex;
  }

  /**
   * Builds a snapshot of this group's `kv` data at `index`, which must be the applied index
   * on disk once every turn committed before this call is durable. The data is read through
   * a LevelDB snapshot taken at that point, so later turns do not leak into it. The result
   * becomes what {@link snapshot} returns.
   */
  async buildSnapshot(index: number, confState: ConfState): Promise<Snapshot> {
    this.#context.assertUsable();
    this.#checkRange(index, index + 1, this.#logStart.index);
    const term = this.#terms.term(index);
    const readSnapshot = await this.#context.snapshotAfterPendingCommits();
    const what = `group ${this.groupId} snapshot`;
    try {
      const appliedBytes = await readOrCorrupt(what, () =>
        this.#context.database.meta.get(appliedIndexMetaKey(this.groupId), { snapshot: readSnapshot }),
      );
      const appliedIndex = appliedBytes ? decodeOrCorrupt(what, () => decodeU64(appliedBytes, 'applied index')) : 0;
      if (appliedIndex !== index) {
        throw new StorageError(
          StorageErrorCode.InvalidArgument,
          `group ${this.groupId}: snapshot requested at ${index} but the applied index on disk is ${appliedIndex}; snapshots are taken at the applied index`,
        );
      }
    } catch (error) {
      await readSnapshot.close();
      throw error;
    }
    const streamId = this.#streams.addSource(index, readSnapshot);
    const snapshot: Snapshot = {
      metadata: { index, term, confState: cloneConfState(confState) },
      data: encodeSnapshotDescriptor({ streamId, appliedIndex: index }),
    };
    if (this.#latestSnapshot === undefined || index >= this.#latestSnapshot.metadata.index) {
      this.#latestSnapshot = snapshot;
    }
    return snapshot;
  }

  // ---- snapshot streams ----

  /**
   * Opens the stream of a snapshot this replica built ({@link buildSnapshot}): its data, read
   * in chunks of about `chunkBytes` from the consistent read taken when it was built.
   */
  openSnapshotStream(snapshot: Snapshot, chunkBytes: number): Promise<SnapshotStream> {
    this.#context.assertUsable();
    return this.#streams.open(decodeSnapshotDescriptor(snapshot.data).streamId, chunkBytes);
  }

  /** Starts receiving `snapshot`'s stream into the spare `kv` space (cleared first; a receive in progress is dropped). */
  beginSnapshotReceive(snapshot: Snapshot): Promise<void> {
    this.#context.assertUsable();
    return this.#streams.beginReceive(decodeSnapshotDescriptor(snapshot.data).streamId);
  }

  /** Stages the next chunk of `snapshot`'s stream, durably; `last` completes the receive. */
  writeSnapshotChunk(snapshot: Snapshot, chunk: Uint8Array, last: boolean): Promise<void> {
    this.#context.assertUsable();
    return this.#streams.writeChunk(decodeSnapshotDescriptor(snapshot.data).streamId, chunk, last);
  }

  /** Whether `snapshot`'s stream was received whole, so {@link applySnapshot} can install it. */
  hasReceivedSnapshot(snapshot: Snapshot): boolean {
    try {
      return this.#streams.hasCompleteReceive(decodeSnapshotDescriptor(snapshot.data).streamId);
    } catch {
      return false;
    }
  }

  /** Whether a snapshot was received whole and waits for {@link applySnapshot}: no other receive may begin. */
  hasSnapshotAwaitingInstall(): boolean {
    return this.#streams.hasAnyCompleteReceive;
  }

  /** Forgets a snapshot received whole that Raft did not install (it was stale). */
  discardReceivedSnapshot(): void {
    this.#streams.discardReceive();
  }

  /** Bytes staged of the snapshot being received, if any (progress). */
  snapshotReceivedBytes(): number | undefined {
    return this.#streams.receivedBytes;
  }

  /**
   * The index of the oldest snapshot being streamed to a follower, if any: the log must keep
   * the entries after it, or the follower would need another snapshot once this one is in.
   */
  oldestStreamedSnapshotIndex(): number | undefined {
    return this.#streams.oldestStreamedIndex;
  }

  /** Deletes what the spare `kv` space holds (left by a receive a crash interrupted). */
  clearSpareKvSpace(): Promise<void> {
    return this.#streams.clearSpace(this.#streams.spareSpace());
  }

  /** @internal Releases the consistent reads of snapshot streams (the store closes). */
  closeSnapshotStreams(): void {
    this.#streams.closeAll();
  }

  /** @internal Called by the store when a turn carrying this group's applied index commits. */
  appliedIndexCommitted(index: number): void {
    this.#appliedIndex = index;
  }

  /** Bytes and entries held by the tail cache (for status and tests). */
  cacheStatistics(): { entries: number; bytes: number; firstIndex: number | undefined } {
    return { entries: this.#cache.size, bytes: this.#cache.bytes, firstIndex: this.#cache.firstIndex };
  }

  #entryAt(index: number): Entry {
    const cached = this.#cache.get(index) ?? this.#unpersisted.get(index);
    if (cached !== undefined) return cached;
    const what = `group ${this.groupId} entry ${index}`;
    let value: Uint8Array | undefined;
    try {
      value = this.#context.database.raftLog.getSync(logKey(this.groupId, index));
    } catch (error) {
      throw translateReadError(error, what);
    }
    if (value === undefined) {
      throw new StorageError(
        StorageErrorCode.Corrupt,
        `${what} is missing on disk although the log spans ${this.firstIndex()}..${this.lastIndex()}`,
      );
    }
    return decodeOrCorrupt(what, () => decodeEntryValue(index, value));
  }

  /** Throws COMPACTED below `lowest` and UNAVAILABLE when `hi - 1` is past the last index. */
  #checkRange(lo: number, hi: number, lowest: number): void {
    if (lo < lowest) {
      throw new StorageError(
        StorageErrorCode.Compacted,
        `group ${this.groupId}: index ${lo} is compacted (log starts at ${this.firstIndex()})`,
      );
    }
    if (hi > this.lastIndex() + 1) {
      throw new StorageError(
        StorageErrorCode.Unavailable,
        `group ${this.groupId}: index ${hi - 1} is past the last index ${this.lastIndex()}`,
      );
    }
  }

  #assertTurn(turn: Turn): void {
    this.#context.assertUsable();
    if (!turn.belongsTo(this.#context)) {
      throw new StorageError(StorageErrorCode.InvalidArgument, 'the turn belongs to another node store');
    }
  }
}

async function readOrCorrupt<T>(what: string, read: () => Promise<T>): Promise<T> {
  try {
    return await read();
  } catch (error) {
    throw translateReadError(error, what);
  }
}

function readSyncOrCorrupt<T>(what: string, read: () => T): T {
  try {
    return read();
  } catch (error) {
    throw translateReadError(error, what);
  }
}

function decodeOrCorrupt<T>(what: string, decode: () => T): T {
  try {
    return decode();
  } catch (error) {
    if (error instanceof StorageError) throw error;
    throw new StorageError(StorageErrorCode.Corrupt, `${what}: a record does not decode (${String(error)})`, {
      cause: error,
    });
  }
}
