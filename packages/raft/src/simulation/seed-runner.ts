import { runSimulation, type SimulationFailure, type SimulationOptions } from './cluster-simulation.js';

/** How every seed of a range runs, apart from its seed and cluster size. */
export type SeedSettings = Omit<SimulationOptions, 'seed' | 'nodes'>;

/** Which seeds to run. */
export interface SeedRangeOptions {
  seeds: number;
  start: number;
  /** Initial cluster size; `mixed` alternates 3 and 5 by seed. */
  nodes: 3 | 5 | 'mixed';
  /** Everything else a seed runs with (steps, lease reads, fault injection). */
  settings: SeedSettings;
  /** Stop at the first failure (the default) or keep going and list every failing seed. */
  stopAtFirstFailure?: boolean;
}

/** One failing seed, in a form that crosses a worker boundary (plain data). */
export interface SeedFailure {
  seed: number;
  nodes: 3 | 5;
  /** The safety invariant's name, `Liveness`, or `Core Exception`. */
  invariant: string;
  /** The full report: message, configuration and trace. */
  report: string;
}

/** What a run of many seeds found. */
export interface SeedRangeSummary {
  seeds: number;
  steps: number;
  /** Every failing seed, ascending (only the first when stopping at the first failure). */
  failures: SeedFailure[];
  wallMilliseconds: number;
  /** Events by kind summed over all seeds, when `settings.collectCoverage` was set. */
  coverage?: Map<string, number>;
}

/** The initial cluster size a seed runs with. */
export function clusterSizeFor(seed: number, nodes: 3 | 5 | 'mixed'): 3 | 5 {
  if (nodes !== 'mixed') return nodes;
  return seed % 2 === 0 ? 3 : 5;
}

/** A failing seed as plain data. */
export function toSeedFailure(failure: SimulationFailure, nodes: 3 | 5): SeedFailure {
  return { seed: failure.seed, nodes, invariant: failure.invariant, report: failure.report() };
}

/** Runs `seeds` consecutive seeds from `start` in this thread. */
export function runSeedRange(options: SeedRangeOptions): SeedRangeSummary {
  const began = performance.now();
  let steps = 0;
  let seedsRun = 0;
  const failures: SeedFailure[] = [];
  const coverage = options.settings.collectCoverage ? new Map<string, number>() : undefined;
  for (let seed = options.start; seed < options.start + options.seeds; seed++) {
    const nodes = clusterSizeFor(seed, options.nodes);
    const result = runSimulation({ ...options.settings, seed, nodes });
    if (coverage !== undefined && result.coverage !== undefined) {
      for (const [kind, count] of result.coverage) coverage.set(kind, (coverage.get(kind) ?? 0) + count);
    }
    seedsRun++;
    steps += result.steps;
    if (result.failure !== undefined) {
      failures.push(toSeedFailure(result.failure, nodes));
      if (options.stopAtFirstFailure !== false) break;
    }
  }
  return { seeds: seedsRun, steps, failures, wallMilliseconds: performance.now() - began, coverage };
}

/** The one-line summary the `sim` command prints: seeds, total steps, violations, wall time. */
export function formatSummary(summary: SeedRangeSummary, options: SeedRangeOptions): string {
  const first = summary.failures[0];
  const extras = [
    options.settings.leaseReads ? `lease-reads drift ${options.settings.clockDrift ?? 0.05}` : undefined,
    options.settings.quiescence ? 'quiescence' : undefined,
    options.settings.faultInjection === undefined ? undefined : `break ${options.settings.faultInjection}`,
  ].filter((text) => text !== undefined);
  return (
    `sim: seeds=${summary.seeds} (start ${options.start}, nodes ${options.nodes}, ${options.settings.steps} steps/seed` +
    `${extras.length > 0 ? `, ${extras.join(', ')}` : ''}) ` +
    `total-steps=${summary.steps} violations=${summary.failures.length} ` +
    `first-failing-seed=${first === undefined ? 'none' : `${first.seed} (${first.invariant})`}` +
    ` wall=${(summary.wallMilliseconds / 1000).toFixed(1)}s`
  );
}
