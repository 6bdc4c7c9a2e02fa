/**
 * Process lifecycle of `flint server`: SIGTERM stops a node cleanly (exit 0, within seconds,
 * with a log line), and a host that refuses its data directory ends the process with exit 1
 * and the host's own error code in the log.
 */
import type { UnexpectedExit } from '@flintkv/server/testing';
import { afterAll, describe, expect, it } from 'vitest';
import { eventually, startCluster, stopAllClusters } from './helpers/cluster.js';

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
});
