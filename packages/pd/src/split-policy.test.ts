import { describe, expect, it } from 'vitest';
import { PlacementError } from './errors.js';
import {
  DEFAULT_SPLIT_SETTINGS,
  decideSplit,
  type RegionLoadStats,
  type SplitSettings,
  validateSplitKey,
} from './split-policy.js';

const text = (value: string) => new TextEncoder().encode(value);
const MIB = 1024 * 1024;

/** Region 7 ["g", "p"), small and quiet unless a case says otherwise. */
function stats(overrides: Partial<RegionLoadStats> = {}): RegionLoadStats {
  return {
    regionId: 7,
    startKey: text('g'),
    endKey: text('p'),
    approximateBytes: 1 * MIB,
    approximateKeys: 1_000,
    middleKey: text('k'),
    loadPerSecond: 0,
    sustainedSeconds: 0,
    loadSplitKey: text('m'),
    ...overrides,
  };
}

const settings: SplitSettings = {
  splitSizeBytes: 96 * MIB,
  splitKeys: 960_000,
  splitLoadPerSecond: 200,
  splitLoadWindowSeconds: 10,
  maxHotRegionsPerHost: 2,
};

describe('decideSplit', () => {
  const cases: [string, Partial<RegionLoadStats>, { reason: string; key: string } | undefined][] = [
    ['small and quiet', {}, undefined],
    ['just under every threshold', { approximateBytes: 96 * MIB - 1, approximateKeys: 959_999 }, undefined],
    ['at the size threshold', { approximateBytes: 96 * MIB }, { reason: 'size', key: 'k' }],
    ['at the key threshold', { approximateKeys: 960_000 }, { reason: 'keys', key: 'k' }],
    [
      'both size and keys: size first',
      { approximateBytes: 200 * MIB, approximateKeys: 2e6 },
      { reason: 'size', key: 'k' },
    ],
    ['hot for the whole window', { loadPerSecond: 200, sustainedSeconds: 10 }, { reason: 'load', key: 'm' }],
    ['hot, but not for long enough', { loadPerSecond: 5_000, sustainedSeconds: 9.9 }, undefined],
    ['long, but under the load threshold', { loadPerSecond: 199, sustainedSeconds: 600 }, undefined],
    ['hot without a sampled key', { loadPerSecond: 500, sustainedSeconds: 60, loadSplitKey: undefined }, undefined],
    ['big without a middle key', { approximateBytes: 200 * MIB, middleKey: undefined }, undefined],
    [
      'big without a middle key but hot: load',
      { approximateBytes: 200 * MIB, middleKey: undefined, loadPerSecond: 500, sustainedSeconds: 10 },
      { reason: 'load', key: 'm' },
    ],
    ['middle key equal to the start key', { approximateBytes: 200 * MIB, middleKey: text('g') }, undefined],
    ['middle key before the region', { approximateBytes: 200 * MIB, middleKey: text('a') }, undefined],
    ['middle key equal to the end key', { approximateBytes: 200 * MIB, middleKey: text('p') }, undefined],
    ['load key after the region', { loadPerSecond: 500, sustainedSeconds: 10, loadSplitKey: text('q') }, undefined],
    [
      'bad middle key, good load key',
      { approximateBytes: 200 * MIB, middleKey: text('z'), loadPerSecond: 500, sustainedSeconds: 10 },
      { reason: 'load', key: 'm' },
    ],
    [
      'last region (end +inf) takes any key after its start',
      { endKey: new Uint8Array(0), approximateBytes: 200 * MIB, middleKey: text('zzz') },
      { reason: 'size', key: 'zzz' },
    ],
    [
      'first region (start -inf) refuses the empty key',
      { startKey: new Uint8Array(0), approximateBytes: 200 * MIB, middleKey: new Uint8Array(0) },
      undefined,
    ],
  ];

  it.each(cases)('%s', (_name, overrides, expected) => {
    const decision = decideSplit(stats(overrides), settings);
    if (expected === undefined) {
      expect(decision).toBeUndefined();
    } else {
      expect(decision).toEqual({ regionId: 7, splitKey: text(expected.key), reason: expected.reason });
    }
  });

  it('returns a copy of the key, not the caller’s bytes', () => {
    const middleKey = text('k');
    const decision = decideSplit(stats({ approximateBytes: 200 * MIB, middleKey }), settings);
    middleKey[0] = 0x61;
    expect(decision?.splitKey).toEqual(text('k'));
  });

  it('uses the defaults when no settings are given', () => {
    expect(DEFAULT_SPLIT_SETTINGS).toEqual(settings);
    expect(decideSplit(stats({ loadPerSecond: 250, sustainedSeconds: 10 }))?.reason).toBe('load');
    expect(decideSplit(stats({ loadPerSecond: 125, sustainedSeconds: 600 }))).toBeUndefined();
  });

  it('splits a range served at 500 ops/s into at least 4 regions by the default load threshold', () => {
    // Uniform traffic over one range: each split halves a region's load. Count the regions
    // that stop splitting, with halves up to 20% uneven.
    const settle = (load: number): number =>
      decideSplit(stats({ loadPerSecond: load, sustainedSeconds: 10 })) === undefined
        ? 1
        : settle(load * 0.6) + settle(load * 0.4);
    expect(settle(500)).toBeGreaterThanOrEqual(4);
    expect(settle(6_000)).toBeGreaterThanOrEqual(4);
  });

  it('splits by load only while the host leads fewer hot regions than its cap', () => {
    const hot = { loadPerSecond: 5_000, sustainedSeconds: 10 };
    expect(decideSplit(stats({ ...hot, otherHotRegionsLed: 0 }))?.reason).toBe('load');
    // The first split's halves: each sees the other, and waits until one of them moves away.
    expect(decideSplit(stats({ ...hot, otherHotRegionsLed: 1 }))).toBeUndefined();
    expect(
      decideSplit(stats({ ...hot, otherHotRegionsLed: 1 }), { ...settings, maxHotRegionsPerHost: 4 })?.reason,
    ).toBe('load');
    // Size still splits a region, however many hot ones the host leads.
    expect(
      decideSplit(stats({ ...hot, otherHotRegionsLed: 9, approximateBytes: 200 * MIB, middleKey: text('m') }))?.reason,
    ).toBe('size');
  });
});

describe('validateSplitKey', () => {
  const region = { id: 4, startKey: text('g'), endKey: text('p') };

  it.each([
    ['inside', 'h', undefined],
    ['just after the start key', 'g\u0000', undefined],
    ['the start key', 'g', 'Split key "g" equals the start key of region 4 ["g", "p")'],
    ['before the region', 'a', 'Split key "a" lies outside region 4 ["g", "p")'],
    ['the end key (exclusive)', 'p', 'Split key "p" lies outside region 4 ["g", "p")'],
    ['after the region', 'zz', 'Split key "zz" lies outside region 4 ["g", "p")'],
  ])('%s: %s', (_name, key, message) => {
    const refusal = validateSplitKey(region, text(key));
    if (message === undefined) {
      expect(refusal).toBeUndefined();
    } else {
      expect(refusal).toBeInstanceOf(PlacementError);
      expect(refusal?.code).toBe('FLINT_SPLIT_KEY_OUTSIDE');
      expect(refusal?.message.startsWith(message)).toBe(true);
      expect(refusal?.message).not.toContain('\n');
    }
  });

  it('names open ends and binary keys as flint prints them', () => {
    const whole = { startKey: new Uint8Array(0), endKey: new Uint8Array(0) };
    expect(validateSplitKey(whole, Uint8Array.of(0xff))).toBeUndefined();
    expect(validateSplitKey(whole, new Uint8Array(0))?.message).toBe(
      'Split key "" equals the start key of region [-inf, +inf); choose a key after the start key and before the end key.',
    );
    const binary = { regionId: 9, startKey: Uint8Array.of(0x80), endKey: new Uint8Array(0) };
    expect(validateSplitKey(binary, Uint8Array.of(0x01))?.message).toMatch(
      /^Split key 0x01 lies outside region 9 \[0x80, \+inf\)/,
    );
  });
});
