import { randomInt } from 'node:crypto';
import type { AbstractSnapshot } from 'abstract-level';
import { plainBytes } from './bytes.js';
import { StorageError, StorageErrorCode, translateReadError } from './errors.js';
import { GROUP_PREFIX_BYTES, groupPrefix, groupUpperBound, kvKey, otherKvSpace } from './keys.js';
import { decodeSnapshotChunk, encodeSnapshotChunk, pairBytes } from './snapshot-data.js';
import type { StoreContext } from './store-context.js';
import type { StagedOperation } from './turn.js';

/**
 * Snapshot streams of one group: the consistent reads a leader streams to followers, and the
 * stream a follower stages into its spare `kv` space until the snapshot is installed
 * (`SPARE_KV_SPACE_OFFSET` in `keys.ts`). Memory never holds more than one chunk of either.
 */

/** A snapshot's data read in chunks from the consistent read it was built from. */
export interface SnapshotStream {
  /** The sender's estimate of the stream's size (LevelDB's approximate size; 0 when unknown). */
  readonly estimatedBytes: number;
  /** The next chunk (at least one pair, about `chunkBytes`); `undefined` after the last. */
  next(): Promise<Uint8Array | undefined>;
  /** Ends the stream early or after its end; releases the consistent read when no stream uses it. */
  close(): Promise<void>;
}

interface SnapshotSource {
  readonly index: number;
  readonly space: number;
  readonly read: AbstractSnapshot;
  streams: number;
  /** A newer snapshot replaced this one: close it once its last stream ends. */
  retired: boolean;
}

interface SnapshotReceive {
  readonly streamId: number;
  readonly space: number;
  bytes: number;
  complete: boolean;
}

/** Pairs read from LevelDB per iterator call while filling a chunk. */
const PAIRS_PER_READ = 256;

/** What {@link chunkedPairs} reads from: a `kv` iterator over one group space. */
interface PairIterator {
  nextv(size: number): Promise<Array<[Uint8Array, Uint8Array]>>;
  close(): Promise<void>;
}

/**
 * Cuts the pairs of `iterator` (keys with their group prefix) into snapshot chunks of about
 * `chunkBytes`, at least one pair each; the keys in a chunk are the group's own, without the
 * prefix. Shared by snapshot streams and region exports, which differ only in their view.
 */
export function chunkedPairs(
  iterator: PairIterator,
  chunkBytes: number,
  what: string,
): { next(): Promise<Uint8Array | undefined>; close(): Promise<void> } {
  let pending: Array<[Uint8Array, Uint8Array]> = [];
  let ended = false;
  let closed = false;
  return {
    next: async () => {
      if (closed) throw new StorageError(StorageErrorCode.Closed, `${what} is closed`);
      const chunk: Array<[Uint8Array, Uint8Array]> = [];
      let bytes = 0;
      while (bytes < chunkBytes) {
        if (pending.length === 0) {
          if (ended) break;
          try {
            const entries = await iterator.nextv(PAIRS_PER_READ);
            // Only an empty answer is the end: nextv may return fewer pairs than asked before
            // it (classic-level stops a read at its highWaterMarkBytes, 16 KiB, so with 16 KiB
            // values every read returns one or two).
            if (entries.length === 0) ended = true;
            pending = entries.map(([key, value]) => [plainBytes(key.subarray(GROUP_PREFIX_BYTES)), plainBytes(value)]);
          } catch (error) {
            throw translateReadError(error, what);
          }
          if (pending.length === 0) break;
        }
        const pair = pending.shift()!;
        chunk.push(pair);
        bytes += pairBytes(pair[0], pair[1]);
      }
      return chunk.length === 0 ? undefined : encodeSnapshotChunk(chunk);
    },
    close: async () => {
      if (closed) return;
      closed = true;
      await iterator.close().catch(() => undefined);
    },
  };
}

export class SnapshotStreams {
  readonly #sources = new Map<number, SnapshotSource>();
  #receive: SnapshotReceive | undefined;
  /** Clears of spare spaces in progress: a new receive into that space waits for them. */
  readonly #clearing = new Map<number, Promise<void>>();

  constructor(
    private readonly context: StoreContext,
    private readonly groupId: number,
  ) {}

  /** Keeps `read` (taken at applied index `index`) as the source of a new stream id; older sources retire. */
  addSource(index: number, read: AbstractSnapshot): number {
    const streamId = randomInt(1, 2 ** 47);
    for (const [id, source] of this.#sources) {
      source.retired = true;
      if (source.streams === 0) this.#closeSource(id);
    }
    this.#sources.set(streamId, {
      index,
      space: this.context.kvSpaceOf(this.groupId),
      read,
      streams: 0,
      retired: false,
    });
    return streamId;
  }

  /** The lowest index of a snapshot being streamed now, if any. */
  get oldestStreamedIndex(): number | undefined {
    let oldest: number | undefined;
    for (const source of this.#sources.values()) {
      if (source.streams > 0 && (oldest === undefined || source.index < oldest)) oldest = source.index;
    }
    return oldest;
  }

  /** Opens a stream of the data behind `streamId`; FLINT_STORAGE_SNAPSHOT_OUT_OF_DATE when it was released. */
  async open(streamId: number, chunkBytes: number): Promise<SnapshotStream> {
    const source = this.#sources.get(streamId);
    if (source === undefined) {
      throw new StorageError(
        StorageErrorCode.SnapshotOutOfDate,
        `group ${this.groupId}: snapshot stream ${streamId} is no longer available; a newer snapshot replaced it`,
      );
    }
    const { kv, level } = this.context.database;
    const lower = groupPrefix(source.space);
    const upper = groupUpperBound(source.space);
    let estimatedBytes = 0;
    try {
      estimatedBytes = await level.approximateSize(kv.prefixKey(lower, 'view'), kv.prefixKey(upper, 'view'));
    } catch {
      // Progress only; the stream works without it.
    }
    source.streams++;
    // A read may hold about a chunk (classic-level's default, 16 KiB, is one or two large values
    // a read). The option is classic-level's; the sublevel passes it through.
    const options = { gte: lower, lt: upper, snapshot: source.read, highWaterMarkBytes: chunkBytes };
    const chunks = chunkedPairs(kv.iterator(options), chunkBytes, `group ${this.groupId} snapshot stream`);
    let closed = false;
    return {
      estimatedBytes,
      next: () => chunks.next(),
      close: async () => {
        if (closed) return;
        closed = true;
        await chunks.close();
        source.streams--;
        if (source.retired && source.streams === 0) this.#closeSource(streamId);
      },
    };
  }

  #closeSource(streamId: number): void {
    const source = this.#sources.get(streamId);
    if (source === undefined) return;
    this.#sources.delete(streamId);
    void source.read.close().catch(() => undefined);
  }

  /** Starts receiving stream `streamId` into the spare space, cleared first; a receive in progress is dropped. */
  async beginReceive(streamId: number): Promise<void> {
    const space = this.spareSpace();
    this.#receive = undefined;
    await this.clearSpace(space);
    this.#receive = { streamId, space, bytes: 0, complete: false };
  }

  /**
   * Stages one chunk in the spare space, in one synced batch; resolves once it is durable. The
   * batch goes through the store's write chain: a failed one stops the store like a failed turn.
   */
  async writeChunk(streamId: number, chunk: Uint8Array, last: boolean): Promise<void> {
    const receive = this.#expectReceive(streamId, false);
    const operations: StagedOperation[] = decodeSnapshotChunk(chunk).map(([key, value]) => ({
      type: 'put',
      sublevel: 'kv',
      key: kvKey(receive.space, key),
      value,
    }));
    try {
      await this.context.commit(operations);
    } catch (error) {
      this.#receive = undefined;
      throw error;
    }
    receive.bytes += chunk.byteLength;
    if (last) receive.complete = true;
  }

  /** The space a complete receive of `streamId` was staged in; throws when there is none. */
  takeCompleteReceive(streamId: number): number {
    const receive = this.#expectReceive(streamId, true);
    this.#receive = undefined;
    return receive.space;
  }

  /** Whether stream `streamId` has been received whole (its snapshot can be installed). */
  hasCompleteReceive(streamId: number): boolean {
    return this.#receive?.streamId === streamId && this.#receive.complete;
  }

  /** Whether a stream was received whole and waits to be installed. */
  get hasAnyCompleteReceive(): boolean {
    return this.#receive?.complete === true;
  }

  /** Forgets a receive (Raft did not install it); its staged data is cleared by the next receive. */
  discardReceive(): void {
    this.#receive = undefined;
  }

  /** Bytes staged of the receive in progress, if any. */
  get receivedBytes(): number | undefined {
    return this.#receive?.bytes;
  }

  #expectReceive(streamId: number, complete: boolean): SnapshotReceive {
    const receive = this.#receive;
    if (receive === undefined || receive.streamId !== streamId || (complete && !receive.complete)) {
      throw new StorageError(
        StorageErrorCode.BadSnapshot,
        `group ${this.groupId}: snapshot stream ${streamId} was not ${complete ? 'received whole' : 'begun'} on this replica`,
      );
    }
    return receive;
  }

  /** The space not holding the group's data now. */
  spareSpace(): number {
    return otherKvSpace(this.groupId, this.context.kvSpaceOf(this.groupId));
  }

  /** Deletes every key of `space` (batches between the turns' writes); one clear per space at a time. */
  clearSpace(space: number): Promise<void> {
    const previous = this.#clearing.get(space) ?? Promise.resolve();
    const clearing = previous.then(() =>
      this.context.clearRange('kv', { gte: groupPrefix(space), lt: groupUpperBound(space) }),
    );
    const settled = clearing.finally(() => {
      if (this.#clearing.get(space) === settled) this.#clearing.delete(space);
    });
    this.#clearing.set(
      space,
      settled.catch(() => undefined),
    );
    return clearing;
  }

  /** Closes every consistent read (the store closes). */
  closeAll(): void {
    for (const id of [...this.#sources.keys()]) this.#closeSource(id);
  }
}
