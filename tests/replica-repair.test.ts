/**
 * Replicas follow the nodes that are up: on five nodes with three replicas per region, a node
 * killed and never restarted has each of its replicas re-created on another node (learner,
 * snapshot, promotion, the dead one removed) once it has been down for `--replace-down-after`;
 * reads and writes go on, nothing acknowledged is lost, the replicas end equal.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { connectTo, eventually, replicasAgree, startCluster, stopAllClusters } from './helpers/cluster.js';

afterAll(stopAllClusters);

describe('replica repair', () => {
  it('re-creates the replicas of a dead node on the others: every region back to 3 replicas, nothing lost', async () => {
    const cluster = await startCluster({
      nodes: 5,
      regions: 5,
      extraFlags: ['--replace-down-after', '3', '--merge-size', '0', '--split-load', '0'],
    });
    const client = await connectTo(cluster);
    for (let index = 0; index < 200; index++) await client.put(`key-${index}`, `v${index}`);
    const dead = 5;
    const held = (await client.regions()).filter((region) => region.peers.includes(dead));
    expect(held.length).toBeGreaterThan(0);
    await cluster.kill(dead, 'SIGKILL');

    // Writes go on while the replicas move.
    for (let index = 0; index < 50; index++) await client.put(`during-${index}`, `d${index}`);
    await eventually(
      `every region to hold 3 replicas, none on node ${dead}`,
      async () => {
        const regions = await client.regions();
        return regions.every((region) => region.peers.length === 3 && !region.peers.includes(dead));
      },
      90_000,
    ).catch((error: unknown) => {
      const lines = cluster.nodes.flatMap((node) =>
        node.output
          .filter((line) => /membership|replica/.test(line))
          .slice(-6)
          .map((line) => `n${node.nodeId}: ${line}`),
      );
      throw new Error(`${(error as Error).message}\n${lines.join('\n')}`);
    });
    for (let index = 0; index < 200; index++) expect(await client.getString(`key-${index}`)).toBe(`v${index}`);
    for (let index = 0; index < 50; index++) expect(await client.getString(`during-${index}`)).toBe(`d${index}`);
    await eventually('replicas to agree', () => replicasAgree(client, [1, 2, 3, 4]), 30_000);
    await client.close();
  }, 150_000);
});
