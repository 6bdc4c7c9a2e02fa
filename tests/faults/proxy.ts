import { connect, createServer, type Server, type Socket } from 'node:net';
import { LinkTable } from './link-table.js';

/** A cluster node as the proxy sees it: where its real peer listener is. */
export interface ProxiedNode {
  nodeId: number;
  host: string;
  peerPort: number;
}

/** Counters for a test's assertions and a run's report. */
export interface ProxyStatistics {
  connections: number;
  forwardedBytes: number;
  droppedBytes: number;
  delayedBytes: number;
  /** Connections closed on heal because bytes were dropped inside them. */
  resetConnections: number;
}

/**
 * One direction of a proxied connection: bytes from node `from` to node `to`. Bytes are
 * forwarded, delayed (in order) or dropped according to the link table at the moment they arrive.
 */
class DirectedPipe {
  /** Chunks waiting for their delivery time; always delivered in arrival order. */
  private readonly queue: { chunk: Buffer; deliverAt: number }[] = [];
  private timer: NodeJS.Timeout | undefined;
  /** Bytes were dropped: the stream's framing is broken, so the connection must be reset on heal. */
  droppedSomething = false;

  constructor(
    readonly from: number,
    readonly to: number,
    private readonly source: Socket,
    private readonly destination: Socket,
    private readonly proxy: NetworkProxy,
  ) {
    source.on('data', (chunk: Buffer) => this.receive(chunk));
  }

  private receive(chunk: Buffer): void {
    const mode = this.proxy.links.mode(this.from, this.to);
    const statistics = this.proxy.statistics;
    if (mode.kind === 'drop') {
      statistics.droppedBytes += chunk.length;
      this.droppedSomething = true;
      return;
    }
    if (mode.kind === 'pass' && this.queue.length === 0) {
      this.write(chunk);
      return;
    }
    const delay = mode.kind === 'delay' ? mode.milliseconds : 0;
    statistics.delayedBytes += chunk.length;
    this.queue.push({ chunk, deliverAt: Date.now() + delay });
    this.schedule();
  }

  private schedule(): void {
    if (this.timer !== undefined || this.queue.length === 0) return;
    const wait = Math.max(0, this.queue[0]!.deliverAt - Date.now());
    this.timer = setTimeout(() => {
      this.timer = undefined;
      const now = Date.now();
      while (this.queue.length > 0 && this.queue[0]!.deliverAt <= now) this.write(this.queue.shift()!.chunk);
      this.schedule();
    }, wait);
  }

  private write(chunk: Buffer): void {
    if (this.destination.destroyed) return;
    this.proxy.statistics.forwardedBytes += chunk.length;
    // Backpressure: a slow reader slows the writer, as TCP would.
    if (!this.destination.write(chunk)) {
      this.source.pause();
      this.destination.once('drain', () => this.source.resume());
    }
  }

  stop(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
    this.queue.length = 0;
  }
}

/** A dialer's connection through the proxy and its connection to the real peer. */
interface ProxiedConnection {
  dialerSide: Socket;
  targetSide: Socket;
  pipes: DirectedPipe[];
}

/**
 * A TCP proxy between every pair of cluster nodes, under the harness's control. For each directed
 * pair (i, j) it listens on a port of its own; node i is configured to reach node j at that port,
 * and the proxy forwards to j's real peer port. The bytes of one connection flow both ways, and
 * each direction follows the link table for (sender, receiver) — so "1 cannot reach 2" holds
 * whoever dialled, and a one-way partition drops one direction of the same connection.
 *
 * Dropped bytes break a stream's framing, so when the links heal, every connection that lost
 * bytes is reset (both sides closed) and the nodes reconnect, as after a real network fault.
 */
export class NetworkProxy {
  readonly links: LinkTable;
  readonly statistics: ProxyStatistics = {
    connections: 0,
    forwardedBytes: 0,
    droppedBytes: 0,
    delayedBytes: 0,
    resetConnections: 0,
  };
  private readonly servers = new Map<string, Server>();
  private readonly ports = new Map<string, number>();
  private readonly connections = new Set<ProxiedConnection>();

  private constructor(private readonly nodes: readonly ProxiedNode[]) {
    this.links = new LinkTable(nodes.map((node) => node.nodeId));
  }

  /** Listens on one free loopback port per directed pair of `nodes`. */
  static async start(nodes: readonly ProxiedNode[], listenHost = '127.0.0.1'): Promise<NetworkProxy> {
    const proxy = new NetworkProxy(nodes);
    for (const from of nodes) {
      for (const to of nodes) {
        if (from.nodeId !== to.nodeId) await proxy.listen(from.nodeId, to, listenHost);
      }
    }
    return proxy;
  }

  /** The port node `from` must dial to reach node `to`. */
  portFor(from: number, to: number): number {
    const port = this.ports.get(`${from}->${to}`);
    if (port === undefined) throw new RangeError(`no proxy listener for ${from}->${to}`);
    return port;
  }

  /** Every link passes again; connections that lost bytes are reset. */
  heal(): void {
    this.links.heal();
    this.resetBrokenConnections();
  }

  /**
   * Applies a change to the link table (partition, isolate, one-way block, delay), then resets
   * connections that lost bytes on links that now pass.
   */
  update(change: (links: LinkTable) => void): void {
    change(this.links);
    this.resetBrokenConnections();
  }

  /** Closes every listener and connection. */
  async close(): Promise<void> {
    for (const connection of this.connections) this.destroy(connection);
    await Promise.all(
      [...this.servers.values()].map((server) => new Promise<void>((resolve) => server.close(() => resolve()))),
    );
  }

  private async listen(from: number, to: ProxiedNode, host: string): Promise<void> {
    const server = createServer((dialerSide) => this.accept(from, to, dialerSide));
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(0, host, () => resolve());
    });
    server.on('error', () => {});
    const address = server.address();
    if (address === null || typeof address === 'string') throw new Error('proxy listener has no port');
    this.servers.set(`${from}->${to.nodeId}`, server);
    this.ports.set(`${from}->${to.nodeId}`, address.port);
  }

  private accept(from: number, to: ProxiedNode, dialerSide: Socket): void {
    this.statistics.connections += 1;
    dialerSide.setNoDelay(true);
    const targetSide = connect({ host: to.host, port: to.peerPort, noDelay: true });
    const connection: ProxiedConnection = { dialerSide, targetSide, pipes: [] };
    connection.pipes.push(
      new DirectedPipe(from, to.nodeId, dialerSide, targetSide, this),
      new DirectedPipe(to.nodeId, from, targetSide, dialerSide, this),
    );
    this.connections.add(connection);
    // Either side closing or failing (the peer is down, the dialer gave up) closes both.
    for (const socket of [dialerSide, targetSide]) {
      socket.on('error', () => this.destroy(connection));
      socket.on('close', () => this.destroy(connection));
      socket.on('end', () => this.destroy(connection));
    }
  }

  private resetBrokenConnections(): void {
    for (const connection of this.connections) {
      const broken = connection.pipes.some(
        (pipe) => pipe.droppedSomething && this.links.mode(pipe.from, pipe.to).kind !== 'drop',
      );
      if (broken) {
        this.statistics.resetConnections += 1;
        this.destroy(connection);
      }
    }
  }

  private destroy(connection: ProxiedConnection): void {
    if (!this.connections.delete(connection)) return;
    for (const pipe of connection.pipes) pipe.stop();
    connection.dialerSide.destroy();
    connection.targetSide.destroy();
  }

  /** The nodes behind this proxy. */
  get nodeIds(): number[] {
    return this.nodes.map((node) => node.nodeId);
  }
}
