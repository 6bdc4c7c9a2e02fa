import { describe, expect, it } from 'vitest';
import { bootstrapRegions } from './bootstrap.js';
import { PlacementError } from './errors.js';
import { RegionTable } from './region-table.js';

const text = (value: string) => new TextEncoder().encode(value);

describe('bootstrapRegions', () => {
  it('numbers user regions 1..N (0 is the meta group) and tiles the key space at the split keys', () => {
    const regions = bootstrapRegions({ splitKeys: [text('g'), text('p')], nodeIds: [3, 1, 2] });
    expect(regions.map((region) => region.id)).toEqual([1, 2, 3]);
    expect(regions.map((region) => [region.startKey, region.endKey])).toEqual([
      [new Uint8Array(0), text('g')],
      [text('g'), text('p')],
      [text('p'), new Uint8Array(0)],
    ]);
    for (const region of regions) {
      expect(region.epoch).toEqual({ confVersion: 1, version: 1 });
      expect(region.peers).toEqual([1, 2, 3]);
    }
    expect(new RegionTable(regions).size).toBe(3);
  });

  it('uses the default split keys for a region count and one region for none', () => {
    expect(bootstrapRegions({ regionCount: 8, nodeIds: [1, 2, 3] })).toHaveLength(8);
    const [only] = bootstrapRegions({ nodeIds: [1] });
    expect(only!.startKey).toHaveLength(0);
    expect(only!.endKey).toHaveLength(0);
    expect(only!.peers).toEqual([1]);
  });

  it('spreads three replicas round robin when there are more nodes than replicas', () => {
    const regions = bootstrapRegions({ regionCount: 5, nodeIds: [1, 2, 3, 4, 5] });
    expect(regions.map((region) => region.peers)).toEqual([
      [1, 2, 3],
      [2, 3, 4],
      [3, 4, 5],
      [1, 4, 5],
      [1, 2, 5],
    ]);
  });

  it('refuses a region count that disagrees with the split keys, and bad node ids', () => {
    expect(() => bootstrapRegions({ regionCount: 2, splitKeys: [text('a'), text('b')], nodeIds: [1] })).toThrow(
      PlacementError,
    );
    expect(() => bootstrapRegions({ regionCount: 2, nodeIds: [] })).toThrow(/nodeIds/);
    expect(() => bootstrapRegions({ regionCount: 2, nodeIds: [1, 1] })).toThrow(/nodeIds/);
    expect(() => bootstrapRegions({ regionCount: 2, nodeIds: [1, 2], replicas: 3 })).toThrow(/replicas/);
  });
});
