import { describe, expect, it } from 'vitest';
import {
  needsDiskEstimate,
  planRefresh,
  RegionSizeEstimate,
  scaleSize,
  type SizeSource,
} from './region-size-estimate.js';

const settings = { refreshIntervalMs: 5_000, exactScanBelowBytes: 1_000 };

describe('planRefresh', () => {
  it('keeps a size while the region applied nothing new', () => {
    expect(planRefresh({ appliedIndex: 7 }, 7, 50_000, true, settings)).toBe('keep');
  });

  it('reads a small changed region whole, and scales a large one', () => {
    expect(planRefresh({ appliedIndex: 7 }, 8, 999, true, settings)).toBe('measure');
    expect(planRefresh({ appliedIndex: 7 }, 8, 1_000, true, settings)).toBe('scale');
  });

  it('reads a region never measured only where it may scan (the leader)', () => {
    expect(planRefresh(undefined, 1, 50_000, true, settings)).toBe('measure');
    expect(planRefresh(undefined, 1, 50_000, false, settings)).toBe('keep');
    expect(planRefresh({ appliedIndex: 1 }, 2, 10, false, settings)).toBe('scale');
  });
});

describe('needsDiskEstimate', () => {
  it('reads nothing for a region unchanged since measured, or a follower with nothing to scale', () => {
    expect(needsDiskEstimate({ appliedIndex: 4 }, 4, true)).toBe(false);
    expect(needsDiskEstimate(undefined, 4, false)).toBe(false);
    expect(needsDiskEstimate(undefined, 4, true)).toBe(true);
    expect(needsDiskEstimate({ appliedIndex: 4 }, 5, false)).toBe(true);
  });
});

describe('scaleSize', () => {
  it('grows keys and bytes with the on-disk estimate', () => {
    expect(scaleSize({ keys: 100, bytes: 4_000 }, 2_000, 3_000)).toEqual({ keys: 150, bytes: 6_000 });
  });

  it('keeps the measurement when it had no on-disk estimate to compare with', () => {
    expect(scaleSize({ keys: 100, bytes: 4_000 }, 0, 3_000)).toEqual({ keys: 100, bytes: 4_000 });
  });
});

describe('RegionSizeEstimate', () => {
  const source = (diskBytes: number, keys: number) => {
    let scans = 0;
    const read: SizeSource = {
      diskBytes: async () => diskBytes,
      measure: async () => {
        scans++;
        return { keys, bytes: keys * 10 };
      },
    };
    return { read, scans: () => scans };
  };

  it('refreshes at most once per interval, and adopts an outside measurement', async () => {
    const estimate = new RegionSizeEstimate(settings);
    const small = source(100, 5);
    await estimate.refresh(small.read, 1, true, 0);
    expect(estimate.size).toEqual({ keys: 5, bytes: 50 });
    await estimate.refresh(source(100, 9).read, 2, true, 4_999);
    expect(estimate.size).toEqual({ keys: 5, bytes: 50 });
    expect(estimate.due(5_000)).toBe(true);
    estimate.adopt({ keys: 20, bytes: 200 }, 100, 3, 5_000);
    expect(estimate.size).toEqual({ keys: 20, bytes: 200 });
    expect(estimate.due(6_000)).toBe(false);
    expect(small.scans()).toBe(1);
  });
});
