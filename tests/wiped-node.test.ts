/**
 * A node whose data directory was wiped comes back under its old node id with a new
 * incarnation: its peers refuse it at the handshake, it exits 1 without ever voting or
 * leading, the cluster keeps serving, and no acknowledged write is lost. Putting its own data
 * directory back lets it rejoin.
 */
import { cp, rm } from 'node:fs/promises';
import { connect, type FlintClient } from '@flintkv/client';
import { afterAll, describe, expect, it } from 'vitest';
import { eventually, startCluster, stopAllClusters } from './helpers/cluster.js';

let client: FlintClient | undefined;

afterAll(async () => {
  await client?.close();
  await stopAllClusters();
});

const REFUSALS = /flint_connections_refused_total\{port="peer",code="FLINT_PEER_INCARNATION_MISMATCH"[^}]*\} (\d+)/;

async function refusalsCounted(metricsAddress: string): Promise<number> {
  const text = await (await fetch(`http://${metricsAddress}/metrics`)).text();
  return Number(REFUSALS.exec(text)?.[1] ?? 0);
}

describe('a node restarted with a wiped data directory', () => {
  it('is refused by its peers and exits 1 without voting; writes go on and none is lost; its own directory restored, it rejoins', async () => {
    const cluster = await startCluster({ nodes: 3, regions: 4 });
    client = await connect({ endpoints: cluster.endpoints, timeoutMs: 15_000 });
    for (const node of cluster.nodes) {
      await eventually(
        `node ${node.nodeId} to learn every member's incarnation`,
        () =>
          node.output.some(
            (line) =>
              line.includes('member incarnations recorded') && /"incarnations":\{"1":"[^}]*"2":"[^}]*"3":/.test(line),
          ),
        30_000,
      );
    }

    const acknowledged = new Map<string, string>();
    let acknowledgedWrites = 0;
    let writing = true;
    const writer = (async () => {
      for (let index = 0; writing; index++) {
        const key = `wipe/${index % 200}`;
        try {
          await client!.put(key, `v${index}`);
          acknowledged.set(key, `v${index}`);
          acknowledgedWrites++;
        } catch {
          // A write that failed was not acknowledged; the next one goes on, after a pause, so a
          // failure that settles without I/O cannot starve the event loop.
          await new Promise((resolve) => setTimeout(resolve, 20));
        }
      }
    })();
    await eventually('writes to flow', () => acknowledgedWrites >= 20);

    const victim = cluster.node(3);
    await cluster.kill(3, 'SIGKILL');
    const saved = `${victim.dataDirectory}.saved`;
    await cp(victim.dataDirectory, saved, { recursive: true });
    await rm(victim.dataDirectory, { recursive: true, force: true });
    const refusedBefore = await Promise.all([1, 2].map((id) => refusalsCounted(cluster.node(id).metricsAddress)));

    const firstLine = victim.output.length;
    cluster.start(3);
    const exitCode = await new Promise<number | null>((resolve) => victim.process!.once('exit', resolve));
    expect(exitCode).toBe(1);
    // Output may still be in flight when the exit is seen; the last line is the node's goodbye.
    await eventually('the refusal and the stop to be logged', () =>
      victim.output
        .slice(firstLine)
        .some((line) => line.includes('"level":50') && line.includes('FLINT_PEER_INCARNATION_MISMATCH')),
    );
    await eventually('the node to log its stop', () =>
      victim.output.slice(firstLine).some((line) => line.includes('"msg":"node stopped"')),
    );
    const run = victim.output.slice(firstLine);
    // It never heard a leader, never won an election: no Raft message reached it.
    expect(run.filter((line) => line.includes('"msg":"leader changed"') || line.includes('election won'))).toEqual([]);
    const refusedAfter = await Promise.all([1, 2].map((id) => refusalsCounted(cluster.node(id).metricsAddress)));
    expect(refusedAfter[0]! + refusedAfter[1]!).toBeGreaterThan(refusedBefore[0]! + refusedBefore[1]!);

    const countAtRefusal = acknowledgedWrites;
    await eventually('writes to go on after the refusal', () => acknowledgedWrites > countAtRefusal + 10);

    // The way back: the node's own data directory.
    await rm(victim.dataDirectory, { recursive: true, force: true });
    await cp(saved, victim.dataDirectory, { recursive: true });
    await rm(saved, { recursive: true, force: true });
    cluster.start(3);
    await cluster.waitHealthy([3]);

    writing = false;
    await writer;
    for (const [key, value] of acknowledged) expect(await client.getString(key), key).toBe(value);
  });
});
