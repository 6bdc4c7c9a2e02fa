import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bootstrapRegions } from './bootstrap.js';
import { compareBytes } from '@flintkv/proto';
import { PlacementError } from './errors.js';
import { type RegionDescriptor, regionContains } from './region.js';
import { RegionTable } from './region-table.js';

const text = (value: string) => new TextEncoder().encode(value);
const infinity = new Uint8Array(0);

function region(
  id: number,
  start: string,
  end: string,
  version = 1,
  confVersion = 1,
  peers = [1, 2, 3],
): RegionDescriptor {
  return {
    id,
    startKey: text(start),
    endKey: end === '' ? infinity : text(end),
    epoch: { confVersion, version },
    peers,
  };
}

/** Regions 1 [-inf, g), 2 [g, p), 3 [p, +inf). */
function threeRegions(): RegionTable {
  return new RegionTable([region(1, '', 'g'), region(2, 'g', 'p'), region(3, 'p', '')]);
}

function codeOf(action: () => unknown): string | undefined {
  try {
    action();
  } catch (error) {
    if (error instanceof PlacementError) return error.code;
    throw error;
  }
  return undefined;
}

describe('RegionTable construction', () => {
  it('accepts regions in any order and lists them in key order', () => {
    const table = new RegionTable([region(3, 'p', ''), region(1, '', 'g'), region(2, 'g', 'p')]);
    expect(table.all().map((r) => r.id)).toEqual([1, 2, 3]);
    expect(table.size).toBe(3);
  });

  it('refuses regions that leave part of the key space uncovered', () => {
    expect(codeOf(() => new RegionTable([region(1, 'a', '')]))).toBe('FLINT_REGION_GAP');
    expect(codeOf(() => new RegionTable([region(1, '', 'g'), region(2, 'h', '')]))).toBe('FLINT_REGION_GAP');
    expect(codeOf(() => new RegionTable([region(1, '', 'g')]))).toBe('FLINT_REGION_GAP');
  });

  it('refuses overlapping regions and duplicate ids', () => {
    expect(codeOf(() => new RegionTable([region(1, '', 'h'), region(2, 'g', '')]))).toBe('FLINT_REGION_OVERLAP');
    expect(codeOf(() => new RegionTable([region(1, '', 'g'), region(1, 'g', '')]))).toBe('FLINT_INVALID_REGION');
  });

  it('refuses malformed descriptors: id 0 is the meta group, start must precede end, epochs start at 1', () => {
    expect(codeOf(() => new RegionTable([region(0, '', '')]))).toBe('FLINT_INVALID_REGION');
    expect(codeOf(() => new RegionTable([region(1, '', 'b'), region(2, 'b', 'a'), region(3, 'a', '')]))).toBe(
      'FLINT_INVALID_REGION',
    );
    expect(codeOf(() => new RegionTable([region(1, '', '', 0)]))).toBe('FLINT_INVALID_REGION');
    expect(codeOf(() => new RegionTable([region(1, '', '', 1, 1, [2, 1])]))).toBe('FLINT_INVALID_REGION');
  });

  it('does not share bytes with the caller, so mutating an input cannot corrupt the table', () => {
    const input = region(1, '', 'g');
    const table = new RegionTable([input, region(2, 'g', '')]);
    input.endKey[0] = 0x7a;
    expect(table.get(1)!.endKey).toEqual(text('g'));
  });
});

describe('RegionTable.locate', () => {
  it('finds the region whose [start, end) holds the key, including the boundaries', () => {
    const table = threeRegions();
    expect(table.locate(new Uint8Array(0))!.id).toBe(1);
    expect(table.locate(text('f\xff'))!.id).toBe(1);
    expect(table.locate(text('g'))!.id).toBe(2);
    expect(table.locate(text('o~~~'))!.id).toBe(2);
    expect(table.locate(text('p'))!.id).toBe(3);
    expect(table.locate(Uint8Array.from([0xff, 0xff]))!.id).toBe(3);
  });

  it('finds nothing in an empty (not yet bootstrapped) table', () => {
    expect(new RegionTable().locate(text('a'))).toBeUndefined();
  });

  it('agrees with a linear scan for arbitrary split keys and keys', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.uint8Array({ minLength: 1, maxLength: 3 }), {
          maxLength: 40,
          selector: (key) => Buffer.from(key).toString('hex'),
        }),
        fc.array(fc.uint8Array({ maxLength: 4 }), { maxLength: 30 }),
        (splitKeys, keys) => {
          splitKeys.sort(compareBytes);
          const regions = bootstrapRegions({ splitKeys, nodeIds: [1, 2, 3] });
          const table = new RegionTable(regions);
          for (const key of keys) {
            const expected = regions.filter((candidate) => regionContains(candidate, key));
            expect(expected).toHaveLength(1);
            expect(table.locate(key)!.id).toBe(expected[0]!.id);
          }
        },
      ),
    );
  });
});

describe('RegionTable.update', () => {
  it('refuses a descriptor older than the stored one in either epoch counter', () => {
    const table = new RegionTable([region(1, '', '', 5, 5)]);
    expect(codeOf(() => table.update(region(1, '', '', 4, 9)))).toBe('FLINT_STALE_EPOCH');
    expect(codeOf(() => table.update(region(1, '', '', 9, 4)))).toBe('FLINT_STALE_EPOCH');
    expect(table.get(1)!.epoch).toEqual({ confVersion: 5, version: 5 });
  });

  it('treats an identical re-delivery as a no-op and a different one at the same epoch as a conflict', () => {
    const table = threeRegions();
    expect(table.update(region(2, 'g', 'p'))).toEqual({ stored: [], removed: [] });
    expect(codeOf(() => table.update(region(2, 'g', 'p', 1, 1, [1, 2, 4])))).toBe('FLINT_EPOCH_CONFLICT');
  });

  it('stores a membership change that advances confVersion', () => {
    const table = threeRegions();
    table.update(region(2, 'g', 'p', 1, 2, [1, 2, 4]));
    expect(table.get(2)!.peers).toEqual([1, 2, 4]);
    expect(table.locate(text('h'))!.epoch.confVersion).toBe(2);
  });

  it('applies a split when both halves arrive together', () => {
    const table = threeRegions();
    const result = table.update([region(2, 'g', 'k', 2), region(4, 'k', 'p', 2)]);
    expect(result.stored.map((r) => r.id)).toEqual([2, 4]);
    expect(table.all().map((r) => r.id)).toEqual([1, 2, 4, 3]);
    expect(table.locate(text('kite'))!.id).toBe(4);
  });

  it('refuses half a split, because it would leave keys without a region, and changes nothing', () => {
    const table = threeRegions();
    expect(codeOf(() => table.update(region(2, 'g', 'k', 2)))).toBe('FLINT_REGION_GAP');
    expect(table.get(2)!.endKey).toEqual(text('p'));
    expect(table.locate(text('kite'))!.id).toBe(2);
  });

  it('removes a region merged away by a survivor with a newer range version', () => {
    const table = threeRegions();
    const result = table.update(region(2, 'g', '', 2));
    expect(result.removed.map((r) => r.id)).toEqual([3]);
    expect(table.get(3)).toBeUndefined();
    expect(table.locate(text('zebra'))!.id).toBe(2);
  });

  it('refuses to take keys from a region that is not older', () => {
    const table = new RegionTable([region(1, '', 'g'), region(2, 'g', 'p', 3), region(3, 'p', '')]);
    expect(codeOf(() => table.update(region(1, '', 'p', 2)))).toBe('FLINT_REGION_OVERLAP');
    expect(table.size).toBe(3);
  });
});
