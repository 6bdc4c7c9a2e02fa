import type { RegionDescriptor } from '@flintkv/pd';
import type { WriteCommand } from '@flintkv/proto';
import { type ProposalStamp, packOwned, unpackBytes } from '../group/stored-encoding.js';

/**
 * The commands a region's Raft log carries. Their durable form (a format version byte, then
 * msgpack) is `../log-entry-codec.ts`; session results use the plain msgpack encoding of
 * `../group/stored-encoding.ts`.
 */

/** A client's session position: the same (client, sequence) is applied at most once. */
export interface SessionPosition {
  clientId: string;
  sequence: number;
  /**
   * The client's lowest write still waiting for an answer: results below it may be forgotten.
   * Absent in entries of clients that do not say it (and in entries written before it existed).
   */
  firstIncomplete?: number;
}

/**
 * A split of the region at `splitKey`, proposed by its leader: the region keeps the keys below
 * it and region `newRegionId` takes the rest (`region-split.ts`). Applied only if the region's
 * range version is still `version`, so a split proposed before another one landed is refused.
 */
export interface SplitOperation {
  type: 'split';
  splitKey: Uint8Array;
  newRegionId: number;
  version: number;
}

/**
 * The first step of a merge into the region that follows (`region-merge.ts`): the region
 * freezes (no read or write is served from then on) if its epoch is still `version` and
 * `confVersion`. Its state is then fixed, and its leader hands it to the next region.
 */
export interface PrepareMergeOperation {
  type: 'prepare-merge';
  version: number;
  confVersion: number;
}

/**
 * The second step, in the log of the region that follows the frozen `source`: it absorbs the
 * source's whole state (`records`: user data, session results, clock) and range, unless it
 * absorbed it already (`absorbed` of the source: the regions the source had absorbed itself).
 */
export interface CommitMergeOperation {
  type: 'commit-merge';
  source: RegionDescriptor;
  absorbed: number[];
  records: { key: Uint8Array; value: Uint8Array }[];
}

/** What one log entry of a region does: a client's write, or a change of the region itself. */
export type KvOperation = WriteCommand | SplitOperation | PrepareMergeOperation | CommitMergeOperation;

/** One log entry's payload. */
export interface KvCommand {
  stamp: ProposalStamp;
  session: SessionPosition | null;
  /** The client's write as the request carried it, or a split. */
  operation: KvOperation;
}

/** The outcome of a write; what a retried request is answered with. */
export type KvWriteResult =
  | { kind: 'put' }
  | { kind: 'delete'; existed: boolean }
  | { kind: 'cas'; succeeded: boolean; current: Uint8Array | null }
  | { kind: 'batch' };

export function encodeWriteResult(result: KvWriteResult): Uint8Array {
  return packOwned(result);
}

export function decodeWriteResult(bytes: Uint8Array): KvWriteResult {
  return unpackBytes(bytes) as KvWriteResult;
}

/** Stored keys a command reads before it writes (prefetched so apply stays synchronous). */
export function keysReadBy(operation: KvOperation): Uint8Array[] {
  switch (operation.type) {
    case 'put':
    case 'batch':
    case 'split':
    case 'prepare-merge':
    case 'commit-merge':
      return [];
    case 'delete':
    case 'compareAndSwap':
      return [operation.key];
  }
}
