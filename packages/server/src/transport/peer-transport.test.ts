import { encodeFrame, type Frame, FrameKind } from '@flintkv/proto';
import { pollUntil } from '@flintkv/test-kit';
import { pino } from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import type { ClusterMember } from '../config/server-config.js';
import { NodeMetrics } from '../metrics/node-metrics.js';
import { freePorts } from '../testing/free-ports.js';
import { PeerTransport } from './peer-transport.js';

const logger = pino({ level: 'silent' });
const started: PeerTransport[] = [];

afterEach(async () => {
  await Promise.all(started.splice(0).map((transport) => transport.stop()));
});

interface TestPeer {
  transport: PeerTransport;
  metrics: NodeMetrics;
  received: { from: number; group: number; kind: number }[];
  down: number[];
  /** Peers whose connection came up, in order. */
  up: number[];
  /** Incarnations peers presented in completed handshakes. */
  seen: Map<number, string>;
  /** Refusals of this node's own incarnation. */
  refusedAs: string[];
}

function peer(
  nodeId: number,
  members: ClusterMember[],
  incarnation = `000000000000000${nodeId}`,
  recorded: Record<number, string> = {},
): TestPeer {
  const metrics = new NodeMetrics(nodeId);
  const result: TestPeer = {
    transport: undefined as unknown as PeerTransport,
    metrics,
    received: [],
    down: [],
    up: [],
    seen: new Map(),
    refusedAs: [],
  };
  result.transport = new PeerTransport({
    nodeId,
    clusterId: 42,
    incarnation,
    recordedIncarnation: (node) => recorded[node],
    onPeerIncarnation: (node, presented) => result.seen.set(node, presented),
    onIncarnationRefused: (_peer, message) => result.refusedAs.push(message),
    members,
    listen: members.find((member) => member.nodeId === nodeId)!.peerAddress,
    maxFrameBytes: 1024 * 1024,
    sendQueueBytes: 1024 * 1024,
    backoff: { initialDelayMs: 10, maxDelayMs: 50 },
    logger,
    metrics,
    onFrames: (from: number, frames: Frame[]) => {
      for (const frame of frames) result.received.push({ from, group: frame.group, kind: frame.kind });
    },
    onPeerDown: (node) => result.down.push(node),
    onPeerUp: (node) => result.up.push(node),
  });
  return result;
}

/** Nodes 1 and 2 on free loopback peer ports. */
async function twoMembers(): Promise<ClusterMember[]> {
  const [port1, port2] = await freePorts(2);
  return [
    { nodeId: 1, peerAddress: { host: '127.0.0.1', port: port1! }, clientAddress: { host: '127.0.0.1', port: 1 } },
    { nodeId: 2, peerAddress: { host: '127.0.0.1', port: port2! }, clientAddress: { host: '127.0.0.1', port: 2 } },
  ];
}

async function metricValue(metrics: NodeMetrics, name: string, peerLabel: string): Promise<number> {
  const metric = await metrics.registry.getSingleMetric(name)?.get();
  return metric?.values.find((value) => value.labels.peer === peerLabel)?.value ?? 0;
}

describe('PeerTransport', () => {
  it('connects a pair (the lower id dials), carries frames both ways, and reconnects after the higher restarts', async () => {
    const members = await twoMembers();
    const one = peer(1, members);
    let two = peer(2, members);
    started.push(one.transport, two.transport);
    await two.transport.start();
    await one.transport.start();
    await pollUntil('both sides connected', () => one.transport.isConnected(2) && two.transport.isConnected(1));

    const raft = (group: number) => encodeFrame(FrameKind.RAFT_MESSAGE, group, Uint8Array.of(group));
    // Several frames queued in one turn arrive, in order, whatever the chunking.
    one.transport.send(2, Buffer.concat([raft(1), raft(2)]));
    one.transport.send(2, raft(3));
    two.transport.send(1, raft(7));
    await pollUntil('frames delivered', () => two.received.length === 3 && one.received.length === 1);
    expect(two.received).toEqual([1, 2, 3].map((group) => ({ from: 1, group, kind: FrameKind.RAFT_MESSAGE })));
    expect(one.received).toEqual([{ from: 2, group: 7, kind: FrameKind.RAFT_MESSAGE }]);
    expect(await metricValue(one.metrics, 'flint_peer_frames_sent_total', '2')).toBe(3);

    await two.transport.stop();
    await pollUntil('node 1 notices node 2 is gone', () => one.down.includes(2));
    one.transport.send(2, raft(4));
    expect(await metricValue(one.metrics, 'flint_peer_send_dropped_messages_total', '2')).toBe(1);

    two = peer(2, members);
    started.push(two.transport);
    await two.transport.start();
    await pollUntil('node 1 re-dials node 2', () => one.transport.isConnected(2));
    // Each connection that came up was reported: the first, and the one after node 2 came back.
    await pollUntil('node 1 reports node 2 reachable again', () => one.up.filter((node) => node === 2).length >= 2);
    expect(two.up).toContain(1);
    one.transport.send(2, raft(5));
    await pollUntil('frames flow again', () => two.received.length === 1);
    expect(two.received[0]).toEqual({ from: 1, group: 5, kind: FrameKind.RAFT_MESSAGE });
  });

  it('a wiped listener (new incarnation) is refused by its dialer, told by a GOAWAY, and never receives a frame', async () => {
    const members = await twoMembers();
    const one = peer(1, members, '1111111111111111', { 2: '2222222222222222' });
    const two = peer(2, members, 'eeeeeeeeeeeeeeee');
    started.push(one.transport, two.transport);
    await two.transport.start();
    await one.transport.start();
    await pollUntil('node 2 learns it was refused', () => two.refusedAs.length > 0);
    expect(two.refusedAs[0]).toContain('node 2 presents data-directory incarnation eeeeeeeeeeeeeeee');
    expect(one.transport.isConnected(2)).toBe(false);
    one.transport.send(2, encodeFrame(FrameKind.RAFT_MESSAGE, 1, Uint8Array.of(1)));
    expect(two.received).toEqual([]);
    expect(one.seen.has(2)).toBe(false);
  });

  it('a wiped dialer (new incarnation) is refused at the listener and learns it from the refusal', async () => {
    const members = await twoMembers();
    const one = peer(1, members, 'eeeeeeeeeeeeeeee');
    const two = peer(2, members, '2222222222222222', { 1: '1111111111111111' });
    started.push(one.transport, two.transport);
    await two.transport.start();
    await one.transport.start();
    await pollUntil('node 1 learns it was refused', () => one.refusedAs.length > 0);
    expect(two.transport.isConnected(1)).toBe(false);
    expect(two.seen.has(1)).toBe(false);
  });

  it('reports the incarnation each side presented once a handshake completes', async () => {
    const members = await twoMembers();
    const one = peer(1, members, '1111111111111111', { 2: '2222222222222222' });
    const two = peer(2, members, '2222222222222222');
    started.push(one.transport, two.transport);
    await two.transport.start();
    await one.transport.start();
    await pollUntil('both sides connected', () => one.transport.isConnected(2) && two.transport.isConnected(1));
    expect(one.seen.get(2)).toBe('2222222222222222');
    expect(two.seen.get(1)).toBe('1111111111111111');
  });
});
