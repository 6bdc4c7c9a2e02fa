import { describe, expect, it } from 'vitest';
import { runScenario, type ScenarioOptions } from './harness/run-scenario.js';

/**
 * Short fault runs against real server processes (the built dist/; `npm test` builds first).
 * Each must end with a linearizable history (final reads after a full crash-restart included),
 * identical replicas, no unexpected process death and no unexpected error code. Seeds are fixed
 * so a failure reproduces; `npm run soak` runs long with any seed.
 */
const common = { durationMs: 20_000, quietMs: [500, 1200], faultMs: [1500, 3500] } satisfies Partial<ScenarioOptions>;

const scenarios: ScenarioOptions[] = [
  {
    name: 'network faults on 3 nodes',
    seed: 11,
    nodes: 3,
    faults: ['isolate', 'majority-split', 'one-way', 'isolate-leader', 'delay'],
    ...common,
  },
  {
    name: 'crashes, pauses and leadership moves on 3 nodes',
    seed: 14,
    nodes: 3,
    faults: [
      'kill',
      'pause',
      'rolling-restart',
      'transfer-leader',
      'snapshot-catch-up',
      'change-workers',
      'split',
      'host-move',
      'merge',
      'replica-move',
      'member-change',
    ],
    ...common,
  },
  {
    name: 'every fault on 5 nodes',
    seed: 13,
    nodes: 5,
    faults: [
      'kill',
      'pause',
      'isolate',
      'majority-split',
      'one-way',
      'isolate-leader',
      'snapshot-catch-up',
      'change-workers',
      'split',
      'host-move',
      'merge',
    ],
    ...common,
  },
  {
    // Seed 21 draws every kind listed: a node joins and leaves with its own certificate, nodes
    // restart and rejoin their peers over mutual TLS through the proxy, regions split.
    name: 'TLS everywhere, crashes and network faults on 3 nodes',
    seed: 21,
    nodes: 3,
    secure: true,
    faults: ['kill', 'isolate', 'majority-split', 'transfer-leader', 'split', 'member-change'],
    ...common,
  },
];

describe('FlintKV under faults', () => {
  it('catches stale reads from an isolated replica (the suite checks itself end to end)', async () => {
    const report = await runScenario({
      name: 'stale reads on 3 nodes',
      seed: 3,
      nodes: 3,
      durationMs: 8_000,
      faults: ['isolate'],
      quietMs: [300, 500],
      faultMs: [2500, 3000],
      readConsistency: 'stale',
    });
    expect(report.verdict.outcome).toBe('violation');
    const reads = report.verdict.failingHistory!.filter((operation) => operation.input.kind === 'read');
    expect(reads.length).toBeGreaterThan(0);
    expect(report.verdict.failingHistory!.length).toBeLessThanOrEqual(6);
  }, 120_000);

  for (const scenario of scenarios) {
    it(`stays linearizable with identical replicas under ${scenario.name}`, async () => {
      const report = await runScenario(scenario);
      if (process.env.FLINT_FAULTS_VERBOSE === '1') console.log(report.nemesisLog.join('\n'));
      expect(report.problems, report.nemesisLog.join('\n')).toEqual([]);
      expect(report.operations.ok).toBeGreaterThan(100);
    }, 180_000);
  }
});
