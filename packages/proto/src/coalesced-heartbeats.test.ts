import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type CoalescedHeartbeats,
  decodeCoalescedHeartbeats,
  encodeCoalescedHeartbeats,
  encodeCoalescedHeartbeatsFrame,
  expandCoalescedHeartbeat,
  isCoalescibleHeartbeat,
  partitionCoalescedHeartbeats,
} from './coalesced-heartbeats.js';
import { FrameKind, readFrameHeader } from './frame.js';
import { FrameDecoder } from './frame-decoder.js';
import { makeMessage, MessageType } from './raft-types.js';

const safe = fc.nat({ max: Number.MAX_SAFE_INTEGER });
const batchArbitrary: fc.Arbitrary<CoalescedHeartbeats> = fc.record({
  from: safe,
  to: safe,
  heartbeats: fc.array(
    fc.record({
      type: fc.constantFrom(MessageType.Heartbeat as const, MessageType.HeartbeatResponse as const),
      group: fc.nat({ max: 0xffff_ffff }),
      term: safe,
      commit: safe,
      stamp: safe,
    }),
    { maxLength: 40 },
  ),
});

describe('coalesced heartbeats codec', () => {
  it('round-trips any batch of safe integers', () => {
    fc.assert(
      fc.property(batchArbitrary, (batch) => {
        expect(decodeCoalescedHeartbeats(encodeCoalescedHeartbeats(batch))).toEqual(batch);
      }),
    );
  });

  it('frames a batch as one COALESCED_HEARTBEATS frame on group 0 that the frame decoder reads back', () => {
    const batch: CoalescedHeartbeats = {
      from: 1,
      to: 2,
      heartbeats: [
        { type: MessageType.Heartbeat, group: 7, term: 3, commit: 2 ** 40, stamp: 0 },
        { type: MessageType.HeartbeatResponse, group: 9, term: 4, commit: 0, stamp: 0 },
      ],
    };
    const frame = encodeCoalescedHeartbeatsFrame(batch);
    expect(readFrameHeader(frame)).toMatchObject({ kind: FrameKind.COALESCED_HEARTBEATS, group: 0 });
    const [decoded] = new FrameDecoder().push(frame);
    expect(decodeCoalescedHeartbeats(decoded!.payload)).toEqual(batch);
    expect(frame.byteOffset).toBe(0);
    expect(frame.buffer.byteLength).toBe(frame.byteLength);
  });

  it('partitions by group id into frames holding exactly each part’s tuples, in order', () => {
    fc.assert(
      fc.property(batchArbitrary, fc.integer({ min: 1, max: 4 }), (batch, parts) => {
        const frames = partitionCoalescedHeartbeats(encodeCoalescedHeartbeats(batch), (group) => group % parts);
        let total = 0;
        for (const [part, frame] of frames) {
          const header = readFrameHeader(frame)!;
          expect(header).toMatchObject({ kind: FrameKind.COALESCED_HEARTBEATS, group: 0 });
          const decoded = decodeCoalescedHeartbeats(frame.subarray(9));
          expect(decoded).toEqual({
            from: batch.from,
            to: batch.to,
            heartbeats: batch.heartbeats.filter((heartbeat) => heartbeat.group % parts === part),
          });
          total += decoded.heartbeats.length;
        }
        expect(total).toBe(batch.heartbeats.length);
      }),
    );
  });

  it('coalesces only heartbeats without a ReadIndex context or other fields; a lease stamp travels in the tuple', () => {
    const heartbeat = makeMessage({ type: MessageType.Heartbeat, to: 2, from: 1, term: 5, commit: 9 });
    expect(isCoalescibleHeartbeat(heartbeat)).toBe(true);
    expect(isCoalescibleHeartbeat({ ...heartbeat, type: MessageType.HeartbeatResponse, commit: 0 })).toBe(true);
    expect(isCoalescibleHeartbeat({ ...heartbeat, context: Uint8Array.of(1) })).toBe(false);
    expect(isCoalescibleHeartbeat({ ...heartbeat, type: MessageType.Append })).toBe(false);
    expect(isCoalescibleHeartbeat({ ...heartbeat, index: 3 })).toBe(true);
    expect(isCoalescibleHeartbeat({ ...heartbeat, logTerm: 3 })).toBe(false);
  });

  it('expands a tuple back into the message Raft sent', () => {
    const original = makeMessage({ type: MessageType.Heartbeat, to: 2, from: 1, term: 5, commit: 9, index: 12 });
    expect(
      expandCoalescedHeartbeat(1, 2, { type: MessageType.Heartbeat, group: 4, term: 5, commit: 9, stamp: 12 }),
    ).toEqual(original);
  });

  it('rejects malformed payloads with FLINT_PAYLOAD_INVALID', () => {
    const good = encodeCoalescedHeartbeats({
      from: 1,
      to: 2,
      heartbeats: [{ type: MessageType.Heartbeat, group: 1, term: 1, commit: 1, stamp: 0 }],
    });
    const invalid = expect.objectContaining({ code: 'FLINT_PAYLOAD_INVALID' });
    expect(() => decodeCoalescedHeartbeats(good.subarray(0, 10))).toThrowError(invalid);
    expect(() => decodeCoalescedHeartbeats(good.subarray(0, good.length - 1))).toThrowError(invalid);
    expect(() => partitionCoalescedHeartbeats(good.subarray(0, good.length - 1), () => 0)).toThrowError(invalid);
    const badType = good.slice();
    badType[20] = MessageType.Append;
    expect(() => decodeCoalescedHeartbeats(badType)).toThrowError(invalid);
    const hugeTerm = good.slice();
    hugeTerm[25] = 0xff;
    expect(() => decodeCoalescedHeartbeats(hugeTerm)).toThrowError(invalid);
  });

  it('refuses to encode what it could not decode', () => {
    const unencodable = expect.objectContaining({ code: 'FLINT_PAYLOAD_UNENCODABLE' });
    expect(() => encodeCoalescedHeartbeats({ from: -1, to: 2, heartbeats: [] })).toThrowError(unencodable);
    expect(() =>
      encodeCoalescedHeartbeats({
        from: 1,
        to: 2,
        heartbeats: [{ type: MessageType.Heartbeat, group: 2 ** 32, term: 1, commit: 1, stamp: 0 }],
      }),
    ).toThrowError(unencodable);
  });
});
