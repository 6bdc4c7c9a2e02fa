/**
 * Process lifecycle of `flint server`: SIGTERM stops a node cleanly (exit 0, within seconds,
 * with a log line) after handing its leaderships to other replicas, and a host that refuses its
 * data directory ends the process with exit 1 and the host's own error code in the log.
 */
import type { UnexpectedExit } from '@flintkv/server/testing';
import { afterAll, describe, expect, it } from 'vitest';
import { connectTo, eventually, startCluster, stopAllClusters } from './helpers/cluster.js';

afterAll(stopAllClusters);

describe('flint server lifecycle', () => {
  it('stops cleanly on SIGTERM, then refuses the same data directory for another cluster with exit 1', async () => {
    const exits: UnexpectedExit[] = [];
    const cluster = await startCluster({ nodes: 1, regions: 1, onUnexpectedExit: (exit) => exits.push(exit) });
    const node = cluster.node(1);

    const signalledAt = Date.now();
    expect(await cluster.kill(1, 'SIGTERM')).toBe(0);
    expect(Date.now() - signalledAt).toBeLessThan(5_000);
    expect(node.output.some((line) => line.includes('"msg":"node stopped"') && line.includes('"clean":true'))).toBe(
      true,
    );

    const linesBefore = node.output.length;
    cluster.start(1, ['--cluster-id', '99']);
    const refused = await eventually('the refused start to exit', () => exits[0], 60_000);
    expect(refused.code).toBe(1);
    expect(
      node.output
        .slice(linesBefore)
        .some((line) => line.includes('"level":50') && line.includes('FLINT_STORAGE_IDENTITY_MISMATCH')),
    ).toBe(true);
  });

  it('hands every leadership to another replica on SIGTERM and stops well before the deadline, with a client connected', async () => {
    const cluster = await startCluster({ nodes: 3, regions: 4 });
    const client = await connectTo(cluster);
    try {
      // Leader balance may take some back meanwhile: node 1 needs only to lead some when stopped.
      const regions = await client.regions();
      for (const region of regions) await client.transferLeader(region.id, 1);
      await eventually('node 1 to lead a region', async () => {
        const node = (await client.status()).nodes.find((each) => each.nodeId === 1);
        return regions.some((region) => node?.groups.find((group) => group.groupId === region.id)?.leader === 1);
      });
      await client.put('before', 'stop');

      const node = cluster.node(1);
      const linesBefore = node.output.length;
      const writes = (async () => {
        for (let index = 0; index < 20; index++) await client.put(`during-${index}`, String(index));
      })();
      expect(await cluster.kill(1, 'SIGTERM')).toBe(0);
      await writes;
      const lines = node.output.slice(linesBefore);
      const handoff = lines.find((line) => line.includes('"msg":"leaderships handed off"'));
      expect(handoff, lines.join('\n')).toBeDefined();
      expect(JSON.parse(handoff!)).toMatchObject({ kept: 0 });
      expect(JSON.parse(handoff!).handedOff).toBeGreaterThanOrEqual(1);
      expect(lines.some((line) => line.includes('stop did not finish in time'))).toBe(false);
      expect(lines.some((line) => line.includes('"msg":"node stopped"') && line.includes('"clean":true'))).toBe(true);
      for (let index = 0; index < 20; index++) expect(await client.getString(`during-${index}`)).toBe(String(index));
    } finally {
      await client.close();
    }
  });
});
