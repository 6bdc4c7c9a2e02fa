import { createServer, type Server } from 'node:net';
import {
  encodeFrame,
  encodeHelloReply,
  FrameKind,
  HandshakeStatus,
  NO_INCARNATION,
  PROTOCOL_VERSION,
} from '@flintkv/proto';
import { pollUntil } from '@flintkv/test-kit';
import { afterEach, describe, expect, it } from 'vitest';
import { connect, type FlintClient } from './client.js';
import { FlintError } from './errors.js';
import { FakeCluster } from './fake-cluster.test-support.js';
import type { ConnectOptions } from './options.js';

const text = new TextEncoder();
const open: Array<FlintClient | FakeCluster> = [];

afterEach(async () => {
  for (const resource of open.splice(0).reverse()) {
    if (resource instanceof FakeCluster) await resource.stop();
    else await resource.close();
  }
});

/** Regions: 1 [-inf, 'g'), 2 ['g', 'p'), 3 ['p', +inf); node 1 leads all. */
async function startCluster(): Promise<FakeCluster> {
  const cluster = await new FakeCluster(3, ['g', 'p']).start();
  open.push(cluster);
  return cluster;
}

async function client(cluster: FakeCluster, options: Partial<ConnectOptions> = {}): Promise<FlintClient> {
  const db = await connect({
    endpoints: cluster.endpoints,
    timeoutMs: 2000,
    attemptTimeoutMs: 300,
    backoff: { initialMs: 1, maxMs: 20 },
    ...options,
  });
  open.push(db);
  return db;
}

async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof FlintError) return error.code;
    throw error;
  }
  return 'resolved';
}

async function collect<T>(iterable: AsyncIterable<T>): Promise<T[]> {
  const items: T[] = [];
  for await (const item of iterable) items.push(item);
  return items;
}

const names = (pairs: { key: Uint8Array }[]) => pairs.map((pair) => new TextDecoder().decode(pair.key));

describe('basic operations', () => {
  it('puts, gets, deletes and compares-and-swaps text and bytes across regions', async () => {
    const cluster = await startCluster();
    const db = await client(cluster);
    await db.put('apple', 'red');
    await db.put(text.encode('kiwi'), Uint8Array.from([0, 255]));
    await db.put('zucchini', 'green');
    expect(await db.getString('apple')).toBe('red');
    expect(await db.get('kiwi')).toEqual(Uint8Array.from([0, 255]));
    expect(await db.get('missing')).toBeUndefined();
    expect(await db.delete('apple')).toBe(true);
    expect(await db.delete('apple')).toBe(false);
    expect(await db.get('apple')).toBeUndefined();

    expect(await db.cas('n', undefined, '1')).toEqual({ ok: true, current: text.encode('1') });
    expect(await db.cas('n', undefined, '2')).toEqual({ ok: false, current: text.encode('1') });
    expect(await db.cas('n', '1', undefined)).toEqual({ ok: true, current: undefined });

    const regionsUsed = new Set(cluster.requestsOf('put').map((seen) => seen.group));
    expect(regionsUsed).toEqual(new Set([1, 2, 3]));
  });

  it('applies a batch within one region and refuses one spanning regions with FLINT_CROSS_REGION_BATCH', async () => {
    const cluster = await startCluster();
    const db = await client(cluster);
    await db.batch([
      { type: 'put', key: 'a1', value: 'x' },
      { type: 'put', key: 'a2', value: 'y' },
      { type: 'delete', key: 'a1' },
    ]);
    expect(await db.get('a1')).toBeUndefined();
    expect(await db.getString('a2')).toBe('y');
    const error = await db
      .batch([
        { type: 'put', key: 'a3', value: 'x' },
        { type: 'put', key: 'zz', value: 'y' },
      ])
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(FlintError);
    expect((error as FlintError).code).toBe('FLINT_CROSS_REGION_BATCH');
    expect((error as FlintError).message).toMatch(/'a3' is in region 1, 'zz' is not/);
    expect(await db.get('a3')).toBeUndefined();
  });

  it('refuses bad keys and values before sending anything', async () => {
    const cluster = await startCluster();
    const db = await client(cluster, { maxKeyBytes: 16, maxValueBytes: 32 });
    const before = cluster.seen.length;
    expect(await codeOf(db.put('k'.repeat(17), 'v'))).toBe('FLINT_KEY_TOO_LARGE');
    expect(await codeOf(db.put('k', 'v'.repeat(33)))).toBe('FLINT_VALUE_TOO_LARGE');
    expect(await codeOf(db.get(''))).toBe('FLINT_INVALID_ARGUMENT');
    expect(await codeOf(db.put('k', 42 as unknown as string))).toBe('FLINT_INVALID_ARGUMENT');
    expect(await codeOf(db.transferLeader(0, 1))).toBe('FLINT_INVALID_ARGUMENT');
    expect(cluster.seen.length).toBe(before);
  });

  it('maps a server INVALID_ARGUMENT to FLINT_INVALID_ARGUMENT without retrying', async () => {
    const cluster = await startCluster();
    const db = await client(cluster);
    cluster.intercept = () => ({ result: { type: 'error', error: invalid('value rejected') } });
    const error = (await db.put('a', 'b').catch((caught: unknown) => caught)) as FlintError;
    expect(error.code).toBe('FLINT_INVALID_ARGUMENT');
    expect(error.message).toMatch(/value rejected/);
    expect(cluster.requestsOf('put')).toHaveLength(1);
  });
});

describe('scan', () => {
  it('returns every key once, in order, across all regions, in small pages', async () => {
    const cluster = await startCluster();
    const db = await client(cluster, { scanPageSize: 2 });
    const keys = ['a', 'b', 'c', 'g', 'h', 'o', 'p', 'q', 'zz'];
    for (const key of keys) await db.put(key, key.toUpperCase());
    const pairs = await collect(db.scan());
    expect(names(pairs)).toEqual(keys);
    expect(new TextDecoder().decode(pairs[3]!.value)).toBe('G');
    expect(new Set(cluster.requestsOf('scan').map((seen) => seen.group))).toEqual(new Set([1, 2, 3]));
  });

  it('honours start, end, limit and reverse', async () => {
    const cluster = await startCluster();
    const db = await client(cluster, { scanPageSize: 2 });
    for (const key of ['a', 'b', 'c', 'g', 'h', 'o', 'p', 'q', 'zz']) await db.put(key, 'v');
    expect(names(await collect(db.scan({ start: 'b', end: 'p' })))).toEqual(['b', 'c', 'g', 'h', 'o']);
    expect(names(await collect(db.scan({ start: 'b', limit: 4 })))).toEqual(['b', 'c', 'g', 'h']);
    expect(names(await collect(db.scan({ reverse: true })))).toEqual(['zz', 'q', 'p', 'o', 'h', 'g', 'c', 'b', 'a']);
    expect(names(await collect(db.scan({ start: 'b', end: 'p', reverse: true, limit: 4 })))).toEqual([
      'o',
      'h',
      'g',
      'c',
    ]);
    expect(await collect(db.scan({ start: 'q', end: 'b' }))).toEqual([]);
  });
});

describe('routing', () => {
  it('follows a NotLeader hint to the new leader and then goes there directly', async () => {
    const cluster = await startCluster();
    const db = await client(cluster);
    await db.put('a', '1');
    cluster.leaders.set(1, 3);
    await db.put('b', '2');
    const puts = cluster.requestsOf('put').slice(1);
    expect(puts.map((seen) => seen.nodeId)).toEqual([1, 3]);
    await db.put('c', '3');
    expect(cluster.requestsOf('put').at(-1)!.nodeId).toBe(3);
  });

  it('refreshes its route on EpochMismatch after a split and retries in the right region', async () => {
    const cluster = await startCluster();
    const db = await client(cluster);
    await db.put('h', '1');
    cluster.split(2, 'k', 4);
    await db.put('m', '2');
    const lastPut = cluster.requestsOf('put').at(-1)!;
    expect(lastPut.group).toBe(4);
    expect(lastPut.request.epoch).toEqual({ confVersion: 1, version: 2 });
    expect((await db.regions()).map((region) => region.id)).toEqual([1, 2, 4, 3]);
  });

  it('re-reads the region table on RegionNotFound', async () => {
    const cluster = await startCluster();
    const db = await client(cluster);
    await db.put('h', '1');
    // Region 2 is merged into a new region 5 behind the client's back.
    const region = cluster.regions[1]!;
    cluster.regions[1] = { ...region, id: 5, epoch: { confVersion: 1, version: 2 } };
    cluster.leaders.set(5, 2);
    const regionsBefore = cluster.requestsOf('regions').length;
    await db.put('i', '2');
    expect(cluster.requestsOf('regions').length).toBeGreaterThan(regionsBefore);
    expect(cluster.requestsOf('put').at(-1)).toMatchObject({ group: 5, nodeId: 2 });
  });

  it('serves stale reads from followers, spreading over the replicas', async () => {
    const cluster = await startCluster();
    const db = await client(cluster);
    await db.put('a', '1');
    for (let index = 0; index < 6; index++) expect(await db.getString('a', { consistency: 'stale' })).toBe('1');
    const readers = new Set(cluster.requestsOf('get').map((seen) => seen.nodeId));
    expect(readers.size).toBeGreaterThan(1);
    for (const seen of cluster.requestsOf('get')) expect(seen.request.command).toMatchObject({ consistency: 'stale' });
  });
});

describe('exactly-once writes', () => {
  it('retries a write whose answer was lost with the same client id and sequence, so it is applied once', async () => {
    const cluster = await startCluster();
    const db = await client(cluster);
    let dropped = false;
    cluster.intercept = (_node, request) => {
      if (request.command.type !== 'put' || dropped) return undefined;
      dropped = true;
      return 'apply-and-drop';
    };
    await db.put('a', '1');
    // First attempt applied but unanswered; the retry goes to another peer (the leader may have
    // died), is redirected back, and is answered from the session table.
    const attempts = cluster.requestsOf('put');
    expect(attempts.length).toBeGreaterThanOrEqual(2);
    for (const attempt of attempts) {
      expect(attempt.request.clientId).toBe(db.clientId);
      expect(attempt.request.sequence).toBe(attempts[0]!.request.sequence);
    }
    expect(new Set(attempts.map((attempt) => attempt.request.requestId)).size).toBe(attempts.length);
    expect(cluster.applied).toBe(1);
    expect(await db.getString('a')).toBe('1');
  });

  it('retries after the connection broke mid-write, on a new connection, applying once', async () => {
    const cluster = await startCluster();
    const db = await client(cluster);
    let broken = false;
    cluster.intercept = (_node, request) => {
      if (request.command.type !== 'compareAndSwap' || broken) return undefined;
      broken = true;
      return 'apply-and-disconnect';
    };
    // A cas retried without a session would fail the second time (the key is no longer absent).
    expect(await db.cas('n', undefined, '1')).toEqual({ ok: true, current: text.encode('1') });
    expect(cluster.applied).toBe(1);
    expect(cluster.nodes[0]!.handshakes).toBe(2);
  });

  it('gives every logical write its own increasing sequence, and reads none', async () => {
    const cluster = await startCluster();
    const db = await client(cluster);
    await db.put('a', '1');
    await db.delete('a');
    await db.get('a');
    const writes = cluster.seen.filter((seen) => seen.request.clientId !== 0);
    expect(writes.map((seen) => seen.request.sequence)).toEqual([1, 2]);
    expect(cluster.requestsOf('get')[0]!.request.sequence).toBe(0);
  });
});

describe('connections', () => {
  it('pipelines many concurrent requests over one connection per node', async () => {
    const cluster = await startCluster();
    // Generous limits: this proves multiplexing, not speed, on a machine shared with other suites.
    const db = await client(cluster, { timeoutMs: 20_000, attemptTimeoutMs: 10_000 });
    await Promise.all(Array.from({ length: 500 }, (_, index) => db.put(`a${index}`, `${index}`)));
    const values = await Promise.all(Array.from({ length: 500 }, (_, index) => db.getString(`a${index}`)));
    expect(values).toEqual(Array.from({ length: 500 }, (_, index) => `${index}`));
    // Node 1 leads every region: one connection carried all 1000 requests.
    expect(cluster.nodes.map((node) => node.handshakes)).toEqual([1, 0, 0]);
  });

  it('reconnects on demand after the node dropped the connection', async () => {
    const cluster = await startCluster();
    const db = await client(cluster);
    await db.put('a', '1');
    cluster.nodes[0]!.dropConnections();
    expect(await db.getString('a')).toBe('1');
    expect(cluster.nodes[0]!.handshakes).toBe(2);
  });

  it('answers a PING with a PONG carrying the same payload', async () => {
    const cluster = await startCluster();
    const db = await client(cluster);
    await db.put('a', '1');
    cluster.nodes[0]!.sendToClients(encodeFrame(FrameKind.PING, 0, Uint8Array.from([7, 8, 9])));
    await pollUntil('a pong from node 1', () => cluster.nodes[0]!.pongs.length > 0, 5_000);
    expect(cluster.nodes[0]!.pongs[0]).toEqual(Uint8Array.from([7, 8, 9]));
  });

  it('treats GOAWAY as the end of the connection and dials again for the next request', async () => {
    const cluster = await startCluster();
    const db = await client(cluster);
    await db.put('a', '1');
    cluster.nodes[0]!.sendToClients(encodeFrame(FrameKind.GOAWAY, 0, new TextEncoder().encode('restarting')));
    await pollUntil('node 1 to have no socket open', () => cluster.nodes[0]!.sockets.size === 0, 5_000);
    expect(await db.getString('a')).toBe('1');
    expect(cluster.nodes[0]!.handshakes).toBe(2);
  });

  it('fails over to another node when the leader crashes and a new one is elected', async () => {
    const cluster = await startCluster();
    const db = await client(cluster);
    await db.put('a', '1');
    await cluster.nodes[0]!.stop();
    cluster.leaders.set(1, 2);
    expect(await db.getString('a')).toBe('1');
    expect(cluster.requestsOf('get').at(-1)!.nodeId).toBe(2);
  });
});

describe('a node whose disk is full', () => {
  const diskFull = {
    result: {
      type: 'error' as const,
      error: { ...invalid('FLINT_DISK_FULL: the disk of its data directory is full'), code: 'DISK_FULL' as const },
    },
  };

  it('sends the refused write on to the new leader of its region elsewhere, with the same session sequence', async () => {
    const cluster = await startCluster();
    const db = await client(cluster);
    await db.put('a', '1');
    // Node 1's host stopped: it refuses; the others elected node 2 (node 1 names no leader).
    cluster.intercept = (nodeId) => (nodeId === 1 ? diskFull : undefined);
    cluster.leaders.set(1, 2);
    await db.put('b', '2');
    const puts = cluster.requestsOf('put').slice(1);
    expect(puts.map((seen) => seen.nodeId)).toEqual([1, 2]);
    expect(puts[1]!.request.sequence).toBe(puts[0]!.request.sequence);
    expect(await db.getString('b')).toBe('2');
  });

  it('fails with FLINT_DISK_FULL, retryable, when every try until the deadline met a full disk', async () => {
    const cluster = await startCluster();
    const db = await client(cluster);
    await db.put('a', '1');
    cluster.intercept = () => diskFull;
    const error = (await db.put('b', '2', { timeoutMs: 300 }).catch((caught: unknown) => caught)) as FlintError;
    expect(error).toBeInstanceOf(FlintError);
    expect(error.code).toBe('FLINT_DISK_FULL');
    expect(error.retryable).toBe(true);
    expect(cluster.requestsOf('put').length).toBeGreaterThan(2);
  });
});

describe('handshake', () => {
  it('learns the cluster id from the first refusal of id 0, then names it on every connection', async () => {
    const cluster = await startCluster();
    const db = await client(cluster);
    expect(cluster.nodes[0]!.refusals).toBe(1);
    expect(cluster.nodes[0]!.handshakes).toBe(1);
    // Stale reads reach the followers: their first connection already carries the id.
    for (let index = 0; index < 3; index++) await db.get('a', { consistency: 'stale' });
    expect(cluster.nodes.slice(1).map((node) => node.refusals)).toEqual([0, 0]);
    expect((await db.status()).clusterId).toBe(42);
  });

  it('does not talk to a cluster other than the one named in clusterId', async () => {
    const cluster = await startCluster();
    const error = (await connect({ endpoints: cluster.endpoints, clusterId: 7, timeoutMs: 300 }).catch(
      (caught: unknown) => caught,
    )) as FlintError;
    expect(error.code).toBe('FLINT_UNAVAILABLE');
    expect(error.message).toMatch(/FLINT_CLUSTER_MISMATCH/);
    expect(cluster.nodes.map((node) => node.handshakes)).toEqual([0, 0, 0]);
  });

  it('drops a connection that sends an unknown frame kind and carries on with other nodes', async () => {
    const cluster = await startCluster();
    let garbageConnections = 0;
    const garbage: Server = createServer((socket) => {
      garbageConnections++;
      socket.on('error', () => {});
      socket.once('data', () => {
        socket.write(
          encodeHelloReply({
            version: PROTOCOL_VERSION,
            status: HandshakeStatus.ACCEPTED,
            clusterId: 0,
            nodeId: 9,
            incarnation: NO_INCARNATION,
          }),
        );
        const frame = encodeFrame(FrameKind.PONG, 0, new Uint8Array(0));
        frame[4] = 99; // no such kind
        socket.write(frame);
      });
    });
    await new Promise<void>((resolve) => garbage.listen(0, '127.0.0.1', resolve));
    const port = (garbage.address() as { port: number }).port;
    try {
      const db = await client(cluster, { endpoints: [`127.0.0.1:${port}`, ...cluster.endpoints] });
      await db.put('a', '1');
      expect(await db.getString('a')).toBe('1');
      expect(garbageConnections).toBeGreaterThanOrEqual(1);
    } finally {
      await new Promise<void>((resolve) => garbage.close(() => resolve()));
    }
  });
});

describe('deadlines, cancellation and close', () => {
  it('fails with FLINT_TIMEOUT when no answer comes within timeoutMs', async () => {
    const cluster = await startCluster();
    const db = await client(cluster);
    cluster.intercept = (_node, request) => (request.command.type === 'get' ? 'drop' : undefined);
    const started = performance.now();
    const error = (await db.get('a', { timeoutMs: 400 }).catch((caught: unknown) => caught)) as FlintError;
    const elapsed = performance.now() - started;
    expect(error.code).toBe('FLINT_TIMEOUT');
    expect(error.message).toMatch(/400 ms/);
    expect(elapsed).toBeGreaterThanOrEqual(390);
    expect(elapsed).toBeLessThan(1500);
  });

  it('answers admin calls with a FlintError when no node can be reached, never a transport error', async () => {
    const cluster = await startCluster();
    const db = await client(cluster);
    await db.put('a', '1');
    for (const node of cluster.nodes) await node.stop();
    expect(await codeOf(db.mergeRegion(99, { timeoutMs: 300 }))).toBe('FLINT_UNAVAILABLE');
    expect(await codeOf(db.splitRegion('m', { timeoutMs: 300 }))).toMatch(/^FLINT_(UNAVAILABLE|TIMEOUT)$/);
  });

  it('keeps retrying a leaderless region with backoff and reports FLINT_UNAVAILABLE at the deadline', async () => {
    const cluster = await startCluster();
    const db = await client(cluster);
    cluster.leaders.set(1, 0);
    const error = (await db.put('a', '1', { timeoutMs: 300 }).catch((caught: unknown) => caught)) as FlintError;
    expect(error.code).toBe('FLINT_UNAVAILABLE');
    const attempts = cluster.requestsOf('put').length;
    expect(attempts).toBeGreaterThan(3);
    // Backoff keeps the retry rate bounded: far fewer attempts than a busy loop would make.
    expect(attempts).toBeLessThan(300);
  });

  it('fails with FLINT_ABORTED as soon as the caller aborts', async () => {
    const cluster = await startCluster();
    const db = await client(cluster);
    cluster.intercept = () => 'drop';
    const controller = new AbortController();
    const pending = db.get('a', { signal: controller.signal, timeoutMs: 10_000 });
    const started = performance.now();
    setTimeout(() => controller.abort(), 20);
    expect(await codeOf(pending)).toBe('FLINT_ABORTED');
    expect(performance.now() - started).toBeLessThan(1000);
    expect(await codeOf(db.get('a', { signal: controller.signal }))).toBe('FLINT_ABORTED');
  });

  it('rejects calls in flight and later calls with FLINT_CLOSED after close()', async () => {
    const cluster = await startCluster();
    const db = await client(cluster);
    cluster.intercept = () => 'drop';
    const pending = db.put('a', '1');
    await db.close();
    expect(await codeOf(pending)).toBe('FLINT_CLOSED');
    expect(await codeOf(db.get('a'))).toBe('FLINT_CLOSED');
    expect(db.closed).toBe(true);
  });

  it('connect() fails with FLINT_UNAVAILABLE when no endpoint answers', async () => {
    const cluster = await startCluster();
    const endpoints = cluster.endpoints;
    await cluster.stop();
    const error = (await connect({ endpoints, timeoutMs: 300 }).catch((caught: unknown) => caught)) as FlintError;
    expect(error.code).toBe('FLINT_UNAVAILABLE');
    expect(error.message).toContain(endpoints[0]!);
  });

  it('connect() refuses malformed options with FLINT_INVALID_ARGUMENT', async () => {
    expect(await codeOf(connect({ endpoints: [] }))).toBe('FLINT_INVALID_ARGUMENT');
    expect(await codeOf(connect({ endpoints: ['localhost'] }))).toBe('FLINT_INVALID_ARGUMENT');
    expect(await codeOf(connect({ endpoints: ['localhost:1'], timeoutMs: 0 }))).toBe('FLINT_INVALID_ARGUMENT');
  });
});

describe('admin', () => {
  it('reports every node in status, a stopped one as down', async () => {
    const cluster = await startCluster();
    const db = await client(cluster);
    await cluster.nodes[2]!.stop();
    const status = await db.status({ timeoutMs: 1000 });
    expect(status.clusterId).toBe(42);
    expect(status.nodes.map((node) => [node.nodeId, node.up])).toEqual([
      [1, true],
      [2, true],
      [3, false],
    ]);
    expect(status.nodes[0]!.node!.members).toHaveLength(3);
  });

  it('lists regions with epochs and leaders, transfers leadership, compacts and checksums', async () => {
    const cluster = await startCluster();
    const db = await client(cluster);
    const regions = await db.regions();
    expect(regions.map((region) => [region.id, region.leader, region.epoch.version])).toEqual([
      [1, 1, 1],
      [2, 1, 1],
      [3, 1, 1],
    ]);
    await db.transferLeader(2, 3);
    expect(cluster.leaders.get(2)).toBe(3);
    expect(await db.compact(1)).toEqual({ firstIndex: 7 });
    await db.put('a', '1');
    const report = await db.checksum(1, 2);
    expect(report).toMatchObject({ nodeId: 2, keyCount: 1 });
    expect(cluster.requestsOf('checksum').at(-1)!.nodeId).toBe(2);
    expect(await codeOf(db.compact(99))).toBe('FLINT_INVALID_ARGUMENT');
  });

  it("details regions from every node's own replicas: the leader's figures, each replica's host thread", async () => {
    const cluster = await startCluster();
    const db = await client(cluster);
    await db.put('a', '1');
    await db.put('b', '22');
    cluster.regionLoad.set(1, { writesPerSecond: 2.5, readsPerSecond: 1 });
    const details = await db.regionDetails();
    expect(details.map((region) => region.id)).toEqual([1, 2, 3]);
    expect(details[0]).toMatchObject({ approximateKeys: 2, writesPerSecond: 2.5, readsPerSecond: 1, measuredBy: 1 });
    expect(details[1]?.replicas).toEqual([
      { nodeId: 1, host: 0, leader: true },
      { nodeId: 2, host: 0, leader: false },
      { nodeId: 3, host: 0, leader: false },
    ]);
    // Every node was asked, not one.
    expect(new Set(cluster.requestsOf('regions').map((seen) => seen.nodeId))).toEqual(new Set([1, 2, 3]));
  });
});

function invalid(message: string) {
  return { code: 'INVALID_ARGUMENT' as const, message, leaderId: 0, leaderAddress: '', regions: [], retryAfterMs: 0 };
}

describe('membership', () => {
  it('asks any node to remove a member, follows the meta leader hint, and lists the member as leaving', async () => {
    const cluster = await startCluster();
    cluster.metaLeader = 3;
    // The client learns node 3's address only from the NOT_LEADER hint, so the hint must be followed.
    cluster.intercept = (nodeId, request, group) => {
      if (request.command.type !== 'status') return undefined;
      const result = cluster.handle(nodeId, group, request);
      if (result.type !== 'status') return undefined;
      const members = result.node.members.filter((member) => member.nodeId !== 3);
      return { result: { ...result, node: { ...result.node, members } } };
    };
    const db = await client(cluster, { endpoints: [cluster.nodes[0]!.address] });
    const members = await db.removeMember(2);
    expect(members.map((member) => [member.nodeId, member.state])).toEqual([
      [1, 'active'],
      [2, 'leaving'],
      [3, 'active'],
    ]);
    const asked = cluster.requestsOf('removeMember');
    expect(asked).toHaveLength(2);
    expect(asked[0]!.nodeId).not.toBe(3);
    expect(asked[1]!.nodeId).toBe(3);
    expect(asked.every((seen) => seen.group === 0 && seen.request.regionId === 0)).toBe(true);
    cluster.intercept = undefined;
    const listed = await db.members();
    expect(listed.map((member) => [member.nodeId, member.state])).toEqual([
      [1, 'active'],
      [2, 'leaving'],
      [3, 'active'],
    ]);
  });

  it("surfaces the server's refusal as FLINT_INVALID_ARGUMENT naming its code, without retrying", async () => {
    const cluster = await startCluster();
    const db = await client(cluster);
    const error = (await db.removeMember(9).catch((caught: unknown) => caught)) as FlintError;
    expect(error).toBeInstanceOf(FlintError);
    expect(error.code).toBe('FLINT_INVALID_ARGUMENT');
    expect(error.message).toMatch(/FLINT_UNKNOWN_MEMBER: node 9 is not a member/);
    expect(cluster.requestsOf('removeMember').filter((seen) => seen.nodeId === cluster.metaLeader)).toHaveLength(1);
  });

  it('refuses a node id that is not a positive integer before sending anything', async () => {
    const cluster = await startCluster();
    const db = await client(cluster);
    expect(await codeOf(db.removeMember(0))).toBe('FLINT_INVALID_ARGUMENT');
    expect(await codeOf(db.removeMember(1.5))).toBe('FLINT_INVALID_ARGUMENT');
    expect(cluster.requestsOf('removeMember')).toHaveLength(0);
  });
});
