import { describe, expect, it } from 'vitest';
import { HostMetricName, HostMetrics } from './host-metrics.js';

describe('host metrics', () => {
  it('counts increments and keeps at most 256 samples per histogram per interval', () => {
    const metrics = new HostMetrics();
    metrics.increment(HostMetricName.proposals, 2);
    metrics.increment(HostMetricName.proposals);
    for (let i = 0; i < 1000; i++) metrics.observe(HostMetricName.fsyncSeconds, i);
    const drained = metrics.drain();
    expect(drained.counters).toEqual({ flint_proposals_total: 3 });
    expect(drained.observations['flint_fsync_seconds']).toHaveLength(256);
    expect(metrics.isEmpty).toBe(true);
  });

  it('merges labelled increments per series until drained', () => {
    const metrics = new HostMetrics();
    metrics.incrementLabelled(HostMetricName.splits, { reason: 'size' });
    metrics.incrementLabelled(HostMetricName.splits, { reason: 'size' });
    metrics.incrementLabelled(HostMetricName.splits, { reason: 'command' });
    expect(metrics.isEmpty).toBe(false);
    expect(metrics.drain().labelledCounters).toEqual([
      { name: 'flint_region_splits_total', labels: { reason: 'size' }, increment: 2 },
      { name: 'flint_region_splits_total', labels: { reason: 'command' }, increment: 1 },
    ]);
    expect(metrics.isEmpty).toBe(true);
    expect(metrics.drain().labelledCounters).toBeUndefined();
  });
});
