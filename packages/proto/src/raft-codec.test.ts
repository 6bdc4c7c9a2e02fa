import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PayloadError } from './errors.js';
import { decodeFrameForTest } from './test-support/frames.js';
import {
  decodeConfState,
  decodeEntry,
  decodeHardState,
  decodeRaftMessage,
  decodeSnapshotMetadata,
  encodeConfState,
  encodeEntry,
  encodeHardState,
  encodeRaftMessage,
  encodeRaftMessageFrame,
  encodeSnapshotMetadata,
} from './raft-codec.js';
import { FrameKind } from './frame.js';
import { EntryType, makeMessage, MessageType } from './raft-types.js';
import * as arbitrary from './test-support/arbitraries.js';

describe('raft message codec', () => {
  it.each(arbitrary.ALL_MESSAGE_TYPES.map((type) => [MessageType[type], type] as const))(
    'round-trips every field of a %s message',
    (_name, type) => {
      fc.assert(
        fc.property(arbitrary.message(type), (message) => {
          expect(decodeRaftMessage(encodeRaftMessage(message))).toEqual(message);
        }),
        { numRuns: 100 },
      );
    },
  );

  it('decodes empty bytes to a complete message with every default filled', () => {
    expect(decodeRaftMessage(new Uint8Array(0))).toEqual(makeMessage({ type: MessageType.Append, to: 0, from: 0 }));
  });

  it('decodes 64-bit fields as plain numbers, never Long objects', () => {
    const message = makeMessage({ type: MessageType.Heartbeat, to: 2 ** 40, from: 1, term: Number.MAX_SAFE_INTEGER });
    const decoded = decodeRaftMessage(encodeRaftMessage(message));
    expect(typeof decoded.to).toBe('number');
    expect(typeof decoded.commit).toBe('number');
    expect(decoded.term).toBe(Number.MAX_SAFE_INTEGER);
  });

  it('decodes byte fields as plain Uint8Array views, not Node Buffers', () => {
    const message = makeMessage({ type: MessageType.ReadIndex, to: 1, from: 2, context: new Uint8Array([7, 8]) });
    const decoded = decodeRaftMessage(encodeRaftMessage(message));
    expect(Object.getPrototypeOf(decoded.context)).toBe(Uint8Array.prototype);
  });

  it('returns bytes that own their ArrayBuffer, safe to transfer to a worker', () => {
    const encoded = encodeRaftMessage(makeMessage({ type: MessageType.Heartbeat, to: 2, from: 1 }));
    expect(encoded.buffer.byteLength).toBe(encoded.byteLength);
    const frame = encodeRaftMessageFrame(1, makeMessage({ type: MessageType.Heartbeat, to: 2, from: 1 }));
    expect(frame.buffer.byteLength).toBe(frame.byteLength);
  });

  it('rejects a term beyond 2^53 rather than rounding it', () => {
    // field 4 (term), varint 2^53 = 0x20000000000000
    const bytes = Uint8Array.from([0x20, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x10]);
    expect(() => decodeRaftMessage(bytes)).toThrow(PayloadError);
  });

  it('rejects an unknown message type', () => {
    expect(() => decodeRaftMessage(Uint8Array.from([0x08, 99]))).toThrowError(
      expect.objectContaining({ code: 'FLINT_PAYLOAD_INVALID' }),
    );
  });

  it('rejects truncated input with a PayloadError', () => {
    const bytes = encodeRaftMessage(
      makeMessage({
        type: MessageType.Append,
        to: 1,
        from: 2,
        entries: [{ term: 1, index: 1, type: 0, data: new Uint8Array(10) }],
      }),
    );
    for (let cut = 1; cut < bytes.byteLength; cut++) {
      try {
        decodeRaftMessage(bytes.subarray(0, cut));
      } catch (error) {
        expect(error).toBeInstanceOf(PayloadError);
      }
    }
  });

  it('refuses to encode an unsafe or negative integer', () => {
    const message = makeMessage({ type: MessageType.Vote, to: -1, from: 1 });
    expect(() => encodeRaftMessage(message)).toThrowError(
      expect.objectContaining({ code: 'FLINT_PAYLOAD_UNENCODABLE' }),
    );
    expect(() => encodeRaftMessage({ ...message, to: 1, term: 2 ** 53 })).toThrow(PayloadError);
  });

  it('puts a message straight into a RAFT_MESSAGE frame that decodes back', () => {
    fc.assert(
      fc.property(arbitrary.message(), fc.nat({ max: 0xffff_ffff }), (message, group) => {
        const frame = decodeFrameForTest(encodeRaftMessageFrame(group, message));
        expect(frame.kind).toBe(FrameKind.RAFT_MESSAGE);
        expect(frame.group).toBe(group);
        expect(decodeRaftMessage(frame.payload)).toEqual(message);
      }),
      { numRuns: 200 },
    );
  });
});

describe('raft state codecs', () => {
  it('round-trip entries, hard states, configurations and snapshot metadata', () => {
    fc.assert(
      fc.property(arbitrary.entry(), arbitrary.hardState(), arbitrary.snapshot(), (entry, hardState, snapshot) => {
        expect(decodeEntry(encodeEntry(entry))).toEqual(entry);
        expect(decodeHardState(encodeHardState(hardState))).toEqual(hardState);
        expect(decodeConfState(encodeConfState(snapshot.metadata.confState))).toEqual(snapshot.metadata.confState);
        expect(decodeSnapshotMetadata(encodeSnapshotMetadata(snapshot.metadata))).toEqual(snapshot.metadata);
      }),
      { numRuns: 200 },
    );
  });

  it('rejects an unknown entry type', () => {
    expect(() => decodeEntry(Uint8Array.from([0x18, 5]))).toThrow(PayloadError);
    expect(decodeEntry(Uint8Array.from([0x18, 1])).type).toBe(EntryType.ConfChange);
  });
});
