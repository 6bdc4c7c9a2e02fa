import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  type Command,
  decodeResponse,
  encodeRequestFrame,
  FrameDecoder,
  makeRequest,
  type Request,
  type Response,
  type Result,
} from '@flintkv/proto';
import { type NodeStore, openNodeStore } from '@flintkv/storage';
import { pino } from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import type { HostOptions, HostOutbound } from '../host-protocol.js';
import { GroupHost } from './group-host.js';

const bytes = (text: string): Uint8Array => new TextEncoder().encode(text);
const text = (value: Uint8Array): string => new TextDecoder().decode(value);

/** Polls `condition` until it holds or the deadline passes. */
async function eventually<T>(
  condition: () => T | undefined | false | Promise<T | undefined | false>,
  timeoutMs = 15_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await condition();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > deadline) throw new Error('condition not met before the deadline');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

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

  constructor(
    readonly root: string,
    readonly nodeIds: number[],
    readonly overrides: Partial<HostOptions> = {},
  ) {}

  options(nodeId: number): HostOptions {
    return {
      hostIndex: 0,
      hostCount: 1,
      dataDirectory: join(this.root, `n${nodeId}`),
      nodeId,
      clusterId: '7',
      members: this.nodeIds.map((id) => ({
        nodeId: id,
        peerAddress: `127.0.0.1:${7100 + id}`,
        clientAddress: `127.0.0.1:${7200 + id}`,
      })),
      bootstrap: { regionCount: 2 },
      tickIntervalMs: 10,
      electionTicks: 10,
      heartbeatTicks: 2,
      logLevel: 'silent',
      compaction: { maxLogEntries: 10_000, maxLogBytes: 64 * 1024 * 1024 },
      ...this.overrides,
    };
  }

  async start(nodeId: number): Promise<GroupHost> {
    const host = new GroupHost(
      this.options(nodeId),
      { post: (message) => this.route(nodeId, message) },
      pino({ level: process.env.FLINT_TEST_LOG ?? 'silent', base: { node: nodeId } }),
    );
    this.hosts.set(nodeId, host);
    await host.start();
    return host;
  }

  async startAll(): Promise<void> {
    await Promise.all(this.nodeIds.map((id) => this.start(id)));
  }

  async stop(nodeId: number): Promise<void> {
    const host = this.hosts.get(nodeId);
    this.hosts.delete(nodeId);
    await host?.stop();
  }

  async stopAll(): Promise<void> {
    await Promise.all([...this.hosts.keys()].map((id) => this.stop(id)));
  }

  private route(from: number, message: HostOutbound): void {
    if (message.type === 'peer-send') {
      if (this.isolated.has(from) || this.isolated.has(message.to)) return;
      const target = this.hosts.get(message.to);
      // Delivered on a later event-loop turn, as a socket would.
      setImmediate(() => target?.receive({ type: 'peer-frames', from, buffer: message.buffer }));
    } else if (message.type === 'client-reply') {
      for (const frame of new FrameDecoder().push(new Uint8Array(message.buffer))) {
        const response = decodeResponse(frame.payload);
        const waiter = this.waiters.get(response.requestId);
        this.waiters.delete(response.requestId);
        waiter?.(response);
      }
    }
  }

  /** Sends one request to `nodeId` and waits for its answer. */
  request(nodeId: number, regionId: number, command: Command, fields: Partial<Request> = {}): Promise<Result> {
    const requestId = ++this.requestCounter;
    const frame = encodeRequestFrame(makeRequest({ requestId, regionId, command, ...fields }));
    return new Promise((resolve) => {
      this.waiters.set(requestId, (response) => resolve(response.result));
      this.hosts.get(nodeId)!.receive({ type: 'client-frame', connection: 1, buffer: frame.buffer as ArrayBuffer });
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
    return eventually(async () => {
      const leader = this.leaderOf(regionId);
      if (leader === undefined) return undefined;
      const result = await this.request(leader, regionId, command, { timeoutMs: 2_000, ...fields });
      if (result.type === 'error' && ['NOT_LEADER', 'TIMEOUT'].includes(result.error.code)) return undefined;
      return result;
    });
  }
}

let cluster: InProcessCluster | undefined;

async function newCluster(overrides: Partial<HostOptions> = {}): Promise<InProcessCluster> {
  const root = await mkdtemp(join(tmpdir(), 'flint-host-'));
  cluster = new InProcessCluster(root, [1, 2, 3], overrides);
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

describe('probe', () => {
  it('latency', async () => {
    const nodes = await newCluster();
    await nodes.write(1, { type: 'put', key: keyInRegion1('warm'), value: bytes('1') });
    const leader = nodes.leaderOf(1)!;
    let started = performance.now();
    for (let i = 0; i < 100; i++)
      await nodes.request(leader, 1, { type: 'put', key: keyInRegion1(`k${i}`), value: bytes('v') });
    console.log('sequential put ms', ((performance.now() - started) / 100).toFixed(2));
    let ops = 0;
    started = performance.now();
    const end = Date.now() + 3000;
    await Promise.all(
      Array.from({ length: 16 }, async (_, w) => {
        let i = 0;
        while (Date.now() < end) {
          await nodes.request(leader, 1, {
            type: 'put',
            key: keyInRegion1(`w${w}-${i++}`),
            value: bytes('v'.repeat(256)),
          });
          ops++;
        }
      }),
    );
    console.log('closed loop 16 ops/s', (ops / ((performance.now() - started) / 1000)).toFixed(0));
  });
});
