import { compareBytes } from '@flintkv/proto';
import { SeededRandom, seededRandom } from '@flintkv/test-kit';
import { describe, expect, it } from 'vitest';
import { LoadSplitSampler } from './load-split-sampler.js';

const text = (value: string) => new TextEncoder().encode(value);
const decode = (bytes: Uint8Array | undefined) => (bytes === undefined ? undefined : new TextDecoder().decode(bytes));
/** 'k000000'..'k009999': fixed width, so byte order is numeric order. */
const numbered = (index: number) => text(`k${String(index).padStart(6, '0')}`);

describe('LoadSplitSampler', () => {
  it('splits uniform point traffic near the middle in nearly every window', () => {
    // A window finds no key only if none of its 20 candidates lies between the 37.5% and
    // 62.5% quantiles (balance under 0.25): 0.75^20, about 0.3% of windows. The next window
    // tries again.
    const positions: number[] = [];
    for (let seed = 1; seed <= 100; seed++) {
      const traffic = new SeededRandom(seed);
      const sampler = new LoadSplitSampler({ random: seededRandom(seed + 1_000) });
      for (let request = 0; request < 3_000; request++) sampler.record(numbered(traffic.below(10_000)));
      const key = decode(sampler.finish());
      if (key !== undefined) positions.push(Number(key.slice(1)));
    }
    expect(positions.length).toBeGreaterThanOrEqual(97);
    for (const position of positions) {
      expect(position).toBeGreaterThan(3_500);
      expect(position).toBeLessThan(6_500);
    }
  });

  it('gives no key for a single hot key: one key cannot be split', () => {
    const sampler = new LoadSplitSampler({ random: seededRandom(1) });
    for (let request = 0; request < 5_000; request++) sampler.record(text('hot'));
    expect(sampler.finish()).toBeUndefined();
  });

  it('gives no key when one hot key carries 90% of the traffic', () => {
    const traffic = new SeededRandom(2);
    const sampler = new LoadSplitSampler({ random: seededRandom(3) });
    for (let request = 0; request < 5_000; request++) {
      sampler.record(traffic.chance(0.9) ? numbered(5_000) : numbered(traffic.below(10_000)));
    }
    expect(sampler.finish()).toBeUndefined();
  });

  it('splits between two equally hot keys, at the second', () => {
    const traffic = new SeededRandom(4);
    const sampler = new LoadSplitSampler({ random: seededRandom(5) });
    for (let request = 0; request < 5_000; request++) sampler.record(traffic.chance(0.5) ? text('a') : text('b'));
    expect(decode(sampler.finish())).toBe('b');
  });

  it('gives no key when all traffic is scans spanning the whole region', () => {
    const sampler = new LoadSplitSampler({ random: seededRandom(6) });
    for (let request = 0; request < 5_000; request++) sampler.recordRange(new Uint8Array(0), new Uint8Array(0));
    expect(sampler.finish()).toBeUndefined();
  });

  it('gives no key when scans start anywhere in the first tenth and run past the last', () => {
    const traffic = new SeededRandom(7);
    const sampler = new LoadSplitSampler({ random: seededRandom(8) });
    for (let request = 0; request < 5_000; request++) {
      sampler.recordRange(numbered(traffic.below(1_000)), numbered(9_000 + traffic.below(1_000)));
    }
    expect(sampler.finish()).toBeUndefined();
  });

  it('splits short scans spread evenly, between scans rather than through most of them', () => {
    const traffic = new SeededRandom(9);
    const sampler = new LoadSplitSampler({ random: seededRandom(10) });
    for (let request = 0; request < 5_000; request++) {
      const start = traffic.below(9_990);
      sampler.recordRange(numbered(start), numbered(start + 10));
    }
    const position = Number(decode(sampler.finish())!.slice(1));
    expect(position).toBeGreaterThan(3_500);
    expect(position).toBeLessThan(6_500);
  });

  it('counts a scan ending at the candidate as left and one starting there as right', () => {
    const sampler = new LoadSplitSampler({ random: () => 0.999, minimumRequests: 1, sampleCount: 1 });
    // The first request's start is the only candidate: "m".
    sampler.record(text('m'));
    for (let index = 0; index < 3; index++) sampler.recordRange(text('a'), text('m'));
    for (let index = 0; index < 2; index++) sampler.recordRange(text('m'), text('z'));
    // left 3, right 1 + 2 = 3, spanning 0: perfectly balanced.
    expect(decode(sampler.finish())).toBe('m');
  });

  it('decides nothing on fewer requests than the minimum', () => {
    const sampler = new LoadSplitSampler({ random: seededRandom(11) });
    for (let index = 0; index < 99; index++) sampler.record(numbered(index * 100));
    expect(sampler.finish()).toBeUndefined();
  });

  it('starts a new window after finish, and keeps bounded samples of long windows', () => {
    const traffic = new SeededRandom(12);
    const sampler = new LoadSplitSampler({ random: seededRandom(13), requestCapacity: 500 });
    for (let request = 0; request < 50_000; request++) sampler.record(numbered(traffic.below(10_000)));
    expect(sampler.recorded).toBe(50_000);
    expect(sampler.finish()).toBeDefined();
    expect(sampler.recorded).toBe(0);
    for (let request = 0; request < 1_000; request++) sampler.record(text('hot'));
    expect(sampler.finish()).toBeUndefined();
  });

  it('keeps its own copies of the recorded keys', () => {
    const sampler = new LoadSplitSampler({ random: seededRandom(14), minimumRequests: 1 });
    const buffer = new Uint8Array(1);
    for (let index = 0; index < 200; index++) {
      buffer[0] = index;
      sampler.record(buffer);
    }
    buffer[0] = 0;
    const key = sampler.finish();
    expect(key).toBeDefined();
    expect(compareBytes(key!, Uint8Array.of(70))).toBeGreaterThan(0);
    expect(compareBytes(key!, Uint8Array.of(130))).toBeLessThan(0);
  });
});
