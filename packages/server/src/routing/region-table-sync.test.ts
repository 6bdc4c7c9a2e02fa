import type { RegionDescriptor } from '@flintkv/pd';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { deadReplicas, mergedReplicas, missingReplicas, regionUpdates, removedReplicas } from './region-table-sync.js';

const key = (text: string) => new TextEncoder().encode(text);
const region = (id: number, start: string, end: string, version: number): RegionDescriptor => ({
  id,
  startKey: key(start),
  endKey: key(end),
  epoch: { confVersion: 1, version },
  peers: [1, 2, 3],
});

describe('regionUpdates', () => {
  const table = [region(1, '', 'm', 1), region(2, 'm', '', 1)];

  it('finds nothing when the replicas know what the table knows', () => {
    expect(regionUpdates(table, [region(1, '', 'm', 1), region(2, 'm', '', 1)])).toEqual([]);
  });

  it('reports both halves of a split: the shrunk region and the new one, in key order', () => {
    const left = region(2, 'm', 't', 2);
    const right = region(3, 't', '', 2);
    expect(regionUpdates(table, [right, region(1, '', 'm', 1), left])).toEqual([left, right]);
  });

  it('keeps the newest of several replicas of one region, and never reports an older one', () => {
    const lagging = region(2, 'm', '', 1);
    const current = region(2, 'm', 't', 2);
    expect(regionUpdates(table, [lagging, current])).toEqual([current]);
    expect(regionUpdates([current], [lagging])).toEqual([]);
  });
});

describe('missingReplicas', () => {
  const table = [region(1, '', 'm', 1), region(2, 'm', 't', 2), region(3, 't', '', 2)];

  it('waits while a replica of the parent still covers the new region (it splits it itself)', () => {
    expect(missingReplicas(table, [region(1, '', 'm', 1), region(2, 'm', '', 1)], new Set([1, 2]), 3)).toEqual([]);
  });

  it('creates the region a snapshot of its parent skipped, and only on nodes the table places it on', () => {
    const local = [region(1, '', 'm', 1), region(2, 'm', 't', 2)];
    expect(missingReplicas(table, local, new Set([1, 2]), 3)).toEqual([table[2]]);
    expect(missingReplicas(table, local, new Set([1, 2]), 4)).toEqual([]);
    expect(missingReplicas(table, [...local, table[2]!], new Set([1, 2, 3]), 3)).toEqual([]);
  });
});

/*
 * A merge: S = [b, g) at version 5 freezes (version 6) and merges into T = [g, m) at version 8,
 * which becomes [b, m) at version 9. A split: P = [m, '') at version 1 cuts at t into P = [m, t)
 * and R = [t, ''), both at version 2.
 */
const source = region(4, 'b', 'g', 5);
const frozenSource = region(4, 'b', 'g', 6);
const target = region(5, 'g', 'm', 8);
const merged = region(5, 'b', 'm', 9);
const parent = region(2, 'm', '', 1);
const leftHalf = region(2, 'm', 't', 2);
const rightHalf = region(3, 't', '', 2);

describe('mergedReplicas', () => {
  const cases: {
    name: string;
    local: RegionDescriptor[];
    merged: { region: RegionDescriptor; mergedInto: RegionDescriptor }[];
  }[] = [
    {
      name: 'finds the source once the target took its range in',
      local: [frozenSource, merged],
      merged: [{ region: frozenSource, mergedInto: merged }],
    },
    {
      name: 'finds a source that never froze here, whichever order the replicas are listed in',
      local: [merged, region(1, '', 'b', 3), source],
      merged: [{ region: source, mergedInto: merged }],
    },
    {
      name: 'finds a last source taken by a last target (empty end keys)',
      local: [region(4, 'b', '', 3), region(5, 'a', '', 4)],
      merged: [{ region: region(4, 'b', '', 3), mergedInto: region(5, 'a', '', 4) }],
    },
    {
      name: 'finds a first source (empty start key) taken by its target',
      local: [region(4, '', 'g', 5), region(5, '', 'm', 9)],
      merged: [{ region: region(4, '', 'g', 5), mergedInto: region(5, '', 'm', 9) }],
    },
    { name: 'finds nothing before the target applied the merge', local: [frozenSource, target], merged: [] },
    {
      name: 'finds nothing when the covering region is not newer',
      local: [region(4, 'b', 'g', 9), merged],
      merged: [],
    },
    {
      name: 'finds nothing when a newer region covers only part of the range',
      local: [source, region(5, 'c', 'm', 9)],
      merged: [],
    },
    {
      name: 'never takes an older replica of the same region for a merged one',
      local: [region(5, 'g', 'm', 8), merged],
      merged: [],
    },
    {
      name: 'never takes a split for a merge: a lagging replica of the parent and both its new halves',
      local: [parent, leftHalf, rightHalf],
      merged: [],
    },
    {
      name: 'never takes a split for a merge: a lagging parent and the new region alone',
      local: [parent, rightHalf],
      merged: [],
    },
    {
      name: 'never takes a split for a merge: a lagging parent with a bounded range and its halves',
      local: [region(2, 'a', 'm', 1), region(2, 'a', 'f', 2), region(9, 'f', 'm', 2)],
      merged: [],
    },
  ];
  for (const { name, local, merged: expected } of cases) {
    it(name, () => {
      expect(mergedReplicas(local)).toEqual(expected);
    });
  }

  it('finds what comparing every pair finds, in linear-ish time (a sweep in key order)', () => {
    const keys = ['', 'a', 'b', 'c', 'd', 'e'];
    const descriptor = fc
      .record({
        id: fc.integer({ min: 1, max: 6 }),
        start: fc.integer({ min: 0, max: 5 }),
        length: fc.integer({ min: 1, max: 6 }),
        version: fc.integer({ min: 1, max: 4 }),
      })
      .map(({ id, start, length, version }) =>
        region(id, keys[start]!, start + length > 5 ? '' : keys[start + length]!, version),
      );
    const text = (bytes: Uint8Array) => Buffer.from(bytes).toString();
    const naive = (local: RegionDescriptor[]) =>
      local.flatMap((each) => {
        const mergedInto = local.find(
          (other) =>
            other.id !== each.id &&
            other.epoch.version > each.epoch.version &&
            text(other.startKey) <= text(each.startKey) &&
            (other.endKey.length === 0 || (each.endKey.length > 0 && text(each.endKey) <= text(other.endKey))),
        );
        return mergedInto === undefined ? [] : [each.id];
      });
    fc.assert(
      fc.property(fc.array(descriptor, { maxLength: 8 }), (local) => {
        const ids = (found: { region: RegionDescriptor }[]) => found.map(({ region }) => region.id).sort();
        expect(ids(mergedReplicas(local))).toEqual(naive(local).sort());
      }),
    );
  });
});

describe('deadReplicas', () => {
  const cases: {
    name: string;
    table: RegionDescriptor[];
    local: RegionDescriptor[];
    dead: { region: RegionDescriptor; mergedInto: RegionDescriptor }[];
  }[] = [
    {
      name: 'finds a replica the table no longer lists, under a newer region over its range',
      table: [region(1, '', 'b', 3), merged, region(6, 'm', '', 2)],
      local: [region(1, '', 'b', 3), source, region(6, 'm', '', 2)],
      dead: [{ region: source, mergedInto: merged }],
    },
    {
      name: 'finds it when the newer region only overlaps its range (it split since)',
      table: [region(5, 'b', 'd', 10), region(7, 'd', 'm', 10)],
      local: [source, region(5, 'b', 'd', 10), region(7, 'd', 'm', 10)],
      dead: [{ region: source, mergedInto: region(5, 'b', 'd', 10) }],
    },
    {
      name: 'finds nothing while the table still lists the region',
      table: [source, merged],
      local: [source],
      dead: [],
    },
    {
      name: 'finds nothing when no region of the table overlaps the replica',
      table: [region(1, '', 'b', 3), target],
      local: [source],
      dead: [],
    },
    {
      name: 'finds nothing when the overlapping region is not newer',
      table: [region(5, 'b', 'm', 5)],
      local: [source],
      dead: [],
    },
    { name: 'finds nothing with an empty table (not known yet)', table: [], local: [source], dead: [] },
    {
      name: "never takes a split's new region for a dead one while the table lists its older parent",
      table: [region(1, '', 'm', 1), parent],
      local: [region(1, '', 'm', 1), leftHalf, rightHalf],
      dead: [],
    },
    {
      name: "never takes a split's new region for a dead one, when the parent has a bounded range",
      table: [region(2, 'a', 'm', 1)],
      local: [region(2, 'a', 'f', 2), region(9, 'f', 'm', 2)],
      dead: [],
    },
  ];
  for (const { name, table, local, dead } of cases) {
    it(name, () => {
      expect(deadReplicas(table, local)).toEqual(dead);
    });
  }
});

describe('regionUpdates with merges', () => {
  it('drops a replica another local region absorbed, even when it is newer than the table', () => {
    const table = [source, target];
    expect(regionUpdates(table, [frozenSource, merged])).toEqual([merged]);
  });

  it('still reports the frozen source while the target has not absorbed it', () => {
    const table = [source, target];
    expect(regionUpdates(table, [frozenSource, target])).toEqual([frozenSource]);
  });

  it('still reports both halves of a split beside a lagging replica of the parent', () => {
    expect(regionUpdates([parent], [parent, leftHalf, rightHalf])).toEqual([leftHalf, rightHalf]);
  });
});

describe('removedReplicas', () => {
  const at = (confVersion: number, peers: number[]): RegionDescriptor => ({
    ...region(5, 'a', 'm', 1),
    epoch: { confVersion, version: 1 },
    peers,
  });

  it.each([
    ['the replica applied its removal and the table agrees', [at(2, [1, 2])], [at(2, [1, 2])], [5]],
    ['the replica never learned of its removal; the table did', [at(2, [1, 2])], [at(1, [1, 2, 3])], [5]],
    ['the table lags the removal the replica applied', [at(1, [1, 2, 3])], [at(2, [1, 2])], []],
    ['the table lists it again (added back)', [at(3, [1, 2, 3])], [at(2, [1, 2])], []],
    ['the table does not know the region', [], [at(2, [1, 2])], []],
    ['the replica is still a member', [at(2, [1, 2, 3])], [at(2, [1, 2, 3])], []],
  ])('%s', (_case, table, local, removed) => {
    expect(removedReplicas(table, local, 3).map((each) => each.id)).toEqual(removed);
  });
});
