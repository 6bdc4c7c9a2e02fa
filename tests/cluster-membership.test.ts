/**
 * A cluster that grows and shrinks while it serves: nodes join a running three-node cluster
 * (`--join`), the meta group gives them a replica and placement moves region replicas onto
 * them; a member removed (`flint member remove`) is drained and exits by itself; nothing
 * acknowledged is lost and the replicas end equal.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePorts } from '@flintkv/server/testing';
import { afterAll, describe, expect, it } from 'vitest';
import { connectTo, eventually, replicasAgree, runFlint, startCluster, stopAllClusters } from './helpers/cluster.js';

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
    // Leader balance hands leaderships to the new nodes too: six regions over five nodes, a
    // leadership moving only to a replica that leads two fewer (`decideLeaderTransfers`).
    let leaders = '';
    await eventually(
      'leaders spread onto the new nodes',
      async () => {
        const listed = await client.members();
        leaders = listed.map((member) => `n${member.nodeId}:${member.leaders}`).join(' ');
        const onNewNodes = listed
          .filter((member) => member.nodeId >= 4)
          .reduce((sum, member) => sum + member.leaders, 0);
        return onNewNodes >= 1 && listed.every((member) => member.leaders <= 3);
      },
      60_000,
    ).catch((error: unknown) => {
      const regions = cluster.nodes.flatMap((node) =>
        node.output
          .filter((line) => /leader/i.test(line))
          .slice(-6)
          .map((line) => `n${node.nodeId}: ${line}`),
      );
      throw new Error(`${(error as Error).message}: ${leaders}\n${regions.join('\n')}`);
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

  it('refuses a join with an id in use or another cluster id, and removals the cluster cannot survive; it stays unchanged', async () => {
    const cluster = await startCluster({
      nodes: 3,
      regions: 2,
      extraFlags: ['--merge-size', '0', '--split-load', '0'],
    });
    const client = await connectTo(cluster);
    await client.put('before', 'b');
    const directory = await mkdtemp(join(tmpdir(), 'flint-join-'));
    try {
      const [peerPort, clientPort] = await freePorts(2, '127.0.0.1');
      const joinAs = (id: number, extra: string[] = []) =>
        runFlint([
          'server',
          '--id',
          String(id),
          '--data',
          join(directory, `n${id}-${extra.length}`),
          '--peer',
          `127.0.0.1:${peerPort}`,
          '--client',
          `127.0.0.1:${clientPort}`,
          '--join',
          cluster.node(1).clientAddress,
          ...extra,
        ]);
      const inUse = await joinAs(2);
      expect(inUse.code).toBe(1);
      expect(inUse.stdout).toMatch(/FLINT_MEMBER_ID_IN_USE/);
      const otherCluster = await joinAs(4, ['--cluster-id', String(cluster.clusterId + 1)]);
      expect(otherCluster.code).toBe(1);
      expect(otherCluster.stdout).toMatch(/FLINT_CLUSTER_MISMATCH/);
      const both = await runFlint([
        'server',
        '--id',
        '4',
        '--data',
        directory,
        '--join',
        '127.0.0.1:1',
        '--cluster',
        '4=127.0.0.1:1',
      ]);
      expect(both.code).toBe(2);
      expect(both.stderr).toMatch(/--join and --cluster exclude each other/);
    } finally {
      await rm(directory, { recursive: true, force: true });
    }

    // Three nodes, three replicas: no node can go; an unknown one is named as such.
    const endpoints = cluster.endpoints.join(',');
    const belowReplicas = await runFlint(['member', 'remove', '3'], endpoints);
    expect(belowReplicas.code).toBe(2);
    expect(belowReplicas.stderr.trim().split('\n')).toHaveLength(1);
    expect(belowReplicas.stderr).toMatch(/FLINT_MEMBER_REMOVE_BELOW_REPLICAS/);
    const unknown = await runFlint(['member', 'remove', '9'], endpoints);
    expect(unknown.stderr).toMatch(/FLINT_UNKNOWN_MEMBER/);

    const members = await client.members();
    expect(members.map((member) => `${member.nodeId}:${member.state}`)).toEqual(['1:active', '2:active', '3:active']);
    expect(await client.getString('before')).toBe('b');
  }, 120_000);

  it('replaces a node that lost its disk: refused under its old id, removed while down, a new node joins; nothing lost', async () => {
    const cluster = await startCluster({
      nodes: 4,
      regions: 4,
      extraFlags: ['--merge-size', '0', '--split-load', '0'],
    });
    const client = await connectTo(cluster);
    for (let index = 0; index < 100; index++) await client.put(`key-${index}`, `v${index}`);
    await eventually('every incarnation recorded', async () =>
      (await client.members()).every((member) => member.incarnation !== ''),
    );
    const victim = cluster.node(4);
    await cluster.kill(4, 'SIGKILL');
    await rm(victim.dataDirectory, { recursive: true, force: true });
    const firstLine = victim.output.length;
    cluster.start(4);
    const exitCode = await new Promise<number | null>((resolve) => victim.process!.once('exit', resolve));
    expect(exitCode).toBe(1);
    await eventually('the refusal to say how to replace the node', () =>
      victim.output.slice(firstLine).some((line) => line.includes('flint member remove 4')),
    );

    await client.removeMember(4);
    for (let index = 0; index < 50; index++) await client.put(`during-${index}`, `d${index}`);
    await eventually(
      'node 4 removed, its replicas re-created from the survivors',
      async () => {
        const regions = await client.regions();
        const members = (await client.members()).map((member) => member.nodeId);
        return (
          members.join(',') === '1,2,3' &&
          regions.every((region) => region.peers.length === 3 && !region.peers.includes(4))
        );
      },
      120_000,
    );

    await cluster.addNode(5);
    let seen = '';
    await eventually(
      'the new node to take its share of the replicas',
      async () => {
        const members = await client.members();
        const regions = await client.regions();
        seen = `${JSON.stringify(members.map(({ nodeId, up, state, replicas }) => ({ nodeId, up, state, replicas })))} ${JSON.stringify(regions.map((region) => region.peers))}`;
        const settled = regions.every((region) => region.peers.length === 3);
        return settled && members.length === 4 && members.every((member) => member.replicas === 3);
      },
      120_000,
    ).catch((error: unknown) => {
      const lines = cluster.nodes.flatMap((node) =>
        node.output
          .filter((line) => /member|learner|replica|join|peer/i.test(line))
          .slice(-10)
          .map((line) => `n${node.nodeId}: ${line}`),
      );
      throw new Error(`${(error as Error).message}\n${seen}\n${lines.join('\n')}`);
    });
    for (let index = 0; index < 100; index++) expect(await client.getString(`key-${index}`)).toBe(`v${index}`);
    for (let index = 0; index < 50; index++) expect(await client.getString(`during-${index}`)).toBe(`d${index}`);
    await eventually('replicas to agree', () => replicasAgree(client, [1, 2, 3, 5]), 30_000);
  }, 360_000);
});
