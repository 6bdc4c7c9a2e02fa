/**
 * Region split on real processes: `flint region split` and the SDK's `splitRegion` cut a
 * region in two while clients write; every acknowledged write survives, none is applied twice,
 * scans return every key once in both directions, the halves get leaders, the meta group's
 * table learns the split, and a node killed during the splits catches up to equal checksums.
 */
import { connect, type FlintClient } from '@flintkv/client';
import { afterEach, describe, expect, it } from 'vitest';
import { connectTo, eventually, replicasAgree, runFlint, startCluster, stopAllClusters } from './helpers/cluster.js';

afterEach(stopAllClusters);

/** The splits a node's `/metrics` counts for `reason`, over its host threads. */
async function splitsCounted(metricsAddress: string, reason: string): Promise<number> {
  const page = await (await fetch(`http://${metricsAddress}/metrics`)).text();
  let total = 0;
  for (const line of page.split('\n')) {
    if (line.startsWith('flint_region_splits_total{') && line.includes(`reason="${reason}"`)) {
      total += Number(line.slice(line.lastIndexOf(' ') + 1));
    }
  }
  return total;
}

const peerKey = (index: number) => `k${String(index).padStart(15, '0')}`;
const text = (bytes: Uint8Array) => Buffer.from(bytes).toString();

/** Writes `count` counters from `workers` concurrent writers until stopped; resolves to what was acknowledged. */
function startWriters(client: FlintClient, workers: number, count: number) {
  let stopped = false;
  const acknowledged = new Map<string, number>();
  const done = Promise.all(
    Array.from({ length: workers }, async (_, worker) => {
      for (let round = 0; !stopped; round++) {
        for (let index = worker; index < count && !stopped; index += workers) {
          await client.put(peerKey(index), String(round));
          acknowledged.set(peerKey(index), round);
        }
      }
    }),
  );
  return {
    acknowledged,
    async stop(): Promise<Map<string, number>> {
      stopped = true;
      await done;
      return acknowledged;
    },
  };
}

describe('region split', () => {
  it('splits the peer-key range under writes, by CLI and SDK; nothing lost, scans whole, replicas equal', async () => {
    const cluster = await startCluster({ nodes: 3, regions: 2 });
    const client = await connectTo(cluster);
    const before = await client.regions();
    const hot = before.find((region) => region.startKey.length === 0 || text(region.startKey) <= 'k')!;
    expect(hot).toBeDefined();

    const writers = startWriters(client, 16, 2_000);
    await eventually('writes to flow', async () => writers.acknowledged.size >= 500);

    // By the CLI: one line per half, the new one starting at the split key.
    const cli = await runFlint(['region', 'split', peerKey(1000)], cluster.endpoints.join(','));
    expect(cli.stderr).toBe('');
    expect(cli.code).toBe(0);
    expect(cli.stdout).toContain(peerKey(1000));
    // By the SDK, twice more, one of them inside the new region.
    const [left, right] = await client.splitRegion(peerKey(500));
    expect(text(right!.startKey)).toBe(peerKey(500));
    expect(text(left!.endKey)).toBe(peerKey(500));
    expect(right!.epoch.version).toBe(left!.epoch.version);
    await client.splitRegion(peerKey(1500));
    // A split where a region already starts changes nothing.
    const again = await client.splitRegion(peerKey(500));
    expect(again.map((region) => region.id)).toEqual([left!.id, right!.id]);

    await eventually('every key to be written at least once', async () => writers.acknowledged.size === 2_000);
    const written = await writers.stop();

    // The table of every node learns the splits (the meta group's table, through its leader).
    await eventually('every node to list the split regions', async () => {
      for (const endpoint of cluster.endpoints) {
        const view = await connect({ endpoints: [endpoint], timeoutMs: 5_000 });
        try {
          const starts = (await view.regions()).map((region) => text(region.startKey));
          if (![500, 1000, 1500].every((index) => starts.includes(peerKey(index)))) return false;
        } finally {
          await view.close();
        }
      }
      return true;
    });
    const regions = await client.regions();
    // At least the three splits asked for (the load of the writers may have split more).
    expect(regions.length).toBeGreaterThanOrEqual(before.length + 3);
    // Each region has a leader; the new ones were elected.
    await eventually('every region to have a leader', async () =>
      (await client.regions()).every((region) => region.leader !== 0),
    );

    // Every acknowledged write is there, with its last acknowledged value or a later one.
    for (const [key, round] of written) {
      const value = Number(await client.getString(key));
      expect(value, key).toBeGreaterThanOrEqual(round);
    }
    // Scans return each key once, in order, both ways, across the new boundaries.
    const forward = [];
    for await (const pair of client.scan({ start: 'k', end: 'l' })) forward.push(text(pair.key));
    expect(forward).toEqual(Array.from({ length: 2_000 }, (_, index) => peerKey(index)));
    const reverse = [];
    for await (const pair of client.scan({ start: 'k', end: 'l', reverse: true })) reverse.push(text(pair.key));
    expect(reverse).toEqual([...forward].reverse());

    await eventually('replicas to agree', () => replicasAgree(client, [1, 2, 3]));

    // Each of the three splits is counted once in the cluster, by the node that proposed it, as asked for.
    await eventually('/metrics to count three splits by command', async () =>
      (await Promise.all(cluster.nodes.map((node) => splitsCounted(node.metricsAddress, 'command')))).reduce(
        (sum, count) => sum + count,
        0,
      ) === 3
        ? true
        : undefined,
    );
  });

  it('refuses a split at a key outside any region boundary rule with a clear error, cluster unchanged', async () => {
    const cluster = await startCluster({ nodes: 3, regions: 1 });
    const client = await connectTo(cluster);
    const before = await client.regions();
    const cli = await runFlint(['region', 'split', ''], cluster.endpoints.join(','));
    expect(cli.code).toBe(2);
    expect(cli.stderr).toMatch(/key/i);
    expect(await client.regions()).toEqual(before);
  });

  it.each([
    ['from the log', false],
    ['from snapshots (the logs compacted past the splits)', true],
  ])('a replica killed while regions split catches up %s: equal checksums, no key lost', async (_, compact) => {
    const cluster = await startCluster({ nodes: 3, regions: 1 });
    const client = await connectTo(cluster);
    for (let index = 0; index < 300; index++) await client.put(peerKey(index), `v${index}`);
    await cluster.kill(3, 'SIGKILL');
    await client.splitRegion(peerKey(100));
    await client.splitRegion(peerKey(200));
    for (let index = 300; index < 400; index++) await client.put(peerKey(index), `v${index}`);
    // Compacted, node 3's replica of the parent gets a snapshot taken after the splits: it never
    // applies them, so the node must learn of the new regions from the region table.
    if (compact) for (const region of await client.regions()) await client.compact(region.id);
    cluster.start(3);
    await cluster.waitHealthy();
    await eventually('node 3 to hold every region and agree', async () => {
      const status = await client.status();
      const node3 = status.nodes.find((node) => node.nodeId === 3);
      if (node3?.groups === undefined || node3.groups.length < 4) return false;
      return replicasAgree(client, [1, 2, 3]);
    });
    for (let index = 0; index < 400; index++) expect(await client.getString(peerKey(index))).toBe(`v${index}`);
  });
});
