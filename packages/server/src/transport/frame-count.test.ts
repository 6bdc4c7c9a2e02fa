import { encodeFrame, FrameKind } from '@flintkv/proto';
import { describe, expect, it } from 'vitest';
import { countFrames } from './frame-count.js';

describe('countFrames', () => {
  it('counts frames laid end to end and ignores a cut-off tail', () => {
    const frame = encodeFrame(FrameKind.RAFT_MESSAGE, 3, new Uint8Array(7));
    const three = Buffer.concat([frame, frame, frame]);
    expect(countFrames(three)).toBe(3);
    expect(countFrames(three.subarray(0, three.byteLength - 1))).toBe(2);
    expect(countFrames(new Uint8Array(0))).toBe(0);
  });
});
