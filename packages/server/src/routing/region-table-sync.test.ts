import type { RegionDescriptor } from '@flintkv/pd';
import { describe, expect, it } from 'vitest';
import { missingReplicas, regionUpdates } from './region-table-sync.js';

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
