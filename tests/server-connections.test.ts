/**
 * The listeners of a real node process defend themselves: a bad handshake, a malformed or
 * oversized frame, an unknown kind or an undecodable request closes that one connection, with
 * a GOAWAY or refusal naming the reason and a logged warning, and the node keeps serving.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  ConnectionRole,
  decodeResponse,
  encodeFrame,
  encodeHello,
  encodeRequestFrame,
  FrameKind,
  HandshakeStatus,
  makeRequest,
  PROTOCOL_VERSION,
} from '@flintkv/proto';
import type { TestCluster } from '@flintkv/server/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectTo, eventually, startCluster, stopAllClusters } from './helpers/cluster.js';
import { RawConnection } from './helpers/raw-connection.js';

let cluster: TestCluster;

beforeAll(async () => {
  cluster = await startCluster({ nodes: 3, regions: 2 });
});

afterAll(async () => {
  await stopAllClusters();
});

/** The node logged a warning with this error code. */
async function loggedCode(nodeId: number, code: string): Promise<void> {
  await eventually(`node ${nodeId} to log ${code}`, () =>
    cluster.node(nodeId).output.some((line) => line.includes(`"code":"${code}"`) && line.includes('"level":40')),
  );
}

/** A fresh client connection gets a Status answer: the node still serves. */
async function statusAnswered(nodeId: number): Promise<void> {
  const { connection, reply } = await RawConnection.handshake(cluster.node(nodeId).clientAddress, { clusterId: 0 });
  expect(reply.status).toBe(HandshakeStatus.ACCEPTED);
  connection.write(encodeRequestFrame(makeRequest({ requestId: 9, command: { type: 'status' } })));
  const frame = await eventually('a status response', () => connection.frames()[0]);
  expect(frame.kind).toBe(FrameKind.CLIENT_RESPONSE);
  const response = decodeResponse(frame.payload);
  expect(response.requestId).toBe(9);
  expect(response.result.type).toBe('status');
  connection.close();
}

function goawayReason(connection: RawConnection): string {
  const goaway = connection.frames().find((frame) => frame.kind === FrameKind.GOAWAY);
  return goaway === undefined ? '' : goaway.payload.toString('utf8');
}

describe('client port', () => {
  it('accepts a client that sends cluster id 0 and tells it the cluster and node id', async () => {
    const { connection, reply } = await RawConnection.handshake(cluster.node(1).clientAddress, { clusterId: 0 });
    expect(reply).toMatchObject({ status: HandshakeStatus.ACCEPTED, clusterId: cluster.clusterId, nodeId: 1 });
    connection.close();
  });

  it('answers Status and Regions addressed to group 0 from the hosts’ reports', async () => {
    const { connection } = await RawConnection.handshake(cluster.node(2).clientAddress, {
      clusterId: cluster.clusterId,
    });
    connection.write(encodeRequestFrame(makeRequest({ requestId: 1, command: { type: 'status' } })));
    connection.write(encodeRequestFrame(makeRequest({ requestId: 2, command: { type: 'regions' } })));
    await eventually('two responses', () => connection.frames().length >= 2);
    const [status, regions] = connection.frames().map((frame) => decodeResponse(frame.payload));
    if (status?.result.type !== 'status' || regions?.result.type !== 'regions') throw new Error('wrong result types');
    expect(status.result.node.nodeId).toBe(2);
    expect(status.result.node.clusterId).toBe(cluster.clusterId);
    expect(status.result.node.members.map((member) => member.up)).toEqual([true, true, true]);
    // Group 0 (meta) and two regions.
    expect(status.result.groups.map((group) => group.groupId)).toEqual([0, 1, 2]);
    expect(regions.result.regions.map((region) => region.id).sort()).toEqual([1, 2]);
    // Leader hints: 0 only while a region is between leaders (possible on a loaded machine).
    for (const region of regions.result.regions) {
      expect(region.peers).toEqual([1, 2, 3]);
      expect([0, 1, 2, 3]).toContain(region.leader);
    }
    connection.close();
  });

  it.each([
    [
      'a stray protocol (bad magic)',
      () => Buffer.from('GET /health HTTP/1.1\r\nHost: x\r\n\r\n'),
      HandshakeStatus.BAD_MAGIC,
      'FLINT_BAD_MAGIC',
    ],
  ])('refuses %s and keeps serving', async (_, bytes, status, code) => {
    const connection = await RawConnection.open(cluster.node(1).clientAddress);
    connection.write(bytes());
    const reply = await connection.readHelloReply();
    expect(reply.status).toBe(status);
    await connection.waitClosed();
    await loggedCode(1, code);
    await statusAnswered(1);
  });

  it('refuses a client of another cluster', async () => {
    const { connection, reply } = await RawConnection.handshake(cluster.node(1).clientAddress, {
      clusterId: cluster.clusterId + 1,
    });
    expect(reply.status).toBe(HandshakeStatus.CLUSTER_MISMATCH);
    await connection.waitClosed();
    await loggedCode(1, 'FLINT_CLUSTER_MISMATCH');
    await statusAnswered(1);
  });

  it('closes a connection that never completes its hello, after the handshake timeout', async () => {
    const connection = await RawConnection.open(cluster.node(2).clientAddress);
    connection.write(Buffer.from('FLN'));
    await connection.waitClosed(15_000);
    await loggedCode(2, 'FLINT_HANDSHAKE_TIMEOUT');
    await statusAnswered(2);
  });

  it('refuses a peer hello on the client port', async () => {
    const { connection, reply } = await RawConnection.handshake(cluster.node(1).clientAddress, {
      role: ConnectionRole.PEER,
      clusterId: cluster.clusterId,
      senderId: 2,
    });
    expect(reply.status).toBe(HandshakeStatus.ROLE);
    await connection.waitClosed();
    await statusAnswered(1);
  });

  it.each([
    ['an oversized frame', () => Buffer.from([0xff, 0xff, 0xff, 0xf0, 3, 0, 0, 0, 1]), 'FLINT_FRAME_TOO_LARGE'],
    ['a frame shorter than its header', () => Buffer.from([0, 0, 0, 2, 3, 0]), 'FLINT_FRAME_MALFORMED'],
    ['a frame of unknown kind', () => Buffer.from([0, 0, 0, 6, 99, 0, 0, 0, 1, 0]), 'FLINT_FRAME_UNKNOWN_KIND'],
    [
      'a Raft frame on the client port',
      () => encodeFrame(FrameKind.RAFT_MESSAGE, 1, new Uint8Array([1, 2, 3])),
      'FLINT_FRAME_WRONG_PORT',
    ],
    [
      'an undecodable node-level request',
      () => encodeFrame(FrameKind.CLIENT_REQUEST, 0, new Uint8Array([0xff, 0xff, 0xff, 0xff, 0xff])),
      'FLINT_PAYLOAD_INVALID',
    ],
  ])('closes a client connection that sends %s, with the reason, and keeps serving', async (_, bytes, code) => {
    const { connection, reply } = await RawConnection.handshake(cluster.node(3).clientAddress, { clusterId: 0 });
    expect(reply.status).toBe(HandshakeStatus.ACCEPTED);
    connection.write(bytes());
    await connection.waitClosed();
    expect(goawayReason(connection)).toContain(code);
    await loggedCode(3, code);
    await statusAnswered(3);
  });
});

describe('metrics endpoint', () => {
  it('answers the probes: /livez, /readyz and its alias /health, GET and HEAD; other methods get 405', async () => {
    const base = `http://${cluster.node(1).metricsAddress}`;
    const live = await fetch(`${base}/livez`);
    expect(live.status).toBe(200);
    expect(await live.json()).toEqual({ healthy: true, problems: [] });
    // Polled: on a loaded machine a group may be between leaders for a moment.
    for (const path of ['/readyz', '/health']) {
      await eventually(`${path} to answer 200`, async () => (await fetch(`${base}${path}`)).status === 200);
      const head = await fetch(`${base}${path}`, { method: 'HEAD' });
      expect([200, 503]).toContain(head.status);
      expect(await head.text()).toBe('');
    }
    const post = await fetch(`${base}/readyz`, { method: 'POST' });
    expect(post.status).toBe(405);
    expect(post.headers.get('allow')).toBe('GET, HEAD');
  });

  it('serves Prometheus metrics of the transport and of every local group', async () => {
    const base = `http://${cluster.node(1).metricsAddress}`;
    // Polled: on a loaded machine a group may be between leaders for a moment (health 503, leader 0).
    await eventually('node 1 to be healthy', async () => (await fetch(`${base}/health`)).status === 200);
    const expected = [
      /^flint_peer_connected\{peer="2",node="1"\} 1$/m,
      // From some peer, not from node 2 in particular: with no writes a follower talks only to its leaders,
      // so when node 3 leads every group node 2 has nothing to send to node 1.
      /^flint_peer_frames_received_total\{peer="[23]",node="1"\} [1-9]\d*$/m,
      ...[0, 1, 2].map((group) => new RegExp(`^flint_group_leader\\{group="${group}",node="1"\\} [123]$`, 'm')),
      /^flint_process_resident_memory_bytes\{node="1"\} \d+/m,
    ];
    // Polled: a group may be between leaders for a moment on a loaded machine. A failure names what is missing.
    await eventually(
      'the metrics to show links and leaders',
      async () => {
        const text = await (await fetch(`${base}/metrics`)).text();
        const missing = expected.filter((pattern) => !pattern.test(text));
        if (missing.length > 0) {
          // Node 2's view of the same link, for the failure message.
          const peerText = await (await fetch(`http://${cluster.node(2).metricsAddress}/metrics`)).text();
          const node2 = peerText
            .split('\n')
            .filter((line) => line.startsWith('flint_peer') && line.includes('peer="1"'));
          throw new Error(`missing ${missing.map(String).join(', ')}; node 2: ${node2.join('; ')}`);
        }
        return true;
      },
      40_000,
    );
    expect((await fetch(`${base}/nothing`)).status).toBe(404);
  });
});

/** A sample's labels, e.g. `{ command: 'put', node: '1' }`. */
type Labels = Record<string, string>;

/** The samples of `/metrics` on each node, parsed: name, labels and value of every line. */
async function scrape(nodeIds: readonly number[]): Promise<{ name: string; labels: Labels; value: number }[]> {
  const samples: { name: string; labels: Labels; value: number }[] = [];
  for (const nodeId of nodeIds) {
    const text = await (await fetch(`http://${cluster.node(nodeId).metricsAddress}/metrics`)).text();
    for (const line of text.split('\n')) {
      const match = /^([a-z_]+)(?:\{(.*)\})? (\S+)$/.exec(line);
      if (match === null) continue;
      const labels: Labels = {};
      for (const [, label, value] of (match[2] ?? '').matchAll(/([a-z_]+)="([^"]*)"/g)) labels[label!] = value!;
      samples.push({ name: match[1]!, labels, value: Number(match[3]) });
    }
  }
  return samples;
}

/** The sum of the samples named `name` whose labels include `labels`. */
function total(samples: Awaited<ReturnType<typeof scrape>>, name: string, labels: Labels = {}): number {
  return samples
    .filter(
      (sample) =>
        sample.name === name && Object.entries(labels).every(([label, value]) => sample.labels[label] === value),
    )
    .reduce((sum, sample) => sum + sample.value, 0);
}

describe('request metrics', () => {
  it('counts requests by command, times their answers and counts errors by code; measures the disk; names the build', async () => {
    const nodes = [1, 2, 3];
    const before = await scrape(nodes);
    const db = await connectTo(cluster);
    for (let index = 0; index < 5; index++) await db.put(`metrics/${index}`, 'value');
    for (let index = 0; index < 5; index++) expect(await db.getString(`metrics/${index}`)).toBe('value');
    // One failing request: a region no node holds, answered REGION_NOT_FOUND by node 1's host.
    const { connection } = await RawConnection.handshake(cluster.node(1).clientAddress, { clusterId: 0 });
    const key = Uint8Array.of(1);
    const regionId = 999_999;
    const get = makeRequest({ requestId: 4, regionId, command: { type: 'get', key, consistency: 'linearizable' } });
    connection.write(encodeRequestFrame(get));
    const frame = await eventually('the failing get to be answered', () => connection.frames()[0]);
    const failed = decodeResponse(frame.payload).result;
    expect(failed.type === 'error' && failed.error.code).toBe('REGION_NOT_FOUND');
    connection.close();

    const after = await scrape(nodes);
    const delta = (name: string, labels: Labels) => total(after, name, labels) - total(before, name, labels);
    for (const command of ['put', 'get']) {
      const received = delta('flint_requests_total', { command });
      const timed = delta('flint_request_duration_seconds_count', { command });
      // Five each and the failing get, or more when the SDK was sent on by a NOT_LEADER; each answered and timed.
      expect(received, command).toBeGreaterThanOrEqual(command === 'get' ? 6 : 5);
      expect(timed, command).toBe(received);
      expect(delta('flint_request_duration_seconds_bucket', { command, le: '+Inf' }), command).toBe(timed);
      expect(delta('flint_request_duration_seconds_sum', { command }), command).toBeGreaterThan(0);
      // Less than 10 s each on loopback: the +Inf bucket holds no more than the 10 s one.
      expect(delta('flint_request_duration_seconds_bucket', { command, le: '10' }), command).toBe(timed);
    }
    expect(delta('flint_request_errors_total', { command: 'get', code: 'REGION_NOT_FOUND', node: '1' })).toBe(1);
    // The SDK's own reads of the topology count too.
    expect(total(after, 'flint_requests_total', { command: 'regions' })).toBeGreaterThan(0);

    await eventually('each node to have measured its data directory', async () => {
      const samples = await scrape(nodes);
      return nodes.every((node) => total(samples, 'flint_disk_bytes', { kind: 'data', node: String(node) }) > 0);
    });
    const build = after.filter((sample) => sample.name === 'flint_build_info');
    expect(build.map((sample) => sample.labels.node).sort()).toEqual(['1', '2', '3']);
    for (const sample of build) {
      expect(sample.value).toBe(1);
      expect(sample.labels.version).toMatch(/^\d+\.\d+\.\d+/);
      expect(sample.labels.node_version).toBe(process.version);
    }
  });
});

describe('peer port', () => {
  it('refuses a node that is not a member, a client hello and a stray protocol', async () => {
    const stranger = await RawConnection.handshake(cluster.node(3).peerAddress, {
      role: ConnectionRole.PEER,
      clusterId: cluster.clusterId,
      senderId: 9,
      targetNodeId: 3,
    });
    expect(stranger.reply.status).toBe(HandshakeStatus.UNKNOWN_NODE);
    const client = await RawConnection.handshake(cluster.node(3).peerAddress, { clusterId: cluster.clusterId });
    expect(client.reply.status).toBe(HandshakeStatus.ROLE);
    const wrongTarget = await RawConnection.handshake(cluster.node(3).peerAddress, {
      role: ConnectionRole.PEER,
      clusterId: cluster.clusterId,
      senderId: 1,
      targetNodeId: 2,
    });
    expect(wrongTarget.reply.status).toBe(HandshakeStatus.NODE_MISMATCH);
    const stray = await RawConnection.open(cluster.node(3).peerAddress);
    stray.write(Buffer.alloc(40, 0x41));
    expect((await stray.readHelloReply()).status).toBe(HandshakeStatus.BAD_MAGIC);
    for (const connection of [stranger.connection, client.connection, wrongTarget.connection, stray]) {
      await connection.waitClosed();
    }
    await loggedCode(3, 'FLINT_UNKNOWN_NODE');
    await loggedCode(3, 'FLINT_HANDSHAKE_ROLE');
    await loggedCode(3, 'FLINT_NODE_MISMATCH');
    await loggedCode(3, 'FLINT_BAD_MAGIC');
  });

  it.each([
    ['an oversized frame', () => Buffer.from([0xff, 0xff, 0xff, 0xf0, 1, 0, 0, 0, 1]), 'FLINT_FRAME_TOO_LARGE'],
    ['a frame of unknown kind', () => Buffer.from([0, 0, 0, 6, 42, 0, 0, 0, 1, 0]), 'FLINT_FRAME_UNKNOWN_KIND'],
    [
      'a client request on the peer port',
      () => encodeRequestFrame(makeRequest({ requestId: 1, command: { type: 'status' } })),
      'FLINT_FRAME_WRONG_PORT',
    ],
  ])('closes a peer connection that sends %s; the cluster heals', async (_, bytes, code) => {
    // Impersonate node 1 towards node 3: the bad frame costs node 3 its link to node 1, which
    // node 1 re-dials. Hello and frame go in one write, so the real node 1 cannot replace this
    // connection before the frame is read.
    const connection = await RawConnection.open(cluster.node(3).peerAddress);
    // Node 3 knows node 1 by its data directory's incarnation: an impersonator must present it.
    const layout = await readFile(join(cluster.node(1).dataDirectory, 'node-layout.json'), 'utf8');
    const hello = encodeHello({
      version: PROTOCOL_VERSION,
      role: ConnectionRole.PEER,
      clusterId: cluster.clusterId,
      senderId: 1,
      targetNodeId: 3,
      incarnation: /"incarnation": "([0-9a-f]{16})"/.exec(layout)![1]!,
    });
    connection.write(Buffer.concat([hello, bytes()]));
    expect((await connection.readHelloReply()).status).toBe(HandshakeStatus.ACCEPTED);
    await connection.waitClosed();
    expect(goawayReason(connection)).toContain(code);
    await loggedCode(3, code);
    await cluster.waitHealthy(undefined, 30_000);
    await statusAnswered(3);
    await eventually('node 3 to see node 1 up again', async () => {
      const { connection: probe } = await RawConnection.handshake(cluster.node(3).clientAddress, { clusterId: 0 });
      probe.write(encodeRequestFrame(makeRequest({ requestId: 3, command: { type: 'status' } })));
      const frame = await eventually('status', () => probe.frames()[0], 5_000);
      probe.close();
      const response = decodeResponse(frame.payload);
      return response.result.type === 'status' && response.result.node.members.every((member) => member.up);
    });
  });
});
