import { describe, expect, it } from 'vitest';
import { FrameError } from './errors.js';
import {
  DEFAULT_MAX_FRAME_BYTES,
  encodeFrame,
  encodeFrameHeader,
  FRAME_HEADER_BYTES,
  FrameKind,
  frameKindName,
  readFrameHeader,
} from './frame.js';

describe('frame layout', () => {
  it('is u32 length (counting kind + group + payload) | u8 kind | u32 group | payload, big-endian', () => {
    const frame = encodeFrame(FrameKind.CLIENT_REQUEST, 0x01020304, Uint8Array.of(0xaa, 0xbb));
    expect(Array.from(frame)).toEqual([0, 0, 0, 7, 3, 1, 2, 3, 4, 0xaa, 0xbb]);
  });

  it('lets the router read kind and group without the payload', () => {
    const frame = encodeFrame(FrameKind.RAFT_MESSAGE, 42, new Uint8Array(100));
    expect(readFrameHeader(frame.subarray(0, FRAME_HEADER_BYTES))).toEqual({
      kind: FrameKind.RAFT_MESSAGE,
      group: 42,
      payloadBytes: 100,
      frameBytes: 109,
    });
  });

  it('reports an incomplete header as not yet readable', () => {
    const frame = encodeFrame(FrameKind.PING, 1, new Uint8Array(0));
    expect(readFrameHeader(frame.subarray(0, 8))).toBeUndefined();
  });

  it('writes a header alone for a payload sent separately', () => {
    const header = encodeFrameHeader(FrameKind.SNAPSHOT_CHUNK, 5, 1000);
    const whole = encodeFrame(FrameKind.SNAPSHOT_CHUNK, 5, new Uint8Array(1000));
    expect(header).toEqual(whole.subarray(0, FRAME_HEADER_BYTES));
  });
});

describe('frame validation', () => {
  it('refuses to send an unknown kind, a group beyond u32, or a payload over the limit', () => {
    expect(() => encodeFrame(99 as FrameKind, 1, new Uint8Array(0))).toThrowError(
      expect.objectContaining({ code: 'FLINT_FRAME_UNKNOWN_KIND' }),
    );
    expect(() => encodeFrame(FrameKind.PING, 2 ** 32, new Uint8Array(0))).toThrowError(
      expect.objectContaining({ code: 'FLINT_FRAME_INVALID_ARGUMENT' }),
    );
    expect(() => encodeFrame(FrameKind.PING, 1, new Uint8Array(100), 50)).toThrowError(
      expect.objectContaining({ code: 'FLINT_FRAME_TOO_LARGE' }),
    );
  });

  it('rejects a received header announcing more than the limit, an impossible length or an unknown kind', () => {
    const oversized = Uint8Array.of(0x01, 0x00, 0x00, 0x01, 1, 0, 0, 0, 0);
    expect(DEFAULT_MAX_FRAME_BYTES).toBe(16 * 1024 * 1024);
    expect(() => readFrameHeader(oversized)).toThrowError(expect.objectContaining({ code: 'FLINT_FRAME_TOO_LARGE' }));
    expect(() => readFrameHeader(Uint8Array.of(0, 0, 0, 4, 1, 0, 0, 0, 0))).toThrowError(
      expect.objectContaining({ code: 'FLINT_FRAME_MALFORMED' }),
    );
    expect(() => readFrameHeader(Uint8Array.of(0, 0, 0, 5, 0, 0, 0, 0, 0))).toThrow(FrameError);
  });

  it('names kinds for logs', () => {
    expect(frameKindName(FrameKind.GOAWAY)).toBe('GOAWAY');
    expect(frameKindName(200)).toBe('UNKNOWN(200)');
  });
});
