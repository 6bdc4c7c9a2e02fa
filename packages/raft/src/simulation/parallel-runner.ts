import { Worker } from 'node:worker_threads';
import type { ChunkRequest, ChunkResult } from './seed-worker.js';
import { runSeedRange, type SeedFailure, type SeedRangeOptions, type SeedRangeSummary } from './seed-runner.js';

/** How a seed range is spread over workers, and who hears of progress. */
export interface ParallelRunOptions {
  /** Worker threads; 1 runs in this thread. */
  jobs: number;
  /** Called after every finished chunk with the seeds and steps done so far and that chunk's failures. */
  onProgress?: (done: {
    seeds: number;
    steps: number;
    violations: number;
    newFailures: readonly SeedFailure[];
  }) => void;
}

/** Seeds per chunk: small enough to balance the workers and report progress, large enough to be cheap. */
export function chunkSize(seeds: number, jobs: number): number {
  return Math.max(1, Math.min(2000, Math.ceil(seeds / (jobs * 16))));
}

/** The chunks a range splits into, in seed order. */
export function splitRange(range: SeedRangeOptions, size: number): SeedRangeOptions[] {
  const chunks: SeedRangeOptions[] = [];
  for (let start = range.start; start < range.start + range.seeds; start += size) {
    chunks.push({ ...range, start, seeds: Math.min(size, range.start + range.seeds - start) });
  }
  return chunks;
}

/**
 * Runs a seed range, on worker threads when `jobs > 1`. Each seed is deterministic, so the
 * result is the same whatever the number of workers; only the wall time changes. When
 * stopping at the first failure, chunks after a failing one are not started, and the report
 * names the lowest failing seed among the chunks that ran.
 */
export async function runSeedRangeInParallel(
  range: SeedRangeOptions,
  options: ParallelRunOptions,
): Promise<SeedRangeSummary> {
  if (options.jobs <= 1) {
    const began = performance.now();
    const merged: SeedRangeSummary = { seeds: 0, steps: 0, failures: [], wallMilliseconds: 0 };
    for (const chunk of splitRange(range, chunkSize(range.seeds, 1))) {
      const summary = runSeedRange(chunk);
      mergeInto(merged, summary.seeds, summary.steps, summary.failures, summary.coverage);
      options.onProgress?.({
        seeds: merged.seeds,
        steps: merged.steps,
        violations: merged.failures.length,
        newFailures: summary.failures,
      });
      if (range.stopAtFirstFailure !== false && merged.failures.length > 0) break;
    }
    merged.wallMilliseconds = performance.now() - began;
    return merged;
  }
  return runOnWorkers(range, options);
}

function mergeInto(
  merged: SeedRangeSummary,
  seeds: number,
  steps: number,
  failures: readonly SeedFailure[],
  coverage: Iterable<[string, number]> | undefined,
): void {
  merged.seeds += seeds;
  merged.steps += steps;
  merged.failures.push(...failures);
  if (coverage !== undefined) {
    merged.coverage ??= new Map();
    for (const [kind, count] of coverage) merged.coverage.set(kind, (merged.coverage.get(kind) ?? 0) + count);
  }
}

function runOnWorkers(range: SeedRangeOptions, options: ParallelRunOptions): Promise<SeedRangeSummary> {
  const began = performance.now();
  const chunks = splitRange(range, chunkSize(range.seeds, options.jobs));
  const merged: SeedRangeSummary = { seeds: 0, steps: 0, failures: [], wallMilliseconds: 0 };
  const stopEarly = range.stopAtFirstFailure !== false;
  let nextChunk = 0;
  let running = 0;
  const workerUrl = new URL('./seed-worker.js', import.meta.url);
  return new Promise((resolve, reject) => {
    const workers: Worker[] = [];
    let finished = false;
    const finish = () => {
      if (finished) return;
      finished = true;
      for (const worker of workers) void worker.terminate();
      merged.failures.sort((a, b) => a.seed - b.seed);
      if (stopEarly) merged.failures.splice(1);
      merged.wallMilliseconds = performance.now() - began;
      resolve(merged);
    };
    const dispatch = (worker: Worker) => {
      if (nextChunk >= chunks.length || (stopEarly && merged.failures.length > 0)) {
        if (running === 0) finish();
        return;
      }
      const request: ChunkRequest = { chunk: nextChunk, range: chunks[nextChunk]! };
      nextChunk++;
      running++;
      worker.postMessage(request);
    };
    for (let index = 0; index < Math.min(options.jobs, chunks.length); index++) {
      const worker = new Worker(workerUrl);
      workers.push(worker);
      worker.on('message', (result: ChunkResult) => {
        running--;
        const { summary } = result;
        mergeInto(merged, summary.seeds, summary.steps, summary.failures, summary.coverage);
        options.onProgress?.({
          seeds: merged.seeds,
          steps: merged.steps,
          violations: merged.failures.length,
          newFailures: summary.failures,
        });
        dispatch(worker);
      });
      worker.on('error', (error) => {
        for (const other of workers) void other.terminate();
        reject(error);
      });
      dispatch(worker);
    }
    if (workers.length === 0) finish();
  });
}
