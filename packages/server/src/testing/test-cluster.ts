import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { request } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { clusterIdOf } from '../config/cluster-id.js';
import {
  type ClusterMember,
  defaultWorkerCount,
  type LogLevel,
  requiredThreadPoolSize,
} from '../config/server-config.js';
import { freePorts } from './free-ports.js';

const HOST = '127.0.0.1';
/** Lines of output kept per node, for assertions and for the message of a failed wait. */
const KEPT_LINES = 5_000;

/** One node of a {@link TestCluster}. */
export interface TestClusterNode {
  nodeId: number;
  peerAddress: string;
  clientAddress: string;
  metricsAddress: string;
  dataDirectory: string;
  /** The running process, if any. */
  process: ChildProcess | undefined;
  /** stdout and stderr lines of every run of this node, oldest first (the last 5000). */
  output: string[];
  /** Stopped by {@link TestCluster.pause} (SIGSTOP) and not resumed yet. */
  paused: boolean;
  /** Added by {@link TestCluster.addNode}: started with `--join` instead of `--cluster`. */
  joined: boolean;
}

/** A node exit that neither `kill`, `restart` nor `stop` asked for. */
export interface UnexpectedExit {
  nodeId: number;
  code: number | null;
  signal: string | null;
  /** The node's last lines of output. */
  lastLines: string[];
}

/** How to start a node process from its `flint server` flags. */
export type NodeCommand = (flags: string[]) => { file: string; args: string[] };

export interface TestClusterOptions {
  /** Default 3. */
  nodes?: number;
  /** Default 4. */
  regions?: number;
  /** Split keys (UTF-8) of the new cluster, instead of `regions`: one more region than keys. */
  splitKeys?: string[];
  /** The cluster id every node is started with (`--cluster-id`); default: derived from the members. */
  clusterId?: number;
  /**
   * The peer address node `from` dials to reach node `to` (default: `to`'s own peer address),
   * e.g. a fault-injecting proxy's listener. Each node then gets its own member list, and the
   * cluster id is passed explicitly so that the lists need not agree.
   */
  peerAddressFor?: (from: number, to: number) => string;
  /** Runs once the ports and directories are chosen, before the first node starts (e.g. to start such a proxy). */
  beforeStart?: (nodes: readonly TestClusterNode[]) => Promise<void>;
  /** Called for every node exit nobody asked for (a crash, a failed start). */
  onUnexpectedExit?: (exit: UnexpectedExit) => void;
  logLevel?: LogLevel;
  /** More `flint server` flags for every node. */
  extraFlags?: string[];
  /** More flags for one node, on every run (e.g. its own TLS certificate). */
  nodeFlags?: (nodeId: number) => string[];
  /** The metrics ports serve HTTPS (`--metrics-tls`) with certificates from this CA (PEM). */
  metricsCa?: string;
  /** Default: `node <this package>/dist/node-main.js <flags>`. */
  command?: NodeCommand;
  /** How long {@link startTestCluster} waits for every node to be healthy; default 60 s. */
  readyTimeoutMs?: number;
  /** Keep the data directories after `stop()` (default: remove them). */
  keepData?: boolean;
}

/** A cluster of real node processes on free loopback ports, for tests. */
export interface TestCluster {
  readonly nodes: readonly TestClusterNode[];
  /** Client addresses (`host:port`) of every node, those added included. */
  readonly endpoints: string[];
  readonly clusterId: number;
  node(nodeId: number): TestClusterNode;
  /**
   * Starts a node that is not running (same ports and data directory), with `extraFlags` and
   * `environment` (e.g. `FLINT_FAILPOINTS`, `../failpoints.ts`) for this run only.
   */
  start(nodeId: number, extraFlags?: string[], environment?: Record<string, string>): void;
  /**
   * Sends `signal` (default SIGKILL) to a node and waits for its exit (a paused node is resumed
   * so that it can act on the signal; SIGKILL follows after 10 s); resolves with its exit code.
   */
  kill(nodeId: number, signal?: NodeJS.Signals): Promise<number | null>;
  /** Freezes a node with SIGSTOP, sockets open, like a long GC pause or a stuck VM. */
  pause(nodeId: number): void;
  /** Lets a paused node run again (SIGCONT). */
  resume(nodeId: number): void;
  /**
   * Adds a node to the running cluster: free ports, a fresh data directory, started with
   * `--join` through the running nodes' client addresses (and `extraFlags` for every run).
   * Resolves once its process runs; wait for what it should do (`waitHealthy`, its replicas).
   */
  addNode(nodeId: number, extraFlags?: string[]): Promise<TestClusterNode>;
  /**
   * Node `nodeId` was removed from the cluster (`flint member remove`): it stops by itself once
   * drained, which is no unexpected exit. Resolves once it exited (and leaves `nodes`); rejects
   * after `timeoutMs` if it still runs.
   */
  removed(nodeId: number, timeoutMs?: number): Promise<void>;
  /** Kills (SIGKILL) and starts a node again. */
  restart(nodeId: number): Promise<void>;
  /** Waits until each given node (default: every running node) is ready with every leader known ({@link readyWithLeaders}). */
  waitHealthy(nodeIds?: number[], timeoutMs?: number): Promise<void>;
  /** Stops every node (SIGTERM, then SIGKILL after 10 s) and removes the data directories (unless `keepData`). */
  stop(): Promise<void>;
}

const live = new Set<ChildProcess>();
let exitHookInstalled = false;

/** Whatever happens to the test process, its node processes do not outlive it. */
function installExitHook(): void {
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  process.once('exit', () => {
    for (const child of live) child.kill('SIGKILL');
  });
}

/** The node entry of this package, from `dist/` even when this module runs from source. */
function defaultCommand(flags: string[]): { file: string; args: string[] } {
  const here = fileURLToPath(import.meta.url);
  const entry = here.endsWith('.ts')
    ? here.replace(/[/\\]src[/\\]testing[/\\]test-cluster\.ts$/, '/dist/node-main.js')
    : fileURLToPath(new URL('../node-main.js', import.meta.url));
  return { file: process.execPath, args: [entry, ...flags] };
}

/**
 * Whether a node is ready with every leader known: `/readyz` answers 200 and no group is still
 * electing. Tests wait for this, so that their first request meets a leader.
 */
export function readyWithLeaders(metricsAddress: string, metricsCa?: string): Promise<boolean> {
  const separator = metricsAddress.lastIndexOf(':');
  const ask = metricsCa === undefined ? request : httpsRequest;
  return new Promise((resolve) => {
    const call = ask(
      {
        host: metricsAddress.slice(0, separator),
        port: Number(metricsAddress.slice(separator + 1)),
        path: '/readyz',
        timeout: 1_000,
        ...(metricsCa === undefined ? {} : { ca: metricsCa }),
      },
      (response) => {
        let body = '';
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => {
          body += chunk;
        });
        response.on('end', () => {
          if (response.statusCode !== 200) return resolve(false);
          try {
            resolve(((JSON.parse(body) as { electing?: number[] }).electing ?? []).length === 0);
          } catch {
            resolve(false);
          }
        });
      },
    );
    call.once('error', () => resolve(false));
    call.once('timeout', () => call.destroy());
    call.end();
  });
}

/** libuv threads a node started with `flags` needs: its `--workers`, or the default for `regions`. */
function threadPoolSizeFor(flags: readonly string[], regions: number): number {
  const at = flags.lastIndexOf('--workers');
  const workers = at >= 0 ? Number(flags[at + 1]) : Number.NaN;
  return requiredThreadPoolSize(Number.isSafeInteger(workers) && workers > 0 ? workers : defaultWorkerCount(regions));
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/**
 * Starts `nodes` node processes on free loopback ports with fresh temporary data directories
 * and waits until every one is healthy (all its groups have a leader and have applied what
 * is committed). Always `stop()` it; a process-exit hook kills what is left regardless.
 */
export async function startTestCluster(options: TestClusterOptions = {}): Promise<TestCluster> {
  installExitHook();
  const nodeCount = options.nodes ?? 3;
  const regions = options.splitKeys !== undefined ? options.splitKeys.length + 1 : (options.regions ?? 4);
  const command = options.command ?? defaultCommand;
  const ports = await freePorts(nodeCount * 3, HOST);
  const dataRoot = await mkdtemp(join(tmpdir(), 'flint-cluster-'));
  const members: ClusterMember[] = [];
  const nodes: TestClusterNode[] = [];
  for (let index = 0; index < nodeCount; index++) {
    const nodeId = index + 1;
    const [peerPort, clientPort, metricsPort] = [ports[index * 3]!, ports[index * 3 + 1]!, ports[index * 3 + 2]!];
    members.push({
      nodeId,
      peerAddress: { host: HOST, port: peerPort },
      clientAddress: { host: HOST, port: clientPort },
    });
    nodes.push({
      nodeId,
      peerAddress: `${HOST}:${peerPort}`,
      clientAddress: `${HOST}:${clientPort}`,
      metricsAddress: `${HOST}:${metricsPort}`,
      dataDirectory: join(dataRoot, `n${nodeId}`),
      process: undefined,
      output: [],
      paused: false,
      joined: false,
    });
  }
  const clusterId = options.clusterId ?? clusterIdOf(members);
  // The bootstrap's members only: nodes added later joined (`--join`), they are no part of it.
  const clusterFlagOf = (from: number): string =>
    nodes
      .filter((node) => !node.joined)
      .map((node) => {
        const peerAddress =
          options.peerAddressFor === undefined || node.nodeId === from
            ? node.peerAddress
            : options.peerAddressFor(from, node.nodeId);
        return `${node.nodeId}=${peerAddress}/${node.clientAddress}`;
      })
      .join(',');
  const explicitClusterId = options.clusterId !== undefined || options.peerAddressFor !== undefined;
  const placementFlags =
    options.splitKeys !== undefined ? ['--split-keys', options.splitKeys.join(',')] : ['--regions', String(regions)];
  /** Processes whose exit was asked for (kill, restart, stop). */
  const expectedExits = new Set<ChildProcess>();

  const nodeOf = (nodeId: number): TestClusterNode => {
    const node = nodes.find((each) => each.nodeId === nodeId);
    if (node === undefined) throw new Error(`no node ${nodeId} in this cluster`);
    return node;
  };

  /** Flags each added node is started with on every run. */
  const addedFlags = new Map<number, string[]>();
  const membershipFlagsOf = (node: TestClusterNode): string[] => {
    if (!node.joined) {
      return [
        '--cluster',
        clusterFlagOf(node.nodeId),
        ...(explicitClusterId ? ['--cluster-id', String(clusterId)] : []),
        ...placementFlags,
      ];
    }
    const seeds = nodes
      .filter((other) => other !== node && other.process !== undefined)
      .map((other) => other.clientAddress);
    return [
      '--peer',
      node.peerAddress,
      '--client',
      node.clientAddress,
      '--join',
      seeds.join(','),
      ...(addedFlags.get(node.nodeId) ?? []),
    ];
  };

  const start = (nodeId: number, runFlags: string[] = [], environment: Record<string, string> = {}): void => {
    const node = nodeOf(nodeId);
    if (node.process !== undefined) throw new Error(`node ${nodeId} is already running`);
    const flags = [
      '--id',
      String(nodeId),
      '--data',
      node.dataDirectory,
      ...membershipFlagsOf(node),
      '--metrics',
      node.metricsAddress,
      '--log-level',
      options.logLevel ?? 'info',
      ...(options.extraFlags ?? []),
      ...(options.nodeFlags?.(nodeId) ?? []),
      ...runFlags,
    ];
    const { file, args } = command(flags);
    // The IPC channel lets a node notice that the test process died and stop by itself.
    const child = spawn(file, args, {
      stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
      env: { ...process.env, UV_THREADPOOL_SIZE: String(threadPoolSizeFor(flags, regions)), ...environment },
    });
    node.process = child;
    node.paused = false;
    live.add(child);
    const keep = (chunk: Buffer) => {
      for (const line of chunk.toString('utf8').split('\n')) {
        if (line.length === 0) continue;
        node.output.push(line);
        if (node.output.length > KEPT_LINES) node.output.splice(0, node.output.length - KEPT_LINES);
      }
    };
    child.stdout?.on('data', keep);
    child.stderr?.on('data', keep);
    child.once('exit', (code, signal) => {
      live.delete(child);
      if (node.process === child) {
        node.process = undefined;
        node.paused = false;
      }
      if (!expectedExits.delete(child)) {
        options.onUnexpectedExit?.({ nodeId, code, signal, lastLines: node.output.slice(-20) });
      }
    });
  };

  const kill = async (nodeId: number, signal: NodeJS.Signals = 'SIGKILL'): Promise<number | null> => {
    const node = nodeOf(nodeId);
    const child = node.process;
    if (child === undefined || child.exitCode !== null || child.signalCode !== null) return null;
    expectedExits.add(child);
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    child.kill(signal);
    // A stopped process acts on no signal but SIGKILL until it runs again.
    if (node.paused) child.kill('SIGCONT');
    node.paused = false;
    const killer = setTimeout(() => child.kill('SIGKILL'), 10_000);
    const code = await exited;
    clearTimeout(killer);
    return code;
  };

  const pause = (nodeId: number): void => {
    const node = nodeOf(nodeId);
    if (node.process === undefined || node.paused) return;
    node.process.kill('SIGSTOP');
    node.paused = true;
  };

  const resume = (nodeId: number): void => {
    const node = nodeOf(nodeId);
    if (node.process === undefined || !node.paused) return;
    node.process.kill('SIGCONT');
    node.paused = false;
  };

  const waitHealthy = async (nodeIds?: number[], timeoutMs = options.readyTimeoutMs ?? 60_000): Promise<void> => {
    const targets = (nodeIds ?? nodes.filter((node) => node.process !== undefined).map((node) => node.nodeId)).map(
      nodeOf,
    );
    const deadline = Date.now() + timeoutMs;
    const pending = new Set(targets);
    while (pending.size > 0) {
      for (const node of [...pending]) {
        if (node.process === undefined) {
          throw new Error(`node ${node.nodeId} exited while waiting for it:\n${node.output.slice(-20).join('\n')}`);
        }
        if (await readyWithLeaders(node.metricsAddress, options.metricsCa)) pending.delete(node);
      }
      if (pending.size === 0) return;
      if (Date.now() > deadline) {
        const names = [...pending].map((node) => node.nodeId).join(', ');
        const tail = [...pending].flatMap((node) => node.output.slice(-10).map((line) => `n${node.nodeId}: ${line}`));
        throw new Error(`nodes ${names} not healthy within ${timeoutMs} ms; last lines:\n${tail.join('\n')}`);
      }
      await delay(100);
    }
  };

  const stop = async (): Promise<void> => {
    await Promise.all(nodes.map((node) => kill(node.nodeId, 'SIGTERM')));
    if (!options.keepData) await rm(dataRoot, { recursive: true, force: true });
  };

  const addNode = async (nodeId: number, extraFlags: string[] = []): Promise<TestClusterNode> => {
    if (nodes.some((node) => node.nodeId === nodeId)) throw new Error(`node ${nodeId} is already in this cluster`);
    const [peerPort, clientPort, metricsPort] = await freePorts(3, HOST);
    const node: TestClusterNode = {
      nodeId,
      peerAddress: `${HOST}:${peerPort}`,
      clientAddress: `${HOST}:${clientPort}`,
      metricsAddress: `${HOST}:${metricsPort}`,
      dataDirectory: join(dataRoot, `n${nodeId}`),
      process: undefined,
      output: [],
      paused: false,
      joined: true,
    };
    nodes.push(node);
    addedFlags.set(nodeId, extraFlags);
    start(nodeId);
    return node;
  };

  const removed = async (nodeId: number, timeoutMs = 120_000): Promise<void> => {
    const node = nodeOf(nodeId);
    const child = node.process;
    if (child !== undefined && child.exitCode === null && child.signalCode === null) {
      expectedExits.add(child);
      const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
      let timer: NodeJS.Timeout | undefined;
      const late = new Promise<never>((_, reject) => {
        timer = setTimeout(
          () =>
            reject(
              new Error(
                `node ${nodeId} was removed but still runs after ${timeoutMs} ms; its last lines:\n${node.output.slice(-30).join('\n')}`,
              ),
            ),
          timeoutMs,
        );
      });
      try {
        await Promise.race([exited, late]);
      } finally {
        clearTimeout(timer);
      }
    }
    nodes.splice(nodes.indexOf(node), 1);
  };

  const cluster: TestCluster = {
    nodes,
    removed,
    get endpoints() {
      return nodes.map((node) => node.clientAddress);
    },
    clusterId,
    addNode,
    node: nodeOf,
    start,
    kill,
    pause,
    resume,
    restart: async (nodeId) => {
      await kill(nodeId, 'SIGKILL');
      start(nodeId);
    },
    waitHealthy,
    stop,
  };
  try {
    await options.beforeStart?.(nodes);
    for (const node of nodes) start(node.nodeId);
    await waitHealthy();
  } catch (error) {
    await stop();
    throw error;
  }
  return cluster;
}
