/**
 * A node never forgets its layout: restarted with any `--workers`, it serves every region with
 * all its data (groups move between host databases before the hosts start), and a data
 * directory with a missing host database is refused with exit 1 and a message that names it.
 */
import { readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { connect, type FlintClient } from '@flintkv/client';
import { defaultWorkerCount } from '@flintkv/server';
import type { TestCluster } from '@flintkv/server/testing';
import { afterEach, describe, expect, it } from 'vitest';
import { eventually, replicasAgree, startCluster, stopAllClusters } from './helpers/cluster.js';

const clients: FlintClient[] = [];

afterEach(async () => {
  for (const client of clients.splice(0)) await client.close();
  await stopAllClusters();
});

/** The keys of the issue, spread over the default regions, and more. */
const KEYS = ['1', '6', 'A', 'Z', 'd', 'é', 'u', ...Array.from({ length: 40 }, (_, index) => `key/${index}`)];

async function connectTo(cluster: TestCluster): Promise<FlintClient> {
  const client = await connect({ endpoints: cluster.endpoints, timeoutMs: 15_000 });
  clients.push(client);
  return client;
}

/** Stops every node cleanly and starts it again with `flags`; waits until all are healthy. */
async function restartAll(cluster: TestCluster, flags: string[]): Promise<void> {
  await Promise.all(cluster.nodes.map((node) => cluster.kill(node.nodeId, 'SIGTERM')));
  for (const node of cluster.nodes) cluster.start(node.nodeId, flags);
  await cluster.waitHealthy();
}

async function hostDatabases(dataDirectory: string): Promise<string[]> {
  return (await readdir(dataDirectory)).filter((name) => name.startsWith('host-')).sort();
}

describe.each([1, 3])('a %i-node cluster restarted with another --workers each time', (nodes) => {
  it('serves every key after --workers default → 4 → 3 → 1 → default, replicas agree', async () => {
    const cluster = await startCluster({ nodes, regions: 8 });
    const nodeIds = cluster.nodes.map((node) => node.nodeId);
    let client = await connectTo(cluster);
    const written = new Map<string, string>();
    const writeRound = async (round: string) => {
      await Promise.all(
        KEYS.map(async (key) => {
          await client.put(key, `${round}:${key}`);
          written.set(key, `${round}:${key}`);
        }),
      );
    };
    await writeRound('start');

    for (const workers of ['4', '3', '1', undefined]) {
      await client.close();
      await restartAll(cluster, workers === undefined ? [] : ['--workers', workers]);
      client = await connectTo(cluster);
      for (const [key, value] of written) expect(await client.getString(key), `key ${key}`).toBe(value);
      await eventually(`replicas to agree after --workers ${workers ?? 'default'}`, () =>
        replicasAgree(client, nodeIds),
      );
      const expected = Array.from({ length: Number(workers ?? defaultWorkerCount(8)) }, (_, index) => `host-${index}`);
      for (const node of cluster.nodes) expect(await hostDatabases(node.dataDirectory)).toEqual(expected);
      await writeRound(`after-${workers ?? 'default'}`);
    }
    const moved = cluster.nodes.flatMap((node) =>
      node.output.filter((line) => line.includes('moved a group to the database of its host thread')),
    );
    expect(moved.length).toBeGreaterThan(0);
  });
});

describe('a host database missing from a stopped node', () => {
  it('is refused with exit 1 and a line that names it; the other nodes keep serving', async () => {
    const cluster = await startCluster({ nodes: 3, regions: 4 });
    const client = await connectTo(cluster);
    await client.put('before', 'stop');
    await cluster.kill(3, 'SIGTERM');
    const node = cluster.node(3);
    const layoutBefore = await readFile(join(node.dataDirectory, 'node-layout.json'), 'utf8');
    await rm(join(node.dataDirectory, 'host-1'), { recursive: true, force: true });

    const linesBefore = node.output.length;
    cluster.start(3);
    const exitCode = await new Promise<number | null>((resolve) => node.process!.once('exit', resolve));
    expect(exitCode).toBe(1);
    // Output may still be in flight when the exit is seen.
    const refusal = await eventually('the refusal line', () =>
      node.output.slice(linesBefore).find((line) => line.includes('FLINT_LAYOUT_DATABASE_MISSING')),
    );
    expect(refusal).toContain(`${node.dataDirectory}/host-1 is missing`);
    // Nothing is rewritten on refusal.
    expect(await readFile(join(node.dataDirectory, 'node-layout.json'), 'utf8')).toBe(layoutBefore);
    expect(await hostDatabases(node.dataDirectory)).not.toContain('host-1');

    await client.put('after', 'refusal');
    expect(await client.getString('before')).toBe('stop');
    expect(await client.getString('after')).toBe('refusal');
  });
});
