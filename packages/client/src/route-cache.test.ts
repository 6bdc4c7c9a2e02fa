import { describe, expect, it } from 'vitest';
import { type RegionInfo, RouteCache } from './route-cache.js';

const text = (value: string) => new TextEncoder().encode(value);

function region(id: number, start: string, end: string, version = 1, leader = 0): RegionInfo {
  return { id, startKey: text(start), endKey: text(end), epoch: { confVersion: 1, version }, peers: [1, 2, 3], leader };
}

function table(): RouteCache {
  const cache = new RouteCache();
  cache.replaceAll([region(3, 'p', ''), region(1, '', 'g'), region(2, 'g', 'p')]);
  return cache;
}

describe('RouteCache', () => {
  it('locates the region whose [start, end) holds a key', () => {
    const cache = table();
    expect(cache.locate(text('a'))!.id).toBe(1);
    expect(cache.locate(text('g'))!.id).toBe(2);
    expect(cache.locate(text('zzz'))!.id).toBe(3);
  });

  it('locates the region just below an exclusive end, for reverse scans', () => {
    const cache = table();
    expect(cache.locateBefore(new Uint8Array(0))!.id).toBe(3);
    expect(cache.locateBefore(text('p'))!.id).toBe(2);
    expect(cache.locateBefore(text('h'))!.id).toBe(2);
    expect(cache.locateBefore(text('g'))!.id).toBe(1);
  });

  it('reports a gap as unknown instead of guessing a neighbour', () => {
    const cache = table();
    cache.invalidate(2);
    expect(cache.locate(text('h'))).toBeUndefined();
    expect(cache.locateBefore(text('h'))).toBeUndefined();
    expect(cache.locate(text('a'))!.id).toBe(1);
  });

  it('merges a split: the newer halves replace the region they overlap', () => {
    const cache = table();
    cache.merge([region(2, 'g', 'k', 2), region(4, 'k', 'p', 2)]);
    expect(cache.all().map((entry) => entry.id)).toEqual([1, 2, 4, 3]);
    expect(cache.locate(text('m'))!.id).toBe(4);
  });

  it('keeps a known leader when a hint for the same epoch carries none, and drops it on a new epoch', () => {
    const cache = table();
    cache.setLeader(2, 3);
    cache.merge([region(2, 'g', 'p', 1, 0)]);
    expect(cache.get(2)!.leader).toBe(3);
    cache.merge([region(2, 'g', 'p', 2, 0)]);
    expect(cache.get(2)!.leader).toBe(0);
  });
});
