import { connect, type FlintClient, type TlsOptions } from '@flintkv/client';
import type { LogLevel } from '@flintkv/server';
import { startTestCluster, type TestCluster, type TestClusterNode, type UnexpectedExit } from '@flintkv/server/testing';
import { NetworkProxy } from '../proxy.js';
import type { ScenarioCertificates } from './scenario-certificates.js';

export type { UnexpectedExit } from '@flintkv/server/testing';

const HOST = '127.0.0.1';

export interface ProxiedClusterOptions {
  nodes: number;
  /** Split keys; the cluster has one more region than keys. */
  splitKeys: string[];
  /** Default warn. */
  logLevel?: LogLevel;
  /** TLS on every port of every node (those added later included), and for every client of {@link ProxiedCluster.connectClient}. */
  certificates?: ScenarioCertificates;
}

/**
 * Real FlintKV server processes (the repository's one multi-process harness,
 * `startTestCluster`) whose peer traffic all flows through a {@link NetworkProxy}: node i
 * reaches node j at the proxy's listener for (i, j), which forwards to j's real peer port.
 * Clients reach nodes directly. Exits the harness did not cause are recorded in
 * {@link unexpectedExits}. The proxy forwards bytes, so TLS between nodes passes through it:
 * a node checks its peer's id in the peer's certificate, not in the address it dialled.
 */
export class ProxiedCluster {
  private constructor(
    private readonly cluster: TestCluster,
    readonly proxy: NetworkProxy,
    readonly unexpectedExits: UnexpectedExit[],
    /** What clients connect with on a secure cluster; `undefined` for plaintext. */
    readonly clientTls: TlsOptions | undefined,
  ) {}

  /** Starts the proxy and every node, and waits until all are healthy. */
  static async start(options: ProxiedClusterOptions): Promise<ProxiedCluster> {
    const unexpectedExits: UnexpectedExit[] = [];
    const { certificates } = options;
    let proxy: NetworkProxy | undefined;
    const cluster = await startTestCluster({
      nodes: options.nodes,
      splitKeys: options.splitKeys,
      logLevel: options.logLevel ?? 'warn',
      beforeStart: async (nodes) => {
        proxy = await NetworkProxy.start(
          nodes.map((node) => ({ nodeId: node.nodeId, host: HOST, peerPort: portOf(node.peerAddress) })),
        );
      },
      peerAddressFor: (from, to) => `${HOST}:${proxy!.portFor(from, to)}`,
      onUnexpectedExit: (exit) => unexpectedExits.push(exit),
      ...(certificates === undefined ? {} : { nodeFlags: certificates.nodeFlags, metricsCa: certificates.ca }),
    }).catch(async (error: unknown) => {
      await proxy?.close();
      throw error;
    });
    return new ProxiedCluster(cluster, proxy!, unexpectedExits, certificates?.clientTls);
  }

  /** A client of every node there is now, over TLS with the root user's certificate on a secure cluster. */
  connectClient(timeoutMs: number): Promise<FlintClient> {
    return connect({
      endpoints: this.endpoints,
      timeoutMs,
      ...(this.clientTls === undefined ? {} : { tls: this.clientTls }),
    });
  }

  get nodes(): readonly TestClusterNode[] {
    return this.cluster.nodes;
  }

  /** Client addresses of every node. */
  get endpoints(): string[] {
    return this.cluster.endpoints;
  }

  node(nodeId: number): TestClusterNode {
    return this.cluster.node(nodeId);
  }

  isRunning(nodeId: number): boolean {
    return this.node(nodeId).process !== undefined;
  }

  /** Starts a node that is not running, on its old ports and data directory, with `extraFlags` for this run. */
  startNode(nodeId: number, extraFlags: string[] = []): void {
    if (this.isRunning(nodeId)) return;
    this.cluster.start(nodeId, extraFlags);
  }

  /** Sends `signal` to a running node and waits for it to exit (a paused node is resumed first, so SIGTERM works). */
  async stopNode(nodeId: number, signal: 'SIGKILL' | 'SIGTERM'): Promise<void> {
    await this.cluster.kill(nodeId, signal);
  }

  /** SIGSTOP: the process freezes with its sockets open, like a long GC pause or a stuck VM. */
  pauseNode(nodeId: number): void {
    this.cluster.pause(nodeId);
  }

  resumeNode(nodeId: number): void {
    this.cluster.resume(nodeId);
  }

  /**
   * Starts node `nodeId`, new to the cluster, with `--join`. Its peer links are direct, not
   * through the proxy: the nemesis cuts no link of a node that joined. On a secure cluster it
   * gets its own certificate like every node.
   */
  async addNode(nodeId: number): Promise<void> {
    await this.cluster.addNode(nodeId);
  }

  /** Node `nodeId` was removed: resolves once it exited by itself (and left {@link nodes}). */
  removed(nodeId: number, timeoutMs?: number): Promise<void> {
    return this.cluster.removed(nodeId, timeoutMs);
  }

  /** Waits until every given node is ready with every leader known; fails at once if one is not running. */
  waitHealthy(nodeIds = this.nodes.map((node) => node.nodeId), timeoutMs = 60_000): Promise<void> {
    return this.cluster.waitHealthy(nodeIds, timeoutMs);
  }

  /** Stops every node (SIGTERM), closes the proxy, removes the data directories. */
  async stop(): Promise<void> {
    await this.cluster.stop();
    await this.proxy.close();
  }
}

function portOf(address: string): number {
  return Number(address.slice(address.lastIndexOf(':') + 1));
}
