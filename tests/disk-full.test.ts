/**
 * A full disk on one node under load (issue 17): node 3's data directory is a small tmpfs that
 * the test fills to its last byte while clients write. The node stays up: its host threads
 * stop writing (a failed LevelDB write is never followed by another one on the same handle),
 * log FLINT_DISK_FULL and export `flint_disk_full 1`; requests pinned to it are refused with
 * FLINT_DISK_FULL; writes go on through the other two nodes, and reads too. Once the filler is
 * removed the node restarts its hosts by itself and catches up. Started again on a full disk,
 * it refuses to start with FLINT_DISK_FULL, and starts once space is freed. No acknowledged
 * write is lost, and every replica ends with the same data.
 *
 * Needs root to mount the tmpfs; skipped, saying so, where mounting is not permitted.
 */
import { rm } from 'node:fs/promises';
import { dirname } from 'node:path';
import { connect, FlintError, type FlintClient } from '@flintkv/client';
import type { TestCluster, UnexpectedExit } from '@flintkv/server/testing';
import { afterAll, describe, expect, it } from 'vitest';
import { eventually, replicasAgree, startCluster, stopAllClusters } from './helpers/cluster.js';
import { fillDisk, freeDisk, mountTmpfs, tmpfsUnavailable, unmountTmpfs } from './helpers/tmpfs.js';

const FULL_NODE = 3;
const DISK_BYTES = 32 * 1024 * 1024;
/** One writer per region: every host thread of the full node has writes to persist. */
const SPLIT_KEYS = ['b', 'c', 'd'];
const REGION_PREFIXES = ['a', ...SPLIT_KEYS];
const VALUE = 'v'.repeat(1024);

const unavailable = tmpfsUnavailable();
let cluster: TestCluster | undefined;
let client: FlintClient | undefined;
let mountPoint: string | undefined;

afterAll(async () => {
  try {
    await client?.close();
    await stopAllClusters();
  } finally {
    // Unmounted on every path, the test's failures included; then the cluster's directories go.
    if (mountPoint !== undefined) {
      unmountTmpfs(mountPoint);
      await rm(dirname(mountPoint), { recursive: true, force: true });
    }
  }
});

async function metric(metricsAddress: string, name: string): Promise<number | undefined> {
  const text = await (await fetch(`http://${metricsAddress}/metrics`)).text();
  const line = text.split('\n').find((each) => each.startsWith(`${name}{`) || each.startsWith(`${name} `));
  return line === undefined ? undefined : Number(line.slice(line.lastIndexOf(' ') + 1));
}

function logged(nodeOutput: readonly string[], from: number, message: string): number {
  return nodeOutput.slice(from).filter((line) => line.includes(`"msg":"${message}`)).length;
}

describe('a full disk on one node under load', () => {
  it.skipIf(unavailable !== undefined)(
    `refuses that node's requests with FLINT_DISK_FULL, keeps the cluster writing and reading through the others, loses no acknowledged write, recovers by itself once space is freed, and refuses to start on a full disk${unavailable === undefined ? '' : ` — skipped: ${unavailable}`}`,
    async () => {
      const exits: UnexpectedExit[] = [];
      cluster = await startCluster({
        nodes: 3,
        splitKeys: SPLIT_KEYS,
        keepData: true,
        onUnexpectedExit: (exit) => exits.push(exit),
        beforeStart: async (nodes) => {
          const node = nodes.find((each) => each.nodeId === FULL_NODE)!;
          mountPoint = node.dataDirectory;
          mountTmpfs(node.dataDirectory, DISK_BYTES);
        },
      });
      client = await connect({ endpoints: cluster.endpoints, timeoutMs: 15_000 });
      const full = cluster.node(FULL_NODE);
      expect(await metric(full.metricsAddress, 'flint_disk_full')).toBe(0);

      // Unique keys: a write that failed may still have been applied, but never over an acknowledged one.
      const acknowledged = new Map<string, string>();
      const failures = new Map<string, number>();
      let writing = true;
      const writers = REGION_PREFIXES.map(async (prefix) => {
        for (let sequence = 0; writing; sequence++) {
          const key = `${prefix}/full/${String(sequence).padStart(6, '0')}`;
          const value = `${VALUE}${sequence}`;
          try {
            await client!.put(key, value);
            acknowledged.set(key, value);
          } catch (error) {
            const code = error instanceof FlintError ? error.code : String(error);
            failures.set(code, (failures.get(code) ?? 0) + 1);
            await new Promise((resolve) => setTimeout(resolve, 20));
          }
        }
      });
      await eventually('writes to flow', () => acknowledged.size >= 200);

      const firstLine = full.output.length;
      await fillDisk(mountPoint!);
      await eventually(
        'the full node to stop its hosts, log FLINT_DISK_FULL and export flint_disk_full 1',
        async () =>
          logged(full.output, firstLine, 'disk full: host stopped writing') > 0 &&
          (await metric(full.metricsAddress, 'flint_disk_full')) === 1,
        30_000,
      );
      const stoppedLines = full.output.slice(firstLine).filter((line) => line.includes('disk full: host stopped'));
      expect(stoppedLines.every((line) => line.includes('"code":"FLINT_DISK_FULL"'))).toBe(true);
      expect(full.process).toBeDefined();

      // The cluster keeps writing and reading through the other two nodes.
      const whileFull = acknowledged.size;
      await eventually('writes to go on while the disk is full', () => acknowledged.size >= whileFull + 300, 30_000);
      const [someKey, someValue] = [...acknowledged][whileFull]!;
      expect(await client.getString(someKey)).toBe(someValue);
      // A request pinned to the full node is refused, not left to time out.
      const region = (await client.regions())[0]!;
      const refusal = await client.checksum(region.id, FULL_NODE, { timeoutMs: 2_000 }).catch((error) => error);
      expect(refusal).toBeInstanceOf(FlintError);
      expect((refusal as FlintError).code).toBe('FLINT_DISK_FULL');
      expect((refusal as FlintError).retryable).toBe(true);
      expect(await metric(full.metricsAddress, 'flint_disk_full')).toBe(1);

      // Space returns: the node restarts its hosts by itself and catches up.
      const freedAt = full.output.length;
      await freeDisk(mountPoint!);
      await eventually(
        'the node to restart its hosts once the disk has space',
        async () =>
          logged(full.output, freedAt, 'disk has space again: host restarted') > 0 &&
          (await metric(full.metricsAddress, 'flint_disk_full')) === 0,
        60_000,
      );
      await cluster.waitHealthy([FULL_NODE]);
      const afterRecovery = acknowledged.size;
      await eventually('writes to go on after the recovery', () => acknowledged.size >= afterRecovery + 100, 30_000);
      expect(exits).toEqual([]);

      // Started again on a full disk, the node refuses to start and says why (never "corrupt");
      // once space is freed it starts.
      await cluster.kill(FULL_NODE);
      await fillDisk(mountPoint!);
      const refusedAt = full.output.length;
      cluster.start(FULL_NODE);
      const exitCode = await new Promise<number | null>((resolve) => full.process!.once('exit', resolve));
      expect(exitCode).toBe(1);
      await eventually('the refusal to be logged', () =>
        full.output
          .slice(refusedAt)
          .some(
            (line) =>
              line.includes('"level":50') && line.includes('"code":"FLINT_DISK_FULL"') && line.includes('free space'),
          ),
      );
      expect(exits).toMatchObject([{ nodeId: FULL_NODE, code: 1 }]);
      exits.length = 0;
      await freeDisk(mountPoint!);
      cluster.start(FULL_NODE);
      await cluster.waitHealthy([FULL_NODE]);
      writing = false;
      await Promise.all(writers);
      console.log(
        `disk full: ${acknowledged.size} writes acknowledged; failures by code: ${JSON.stringify(Object.fromEntries(failures))}`,
      );
      for (const code of failures.keys())
        expect(['FLINT_DISK_FULL', 'FLINT_UNAVAILABLE', 'FLINT_TIMEOUT']).toContain(code);

      const entries = [...acknowledged];
      for (let start = 0; start < entries.length; start += 64) {
        await Promise.all(
          entries
            .slice(start, start + 64)
            .map(async ([key, value]) => expect(await client!.getString(key), key).toBe(value)),
        );
      }
      await eventually('every replica, the full node included, to hold the same data', () =>
        replicasAgree(client!, [1, 2, 3]),
      );
      expect(await client.checksum(region.id, FULL_NODE)).toMatchObject({ keyCount: expect.any(Number) });
      expect(exits).toEqual([]);
      expect(full.output.filter((line) => line.includes('FLINT_STORAGE_CORRUPT'))).toEqual([]);
    },
    240_000,
  );
});
