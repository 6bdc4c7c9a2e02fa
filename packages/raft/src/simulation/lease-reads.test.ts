import { describe, expect, it } from 'vitest';
import { runSimulation } from './cluster-simulation.js';
import { runSeedRange } from './seed-runner.js';

describe('simulated lease reads under drifting clocks', () => {
  it('the bounded lease keeps every lease read linearizable (3 and 5 nodes, drift 5%)', () => {
    const summary = runSeedRange({
      seeds: 150,
      start: 1,
      nodes: 'mixed',
      settings: { steps: 1500, leaseReads: true, clockDrift: 0.05 },
    });
    expect(summary.failures[0]?.report ?? 'no violation').toBe('no violation');
  });

  it('self-test: the checker catches a lease that outlives its bound (seed 1, --break unbounded-lease)', () => {
    // Pinned: seed 1 serves a stale read from a deposed leader at step 1265.
    const result = runSimulation({
      seed: 1,
      nodes: 3,
      steps: 1300,
      leaseReads: true,
      faultInjection: 'unbounded-lease',
    });
    expect(result.failure?.invariant).toBe('Linearizable Lease Read');
  });

  it('the bounded lease passes the very seed the broken one fails', () => {
    const result = runSimulation({ seed: 1, nodes: 3, steps: 1300, leaseReads: true });
    expect(result.failure?.report() ?? 'no violation').toBe('no violation');
  });
});
