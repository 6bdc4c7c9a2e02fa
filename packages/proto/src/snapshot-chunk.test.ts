import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PayloadError } from './errors.js';
import { FrameKind } from './frame.js';
import { MessageType } from './raft-types.js';
import {
  decodeSnapshotAck,
  decodeSnapshotChunk,
  encodeSnapshotAckFrame,
  encodeSnapshotChunk,
  encodeSnapshotChunkFrame,
  type SnapshotAck,
  type SnapshotChunk,
} from './snapshot-chunk.js';
import * as arbitrary from './test-support/arbitraries.js';
import { decodeFrameForTest } from './test-support/frames.js';

const u53 = fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER });

describe('snapshot streaming', () => {
  it('a chunk survives a SNAPSHOT_CHUNK frame, with the MSG_SNAPSHOT message on the first', () => {
    fc.assert(
      fc.property(
        arbitrary.message(MessageType.Snapshot),
        u53,
        fc.uint8Array({ maxLength: 300 }),
        fc.boolean(),
        (message, offset, data, last) => {
          const chunk: SnapshotChunk = {
            snapshotIndex: message.snapshot?.metadata.index ?? 0,
            snapshotTerm: message.snapshot?.metadata.term ?? 0,
            from: message.from,
            to: message.to,
            offset,
            totalBytes: offset,
            last,
            data,
            ...(offset === 0 ? { message } : {}),
          };
          const frame = decodeFrameForTest(encodeSnapshotChunkFrame(7, chunk));
          expect(frame.kind).toBe(FrameKind.SNAPSHOT_CHUNK);
          expect(frame.group).toBe(7);
          expect(decodeSnapshotChunk(frame.payload)).toEqual(chunk);
          expect(decodeSnapshotChunk(encodeSnapshotChunk(chunk))).toEqual(chunk);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('an acknowledgement survives a SNAPSHOT_ACK frame, refusals with their reason', () => {
    fc.assert(
      fc.property(u53, u53, u53, fc.boolean(), fc.string(), (index, term, offset, refused, reason) => {
        const ack: SnapshotAck = { snapshotIndex: index, snapshotTerm: term, from: 3, to: 1, offset, refused, reason };
        const frame = decodeFrameForTest(encodeSnapshotAckFrame(9, ack));
        expect(frame.kind).toBe(FrameKind.SNAPSHOT_ACK);
        expect(frame.group).toBe(9);
        expect(decodeSnapshotAck(frame.payload)).toEqual(ack);
      }),
      { numRuns: 200 },
    );
  });

  it('garbage is refused with a PayloadError, not a crash', () => {
    expect(() => decodeSnapshotAck(Uint8Array.of(0xff, 0xff, 0xff))).toThrow(PayloadError);
    expect(() => decodeSnapshotChunk(Uint8Array.of(0x0a, 0xff))).toThrow(PayloadError);
  });
});
