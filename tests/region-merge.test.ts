/**
 * Region merge on real processes: `flint region merge` and the SDK's `mergeRegion` fold a
 * region into the one after it while clients write; every acknowledged write survives, none is
 * applied twice, scans return every key once both ways, the merged replicas are removed, the
 * meta group's table learns the merge, and a node killed during merges catches up to equal
 * checksums. Bad merges are refused with a stable code and the cluster unchanged.
 */
import { connect, type FlintClient, type RegionInfo } from '@flintkv/client';
import type { TestCluster } from '@flintkv/server/testing';
import { afterEach, describe, expect, it } from 'vitest';
import { connectTo, eventually, replicasAgree, runFlint, startCluster, stopAllClusters } from './helpers/cluster.js';

afterEach(stopAllClusters);

const key = (index: number) => `k${String(index).padStart(15, '0')}`;
const text = (bytes: Uint8Array) => Buffer.from(bytes).toString();

/** The region that starts at `start`. */
async function regionStartingAt(client: FlintClient, start: string): Promise<RegionInfo> {
  const region = (await client.regions()).find((candidate) => text(candidate.startKey) === start);
  if (region === undefined) throw new Error(`no region starts at ${start}`);
  return region;
}

/** Every node lists no region starting at `start` (its merge reached every table). */
async function everyTableDropped(cluster: TestCluster, start: string): Promise<boolean> {
  for (const endpoint of cluster.endpoints) {
    const view = await connect({ endpoints: [endpoint], timeoutMs: 5_000 });
    try {
      if ((await view.regions()).some((region) => text(region.startKey) === start)) return false;
    } finally {
      await view.close();
    }
  }
  return true;
}

describe('region merge', () => {
  it('merges regions under writes, by CLI and SDK; nothing lost or doubled, scans whole, replicas equal', async () => {
    const cluster = await startCluster({ nodes: 3, regions: 1, extraFlags: ['--split-size', '0'] });
    const client = await connectTo(cluster);
    for (const split of [300, 600, 900]) await client.splitRegion(key(split));
    const before = await eventually('the table to list the splits', async () => {
      const regions = await client.regions();
      return regions.length === 4 && regions;
    });

    let stopped = false;
    const acknowledged = new Map<string, number>();
    const writers = Promise.all(
      Array.from({ length: 12 }, async (_, writer) => {
        for (let round = 0; !stopped; round++) {
          for (let index = writer; index < 1_200 && !stopped; index += 12) {
            await client.put(key(index), String(round));
            acknowledged.set(key(index), round);
          }
        }
      }),
    );
    await eventually('writes to flow', async () => acknowledged.size >= 300);

    // By the SDK: the region starting at k…300 folds into the one starting at k…600.
    const source = await regionStartingAt(client, key(300));
    const target = await regionStartingAt(client, key(600));
    const merged = await client.mergeRegion(source.id);
    expect(merged.id).toBe(target.id);
    expect(text(merged.startKey)).toBe(key(300));
    expect(merged.epoch.version).toBeGreaterThan(target.epoch.version);
    // By the CLI: the first region folds into the merged one.
    const first = before[0]!;
    const cli = await runFlint(['region', 'merge', String(first.id)], cluster.endpoints.join(','));
    expect(cli.stderr).toBe('');
    expect(cli.code).toBe(0);
    expect(cli.stdout).toContain(`region ${target.id}:`);

    await eventually('every key to be written at least once', async () => acknowledged.size === 1_200);
    stopped = true;
    await writers;

    await eventually('every table to drop the merged regions', async () => everyTableDropped(cluster, key(300)));
    const after = await client.regions();
    expect(after.length).toBe(before.length - 2);
    expect(after.map((region) => region.id)).not.toContain(source.id);
    // The merged regions' replicas are gone from every node.
    await eventually('the merged replicas to be removed', async () => {
      const status = await client.status();
      return status.nodes.every(
        (node) => !node.groups.some((group) => group.groupId === source.id || group.groupId === first.id),
      );
    });

    for (const [name, round] of acknowledged) {
      expect(Number(await client.getString(name)), name).toBeGreaterThanOrEqual(round);
    }
    const forward: string[] = [];
    for await (const pair of client.scan({ start: 'k', end: 'l' })) forward.push(text(pair.key));
    expect(forward).toEqual(Array.from({ length: 1_200 }, (_, index) => key(index)));
    const reverse: string[] = [];
    for await (const pair of client.scan({ start: 'k', end: 'l', reverse: true })) reverse.push(text(pair.key));
    expect(reverse).toEqual([...forward].reverse());
    await eventually('replicas to agree', () => replicasAgree(client, [1, 2, 3]));
  });

  it('a node killed during merges catches up: equal checksums, no key lost', async () => {
    const cluster = await startCluster({ nodes: 3, regions: 1, extraFlags: ['--split-size', '0'] });
    const client = await connectTo(cluster);
    for (let index = 0; index < 300; index++) await client.put(key(index), `v${index}`);
    for (const split of [100, 200]) await client.splitRegion(key(split));
    await cluster.kill(3, 'SIGKILL');
    await client.mergeRegion((await regionStartingAt(client, key(100))).id);
    for (let index = 300; index < 400; index++) await client.put(key(index), `v${index}`);
    // Killed in the middle of a merge: right after asking, before it could finish.
    const first = (await client.regions())[0]!;
    const asked = client.mergeRegion(first.id).catch(() => undefined);
    await cluster.kill(1, 'SIGKILL');
    cluster.start(3);
    cluster.start(1);
    await cluster.waitHealthy();
    await asked;
    await eventually(
      'the merges to finish and every replica to agree',
      async () => {
        const regions = await client.regions();
        if (regions.length > 1) {
          // Asked again: a frozen region finishes its merge; one the kill stopped before it froze starts it.
          await client.mergeRegion(regions[0]!.id);
          return false;
        }
        return replicasAgree(client, [1, 2, 3]);
      },
      60_000,
    );
    for (let index = 0; index < 400; index++) expect(await client.getString(key(index))).toBe(`v${index}`);
  }, 120_000);

  it('a scan while regions split and merge returns every key once, in order, forward and reverse', async () => {
    const cluster = await startCluster({
      nodes: 3,
      regions: 1,
      extraFlags: ['--split-size', '0', '--merge-size', '0'],
    });
    const client = await connectTo(cluster);
    const keys = Array.from({ length: 600 }, (_, index) => key(index));
    for (const name of keys) await client.put(name, 'v');

    let churning = true;
    // Changes begun and finished: a scan overlapped one when one had begun before the scan ended
    // and had not finished before it started.
    let begun = 0;
    let changes = 0;
    const churn = (async () => {
      try {
        // Cut the range into pieces, then fold them back.
        const cuts = [100, 200, 300, 400, 500].map(key);
        for (const cut of cuts) {
          begun++;
          await client.splitRegion(cut);
          changes++;
        }
        for (const cut of cuts) {
          const source = (await client.regions()).find((region) => text(region.endKey) === cut)!;
          begun++;
          await client.mergeRegion(source.id);
          changes++;
        }
      } finally {
        churning = false;
      }
    })();

    // Small pages: every scan crosses region boundaries many times while they move.
    const scans: { reverse: boolean; during: boolean }[] = [];
    while (churning) {
      for (const reverse of [false, true]) {
        const finishedBefore = changes;
        const seen: string[] = [];
        for await (const pair of client.scan({ start: 'k', end: 'l', reverse, pageSize: 25 }))
          seen.push(text(pair.key));
        expect(seen).toEqual(reverse ? [...keys].reverse() : keys);
        scans.push({ reverse, during: begun > finishedBefore });
      }
    }
    await churn;
    expect(changes).toBe(10);
    // Scans overlapped the changes, in both directions.
    expect(scans.filter((scan) => scan.during && !scan.reverse).length).toBeGreaterThan(0);
    expect(scans.filter((scan) => scan.during && scan.reverse).length).toBeGreaterThan(0);
    // The table learns the last merge from the nodes' reports, a moment after it is done.
    await eventually('the region table to list one region', async () => (await client.regions()).length === 1, 10_000);
  }, 90_000);

  it('merges small, cold regions by itself after the cool-down; the data stays whole', async () => {
    const cluster = await startCluster({
      nodes: 3,
      regions: 4,
      extraFlags: ['--merge-cooldown', '2', '--merge-load', '5'],
    });
    const client = await connectTo(cluster);
    for (let index = 0; index < 200; index++) await client.put(`key-${index}`, `v${index}`);
    const before = (await client.regions()).length;
    expect(before).toBe(4);
    await eventually('the regions to merge down to one', async () => (await client.regions()).length === 1, 60_000);
    for (let index = 0; index < 200; index++) expect(await client.getString(`key-${index}`)).toBe(`v${index}`);
    // Counted once each, by reason, on the nodes that proposed them.
    let counted = 0;
    for (const node of cluster.nodes) {
      const metrics = await (await fetch(`http://${node.metricsAddress}/metrics`)).text();
      for (const line of metrics.split('\n')) {
        const match = /^flint_region_merges_total\{[^}]*reason="size"[^}]*\} (\d+)/.exec(line);
        if (match !== null) counted += Number(match[1]);
      }
    }
    expect(counted).toBe(before - 1);
    await eventually('replicas to agree', () => replicasAgree(client, [1, 2, 3]));
  }, 90_000);

  it('refuses merging the last region or an unknown one with a stable code and one line; the cluster is unchanged', async () => {
    const cluster = await startCluster({ nodes: 3, regions: 2 });
    const client = await connectTo(cluster);
    const before = await client.regions();
    const last = before[before.length - 1]!;
    const endpoints = cluster.endpoints.join(',');

    const lastRun = await runFlint(['region', 'merge', String(last.id)], endpoints);
    expect(lastRun.code).not.toBe(0);
    expect(lastRun.stderr).toMatch(/FLINT_MERGE_NO_NEXT_REGION/);
    expect(lastRun.stderr.trim().split('\n')).toHaveLength(1);
    await expect(client.mergeRegion(999)).rejects.toThrow(/Region 999 does not exist/);

    const shape = (regions: RegionInfo[]) =>
      regions.map(({ id, startKey, endKey, epoch }) => ({ id, startKey, endKey, epoch }));
    expect(shape(await client.regions())).toEqual(shape(before));
    await client.put('after', 'refusals');
    expect(await client.getString('after')).toBe('refusals');
  });
});
