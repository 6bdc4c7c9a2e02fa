/**
 * The data and admin verbs of `flint` against a real three-process cluster: what a person
 * types, what they see, and the exit codes scripts rely on (0 ok, 1 cluster said no, 2 usage).
 */
import { connect } from '@flintkv/client';
import type { TestCluster } from '@flintkv/server/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually, runFlint, startCluster, stopAllClusters } from './helpers/cluster.js';

describe('flint verbs without a cluster', () => {
  it('exits 2 with one line for a usage error, before connecting anywhere', async () => {
    const run = await runFlint(['cas', 'key', 'only-one-value'], '127.0.0.1:1');
    expect(run.code).toBe(2);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toMatch(/^flint: cas takes <key> <expected> <next>/);
  });

  it('exits 1 with one line when no endpoint answers', async () => {
    const run = await runFlint(['get', 'key', '--timeout', '300'], '127.0.0.1:1');
    expect(run.code).toBe(1);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toMatch(/^flint: None of the endpoints \(127\.0\.0\.1:1\) answered/);
  });
});

describe('flint verbs against a three-node cluster', () => {
  let cluster: TestCluster;
  let endpoints: string;

  beforeAll(async () => {
    cluster = await startCluster({ nodes: 3, regions: 4 });
    endpoints = cluster.endpoints.join(',');
  }, 120_000);

  afterAll(async () => {
    await stopAllClusters();
  });

  it('status shows every node up and a leader for every region', async () => {
    const summary = await eventually('every region has a leader', async () => {
      const run = await runFlint(['status', '--json'], endpoints);
      const parsed = JSON.parse(run.stdout) as { nodes: { up: boolean }[]; regions: { leader: number }[] };
      return parsed.regions.length >= 5 && parsed.regions.every((region) => region.leader !== 0) ? parsed : undefined;
    });
    expect(summary.nodes.map((node) => node.up)).toEqual([true, true, true]);
    const table = await runFlint(['status'], endpoints);
    expect(table.code).toBe(0);
    expect(table.stdout).toContain('3/3 nodes up, 4 regions');
  });

  it('puts, gets and scans keys of several regions, in key order', async () => {
    const keys = ['0', 'A', 'a', 'z'];
    const client = await connect({ endpoints: cluster.endpoints });
    const regions = await client.regions();
    await client.close();
    const regionOf = (key: string) =>
      regions.find(
        (region) =>
          Buffer.compare(Buffer.from(key), region.startKey) >= 0 &&
          (region.endKey.length === 0 || Buffer.compare(Buffer.from(key), region.endKey) < 0),
      )?.id;
    expect(new Set(keys.map(regionOf)).size).toBeGreaterThanOrEqual(3);

    for (const key of keys) {
      const put = await runFlint(['put', key, `value-of-${key}`], endpoints);
      expect(put).toMatchObject({ code: 0, stdout: 'OK\n' });
    }
    const get = await runFlint(['get', 'a'], endpoints);
    expect(get).toMatchObject({ code: 0, stdout: 'value-of-a\n' });
    const scan = await runFlint(['scan'], endpoints);
    expect(scan.code).toBe(0);
    expect(scan.stdout.trim().split('\n')).toEqual(keys.map((key) => `"${key}"\t"value-of-${key}"`));
    const reverse = await runFlint(['scan', '--reverse', '--limit', '2', '--json'], endpoints);
    expect(
      reverse.stdout
        .trim()
        .split('\n')
        .map((line) => JSON.parse(line).key),
    ).toEqual(['z', 'a']);
  });

  it('get of a missing key exits 1 with one line; del says whether the key existed', async () => {
    const missing = await runFlint(['get', 'never-written'], endpoints);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toBe('flint: no value under key "never-written"\n');
    await runFlint(['put', 'doomed', 'x'], endpoints);
    expect((await runFlint(['del', 'doomed'], endpoints)).stdout).toBe('deleted\n');
    expect((await runFlint(['del', 'doomed'], endpoints)).stdout).toBe('absent\n');
  });

  it('cas swaps only when the current value is the expected one', async () => {
    expect(await runFlint(['cas', 'lock', '--absent', 'owner-1'], endpoints)).toMatchObject({ code: 0 });
    const lost = await runFlint(['cas', 'lock', '--absent', 'owner-2'], endpoints);
    expect(lost.code).toBe(1);
    expect(lost.stderr).toBe('flint: not swapped: current value "owner-1"\n');
    expect(await runFlint(['cas', 'lock', 'owner-1', '--delete'], endpoints)).toMatchObject({ code: 0 });
    expect((await runFlint(['get', 'lock'], endpoints)).code).toBe(1);
  });

  it('checksum and compact answer for a region; an unknown region exits 1', async () => {
    const checksum = await runFlint(['checksum', '1', '--json'], endpoints);
    expect(checksum.code).toBe(0);
    expect(JSON.parse(checksum.stdout)).toMatchObject({ regionId: 1, checksum: expect.stringMatching(/^[0-9a-f]+$/) });
    expect((await runFlint(['compact', '1'], endpoints)).code).toBe(0);
    const unknown = await runFlint(['compact', '999'], endpoints);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('bench runs a short closed loop and reports throughput', async () => {
    const run = await runFlint(
      ['bench', '--clients', '2', '--duration', '1', '--warmup', '0', '--keys', '10', '--ratio', '0.5', '--json'],
      endpoints,
    );
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout) as { operations: number; errors: number };
    expect(report.operations).toBeGreaterThan(0);
    expect(report.errors).toBe(0);
  });

  it('member list shows every member with its addresses, replicas, leaders and recorded incarnation', async () => {
    type Member = {
      nodeId: number;
      up: boolean;
      state: string;
      replicas: number;
      leaders: number;
      incarnation: string;
    };
    // Incarnations are recorded after the first handshakes, leaders after the first elections.
    const members = await eventually('every incarnation recorded and every region led', async () => {
      const run = await runFlint(['member', 'list', '--json'], endpoints);
      expect(run.code).toBe(0);
      const parsed = JSON.parse(run.stdout) as Member[];
      const led = parsed.reduce((sum, member) => sum + member.leaders, 0);
      return parsed.every((member) => member.incarnation !== '') && led === 4 ? parsed : undefined;
    });
    expect(members.map(({ nodeId, up, state, replicas }) => ({ nodeId, up, state, replicas }))).toEqual(
      [1, 2, 3].map((nodeId) => ({ nodeId, up: true, state: 'active', replicas: 4 })),
    );
    for (const member of members) expect(member.incarnation).toMatch(/^[0-9a-f]{16}$/);
    const table = await runFlint(['member', 'list'], endpoints);
    expect(table.code).toBe(0);
    expect(table.stdout.split('\n')[0]).toMatch(
      /^ID\s+PEER\s+CLIENT\s+STATUS\s+STATE\s+REPLICAS\s+LEADERS\s+INCARNATION/,
    );
    expect(table.stdout.trim().split('\n')).toHaveLength(4);
  });

  it('status shows a killed node as down, exits 1 naming it, and the others keep serving', async () => {
    await cluster.kill(3);
    const run = await runFlint(['status'], endpoints);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('flint: node 3 is down');
    expect(run.stdout).toMatch(/\n\s+3\s+\S+\s+DOWN/);
    expect(run.stdout).toContain('2/3 nodes up');
    const json = await runFlint(['status', '--json'], endpoints);
    expect(json.code).toBe(1);
    expect((JSON.parse(json.stdout) as { nodes: { up: boolean }[] }).nodes.map((node) => node.up)).toEqual([
      true,
      true,
      false,
    ]);
    const members = await runFlint(['member', 'list', '--json'], endpoints);
    expect(members.code).toBe(0);
    expect((JSON.parse(members.stdout) as { up: boolean }[]).map((member) => member.up)).toEqual([true, true, false]);
    const get = await eventually('a read after node 3 died', async () => {
      const attempt = await runFlint(['get', 'a'], endpoints);
      return attempt.code === 0 ? attempt : undefined;
    });
    expect(get.stdout).toBe('value-of-a\n');
  });
});
