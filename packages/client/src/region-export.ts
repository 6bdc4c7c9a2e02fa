import type { Result } from '@flintkv/proto';
import type { RegionInfo } from './route-cache.js';

/**
 * A region's stored pairs at one applied index, as {@link FlintClient.exportRegion} streams
 * them from the node that opened the export. The view was taken after a read index round, so
 * it holds every write acknowledged before the export was asked for.
 */
export interface RegionExport {
  /** The node whose replica is read (the region's leader when the export opened). */
  readonly nodeId: number;
  /** The applied index the whole stream was read at. */
  readonly appliedIndex: number;
  /** The region as of {@link appliedIndex}. */
  readonly region: RegionInfo;
  /**
   * The chunks, in key order, each `(u32 key length | key | u32 value length | value)*` of the
   * region's stored pairs (user keys are `0x01 ‖ key`; `0x00`-prefixed keys are the region's own
   * records). Iterate once; one chunk is in memory at a time.
   */
  chunks(): AsyncIterable<Uint8Array>;
}

type ExportAnswer = Extract<Result, { type: 'exportRegion' }>;

/** Asks for one chunk: `streamId` 0 opens the export at the leader; else the node `nodeId` is asked. */
export type ExportCall = (
  command: { streamId: number; position: number; chunkBytes: number },
  nodeId: number | undefined,
) => Promise<{ answer: ExportAnswer; nodeId: number }>;

/** Opens an export and returns it with its first chunk in hand. */
export async function openRegionExport(call: ExportCall, chunkBytes: number): Promise<RegionExport> {
  const { answer: first, nodeId } = await call({ streamId: 0, position: 0, chunkBytes }, undefined);
  const { streamId, appliedIndex, region } = first;
  let iterated = false;
  return {
    nodeId,
    appliedIndex,
    region,
    async *chunks() {
      if (iterated) throw new Error('the chunks of a region export are iterated once');
      iterated = true;
      let answer = first;
      while (!answer.done) {
        yield answer.chunk;
        // The same position is answered again when a retry follows a lost answer.
        ({ answer } = await call({ streamId, position: answer.position + 1, chunkBytes }, nodeId));
      }
    },
  };
}
