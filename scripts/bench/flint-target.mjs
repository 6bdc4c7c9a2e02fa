// Drives a fresh FlintKV cluster: start it, preload the key space, run closed-loop points.
import { rm } from 'node:fs/promises';
import { dirname } from 'node:path';
import { connect } from '../../packages/client/dist/index.js';
import { kvWorkload, preloadKeys, runClosedLoop } from '../../packages/cli/dist/index.js';
import { defaultWorkerCount } from '../../packages/server/dist/index.js';
import { startTestCluster } from '../../packages/server/dist/testing/index.js';
import { nodeWindowFigures, sampleNodes } from './process-stats.mjs';
import { createBenchCertificates, negotiatedTls, SECURITY_MODES, tlsServerFlags } from './secure-cluster.mjs';

/** `flint server` flags of each splitting mode: `on` keeps the defaults, `off` turns every threshold off. */
export const SPLITTING_FLAGS = Object.freeze({
  on: [],
  off: ['--split-size', '0', '--split-key-count', '0', '--split-load', '0'],
});

/**
 * Starts `nodes` node processes from the built code on free loopback ports, in fresh temporary
 * directories, with `regions` regions, `serverFlags` and each node's `nodeFlags(nodeId)`, and
 * resolves once every node is ready with every leader known. `track` is called at once with a
 * `stop()` that kills the nodes started so far and removes their data (a SIGINT during a long
 * bootstrap must not leave them behind), then with the cluster's own `stop()` once it is ready.
 */
export async function startFlintNodes({
  nodes = 3,
  regions,
  serverFlags = [],
  nodeFlags,
  readyTimeoutMs = 120_000,
  track,
}) {
  let starting = [];
  track?.({ stop: () => killStarting(starting) });
  const cluster = await startTestCluster({
    nodes,
    regions,
    logLevel: 'warn',
    readyTimeoutMs,
    extraFlags: serverFlags,
    nodeFlags,
    beforeStart: async (chosen) => {
      starting = chosen;
    },
    // A node that dies mid-run makes every figure after it wrong: say so, with its last words.
    onUnexpectedExit: ({ nodeId, code, signal, lastLines }) =>
      process.stderr.write(
        `flintkv: node ${nodeId} exited (code ${code}, signal ${signal}) during the run; its last lines:\n${lastLines.join('\n')}\n`,
      ),
  });
  track?.({ stop: () => cluster.stop() });
  return cluster;
}

/** Kills the processes of a cluster that is still starting and removes its data directories. */
async function killStarting(nodes) {
  await Promise.all(
    nodes.map(
      (node) =>
        new Promise((resolve) => {
          const child = node.process;
          if (child === undefined || child.exitCode !== null || child.signalCode !== null) return resolve();
          child.once('exit', resolve);
          child.kill('SIGKILL');
        }),
    ),
  );
  // Every node's data directory is a child of one temporary directory (startTestCluster's).
  const roots = new Set(nodes.map((node) => dirname(node.dataDirectory)));
  await Promise.all([...roots].map((root) => rm(root, { recursive: true, force: true })));
}

/**
 * Starts `nodes` node processes from the built code on free loopback ports, in fresh temporary
 * directories, with `regions` regions, automatic splitting `on` or `off` ({@link SPLITTING_FLAGS})
 * and `security` `plaintext` or `tls` (TLS on the peer and client ports, client certificates:
 * `secure-cluster.mjs`), and connects a client. Returns what the points need; `stop()` closes the
 * client, stops every node and removes the certificates. `track` as for {@link startFlintNodes}.
 */
export async function startFlintCluster({
  nodes = 3,
  regions,
  splitting = 'on',
  security = 'plaintext',
  timeoutMs = 30_000,
  track,
}) {
  const splittingFlags = SPLITTING_FLAGS[splitting];
  if (splittingFlags === undefined) throw new Error(`unknown splitting mode '${splitting}'`);
  if (!SECURITY_MODES.includes(security)) throw new Error(`unknown security mode '${security}'`);
  const certificates = security === 'tls' ? await createBenchCertificates(nodes) : undefined;
  const removeCertificates = async () => certificates?.remove();
  let cluster;
  try {
    cluster = await startFlintNodes({
      nodes,
      regions,
      serverFlags: splittingFlags,
      nodeFlags: certificates?.nodeFlags,
      // A SIGINT while the nodes start must not leave private keys behind either.
      track: (handle) =>
        track?.({
          stop: async () => {
            await handle.stop();
            await removeCertificates();
          },
        }),
    });
  } catch (error) {
    await removeCertificates();
    throw error;
  }
  let client;
  let tls;
  try {
    client = await connect({
      endpoints: cluster.endpoints,
      timeoutMs,
      ...(certificates ? { tls: certificates.clientTls } : {}),
    });
    if (certificates) tls = await negotiatedTls(cluster.endpoints[0], certificates.clientTls);
  } catch (error) {
    await client?.close();
    await cluster.stop();
    await removeCertificates();
    throw error;
  }
  return {
    cluster,
    client,
    splitting,
    security,
    ...(tls ? { tls } : {}),
    // For the record: the certificates' temporary directory and the node id as placeholders.
    serverFlags: [...splittingFlags, ...(certificates ? tlsServerFlags('<certificates>', '<id>') : [])],
    // Host (worker) threads per node: `--workers` is not passed, so the server's default.
    hostThreads: defaultWorkerCount(regions),
    pids: () => cluster.nodes.map((node) => node.process?.pid ?? null),
    /** How many regions the cluster's region table lists now (null if it could not be read). */
    async regionCount() {
      try {
        return (await client.regions({ timeoutMs })).length;
      } catch {
        return null;
      }
    },
    async stop() {
      await client.close();
      await cluster.stop();
      await removeCertificates();
    },
  };
}

/**
 * Writes `value` under every key (atomic per-region batches, several in flight; bounded by
 * `timeoutMs`) and logs progress every 5 s. Resolves to what it managed.
 */
export async function preload(client, keys, value, { timeoutMs = 300_000, log = () => {} } = {}) {
  let lastLog = performance.now();
  const result = await preloadKeys(client, keys, value, {
    timeoutMs,
    onProgress: (written) => {
      if (performance.now() - lastLog < 5000) return;
      lastLog = performance.now();
      log(`preload: ${written}/${keys.length} keys`);
    },
  });
  return { ...result, errors: result.failedBatches };
}

/**
 * One measured point: `concurrency` closed-loop workers through the shared client, reads with
 * probability `readShare` (linearizable gets), otherwise puts. Samples every node's CPU (per
 * process and per thread) at the window's edges, its peak RSS at the end, and then how many
 * regions the cluster has (with splitting on, regions split during warm-up and measurement).
 */
export async function runFlintPoint(
  target,
  { workload, readShare, concurrency, warmupS, durationS, keys, value, onProgress },
) {
  const pids = target.pids();
  let before;
  let after;
  const sample = () => ({ ...sampleNodes(pids), client: process.cpuUsage() });
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
  const regionsAfter = await target.regionCount();
  const window = nodeWindowFigures(pids, before, after, target.hostThreads);
  const clientCpu = (after.client.user + after.client.system - before.client.user - before.client.system) / 1e6;
  return {
    target: 'flintkv',
    splitting: target.splitting,
    security: target.security,
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
    cpuSecondsPerNode: window.cpuSecondsPerNode.map((value) => (value === null ? null : round(value, 2))),
    threadCpuPerNode: window.threadCpuPerNode,
    regionsAfter,
    peakRssMiBPerNode: window.peakRssMiBPerNode,
    clientCpuSeconds: round(clientCpu, 2),
    machineCpuPercent: window.machineCpuPercent,
    otherProcessesCores: window.otherProcessesCores,
    windowS: round(window.windowS, 2),
  };
}

function round(value, digits) {
  const scale = 10 ** digits;
  return Math.round(value * scale) / scale;
}
