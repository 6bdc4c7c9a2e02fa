/**
 * `npm run sim -- [options]` (see `--help`): runs the deterministic Raft simulator over
 * consecutive seeds and prints one summary line; on a failure, the first failing seed's report
 * and trace, and with `--keep-going` every failing seed with its kind. Exit code 0 when every
 * seed passed, 1 on a violation, 2 on a usage error.
 */
import { type CliOptions, parseCommandLine, USAGE } from './cli-options.js';
import { runSeedRangeInParallel } from './parallel-runner.js';
import { formatSummary } from './seed-runner.js';

const PROGRESS_INTERVAL_MILLISECONDS = 5000;

function reproduceCommand(options: CliOptions, seed: number, nodes: 3 | 5): string {
  const settings = options.range.settings;
  const flags = [
    `--seeds 1 --start ${seed} --nodes ${nodes} --steps ${settings.steps}`,
    settings.leaseReads ? '--lease-reads' : '',
    settings.clockDrift === undefined ? '' : `--drift ${settings.clockDrift}`,
    settings.quiescence ? '--quiescence' : '',
    settings.faultInjection === undefined ? '' : `--break ${settings.faultInjection}`,
  ];
  return `npm run sim -- ${flags.filter((flag) => flag !== '').join(' ')}`;
}

async function run(options: CliOptions): Promise<number> {
  const began = performance.now();
  let lastPrinted = began;
  const total = options.range.seeds;
  const summary = await runSeedRangeInParallel(options.range, {
    jobs: options.jobs,
    onProgress: options.progress
      ? ({ seeds, steps, violations, newFailures }) => {
          for (const failure of newFailures) {
            process.stderr.write(
              `sim progress: seed ${failure.seed} (nodes ${failure.nodes}) failed: ${failure.invariant}\n`,
            );
          }
          const now = performance.now();
          if (now - lastPrinted < PROGRESS_INTERVAL_MILLISECONDS && seeds < total) return;
          lastPrinted = now;
          const seconds = (now - began) / 1000;
          process.stderr.write(
            `sim progress: ${seeds}/${total} seeds, ${steps} steps, ${violations} violations, ` +
              `${seconds.toFixed(0)}s, ${((seconds * 1000) / Math.max(1, seeds)).toFixed(2)} ms/seed\n`,
          );
        }
      : undefined,
  });
  console.log(formatSummary(summary, options.range));
  if (options.coverage && summary.coverage !== undefined) {
    const kinds = [...summary.coverage.entries()].sort((a, b) => b[1] - a[1]);
    console.log(`coverage: ${kinds.map(([kind, count]) => `${kind}=${count}`).join(' ')}`);
  }
  if (summary.failures.length === 0) return 0;
  if (options.range.stopAtFirstFailure === false) {
    console.log(`failing seeds (${summary.failures.length}):`);
    for (const failure of summary.failures) {
      console.log(`  ${failure.seed} nodes=${failure.nodes} ${failure.invariant}`);
    }
  }
  const first = summary.failures[0]!;
  console.log(first.report);
  console.log(`reproduce: ${reproduceCommand(options, first.seed, first.nodes)}`);
  if (options.shrink) {
    const { shrinkAndReport } = await import('./shrink-report.js');
    console.log(shrinkAndReport({ ...options.range.settings, seed: first.seed, nodes: first.nodes }));
  }
  return 1;
}

async function main(): Promise<number> {
  const parsed = parseCommandLine(process.argv.slice(2));
  if (parsed.kind === 'help') {
    console.log(USAGE);
    return 0;
  }
  if (parsed.kind === 'usage-error') {
    console.error(`sim: ${parsed.message}\nRun with --help for the options.`);
    return 2;
  }
  return run(parsed.options);
}

process.exitCode = await main();
