/**
 * `npm run sim -- --seeds N [--start S] [--nodes 3|5] [--steps K] [--all] [--coverage]`: runs the
 * deterministic Raft simulator over consecutive seeds and prints one summary line; on a
 * failure, also the first failing seed's report and trace. Exit code 1 on any violation.
 */
import { parseArgs } from 'node:util';
import { formatSummary, runSeedRange, type SeedRangeOptions } from './seed-runner.js';

function positiveInteger(text: string | undefined, fallback: number, name: string): number {
  if (text === undefined) return fallback;
  const value = Number(text);
  if (!Number.isSafeInteger(value) || value < 0) {
    throw new RangeError(`--${name} must be a non-negative integer, got ${text}`);
  }
  return value;
}

function main(): number {
  const { values } = parseArgs({
    options: {
      seeds: { type: 'string' },
      start: { type: 'string' },
      nodes: { type: 'string' },
      steps: { type: 'string' },
      all: { type: 'boolean' },
      coverage: { type: 'boolean' },
    },
    strict: true,
  });
  const nodesText = values.nodes ?? 'mixed';
  if (nodesText !== '3' && nodesText !== '5' && nodesText !== 'mixed') {
    throw new RangeError(`--nodes must be 3, 5 or mixed, got ${nodesText}`);
  }
  const options: SeedRangeOptions = {
    seeds: positiveInteger(values.seeds, 100, 'seeds'),
    start: positiveInteger(values.start, 1, 'start'),
    nodes: nodesText === 'mixed' ? 'mixed' : nodesText === '3' ? 3 : 5,
    steps: positiveInteger(values.steps, 3000, 'steps'),
    stopAtFirstFailure: values.all !== true,
    collectCoverage: values.coverage === true,
  };
  const summary = runSeedRange(options);
  console.log(formatSummary(summary, options));
  if (summary.coverage !== undefined) {
    const kinds = [...summary.coverage.entries()].sort((a, b) => b[1] - a[1]);
    console.log(`coverage: ${kinds.map(([kind, count]) => `${kind}=${count}`).join(' ')}`);
  }
  if (summary.failures.length > 1) {
    console.log(
      `failing seeds: ${summary.failures.map((failure) => `${failure.seed}(${failure.invariant})`).join(' ')}`,
    );
  }
  if (summary.firstFailure !== undefined) {
    console.log(summary.firstFailure.report());
    console.log(
      `reproduce: npm run sim -- --seeds 1 --start ${summary.firstFailure.seed} --nodes ${summary.firstFailure.configuration.match(/nodes=(\d)/)?.[1] ?? nodesText} --steps ${options.steps}`,
    );
    return 1;
  }
  return 0;
}

process.exitCode = main();
