import { randomInt } from 'node:crypto';
import type { RegionDescriptor } from '@flintkv/pd';
import type { NodeStore } from '@flintkv/storage';
import type { GroupAnswers } from '../group/group-answers.js';
import type { ClientWaiter } from '../group/pending-requests.js';

/** Chunk size of an export whose request names none. */
export const DEFAULT_EXPORT_CHUNK_BYTES = 1024 * 1024;
/** Largest chunk a request may ask for: one answer is one frame (16 MiB at most). */
export const MAX_EXPORT_CHUNK_BYTES = 4 * 1024 * 1024;
/** An export nobody asked a chunk of for this long is closed: its client went away. */
export const EXPORT_IDLE_MS = 60_000;
/** Exports one region keeps open at once; an open beyond it is refused SERVER_BUSY. */
export const MAX_EXPORTS_PER_REGION = 4;

/** What {@link RegionExports} needs of its region. */
export interface ExportedRegion {
  readonly groupId: number;
  readonly store: NodeStore;
  readonly answers: GroupAnswers;
  /** The applied index the data on disk holds now (between turns). */
  appliedIndex(): number;
  /** The region's descriptor as of {@link appliedIndex}. */
  descriptor(): RegionDescriptor | undefined;
  now(): number;
}

interface OpenExport {
  readonly appliedIndex: number;
  readonly region: RegionDescriptor;
  readonly stream: { next(): Promise<Uint8Array | undefined>; close(): Promise<void> };
  /** The position of the last chunk answered, and that chunk: a retried request gets it again. */
  position: number;
  last: { chunk: Uint8Array; done: boolean } | undefined;
  /** A chunk is being read: a request for the next one waits for it. */
  reading: Promise<void>;
  usedAt: number;
}

/**
 * The exports (backups) of one region: each a consistent view of the region's stored pairs,
 * taken between turns at the applied index, read a chunk per client request. Only the view is
 * held while a client pulls — no log, no write is held back — so a backup costs writes
 * nothing beyond the moment the view is taken.
 *
 * An open is asked after a read index round (the region's reads), so the view holds every
 * write acknowledged before the open arrived. Positions make a retried request harmless: the
 * last chunk is kept and answered again when asked again.
 */
export class RegionExports {
  private readonly opening: Array<{ waiter: ClientWaiter; chunkBytes: number }> = [];
  private readonly exports = new Map<number, OpenExport>();

  constructor(private readonly region: ExportedRegion) {}

  /** Whether anything waits or is open (a region with an export is not idle). */
  get busy(): boolean {
    return this.opening.length > 0 || this.exports.size > 0;
  }

  /** Whether an open waits for its view (taken at the next {@link betweenTurns}). */
  get opensPending(): boolean {
    return this.opening.length > 0;
  }

  /** A confirmed open: the view is taken at the next {@link betweenTurns}. */
  queueOpen(waiter: ClientWaiter, chunkBytes: number): void {
    this.opening.push({ waiter, chunkBytes });
  }

  /** Chunk `position` of export `streamId`: the next chunk, or the last one again. */
  next(waiter: ClientWaiter, streamId: number, position: number): void {
    const open = this.exports.get(streamId);
    const { answers } = this.region;
    if (open === undefined) {
      answers.fail(waiter, {
        code: 'INVALID_ARGUMENT',
        message: `FLINT_EXPORT_UNKNOWN: region ${this.region.groupId} has no export ${streamId} on this node (closed after ${EXPORT_IDLE_MS / 1000} s idle, or the node restarted); start the region's export over`,
      });
      return;
    }
    open.usedAt = this.region.now();
    open.reading = open.reading.then(async () => {
      if (position === open.position && open.last !== undefined) {
        this.answer(waiter, streamId, open);
        return;
      }
      if (position !== open.position + 1 || open.last?.done === true) {
        answers.fail(waiter, {
          code: 'INVALID_ARGUMENT',
          message: `FLINT_EXPORT_POSITION: export ${streamId} of region ${this.region.groupId} is at chunk ${open.position}${open.last?.done === true ? ' (done)' : ''}, chunk ${position} was asked`,
        });
        return;
      }
      await this.readNext(waiter, streamId, open);
    });
  }

  /** Opens the views of the confirmed opens: between turns, the disk holds the applied index. */
  betweenTurns(): void {
    if (this.opening.length === 0) return;
    const opening = this.opening.splice(0);
    const region = this.region.descriptor();
    const { answers } = this.region;
    for (const { waiter, chunkBytes } of opening) {
      if (region === undefined) {
        answers.fail(waiter, { code: 'REGION_NOT_FOUND', message: `region ${this.region.groupId} has no data here` });
        continue;
      }
      // One read to its end holds no view any more; it is kept only to answer its end again.
      const reading = [...this.exports.values()].filter((open) => open.last?.done !== true).length;
      if (reading >= MAX_EXPORTS_PER_REGION) {
        answers.fail(waiter, {
          code: 'SERVER_BUSY',
          message: `region ${this.region.groupId} has ${reading} exports open; retry shortly`,
          retryAfterMs: 1000,
        });
        continue;
      }
      // Random, not counted: an id asked for after a restart must not name another client's export.
      const streamId = randomInt(1, 2 ** 47);
      const open: OpenExport = {
        appliedIndex: this.region.appliedIndex(),
        region,
        // Taken now, synchronously: the iterator's implicit snapshot is the view.
        stream: this.region.store.kvExport(this.region.groupId, chunkBytes),
        position: -1,
        last: undefined,
        reading: Promise.resolve(),
        usedAt: this.region.now(),
      };
      this.exports.set(streamId, open);
      open.reading = this.readNext(waiter, streamId, open);
    }
  }

  /** Closes exports idle for {@link EXPORT_IDLE_MS}: their client went away, or read them to the end. */
  tick(now: number): void {
    for (const [streamId, open] of this.exports) {
      if (now - open.usedAt >= EXPORT_IDLE_MS) this.close(streamId, open);
    }
  }

  /** The region leaves this node, or the host stops: every view is released. */
  closeAll(): void {
    for (const [streamId, open] of this.exports) this.close(streamId, open);
    for (const { waiter } of this.opening.splice(0)) this.region.answers.failNotLeader(waiter);
  }

  private async readNext(waiter: ClientWaiter, streamId: number, open: OpenExport): Promise<void> {
    try {
      const chunk = await open.stream.next();
      open.position++;
      open.last = { chunk: chunk ?? new Uint8Array(0), done: chunk === undefined };
      // The end is answered once more if asked again; the view itself is no longer needed.
      if (chunk === undefined) await open.stream.close();
      this.answer(waiter, streamId, open);
    } catch (error) {
      this.close(streamId, open);
      this.region.answers.fail(waiter, { code: 'INTERNAL', message: `export failed: ${String(error)}` });
    }
  }

  private answer(waiter: ClientWaiter, streamId: number, open: OpenExport): void {
    this.region.answers.answer(waiter, {
      type: 'exportRegion',
      streamId,
      position: open.position,
      appliedIndex: open.appliedIndex,
      region: { ...open.region, leader: 0 },
      chunk: open.last!.chunk,
      done: open.last!.done,
    });
  }

  private close(streamId: number, open: OpenExport): void {
    this.exports.delete(streamId);
    void open.stream.close().catch(() => undefined);
  }
}
