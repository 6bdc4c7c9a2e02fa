import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PayloadError } from './errors.js';
import { FrameKind } from './frame.js';
import { makeMessage, MessageType } from './raft-types.js';
import {
  decodeSnapshotChunk,
  encodeSnapshotChunk,
  encodeSnapshotChunkFrame,
  SnapshotAssembler,
  splitSnapshotMessage,
} from './snapshot-chunk.js';
import * as arbitrary from './test-support/arbitraries.js';
import { decodeFrameForTest } from './test-support/frames.js';

describe('snapshot streaming', () => {
  it('splits, encodes, decodes and reassembles to the original MSG_SNAPSHOT message', () => {
    fc.assert(
      fc.property(arbitrary.message(MessageType.Snapshot), fc.integer({ min: 1, max: 100 }), (message, chunkBytes) => {
        const chunks = splitSnapshotMessage(message, chunkBytes);
        expect(chunks.filter((chunk) => chunk.last)).toHaveLength(1);
        const assembler = new SnapshotAssembler();
        let result: ReturnType<SnapshotAssembler['push']>;
        for (const chunk of chunks) {
          const frame = decodeFrameForTest(encodeSnapshotChunkFrame(7, chunk));
          expect(frame.kind).toBe(FrameKind.SNAPSHOT_CHUNK);
          result = assembler.push(decodeSnapshotChunk(frame.payload));
        }
        expect(result).toEqual(message);
      }),
      { numRuns: 200 },
    );
  });

  it('rejects a chunk that skips ahead, and recovers when the sender restarts from offset 0', () => {
    const data = new Uint8Array(30).map((_, index) => index);
    const message = makeMessage({
      type: MessageType.Snapshot,
      to: 2,
      from: 1,
      snapshot: {
        metadata: {
          index: 10,
          term: 2,
          confState: { voters: [1, 2, 3], learners: [], votersOutgoing: [], learnersNext: [], autoLeave: false },
        },
        data,
      },
    });
    const chunks = splitSnapshotMessage(message, 10).map((chunk) => decodeSnapshotChunk(encodeSnapshotChunk(chunk)));
    const assembler = new SnapshotAssembler();
    assembler.push(chunks[0]!);
    expect(() => assembler.push(chunks[2]!)).toThrow(PayloadError);
    expect(() => assembler.push(chunks[1]!)).toThrow(PayloadError);
    for (const chunk of chunks.slice(0, 2)) expect(assembler.push(chunk)).toBeUndefined();
    expect(assembler.push(chunks[2]!)).toEqual(message);
  });

  it('refuses a snapshot announced larger than its limit before allocating it', () => {
    const message = makeMessage({
      type: MessageType.Snapshot,
      to: 2,
      from: 1,
      snapshot: {
        metadata: {
          index: 1,
          term: 1,
          confState: { voters: [], learners: [], votersOutgoing: [], learnersNext: [], autoLeave: false },
        },
        data: new Uint8Array(0),
      },
    });
    const [first] = splitSnapshotMessage(message);
    const assembler = new SnapshotAssembler({ maxSnapshotBytes: 1000 });
    expect(() => assembler.push({ ...first!, totalBytes: 2 ** 50, last: false })).toThrowError(
      expect.objectContaining({ code: 'FLINT_PAYLOAD_INVALID' }),
    );
  });

  it('refuses to split a message that is not a snapshot', () => {
    expect(() => splitSnapshotMessage(makeMessage({ type: MessageType.Append, to: 1, from: 2 }))).toThrow(PayloadError);
  });
});
