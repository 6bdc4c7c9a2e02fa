import { runSimulation, type SimulationFailure } from './cluster-simulation.js';

/** Which seeds to run. */
export interface SeedRangeOptions {
  seeds: number;
  start: number;
  /** Initial cluster size; `mixed` alternates 3 and 5 by seed. */
  nodes: 3 | 5 | 'mixed';
  steps: number;
  /** Stop at the first failure (the default) or keep counting. */
  stopAtFirstFailure?: boolean;
  /** Sum event counts by kind over all seeds (see `SimulationOptions.collectCoverage`). */
  collectCoverage?: boolean;
}

/** What a run of many seeds found. */
export interface SeedRangeSummary {
  seeds: number;
  steps: number;
  violations: number;
  firstFailure?: SimulationFailure;
  /** Every failing seed with its invariant (when not stopping at the first). */
  failures: { seed: number; invariant: string }[];
  wallMilliseconds: number;
  coverage?: Map<string, number>;
}

/** The initial cluster size a seed runs with. */
export function clusterSizeFor(seed: number, nodes: 3 | 5 | 'mixed'): 3 | 5 {
  if (nodes !== 'mixed') return nodes;
  return seed % 2 === 0 ? 3 : 5;
}

/** Runs `seeds` consecutive seeds from `start`. */
export function runSeedRange(options: SeedRangeOptions): SeedRangeSummary {
  const began = performance.now();
  let steps = 0;
  let violations = 0;
  let seedsRun = 0;
  let firstFailure: SimulationFailure | undefined;
  const failures: { seed: number; invariant: string }[] = [];
  const coverage = options.collectCoverage ? new Map<string, number>() : undefined;
  for (let seed = options.start; seed < options.start + options.seeds; seed++) {
    const result = runSimulation({
      seed,
      nodes: clusterSizeFor(seed, options.nodes),
      steps: options.steps,
      collectCoverage: options.collectCoverage,
    });
    if (coverage !== undefined && result.coverage !== undefined) {
      for (const [kind, count] of result.coverage) coverage.set(kind, (coverage.get(kind) ?? 0) + count);
    }
    seedsRun++;
    steps += result.steps;
    if (result.failure !== undefined) {
      violations++;
      firstFailure ??= result.failure;
      failures.push({ seed, invariant: result.failure.invariant });
      if (options.stopAtFirstFailure !== false) break;
    }
  }
  return {
    seeds: seedsRun,
    steps,
    violations,
    firstFailure,
    failures,
    wallMilliseconds: performance.now() - began,
    coverage,
  };
}

/** The one-line summary the `sim` command prints. */
export function formatSummary(summary: SeedRangeSummary, options: SeedRangeOptions): string {
  return (
    `sim: seeds=${summary.seeds} (start ${options.start}, nodes ${options.nodes}, ${options.steps} steps/seed) ` +
    `total-steps=${summary.steps} violations=${summary.violations} ` +
    `first-failing-seed=${summary.firstFailure?.seed ?? 'none'}` +
    (summary.firstFailure ? ` (${summary.firstFailure.invariant})` : '') +
    ` wall=${(summary.wallMilliseconds / 1000).toFixed(1)}s`
  );
}
