import { describe, expect, it } from 'vitest';
import { PeerOutbox } from './peer-outbox.js';

describe('peer outbox', () => {
  it('gathers frames per destination node into one buffer each, in order', () => {
    const outbox = new PeerOutbox();
    outbox.add(2, Uint8Array.of(1, 2));
    outbox.add(3, Uint8Array.of(9));
    outbox.add(2, Uint8Array.of(3));
    const batches = outbox.drain();
    expect(batches.map((batch) => [batch.to, [...new Uint8Array(batch.buffer)]])).toEqual([
      [2, [1, 2, 3]],
      [3, [9]],
    ]);
    expect(outbox.isEmpty).toBe(true);
  });
});
