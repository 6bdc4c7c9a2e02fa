import { SeededRandom } from '@flintkv/test-kit';
import { describe, expect, it } from 'vitest';
import { bootstrapRegions } from './bootstrap.js';
import { compareBytes } from '@flintkv/proto';
import { PlacementError } from './errors.js';
import { RegionTable } from './region-table.js';
import { assertValidSplitKeys, defaultSplitKeys } from './split-keys.js';

const encoder = new TextEncoder();
const words = ['user', 'order', 'session', 'item', 'account', 'log', 'config', 'Product', 'event', 'tenant', 'zone'];

/** Realistic text keys: 'user/123', 'k000001', 'tenant:order:7' and random printable strings. */
function textKey(random: (limit: number) => number): Uint8Array {
  const word = words[random(words.length)]!;
  switch (random(4)) {
    case 0:
      return encoder.encode(`${word}/${random(100_000)}`);
    case 1:
      return encoder.encode(`k${String(random(1_000_000)).padStart(6, '0')}`);
    case 2:
      return encoder.encode(`${word}:${words[random(words.length)]}:${random(1000)}`);
    default: {
      let value = '';
      for (let length = 4 + random(12); length > 0; length--) value += String.fromCharCode(0x20 + random(95));
      return encoder.encode(value);
    }
  }
}

function hexKey(random: (limit: number) => number): Uint8Array {
  let value = '';
  for (let index = 0; index < 32; index++) value += random(16).toString(16);
  return encoder.encode(value);
}

function randomBytesKey(random: (limit: number) => number): Uint8Array {
  const key = new Uint8Array(16);
  for (let index = 0; index < key.length; index++) key[index] = random(256);
  return key;
}

const kinds = { text: textKey, hex: hexKey, randomBytes: randomBytesKey };

describe('defaultSplitKeys', () => {
  it('returns regionCount - 1 distinct, ascending, short keys', () => {
    for (const regionCount of [1, 2, 3, 7, 64, 1000]) {
      const keys = defaultSplitKeys(regionCount);
      expect(keys).toHaveLength(regionCount - 1);
      expect(() => assertValidSplitKeys(keys)).not.toThrow();
      for (const key of keys) expect(key.length).toBeLessThanOrEqual(4);
    }
  });

  it('is deterministic, so every node derives the same bootstrap table', () => {
    expect(defaultSplitKeys(32)).toEqual(defaultSplitKeys(32));
  });

  it('refuses a region count that is not a positive integer', () => {
    expect(() => defaultSplitKeys(0)).toThrow(PlacementError);
    expect(() => defaultSplitKeys(2.5)).toThrow(PlacementError);
  });

  for (const regionCount of [2, 8, 16, 64]) {
    it(`spreads 10k text, 10k hex and 10k random-byte keys over all ${regionCount} regions`, () => {
      const table = new RegionTable(bootstrapRegions({ regionCount, nodeIds: [1, 2, 3] }));
      // Seeded, so the spread measured here is the same on every run.
      const generator = new SeededRandom(regionCount);
      const random = (limit: number) => generator.below(limit);
      const total = new Map<number, number>();
      const regionsReached: Record<string, number> = {};
      for (const [kind, generate] of Object.entries(kinds)) {
        const reached = new Set<number>();
        for (let count = 0; count < 10_000; count++) {
          const id = table.locate(generate(random))!.id;
          reached.add(id);
          total.set(id, (total.get(id) ?? 0) + 1);
        }
        regionsReached[kind] = reached.size / regionCount;
      }
      const mean = 30_000 / regionCount;
      for (const region of table.all()) {
        // Every region gets a real share of the mixed workload, not a stray key or two.
        expect(total.get(region.id) ?? 0).toBeGreaterThan(mean / 5);
      }
      // Each kind alone reaches a large part of the cluster: random bytes nearly all of it,
      // text (clustered on its common prefixes) most, hex (16 of 256 first bytes) a third.
      expect(regionsReached['randomBytes']).toBeGreaterThanOrEqual(0.9);
      expect(regionsReached['text']).toBeGreaterThanOrEqual(0.6);
      expect(regionsReached['hex']).toBeGreaterThanOrEqual(0.33);
    });
  }
});

describe('assertValidSplitKeys', () => {
  it('refuses empty, repeated and descending split keys', () => {
    const key = (value: string) => encoder.encode(value);
    expect(() => assertValidSplitKeys([new Uint8Array(0)])).toThrow(/empty/);
    expect(() => assertValidSplitKeys([key('b'), key('b')])).toThrow(/ascending/);
    expect(() => assertValidSplitKeys([key('b'), key('a')])).toThrow(/ascending/);
    expect(compareBytes(key('a'), key('b'))).toBeLessThan(0);
  });
});
