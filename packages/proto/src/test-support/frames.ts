import { FrameDecoder } from '../frame-decoder.js';
import type { Frame } from '../frame.js';

/** Decodes a buffer that must hold exactly one frame. */
export function decodeFrameForTest(bytes: Uint8Array): Frame {
  const decoder = new FrameDecoder();
  const frames = decoder.push(bytes);
  decoder.end();
  if (frames.length !== 1 || !frames[0]) throw new Error(`expected one frame, got ${frames.length}`);
  return frames[0];
}
