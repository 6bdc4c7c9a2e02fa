import { connect, createServer, type Server, type Socket } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { pollUntil } from '@flintkv/test-kit';
import { NetworkProxy } from './proxy.js';

/** A stand-in for a node's peer listener: remembers what each accepted connection received. */
interface FakePeer {
  server: Server;
  port: number;
  accepted: { socket: Socket; received: string }[];
}

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function startPeer(): Promise<FakePeer> {
  const peer: FakePeer = { server: createServer(), port: 0, accepted: [] };
  peer.server.on('connection', (socket) => {
    const entry = { socket, received: '' };
    peer.accepted.push(entry);
    socket.on('data', (chunk) => {
      entry.received += chunk.toString();
    });
    socket.on('error', () => {});
  });
  await new Promise<void>((resolve) => peer.server.listen(0, '127.0.0.1', resolve));
  peer.port = (peer.server.address() as { port: number }).port;
  cleanups.push(() => {
    for (const { socket } of peer.accepted) socket.destroy();
    return new Promise<void>((resolve) => peer.server.close(() => resolve()));
  });
  return peer;
}

async function startProxy(peers: FakePeer[]): Promise<NetworkProxy> {
  const proxy = await NetworkProxy.start(
    peers.map((peer, index) => ({ nodeId: index + 1, host: '127.0.0.1', peerPort: peer.port })),
  );
  cleanups.push(() => proxy.close());
  return proxy;
}

/** Node `from` dials node `to` through the proxy; returns the socket and what it has received. */
async function dial(proxy: NetworkProxy, from: number, to: number) {
  const socket = connect({ host: '127.0.0.1', port: proxy.portFor(from, to) });
  const state = { socket, received: '', closed: false };
  socket.on('data', (chunk) => {
    state.received += chunk.toString();
  });
  socket.on('close', () => {
    state.closed = true;
  });
  socket.on('error', () => {});
  await new Promise<void>((resolve) => socket.once('connect', () => resolve()));
  cleanups.push(() => {
    socket.destroy();
  });
  return state;
}

describe('the fault proxy between nodes', () => {
  it('forwards bytes both ways between a dialer and the real peer when links pass', async () => {
    const peers = [await startPeer(), await startPeer()];
    const proxy = await startProxy(peers);
    const dialer = await dial(proxy, 1, 2);
    dialer.socket.write('hello from 1');
    const accepted = await pollUntil('peer 2 accepts', () => peers[1]!.accepted[0]);
    await pollUntil('2 receives', () => accepted.received === 'hello from 1');
    accepted.socket.write('hello from 2');
    await pollUntil('1 receives the answer', () => dialer.received === 'hello from 2');
  });

  it('drops only the blocked direction of a connection in a one-way partition', async () => {
    const peers = [await startPeer(), await startPeer()];
    const proxy = await startProxy(peers);
    const dialer = await dial(proxy, 1, 2);
    const accepted = await pollUntil('peer 2 accepts', () => peers[1]!.accepted[0]);
    proxy.update((links) => links.blockOneWay(1, 2));

    dialer.socket.write('lost');
    await pollUntil('the proxy drops 1->2 bytes', () => proxy.statistics.droppedBytes === 4);
    accepted.socket.write('still arrives');
    await pollUntil('2->1 still passes', () => dialer.received === 'still arrives');
    expect(accepted.received).toBe('');
  });

  it('drops bytes by sender and receiver, whoever dialled the connection', async () => {
    const peers = [await startPeer(), await startPeer()];
    const proxy = await startProxy(peers);
    const dialer = await dial(proxy, 1, 2);
    const accepted = await pollUntil('peer 2 accepts', () => peers[1]!.accepted[0]);
    proxy.update((links) => links.blockOneWay(2, 1));

    accepted.socket.write('lost');
    await pollUntil('the proxy drops 2->1 bytes', () => proxy.statistics.droppedBytes === 4);
    dialer.socket.write('arrives');
    await pollUntil('1->2 still passes', () => accepted.received === 'arrives');
    expect(dialer.received).toBe('');
  });

  it('resets a connection that lost bytes when the partition heals, and new connections pass', async () => {
    const peers = [await startPeer(), await startPeer(), await startPeer()];
    const proxy = await startProxy(peers);
    const broken = await dial(proxy, 1, 2);
    const intact = await dial(proxy, 2, 3);
    await pollUntil('both accepted', () => peers[1]!.accepted.length === 1 && peers[2]!.accepted.length === 1);
    proxy.update((links) => links.isolate(1));
    broken.socket.write('lost');
    await pollUntil('dropped', () => proxy.statistics.droppedBytes === 4);
    expect(broken.closed).toBe(false);

    proxy.heal();
    await pollUntil('the broken connection is closed', () => broken.closed);
    expect(intact.closed).toBe(false);
    expect(proxy.statistics.resetConnections).toBe(1);

    const again = await dial(proxy, 1, 2);
    again.socket.write('after heal');
    await pollUntil('a new connection passes', () => peers[1]!.accepted[1]?.received === 'after heal');
  });

  it('delays bytes by the link delay and keeps their order', async () => {
    const peers = [await startPeer(), await startPeer()];
    const proxy = await startProxy(peers);
    const dialer = await dial(proxy, 1, 2);
    const accepted = await pollUntil('peer 2 accepts', () => peers[1]!.accepted[0]);
    proxy.update((links) => links.set(1, 2, { kind: 'delay', milliseconds: 150 }));
    const sentAt = Date.now();
    dialer.socket.write('a');
    dialer.socket.write('b');
    await pollUntil('the proxy holds both bytes', () => proxy.statistics.delayedBytes === 2);
    proxy.update((links) => links.heal());
    dialer.socket.write('c');
    await pollUntil('all delivered', () => accepted.received.length === 3);
    expect(Date.now() - sentAt).toBeGreaterThanOrEqual(140);
    expect(accepted.received).toBe('abc');
  });

  it('closes the dialer when the real peer is down, as a refused connection would', async () => {
    const peers = [await startPeer(), await startPeer()];
    const proxy = await startProxy(peers);
    await new Promise<void>((resolve) => peers[1]!.server.close(() => resolve()));
    const dialer = await dial(proxy, 1, 2);
    await pollUntil('the dialer is closed', () => dialer.closed);
  });

  it('gives every directed pair its own listener port', async () => {
    const peers = [await startPeer(), await startPeer(), await startPeer()];
    const proxy = await startProxy(peers);
    const ports = [
      [1, 2],
      [2, 1],
      [1, 3],
      [3, 1],
      [2, 3],
      [3, 2],
    ].map(([from, to]) => proxy.portFor(from!, to!));
    expect(new Set(ports).size).toBe(6);
    expect(() => proxy.portFor(1, 1)).toThrow(RangeError);
  });
});
