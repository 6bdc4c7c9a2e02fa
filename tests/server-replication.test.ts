/**
 * Three real node processes: what the leader acknowledges is replicated and survives the
 * leader's kill -9; a new leader takes over and writes resume; the killed node, restarted,
 * catches up to the same state as the others.
 */
import { connect, type FlintClient } from '@flintkv/client';
import type { TestCluster } from '@flintkv/server/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually, replicasAgree, startCluster, stopAllClusters } from './helpers/cluster.js';

let cluster: TestCluster;
let client: FlintClient;

beforeAll(async () => {
  cluster = await startCluster({ nodes: 3, regions: 4 });
  client = await connect({ endpoints: cluster.endpoints, timeoutMs: 15_000 });
});

afterAll(async () => {
  await client?.close();
  await stopAllClusters();
});

describe('a three-node cluster', () => {
  it('makes an acknowledged put readable, linearizably and from every replica', async () => {
    const keys = Array.from({ length: 40 }, (_, index) => `user/${index.toString().padStart(3, '0')}`);
    await Promise.all(keys.map((key) => client.put(key, `v-${key}`)));
    for (const key of keys) expect(await client.getString(key)).toBe(`v-${key}`);
    await eventually('every replica to hold the same data', () => replicasAgree(client, [1, 2, 3]));
  });

  it('elects a new leader after kill -9 of the leader; acknowledged writes survive and writes resume', async () => {
    const region = (await client.regions()).find((each) => each.leader !== 0)!;
    const victim = region.leader;
    const key = Buffer.concat([Buffer.from(region.startKey), Buffer.from('/failover')]);
    const acknowledged = new Map<string, string>();
    for (let index = 0; index < 20; index++) {
      await client.put(`${key.toString('latin1')}/${index}`, `before-${index}`);
      acknowledged.set(`${key.toString('latin1')}/${index}`, `before-${index}`);
    }

    const killedAt = Date.now();
    await cluster.kill(victim, 'SIGKILL');
    await client.put(`${key.toString('latin1')}/after`, 'after');
    const firstWriteMs = Date.now() - killedAt;
    acknowledged.set(`${key.toString('latin1')}/after`, 'after');
    // Two election timeouts (1 s each by default) plus client retries and a loaded machine.
    expect(firstWriteMs).toBeLessThan(15_000);
    console.log(`first acknowledged write ${firstWriteMs} ms after kill -9 of leader ${victim}`);

    const survivors = [1, 2, 3].filter((nodeId) => nodeId !== victim);
    const newLeader = await eventually('a new leader for the region', async () => {
      const current = (await client.regions()).find((each) => each.id === region.id);
      return current && current.leader !== 0 && current.leader !== victim ? current.leader : undefined;
    });
    expect(survivors).toContain(newLeader);
    for (const [written, value] of acknowledged) expect(await client.getString(written)).toBe(value);

    cluster.start(victim);
    await cluster.waitHealthy([victim]);
    await eventually(
      'the restarted node to catch up with the others',
      () => replicasAgree(client, [1, 2, 3]),
      30_000,
      200,
    );
  });

  it('refuses writes while two of three nodes are down, and serves again when one returns', async () => {
    await cluster.kill(2, 'SIGKILL');
    await cluster.kill(3, 'SIGKILL');
    const failure = await client.put('quorum/lost', 'x', { timeoutMs: 3_000 }).then(
      () => undefined,
      (error: { code?: string }) => error,
    );
    expect(failure?.code).toMatch(/^FLINT_(TIMEOUT|UNAVAILABLE)$/);

    cluster.start(2);
    await cluster.waitHealthy([1, 2]);
    await client.put('quorum/back', 'y');
    expect(await client.getString('quorum/back')).toBe('y');
  });

  it('sends a snapshot to a follower that was down while the leader compacted past it; it converges', async () => {
    // Node 3 is still down from the previous test.
    await Promise.all(Array.from({ length: 100 }, (_, index) => client.put(`snapshot/${index}`, `v${index}`)));
    for (const region of await client.regions()) await client.compact(region.id);
    cluster.start(3);
    await cluster.waitHealthy([3]);
    await eventually('node 3 to converge through a snapshot', () => replicasAgree(client, [1, 2, 3]), 30_000, 200);
    expect(cluster.node(3).output.some((line) => line.includes('snapshot installed'))).toBe(true);
  });
});
