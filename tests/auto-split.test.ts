/**
 * Ranges that follow the load, with default settings, on real processes: the peer benchmark's
 * keys (`k` + 15 digits, all in one bootstrap region) written at 64 concurrent requests make
 * the hot region split by load until the `k` range spans at least four regions, their leaders
 * spread over all three nodes, the busy regions' replicas spread over at least two host threads
 * of every node (host balance moves them), and nothing acknowledged is lost. (`npm run bench` runs the
 * full 200k-key workload with splitting on and off.)
 */
import { connect, type FlintClient } from '@flintkv/client';
import { afterEach, describe, expect, it } from 'vitest';
import { eventually, replicasAgree, startCluster, stopAllClusters } from './helpers/cluster.js';

const clients: FlintClient[] = [];

afterEach(async () => {
  for (const client of clients.splice(0)) await client.close();
  await stopAllClusters();
});

const peerKey = (index: number) => `k${String(index).padStart(15, '0')}`;
const inPeerRange = (startKey: Uint8Array, endKey: Uint8Array) =>
  Buffer.from(startKey).toString() < 'l' && (endKey.length === 0 || Buffer.from(endKey).toString() > 'k');

describe('load-based split with default settings', () => {
  it('splits the hot peer-key range into four or more regions led from every node, losing nothing', async () => {
    // Four host threads, whatever the machine's cores: the last check wants two of them busy per node.
    const cluster = await startCluster({ nodes: 3, extraFlags: ['--workers', '4'] });
    const client = await connect({ endpoints: cluster.endpoints, timeoutMs: 30_000 });
    clients.push(client);
    const hotBefore = (await client.regions()).filter((region) => inPeerRange(region.startKey, region.endKey));
    expect(hotBefore).toHaveLength(1);

    let stopped = false;
    let written = 0;
    const acknowledged: boolean[] = [];
    const writers = Array.from({ length: 64 }, async (_, worker) => {
      for (let index = worker; !stopped; index += 64) {
        await client.put(peerKey(index), `v${index}`);
        acknowledged[index] = true;
        written++;
      }
    });
    const hotRegions = async () =>
      (await client.regions()).filter((region) => inPeerRange(region.startKey, region.endKey));
    try {
      await eventually(
        'the k range to span at least four regions',
        async () => (await hotRegions()).length >= 4,
        150_000,
      );
      // Under the load: the leaders of the busy regions are spread over the nodes.
      await eventually(
        'the leaders of the k range to be on all three nodes',
        async () => new Set((await hotRegions()).map((region) => region.leader)).size === 3,
        // One handoff per node every 5 s, slower when the machine is loaded.
        120_000,
      );
      // ...and on every node the busy regions' replicas (each applies every write) run on two or
      // more host threads: born on their parent's thread, they move to even out the load.
      await eventually(
        'the k range to be served by two or more host threads on every node',
        async () => {
          const hot = (await client.regionDetails()).filter((region) => inPeerRange(region.startKey, region.endKey));
          return [1, 2, 3].every((nodeId) => {
            const hosts = hot.flatMap((region) =>
              region.replicas.filter((replica) => replica.nodeId === nodeId).map((replica) => replica.host),
            );
            return new Set(hosts.filter((host) => host !== undefined)).size >= 2;
          });
        },
        120_000,
      );
    } finally {
      stopped = true;
      await Promise.all(writers);
    }
    expect(written).toBeGreaterThan(1_000);
    // One scan across the new boundaries finds every acknowledged write, each key once, in order.
    const found = new Map<string, string>();
    let previous = '';
    for await (const pair of client.scan({ start: 'k', end: 'l' })) {
      const key = Buffer.from(pair.key).toString();
      expect(key > previous, `${key} after ${previous}`).toBe(true);
      previous = key;
      found.set(key, Buffer.from(pair.value).toString());
    }
    for (let index = 0; index < acknowledged.length; index++) {
      if (acknowledged[index]) expect(found.get(peerKey(index)), peerKey(index)).toBe(`v${index}`);
    }
    await eventually('replicas to agree', () => replicasAgree(client, [1, 2, 3]), 90_000);
  }, 480_000);
});
