// The idle-regions benchmark (`npm run bench -- --idle-regions N`): what regions cost a 3-node
// cluster that serves nothing. Per region count: the time to bootstrap, the first write after
// the cluster reports ready, CPU and RSS of each node over a window without traffic, and how
// long one node takes to serve again after a SIGTERM and after a SIGKILL.
import { connect } from '../../packages/client/dist/index.js';
import { defaultWorkerCount } from '../../packages/server/dist/index.js';
import { readyWithLeaders } from '../../packages/server/dist/testing/index.js';
import { startFlintNodes } from './flint-target.mjs';
import { nodeWindowFigures, residentBytes, sampleNodes } from './process-stats.mjs';

/** The signals a restart can be measured with, in the order they run. */
export const RESTART_SIGNALS = Object.freeze(['SIGTERM', 'SIGKILL']);

/** The node that is restarted: any would do, a fixed one keeps runs comparable. */
const RESTARTED_NODE = 3;
/** How often RSS is sampled during the window: its mean is what the KiB/region figure uses. */
const RSS_SAMPLE_INTERVAL_MS = 1_000;
const POLL_INTERVAL_MS = 50;
const MIB = 1024 * 1024;

/**
 * One region count, on a fresh cluster with the server's default flags: bootstrap, first write,
 * `settleS` of quiet, the idle window of `windowS`, then one restart of node 3 per signal in
 * `restartSignals`. `track` receives what stops the cluster (see `startFlintNodes`).
 */
export async function measureIdleConfiguration({
  regions,
  windowS,
  settleS,
  restartSignals,
  readyTimeoutMs,
  log = () => {},
  track,
}) {
  log(`idle: starting 3 nodes, ${regions} region(s)`);
  const bootstrapStarted = performance.now();
  const cluster = await startFlintNodes({ nodes: 3, regions, readyTimeoutMs, track });
  try {
    const bootstrapS = seconds(performance.now() - bootstrapStarted);
    log(`idle: ${regions} region(s) ready (every node's /readyz, every leader known) after ${bootstrapS} s`);

    // A fresh client, as an application that starts along with the cluster would have.
    const connectStarted = performance.now();
    const client = await connect({ endpoints: cluster.endpoints, timeoutMs: 30_000 });
    const connectMs = milliseconds(performance.now() - connectStarted);
    const writeStarted = performance.now();
    await client.put('idle-bench/first-write', 'first write after ready', { timeoutMs: 30_000 });
    const firstWriteMs = milliseconds(performance.now() - writeStarted);
    // Closed before the window: an open client is traffic of its own.
    await client.close();
    log(
      `idle: connect ${connectMs} ms, first put ${firstWriteMs} ms; ${settleS} s of quiet, then ${windowS} s measured`,
    );

    await delay(settleS * 1000);
    const idle = await measureIdleWindow(cluster, regions, windowS);
    log(
      `idle: CPU % of one core ${idle.cpuPercentPerNode.join(' / ')}, RSS MiB ${idle.rssMiBPerNode.join(' / ')}` +
        `, other processes ${idle.otherProcessesCores} cores`,
    );

    const leadersPerNode = await leaderCounts(cluster);
    const restarts = [];
    for (const signal of restartSignals) {
      const restart = await measureRestart(cluster, RESTARTED_NODE, signal, readyTimeoutMs);
      log(
        `idle: restart node ${RESTARTED_NODE} after ${signal}: exited in ${restart.exitS ?? '?'} s; ` +
          `ready ${restart.readyS ?? '?'} s, leads region ${restart.regionId ?? '?'} ${restart.leadsS ?? '?'} s, ` +
          `serves ${restart.servesS ?? '?'} s after its start${restart.error ? `; ${restart.error}` : ''}`,
      );
      restarts.push(restart);
      // The next restart starts from a whole cluster again.
      await cluster.waitHealthy(undefined, readyTimeoutMs);
    }
    return {
      nodes: 3,
      regions,
      hostThreads: defaultWorkerCount(regions),
      bootstrapS,
      connectMs,
      firstWriteMs,
      settleS,
      ...idle,
      leadersPerNode,
      restarts,
    };
  } finally {
    await cluster.stop();
  }
}

/**
 * CPU of every node process (and of its threads) between the window's edges, RSS sampled every
 * second, and what else the machine ran meanwhile.
 */
async function measureIdleWindow(cluster, regions, windowS) {
  const pids = cluster.nodes.map((node) => node.process?.pid ?? null);
  const rssSamples = pids.map(() => []);
  const sampleRss = () =>
    pids.forEach((pid, index) => {
      const bytes = pid === null ? null : residentBytes(pid);
      if (bytes !== null) rssSamples[index].push(bytes);
    });
  const before = sampleNodes(pids);
  sampleRss();
  const sampler = setInterval(sampleRss, RSS_SAMPLE_INTERVAL_MS);
  await delay(windowS * 1000);
  clearInterval(sampler);
  sampleRss();
  const after = sampleNodes(pids);
  const window = nodeWindowFigures(pids, before, after, defaultWorkerCount(regions));
  const measuredS = window.windowS;
  const { cpuSecondsPerNode } = window;
  const meanRss = rssSamples.map((samples) =>
    samples.length === 0 ? null : samples.reduce((sum, bytes) => sum + bytes, 0) / samples.length,
  );
  return {
    windowS: round(measuredS, 2),
    serverPids: pids,
    cpuSecondsPerNode: cpuSecondsPerNode.map((value) => (value === null ? null : round(value, 2))),
    cpuPercentPerNode: cpuSecondsPerNode.map((value) => (value === null ? null : round((100 * value) / measuredS, 1))),
    threadCpuPerNode: window.threadCpuPerNode,
    rssBytesPerNode: meanRss.map((value) => (value === null ? null : Math.round(value))),
    rssMiBPerNode: meanRss.map((value) => (value === null ? null : round(value / MIB, 1))),
    peakRssMiBPerNode: window.peakRssMiBPerNode,
    machineCpuPercent: window.machineCpuPercent,
    otherProcessesCores: window.otherProcessesCores,
  };
}

/** How many regions each node leads (the meta group left out), from each node's own status. */
async function leaderCounts(cluster) {
  const client = await connect({ endpoints: cluster.endpoints, timeoutMs: 30_000 });
  try {
    const status = await client.status({ timeoutMs: 30_000 });
    return cluster.nodes.map((node) => {
      const report = status.nodes.find((each) => each.nodeId === node.nodeId);
      return report?.up ? report.groups.filter((group) => group.groupId !== 0 && group.role === 'leader').length : null;
    });
  } catch {
    return cluster.nodes.map(() => null);
  } finally {
    await client.close();
  }
}

/**
 * Stops node `nodeId` with `signal`, starts it again on the same data directory and flags, and
 * times, from that start:
 * - `readyS`: its `/readyz` answers 200 with every leader known (what the bootstrap waits for);
 * - `leadsS`: it leads a region again. A restarted node leads nothing until leaders move to it,
 *   and the leader balance moves one per node every 5 s, so the bench asks for one (transferLeader
 *   of a region whose key range has a start key) through a client whose only endpoint is this node;
 * - `servesS`: a put and then a linearizable get of a key of that region, through that client,
 *   with the node as the region's leader, came back with the value written.
 * Each figure is null, and `error` says why, when it did not happen within `timeoutMs`.
 */
async function measureRestart(cluster, nodeId, signal, timeoutMs) {
  const node = cluster.node(nodeId);
  const result = {
    nodeId,
    signal,
    exitCode: null,
    exitS: null,
    readyS: null,
    leadsS: null,
    servesS: null,
    regionId: null,
    error: null,
  };
  const stopStarted = performance.now();
  // startTestCluster's kill sends SIGKILL after 10 s: a SIGTERM that took that long shows as exit code null.
  result.exitCode = await cluster.kill(nodeId, signal);
  result.exitS = seconds(performance.now() - stopStarted);

  const started = performance.now();
  const since = () => seconds(performance.now() - started);
  const deadline = started + timeoutMs;
  cluster.start(nodeId);
  let client;
  try {
    while (!(await readyWithLeaders(node.metricsAddress))) {
      if (node.process === undefined) throw new Error(`node ${nodeId} exited after its restart`);
      if (performance.now() > deadline) throw new Error(`not ready within ${timeoutMs} ms`);
      await delay(POLL_INTERVAL_MS);
    }
    result.readyS = since();

    client = await connect({ endpoints: [node.clientAddress], timeoutMs: Math.max(1, deadline - performance.now()) });
    const region = (await client.regions()).find(
      (candidate) => candidate.startKey.length > 0 && candidate.peers.includes(nodeId),
    );
    if (region === undefined) throw new Error(`no region with a start key has a replica on node ${nodeId}`);
    result.regionId = region.id;
    await becomeLeader(client, region.id, nodeId, deadline);
    result.leadsS = since();

    // The region's start key belongs to it, whatever the bootstrap's split keys look like.
    const value = `written after ${signal} and restart`;
    await client.put(region.startKey, value, { timeoutMs: Math.max(1, deadline - performance.now()) });
    const read = await client.getString(region.startKey, { timeoutMs: Math.max(1, deadline - performance.now()) });
    if (read !== value) throw new Error(`the get after the put read ${JSON.stringify(read)}`);
    result.servesS = since();
    if (!(await leads(client, region.id, nodeId))) {
      result.error = `node ${nodeId} no longer led region ${region.id} after the get`;
    }
  } catch (error) {
    result.error = error instanceof Error ? error.message : String(error);
  } finally {
    await client?.close();
  }
  return result;
}

/** Asks for leadership of `regionId` to move to `nodeId` until that node's status says it leads. */
async function becomeLeader(client, regionId, nodeId, deadline) {
  let lastError;
  while (performance.now() < deadline) {
    try {
      if (await leads(client, regionId, nodeId)) return;
      await client.transferLeader(regionId, nodeId, { timeoutMs: 2_000 });
      // A transfer is accepted before it is done: the target campaigns once it has caught up.
      const transferDeadline = Math.min(deadline, performance.now() + 5_000);
      while (performance.now() < transferDeadline) {
        if (await leads(client, regionId, nodeId)) return;
        await delay(POLL_INTERVAL_MS);
      }
    } catch (error) {
      lastError = error;
      await delay(POLL_INTERVAL_MS);
    }
  }
  throw new Error(
    `node ${nodeId} did not become leader of region ${regionId} in time (${lastError?.message ?? 'no error'})`,
  );
}

/** Whether node `nodeId` reports itself as the leader of `regionId`. */
async function leads(client, regionId, nodeId) {
  const status = await client.status({ timeoutMs: 2_000 });
  const report = status.nodes.find((each) => each.nodeId === nodeId && each.up);
  return report?.groups.some((group) => group.groupId === regionId && group.role === 'leader') ?? false;
}

/**
 * Memory per idle region, per node: the mean-RSS difference between the large and the baseline
 * cluster over the difference in regions, in KiB; and the mean over the nodes.
 */
export function perRegionMemory(baseline, large) {
  const perNode = large.rssBytesPerNode.map((bytes, index) => {
    const base = baseline.rssBytesPerNode[index];
    if (bytes === null || base === null || large.regions === baseline.regions) return null;
    return round((bytes - base) / 1024 / (large.regions - baseline.regions), 1);
  });
  const known = perNode.filter((value) => value !== null);
  return {
    baselineRegions: baseline.regions,
    regions: large.regions,
    kibPerRegionPerNode: perNode,
    kibPerRegionMean: known.length === 0 ? null : round(known.reduce((sum, value) => sum + value, 0) / known.length, 1),
  };
}

function delay(ms) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

function seconds(ms) {
  return round(ms / 1000, 2);
}

function milliseconds(ms) {
  return round(ms, 1);
}

function round(value, digits) {
  const scale = 10 ** digits;
  return Math.round(value * scale) / scale;
}
