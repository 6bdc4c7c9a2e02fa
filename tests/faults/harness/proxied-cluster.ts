import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePorts, readyWithLeaders } from '@flintkv/server/testing';
import { NetworkProxy } from '../proxy.js';

const HOST = '127.0.0.1';
/** The built server entry, found from this file whether it runs from source or from dist/. */
const NODE_MAIN = join(repositoryRoot(), 'packages/server/dist/node-main.js');
const KEPT_LINES = 2_000;

/** One server process of a {@link ProxiedCluster}. */
export interface ClusterNode {
  nodeId: number;
  peerPort: number;
  clientAddress: string;
  metricsAddress: string;
  dataDirectory: string;
  process: ChildProcess | undefined;
  paused: boolean;
  /** The last lines of stdout and stderr over every run. */
  output: string[];
}

/** A process exit nobody asked for. */
export interface UnexpectedExit {
  nodeId: number;
  code: number | null;
  signal: string | null;
  lastLines: string[];
}

export interface ProxiedClusterOptions {
  nodes: number;
  /** Split keys; the cluster has one more region than keys. */
  splitKeys: string[];
  logLevel?: string;
}

/**
 * Real FlintKV server processes whose peer traffic all flows through a {@link NetworkProxy}:
 * node i reaches node j at the proxy's listener for (i, j), which forwards to j's real peer
 * port. Clients reach nodes directly. Every node is given the same explicit cluster id, since
 * their member lists differ (each names the proxy ports it dials). Exits the harness did not
 * cause are recorded in {@link unexpectedExits}.
 */
export class ProxiedCluster {
  readonly unexpectedExits: UnexpectedExit[] = [];
  private readonly expectedExit = new Set<ChildProcess>();

  private constructor(
    readonly nodes: ClusterNode[],
    readonly proxy: NetworkProxy,
    private readonly dataRoot: string,
    private readonly options: ProxiedClusterOptions,
    private readonly clusterId: number,
  ) {}

  /** Starts the proxy and every node, and waits until all are healthy. */
  static async start(options: ProxiedClusterOptions): Promise<ProxiedCluster> {
    const ports = await freePorts(options.nodes * 3, HOST);
    const dataRoot = await mkdtemp(join(tmpdir(), 'flint-faults-'));
    const nodes: ClusterNode[] = Array.from({ length: options.nodes }, (_, index) => ({
      nodeId: index + 1,
      peerPort: ports[index * 3]!,
      clientAddress: `${HOST}:${ports[index * 3 + 1]!}`,
      metricsAddress: `${HOST}:${ports[index * 3 + 2]!}`,
      dataDirectory: join(dataRoot, `n${index + 1}`),
      process: undefined,
      paused: false,
      output: [],
    }));
    const proxy = await NetworkProxy.start(
      nodes.map((node) => ({ nodeId: node.nodeId, host: HOST, peerPort: node.peerPort })),
    );
    const clusterId = 1 + Math.floor(Math.random() * 2 ** 40);
    const cluster = new ProxiedCluster(nodes, proxy, dataRoot, options, clusterId);
    try {
      for (const node of nodes) cluster.startNode(node.nodeId);
      await cluster.waitHealthy();
    } catch (error) {
      await cluster.stop();
      throw error;
    }
    return cluster;
  }

  /** Client addresses of every node. */
  get endpoints(): string[] {
    return this.nodes.map((node) => node.clientAddress);
  }

  node(nodeId: number): ClusterNode {
    const node = this.nodes.find((each) => each.nodeId === nodeId);
    if (node === undefined) throw new RangeError(`no node ${nodeId} in this cluster`);
    return node;
  }

  isRunning(nodeId: number): boolean {
    return this.node(nodeId).process !== undefined;
  }

  /** Starts a node that is not running, on its old ports and data directory, with `extraFlags` for this run. */
  startNode(nodeId: number, extraFlags: string[] = []): void {
    const node = this.node(nodeId);
    if (node.process !== undefined) return;
    const members = this.nodes.map((member) => {
      const peerPort = member.nodeId === nodeId ? member.peerPort : this.proxy.portFor(nodeId, member.nodeId);
      return `${member.nodeId}=${HOST}:${peerPort}/${member.clientAddress}`;
    });
    const flags = [
      '--id',
      String(nodeId),
      '--data',
      node.dataDirectory,
      '--cluster',
      members.join(','),
      '--cluster-id',
      String(this.clusterId),
      '--split-keys',
      this.options.splitKeys.join(','),
      '--metrics',
      node.metricsAddress,
      '--log-level',
      this.options.logLevel ?? 'warn',
      ...extraFlags,
    ];
    const child = spawn(process.execPath, [NODE_MAIN, ...flags], {
      stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
      env: { ...process.env, UV_THREADPOOL_SIZE: '12' },
    });
    node.process = child;
    node.paused = false;
    const keep = (chunk: Buffer) => {
      for (const line of chunk.toString('utf8').split('\n')) {
        if (line.length > 0) node.output.push(line);
      }
      if (node.output.length > KEPT_LINES) node.output.splice(0, node.output.length - KEPT_LINES);
    };
    child.stdout?.on('data', keep);
    child.stderr?.on('data', keep);
    child.once('exit', (code, signal) => {
      if (node.process === child) node.process = undefined;
      if (!this.expectedExit.delete(child)) {
        this.unexpectedExits.push({ nodeId, code, signal, lastLines: node.output.slice(-20) });
      }
    });
  }

  /** Sends `signal` to a running node and waits for it to exit (a paused node is resumed first, so SIGTERM works). */
  async stopNode(nodeId: number, signal: 'SIGKILL' | 'SIGTERM'): Promise<void> {
    const node = this.node(nodeId);
    const child = node.process;
    if (child === undefined) return;
    this.expectedExit.add(child);
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    child.kill(signal);
    if (node.paused) child.kill('SIGCONT');
    node.paused = false;
    const killer = setTimeout(() => child.kill('SIGKILL'), 10_000);
    await exited;
    clearTimeout(killer);
  }

  /** SIGSTOP: the process freezes with its sockets open, like a long GC pause or a stuck VM. */
  pauseNode(nodeId: number): void {
    const node = this.node(nodeId);
    if (node.process === undefined || node.paused) return;
    node.process.kill('SIGSTOP');
    node.paused = true;
  }

  resumeNode(nodeId: number): void {
    const node = this.node(nodeId);
    if (node.process === undefined || !node.paused) return;
    node.process.kill('SIGCONT');
    node.paused = false;
  }

  /** Waits until every given node is ready with every leader known (`readyWithLeaders`); fails at once if one is not running. */
  async waitHealthy(nodeIds = this.nodes.map((node) => node.nodeId), timeoutMs = 60_000): Promise<void> {
    const pending = new Set(nodeIds);
    const deadline = Date.now() + timeoutMs;
    while (pending.size > 0) {
      for (const nodeId of [...pending]) {
        const node = this.node(nodeId);
        if (node.process === undefined) {
          throw new Error(`node ${nodeId} is not running; last lines:\n${node.output.slice(-15).join('\n')}`);
        }
        if (await readyWithLeaders(node.metricsAddress)) pending.delete(nodeId);
      }
      if (pending.size === 0) return;
      if (Date.now() > deadline) {
        const tail = [...pending].flatMap((nodeId) =>
          this.node(nodeId)
            .output.slice(-10)
            .map((line) => `n${nodeId}: ${line}`),
        );
        throw new Error(
          `nodes ${[...pending].join(', ')} not healthy within ${timeoutMs} ms; last lines:\n${tail.join('\n')}`,
        );
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  /** Stops every node (SIGTERM), closes the proxy, removes the data directories. */
  async stop(options: { keepData?: boolean } = {}): Promise<void> {
    await Promise.all(this.nodes.map((node) => this.stopNode(node.nodeId, 'SIGTERM')));
    await this.proxy.close();
    if (!options.keepData) await rm(this.dataRoot, { recursive: true, force: true });
  }
}

function repositoryRoot(): string {
  let directory = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(directory, 'packages/server/package.json'))) {
    const parent = dirname(directory);
    if (parent === directory) throw new Error('cannot find the repository root above the fault harness');
    directory = parent;
  }
  return directory;
}
