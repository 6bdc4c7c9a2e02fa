import { describe, expect, it } from 'vitest';
import { LatencyRecorder } from './latency-recorder.js';

describe('LatencyRecorder', () => {
  it('reports percentiles by nearest rank over every sample', () => {
    const recorder = new LatencyRecorder();
    // Out of order on purpose: the summary must sort.
    for (let value = 100; value >= 1; value--) recorder.add(value);
    expect(recorder.summary()).toEqual({ count: 100, mean: 50.5, p50: 50, p95: 95, p99: 99, p999: 100, max: 100 });
  });

  it('keeps every sample when it grows past its first buffer', () => {
    const recorder = new LatencyRecorder();
    for (let index = 0; index < 40_000; index++) recorder.add(index % 2 === 0 ? 1 : 3);
    const summary = recorder.summary();
    expect(summary.count).toBe(40_000);
    expect(summary.mean).toBe(2);
    expect(summary.max).toBe(3);
  });

  it('summarizes an empty run as zeros rather than NaN', () => {
    expect(new LatencyRecorder().summary()).toEqual({ count: 0, mean: 0, p50: 0, p95: 0, p99: 0, p999: 0, max: 0 });
  });
});
