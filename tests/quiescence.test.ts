/**
 * Idle regions quiesce (`packages/server/src/worker/group/quiescence.ts`): every replica of an
 * idle cluster stops ticking, a request wakes its region and is served, and a region whose
 * leader's node dies — killed (its links close) or paused (its links stay open and go silent) —
 * wakes on the other nodes and elects a new leader; nothing acknowledged is lost.
 */
import type { FlintClient } from '@flintkv/client';
import type { TestCluster } from '@flintkv/server/testing';
import { afterAll, describe, expect, it } from 'vitest';
import { connectTo, eventually, replicasAgree, startCluster, stopAllClusters } from './helpers/cluster.js';

afterAll(stopAllClusters);

const REGIONS = 12;
const FLAGS = ['--quiesce-after', '1', '--merge-size', '0', '--split-load', '0'];

/** The sum of a metric's series on one node. */
async function metricSum(cluster: TestCluster, nodeId: number, name: string): Promise<number> {
  const text = await (await fetch(`http://${cluster.node(nodeId).metricsAddress}/metrics`)).text();
  let sum = 0;
  for (const line of text.split('\n')) if (line.startsWith(`${name}{`)) sum += Number(line.split(' ').pop());
  return sum;
}

/** Whether every region replica on `nodeIds` is quiesced. */
async function allQuiesced(cluster: TestCluster, nodeIds: readonly number[]): Promise<boolean> {
  for (const nodeId of nodeIds) {
    if ((await metricSum(cluster, nodeId, 'flint_host_regions_quiesced')) !== REGIONS) return false;
  }
  return true;
}

/** The leader of each region as the live nodes `nodeIds` report it (0 where none is known). */
async function leaders(client: FlintClient, nodeIds: readonly number[]): Promise<Map<number, number>> {
  const status = await client.status();
  const byRegion = new Map<number, number>();
  for (const node of status.nodes.filter((each) => nodeIds.includes(each.nodeId))) {
    for (const group of node.groups) {
      if (group.groupId === 0) continue;
      if (group.leader !== 0 && nodeIds.includes(group.leader)) byRegion.set(group.groupId, group.leader);
      else if (!byRegion.has(group.groupId)) byRegion.set(group.groupId, 0);
    }
  }
  return byRegion;
}

async function writeEveryRegion(client: FlintClient, round: string): Promise<Map<string, string>> {
  const written = new Map<string, string>();
  for (let index = 0; index < 64; index++) {
    const key = String.fromCharCode(32 + index) + `/key-${index}`;
    await client.put(key, `${round}-${index}`);
    written.set(key, `${round}-${index}`);
  }
  return written;
}

describe('quiescent regions', () => {
  it.each([
    ['killed', 'SIGKILL'],
    ['paused', 'SIGSTOP'],
  ] as const)(
    'all quiesce when idle, wake for requests, and elect a new leader when the leader node is %s',
    async (_, signal) => {
      const cluster = await startCluster({ nodes: 3, regions: REGIONS, extraFlags: FLAGS });
      const client = await connectTo(cluster, 10_000);
      const written = await writeEveryRegion(client, 'before');
      await eventually('every replica to quiesce', () => allQuiesced(cluster, [1, 2, 3]), 30_000, 250);

      // A quiesced region serves a read and a write.
      expect(await client.getString(' /key-0')).toBe('before-0');
      await client.put(' /key-0', 'woken');
      written.set(' /key-0', 'woken');

      // The node leading the most regions goes away without a word.
      const before = await leaders(client, [1, 2, 3]);
      const counts = [1, 2, 3].map((nodeId) => [...before.values()].filter((leader) => leader === nodeId).length);
      const gone = counts.indexOf(Math.max(...counts)) + 1;
      const live = [1, 2, 3].filter((nodeId) => nodeId !== gone);
      if (signal === 'SIGKILL') await cluster.kill(gone, 'SIGKILL');
      else cluster.pause(gone);
      try {
        await eventually(
          `every region to elect a leader on nodes ${live.join(' and ')}`,
          async () => [...(await leaders(client, live)).values()].every((leader) => leader !== 0),
          30_000,
          250,
        );
        for (const [key, value] of await writeEveryRegion(client, 'after')) written.set(key, value);
        for (const [key, value] of written) expect(await client.getString(key), key).toBe(value);
      } finally {
        if (signal === 'SIGSTOP') cluster.resume(gone);
      }
      if (signal === 'SIGKILL') cluster.start(gone, FLAGS);
      await cluster.waitHealthy();
      await eventually('replicas to agree', () => replicasAgree(client, [1, 2, 3]), 30_000, 250);
    },
    120_000,
  );
});
