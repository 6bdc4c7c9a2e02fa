import { availableParallelism } from 'node:os';
import { parseArgs } from 'node:util';
import type { FaultInjection } from './cluster-simulation.js';
import type { SeedRangeOptions } from './seed-runner.js';

/** Everything the `sim` command was asked to do. */
export interface CliOptions {
  range: SeedRangeOptions;
  /** Worker threads running seeds (1 = this thread). */
  jobs: number;
  /** Print progress to stderr every few seconds. */
  progress: boolean;
  /** Shrink the first failing seed's schedule and print the minimal trace. */
  shrink: boolean;
  /** Print the summed event counts by kind. */
  coverage: boolean;
}

/** The outcome of reading the command line: options, a request for help, or a usage error. */
export type ParsedCommandLine =
  | { kind: 'run'; options: CliOptions }
  | { kind: 'help' }
  | { kind: 'usage-error'; message: string };

/** The text `--help` prints. */
export const USAGE = `usage: npm run sim -- [options]

Runs the deterministic Raft simulator over consecutive seeds and prints one summary line
(seeds, total steps, violations, wall time); on a failure, the first failing seed's report.
Exit code 0 when every seed passed, 1 on a violation, 2 on a usage error.

options:
  --seeds N            seeds to run (default 100)
  --start S            first seed (default 1)
  --nodes 3|5|mixed    initial voters; mixed alternates 3 and 5 by seed (default mixed)
  --steps K            fault-phase steps per seed (default 3000)
  --keep-going         keep going after a failure and list every failing seed with its kind
  --all                alias of --keep-going
  --jobs N|auto        run seeds on N worker threads (auto = available cores); default 1
  --progress           print progress to stderr every 5 seconds
  --lease-reads        drive ticks by drifting clocks and check lease reads (see --drift)
  --drift X            clock-drift bound of lease reads, 0 <= X < 1 (default 0.05)
  --quiescence         idle leaders quiesce and stop ticking, as the server's regions do
  --break MODE         break the environment to show the checker catches it:
                       amnesia | acknowledge-before-persist | unbounded-lease (needs --lease-reads)
  --shrink             shrink the first failing seed's schedule (delta debugging) and print it
  --coverage           count the events the run exercised, by kind
  --help               print this text`;

const FAULT_INJECTIONS: readonly FaultInjection[] = ['amnesia', 'acknowledge-before-persist', 'unbounded-lease'];

class UsageError extends Error {}

function nonNegativeInteger(text: string | undefined, fallback: number, name: string): number {
  if (text === undefined) return fallback;
  const value = Number(text);
  if (text.trim() === '' || !Number.isSafeInteger(value) || value < 0) {
    throw new UsageError(`--${name} must be a non-negative integer, got ${text}`);
  }
  return value;
}

function parseJobs(text: string | undefined): number {
  if (text === undefined) return 1;
  if (text === 'auto') return Math.max(1, availableParallelism());
  const jobs = nonNegativeInteger(text, 1, 'jobs');
  if (jobs === 0) throw new UsageError('--jobs must be at least 1 (or auto)');
  return jobs;
}

function parseDrift(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const drift = Number(text);
  if (text.trim() === '' || !Number.isFinite(drift) || drift < 0 || drift >= 1) {
    throw new UsageError(`--drift must be a number in [0, 1), got ${text}`);
  }
  return drift;
}

function parseBreak(text: string | undefined, leaseReads: boolean): FaultInjection | undefined {
  if (text === undefined) return undefined;
  const mode = FAULT_INJECTIONS.find((candidate) => candidate === text);
  if (mode === undefined) throw new UsageError(`--break must be one of ${FAULT_INJECTIONS.join(', ')}, got ${text}`);
  if (mode === 'unbounded-lease' && !leaseReads) throw new UsageError('--break unbounded-lease needs --lease-reads');
  return mode;
}

/** Reads the command line; never throws (a bad option is a usage error). */
export function parseCommandLine(args: readonly string[]): ParsedCommandLine {
  try {
    const { values } = parseArgs({
      args: [...args],
      options: {
        seeds: { type: 'string' },
        start: { type: 'string' },
        nodes: { type: 'string' },
        steps: { type: 'string' },
        all: { type: 'boolean' },
        'keep-going': { type: 'boolean' },
        coverage: { type: 'boolean' },
        jobs: { type: 'string' },
        progress: { type: 'boolean' },
        'lease-reads': { type: 'boolean' },
        quiescence: { type: 'boolean' },
        drift: { type: 'string' },
        break: { type: 'string' },
        shrink: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
      allowPositionals: false,
    });
    if (values.help === true) return { kind: 'help' };
    const nodesText = values.nodes ?? 'mixed';
    if (nodesText !== '3' && nodesText !== '5' && nodesText !== 'mixed') {
      throw new UsageError(`--nodes must be 3, 5 or mixed, got ${nodesText}`);
    }
    const leaseReads = values['lease-reads'] === true;
    const clockDrift = parseDrift(values.drift);
    if (clockDrift !== undefined && !leaseReads) throw new UsageError('--drift needs --lease-reads');
    const faultInjection = parseBreak(values.break, leaseReads);
    const range: SeedRangeOptions = {
      seeds: nonNegativeInteger(values.seeds, 100, 'seeds'),
      start: nonNegativeInteger(values.start, 1, 'start'),
      nodes: nodesText === 'mixed' ? 'mixed' : nodesText === '3' ? 3 : 5,
      settings: {
        steps: nonNegativeInteger(values.steps, 3000, 'steps'),
        collectCoverage: values.coverage === true,
        leaseReads,
        clockDrift,
        faultInjection,
        quiescence: values.quiescence === true,
      },
      stopAtFirstFailure: values.all !== true && values['keep-going'] !== true,
    };
    return {
      kind: 'run',
      options: {
        range,
        jobs: parseJobs(values.jobs),
        progress: values.progress === true,
        shrink: values.shrink === true,
        coverage: values.coverage === true,
      },
    };
  } catch (error) {
    // parseArgs reports unknown options and missing values as TypeErrors with a code.
    const code = (error as { code?: unknown }).code;
    if (error instanceof UsageError || (typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS'))) {
      return { kind: 'usage-error', message: (error as Error).message };
    }
    throw error;
  }
}
