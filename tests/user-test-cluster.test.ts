/**
 * `startTestCluster` as a user's own test file would use it: only the public entry points of
 * @flintkv/server and @flintkv/client, no repository helpers. Stopping leaves nothing behind:
 * no node process, no data directory, no listening port.
 */
import { existsSync } from 'node:fs';
import { dirname } from 'node:path';
import { connect, FlintError } from '@flintkv/client';
import { startTestCluster } from '@flintkv/server/testing';
import { describe, expect, it } from 'vitest';

function processExists(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code !== 'ESRCH';
  }
}

describe('startTestCluster from a plain test file', () => {
  it('starts a working three-node cluster, and stop() removes its processes and directories', async () => {
    const cluster = await startTestCluster({ nodes: 3 });
    const pids = cluster.nodes.map((node) => node.process?.pid);
    const directories = cluster.nodes.map((node) => node.dataDirectory);
    try {
      expect(cluster.endpoints).toHaveLength(3);
      expect(pids.every((pid) => pid !== undefined && processExists(pid))).toBe(true);
      expect(directories.every((directory) => existsSync(directory))).toBe(true);

      const db = await connect({ endpoints: cluster.endpoints });
      try {
        await db.put('user/1', 'ada');
        expect(await db.getString('user/1')).toBe('ada');
        expect(await db.getString('user/2')).toBeUndefined();
      } finally {
        await db.close();
      }
    } finally {
      await cluster.stop();
    }

    for (const pid of pids) expect(processExists(pid!)).toBe(false);
    expect(cluster.nodes.every((node) => node.process === undefined)).toBe(true);
    for (const directory of directories) {
      expect(existsSync(directory)).toBe(false);
      expect(existsSync(dirname(directory))).toBe(false);
    }
    // Nobody listens on the endpoints any more.
    const refused = await connect({ endpoints: cluster.endpoints, timeoutMs: 500 }).then(
      async (db) => {
        await db.close();
        return undefined;
      },
      (error: unknown) => error,
    );
    expect(refused).toBeInstanceOf(FlintError);
    expect((refused as FlintError).code).toBe('FLINT_UNAVAILABLE');
  });
});
