/**
 * Membership changes of one region on real processes: a replica is removed (its node drops its
 * data), added back as a learner (an empty replica caught up by a snapshot) and promoted to a
 * voter, under writes; nothing acknowledged is lost and the replicas end equal. Bad changes are
 * refused with a stable code and leave the region as it was.
 */
import { FlintError, type FlintClient } from '@flintkv/client';
import { afterAll, describe, expect, it } from 'vitest';
import { connectTo, eventually, replicasAgree, runFlint, startCluster, stopAllClusters } from './helpers/cluster.js';

afterAll(stopAllClusters);

/** Writes keys until stopped; the acknowledged ones are kept. */
function startWriter(client: FlintClient): { acknowledged: Map<string, string>; stop: () => Promise<void> } {
  const acknowledged = new Map<string, string>();
  let stopped = false;
  const done = (async () => {
    for (let count = 0; !stopped; count++) {
      const key = `key-${count % 300}`;
      await client.put(key, `v${count}`);
      acknowledged.set(key, `v${count}`);
    }
  })();
  return {
    acknowledged,
    stop: async () => {
      stopped = true;
      await done;
    },
  };
}

describe('region membership changes', () => {
  it('removes a replica, adds it back as a learner, promotes it; under writes, nothing lost, replicas equal', async () => {
    // Placement off: it would add the removed replica back at once (the region is below its 3 replicas).
    const cluster = await startCluster({
      nodes: 3,
      regions: 1,
      extraFlags: ['--merge-size', '0', '--replace-down-after', '0'],
    });
    const client = await connectTo(cluster);
    const [region] = await client.regions();
    const regionId = region!.id;
    // The replica to move is on a node that leads neither the region nor the meta group.
    const status = await client.status();
    const leaderOf = (groupId: number) =>
      status.nodes.flatMap((node) => node.groups).find((group) => group.groupId === groupId && group.leader !== 0)
        ?.leader;
    const target = [1, 2, 3].find((nodeId) => nodeId !== leaderOf(regionId) && nodeId !== leaderOf(0))!;
    const endpoints = cluster.endpoints.join(',');
    const writer = startWriter(client);
    try {
      await eventually('some writes', () => writer.acknowledged.size > 20);

      const removed = await runFlint(['region', 'remove-replica', String(regionId), String(target)], endpoints);
      expect(removed.stderr).toBe('');
      expect(removed.code).toBe(0);
      const others = [1, 2, 3].filter((nodeId) => nodeId !== target);
      expect(removed.stdout).toContain(`region ${regionId}: replicas ${others.join(',')} `);
      const holds = async () =>
        (await client.status()).nodes
          .find((node) => node.nodeId === target)
          ?.groups.some((group) => group.groupId === regionId);
      await eventually(`node ${target} to drop its replica`, async () => (await holds()) === false, 30_000);
      expect(
        cluster.node(target).output.some((line) => line.includes('region replica removed by a membership change')),
      ).toBe(true);

      const learner = await client.changeReplicas(regionId, 'add-learner', target);
      expect(learner.peers).toContain(target);
      // The empty replica the table places there is caught up by a snapshot.
      await eventually(
        `node ${target}'s learner to catch up`,
        async () => {
          const nodes = (await client.status()).nodes;
          const leader = nodes
            .flatMap((node) => node.groups)
            .find((group) => group.groupId === regionId && group.role === 'leader');
          const replica = nodes
            .find((node) => node.nodeId === target)
            ?.groups.find((group) => group.groupId === regionId);
          return leader !== undefined && replica !== undefined && replica.applied >= leader.commit - 5;
        },
        60_000,
      ).catch((error: unknown) => {
        const lines = cluster.nodes.flatMap((node) =>
          node.output
            .filter((line) => /replica|snapshot|membership/.test(line))
            .slice(-8)
            .map((line) => `n${node.nodeId}: ${line}`),
        );
        throw new Error(`${(error as Error).message}\n${lines.join('\n')}`);
      });
      const voter = await client.changeReplicas(regionId, 'promote-learner', target);
      expect(voter.peers).toEqual([1, 2, 3]);
      expect(voter.epoch.confVersion).toBe(region!.epoch.confVersion + 3);
    } finally {
      await writer.stop();
    }
    for (const [key, value] of writer.acknowledged) expect(await client.getString(key)).toBe(value);
    await eventually('replicas to agree', () => replicasAgree(client, [1, 2, 3]), 30_000);
    await client.close();
  }, 150_000);

  it('refuses a bad change with a stable code and one line; the region is unchanged', async () => {
    const cluster = await startCluster({ nodes: 3, regions: 1 });
    const client = await connectTo(cluster);
    const [region] = await client.regions();
    const endpoints = cluster.endpoints.join(',');
    const refusals: [string[], RegExp][] = [
      [['region', 'add-learner', String(region!.id), '2'], /FLINT_REPLICA_EXISTS/],
      [['region', 'promote-learner', String(region!.id), '2'], /FLINT_REPLICA_NOT_LEARNER/],
      [['region', 'add-learner', String(region!.id), '9'], /FLINT_REPLICA_UNKNOWN_NODE/],
    ];
    for (const [args, code] of refusals) {
      const run = await runFlint(args, endpoints);
      expect(run.code, args.join(' ')).not.toBe(0);
      expect(run.stderr.trim().split('\n')).toHaveLength(1);
      expect(run.stderr).toMatch(code);
    }
    const leader = (await client.regions())[0]!.leader;
    const error = (await client
      .changeReplicas(region!.id, 'remove-replica', leader)
      .catch((caught: unknown) => caught)) as FlintError;
    expect(error).toBeInstanceOf(FlintError);
    expect(error.message).toMatch(/FLINT_REPLICA_IS_LEADER/);
    const after = (await client.regions())[0]!;
    expect(after.peers).toEqual([1, 2, 3]);
    expect(after.epoch).toEqual(region!.epoch);
    await client.close();
  }, 90_000);
});
