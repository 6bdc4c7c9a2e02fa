/**
 * The rough edges a new user meets in the first hour, against a real three-process cluster
 * and the real `flint` binary: one display form for keys, keys in hex, --prefix, values from
 * stdin, commander's suggestions, CLI wording, exit 2 for bad arguments, and a fast, specific
 * error for an endpoint that is not a client port — in the CLI and in the SDK.
 */
import { connect, type FlintClient, FlintError } from '@flintkv/client';
import type { TestCluster } from '@flintkv/server/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually, runFlint, startCluster, stopAllClusters } from './helpers/cluster.js';

describe('flint without a cluster', () => {
  it("keeps commander's suggestion for a mistyped verb or flag, on one line, exit 2", async () => {
    const verb = await runFlint(['gett', 'k']);
    expect(verb).toMatchObject({ code: 2, stderr: "flint: unknown command 'gett' (Did you mean get?)\n" });
    const flag = await runFlint(['get', 'k', '--hx']);
    expect(flag.code).toBe(2);
    expect(flag.stderr).toBe("flint: unknown option '--hx' (Did you mean --hex?)\n");
  });

  it('exits 2 for an empty key, a bad hex key and conflicting flags, before connecting', async () => {
    for (const args of [
      ['put', '', 'v'],
      ['get', '0xzz'],
      ['scan', '--prefix', 'a', '--start', 'b'],
      ['del'],
      ['del', 'k', '--prefix', 'p'],
    ]) {
      const run = await runFlint(args, '127.0.0.1:1');
      expect({ args, code: run.code }).toEqual({ args, code: 2 });
      expect(run.stderr.trim().split('\n')).toHaveLength(1);
    }
    expect((await runFlint(['put', '', 'v'], '127.0.0.1:1')).stderr).toBe('flint: <key>: a key must not be empty.\n');
  });
});

describe('flint and the SDK against a three-node cluster', () => {
  let cluster: TestCluster;
  let endpoints: string;

  beforeAll(async () => {
    cluster = await startCluster({ nodes: 3, regions: 2, extraFlags: ['--split-keys', '0x80'] });
    endpoints = cluster.endpoints.join(',');
  }, 120_000);

  afterAll(async () => {
    await stopAllClusters();
  });

  it('shows region ranges in one form: quoted text or 0x-hex, never bare text', async () => {
    const run = await runFlint(['regions'], endpoints);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/\[-inf, 0x80\)/);
    expect(run.stdout).toMatch(/\[0x80, \+inf\)/);
    const json = JSON.parse((await runFlint(['regions', '--json'], endpoints)).stdout) as Record<string, unknown>[];
    expect(json[0]).toMatchObject({ startKey: '', endKeyHex: '80' });
    const status = await runFlint(['status'], endpoints);
    expect(status.stdout).toMatch(/\[-inf, 0x80\)/);
  });

  it("shows each region's keys, bytes, writes/s, reads/s and every replica's node and host thread", async () => {
    const db = await connect({ endpoints: cluster.endpoints });
    try {
      for (let index = 0; index < 40; index++) await db.put(`load/${index}`, 'x'.repeat(100));
      type RegionRow = {
        id: number;
        endKeyHex?: string;
        approximateKeys: number;
        approximateBytes: number;
        writesPerSecond: number;
        replicas: { nodeId: number; host: number | null }[];
      };
      const loaded = await eventually('region 1 shows keys and writes/s in flint regions --json', async () => {
        // Keeps the 10 s load window busy should leadership move to a replica that counted nothing yet.
        await db.put('load/again', 'x');
        const rows = JSON.parse((await runFlint(['regions', '--json'], endpoints)).stdout) as RegionRow[];
        const row = rows.find((each) => each.endKeyHex === '80');
        return row !== undefined && row.approximateKeys >= 40 && row.writesPerSecond > 0 ? row : undefined;
      });
      expect(loaded.approximateBytes).toBeGreaterThan(40 * 100);
      expect(loaded.replicas.map((replica) => replica.nodeId)).toEqual([1, 2, 3]);
      for (const replica of loaded.replicas) expect(replica.host).toEqual(expect.any(Number));
      const table = await runFlint(['regions'], endpoints);
      expect(table.stdout.split('\n')[0]).toMatch(
        /^REGION\s+RANGE\s+LEADER\s+KEYS\s+BYTES\s+WRITES\/S\s+READS\/S\s+REPLICAS/,
      );
      expect(table.stdout).toMatch(
        /\[-inf, 0x80\)\s+\d\s+\d[\d,]*\s+[\d.]+ \w*B\s+[\d.,]+\s+[\d.,]+\s+1:h\d 2:h\d 3:h\d/,
      );
    } finally {
      await db.close();
    }
  });

  it('takes keys as 0x-hex everywhere and prints them back in the same form', async () => {
    expect(await runFlint(['put', '0x00ff', 'binary key'], endpoints)).toMatchObject({ code: 0, stdout: 'OK\n' });
    expect(await runFlint(['get', '0x00FF'], endpoints)).toMatchObject({ code: 0, stdout: 'binary key\n' });
    const scan = await runFlint(['scan', '--start', '0x00', '--end', '0x01'], endpoints);
    expect(scan.stdout).toBe('0x00ff\t"binary key"\n');
    const json = await runFlint(['scan', '--start', '0x00', '--end', '0x01', '--json'], endpoints);
    expect(JSON.parse(json.stdout)).toEqual({ keyHex: '00ff', value: 'binary key' });
    const missing = await runFlint(['get', '0x00fe'], endpoints);
    expect(missing).toMatchObject({ code: 1, stderr: 'flint: no value under key 0x00fe\n' });
  });

  it('reads a value from standard input with -, byte for byte', async () => {
    const bytes = Buffer.from([0x00, 0x0a, 0xff, 0x41]);
    expect(await runFlint(['put', 'blob/1', '-'], endpoints, bytes)).toMatchObject({ code: 0 });
    const get = await runFlint(['get', 'blob/1', '--hex'], endpoints);
    expect(get.stdout).toBe('000aff41\n');
  });

  it('scans and deletes by --prefix', async () => {
    for (const key of ['session/a', 'session/b', 'session0', 'sessio']) {
      expect((await runFlint(['put', key, 'x'], endpoints)).code).toBe(0);
    }
    const scan = await runFlint(['scan', '--prefix', 'session/'], endpoints);
    expect(scan.stdout).toBe('"session/a"\t"x"\n"session/b"\t"x"\n');
    expect(await runFlint(['del', '--prefix', 'session/'], endpoints)).toMatchObject({
      code: 0,
      stdout: 'deleted 2 keys\n',
    });
    expect((await runFlint(['scan', '--prefix', 'sessio'], endpoints)).stdout).toBe('"sessio"\t"x"\n"session0"\t"x"\n');
  });

  it('says in CLI words that a region does not exist', async () => {
    for (const args of [
      ['checksum', '99'],
      ['compact', '99'],
      ['leader', 'transfer', '99', '1'],
    ]) {
      const run = await runFlint(args, endpoints);
      expect(run.code).toBe(1);
      expect(run.stderr).toBe(
        'flint: region 99 does not exist (regions: 1, 2); `flint regions` lists them with their ranges.\n',
      );
    }
  });

  it('says at once that a peer port is one, and names the client port', async () => {
    const node = cluster.node(1);
    const started = performance.now();
    const run = await runFlint(['get', 'k'], node.peerAddress);
    expect(performance.now() - started).toBeLessThan(3_000);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      `flint: ${node.peerAddress} is node 1's peer port; its client port is ${node.clientAddress}. ` +
        "Give the nodes' client ports as endpoints.\n",
    );
  });

  it('says at once that a metrics port is an HTTP port', async () => {
    const node = cluster.node(2);
    const started = performance.now();
    const run = await runFlint(['status'], node.metricsAddress);
    expect(performance.now() - started).toBeLessThan(3_000);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`flint: ${node.metricsAddress} is an HTTP port (a node's metrics port?)`);
  });

  it('SDK: connect() to a peer port fails fast with FLINT_NOT_A_CLIENT_PORT, not retryable', async () => {
    const node = cluster.node(3);
    const started = performance.now();
    const error = await connect({ endpoints: [node.peerAddress], timeoutMs: 5_000 }).catch((caught: unknown) => caught);
    expect(performance.now() - started).toBeLessThan(2_000);
    expect(error).toBeInstanceOf(FlintError);
    expect(error).toMatchObject({ code: 'FLINT_NOT_A_CLIENT_PORT', retryable: false });
    expect((error as FlintError).message).toContain(`its client port is ${node.clientAddress}`);
  });

  it('SDK: an unreachable cluster is a retryable FLINT_UNAVAILABLE', async () => {
    const error = await connect({ endpoints: ['127.0.0.1:1'], timeoutMs: 300 }).catch((caught: unknown) => caught);
    expect(error).toMatchObject({ code: 'FLINT_UNAVAILABLE', retryable: true });
  });

  it('SDK: await using closes the client when the block is left', async () => {
    let escaped: FlintClient | undefined;
    {
      await using db = await connect({ endpoints: cluster.endpoints });
      await db.put('disposed/1', 'yes');
      expect(await db.getString('disposed/1')).toBe('yes');
      escaped = db;
    }
    expect(escaped.closed).toBe(true);
    await expect(escaped.get('disposed/1')).rejects.toMatchObject({ code: 'FLINT_CLOSED' });
  });
});
