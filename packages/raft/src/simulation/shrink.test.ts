import { describe, expect, it } from 'vitest';
import { runSimulation } from './cluster-simulation.js';
import { minimise } from './delta-debugging.js';
import { shrinkFailingSeed } from './shrink.js';

describe('shrinking a failing schedule', () => {
  it('ddmin finds the items that matter', () => {
    const items = Array.from({ length: 100 }, (_, index) => index);
    const fails = (candidate: readonly number[]) => candidate.includes(17) && candidate.includes(63);
    expect(minimise(items, fails, { maxTests: 10_000 }).items).toEqual([17, 63]);
  });

  it('reduces a failing seed to fewer events that replay to the same failure', () => {
    const options = {
      seed: 63,
      nodes: 3 as const,
      steps: 700,
      leaseReads: true,
      faultInjection: 'unbounded-lease' as const,
    };
    const result = shrinkFailingSeed(options, 3000);
    expect(result).toBeDefined();
    expect(result!.invariant).toBe('Linearizable Lease Read');
    expect(result!.originalEvents).toBe(626);
    expect(result!.events.length).toBeLessThan(60);
    // Deterministic replay of the minimal schedule.
    const replay = runSimulation({ ...options, schedule: result!.events });
    expect(replay.failure?.invariant).toBe('Linearizable Lease Read');
  });

  it('a recorded schedule replays exactly', () => {
    const recorded = runSimulation({ seed: 4242, nodes: 5, steps: 800, recordSchedule: true });
    const replayed = runSimulation({ seed: 4242, nodes: 5, steps: 800, schedule: recorded.schedule! });
    expect(replayed.steps).toBe(recorded.steps);
    expect(replayed.failure?.report()).toBe(recorded.failure?.report());
  });
});
