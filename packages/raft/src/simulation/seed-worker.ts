/**
 * Worker-thread entry of a parallel seed run: runs each chunk of seeds it is sent and posts
 * back the chunk's summary. Seeds are independent and deterministic, so which worker runs a
 * seed changes nothing about its result.
 */
import { parentPort } from 'node:worker_threads';
import { runSeedRange, type SeedRangeOptions, type SeedRangeSummary } from './seed-runner.js';

/** A chunk of seeds to run. */
export interface ChunkRequest {
  chunk: number;
  range: SeedRangeOptions;
}

/** A chunk's result, as plain data (coverage as entries). */
export interface ChunkResult {
  chunk: number;
  summary: Omit<SeedRangeSummary, 'coverage'> & { coverage?: [string, number][] };
}

const port = parentPort;
if (port !== null) {
  port.on('message', (request: ChunkRequest) => {
    const summary = runSeedRange(request.range);
    const result: ChunkResult = {
      chunk: request.chunk,
      summary: { ...summary, coverage: summary.coverage === undefined ? undefined : [...summary.coverage] },
    };
    port.postMessage(result);
  });
}
