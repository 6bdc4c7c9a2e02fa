import type { FlintClient } from '@flintkv/client';
import type { RegisterValue } from '../checker/index.js';
import type { HistoryRecorder } from './history-recorder.js';
import type { ProxiedCluster } from './proxied-cluster.js';
import { reportedRegions } from './region-table.js';

const decoder = new TextDecoder();

/**
 * Undoes every fault: links healed, paused nodes resumed, stopped nodes started; waits until
 * the bootstrap's nodes are healthy (a node that joined may be leaving: the nemesis settles it).
 */
export async function healEverything(cluster: ProxiedCluster): Promise<void> {
  cluster.proxy.heal();
  for (const node of cluster.nodes) {
    cluster.resumeNode(node.nodeId);
    cluster.startNode(node.nodeId);
  }
  await cluster.waitHealthy(cluster.nodes.filter((node) => !node.joined).map((node) => node.nodeId));
}

/** kill -9 every node at once, start them all again, wait until all are healthy. */
export async function crashAndRestartAll(cluster: ProxiedCluster): Promise<void> {
  await Promise.all(cluster.nodes.map((node) => cluster.stopNode(node.nodeId, 'SIGKILL')));
  for (const node of cluster.nodes) cluster.startNode(node.nodeId);
  await cluster.waitHealthy();
}

/**
 * Reads every key linearizably and records the reads in the history, after everything else.
 * The checker then proves that every acknowledged write is still there (a lost write makes the
 * final read impossible to linearize). Retries a read until `timeoutMs`.
 */
export async function recordFinalReads(
  cluster: ProxiedCluster,
  keys: readonly string[],
  recorder: HistoryRecorder,
  timeoutMs = 30_000,
): Promise<Map<string, RegisterValue>> {
  const client = await cluster.connectClient(timeoutMs);
  const values = new Map<string, RegisterValue>();
  try {
    for (const key of keys) {
      const process = recorder.newProcess();
      recorder.invoke(process, key, { kind: 'read' });
      const bytes = await client.get(key);
      const value = bytes === undefined ? null : decoder.decode(bytes);
      recorder.ok(process, { kind: 'read', value });
      values.set(key, value);
    }
  } finally {
    await client.close();
  }
  return values;
}

/** One region whose replicas disagree, or that never reached one applied index. */
export interface ReplicaMismatch {
  regionId: number;
  reason: string;
}

/**
 * Compares every region's replicas (found from every node's Status): asks each replica for its checksum until all report the
 * same applied index (no writes are running, so they converge), then requires equal checksums
 * and key counts.
 */
export async function compareReplicas(
  cluster: ProxiedCluster,
  replicasPerRegion: number,
  timeoutMs = 30_000,
): Promise<ReplicaMismatch[]> {
  const client = await cluster.connectClient(5_000);
  const mismatches: ReplicaMismatch[] = [];
  try {
    const regions = await reportedRegions(client);
    // The meta group's table (splits included) against the replicas the nodes hold.
    const expectedRegions = (await client.regions()).length;
    if (regions.length !== expectedRegions) {
      mismatches.push({
        regionId: 0,
        reason: `the nodes hold replicas of ${regions.length} regions, the region table lists ${expectedRegions}`,
      });
    }
    for (const region of regions) {
      if (region.replicas.length !== replicasPerRegion) {
        mismatches.push({
          regionId: region.id,
          reason: `replicas on nodes ${region.replicas.join(', ')}, expected ${replicasPerRegion}`,
        });
      }
      const mismatch = await compareRegion(client, region.id, region.replicas, timeoutMs);
      if (mismatch !== undefined) mismatches.push({ regionId: region.id, reason: mismatch });
    }
  } finally {
    await client.close();
  }
  return mismatches;
}

async function compareRegion(
  client: FlintClient,
  regionId: number,
  peers: number[],
  timeoutMs: number,
): Promise<string | undefined> {
  const deadline = Date.now() + timeoutMs;
  let last = '';
  while (Date.now() < deadline) {
    try {
      const reports = await Promise.all(peers.map((nodeId) => client.checksum(regionId, nodeId, { timeoutMs: 3_000 })));
      const indexes = new Set(reports.map((report) => report.appliedIndex));
      last = reports.map((report) => `n${report.nodeId}@${report.appliedIndex}`).join(' ');
      if (indexes.size === 1) {
        const digests = new Set(
          reports.map((report) => `${Buffer.from(report.checksum).toString('hex')}/${report.keyCount}`),
        );
        if (digests.size === 1) return undefined;
        return `replicas differ at applied index ${reports[0]!.appliedIndex}: ${reports
          .map(
            (report) =>
              `n${report.nodeId}=${Buffer.from(report.checksum).toString('hex').slice(0, 16)} (${report.keyCount} keys)`,
          )
          .join(', ')}`;
      }
    } catch (error) {
      last = (error as Error).message;
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return `replicas never reached one applied index within ${timeoutMs} ms (last: ${last})`;
}
