import { setImmediate as nextTurn } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { PeerFrameBatcher } from './peer-frame-batcher.js';

describe('PeerFrameBatcher', () => {
  it('delivers the frames of one turn as one buffer per (peer, host), in arrival order', async () => {
    const delivered: { from: number; host: number; bytes: number[] }[] = [];
    const batcher = new PeerFrameBatcher(2, (from, host, buffer) =>
      delivered.push({ from, host, bytes: [...new Uint8Array(buffer)] }),
    );
    batcher.add(1, 0, Uint8Array.of(1, 1));
    batcher.add(1, 1, Uint8Array.of(2));
    batcher.add(1, 0, Uint8Array.of(3));
    batcher.add(3, 0, Uint8Array.of(4));
    expect(delivered).toEqual([]);
    await nextTurn();
    expect(delivered).toEqual([
      { from: 1, host: 0, bytes: [1, 1, 3] },
      { from: 1, host: 1, bytes: [2] },
      { from: 3, host: 0, bytes: [4] },
    ]);
    batcher.add(1, 0, Uint8Array.of(5));
    await nextTurn();
    expect(delivered.at(-1)).toEqual({ from: 1, host: 0, bytes: [5] });
  });

  it('copies the frames, so the transferred buffer holds nothing else', async () => {
    const buffers: ArrayBuffer[] = [];
    const batcher = new PeerFrameBatcher(1, (_from, _host, buffer) => buffers.push(buffer));
    const chunk = Uint8Array.of(9, 9, 7, 7, 9);
    batcher.add(2, 0, chunk.subarray(2, 4));
    await nextTurn();
    expect(buffers[0]!.byteLength).toBe(2);
    expect([...new Uint8Array(buffers[0]!)]).toEqual([7, 7]);
  });
});
