import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FrameError } from './errors.js';
import { encodeFrame, FRAME_HEADER_BYTES, FrameKind } from './frame.js';
import { FrameDecoder } from './frame-decoder.js';

const KINDS = Object.values(FrameKind);

const frameSpec = fc.record({
  kind: fc.constantFrom(...KINDS),
  group: fc.nat({ max: 0xffff_ffff }),
  payload: fc.uint8Array({ maxLength: 300 }),
});

function concat(parts: Uint8Array[]): Uint8Array {
  const total = parts.reduce((sum, part) => sum + part.byteLength, 0);
  const out = new Uint8Array(total);
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.byteLength;
  }
  return out;
}

/** Cuts `bytes` at the given (unsorted, possibly repeated) points. */
function cut(bytes: Uint8Array, points: number[]): Uint8Array[] {
  const sorted = [...new Set(points.map((point) => point % (bytes.byteLength + 1)))].sort((a, b) => a - b);
  const pieces: Uint8Array[] = [];
  let start = 0;
  for (const point of sorted) {
    pieces.push(bytes.subarray(start, point));
    start = point;
  }
  pieces.push(bytes.subarray(start));
  return pieces;
}

describe('FrameDecoder', () => {
  it('returns the same frames however the stream is cut into chunks', () => {
    fc.assert(
      fc.property(fc.array(frameSpec, { maxLength: 12 }), fc.array(fc.nat(), { maxLength: 30 }), (specs, points) => {
        const stream = concat(specs.map((spec) => encodeFrame(spec.kind, spec.group, spec.payload)));
        const decoder = new FrameDecoder();
        const frames = cut(stream, points).flatMap((chunk) => decoder.push(chunk));
        decoder.end();
        expect(frames.map(({ kind, group, payload }) => ({ kind, group, payload }))).toEqual(specs);
        for (const [index, frame] of frames.entries()) {
          const spec = specs[index]!;
          expect(frame.bytes).toEqual(encodeFrame(spec.kind, spec.group, spec.payload));
        }
      }),
      { numRuns: 500 },
    );
  });

  it('decodes a stream fed one byte at a time', () => {
    const frames = [
      encodeFrame(FrameKind.RAFT_MESSAGE, 1, Uint8Array.of(1, 2, 3)),
      encodeFrame(FrameKind.PING, 0, new Uint8Array(0)),
      encodeFrame(FrameKind.CLIENT_REQUEST, 7, new Uint8Array(20).fill(9)),
    ];
    const decoder = new FrameDecoder();
    const out = [];
    for (const byte of concat(frames)) out.push(...decoder.push(Uint8Array.of(byte)));
    expect(out.map((frame) => frame.bytes)).toEqual(frames);
  });

  it('returns views into the chunk, without copying, for frames inside one chunk', () => {
    const chunk = concat([
      encodeFrame(FrameKind.PONG, 3, Uint8Array.of(5)),
      encodeFrame(FrameKind.PONG, 4, Uint8Array.of(6)),
    ]);
    const frames = new FrameDecoder().push(chunk);
    expect(frames).toHaveLength(2);
    expect(frames[1]!.payload.buffer).toBe(chunk.buffer);
    expect(frames[1]!.payload.byteOffset).toBe(chunk.byteOffset + 10 + FRAME_HEADER_BYTES);
  });

  it('fails with FLINT_FRAME_TOO_LARGE as soon as the length field arrives, before buffering the frame', () => {
    const decoder = new FrameDecoder({ maxFrameBytes: 1024 });
    expect(decoder.push(Uint8Array.of(0, 0))).toEqual([]);
    expect(() => decoder.push(Uint8Array.of(0x04, 0x01))).toThrowError(
      expect.objectContaining({ code: 'FLINT_FRAME_TOO_LARGE' }),
    );
    expect(decoder.bufferedBytes).toBe(0);
  });

  it('rejects a 4 GiB announcement at the default limit', () => {
    const decoder = new FrameDecoder();
    expect(() => decoder.push(Uint8Array.of(0xff, 0xff, 0xff, 0xff, 1, 0, 0, 0, 0))).toThrowError(
      expect.objectContaining({ code: 'FLINT_FRAME_TOO_LARGE' }),
    );
  });

  it('accepts a frame exactly at the limit', () => {
    const decoder = new FrameDecoder({ maxFrameBytes: 105 });
    const frame = encodeFrame(FrameKind.RAFT_MESSAGE, 1, new Uint8Array(100));
    expect(decoder.push(frame)).toHaveLength(1);
    expect(() => decoder.push(encodeFrame(FrameKind.RAFT_MESSAGE, 1, new Uint8Array(101)))).toThrowError(
      expect.objectContaining({ code: 'FLINT_FRAME_TOO_LARGE' }),
    );
  });

  it('rejects an unknown kind even when it arrives in a later chunk than the length', () => {
    const decoder = new FrameDecoder();
    decoder.push(Uint8Array.of(0, 0, 0, 5));
    expect(() => decoder.push(Uint8Array.of(77, 0, 0, 0, 0))).toThrowError(
      expect.objectContaining({ code: 'FLINT_FRAME_UNKNOWN_KIND' }),
    );
  });

  it('rejects a length too short to hold kind and group', () => {
    expect(() => new FrameDecoder().push(Uint8Array.of(0, 0, 0, 3, 1, 0, 0))).toThrowError(
      expect.objectContaining({ code: 'FLINT_FRAME_MALFORMED' }),
    );
  });

  it('keeps failing after an error, because the stream is out of sync', () => {
    const decoder = new FrameDecoder();
    expect(() => decoder.push(Uint8Array.of(0, 0, 0, 5, 200, 0, 0, 0, 0))).toThrow(FrameError);
    expect(() => decoder.push(encodeFrame(FrameKind.PING, 0, new Uint8Array(0)))).toThrowError(
      expect.objectContaining({ code: 'FLINT_FRAME_UNKNOWN_KIND' }),
    );
  });

  it('delivers the whole frames that precede corruption in a chunk, then reports the error', () => {
    const good = encodeFrame(FrameKind.CLIENT_REQUEST, 1, Uint8Array.of(1));
    const decoder = new FrameDecoder();
    const frames = decoder.push(concat([good, Uint8Array.of(0, 0, 0, 5, 250, 0, 0, 0, 0)]));
    expect(frames.map((frame) => frame.bytes)).toEqual([good]);
    expect(() => decoder.end()).toThrowError(expect.objectContaining({ code: 'FLINT_FRAME_UNKNOWN_KIND' }));
    expect(() => decoder.push(good)).toThrowError(expect.objectContaining({ code: 'FLINT_FRAME_UNKNOWN_KIND' }));
  });

  it('reports a stream that ends inside a frame as truncated', () => {
    const decoder = new FrameDecoder();
    const frame = encodeFrame(FrameKind.RAFT_MESSAGE, 1, new Uint8Array(10));
    decoder.push(frame.subarray(0, 12));
    expect(() => decoder.end()).toThrowError(expect.objectContaining({ code: 'FLINT_FRAME_TRUNCATED' }));
  });

  it('refuses a nonsensical limit', () => {
    expect(() => new FrameDecoder({ maxFrameBytes: 2 })).toThrowError(
      expect.objectContaining({ code: 'FLINT_FRAME_INVALID_ARGUMENT' }),
    );
  });
});
