import { describe, expect, it } from 'vitest';
import { RateWindow } from './rate-window.js';

describe('RateWindow', () => {
  it('averages the events of the last ten seconds per second', () => {
    const rate = new RateWindow(10_000, 0);
    for (let second = 0; second < 20; second++) rate.record(second * 1000 + 500, 3);
    expect(rate.perSecond(19_999)).toBeCloseTo(3);
  });

  it('forgets events older than the window', () => {
    const rate = new RateWindow(10_000, 0);
    rate.record(1_000, 50);
    expect(rate.perSecond(5_000)).toBeGreaterThan(0);
    expect(rate.perSecond(11_000)).toBe(0);
    // The bucket of second 1 is reused for second 11 and starts from zero.
    rate.record(11_200, 2);
    expect(rate.perSecond(11_500)).toBeCloseTo(0.2);
  });

  it('divides by the time observed while younger than its window', () => {
    const rate = new RateWindow(10_000, 100_000);
    rate.record(100_100, 4);
    rate.record(101_900, 4);
    expect(rate.perSecond(102_000)).toBeCloseTo(4);
  });
});
