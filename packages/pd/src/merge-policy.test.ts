import { describe, expect, it } from 'vitest';
import { PlacementError } from './errors.js';
import {
  DEFAULT_MERGE_SETTINGS,
  decideMerges,
  type MergeCandidateStats,
  type MergeSettings,
  validateMerge,
} from './merge-policy.js';

const text = (value: string) => new TextEncoder().encode(value);
const MIB = 1024 * 1024;

/** Regions 1..n tiling the key space at 'b', 'c', ...: all small, cold and idle for long. */
function regions(count: number, overrides: Record<number, Partial<MergeCandidateStats>> = {}): MergeCandidateStats[] {
  return Array.from({ length: count }, (_, index) => ({
    regionId: index + 1,
    startKey: index === 0 ? new Uint8Array(0) : text(String.fromCharCode(0x61 + index)),
    endKey: index === count - 1 ? new Uint8Array(0) : text(String.fromCharCode(0x62 + index)),
    peers: [1, 2, 3],
    busy: false,
    approximateBytes: 1 * MIB,
    approximateKeys: 1_000,
    loadPerSecond: 0,
    coldSeconds: 3_600,
    secondsSinceSplit: Number.POSITIVE_INFINITY,
    ...overrides[index + 1],
  }));
}

const settings: MergeSettings = {
  mergeSizeBytes: 20 * MIB,
  mergeKeys: 200_000,
  mergeLoadPerSecond: 20,
  mergeCooldownSeconds: 60,
};

describe('decideMerges', () => {
  const cases: [string, MergeCandidateStats[], [number, number][]][] = [
    ['no regions', [], []],
    ['one region', regions(1), []],
    [
      'four quiet regions: two disjoint pairs',
      regions(4),
      [
        [1, 2],
        [3, 4],
      ],
    ],
    ['three quiet regions: the last one waits', regions(3), [[1, 2]]],
    [
      'just under the size and key limits',
      regions(2, { 1: { approximateBytes: 20 * MIB - 1, approximateKeys: 199_999 } }),
      [[1, 2]],
    ],
    ['source at the size limit', regions(2, { 1: { approximateBytes: 20 * MIB } }), []],
    ['target at the key limit', regions(2, { 2: { approximateKeys: 200_000 } }), []],
    ['at the load limit', regions(2, { 2: { loadPerSecond: 20 } }), []],
    ['cold, but not for the cool-down', regions(2, { 1: { coldSeconds: 59 } }), []],
    ['cold for exactly the cool-down', regions(2, { 1: { coldSeconds: 60, secondsSinceSplit: 60 } }), [[1, 2]]],
    ['split within the cool-down', regions(2, { 2: { secondsSinceSplit: 30 } }), []],
    ['source busy', regions(2, { 1: { busy: true } }), []],
    ['target busy', regions(2, { 2: { busy: true } }), []],
    ['a busy region in the middle: its neighbours pair elsewhere', regions(5, { 2: { busy: true } }), [[3, 4]]],
    ['a big region second: pairs skip it', regions(4, { 2: { approximateBytes: 50 * MIB } }), [[3, 4]]],
    ['peers differ', regions(3, { 2: { peers: [1, 2, 4] } }), []],
    ['peers differ, others match', regions(4, { 1: { peers: [2, 3, 4] } }), [[2, 3]]],
    ['same peers listed in another order', regions(2, { 2: { peers: [3, 1, 2] } }), [[1, 2]]],
    ['fewer peers on one side', regions(2, { 2: { peers: [1, 2] } }), []],
    [
      'a region left out of the list: no merge across the gap',
      regions(3).filter((region) => region.regionId !== 2),
      [],
    ],
  ];

  it.each(cases)('%s', (_name, input, expected) => {
    expect(decideMerges(input, settings)).toEqual(expected.map(([sourceId, targetId]) => ({ sourceId, targetId })));
  });

  it('uses the defaults when no settings are given', () => {
    expect(DEFAULT_MERGE_SETTINGS).toEqual(settings);
    expect(decideMerges(regions(2))).toEqual([{ sourceId: 1, targetId: 2 }]);
  });

  it('never merges a region split for load back while the load lasts', () => {
    // The default load split threshold is 200 ops/s; halves of a split region carry ~100+.
    expect(decideMerges(regions(2, { 1: { loadPerSecond: 100 }, 2: { loadPerSecond: 100 } }))).toEqual([]);
  });
});

describe('validateMerge', () => {
  const refusals: [string, MergeCandidateStats[], number, string, RegExp][] = [
    ['unknown region', regions(3), 9, 'FLINT_MERGE_UNKNOWN_REGION', /^No region 9;/],
    ['last region', regions(3), 3, 'FLINT_MERGE_NO_NEIGHBOUR', /^Region 3 is the last region/],
    [
      'next listed region does not follow it',
      regions(3).filter((region) => region.regionId !== 2),
      1,
      'FLINT_MERGE_NO_NEIGHBOUR',
      /^Region 3 does not start where region 1 ends/,
    ],
    [
      'peers differ',
      regions(3, { 2: { peers: [1, 2, 4] } }),
      1,
      'FLINT_MERGE_PEERS_DIFFER',
      /^Region 1 is on nodes \[1, 2, 3\] but region 2 on \[1, 2, 4\]/,
    ],
    ['source busy', regions(3, { 1: { busy: true } }), 1, 'FLINT_MERGE_BUSY', /^Region 1 is splitting/],
    ['target busy', regions(3, { 2: { busy: true } }), 1, 'FLINT_MERGE_BUSY', /^Region 2 is splitting/],
  ];

  it.each(refusals)('refuses: %s', (_name, input, regionId, code, message) => {
    const answer = validateMerge(input, regionId);
    expect(answer.ok).toBe(false);
    if (answer.ok) return;
    expect(answer.error).toBeInstanceOf(PlacementError);
    expect(answer.error.code).toBe(code);
    expect(answer.error.message).toMatch(message);
    expect(answer.error.message).not.toContain('\n');
  });

  it('merges a region into the one that follows it, whatever its size or load', () => {
    const input = regions(3, { 2: { approximateBytes: 500 * MIB, loadPerSecond: 10_000, coldSeconds: 0 } });
    expect(validateMerge(input, 2)).toEqual({ ok: true, decision: { sourceId: 2, targetId: 3 } });
    expect(validateMerge(input, 1)).toEqual({ ok: true, decision: { sourceId: 1, targetId: 2 } });
  });
});
