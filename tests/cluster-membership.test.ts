/**
 * A cluster that grows and shrinks while it serves: nodes join a running three-node cluster
 * (`--join`), the meta group gives them a replica and placement moves region replicas onto
 * them; a member removed (`flint member remove`) is drained and exits by itself; nothing
 * acknowledged is lost and the replicas end equal.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { connectTo, eventually, replicasAgree, startCluster, stopAllClusters } from './helpers/cluster.js';

afterAll(stopAllClusters);

describe('cluster membership', () => {
  it('grows from 3 to 5 nodes: members listed, replicas spread onto the new nodes, nothing lost', async () => {
    const cluster = await startCluster({
      nodes: 3,
      regions: 6,
      extraFlags: ['--merge-size', '0', '--split-load', '0'],
    });
    const client = await connectTo(cluster);
    for (let index = 0; index < 200; index++) await client.put(`key-${index}`, `v${index}`);

    await cluster.addNode(4);
    await cluster.addNode(5);
    const describe = () =>
      cluster.nodes
        .flatMap((node) =>
          node.output
            .filter((line) => /join|member|learner|replica|refused|error/i.test(line))
            .slice(-8)
            .map((line) => `n${node.nodeId}: ${line}`),
        )
        .join('\n');
    const members = await eventually(
      'five members, all up',
      async () => {
        const listed = await client.members();
        return listed.length === 5 && listed.every((member) => member.up) ? listed : undefined;
      },
      60_000,
    ).catch((error: unknown) => {
      throw new Error(`${(error as Error).message}\n${describe()}`);
    });
    expect(members.map((member) => member.nodeId)).toEqual([1, 2, 3, 4, 5]);

    // Writes go on while replicas move onto the new nodes.
    for (let index = 0; index < 50; index++) await client.put(`during-${index}`, `d${index}`);
    await eventually(
      'replicas spread over the five nodes',
      async () => {
        const counts = (await client.members()).map((member) => member.replicas);
        const settled = (await client.regions()).every((region) => region.peers.length === 3);
        return settled && Math.min(...counts) >= 3 && Math.max(...counts) <= 4 ? counts : undefined;
      },
      120_000,
    ).catch((error: unknown) => {
      throw new Error(`${(error as Error).message}\n${describe()}`);
    });
    for (let index = 0; index < 200; index++) expect(await client.getString(`key-${index}`)).toBe(`v${index}`);
    for (let index = 0; index < 50; index++) expect(await client.getString(`during-${index}`)).toBe(`d${index}`);
    await eventually('replicas to agree', () => replicasAgree(client, [1, 2, 3, 4, 5]), 30_000);

    // Node 2 is one of the bootstrap's meta voters: a joined node takes its place there.
    const leaving = await client.removeMember(2);
    expect(leaving.find((member) => member.nodeId === 2)?.state).toBe('leaving');
    for (let index = 0; index < 50; index++) await client.put(`removing-${index}`, `r${index}`);
    await eventually('node 2 to exit by itself', () => cluster.node(2).process === undefined, 120_000).catch(
      (error: unknown) => {
        throw new Error(`${(error as Error).message}\n${describe()}`);
      },
    );
    expect(cluster.node(2).output.join('\n')).toMatch(/left the cluster/);
    await eventually(
      'four members, none leaving',
      async () => {
        const listed = await client.members();
        return (
          listed.map((member) => `${member.nodeId}:${member.state}`).join(',') === '1:active,3:active,4:active,5:active'
        );
      },
      30_000,
    );
    await eventually('every region on 3 replicas, none on node 2', async () =>
      (await client.regions()).every((region) => region.peers.length === 3 && !region.peers.includes(2)),
    );
    for (let index = 0; index < 200; index++) expect(await client.getString(`key-${index}`)).toBe(`v${index}`);
    for (let index = 0; index < 50; index++) expect(await client.getString(`removing-${index}`)).toBe(`r${index}`);
    await eventually('replicas to agree', () => replicasAgree(client, [1, 3, 4, 5]), 30_000);
    // The meta group keeps a majority without node 2: a split is recorded in its table.
    await client.splitRegion('key-1');
  }, 360_000);
});
