import type { ClosedLoopProgress, ClosedLoopResult } from '../bench/closed-loop.js';
import type { KvStepResult } from '../bench/workload.js';

/** What a `flint bench` run was asked to do, echoed in its report. */
export interface BenchSettings {
  clients: number;
  durationSeconds: number;
  warmupSeconds: number;
  valueSize: number;
  readShare: number;
  keys: number;
}

/** The `--json` form of a `flint bench` result. */
export interface BenchReport {
  settings: BenchSettings;
  operations: number;
  operationsPerSecond: number;
  reads: number;
  misses: number;
  writes: number;
  errors: number;
  firstError?: string;
  latencyMs: { mean: number; p50: number; p95: number; p99: number; p999: number; max: number };
}

/** A latency for a person: three significant digits or so, never `0.000`-noise. */
export function formatMilliseconds(milliseconds: number): string {
  if (milliseconds < 1) return `${milliseconds.toFixed(3)} ms`;
  if (milliseconds < 10) return `${milliseconds.toFixed(2)} ms`;
  if (milliseconds < 100) return `${milliseconds.toFixed(1)} ms`;
  return `${Math.round(milliseconds)} ms`;
}

/** An integer with thousands separators: `12,345`. */
export function formatCount(value: number): string {
  return Math.round(value).toLocaleString('en-US');
}

/** The one-line progress of a running bench (redrawn with `\r`). */
export function formatProgressLine(progress: ClosedLoopProgress): string {
  const errors = progress.errors > 0 ? `, ${formatCount(progress.errors)} errors` : '';
  if (progress.phase === 'warmup') return `warming up (${(-progress.measuredMs / 1000).toFixed(0)} s left)${errors}`;
  return `${(progress.measuredMs / 1000).toFixed(0)} s: ${formatCount(progress.operations)} ops, ${formatCount(progress.operationsPerSecond)} ops/s${errors}`;
}

/** Folds a closed-loop result into the report `flint bench` prints. */
export function benchReport(settings: BenchSettings, result: ClosedLoopResult<KvStepResult>): BenchReport {
  const { mean, p50, p95, p99, p999, max } = result.latency;
  const reads = result.outcomes.read ?? 0;
  const misses = result.outcomes.miss ?? 0;
  const report: BenchReport = {
    settings,
    operations: result.operations,
    operationsPerSecond: result.operationsPerSecond,
    reads: reads + misses,
    misses,
    writes: result.outcomes.write ?? 0,
    errors: result.errors,
    latencyMs: { mean, p50, p95, p99, p999, max },
  };
  if (result.firstError !== undefined) report.firstError = result.firstError;
  return report;
}

/** The human form of a {@link BenchReport}. */
export function renderBenchReport(report: BenchReport): string {
  const { settings, latencyMs } = report;
  const lines = [
    `${settings.clients} clients, ${settings.durationSeconds} s, ${settings.valueSize}-byte values, ` +
      `${Math.round(settings.readShare * 100)}% reads, ${formatCount(settings.keys)} keys`,
    `throughput  ${formatCount(report.operationsPerSecond)} ops/s (${formatCount(report.operations)} ops: ` +
      `${formatCount(report.reads)} reads, ${formatCount(report.writes)} writes)`,
    `latency     p50 ${formatMilliseconds(latencyMs.p50)}  p95 ${formatMilliseconds(latencyMs.p95)}  ` +
      `p99 ${formatMilliseconds(latencyMs.p99)}  max ${formatMilliseconds(latencyMs.max)}`,
  ];
  if (report.misses > 0)
    lines.push(`misses      ${formatCount(report.misses)} reads found no value (write the keys first)`);
  if (report.errors > 0)
    lines.push(`errors      ${formatCount(report.errors)} (first: ${report.firstError ?? 'unknown'})`);
  return lines.join('\n');
}
