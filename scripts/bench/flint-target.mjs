// Drives a fresh FlintKV cluster: start it, preload the key space, run closed-loop points.
import { connect } from '../../packages/client/dist/index.js';
import { kvWorkload, runClosedLoop } from '../../packages/cli/dist/index.js';
import { startTestCluster } from '../../packages/server/dist/index.js';
import { cpuSeconds, machineCpu, machineCpuShares, peakRssBytes } from './process-stats.mjs';

/** Keys per preload batch: one atomic write of one region. */
const PRELOAD_BATCH = 256;
/** Batches in flight during the preload. */
const PRELOAD_CONCURRENCY = 16;

/**
 * Starts `nodes` node processes from the built code on free loopback ports, in fresh temporary
 * directories, with `regions` regions, and connects a client. Returns what the points need;
 * `stop()` closes the client and stops every node.
 */
export async function startFlintCluster({ nodes = 3, regions, timeoutMs = 30_000 }) {
  const cluster = await startTestCluster({ nodes, regions, logLevel: 'warn', readyTimeoutMs: 120_000 });
  let client;
  try {
    client = await connect({ endpoints: cluster.endpoints, timeoutMs });
  } catch (error) {
    await cluster.stop();
    throw error;
  }
  return {
    cluster,
    client,
    pids: () => cluster.nodes.map((node) => node.process?.pid ?? null),
    async stop() {
      await client.close();
      await cluster.stop();
    },
  };
}

function inRegion(region, key) {
  return (
    Buffer.compare(key, region.startKey) >= 0 && (region.endKey.length === 0 || Buffer.compare(key, region.endKey) < 0)
  );
}

/**
 * Writes `value` under every key with atomic batches of up to 100 keys of one region, 16
 * batches in flight. Bounded by `timeoutMs`; resolves to what it managed.
 */
export async function preload(client, keys, value, { timeoutMs = 300_000, log = () => {} } = {}) {
  const started = performance.now();
  const regions = await client.regions();
  const batches = [];
  let current = [];
  let region;
  for (const key of keys) {
    if (current.length === PRELOAD_BATCH || (region !== undefined && !inRegion(region, key))) {
      batches.push(current);
      current = [];
    }
    if (region === undefined || !inRegion(region, key)) region = regions.find((each) => inRegion(each, key));
    current.push(key);
  }
  if (current.length > 0) batches.push(current);

  let next = 0;
  let written = 0;
  let errors = 0;
  let firstError;
  const deadline = started + timeoutMs;
  let lastLog = started;
  const worker = async () => {
    while (next < batches.length && performance.now() < deadline && errors < 100) {
      const batch = batches[next++];
      try {
        await client.batch(batch.map((key) => ({ type: 'put', key, value })));
        written += batch.length;
      } catch (error) {
        errors++;
        firstError ??= error.message;
      }
      if (performance.now() - lastLog > 5000) {
        lastLog = performance.now();
        log(`preload: ${written}/${keys.length} keys`);
      }
    }
  };
  await Promise.all(Array.from({ length: PRELOAD_CONCURRENCY }, worker));
  return { written, keys: keys.length, errors, firstError, seconds: (performance.now() - started) / 1000 };
}

/**
 * One measured point: `concurrency` closed-loop workers through the shared client, reads with
 * probability `readShare` (linearizable gets), otherwise puts. Samples every node's CPU at the
 * window's edges and its peak RSS at the end.
 */
export async function runFlintPoint(
  target,
  { workload, readShare, concurrency, warmupS, durationS, keys, value, onProgress },
) {
  const pids = target.pids();
  let before;
  let after;
  const sample = () => ({
    cpu: pids.map((pid) => (pid === null ? null : cpuSeconds(pid))),
    client: process.cpuUsage(),
    machine: machineCpu(),
    at: performance.now(),
  });
  const step = kvWorkload(
    { put: (key, data) => target.client.put(key, data), get: (key) => target.client.get(key) },
    { keys, value, readShare },
  );
  const result = await runClosedLoop({
    concurrency,
    warmupMs: warmupS * 1000,
    durationMs: durationS * 1000,
    step,
    onWindowStart: () => {
      before = sample();
    },
    onWindowEnd: () => {
      after = sample();
    },
    onProgress,
  });
  const windowS = (after.at - before.at) / 1000;
  const cpuPerNode = pids.map((_, index) =>
    before.cpu[index] === null || after.cpu[index] === null ? null : round(after.cpu[index] - before.cpu[index], 2),
  );
  const clientCpu = (after.client.user + after.client.system - before.client.user - before.client.system) / 1e6;
  return {
    target: 'flintkv',
    workload,
    readShare,
    concurrency,
    warmupS,
    durationS,
    operations: result.operations,
    opsPerS: Math.round(result.operationsPerSecond),
    latencyMs: {
      mean: round(result.latency.mean, 3),
      p50: round(result.latency.p50, 3),
      p95: round(result.latency.p95, 3),
      p99: round(result.latency.p99, 3),
      p999: round(result.latency.p999, 3),
      max: round(result.latency.max, 3),
    },
    reads: (result.outcomes.read ?? 0) + (result.outcomes.miss ?? 0),
    misses: result.outcomes.miss ?? 0,
    writes: result.outcomes.write ?? 0,
    errors: result.errors,
    firstError: result.firstError ?? null,
    drained: result.drained,
    serverPids: pids,
    cpuSecondsPerNode: cpuPerNode,
    peakRssMiBPerNode: pids.map((pid) => {
      const bytes = pid === null ? null : peakRssBytes(pid);
      return bytes === null ? null : round(bytes / 1024 / 1024, 1);
    }),
    clientCpuSeconds: round(clientCpu, 2),
    machineCpuPercent: machineCpuShares(before.machine, after.machine),
    windowS: round(windowS, 2),
  };
}

function round(value, digits) {
  const scale = 10 ** digits;
  return Math.round(value * scale) / scale;
}
