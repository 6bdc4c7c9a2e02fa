/**
 * Regions moving between the host threads of a node, on real processes: `flint region
 * move-host` and the SDK's `moveRegionHost` move replicas (led ones too: the node hands the
 * leadership off first) while clients write; every acknowledged write survives, the move
 * outlives a kill -9 (the node layout records it), replicas stay equal, and bad moves are
 * refused with a stable code and the cluster unchanged.
 */
import type { FlintClient } from '@flintkv/client';
import { afterEach, describe, expect, it } from 'vitest';
import { connectTo, eventually, replicasAgree, runFlint, startCluster, stopAllClusters } from './helpers/cluster.js';

afterEach(stopAllClusters);

const key = (index: number) => `k${String(index).padStart(15, '0')}`;

/** Moves node `nodeId`'s replica of `regionId` to whichever of hosts 0 and 1 it is not on; resolves to the host it went to. */
async function moveToOtherHost(client: FlintClient, nodeId: number, regionId: number): Promise<number> {
  try {
    return (await client.moveRegionHost(nodeId, regionId, 0)).toHost;
  } catch (error) {
    if (!(error instanceof Error) || !error.message.includes('FLINT_MOVE_SAME_HOST')) throw error;
    return (await client.moveRegionHost(nodeId, regionId, 1)).toHost;
  }
}

describe('region moves between host threads', () => {
  it('moves followers and leaders under writes; a kill -9 keeps the move; nothing lost, replicas equal', async () => {
    const cluster = await startCluster({ nodes: 3, regions: 4, extraFlags: ['--workers', '2'] });
    const client = await connectTo(cluster);
    let stopped = false;
    const acknowledged = new Map<string, number>();
    const writers = Promise.all(
      Array.from({ length: 8 }, async (_, writer) => {
        for (let round = 0; !stopped; round++) {
          for (let index = writer; index < 400 && !stopped; index += 8) {
            await client.put(key(index), String(round));
            acknowledged.set(key(index), round);
          }
        }
      }),
    );
    await eventually('writes to flow', async () => acknowledged.size >= 100);

    const regions = await client.regions();
    const led = regions.find((region) => region.leader === 1);
    const followed = regions.find((region) => region.leader !== 1 && region.leader !== 0);
    const moved = new Map<number, number>();
    for (const region of [led, followed]) {
      if (region === undefined) continue;
      moved.set(region.id, await moveToOtherHost(client, 1, region.id));
    }
    expect(moved.size).toBeGreaterThan(0);
    // By the CLI too, and back: one line naming both threads.
    const [first, host] = [...moved][0]!;
    const cli = await runFlint(
      ['region', 'move-host', String(first), '--node', '1', '--host', String(1 - host)],
      cluster.endpoints.join(','),
    );
    expect(cli.stderr).toBe('');
    expect(cli.code).toBe(0);
    expect(cli.stdout).toContain(`host thread ${host} -> ${1 - host}`);
    moved.set(first, 1 - host);

    await eventually('more writes after the moves', async () => acknowledged.size === 400);
    await cluster.kill(1, 'SIGKILL');
    cluster.start(1);
    await cluster.waitHealthy();
    // The layout kept each move: asked to go where it is, the node says it is there.
    for (const [regionId, toHost] of moved) {
      await expect(client.moveRegionHost(1, regionId, toHost)).rejects.toThrow(/FLINT_MOVE_SAME_HOST/);
    }
    stopped = true;
    await writers;

    for (const [name, round] of acknowledged) {
      expect(Number(await client.getString(name)), name).toBeGreaterThanOrEqual(round);
    }
    await eventually('replicas to agree', () => replicasAgree(client, [1, 2, 3]));
  });

  it('refuses a bad move with a stable code and one line; the cluster is unchanged', async () => {
    const cluster = await startCluster({ nodes: 3, regions: 2, extraFlags: ['--workers', '2'] });
    const client = await connectTo(cluster);
    const before = await client.regions();
    const region = before[0];
    const endpoints = cluster.endpoints.join(',');

    const badHost = await runFlint(
      ['region', 'move-host', String(region!.id), '--node', '2', '--host', '7'],
      endpoints,
    );
    expect(badHost.code).not.toBe(0);
    expect(badHost.stderr).toMatch(/FLINT_MOVE_BAD_HOST.*threads 0 to 1/);
    expect(badHost.stderr.trim().split('\n')).toHaveLength(1);

    await expect(client.moveRegionHost(2, 999, 0)).rejects.toThrow(/FLINT_MOVE_GROUP_UNKNOWN/);
    await expect(client.moveRegionHost(2, region!.id, -1)).rejects.toMatchObject({ code: 'FLINT_INVALID_ARGUMENT' });
    const missingNode = await runFlint(
      ['region', 'move-host', String(region!.id), '--node', '9', '--host', '0'],
      endpoints,
    );
    expect(missingNode.code).not.toBe(0);
    expect(missingNode.stderr).toMatch(/node 9 is not a known member/);

    expect(
      (await client.regions()).map(({ id, startKey, endKey, epoch }) => ({ id, startKey, endKey, epoch })),
    ).toEqual(before.map(({ id, startKey, endKey, epoch }) => ({ id, startKey, endKey, epoch })));
    await client.put('after', 'refusals');
    expect(await client.getString('after')).toBe('refusals');
  });
});
