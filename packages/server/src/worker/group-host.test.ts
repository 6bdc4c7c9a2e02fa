import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  type Command,
  decodeCoalescedHeartbeats,
  decodeRaftMessage,
  decodeResponse,
  encodeRequestFrame,
  FrameDecoder,
  FrameKind,
  MessageType,
  makeRequest,
  type Request,
  type Response,
  type Result,
} from '@flintkv/proto';
import { type NodeStore, openNodeStore } from '@flintkv/storage';
import { pollUntil } from '@flintkv/test-kit';
import { pino } from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import { TaggedFrames, forEachTaggedFrame } from '../tagged-frames.js';
import type { HostOptions, HostOutbound } from '../host-protocol.js';
import { GroupHost } from './group-host.js';
import { HostMetricName } from './host-metrics.js';
import { userDataKey } from './kv/kv-keys.js';
import { DEFAULT_AUTO_SPLIT_SETTINGS } from './kv/auto-split.js';

const bytes = (text: string): Uint8Array => new TextEncoder().encode(text);
const text = (value: Uint8Array): string => new TextDecoder().decode(value);

/**
 * Three nodes of one host each, wired by direct message passing instead of TCP: what the main
 * thread's transport does, minus the sockets. Each host has a real LevelDB in a temp directory.
 */
class InProcessCluster {
  readonly hosts = new Map<number, GroupHost>();
  private readonly waiters = new Map<number, (response: Response) => void>();
  private requestCounter = 0;
  /** Nodes whose traffic is dropped (as if partitioned or down). */
  readonly isolated = new Set<number>();
  /** When set, a copy of every peer-send buffer is recorded here. */
  peerSends: { from: number; to: number; bytes: Uint8Array }[] | undefined;
  /** Each running host's database, to read what is on disk while the host runs. */
  readonly stores = new Map<number, NodeStore>();
  /** Every `host-metrics` message the hosts posted, in order. */
  readonly metricsPosted: { from: number; counters: Record<string, number>; observations: Record<string, number[]> }[] =
    [];

  constructor(
    readonly root: string,
    readonly nodeIds: number[],
    readonly overrides: Partial<HostOptions> = {},
  ) {}

  /** Nodes whose host has started once: later starts find their groups on disk. */
  private readonly created = new Set<number>();

  options(nodeId: number): HostOptions {
    return {
      hostIndex: 0,
      hostCount: 1,
      dataDirectory: join(this.root, `n${nodeId}`),
      nodeId,
      clusterId: '7',
      incarnation: `000000000000000${nodeId}`,
      createInitialGroups: !this.created.has(nodeId),
      joined: false,
      members: this.nodeIds.map((id) => ({
        nodeId: id,
        peerAddress: `127.0.0.1:${7100 + id}`,
        clientAddress: `127.0.0.1:${7200 + id}`,
      })),
      bootstrap: { regionCount: 2 },
      tickIntervalMs: 10,
      electionTicks: 10,
      heartbeatTicks: 2,
      quiesceTicks: 20,
      logLevel: 'silent',
      compaction: { maxLogEntries: 10_000, maxLogBytes: 64 * 1024 * 1024 },
      snapshot: { chunkBytes: 1024, windowBytes: 4096, concurrency: 2 },
      split: DEFAULT_AUTO_SPLIT_SETTINGS,
      ...this.overrides,
    };
  }

  async start(nodeId: number): Promise<GroupHost> {
    const host = new GroupHost(
      this.options(nodeId),
      { post: (message) => this.route(nodeId, message) },
      pino({ level: process.env.FLINT_TEST_LOG ?? 'silent', base: { node: nodeId } }),
      Date.now,
      async (...args) => {
        const store = await openNodeStore(...args);
        this.stores.set(nodeId, store);
        return store;
      },
    );
    this.hosts.set(nodeId, host);
    await host.start();
    this.created.add(nodeId);
    return host;
  }

  async startAll(): Promise<void> {
    await Promise.all(this.nodeIds.map((id) => this.start(id)));
  }

  async stop(nodeId: number): Promise<void> {
    const host = this.hosts.get(nodeId);
    this.hosts.delete(nodeId);
    this.stores.delete(nodeId);
    await host?.stop();
  }

  async stopAll(): Promise<void> {
    await Promise.all([...this.hosts.keys()].map((id) => this.stop(id)));
  }

  private route(from: number, message: HostOutbound): void {
    if (message.type === 'peer-send') {
      if (this.isolated.has(from) || this.isolated.has(message.to)) return;
      this.peerSends?.push({ from, to: message.to, bytes: new Uint8Array(message.buffer).slice() });
      const target = this.hosts.get(message.to);
      // Delivered on a later event-loop turn, as a socket would.
      const frames = new TaggedFrames();
      for (const frame of new FrameDecoder().push(new Uint8Array(message.buffer))) frames.add(from, frame.bytes);
      const buffer = frames.take();
      setImmediate(() => target?.receive({ type: 'peer-frames', buffer }));
    } else if (message.type === 'host-metrics') {
      this.metricsPosted.push({ from, counters: message.counters ?? {}, observations: message.observations ?? {} });
    } else if (message.type === 'client-replies') {
      forEachTaggedFrame(message.buffer, (_connection, bytes) => {
        for (const frame of new FrameDecoder().push(bytes)) {
          const response = decodeResponse(frame.payload);
          const waiter = this.waiters.get(response.requestId);
          this.waiters.delete(response.requestId);
          waiter?.(response);
        }
      });
    }
  }

  /** Sends one request to `nodeId` and waits for its answer. */
  request(nodeId: number, regionId: number, command: Command, fields: Partial<Request> = {}): Promise<Result> {
    const requestId = ++this.requestCounter;
    const frames = new TaggedFrames();
    frames.add(1, encodeRequestFrame(makeRequest({ requestId, regionId, command, ...fields })));
    return new Promise((resolve) => {
      this.waiters.set(requestId, (response) => resolve(response.result));
      this.hosts.get(nodeId)!.receive({ type: 'client-frames', buffer: frames.take() });
    });
  }

  leaderOf(regionId: number): number | undefined {
    for (const [nodeId, host] of this.hosts) {
      if (this.isolated.has(nodeId)) continue;
      if (host.group(regionId)?.isLeader) return nodeId;
    }
    return undefined;
  }

  /** Sends a write to the current leader, retrying through elections (same session, so at most once). */
  async write(regionId: number, command: Command, fields: Partial<Request> = {}): Promise<Result> {
    return pollUntil(`a leader of region ${regionId} to answer the write`, async () => {
      const leader = this.leaderOf(regionId);
      if (leader === undefined) return undefined;
      const result = await this.request(leader, regionId, command, { timeoutMs: 2_000, ...fields });
      if (result.type === 'error' && ['NOT_LEADER', 'TIMEOUT'].includes(result.error.code)) return undefined;
      return result;
    });
  }
}

let cluster: InProcessCluster | undefined;

async function newCluster(overrides: Partial<HostOptions> = {}, nodeIds = [1, 2, 3]): Promise<InProcessCluster> {
  const root = await mkdtemp(join(tmpdir(), 'flint-host-'));
  cluster = new InProcessCluster(root, nodeIds, overrides);
  await cluster.startAll();
  return cluster;
}

afterEach(async () => {
  if (cluster === undefined) return;
  await cluster.stopAll();
  await rm(cluster.root, { recursive: true, force: true });
  cluster = undefined;
});

/** Region 1 covers the low half of the default split; any key starting with 0x00 lies in it. */
const keyInRegion1 = (name: string) => Uint8Array.of(0x00, ...bytes(name));

describe('group hosts replicate a region', () => {
  it('a put acknowledged by the leader is readable linearizably, by lease and, once applied, from every replica', async () => {
    const nodes = await newCluster();
    const key = keyInRegion1('alpha');
    expect(await nodes.write(1, { type: 'put', key, value: bytes('one') })).toEqual({ type: 'put' });
    const leader = nodes.leaderOf(1)!;
    const linearizable = await nodes.request(leader, 1, { type: 'get', key, consistency: 'linearizable' });
    expect(linearizable).toMatchObject({ type: 'get', found: true });
    expect(text((linearizable as { value: Uint8Array }).value)).toBe('one');
    // Many reads in one turn share one read index request, and each gets its own answer.
    const concurrent = await Promise.all(
      Array.from({ length: 40 }, () => nodes.request(leader, 1, { type: 'get', key, consistency: 'linearizable' })),
    );
    expect(concurrent.every((result) => result.type === 'get' && text(result.value) === 'one')).toBe(true);
    const lease = await nodes.request(leader, 1, { type: 'get', key, consistency: 'lease' });
    expect(lease).toMatchObject({ type: 'get', found: true });
    expect(text((lease as { value: Uint8Array }).value)).toBe('one');
    for (const nodeId of [1, 2, 3]) {
      await pollUntil(`node ${nodeId} to read the put from its own replica`, async () => {
        const stale = await nodes.request(nodeId, 1, { type: 'get', key, consistency: 'stale' });
        return stale.type === 'get' && stale.found && text(stale.value) === 'one';
      });
    }
  });

  it('context-less heartbeats travel as one coalesced frame per peer per flush; ReadIndex heartbeats keep their context', async () => {
    const nodes = await newCluster({ bootstrap: { regionCount: 4 } });
    for (const region of [1, 2, 3, 4]) await pollUntil(`a leader of region ${region}`, () => nodes.leaderOf(region));
    const sends: { from: number; to: number; bytes: Uint8Array }[] = [];
    nodes.peerSends = sends;
    const leader = nodes.leaderOf(1)!;
    const read = await nodes.request(leader, 1, { type: 'get', key: keyInRegion1('x'), consistency: 'linearizable' });
    expect(read).toMatchObject({ type: 'get', found: false });
    let coalescedTuples = 0;
    let contextHeartbeats = 0;
    await pollUntil('50 coalesced heartbeat tuples', () => {
      for (const send of sends.splice(0)) {
        const frames = new FrameDecoder().push(send.bytes);
        expect(frames.filter((frame) => frame.kind === FrameKind.COALESCED_HEARTBEATS).length).toBeLessThanOrEqual(1);
        for (const frame of frames) {
          if (frame.kind === FrameKind.COALESCED_HEARTBEATS) {
            const batch = decodeCoalescedHeartbeats(frame.payload);
            expect([batch.from, batch.to]).toEqual([send.from, send.to]);
            coalescedTuples += batch.heartbeats.length;
          } else if (frame.kind === FrameKind.RAFT_MESSAGE) {
            const message = decodeRaftMessage(frame.payload);
            if (message.type !== MessageType.Heartbeat && message.type !== MessageType.HeartbeatResponse) continue;
            // Only heartbeats that must carry a context are left as plain Raft messages.
            expect(message.context.byteLength).toBeGreaterThan(0);
            contextHeartbeats++;
          }
        }
      }
      return coalescedTuples >= 50;
    });
    // The linearizable read was confirmed by a heartbeat round carrying its ReadIndex context.
    expect(contextHeartbeats).toBeGreaterThan(0);
    // Groups stay healthy on coalesced heartbeats alone: a write still commits.
    expect(await nodes.write(1, { type: 'put', key: keyInRegion1('y'), value: bytes('v') })).toEqual({ type: 'put' });
  });

  it('a follower refuses writes with NOT_LEADER naming the leader and its client address', async () => {
    const nodes = await newCluster();
    const leader = await pollUntil('a leader of region 1', () => nodes.leaderOf(1));
    // Followers learn the leader from its first append or heartbeat.
    const follower = [1, 2, 3].find((id) => id !== leader)!;
    await pollUntil('the follower to learn the leader', () => nodes.hosts.get(follower)!.group(1)!.leader === leader);
    const result = await nodes.request(follower, 1, { type: 'put', key: keyInRegion1('k'), value: bytes('v') });
    expect(result).toMatchObject({
      type: 'error',
      error: { code: 'NOT_LEADER', leaderId: leader, leaderAddress: `127.0.0.1:${7200 + leader}` },
    });
  });

  it('requests naming a wrong region, epoch or key range are refused with the current descriptor', async () => {
    const nodes = await newCluster();
    expect(await nodes.request(1, 99, { type: 'get', key: bytes('x'), consistency: 'stale' })).toMatchObject({
      error: { code: 'REGION_NOT_FOUND' },
    });
    const epochMismatch = await nodes.request(
      1,
      1,
      { type: 'get', key: keyInRegion1('x'), consistency: 'stale' },
      { epoch: { confVersion: 1, version: 7 } },
    );
    expect(epochMismatch).toMatchObject({
      error: { code: 'EPOCH_MISMATCH', regions: [{ id: 1, epoch: { version: 1 } }] },
    });
    const outside = await nodes.request(1, 1, { type: 'get', key: Uint8Array.of(0xff), consistency: 'stale' });
    // The refusal names this region and the one on this host that holds the key, so the client reroutes at once.
    expect(outside).toMatchObject({ error: { code: 'KEY_NOT_IN_REGION', regions: [{ id: 1 }, { id: 2 }] } });
  });

  it('a retried write with the same session sequence is applied once and answered with its first result', async () => {
    const nodes = await newCluster();
    const key = keyInRegion1('cas');
    const session = { clientId: 42, sequence: 1 };
    const cas: Command = { type: 'compareAndSwap', key, expected: null, next: bytes('first') };
    expect(await nodes.write(1, cas, session)).toMatchObject({ type: 'compareAndSwap', ok: true });
    expect(await nodes.write(1, { type: 'put', key, value: bytes('second') }, { clientId: 42, sequence: 2 })).toEqual({
      type: 'put',
    });
    // The retry of sequence 1 must not fail its comparison now: it is answered from the session.
    expect(await nodes.write(1, cas, session)).toMatchObject({ type: 'compareAndSwap', ok: true });
    const leader = nodes.leaderOf(1)!;
    const value = await nodes.request(leader, 1, { type: 'get', key, consistency: 'linearizable' });
    expect(text((value as { value: Uint8Array }).value)).toBe('second');
  });

  it('scans return the region keys in order, reversed, and paged with more/nextKey', async () => {
    const nodes = await newCluster();
    const operations = ['a', 'b', 'c', 'd'].map((name) => ({
      type: 'put' as const,
      key: keyInRegion1(name),
      value: bytes(name),
    }));
    expect(await nodes.write(1, { type: 'batch', operations })).toEqual({ type: 'batch' });
    const leader = nodes.leaderOf(1)!;
    const scan = (fields: { start?: Uint8Array; limit?: number; reverse?: boolean }) =>
      nodes.request(leader, 1, {
        type: 'scan',
        start: fields.start ?? new Uint8Array(0),
        end: new Uint8Array(0),
        limit: fields.limit ?? 0,
        reverse: fields.reverse ?? false,
        consistency: 'linearizable',
      });
    const names = (result: Result) =>
      result.type === 'scan' ? result.pairs.map((pair) => text(pair.value)) : [`error ${JSON.stringify(result)}`];
    expect(names(await scan({}))).toEqual(['a', 'b', 'c', 'd']);
    expect(names(await scan({ reverse: true }))).toEqual(['d', 'c', 'b', 'a']);
    const page = await scan({ limit: 2 });
    expect(names(page)).toEqual(['a', 'b']);
    expect(page).toMatchObject({ more: true });
    expect(names(await scan({ start: (page as { nextKey: Uint8Array }).nextKey }))).toEqual(['c', 'd']);
  });

  it('acknowledged writes survive a restart of every node', async () => {
    const nodes = await newCluster();
    const key = keyInRegion1('durable');
    await nodes.write(1, { type: 'put', key, value: bytes('kept') });
    await nodes.stopAll();
    await nodes.startAll();
    const result = await pollUntil('a leader to read the key after the restart', async () => {
      const leader = nodes.leaderOf(1);
      if (leader === undefined) return undefined;
      const read = await nodes.request(leader, 1, { type: 'get', key, consistency: 'linearizable' });
      return read.type === 'get' ? read : undefined;
    });
    expect(text(result.value)).toBe('kept');
  });

  it('a new leader is elected when the leader is lost, and writes resume', async () => {
    const nodes = await newCluster();
    await nodes.write(1, { type: 'put', key: keyInRegion1('before'), value: bytes('1') });
    const oldLeader = nodes.leaderOf(1)!;
    await nodes.stop(oldLeader);
    expect(await nodes.write(1, { type: 'put', key: keyInRegion1('after'), value: bytes('2') })).toEqual({
      type: 'put',
    });
    expect(nodes.leaderOf(1)).not.toBe(oldLeader);
  });

  it('a follower that missed compacted entries catches up from a snapshot and converges', async () => {
    const nodes = await newCluster({ compaction: { maxLogEntries: 10, maxLogBytes: 1 << 30 } });
    const leader = await pollUntil('a leader of region 1', () => nodes.leaderOf(1));
    const lagging = [1, 2, 3].find((id) => id !== leader)!;
    await nodes.stop(lagging);
    for (let i = 0; i < 60; i++) {
      await nodes.write(
        1,
        { type: 'put', key: keyInRegion1(`k${i}`), value: bytes(`v${i}`) },
        { clientId: 9, sequence: i + 1 },
      );
    }
    const current = nodes.leaderOf(1)!;
    await pollUntil(
      'the leader to compact its log past index 30',
      () => nodes.hosts.get(current)!.group(1)!.storage.firstIndex() > 30,
    );
    await nodes.start(lagging);
    const checksumOn = async (nodeId: number) => {
      const result = await nodes.request(nodeId, 1, { type: 'checksum' });
      return result.type === 'checksum' ? result : undefined;
    };
    const converged = await pollUntil('the lagging follower to reach the leader’s applied index', async () => {
      const theirs = await checksumOn(current);
      const mine = await checksumOn(lagging);
      if (theirs === undefined || mine === undefined || theirs.appliedIndex !== mine.appliedIndex) return undefined;
      return { theirs, mine };
    });
    expect(Buffer.from(converged.mine.checksum).equals(Buffer.from(converged.theirs.checksum))).toBe(true);
    expect(converged.mine.keyCount).toBe(60);
  });

  it('the meta group bootstraps the region table and members once a leader is elected', async () => {
    const nodes = await newCluster();
    for (const nodeId of [1, 2, 3]) {
      const state = await pollUntil(`node ${nodeId} to apply the meta bootstrap`, () => {
        const meta = nodes.hosts.get(nodeId)!.metaState!;
        return meta.clusterId !== 0 ? meta : undefined;
      });
      expect(state.clusterId).toBe(7);
      expect(state.members.map((member) => member.nodeId)).toEqual([1, 2, 3]);
      expect(state.regions.map((region) => region.id)).toEqual([1, 2]);
    }
  });

  it('admin verbs: Compact truncates the log, Checksum agrees on every replica, TransferLeader moves leadership', async () => {
    const nodes = await newCluster();
    for (let i = 0; i < 10; i++)
      await nodes.write(1, { type: 'put', key: keyInRegion1(`c${i}`), value: bytes(`${i}`) });
    const leader = nodes.leaderOf(1)!;
    const compact = await nodes.request(leader, 1, { type: 'compact' });
    expect(compact).toMatchObject({ type: 'compact' });
    expect((compact as { firstIndex: number }).firstIndex).toBeGreaterThan(10);
    const checksums = await pollUntil('every replica to report a checksum at one applied index', async () => {
      const results = await Promise.all([1, 2, 3].map((nodeId) => nodes.request(nodeId, 1, { type: 'checksum' })));
      const digests = results.map((result) => (result.type === 'checksum' ? result : undefined));
      if (digests.some((digest) => digest === undefined || digest.appliedIndex !== digests[0]!.appliedIndex))
        return undefined;
      return digests.map((digest) => digest!);
    });
    expect(new Set(checksums.map((digest) => Buffer.from(digest.checksum).toString('hex'))).size).toBe(1);
    expect(checksums[0]!.keyCount).toBe(10);
    const target = [1, 2, 3].find((id) => id !== leader)!;
    expect(await nodes.request(leader, 1, { type: 'transferLeader', toNode: target })).toEqual({
      type: 'transferLeader',
    });
    await pollUntil('the leadership to move to the target', () => nodes.leaderOf(1) === target);
  });

  it('a write that cannot reach a quorum is answered TIMEOUT or NOT_LEADER, never success', async () => {
    const nodes = await newCluster();
    await nodes.write(1, { type: 'put', key: keyInRegion1('x'), value: bytes('1') });
    const leader = nodes.leaderOf(1)!;
    for (const nodeId of [1, 2, 3]) if (nodeId !== leader) nodes.isolated.add(nodeId);
    const result = await nodes.request(
      leader,
      1,
      { type: 'put', key: keyInRegion1('x'), value: bytes('2') },
      { timeoutMs: 300 },
    );
    expect(result.type).toBe('error');
    expect(['TIMEOUT', 'NOT_LEADER']).toContain((result as { error: { code: string } }).error.code);
  });

  it('a storage failure is reported as failed, and the host stops serving: a request that reaches it is refused', async () => {
    const root = await mkdtemp(join(tmpdir(), 'flint-host-fail-'));
    const posted: HostOutbound[] = [];
    let store: NodeStore | undefined;
    const options = new InProcessCluster(root, [1]).options(1);
    const host = new GroupHost(
      options,
      { post: (message) => posted.push(message) },
      pino({ level: 'silent' }),
      Date.now,
      async (...args) => {
        store = await openNodeStore(...args);
        return store;
      },
    );
    try {
      await host.start();
      await pollUntil('the single node to lead region 1', () => host.group(1)?.isLeader);
      // The database goes away under the host: its next batch fails.
      await store!.close();
      const frames = new TaggedFrames();
      frames.add(
        1,
        encodeRequestFrame(
          makeRequest({
            requestId: 1,
            regionId: 1,
            command: { type: 'put', key: Uint8Array.of(0), value: Uint8Array.of(1) },
          }),
        ),
      );
      host.receive({ type: 'client-frames', buffer: frames.take() });
      const failure = await pollUntil('the host to report its failure', () =>
        posted.find((message) => message.type === 'failed'),
      );
      expect(failure).toMatchObject({ type: 'failed', code: 'FLINT_STORAGE_CLOSED' });
      await host.whenStopped();
      expect(posted.filter((message) => message.type !== 'client-replies').at(-1)).toEqual({ type: 'stopped' });
      // The put is refused (NOT_LEADER, no leader known here), never answered as written.
      await pollUntil('the put to be refused', () => posted.some((message) => message.type === 'client-replies'));
      const answers: Response[] = [];
      for (const message of posted) {
        if (message.type !== 'client-replies') continue;
        forEachTaggedFrame(message.buffer, (_connection, bytes) => {
          for (const frame of new FrameDecoder().push(bytes)) answers.push(decodeResponse(frame.payload));
        });
      }
      expect(answers).toMatchObject([{ requestId: 1, result: { type: 'error', error: { code: 'NOT_LEADER' } } }]);
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });

  it('a write that reached the host as its store fails is answered NOT_LEADER, not left to its deadline: the node may live on (a full disk), and the client retries at the next leader', async () => {
    const root = await mkdtemp(join(tmpdir(), 'flint-host-fail-waiting-'));
    const posted: HostOutbound[] = [];
    let store: NodeStore | undefined;
    const options = new InProcessCluster(root, [1]).options(1);
    const host = new GroupHost(
      options,
      { post: (message) => posted.push(message) },
      pino({ level: 'silent' }),
      Date.now,
      async (...args) => {
        store = await openNodeStore(...args);
        return store;
      },
    );
    try {
      await host.start();
      await pollUntil('the single node to lead region 1', () => host.group(1)?.isLeader);
      const region = (host.group(1)!.machine as { descriptor?: { epoch: Request['epoch'] } }).descriptor!;
      const frames = new TaggedFrames();
      frames.add(
        7,
        encodeRequestFrame(
          makeRequest({
            requestId: 41,
            regionId: 1,
            epoch: region.epoch,
            command: { type: 'put', key: keyInRegion1('w'), value: Uint8Array.of(1) },
          }),
        ),
      );
      // In one go: the turn that proposes the write finds the store closed when it writes.
      void store!.close();
      host.receive({ type: 'client-frames', buffer: frames.take() });
      await host.whenStopped();
      await pollUntil('the answer to leave', () => posted.some((message) => message.type === 'client-replies'));
      const answers: Response[] = [];
      for (const message of posted) {
        if (message.type !== 'client-replies') continue;
        forEachTaggedFrame(message.buffer, (connection, bytes) => {
          expect(connection).toBe(7);
          for (const frame of new FrameDecoder().push(bytes)) answers.push(decodeResponse(frame.payload));
        });
      }
      expect(answers).toMatchObject([{ requestId: 41, result: { type: 'error', error: { code: 'NOT_LEADER' } } }]);
      expect(posted.find((message) => message.type === 'failed')).toMatchObject({ code: 'FLINT_STORAGE_CLOSED' });
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });

  it('a host restarted in place clears, unserved, the copies of groups the node layout places on another host thread', async () => {
    const root = await mkdtemp(join(tmpdir(), 'flint-host-foreign-'));
    const cluster = new InProcessCluster(root, [1]);
    const silent = pino({ level: 'silent' });
    try {
      const first = new GroupHost(cluster.options(1), { post: () => {} }, silent);
      await first.start();
      await pollUntil('the single node to lead region 1', () => first.group(1)?.isLeader);
      await first.stop();

      let store: NodeStore | undefined;
      const again = new GroupHost(
        { ...cluster.options(1), foreignGroups: [1, 99] },
        { post: () => {} },
        silent,
        Date.now,
        async (...args) => {
          store = await openNodeStore(...args);
          return store;
        },
      );
      await again.start();
      expect(again.group(1)).toBeUndefined();
      expect(again.group(0)).toBeDefined();
      expect(store!.groupIds()).not.toContain(1);
      await again.stop();
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });

  it('a stop that arrives while the host is still opening waits for it, then closes cleanly', async () => {
    const root = await mkdtemp(join(tmpdir(), 'flint-host-stop-'));
    const posted: HostOutbound['type'][] = [];
    const options = new InProcessCluster(root, [1]).options(1);
    const host = new GroupHost(options, { post: (message) => posted.push(message.type) }, pino({ level: 'silent' }));
    try {
      const starting = host.start();
      host.receive({ type: 'stop' });
      await starting;
      await host.whenStopped();
      expect(posted[0]).toBe('started');
      expect(posted.at(-1)).toBe('stopped');
      // The database was closed: a second host can open the same directory.
      const again = new GroupHost(options, { post: () => undefined }, pino({ level: 'silent' }));
      await again.start();
      await again.stop();
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });
});

/** Waits until every group of `nodeId` has a leader and has applied its whole log, with the applies on disk. */
async function settled(nodes: InProcessCluster, nodeId: number): Promise<void> {
  await pollUntil(
    `every group of node ${nodeId} to settle`,
    () => {
      const host = nodes.hosts.get(nodeId)!;
      if (host.metaState!.clusterId === 0) return false;
      return [0, 1, 2].every((groupId) => {
        const group = host.group(groupId)!;
        const lastIndex = group.storage.lastIndex();
        return group.leader !== 0 && group.appliedIndex === lastIndex && group.storage.appliedIndex() === lastIndex;
      });
    },
    5_000,
  );
}

/**
 * Runs `action` on the single-node cluster `nodes` and returns what the host's metrics counted
 * while it ran: from a report boundary after which nothing else writes, to the first report
 * after the action's applies are on disk.
 */
async function metricsDuring(
  nodes: InProcessCluster,
  action: () => Promise<void>,
): Promise<{ counter: (name: string) => number; observed: (name: string) => number }> {
  await settled(nodes, 1);
  const postedBefore = nodes.metricsPosted.length;
  await pollUntil('a metrics post', () => nodes.metricsPosted.length > postedBefore);
  const windowStart = nodes.metricsPosted.length;
  await action();
  await settled(nodes, 1);
  const postedAfter = nodes.metricsPosted.length;
  await pollUntil('another metrics post', () => nodes.metricsPosted.length > postedAfter);
  const posted = nodes.metricsPosted.slice(windowStart);
  return {
    counter: (name) => posted.reduce((sum, message) => sum + (message.counters[name] ?? 0), 0),
    observed: (name) => posted.reduce((sum, message) => sum + (message.observations[name]?.length ?? 0), 0),
  };
}

describe('applies wait for a later batch', () => {
  it('an answered write reaches every replica’s disk within the deferral delay, with no further request', async () => {
    const nodes = await newCluster();
    // Elections and the meta bootstrap are over: nothing but this write is left to write.
    for (const nodeId of [1, 2, 3]) await settled(nodes, nodeId);
    const key = keyInRegion1('deferred');
    expect(await nodes.write(1, { type: 'put', key, value: bytes('on disk') })).toEqual({ type: 'put' });
    const index = nodes.hosts.get(nodes.leaderOf(1)!)!.group(1)!.storage.lastIndex();
    for (const nodeId of [1, 2, 3]) {
      const group = nodes.hosts.get(nodeId)!.group(1)!;
      const store = nodes.stores.get(nodeId)!;
      const value = await pollUntil(
        `node ${nodeId} to apply the write and have it on disk`,
        async () => {
          // The applied index reads and reports go by never runs ahead of the batch holding the applies.
          expect(group.appliedIndex).toBeLessThanOrEqual(group.storage.appliedIndex());
          return group.appliedIndex >= index && (await store.kvGet(1, userDataKey(key)));
        },
        5_000,
      );
      expect(text(value)).toBe('on disk');
      expect(group.storage.appliedIndex()).toBeGreaterThanOrEqual(index);
    }
  });

  it('a linearizable or lease read right after an answered write sees it, without waiting for the deferral delay', async () => {
    const nodes = await newCluster({}, [1]);
    const key = keyInRegion1('read-after-write');
    const rounds = 10;
    const totals = await metricsDuring(nodes, async () => {
      for (let i = 0; i < rounds; i++) {
        expect(await nodes.request(1, 1, { type: 'put', key, value: bytes(`v${i}`) })).toEqual({ type: 'put' });
        const consistency = i % 2 === 0 ? 'linearizable' : 'lease';
        const read = await nodes.request(1, 1, { type: 'get', key, consistency });
        expect(read).toMatchObject({ type: 'get', found: true });
        expect(text((read as { value: Uint8Array }).value)).toBe(`v${i}`);
      }
    });
    // Each put's apply turn is deferred; the turn that takes the read is not (else the read would
    // sit out the delay and its turn would count as deferred too).
    expect(totals.counter(HostMetricName.deferredTurns)).toBeGreaterThanOrEqual(rounds);
    expect(totals.counter(HostMetricName.deferredTurns)).toBeLessThan(rounds * 1.5);
  });

  it('stopping the host writes the deferred applies before it closes the database', async () => {
    const nodes = await newCluster({}, [1]);
    await settled(nodes, 1);
    const key = keyInRegion1('at-stop');
    const group = nodes.hosts.get(1)!.group(1)!;
    expect(await nodes.request(1, 1, { type: 'put', key, value: bytes('kept') })).toEqual({ type: 'put' });
    const index = group.storage.lastIndex();
    // Answered as soon as the apply is staged; the batch holding it is still open.
    expect(group.storage.appliedIndex()).toBeLessThan(index);
    expect(nodes.stores.get(1)!.kvGetSync(1, userDataKey(key))).toBeUndefined();
    await nodes.stop(1);
    const store = await openNodeStore(join(nodes.options(1).dataDirectory, 'host-0'), { clusterId: '7', nodeId: 1 });
    try {
      expect(text((await store.kvGet(1, userDataKey(key)))!)).toBe('kept');
      const storage = await store.openGroup(1);
      expect(storage.appliedIndex()).toBe(index);
      expect(storage.initialState().hardState.commit).toBe(index);
    } finally {
      await store.close();
    }
  });

  it('a compare-and-swap applied while earlier applies wait in the open batch reads the values they staged', async () => {
    const nodes = await newCluster();
    const key = keyInRegion1('chain');
    expect(await nodes.write(1, { type: 'put', key, value: bytes('c-1') })).toEqual({ type: 'put' });
    const leader = nodes.leaderOf(1)!;
    // Pipelined at uneven gaps, so that on some replica a swap is applied in a turn after the one
    // holding the previous swap, whose batch is still open: its value is not on disk yet.
    const swaps: Promise<Result>[] = [];
    for (let i = 0; i < 40; i++) {
      swaps.push(
        nodes.request(leader, 1, { type: 'compareAndSwap', key, expected: bytes(`c${i - 1}`), next: bytes(`c${i}`) }),
      );
      await new Promise((resolve) => setTimeout(resolve, (i * 7) % 6));
    }
    const results = await Promise.all(swaps);
    expect(results.filter((result) => result.type !== 'compareAndSwap' || !result.ok)).toEqual([]);
    const read = await nodes.request(leader, 1, { type: 'get', key, consistency: 'linearizable' });
    expect(text((read as { value: Uint8Array }).value)).toBe('c39');
    // Followers applied the same chain from their own open batches: the replicas agree.
    const digests = await pollUntil(
      'every replica to report a checksum at one applied index',
      async () => {
        const results = await Promise.all([1, 2, 3].map((nodeId) => nodes.request(nodeId, 1, { type: 'checksum' })));
        const found = results.map((result) => (result.type === 'checksum' ? result : undefined));
        if (found.some((digest) => digest === undefined || digest.appliedIndex !== found[0]!.appliedIndex))
          return undefined;
        return found.map((digest) => Buffer.from(digest!.checksum).toString('hex'));
      },
      5_000,
    );
    expect(new Set(digests).size).toBe(1);
  });

  it('a run of single writes costs one synced batch per write, not two: each apply rides on the next batch', async () => {
    const nodes = await newCluster({}, [1]);
    const writes = 20;
    const totals = await metricsDuring(nodes, async () => {
      for (let i = 0; i < writes; i++) {
        const put = { type: 'put' as const, key: keyInRegion1(`w${i}`), value: bytes(`${i}`) };
        expect(await nodes.request(1, 1, put)).toEqual({ type: 'put' });
      }
    });
    const fsyncs = totals.observed(HostMetricName.fsyncSeconds);
    // Every write's apply turn is deferred; its append (which must be durable first) is synced.
    expect(totals.counter(HostMetricName.deferredTurns)).toBeGreaterThanOrEqual(writes);
    expect(fsyncs).toBeGreaterThanOrEqual(writes);
    expect(fsyncs).toBeLessThan(writes * 1.5);
    expect(fsyncs).toBeLessThan(totals.counter(HostMetricName.turns));
  });
});
