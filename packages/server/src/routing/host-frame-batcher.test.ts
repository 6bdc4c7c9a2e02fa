import { setImmediate as nextTurn } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { forEachTaggedFrame } from '../tagged-frames.js';
import { HostFrameBatcher } from './host-frame-batcher.js';

/** A minimal whole frame: u32 length 1, then one byte. */
const frameOf = (byte: number) => Uint8Array.of(0, 0, 0, 1, byte);

describe('HostFrameBatcher', () => {
  it('delivers the frames of one turn as one buffer per host, tagged, in arrival order', async () => {
    const delivered: { host: number; frames: [number, number][] }[] = [];
    const batcher = new HostFrameBatcher((host, buffer) => {
      const frames: [number, number][] = [];
      forEachTaggedFrame(buffer, (tag, frame) => frames.push([tag, frame[4]!]));
      delivered.push({ host, frames });
    });
    batcher.add(0, 1, frameOf(1));
    batcher.add(1, 1, frameOf(2));
    batcher.add(0, 1, frameOf(3));
    batcher.add(0, 3, frameOf(4));
    expect(delivered).toEqual([]);
    await nextTurn();
    expect(delivered).toEqual([
      {
        host: 0,
        frames: [
          [1, 1],
          [1, 3],
          [3, 4],
        ],
      },
      { host: 1, frames: [[1, 2]] },
    ]);
    batcher.add(0, 1, frameOf(5));
    await nextTurn();
    expect(delivered.at(-1)).toEqual({ host: 0, frames: [[1, 5]] });
  });

  it('copies the frames, so the transferred buffer holds nothing else', async () => {
    const buffers: ArrayBuffer[] = [];
    const batcher = new HostFrameBatcher((_host, buffer) => buffers.push(buffer));
    const chunk = Uint8Array.of(9, 9, 0, 0, 0, 1, 7, 9);
    batcher.add(0, 2, chunk.subarray(2, 7));
    await nextTurn();
    expect(buffers[0]!.byteLength).toBe(4 + 5);
    expect([...new Uint8Array(buffers[0]!)]).toEqual([0, 0, 0, 2, 0, 0, 0, 1, 7]);
  });
});
