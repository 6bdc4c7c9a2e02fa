import type { RegionDescriptor } from '@flintkv/pd';
import { describe, expect, it } from 'vitest';
import { planSplit, rangesReadBySplit } from './region-split.js';

const key = (text: string) => new TextEncoder().encode(text);
const region: RegionDescriptor = {
  id: 2,
  startKey: key('b'),
  endKey: key('m'),
  epoch: { confVersion: 3, version: 4 },
  peers: [1, 2, 3],
};
const split = (splitKey: string, version = 4, newRegionId = 9) =>
  planSplit(region, { type: 'split', splitKey: key(splitKey), newRegionId, version });

describe('planSplit', () => {
  it('cuts the range at the key: the region keeps the lower half, the new one takes the rest, both at version + 1', () => {
    expect(split('g')).toEqual({
      left: { ...region, endKey: key('g'), epoch: { confVersion: 3, version: 5 } },
      right: { id: 9, startKey: key('g'), endKey: key('m'), epoch: { confVersion: 3, version: 5 }, peers: [1, 2, 3] },
    });
  });

  it('refuses a split proposed before another range change landed, as EPOCH_MISMATCH', () => {
    expect(split('g', 3)).toMatchObject({ code: 'EPOCH_MISMATCH' });
  });

  it('refuses a key at the start of the region or outside it, naming the rule', () => {
    for (const bad of ['b', 'a', 'm', 'z']) {
      expect(split(bad)).toMatchObject({
        code: 'INVALID_ARGUMENT',
        message: expect.stringMatching(/^FLINT_SPLIT_KEY_OUTSIDE/),
      });
    }
    expect(split('g', 4, 2)).toMatchObject({ code: 'INVALID_ARGUMENT' });
  });

  it('reads the moving user data, the sessions and the clock', () => {
    const [moving, sessions, clock] = rangesReadBySplit(region, key('g'));
    expect(Buffer.from(moving!.lower).toString('latin1')).toBe('\x01g');
    expect(Buffer.from(moving!.upper).toString('latin1')).toBe('\x01m');
    expect(sessions!.lower).toEqual(Uint8Array.of(0, 4));
    expect(clock!.lower).toEqual(Uint8Array.of(0, 0));
  });
});
